"""Decimal cells as ``decimal.Decimal``.

The library converts Zhibang table cells and bill values by their declared type: integers arrive as JSON
numbers, dates and times as ISO 8601 text, decimals as exact decimal text ("12800.00"), which this turns
into ``Decimal`` so that money never passes through a binary float. A cell that did not read as its type
stays ``{"raw": "<the vendor's text>"}``.
"""

from __future__ import annotations

import decimal
from typing import Any


def _as_decimal(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return decimal.Decimal(value)
        except decimal.InvalidOperation:
            return value
    return value


def _decimal_columns(columns: Any) -> list[str]:
    if not isinstance(columns, list):
        return []
    return [column["id"] for column in columns if isinstance(column, dict) and column.get("type") == "decimal"]


def typed(data: Any) -> Any:
    """`data` with the decimal cells of its table (``columns``/``rows``) and bill (``fields``/``values``),
    embedded tables included, as ``Decimal``; everything else as it came."""
    if not isinstance(data, dict):
        return data
    decimals = _decimal_columns(data.get("columns"))
    if decimals and isinstance(data.get("rows"), list):
        for row in data["rows"]:
            if isinstance(row, dict):
                for column in decimals:
                    if column in row:
                        row[column] = _as_decimal(row[column])
    fields = data.get("fields")
    values = data.get("values")
    if isinstance(fields, list) and isinstance(values, dict):
        for field in fields:
            if not isinstance(field, dict):
                continue
            if field.get("type") == "decimal" and field.get("id") in values:
                values[field["id"]] = _as_decimal(values[field["id"]])
            typed(field.get("table"))
    return data
