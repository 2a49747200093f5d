"""Every endpoint of the catalogue, called through its generated method against the sandbox.

Each case checks data the sandbox is known to hold, so a call that reached the wrong endpoint, lost a
parameter or mangled the result fails. A catalogue endpoint without a case fails too.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
from sandbox_support import ESHOUHOU_HQ_NETWORK_ID

import aftersales
from aftersales.results import TreeNode

SEED_PROJECT = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9"
SEED_CUSTOMER = "dc540ce7-5bc5-4275-b8fa-2004eb5839e3"
SEED_DEVICE = "034f293b-ef48-44b5-8fcc-ead69235829e"
SEED_WORK_ORDER = "4cda4c70-9d53-47c6-8641-c9e50d078c09"
STAFF_ORDS = range(61, 81)
FIRST_INTAKE = 5001

Case = Callable[[Any], None]
CASES: dict[tuple[str, str], Case] = {}


def case(provider: str, endpoint: str) -> Callable[[Case], Case]:
    def register(function: Case) -> Case:
        CASES[(provider, endpoint)] = function
        return function

    return register


def tree_values(nodes: list[TreeNode]) -> list[str]:
    values: list[str] = []
    for node in nodes:
        values.append(node["value"])
        values.extend(tree_values(node["children"]))
    return values


# eshouhou


@case("eshouhou", "token")
def token(client: aftersales.EshouhouClient) -> None:
    assert client.token(expire=3)["expires_in"] == 3 * 3600


@case("eshouhou", "get_service_space")
def get_service_space(client: aftersales.EshouhouClient) -> None:
    space = client.get_service_space()
    assert space["HQServiceNetworkID"] == ESHOUHOU_HQ_NETWORK_ID
    assert space["EditionType"] == 4


@case("eshouhou", "get_work_orders_v1")
def get_work_orders_v1(client: aftersales.EshouhouClient) -> None:
    result = client.get_work_orders_v1(pageSize=5, pageIndex=2)
    assert len(result["rows"]) == 5
    assert result["page"] is not None and result["page"]["index"] == 2


@case("eshouhou", "get_work_orders")
def get_work_orders(client: aftersales.EshouhouClient) -> None:
    result = client.get_work_orders(pageSize=20, condition={"state": [5]})
    assert result["rows"]
    assert {row["State"] for row in result["rows"]} == {5}


@case("eshouhou", "get_work_process")
def get_work_process(client: aftersales.EshouhouClient) -> None:
    steps = client.get_work_process(workOrderId=SEED_WORK_ORDER)["rows"]
    assert "派工" in [step["ActionName"] for step in steps]


@case("eshouhou", "get_customer")
def get_customer(client: aftersales.EshouhouClient) -> None:
    fields = client.get_customer(customerId=SEED_CUSTOMER)["fields"]
    assert fields["客户名称"] == "胡效鑫1"
    assert fields["客户编号"] == "CF00000179"


@case("eshouhou", "get_customer_project")
def get_customer_project(client: aftersales.EshouhouClient) -> None:
    project = client.get_customer_project(projectId=SEED_PROJECT)
    assert len(project["rows"]) == 18


@case("eshouhou", "get_customer_products")
def get_customer_products(client: aftersales.EshouhouClient) -> None:
    # serviceSpaceId, serviceNetworkId and serviceNetworkType are required by the vendor and come
    # from the client config here.
    assert len(client.get_customer_products(pageSize=3)["rows"]) == 3


@case("eshouhou", "get_customer_product")
def get_customer_product(client: aftersales.EshouhouClient) -> None:
    device = client.get_customer_product(productId=SEED_DEVICE)
    assert "购买凭证" in [row["Key"] for row in device["rows"] if row["ShowType"] == 1]


@case("eshouhou", "get_customer_contacts")
def get_customer_contacts(client: aftersales.EshouhouClient) -> None:
    assert len(client.get_customer_contacts(pageSize=4)["rows"]) == 4


@case("eshouhou", "get_customer_by_user_name")
def get_customer_by_user_name(client: aftersales.EshouhouClient) -> None:
    customer = client.get_customer_by_user_name(phoneNum="13888888888")
    assert "测试" in customer.values()


@case("eshouhou", "get_category_and_product_list")
def get_category_and_product_list(client: aftersales.EshouhouClient) -> None:
    root = client.get_category_and_product_list(categoryId="0", queryType=2)
    assert root["Category"]
    assert not root["Product"]


@case("eshouhou", "search_product_list")
def search_product_list(client: aftersales.EshouhouClient) -> None:
    rows = client.search_product_list(pageSize=5)["rows"]
    assert len(rows) == 5
    assert all(row["WarrantyPeriodName"] for row in rows)


@case("eshouhou", "search_accessory_list")
def search_accessory_list(client: aftersales.EshouhouClient) -> None:
    assert len(client.search_accessory_list(pageSize=5)["rows"]) == 5


@case("eshouhou", "get_products")
def get_products(client: aftersales.EshouhouClient) -> None:
    rows = client.get_products(pageSize=5)["rows"]
    assert len(rows) == 5
    assert "ID" not in rows[0]


@case("eshouhou", "get_accessories")
def get_accessories(client: aftersales.EshouhouClient) -> None:
    rows = client.get_accessories(pageSize=5)["rows"]
    assert len(rows) == 5
    assert all(isinstance(row["IsCharged"], bool) for row in rows)


# Zhibang


@case("zhibang", "login")
def login(client: aftersales.ZhibangClient) -> None:
    session = client.login()
    assert session["logged_in"] is True
    assert "session" not in session


@case("zhibang", "logout")
def logout(client: aftersales.ZhibangClient) -> None:
    client.login()
    assert client.logout()["logged_out"] is True
    assert client.logout()["logged_out"] is False


@case("zhibang", "service_list")
def service_list(client: aftersales.ZhibangClient) -> None:
    table = client.service_list(pagesize=5, _rpt_sort="-ord")
    assert len(table["rows"]) == 5
    assert {"ord", "shid", "title", "status"} <= {column["id"] for column in table["columns"]}
    ords = [int(row["ord"]) for row in table["rows"]]
    assert ords == sorted(ords, reverse=True)


@case("zhibang", "service_detail")
def service_detail(client: aftersales.ZhibangClient) -> None:
    row = client.service_list(pagesize=1)["rows"][0]
    bill = client.service_detail(ord=int(row["ord"]))
    assert bill["id"] == str(row["ord"])
    assert bill["values"]["shid"] == row["shid"]


@case("zhibang", "service_handle_form")
def service_handle_form(client: aftersales.ZhibangClient) -> None:
    row = client.service_list(pagesize=1)["rows"][0]
    form = client.service_handle_form(ord=int(row["ord"]))
    fields = {field["id"]: field for field in form["fields"]}
    assert {"cateid", "info1", "cate", "intro"} <= fields.keys()
    assert fields["intro"]["options"]


@case("zhibang", "service_handle")
def service_handle(client: aftersales.ZhibangClient) -> None:
    row = client.service_list(pagesize=1, stype=1)["rows"][0]
    form = client.service_handle_form(ord=int(row["ord"]))
    result_option = next(field for field in form["fields"] if field["id"] == "intro")["options"][0]
    outcome = client.service_handle(
        ord=int(row["ord"]), cateid="61", info1="更换滤芯，测试正常", cate="62", intro=result_option["value"]
    )
    assert outcome["outcome"] == "succeeded"
    handled = client.service_list(shid=row["shid"])["rows"][0]
    assert handled["status"] == "已处理"


@case("zhibang", "repair_list")
def repair_list(client: aftersales.ZhibangClient) -> None:
    table = client.repair_list(pagesize=5)
    assert len(table["rows"]) == 5
    assert "SerialNumber" in {column["id"] for column in table["columns"]}


@case("zhibang", "repair_detail")
def repair_detail(client: aftersales.ZhibangClient) -> None:
    row = client.repair_list(pagesize=1)["rows"][0]
    bill = client.repair_detail(ord=int(row["ord"]))
    assert bill["id"] == str(row["ord"])
    assert bill["values"]["SerialNumber"] == row["SerialNumber"]


@case("zhibang", "repair_save")
def repair_save(client: aftersales.ZhibangClient) -> None:
    outcome = client.repair_save(
        title="空调不制冷", SerialNumber="PY-0001", repair_sl=FIRST_INTAKE, ProcessID=1, num="1", Cost="120.00"
    )
    assert outcome["outcome"] == "succeeded"
    saved = client.repair_list(searchKey="PY-0001")["rows"]
    assert [row["title"] for row in saved] == ["空调不制冷"]


@case("zhibang", "customer_list")
def customer_list(client: aftersales.ZhibangClient) -> None:
    table = client.customer_list(pagesize=5)
    assert len(table["rows"]) == 5
    assert table["page"]["total"] is not None and table["page"]["total"] > 5


@case("zhibang", "customer_detail")
def customer_detail(client: aftersales.ZhibangClient) -> None:
    row = client.customer_list(pagesize=1)["rows"][0]
    bill = client.customer_detail(ord=int(row["ord"]))
    assert bill["id"] == str(row["ord"])
    assert row["name"] in bill["values"].values()


@case("zhibang", "product_list")
def product_list(client: aftersales.ZhibangClient) -> None:
    table = client.product_list(pagesize=5)
    assert len(table["rows"]) == 5
    assert "cpname" in {column["id"] for column in table["columns"]}


@case("zhibang", "product_detail")
def product_detail(client: aftersales.ZhibangClient) -> None:
    row = client.product_list(pagesize=1)["rows"][0]
    bill = client.product_detail(ord=int(row["ord"]))
    assert bill["id"] == str(row["ord"])
    assert row["cpname"] in bill["values"].values()


@case("zhibang", "product_category_tree")
def product_category_tree(client: aftersales.ZhibangClient) -> None:
    tree = client.product_category_tree()
    assert tree["kind"] == "trees"
    assert "11" in tree_values(tree["nodes"])


@case("zhibang", "staff_list")
def staff_list(client: aftersales.ZhibangClient) -> None:
    tree = client.staff_list(stype="radio")
    assert tree["kind"] == "trees"
    people = {int(value) for value in tree_values(tree["nodes"]) if value}
    assert people == set(STAFF_ORDS)


@case("zhibang", "user_list")
def user_list(client: aftersales.ZhibangClient) -> None:
    table = client.user_list(username="apiuser")
    assert [row["username"] for row in table["rows"]] == ["apiuser"]


@case("zhibang", "dept_list")
def dept_list(client: aftersales.ZhibangClient) -> None:
    departments = client.dept_list()["rows"]
    assert "售后服务部" in [department["NodeText"] for department in departments]


@case("zhibang", "region_list")
def region_list(client: aftersales.ZhibangClient) -> None:
    tree = client.region_list()
    assert tree["kind"] == "trees"
    assert tree["nodes"]


@case("zhibang", "enum_options")
def enum_options(client: aftersales.ZhibangClient) -> None:
    options = client.enum_options(enumid=13)
    assert options["kind"] == "options"
    assert options["options"]
    assert client.enum_options(enumid=999999)["options"] == []


CATALOGUE = [(endpoint["provider"], endpoint["name"]) for endpoint in aftersales.endpoints()["endpoints"]]


@pytest.mark.parametrize("provider, endpoint", CATALOGUE, ids=[f"{p}.{e}" for p, e in CATALOGUE])
def test_endpoint(
    provider: str,
    endpoint: str,
    eshouhou: aftersales.EshouhouClient,
    zhibang: aftersales.ZhibangClient,
) -> None:
    assert (provider, endpoint) in CASES, f"no test case for {provider}.{endpoint}"
    CASES[(provider, endpoint)](eshouhou if provider == "eshouhou" else zhibang)


def test_every_case_is_a_catalogue_endpoint() -> None:
    assert set(CASES) <= set(CATALOGUE)


def test_call_by_name_reaches_the_same_endpoint(eshouhou: aftersales.EshouhouClient) -> None:
    by_method = eshouhou.get_customer_project(projectId=SEED_PROJECT)
    by_name = eshouhou.call("get_customer_project", projectId=SEED_PROJECT)
    assert by_name == by_method
