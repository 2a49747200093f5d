"""One worker process of test_stores.py: a client sharing a credential store with the other workers.

Its settings arrive as one JSON line on stdin (the config holds a password, which must not appear on a
command line): ``provider``, ``sandbox_url``, ``calls``, ``credential_store`` and, for a Redis store,
``redis`` (``url``, ``prefix``, ``lock_ttl``), registered as ``callbacks:redis``. It creates the client,
prints ``READY``, waits for a line on stdin so that every worker starts calling at once, makes its calls
and prints ``RESULT`` with the number of failed calls and their error codes.
"""

from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from typing import Any, Callable

from sandbox_support import make_eshouhou, make_zhibang

import aftersales


def main() -> None:
    settings: dict[str, Any] = json.loads(sys.stdin.readline())
    redis_settings = settings.get("redis")
    if redis_settings is not None:
        store = aftersales.RedisCredentialStore.from_url(
            redis_settings["url"], prefix=redis_settings["prefix"], lock_ttl=redis_settings["lock_ttl"]
        )
        aftersales.register_credential_store("redis", store)
    call: Callable[[], Any]
    if settings["provider"] == "zhibang":
        zhibang = make_zhibang(settings["sandbox_url"], credential_store=settings["credential_store"])
        call = functools.partial(zhibang.service_list, pagesize=5)
    else:
        eshouhou = make_eshouhou(settings["sandbox_url"], credential_store=settings["credential_store"])
        call = eshouhou.get_service_space
    print("READY", flush=True)
    sys.stdin.readline()
    failures: Counter[str] = Counter()
    for _ in range(settings["calls"]):
        try:
            call()
        except aftersales.AfterSalesError as error:
            failures[error.code] += 1
    print("RESULT " + json.dumps({"failed": sum(failures.values()), "codes": dict(failures)}), flush=True)


if __name__ == "__main__":
    main()
