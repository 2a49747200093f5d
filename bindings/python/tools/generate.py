"""Writes src/aftersales/_endpoints.py, one typed method per endpoint, from the library's own catalogue.

The methods are real Python (not a runtime __getattr__) so IDEs and type checkers see every endpoint,
its vendor parameter names and its result type. tests/test_generated.py fails when the checked-in
module no longer matches the catalogue of the library under test.

    python tools/generate.py            # rewrite the module
    python tools/generate.py --check    # exit 1 if it is out of date

The catalogue is read through src/aftersales/_native.py from $AFTERSALES_LIBRARY, or by default from
the workspace's release build (cargo build --release).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import keyword
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable

BINDING_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = BINDING_DIR / "src" / "aftersales"
GENERATED_MODULE = PACKAGE_DIR / "_endpoints.py"
WORKSPACE_TARGET = BINDING_DIR.parent.parent / "target"

PROVIDER_CLASSES = {"eshouhou": "EshouhouEndpoints", "zhibang": "ZhibangEndpoints"}
ASYNC_PROVIDER_CLASSES = {"eshouhou": "AsyncEshouhouEndpoints", "zhibang": "AsyncZhibangEndpoints"}

# Python types of the catalogue's parameter types (aliases defined in aftersales._params).
PARAMETER_TYPES = {
    "text": "Text",
    "integer": "int",
    "id_list": "IdList",
    "date": "Date",
    "decimal": "DecimalValue",
    "rows": "Rows",
    "condition": "Condition",
}

# Names ClientBase already uses; an endpoint of the same name would silently replace them.
CLIENT_BASE_NAMES = {"aclose", "call", "close", "closed", "iter_pages", "iter_rows", "list_all", "stats"}

# Every method's own keywords for one call's options, after the vendor's parameters. No vendor parameter
# has one of these names; check_names refuses a catalogue where one would, rather than shadow it.
OPTION_PARAMETERS = [
    ("timeout", "Optional[float]"),
    ("deadline", "Optional[float]"),
    ("request_id", "Optional[str]"),
    ("cancel", "Optional[CancelToken]"),
]
OPTION_DOCS = [
    "            timeout: this call's limit for one request, in seconds (instead of the config's ``timeout_ms``)",
    "            deadline: this call's limit for the whole call, in seconds (instead of the config's ``deadline_ms``)",
    "            request_id: this call's id (1-64 printable characters, no spaces) in ``meta``, errors and log events",
    "            cancel: a ``CancelToken`` that stops the call from any thread (``Cancelled``; a write that may have"
    " left: ``OutcomeUnknown``)",
]
OPTION_ARGUMENTS = "timeout, deadline, request_id, cancel"
OPTION_KEYWORDS = "timeout=timeout, deadline=deadline, request_id=request_id, cancel=cancel"


def load_native_module() -> ModuleType:
    """_native.py on its own (by path): importing the package would import the module being written."""
    spec = importlib.util.spec_from_file_location("aftersales_native_for_generator", PACKAGE_DIR / "_native.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {PACKAGE_DIR / '_native.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_catalogue() -> dict[str, Any]:
    native = load_native_module()
    library_path = os.environ.get(native.LIBRARY_ENV_VAR) or WORKSPACE_TARGET / "release" / native.library_file_name()
    catalogue: dict[str, Any] = json.loads(native.NativeLibrary(Path(library_path)).catalogue_json())
    return catalogue


def result_type_name(result_kind: str) -> str:
    """`display_rows` → `DisplayRows`, the TypedDict in aftersales.results."""
    return "".join(part.capitalize() for part in result_kind.split("_"))


def docstring_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def annotation_of(param: dict[str, Any]) -> str:
    choices = [choice["value"] for choice in param.get("choices", [])]
    if choices and param["type"] == "integer":
        return f"Literal[{', '.join(choices)}]"
    if choices and param["type"] == "text":
        return f"Literal[{', '.join(json.dumps(choice, ensure_ascii=False) for choice in choices)}]"
    return PARAMETER_TYPES[param["type"]]


def is_mandatory(param: dict[str, Any]) -> bool:
    # A parameter the client can fill from its config (`config_key`) is required by the vendor but never
    # has to be passed, so the signature makes it optional.
    return bool(param["required"]) and "default" not in param and "config_key" not in param


def keyword_of(name: str) -> str:
    """The keyword argument of a vendor parameter: its own name; for Zhibang's sub-form fields `@name`
    the name with `at_` in front (`@ret2_0` → `at_ret2_0`, `@__sp_money` → `at__sp_money`, dots as
    underscores); for a name Python would mangle inside a class (`__cmdtag`) the name without its
    leading underscores (`cmdtag`)."""
    if name.startswith("@"):
        rest = name[1:].replace(".", "_")
        return f"at{rest}" if rest.startswith("_") else f"at_{rest}"
    if name.startswith("__") and not name.endswith("__"):
        return name.lstrip("_")
    return name


def check_names(endpoint: dict[str, Any]) -> None:
    name = endpoint["name"]
    if not name.isidentifier() or keyword.iskeyword(name) or name in CLIENT_BASE_NAMES:
        raise SystemExit(f"endpoint `{name}` cannot be a method name")
    keywords = [keyword_of(param["name"]) for param in endpoint["params"]]
    for param, word in zip(endpoint["params"], keywords):
        if not word.isidentifier() or keyword.iskeyword(word) or word == "self":
            raise SystemExit(f"parameter `{param['name']}` of `{name}` cannot be a keyword argument")
        if word in dict(OPTION_PARAMETERS):
            raise SystemExit(f"parameter `{param['name']}` of `{name}` has the name of a call option")
        if keywords.count(word) > 1:
            raise SystemExit(f"parameter `{param['name']}` of `{name}` has the keyword of another parameter")


def parameter_limits(param: dict[str, Any]) -> str:
    notes = []
    if "range" in param:
        low, high = param["range"]
        notes.append(f"at least {low}" if high >= 2**63 - 1 else f"{low} to {high}")
    if param.get("max_length"):
        notes.append(f"at most {param['max_length']} characters")
    if "default" in param:
        notes.append(f"default {param['default']}")
    if "config_key" in param:
        notes.append(f"from the client config `{param['config_key']}` when left out")
    return f" ({'; '.join(notes)})" if notes else ""


def signature_lines(method: str, params: list[dict[str, Any]], returns: str, is_async: bool = False) -> list[str]:
    lines = [f"    {'async def' if is_async else 'def'} {method}(", "        self,", "        *,"]
    # Mandatory parameters first, so they stand out; all are keyword-only, so the order is only for reading.
    ordered = [param for param in params if is_mandatory(param)] + [
        param for param in params if not is_mandatory(param)
    ]
    for param in ordered:
        if is_mandatory(param):
            lines.append(f"        {keyword_of(param['name'])}: {annotation_of(param)},")
        else:
            lines.append(f"        {keyword_of(param['name'])}: Optional[{annotation_of(param)}] = None,")
    lines += [f"        {name}: {annotation} = None," for name, annotation in OPTION_PARAMETERS]
    lines.append(f"    ) -> {returns}:")
    return lines


def docstring_lines(summary: str, endpoint: dict[str, Any], returns_text: str) -> list[str]:
    call = f"``{endpoint['method']} {endpoint['path']}``" + (
        f" with cmdkey ``{endpoint['cmdkey']}``" if endpoint.get("cmdkey") else ""
    )
    lines = [
        f'        """{docstring_text(summary)}',
        "",
        f"        Calls {call}. Vendor doc: {docstring_text(endpoint['doc'])}",
    ]
    if endpoint["writes"]:
        lines += [
            "",
            "        Changes data on the server and is never sent twice: when no decisive answer comes back it raises",
            "        ``OutcomeUnknown`` (read the record back before repeating it).",
        ]
        if endpoint.get("read_back"):
            detail = endpoint["read_back"]["endpoint"]
            lines += [
                "        With ``verify_writes`` (the default) the client first reads the record back itself through",
                f"        ``{detail}``: when it shows the write, the outcome is ``succeeded`` with ``verified`` True.",
            ]
    lines += ["", "        Args:"]
    for param in endpoint["params"]:
        vendor = f"``{param['name']}``: " if keyword_of(param["name"]) != param["name"] else ""
        lines.append(
            f"            {keyword_of(param['name'])}: {vendor}{docstring_text(param['description'])}"
            f"{parameter_limits(param)}"
        )
        for key in param.get("keys", []):
            lines.append(f"                ``{key['name']}`` ({key['type']}): {docstring_text(key['description'])}")
    lines += OPTION_DOCS
    lines += ["", "        Returns:", f"            {docstring_text(returns_text)}", '        """']
    return lines


def invocation_lines(endpoint: dict[str, Any], call: str) -> list[str]:
    """`params = {...}` (the keyword arguments by vendor name) and the return statement around `call`,
    which is formatted with `params`."""
    if not endpoint["params"]:
        return [f"        return {call.format(params='{}')}"]
    lines = ["        params = {"]
    lines += [f'            "{param["name"]}": {keyword_of(param["name"])},' for param in endpoint["params"]]
    lines += ["        }", f"        return {call.format(params='params')}"]
    return lines


def method_lines(endpoint: dict[str, Any], is_async: bool) -> list[str]:
    result_type = result_type_name(endpoint["result"])
    lines = signature_lines(endpoint["name"], endpoint["params"], result_type, is_async)
    lines += docstring_lines(endpoint["title"], endpoint, endpoint["result_description"])
    invoke = f'self._invoke("{endpoint["name"]}", {{params}}, {OPTION_ARGUMENTS})'
    lines += invocation_lines(endpoint, f"cast({result_type}, {'await ' if is_async else ''}{invoke})")
    return lines


def iterator_lines(endpoint: dict[str, Any], is_async: bool) -> list[str]:
    paging = endpoint["paging"]
    cursor = "AsyncRowCursor" if is_async else "RowCursor"
    lines = signature_lines(f"iter_{endpoint['name']}", endpoint["params"], cursor)
    summary = (
        f"Every row of ``{endpoint['name']}`` across all pages, one request per page: "
        f"``{paging['index_param']}`` is the first page, ``{paging['size_param']}`` the page size "
        f"(default {paging['cursor_default_size']})."
    )
    lines += docstring_lines(
        summary,
        endpoint,
        f"The rows, one at a time, as ``{endpoint['name']}`` returns them (``async for`` here); close the cursor"
        " (or use ``async with``) when stopping early. After a retryable or cancelled failure the next"
        " iteration asks for the same page again; any other failure is raised again by every later one."
        if is_async
        else f"The rows, one at a time, as ``{endpoint['name']}`` returns them; close() the cursor (or use ``with``)"
        " when stopping early. After a retryable or cancelled failure the next ``next()`` asks for the same page"
        " again; any other failure is raised again by every later ``next()``.",
    )
    lines += invocation_lines(endpoint, f'self.iter_rows("{endpoint["name"]}", {OPTION_KEYWORDS}, **{{params}})')
    return lines


def class_lines(provider: str, endpoints: list[dict[str, Any]], is_async: bool) -> list[str]:
    name, base = (
        (ASYNC_PROVIDER_CLASSES[provider], "AsyncClientBase")
        if is_async
        else (PROVIDER_CLASSES[provider], "ClientBase")
    )
    kind = "awaited method" if is_async else "method"
    lines = [
        f"class {name}({base}):",
        f'    """The {provider} endpoints, one {kind} each; list endpoints also get iter_<name>."""',
        "",
        f'    _provider = "{provider}"',
    ]
    for endpoint in endpoints:
        check_names(endpoint)
        lines += [""] + method_lines(endpoint, is_async)
        if endpoint["paging"]:
            lines += [""] + iterator_lines(endpoint, is_async)
    return lines


def used_names(endpoints: Iterable[dict[str, Any]]) -> tuple[list[str], list[str], bool]:
    results = {result_type_name(endpoint["result"]) for endpoint in endpoints}
    params = {PARAMETER_TYPES[param["type"]] for endpoint in endpoints for param in endpoint["params"]}
    uses_literal = any(param.get("choices") for endpoint in endpoints for param in endpoint["params"])
    return sorted(results), sorted(params - {"int"}), uses_literal


def render(catalogue: dict[str, Any]) -> str:
    endpoints = catalogue["endpoints"]
    results, params, uses_literal = used_names(endpoints)
    typing_names = ["Optional", "cast"] + (["Literal"] if uses_literal else [])
    lines = [
        "# Generated by tools/generate.py from the libaftersales catalogue (aftersales_endpoints()).",
        "# Do not edit: run `python tools/generate.py` when the catalogue changes.",
        '"""One typed method per endpoint, and iter_<name> per list endpoint, for both providers, blocking and'
        ' awaited."""',
        "",
        "from __future__ import annotations",
        "",
        f"from typing import {', '.join(sorted(typing_names))}",
        "",
        "from ._calls import CancelToken",
        "from ._client import AsyncClientBase, ClientBase",
        "from ._cursor import AsyncRowCursor, RowCursor",
        f"from ._params import {', '.join(params)}",
        "from .results import (",
        *(f"    {name}," for name in results),
        ")",
    ]
    for is_async in (False, True):
        for provider in PROVIDER_CLASSES:
            lines += ["", ""] + class_lines(
                provider, [endpoint for endpoint in endpoints if endpoint["provider"] == provider], is_async
            )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the checked-in module is out of date")
    arguments = parser.parse_args()
    text = render(read_catalogue())
    if arguments.check:
        current = GENERATED_MODULE.read_text(encoding="utf-8") if GENERATED_MODULE.exists() else ""
        if current != text:
            print(f"{GENERATED_MODULE} is out of date: run python tools/generate.py", file=sys.stderr)
            return 1
        return 0
    GENERATED_MODULE.write_text(text, encoding="utf-8")
    print(f"wrote {GENERATED_MODULE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
