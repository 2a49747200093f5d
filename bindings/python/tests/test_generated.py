"""The generated modules (endpoint methods, config keywords, error codes): in step with the catalogue, and
visible to a type checker."""

from __future__ import annotations

import inspect
import re
import subprocess
from pathlib import Path
from typing import Any

import mypy.api
import pytest
from sandbox_support import REPOSITORY

import aftersales
from aftersales._loaded import LIBRARY
from aftersales.errors import ErrorCode

BINDING_DIR = REPOSITORY / "bindings" / "python"
CLIENT_CLASSES = {"eshouhou": aftersales.EshouhouClient, "zhibang": aftersales.ZhibangClient}
ASYNC_CLIENT_CLASSES = {"eshouhou": aftersales.AsyncEshouhouClient, "zhibang": aftersales.AsyncZhibangClient}
OPTIONS = ["timeout", "deadline", "request_id", "cancel"]


def keyword_of(name: str) -> str:
    """The generator's keyword for a vendor parameter: Zhibang's sub-form fields `@name` get `at_` in front
    (`@ret2_0` → `at_ret2_0`, `@__sp_money` → `at__sp_money`, dots as underscores), a name Python would
    mangle inside a class (`__cmdtag`) loses its leading underscores; every other name is its own."""
    if name.startswith("@"):
        rest = name[1:].replace(".", "_")
        return f"at{rest}" if rest.startswith("_") else f"at_{rest}"
    if name.startswith("__") and not name.endswith("__"):
        return name.lstrip("_")
    return name


def catalogue_endpoints() -> list[dict[str, Any]]:
    endpoints: list[dict[str, Any]] = aftersales.endpoints()["endpoints"]
    return endpoints


def test_the_checked_in_modules_are_what_the_generator_makes_from_this_catalogue() -> None:
    check = subprocess.run(
        ["cargo", "run", "--quiet", "-p", "aftersales-codegen", "--", "--check"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, "run ./scripts/codegen.sh\n" + check.stdout + check.stderr


def test_the_installed_module_is_the_checked_in_one() -> None:
    installed = Path(inspect.getfile(aftersales.EshouhouClient.get_customer)).read_text(encoding="utf-8")
    checked_in = (BINDING_DIR / "src" / "aftersales" / "_endpoints.py").read_text(encoding="utf-8")
    assert installed == checked_in


@pytest.mark.parametrize(
    "endpoint", catalogue_endpoints(), ids=lambda endpoint: f"{endpoint['provider']}.{endpoint['name']}"
)
def test_each_endpoint_has_a_method_with_the_vendor_parameter_names_and_the_options(endpoint: dict[str, Any]) -> None:
    expected = [keyword_of(param["name"]) for param in endpoint["params"]] + OPTIONS
    method_names = [endpoint["name"]] + ([f"iter_{endpoint['name']}"] if endpoint["paging"] else [])
    for client_class in (CLIENT_CLASSES[endpoint["provider"]], ASYNC_CLIENT_CLASSES[endpoint["provider"]]):
        for method_name in method_names:
            parameters = list(inspect.signature(getattr(client_class, method_name)).parameters.values())[1:]
            assert sorted(parameter.name for parameter in parameters) == sorted(expected)
            assert all(parameter.kind is inspect.Parameter.KEYWORD_ONLY for parameter in parameters)
        assert inspect.iscoroutinefunction(getattr(ASYNC_CLIENT_CLASSES[endpoint["provider"]], endpoint["name"]))


@pytest.mark.parametrize("client_class", [*CLIENT_CLASSES.values(), *ASYNC_CLIENT_CLASSES.values()])
def test_each_client_takes_its_config_keys_as_keywords(client_class: type) -> None:
    provider = client_class._provider
    keys = [key for key in aftersales.endpoints()["config"] if provider in key["providers"]]
    parameters = list(inspect.signature(client_class.__init__).parameters.values())[1:]
    assert [parameter.name for parameter in parameters] == [
        key["name"] for key in keys if key["required"]
    ] + [key["name"] for key in keys if not key["required"]]
    assert all(parameter.kind is inspect.Parameter.KEYWORD_ONLY for parameter in parameters)
    required = {parameter.name for parameter in parameters if parameter.default is inspect.Parameter.empty}
    assert required == {key["name"] for key in keys if key["required"]}


def test_error_codes_have_the_librarys_numbers() -> None:
    for code in aftersales.endpoints()["error_codes"]:
        assert ErrorCode.of(code["code"]) == code["number"] == LIBRARY.error_code_from_string(code["code"].encode())
        assert ErrorCode[code["code"].upper()].value == code["number"]
    for unknown in ("no_such_code", "TIMEOUT", ""):
        assert ErrorCode.of(unknown) is ErrorCode.UNKNOWN
        assert LIBRARY.error_code_from_string(unknown.encode()) == ErrorCode.UNKNOWN
    assert LIBRARY.error_code_from_string(None) == ErrorCode.UNKNOWN
    assert len(ErrorCode) == len(aftersales.endpoints()["error_codes"]) + 1


def test_a_raised_error_carries_its_code_number(zhibang: aftersales.ZhibangClient) -> None:
    with pytest.raises(aftersales.InvalidArgument) as raised:
        zhibang.service_list(pagesize=0)
    assert raised.value.code == "invalid_parameter"
    assert raised.value.error_code is ErrorCode.INVALID_PARAMETER


def test_sub_form_fields_and_mangled_names_send_the_vendor_name() -> None:
    source = inspect.getsource(aftersales.ZhibangClient.contract_approval_edit)
    assert '"__cmdtag": cmdtag' in source
    source = inspect.getsource(aftersales.ZhibangClient.project_approve)
    assert '"@__sp_money": at__sp_money' in source
    assert "``@__sp_money``" in source, "the docstring names the vendor's field"


def test_only_list_endpoints_get_iterators() -> None:
    for endpoint in catalogue_endpoints():
        for classes in (CLIENT_CLASSES, ASYNC_CLIENT_CLASSES):
            has_iterator = hasattr(classes[endpoint["provider"]], f"iter_{endpoint['name']}")
            assert has_iterator == bool(endpoint["paging"]), endpoint["name"]


TYPED_USAGE = """
from aftersales import AsyncEshouhouClient, AsyncZhibangClient, CancelToken, EshouhouClient, ZhibangClient

def use(eshouhou: EshouhouClient, zhibang: ZhibangClient) -> None:
    project = eshouhou.get_customer_project(projectId="a6fa4a6c")
    reveal_type(project)
    for row in zhibang.iter_service_list(pagesize=200, TelName="北京"):
        reveal_type(row)
    zhibang.service_list(pagesize="twenty")
    zhibang.service_detail(ordd=1)
    eshouhou.get_customer_products(serviceNetworkType=3)
    zhibang.service_list(pagesize=5, timeout=2.5, deadline=10, request_id="erp-1", cancel=CancelToken())
    zhibang.service_list(timeout="2s")

async def use_async(eshouhou: AsyncEshouhouClient, zhibang: AsyncZhibangClient) -> None:
    project = await eshouhou.get_customer_project(projectId="a6fa4a6c", deadline=5.0)
    reveal_type(project)
    async for row in zhibang.iter_service_list(pagesize=200, cancel=CancelToken()):
        reveal_type(row)
    async for page in zhibang.iter_pages("service_list", pagesize=50):
        reveal_type(page)
    zhibang.service_list(pagesize=5)
    await zhibang.service_list(pagesize="twenty")
    async with zhibang:
        reveal_type(zhibang)
"""


def test_a_type_checker_sees_the_methods_their_parameters_and_results(tmp_path: Path) -> None:
    script = tmp_path / "usage.py"
    script.write_text(TYPED_USAGE, encoding="utf-8")
    report, _, _ = mypy.api.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(script)])
    lines = report.splitlines()

    def on_line(number: int) -> str:
        return "\n".join(line for line in lines if line.startswith(f"{script}:{number}:"))

    assert re.search(r"Revealed type is \"TypedDict\('?aftersales\.results\.DisplayRows", on_line(6))
    assert re.search(r'Revealed type is "(builtins\.)?dict\[(builtins\.)?str, Any\]"', on_line(8))
    assert re.search(r'incompatible type "str"; expected "(int \| None|Optional\[int\])"', on_line(9))
    assert 'Unexpected keyword argument "ordd"' in on_line(10)
    assert 'incompatible type "Literal[3]"' in on_line(11)
    assert re.search(r'incompatible type "str"; expected "(float \| None|Optional\[float\])"', on_line(13))
    assert "error" not in on_line(5) + on_line(7) + on_line(12), report

    assert re.search(r"Revealed type is \"TypedDict\('?aftersales\.results\.DisplayRows", on_line(17))
    assert re.search(r'Revealed type is "(builtins\.)?dict\[(builtins\.)?str, Any\]"', on_line(19))
    assert re.search(r'Revealed type is "Any"', on_line(21))
    assert (
        'Value of type "Coroutine' in on_line(22) or "not awaited" in on_line(22) or "unused-coroutine" in on_line(22)
    )
    assert re.search(r'incompatible type "str"; expected "(int \| None|Optional\[int\])"', on_line(23))
    assert re.search(r'Revealed type is "aftersales\.clients\.AsyncZhibangClient"', on_line(25))
    assert "error" not in on_line(16) + on_line(18) + on_line(20) + on_line(24), report
