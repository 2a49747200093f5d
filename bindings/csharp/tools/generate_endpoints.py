#!/usr/bin/env python3
"""Generates the per-endpoint C# code of the AfterSales package from the library's endpoint catalogue.

The catalogue (``aftersales_endpoints()``) is the single source of truth for endpoint names, exported function
names and parameter documentation, so the C# methods are written from it instead of by hand. Run it after the
catalogue changes and check the result in; ``--check`` fails when the checked-in files are stale.

    python3 tools/generate_endpoints.py [--library PATH | --catalogue FILE] [--check]

The library defaults to $AFTERSALES_LIBRARY, else target/debug/libaftersales.so of the repository.
"""

import argparse
import ctypes
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
REPO = PACKAGE.parent.parent
OUTPUT = PACKAGE / "src" / "Generated"
I64_MAX = 2**63 - 1

CLIENT_CLASS = {"eshouhou": "EshouhouClient", "zhibang": "ZhibangClient"}
HANDLE_CLASS = {"eshouhou": "EshouhouClientHandle", "zhibang": "ZhibangClientHandle"}


def load_catalogue(args):
    if args.catalogue:
        return json.loads(Path(args.catalogue).read_text(encoding="utf-8"))
    library_path = args.library or os.environ.get("AFTERSALES_LIBRARY") or str(REPO / "target" / "debug" / "libaftersales.so")
    library = ctypes.CDLL(library_path)
    library.aftersales_endpoints.restype = ctypes.c_void_p
    library.aftersales_string_free.argtypes = [ctypes.c_void_p]
    pointer = library.aftersales_endpoints()
    if not pointer:
        sys.exit("aftersales_endpoints() returned NULL")
    try:
        return json.loads(ctypes.string_at(pointer).decode("utf-8"))
    finally:
        library.aftersales_string_free(pointer)


def pascal_case(name):
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def xml(text):
    """Escapes text for an XML doc comment and turns the catalogue's Markdown `code` into <c>code</c>."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"`([^`]+)`", r"<c>\1</c>", escaped)


def param_facets(endpoint, param):
    facets = [param["type"], "required" if param["required"] else "optional"]
    if param.get("range"):
        low, high = param["range"]
        facets.append(f"at least {low}" if high == I64_MAX else f"{low} to {high}")
    if param.get("max_length"):
        facets.append(f"at most {param['max_length']} characters")
    if param.get("default") is not None:
        facets.append(f"default {param['default']}")
    if param.get("config_key"):
        facets.append(f"from the client config {param['config_key']} when left out")
    if param.get("choices"):
        facets.append("one of: " + ", ".join(f"{c['value']} {c['label']}".strip() for c in param["choices"]))
    if endpoint["provider"] == "zhibang" and param.get("in") == "query":
        facets.append("sent in the URL")
    return "; ".join(facets)


def param_item(endpoint, param):
    text = f"<c>{xml(param['name'])}</c> ({xml(param_facets(endpoint, param))}): {xml(param['description'])}"
    if param.get("keys"):
        keys = ", ".join(f"<c>{xml(key['name'])}</c> ({xml(key['type'])})" for key in param["keys"])
        text += f". Keys: {keys}"
    return f"        /// <item><description>{text}</description></item>"


def method_docs(endpoint):
    target = f"{endpoint['method']} {endpoint['path']}"
    if endpoint.get("cmdkey"):
        target += f" (cmdkey {endpoint['cmdkey']})"
    lines = [
        f"        /// <summary>{xml(endpoint['title'])}: <c>{xml(target)}</c>.</summary>",
        "        /// <remarks>",
        f"        /// <para>Vendor doc: {xml(endpoint['doc'])}</para>",
    ]
    if not endpoint.get("documented", True):
        lines.append(f"        /// <para>Inferred, not documented by the vendor: {xml(endpoint.get('source', ''))}</para>")
    if endpoint["params"]:
        lines.append("        /// <para>Parameters, by the vendor's own (case-sensitive) names:</para>")
        lines.append('        /// <list type="bullet">')
        lines.extend(param_item(endpoint, param) for param in endpoint["params"])
        lines.append("        /// </list>")
    else:
        lines.append("        /// <para>No parameters.</para>")
    lines.append(f"        /// <para>Data: {xml(endpoint['result_description'])}.</para>")
    paging = endpoint.get("paging")
    if paging:
        lines.append(
            f"        /// <para>One page per call (<c>{xml(paging['index_param'])}</c>, <c>{xml(paging['size_param'])}</c>);"
            f' <c>Pages("{endpoint["name"]}", parameters)</c> and <c>Rows("{endpoint["name"]}", parameters)</c> walk every page.</para>'
        )
    if endpoint["writes"]:
        lines.append(
            "        /// <para>Changes data on the server and is never sent twice: when no decisive answer comes back it"
            ' throws <see cref="AfterSalesOutcomeUnknownException"/> (read the record back before repeating it).'
            " A reply saying it failed is <c>vendor_rejected</c>.</para>"
        )
        if endpoint.get("read_back"):
            detail = xml(endpoint["read_back"]["endpoint"])
            lines.append(
                "        /// <para>With <c>verify_writes</c> (the default) the client first reads the record back itself"
                f" through <c>{detail}</c>: when it shows the write, the outcome is <c>succeeded</c> with <c>verified</c>"
                " true.</para>"
            )
    lines += [
        "        /// </remarks>",
        '        /// <param name="parameters">An anonymous object, POCO or dictionary with the parameters above; null for none.</param>',
        '        /// <param name="options">This call\'s timeout, deadline and request id; null for the config\'s.</param>',
        "        /// <returns>The response; its <see cref=\"AfterSalesResponse.Data\"/> has the shape above.</returns>",
        '        /// <exception cref="AfterSalesException">The call failed: bad parameters are refused before sending'
        " (<see cref=\"AfterSalesInputException\"/>); the subclass tells the family.</exception>",
        '        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>',
    ]
    return lines


def async_docs(endpoint):
    method = pascal_case(endpoint["name"])
    return [
        f'        /// <summary>{xml(endpoint["title"])}, awaited: <see cref="{method}"/> without holding a thread while it runs.</summary>',
        '        /// <param name="parameters">An anonymous object, POCO or dictionary with the parameters of <see cref="'
        + method
        + '"/>; null for none.</param>',
        '        /// <param name="options">This call\'s timeout, deadline and request id; null for the config\'s.</param>',
        '        /// <param name="cancellationToken">Cancels the call, also while its request is in flight.</param>',
        f'        /// <returns>The response, as <see cref="{method}"/> returns it.</returns>',
        '        /// <exception cref="AfterSalesException">The task faults with it when the call failed'
        + ("; <see cref=\"AfterSalesOutcomeUnknownException\"/> also when a cancelled write may have left" if endpoint["writes"] else "")
        + ".</exception>",
        '        /// <exception cref="OperationCanceledException">The task is cancelled when <paramref name="cancellationToken"/> stopped the call.</exception>',
        '        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>',
    ]


def banner(catalogue):
    return [
        "// <auto-generated>",
        f"// Generated by bindings/csharp/tools/generate_endpoints.py from the catalogue of libaftersales {catalogue['version']}",
        f"// (ABI {catalogue['abi_version']}). Do not edit: run the generator and check the result in.",
        "// </auto-generated>",
    ]


def native_methods(catalogue):
    lines = banner(catalogue) + [
        "using System;",
        "using System.Runtime.InteropServices;",
        "",
        "namespace AfterSales.Native",
        "{",
        "    internal static partial class NativeMethods",
        "    {",
    ]
    for index, endpoint in enumerate(catalogue["endpoints"]):
        if index:
            lines.append("")
        lines += [
            "        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]",
            f"        internal static extern IntPtr {endpoint['function']}({HANDLE_CLASS[endpoint['provider']]} client, byte[] paramsJson);",
        ]
    lines += ["    }", "}"]
    return "\n".join(lines) + "\n"


def client_methods(catalogue, provider):
    lines = banner(catalogue) + [
        "using System;",
        "using System.Threading;",
        "using System.Threading.Tasks;",
        "using AfterSales.Native;",
        "",
        "namespace AfterSales",
        "{",
        f"    public sealed partial class {CLIENT_CLASS[provider]}",
        "    {",
    ]
    endpoints = [endpoint for endpoint in catalogue["endpoints"] if endpoint["provider"] == provider]
    for index, endpoint in enumerate(endpoints):
        if index:
            lines.append("")
        lines += method_docs(endpoint)
        lines += [
            f'        [Endpoint("{provider}", "{endpoint["name"]}", "{endpoint["function"]}")]',
            f"        public AfterSalesResponse {pascal_case(endpoint['name'])}(object parameters = null, CallOptions options = null)",
            "        {",
            "            return options == null",
            f"                ? Envelope.Take(NativeMethods.{endpoint['function']}(Handle, Utf8Marshal.ToNativeJson(parameters)))",
            f'                : native.Call("{endpoint["name"]}", parameters, options);',
            "        }",
            "",
        ]
        lines += async_docs(endpoint)
        lines += [
            f"        public Task<AfterSalesResponse> {pascal_case(endpoint['name'])}Async(",
            "            object parameters = null, CallOptions options = null, CancellationToken cancellationToken = default(CancellationToken))",
            "        {",
            f'            return native.CallAsync("{endpoint["name"]}", parameters, options, cancellationToken);',
            "        }",
        ]
    lines += ["    }", "}"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--library", help="path of libaftersales to read the catalogue from")
    source.add_argument("--catalogue", help="a JSON file holding the catalogue")
    parser.add_argument("--check", action="store_true", help="fail if the checked-in files differ instead of writing")
    args = parser.parse_args()

    catalogue = load_catalogue(args)
    files = {
        "NativeMethods.Endpoints.g.cs": native_methods(catalogue),
        "EshouhouClient.Endpoints.g.cs": client_methods(catalogue, "eshouhou"),
        "ZhibangClient.Endpoints.g.cs": client_methods(catalogue, "zhibang"),
    }
    stale = []
    for name, text in files.items():
        path = OUTPUT / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            OUTPUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        sys.exit("stale generated files (run tools/generate_endpoints.py): " + ", ".join(stale))
    print(("checked " if args.check else "wrote ") + ", ".join(files) + f" ({len(catalogue['endpoints'])} endpoints)")


if __name__ == "__main__":
    main()
