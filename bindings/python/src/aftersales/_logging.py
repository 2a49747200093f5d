"""The library's log events on `logging`: the logger "aftersales" and one child per provider
("aftersales.zhibang", "aftersales.eshouhou"), at the matching level, with the event's fields in `extra`.

The host configures nothing but `logging`. The native library builds an event only when its level is
enabled, so before each call `sync()` compares the levels the provider loggers have enabled with the
level last handed to the library, and calls `aftersales_set_log_callback` only when it changed: with
logging off for the package, the C callback is unregistered and a call costs a few cached look-ups.
"""

from __future__ import annotations

import atexit
import json
import logging
import threading
from typing import Any, Optional

from ._loaded import LIBRARY
from ._native import LOG_CALLBACK, PROVIDERS

LOGGER = logging.getLogger("aftersales")
# A library's own handler, so that without any logging configured the warnings of failed calls do not
# reach logging's last-resort handler on stderr (the host's handlers on the root logger still get them).
LOGGER.addHandler(logging.NullHandler())

_PROVIDER_LOGGERS = {provider: LOGGER.getChild(provider) for provider in PROVIDERS}

# The C ABI's levels (1 error ... 4 debug) and logging's.
_LEVELS = {1: logging.ERROR, 2: logging.WARNING, 3: logging.INFO, 4: logging.DEBUG}

# An event field that would overwrite a LogRecord attribute (logging refuses those in `extra`) travels as
# aftersales_<field>; the others keep their names, e.g. record.request_id.
_RECORD_ATTRIBUTES = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


_MOST_DETAILED_FIRST = sorted(_LEVELS.items(), reverse=True)


def _wanted() -> int:
    """The C ABI's minimum level that the provider loggers want now (0: nothing)."""
    # isEnabledFor is a cached look-up, and it honours logging.disable() and disabled loggers too.
    for native, level in _MOST_DETAILED_FIRST:
        for logger in _PROVIDER_LOGGERS.values():
            if logger.isEnabledFor(level):
                return native
    return 0


def _event_message(event: dict[str, Any]) -> str:
    """One readable line, e.g. `call zhibang service_list ok in 41.0 ms, 2 requests (request 5f1c0a93d2e47b16)`."""
    words = [str(event[field]) for field in ("event", "provider", "endpoint", "method", "url") if field in event]
    # A failed call's message names its status already.
    if "status" in event and event.get("event") != "call":
        words.append(f"-> {event['status']}")
    if "attempt" in event:
        words.append(f"attempt {event['attempt']}")
    if event.get("event") == "call":
        words.append(f"failed ({event['code']})" if "code" in event else "ok")
    elif "code" in event:
        words.append(f"({event['code']})")
    figures = []
    if "elapsed_ms" in event:
        figures.append(f"in {float(event['elapsed_ms']):.1f} ms")
    if "bytes" in event:
        figures.append(f"{event['bytes']} bytes")
    if "wait_ms" in event:
        figures.append(f"waiting {float(event['wait_ms']):.1f} ms")
    if "requests" in event:
        figures.append(f"{event['requests']} request{'' if event['requests'] == 1 else 's'}")
    line = " ".join(words + [", ".join(figures)] if figures else words)
    message = str(event.get("message") or "")
    if message:
        line = f"{line}: {message}"
    # The library ends its error messages with the request id already.
    request_id = event.get("request_id")
    if request_id and str(request_id) not in message:
        line = f"{line} (request {request_id})"
    return line


def _deliver(_user_data: Optional[int], level: int, event_json: Optional[bytes]) -> None:
    # ctypes can only print an exception raised here, on stderr, and the call that emitted the event must go
    # on whatever a handler does; logging reports its handlers' own errors through Handler.handleError.
    try:
        event: dict[str, Any] = json.loads(event_json or b"{}")
        logger = _PROVIDER_LOGGERS.get(str(event.get("provider")), LOGGER)
        extra: dict[str, Any] = {
            (f"aftersales_{name}" if name in _RECORD_ATTRIBUTES else name): value for name, value in event.items()
        }
        extra["aftersales_event"] = event
        logger.log(_LEVELS.get(level, logging.DEBUG), _event_message(event), extra=extra)
    except BaseException:
        pass


# Referenced for the life of the process: the library holds its address once registered.
_CALLBACK = LOG_CALLBACK(_deliver)
_NO_CALLBACK = LOG_CALLBACK()

_applied = 0
_applying = threading.Lock()


def _apply(level: int) -> None:
    LIBRARY.set_log_callback(_CALLBACK if level else _NO_CALLBACK, None, level)


def sync() -> None:
    """Hands the library the level the loggers now want, when it changed since the last call."""
    global _applied
    if _wanted() == _applied:
        return
    with _applying:
        # Another thread may have applied it meanwhile, or the level changed again: apply what holds now.
        wanted = _wanted()
        if wanted != _applied:
            _apply(wanted)
            _applied = wanted


# At exit the interpreter stops running Python code, so a daemon thread still calling the library must
# not reach the callback any more.
atexit.register(_apply, 0)
