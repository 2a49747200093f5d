#!/usr/bin/env bash
# Packs AfterSales.<version>.nupkg with Mono, without the dotnet SDK.
#
#   bindings/csharp/packaging/pack.sh OUT_DIR RID=LIBRARY [RID=LIBRARY ...]
#
# AfterSales.dll is compiled by mcs against Mono's .NET Framework 4.7.1 reference assemblies (mono-devel's
# 4.7.1-api, not the runtime's own), then NetStandardRetarget.exe moves every type reference to netstandard 2.0
# (failing on a type outside it), so the DLL references netstandard 2.0.0.0 alone, like a dotnet SDK
# netstandard2.0 build. make_nupkg.py then lays out the package; linux-x64 is required. The version is the
# crate's, which the csproj and the Python package must share.
set -euo pipefail

packaging_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
csharp_dir="$(dirname "$packaging_dir")"
repo="$(cd "$csharp_dir/../.." && pwd)"
out="$(realpath -m "$1")"
shift

reference_dir=/usr/lib/mono/4.7.1-api
cecil="$(compgen -G '/usr/lib/mono/gac/Mono.Cecil/0.11.*/Mono.Cecil.dll' | head -n 1 || true)"
if [[ ! -f $reference_dir/Facades/netstandard.dll || -z $cecil ]] || ! command -v mcs >/dev/null || ! command -v mono >/dev/null; then
    echo "installing mono-devel (Mono's reference assemblies, Mono.Cecil) with apt-get"
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mono-devel >/dev/null
    cecil="$(compgen -G '/usr/lib/mono/gac/Mono.Cecil/0.11.*/Mono.Cecil.dll' | head -n 1)"
fi

version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/Cargo.toml" | head -n 1)"
csproj_version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$csharp_dir/AfterSales.csproj")"
if [[ $version != "$csproj_version" ]]; then
    echo "error: Cargo.toml has version $version, AfterSales.csproj $csproj_version" >&2
    exit 1
fi

work="$out/.pack"
rm -rf "$work"
mkdir -p "$work/net471" "$work/netstandard2.0"
# The attributes the SDK generates from the csproj (its AssemblyInfo), which mcs does not.
cat >"$work/AssemblyInfo.cs" <<EOF
[assembly: System.Reflection.AssemblyVersion("$version.0")]
[assembly: System.Reflection.AssemblyFileVersion("$version.0")]
[assembly: System.Reflection.AssemblyInformationalVersion("$version")]
[assembly: System.Reflection.AssemblyProduct("AfterSales")]
[assembly: System.Runtime.Versioning.TargetFramework(".NETStandard,Version=v2.0", FrameworkDisplayName = "")]
EOF

echo "== mcs AfterSales.dll against $reference_dir"
(cd "$csharp_dir" && mcs -nologo -langversion:7.2 -warnaserror+ -optimize+ -target:library -unsafe \
    -noconfig -nostdlib -lib:"$reference_dir" -lib:"$reference_dir/Facades" \
    -r:mscorlib.dll -r:System.dll -r:System.Core.dll \
    -doc:"$work/netstandard2.0/AfterSales.xml" -out:"$work/net471/AfterSales.dll" \
    -recurse:'src/*.cs' "$work/AssemblyInfo.cs")

echo "== retarget AfterSales.dll to netstandard 2.0"
mcs -nologo -warnaserror+ -r:"$cecil" -out:"$work/NetStandardRetarget.exe" "$packaging_dir/NetStandardRetarget.cs"
MONO_PATH="$(dirname "$cecil")" mono "$work/NetStandardRetarget.exe" \
    "$work/net471/AfterSales.dll" "$reference_dir/Facades/netstandard.dll" "$work/netstandard2.0/AfterSales.dll"

natives=()
for entry in "$@"; do natives+=(--native "$entry"); done
python3 "$packaging_dir/make_nupkg.py" --version "$version" --assembly-dir "$work/netstandard2.0" "${natives[@]}" --out "$out"
rm -rf "$work"
