"""Writes AfterSales.<version>.nupkg without the dotnet SDK: a nupkg is an OPC zip holding the nuspec,
[Content_Types].xml, _rels/.rels, the core properties and the package's files.

    python3 make_nupkg.py --version 0.1.0 --assembly-dir DIR --native linux-x64=PATH [--native RID=PATH ...] --out DIR

The layout is the one `dotnet pack` of AfterSales.csproj writes: lib/netstandard2.0/ (AfterSales.dll and its XML
docs), runtimes/<rid>/native/ (one libaftersales per runtime), build/ and buildTransitive/ (the .NET Framework
targets), README.md and LICENSE.txt. Entries are sorted and dated 1980-01-01, so the same inputs make the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

PACKAGING_DIR = Path(__file__).resolve().parent
CSHARP_DIR = PACKAGING_DIR.parent
REPOSITORY = CSHARP_DIR.parent.parent
PACKAGE_ID = "AfterSales"
# The file each runtime identifier's native library must have: the name DllImport("aftersales") looks for.
NATIVE_FILE_NAMES = {
    "linux-x64": "libaftersales.so",
    "linux-arm64": "libaftersales.so",
    "linux-musl-x64": "libaftersales.so",
    "osx-x64": "libaftersales.dylib",
    "osx-arm64": "libaftersales.dylib",
    "win-x64": "aftersales.dll",
    "win-x86": "aftersales.dll",
    "win-arm64": "aftersales.dll",
}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def content_types(extensions: set[str]) -> str:
    defaults = {
        "rels": "application/vnd.openxmlformats-package.relationships+xml",
        "psmdcp": "application/vnd.openxmlformats-package.core-properties+xml",
    }
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    ]
    for extension in sorted(extensions):
        kind = defaults.get(extension, "application/octet")
        lines.append(f'  <Default Extension="{extension}" ContentType="{kind}" />')
    lines.append("</Types>")
    return "\n".join(lines) + "\n"


def relationships(properties_path: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\n'
        f'  <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/{PACKAGE_ID}.nuspec"'
        ' Id="R0" />\n'
        '  <Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"'
        f' Target="/{properties_path}" Id="R1" />\n'
        "</Relationships>\n"
    )


def core_properties(version: str, description: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">\n'
        "  <dc:creator>aftersales contributors</dc:creator>\n"
        f"  <dc:description>{escape(description)}</dc:description>\n"
        f"  <dc:identifier>{PACKAGE_ID}</dc:identifier>\n"
        f"  <version>{version}</version>\n"
        "  <lastModifiedBy>bindings/csharp/packaging/make_nupkg.py</lastModifiedBy>\n"
        "</coreProperties>\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", required=True)
    parser.add_argument("--assembly-dir", type=Path, required=True, help="holds AfterSales.dll and AfterSales.xml")
    parser.add_argument("--native", action="append", default=[], metavar="RID=PATH")
    parser.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()

    nuspec = (PACKAGING_DIR / f"{PACKAGE_ID}.nuspec").read_text(encoding="utf-8").replace("$version$", arguments.version)
    description = nuspec.split("<description>", 1)[1].split("</description>", 1)[0]
    files: dict[str, bytes] = {f"{PACKAGE_ID}.nuspec": nuspec.encode("utf-8")}
    for name in ("AfterSales.dll", "AfterSales.xml"):
        files[f"lib/netstandard2.0/{name}"] = (arguments.assembly_dir / name).read_bytes()
    natives = dict(entry.split("=", 1) for entry in arguments.native)
    if "linux-x64" not in natives:
        print("make_nupkg.py: the linux-x64 library is required (--native linux-x64=PATH)", file=sys.stderr)
        return 2
    for rid, path in sorted(natives.items()):
        if rid not in NATIVE_FILE_NAMES:
            print(f"make_nupkg.py: unknown runtime identifier {rid}", file=sys.stderr)
            return 2
        files[f"runtimes/{rid}/native/{NATIVE_FILE_NAMES[rid]}"] = Path(path).read_bytes()
    for folder in ("build", "buildTransitive"):
        files[f"{folder}/net461/AfterSales.targets"] = (CSHARP_DIR / folder / "net461" / "AfterSales.targets").read_bytes()
    files["README.md"] = (CSHARP_DIR / "README.md").read_bytes()
    files["LICENSE.txt"] = (REPOSITORY / "LICENSE").read_bytes()

    # NuGet names the core properties part by a random id; a digest of the contents keeps the file reproducible.
    digest = hashlib.sha256(b"".join(files[name] for name in sorted(files))).hexdigest()[:32]
    properties_path = f"package/services/metadata/core-properties/{digest}.psmdcp"
    files[properties_path] = core_properties(arguments.version, description).encode("utf-8")
    files["_rels/.rels"] = relationships(properties_path).encode("utf-8")
    extensions = {name.rsplit(".", 1)[-1] for name in files if "." in name.rsplit("/", 1)[-1]}
    files["[Content_Types].xml"] = content_types(extensions).encode("utf-8")

    arguments.out.mkdir(parents=True, exist_ok=True)
    package = arguments.out / f"{PACKAGE_ID}.{arguments.version}.nupkg"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            entry = zipfile.ZipInfo(name, ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, files[name])
    print(package)
    return 0


if __name__ == "__main__":
    sys.exit(main())
