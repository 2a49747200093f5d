"""Turning keyword arguments into the JSON objects the library takes."""

from __future__ import annotations

import datetime
import decimal
import json
from typing import Any, Mapping, Sequence, Union


def _encode_extra(value: Any) -> str:
    # Dates and Decimals are the non-JSON types the parameter hints promise to accept; the library wants
    # the vendor's text forms, yyyy-MM-dd and yyyy-MM-dd HH:mm:ss, and a Decimal's exact digits.
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be sent to libaftersales; use str, int, a list or a dict")


# One encoder for every call, the json module's C encoder itself where there is one (JSONEncoder.encode
# builds a new one each time). It keeps no record of the containers it is in, which a shared one could not
# do safely across threads: a reference cycle raises RecursionError rather than ValueError.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_encode_extra)
_C_ENCODER = (
    json.encoder.c_make_encoder(
        None, _encode_extra, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )
    if json.encoder.c_make_encoder is not None
    else None
)


def to_json_object(values: Mapping[str, Any]) -> str:
    """A JSON object of `values`, leaving out those that are None (None means "not given")."""
    given = {name: value for name, value in values.items() if value is not None}
    if _C_ENCODER is None:
        return _ENCODER.encode(given)
    return "".join(_C_ENCODER(given, 0))


# The Python types of the catalogue's parameter types, used by the generated method signatures.
Text = Union[str, int]
"""text: a string; an integer is sent as its decimal text (ids are often numbers)."""

IdList = Union[str, int, Sequence[Union[str, int]]]
"""id_list: "11,23", 11, or [11, 23]."""

Date = Union[str, datetime.date]
"""date: "yyyy-MM-dd" (optionally " HH:mm[:ss]"), or a date / datetime."""

DecimalValue = Union[str, int, decimal.Decimal]
"""decimal: a Decimal, an int or text such as "1,280.50"; sent as its exact digits (never a float)."""

Rows = Sequence[Mapping[str, Any]]
"""rows: a list of dicts, one per line, each with the fields the parameter documents."""

Condition = Mapping[str, Any]
"""condition: eshouhou's filter object, e.g. {"state": [5], "startdate": "2024-01-01"}."""
