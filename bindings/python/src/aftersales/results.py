"""The shapes of `data` the endpoints return, for type checkers and IDEs, and `Result`, the dict they are
at run time: the call's `data` with its `meta` beside it.

One type per `result` kind of the catalogue; the generated methods name them as their return types.
"""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Mapping, Optional, TypedDict


class Meta(TypedDict, total=False):
    """What a call took: `provider`, `endpoint`, `requests` (HTTP requests, retries and re-logins included),
    `reauthenticated`, `elapsed_ms`, `request_id` (the id its log events and errors carry), and `done` on
    the pages of a walk."""

    provider: str
    endpoint: str
    requests: int
    reauthenticated: bool
    elapsed_ms: float
    request_id: str
    done: bool


class Result(Dict[str, Any]):
    """The `data` of a successful call: a dict, used as before, with the call's `meta` as an attribute."""

    meta: Meta

    def __init__(self, data: Mapping[str, Any], meta: Meta) -> None:
        # dict.__init__ named directly: super() costs an object per result.
        dict.__init__(self, data)
        self.meta = meta


def meta_of(result: Mapping[str, Any]) -> Meta:
    """`result.meta`, for code checked by a type checker, which sees a result as its TypedDict shape."""
    if not isinstance(result, Result):
        raise TypeError(f"{type(result).__name__} is not the result of an aftersales call")
    return result.meta


Row = Dict[str, Any]
"""One list row: an eshouhou record with its vendor field names, or a Zhibang row keyed by column id."""

Record = Dict[str, Any]
"""One eshouhou ResultValue object, with a `<Field>Name` label beside each documented enum code."""


class Page(TypedDict):
    index: int
    size: int
    # Pages and rows in all; None where the vendor does not say (eshouhou sends no totals).
    count: Optional[int]
    total: Optional[int]
    has_more: bool


class TokenInfo(TypedDict):
    expires_in: int
    expires_at_ms: int


class Records(TypedDict):
    rows: List[Row]
    page: Optional[Page]


class DisplayRow(TypedDict):
    ShowType: int
    ShowTypeName: str
    Key: str
    Value: Any


class DisplayRows(TypedDict):
    rows: List[DisplayRow]
    # The first value of each label, e.g. fields["客户名称"].
    fields: Dict[str, Any]


class CategoryAndProducts(TypedDict):
    ID: Any
    Name: str
    Product: List[Record]
    Category: List[Record]


class Session(TypedDict):
    logged_in: bool
    server_version: str
    serial_number: str
    reused: bool


class LoggedOut(TypedDict):
    logged_out: bool
    text: str


class Column(TypedDict):
    id: str
    dbtype: str
    # What the cells were converted to: "integer" (int), "decimal" (Decimal), "datetime" (ISO 8601 text)
    # or "text"; a cell that did not read as its type is {"raw": "<the vendor's text>"}.
    type: str


class Table(TypedDict):
    columns: List[Column]
    rows: List[Row]
    page: Page


class Option(TypedDict):
    label: str
    value: str


class _BillFieldRequired(TypedDict):
    id: str
    caption: str
    group: str
    text: str
    value: str
    kind: str
    dbtype: Any
    type: str
    required: bool
    read_only: bool
    max_length: Optional[int]
    options: List[Option]


class BillField(_BillFieldRequired, total=False):
    table: Table


class Bill(TypedDict):
    id: str
    kind: str
    caption: str
    # Each value converted like a table cell, by its field's type.
    values: Dict[str, Any]
    fields: List[BillField]


class _MessageRequired(TypedDict):
    title: str
    text: str
    outcome: Literal["succeeded", "unconfirmed"]


class Message(_MessageRequired, total=False):
    # True when the answer did not decide the outcome and the record read back (verify_writes) shows the write.
    verified: bool


class TreeNode(TypedDict):
    id: str
    text: str
    value: str
    children: List[TreeNode]


class _SourceKind(TypedDict):
    kind: Literal["table", "trees", "options", "text"]


class Source(_SourceKind, total=False):
    columns: List[Column]
    rows: List[Row]
    page: Page
    nodes: List[TreeNode]
    options: List[Option]
    text: str


Data = Dict[str, Any]
"""A Zhibang web API detail's `Data` object, as the server sends it; a `Data` list (the pages that answer
several records, e.g. contract_approval_stages) as {"rows": [...]}."""


class _ListAllRequired(TypedDict):
    rows: List[Row]
    pages: int
    # False when max_pages stopped the walk before the last page.
    complete: bool


class ListAll(_ListAllRequired, total=False):
    # Zhibang tables only.
    columns: List[Column]
