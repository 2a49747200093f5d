"""A short tour of the `aftersales` package, against the sandbox.

target/debug/aftersales-sandbox --port 8080 &
python bindings/python/examples/demo.py http://127.0.0.1:8080
"""

from __future__ import annotations

import sys

from aftersales import AfterSalesError, EshouhouClient, ZhibangClient, library_version

# The sandbox's demo accounts (it prints them when it starts); they open nothing else.
ESHOUHOU_APP_ID = "ysh54dd4f8arinfx"
ESHOUHOU_APP_SECRET = "45e1cc23a7144a28ab110804491e3135"
ESHOUHOU_SERVICE_SPACE_ID = "6a8251ba-ce64-46b7-a505-a4e560032706"
ESHOUHOU_HQ_NETWORK_ID = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d"
SEED_PROJECT = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9"
ZHIBANG_USER = "apiuser"
ZHIBANG_PASSWORD = "sandbox-pass"


def heading(title: str) -> None:
    print(f"\n== {title} ==")


def eshouhou_tour(url: str) -> None:
    with EshouhouClient(
        app_id=ESHOUHOU_APP_ID,
        app_secret=ESHOUHOU_APP_SECRET,
        base_url=url,
        service_space_id=ESHOUHOU_SERVICE_SPACE_ID,
        service_network_id=ESHOUHOU_HQ_NETWORK_ID,
    ) as client:
        heading("eshouhou: service space")
        space = client.get_service_space()
        print(f"{space['Name']} ({space['EditionName']}), contact {space['Contact']}")

        heading("eshouhou: customer project, as display rows")
        project = client.get_customer_project(projectId=SEED_PROJECT)
        for label in ("项目编号", "项目名称", "所属客户", "保修期限"):
            print(f"{label}: {project['fields'][label]}")

        heading("eshouhou: dispatched work orders (State 5), first 5")
        orders = client.get_work_orders(pageSize=5, condition={"state": [5]})
        for order in orders["rows"]:
            print(f"{order['Number']}  {order['StateName']}/{order['PendStateName']}  {order['CustomerName']}")

        heading("eshouhou: every contact, page by page")
        contacts = sum(1 for _ in client.iter_get_customer_contacts(pageSize=100))
        print(f"{contacts} contacts")


def zhibang_tour(url: str) -> None:
    with ZhibangClient(base_url=url, username=ZHIBANG_USER, password=ZHIBANG_PASSWORD) as client:
        heading("Zhibang: pending after-sales services, first 5")
        table = client.service_list(stype=1, pagesize=5)
        for row in table["rows"]:
            print(f"{row['shid']}  {row['status']}  {row['title']}  ({row['telname']})")
        print(f"... {table['page']['total']} pending in all")

        service = int(table["rows"][0]["ord"])
        heading(f"Zhibang: handling service {service}")
        form = client.service_handle_form(ord=service)
        results = next(field for field in form["fields"] if field["id"] == "intro")["options"]
        print("possible results: " + ", ".join(f"{option['label']}={option['value']}" for option in results))
        saved = client.service_handle(
            ord=service, cateid="61", info1="已上门更换温控器，试机正常", cate="62", intro=results[0]["value"]
        )
        print(f"{saved['title']}: {saved['text']} ({saved['outcome']})")

        heading("Zhibang: a refused save is an exception with the vendor's own text")
        try:
            client.service_handle(ord=service, cateid="61", info1="再次处理", cate="62", intro="not-an-option")
        except AfterSalesError as error:
            print(f"{type(error).__name__} {error.code}: {error.vendor_message}")

        heading("Zhibang: every service, 200 rows per request")
        statuses: dict[str, int] = {}
        for row in client.iter_service_list(pagesize=200):
            statuses[row["status"]] = statuses.get(row["status"], 0) + 1
        print(", ".join(f"{status} {count}" for status, count in sorted(statuses.items())))

        client.logout()


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    url = sys.argv[1].rstrip("/")
    print(f"aftersales (libaftersales {library_version()}) against {url}")
    eshouhou_tour(url)
    zhibang_tour(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
