"""No native string is leaked: the library's count of strings handed out and not yet freed returns
to its baseline after successes, failures, cursors and refused configs."""

from __future__ import annotations

import pytest
from sandbox_support import SandboxAdmin, make_eshouhou, make_zhibang

import aftersales


def exercise_everything(sandbox: SandboxAdmin) -> None:
    aftersales.endpoints()
    with make_eshouhou(sandbox.url) as eshouhou:
        eshouhou.get_service_space()
        eshouhou.list_all("get_products", max_pages=2, pageSize=50)
        with pytest.raises(aftersales.InvalidArgument):
            eshouhou.call("get_customer", customerid="x")
        sandbox.fault("/open/v2/basic/getaccessories", "garbage")
        with pytest.raises(aftersales.DecodeError):
            eshouhou.get_accessories()
    with make_zhibang(sandbox.url) as zhibang:
        rows = list(zhibang.iter_user_list(page_size=5))
        assert rows
        with zhibang.iter_pages("service_list", pagesize=20) as pages:
            next(pages)
        with pytest.raises(aftersales.InvalidArgument):
            next(zhibang.iter_pages("no_such_list"))
    with pytest.raises(aftersales.InvalidArgument):
        make_zhibang(sandbox.url, login_path="/elsewhere")


def test_every_returned_string_is_freed(sandbox: SandboxAdmin) -> None:
    exercise_everything(sandbox)
    baseline = aftersales.live_string_count()
    exercise_everything(sandbox)
    assert aftersales.live_string_count() == baseline
