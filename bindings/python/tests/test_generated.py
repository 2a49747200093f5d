"""The generated endpoint methods: in step with the catalogue, and visible to a type checker."""

from __future__ import annotations

import importlib.util
import inspect
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import mypy.api
import pytest
from sandbox_support import REPOSITORY

import aftersales

BINDING_DIR = REPOSITORY / "bindings" / "python"
CLIENT_CLASSES = {"eshouhou": aftersales.EshouhouClient, "zhibang": aftersales.ZhibangClient}
ASYNC_CLIENT_CLASSES = {"eshouhou": aftersales.AsyncEshouhouClient, "zhibang": aftersales.AsyncZhibangClient}
OPTIONS = ["timeout", "deadline", "request_id", "cancel"]


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("aftersales_generator", BINDING_DIR / "tools" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalogue_endpoints() -> list[dict[str, Any]]:
    endpoints: list[dict[str, Any]] = aftersales.endpoints()["endpoints"]
    return endpoints


def test_the_checked_in_module_is_what_the_generator_makes_from_this_catalogue() -> None:
    expected = load_generator().render(aftersales.endpoints())
    checked_in = (BINDING_DIR / "src" / "aftersales" / "_endpoints.py").read_text(encoding="utf-8")
    assert checked_in == expected, "run `python tools/generate.py` in bindings/python"


def test_the_installed_module_is_the_checked_in_one() -> None:
    installed = Path(inspect.getfile(aftersales.EshouhouClient.get_customer)).read_text(encoding="utf-8")
    checked_in = (BINDING_DIR / "src" / "aftersales" / "_endpoints.py").read_text(encoding="utf-8")
    assert installed == checked_in


@pytest.mark.parametrize(
    "endpoint", catalogue_endpoints(), ids=lambda endpoint: f"{endpoint['provider']}.{endpoint['name']}"
)
def test_each_endpoint_has_a_method_with_the_vendor_parameter_names_and_the_options(endpoint: dict[str, Any]) -> None:
    keyword_of = load_generator().keyword_of
    expected = [keyword_of(param["name"]) for param in endpoint["params"]] + OPTIONS
    method_names = [endpoint["name"]] + ([f"iter_{endpoint['name']}"] if endpoint["paging"] else [])
    for client_class in (CLIENT_CLASSES[endpoint["provider"]], ASYNC_CLIENT_CLASSES[endpoint["provider"]]):
        for method_name in method_names:
            parameters = list(inspect.signature(getattr(client_class, method_name)).parameters.values())[1:]
            assert sorted(parameter.name for parameter in parameters) == sorted(expected)
            assert all(parameter.kind is inspect.Parameter.KEYWORD_ONLY for parameter in parameters)
        assert inspect.iscoroutinefunction(getattr(ASYNC_CLIENT_CLASSES[endpoint["provider"]], endpoint["name"]))


def test_sub_form_fields_and_mangled_names_get_keywords_that_send_the_vendor_name() -> None:
    keyword_of = load_generator().keyword_of
    assert [keyword_of(name) for name in ["@ret2_0", "@__sp_money", "@bill.approve.list", "__cmdtag", "ord"]] == [
        "at_ret2_0",
        "at__sp_money",
        "at_bill_approve_list",
        "cmdtag",
        "ord",
    ]
    source = inspect.getsource(aftersales.ZhibangClient.contract_approval_edit)
    assert '"__cmdtag": cmdtag' in source


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
