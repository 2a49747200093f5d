"""Reading the library's JSON envelopes: the data of a success, the exception of a failure."""

from __future__ import annotations

import json
from typing import Any, Optional, cast

from ._cells import typed
from .errors import AfterSalesError, InternalError, error_from_envelope
from .results import Meta, Result


# The C scanner of the json module, called directly: json.loads adds two regular-expression matches and
# three Python frames to every envelope, which the library writes without surrounding whitespace.
_SCAN = json.JSONDecoder().scan_once


def _parse(envelope_json: str) -> dict[str, Any]:
    try:
        envelope, end = _SCAN(envelope_json, 0)
        if end != len(envelope_json):
            envelope = json.loads(envelope_json)
    except (StopIteration, ValueError):
        try:
            envelope = json.loads(envelope_json)
        except ValueError as error:
            raise InternalError(
                {
                    "code": "internal_error",
                    "family": "internal",
                    "message": f"libaftersales returned text that is not a JSON envelope: {error}",
                    "retryable": False,
                }
            ) from None
    parsed: dict[str, Any] = envelope
    return parsed


def parts(envelope_json: str) -> tuple[Any, dict[str, Any], Optional[dict[str, Any]]]:
    """(data, meta, error) of an envelope; `error` is None for a success. A cursor's failure has a
    `meta` too (`done`: whether the walk is over)."""
    envelope = _parse(envelope_json)
    meta: dict[str, Any] = envelope.get("meta") or {}
    if envelope.get("ok") is True:
        return envelope.get("data"), meta, None
    return None, meta, envelope.get("error") or {}


def unwrap(envelope_json: str) -> tuple[Any, dict[str, Any]]:
    """(data, meta) of a success envelope; raises the mapped AfterSalesError for a failure."""
    data, meta, error = parts(envelope_json)
    if error is not None:
        raise error_from_envelope(error)
    return data, meta


def result(envelope_json: str) -> Any:
    """The data of a success envelope as a Result carrying its meta; raises the mapped AfterSalesError for a
    failure."""
    envelope = _parse(envelope_json)
    if envelope.get("ok") is not True:
        raise error_from_envelope(envelope.get("error") or {})
    return with_meta(envelope.get("data"), envelope.get("meta") or {})


def with_meta(data: Any, meta: dict[str, Any]) -> Any:
    """`data` as a Result carrying `meta`, its decimal cells as Decimal; data that is not a JSON object is
    returned as it came."""
    return Result(typed(data), cast(Meta, meta)) if isinstance(data, dict) else data


def failure(envelope_json: str) -> AfterSalesError:
    """The exception of an envelope that is known to report a failure (e.g. `error_json` of client_new)."""
    return error_from_envelope(_parse(envelope_json).get("error") or {})
