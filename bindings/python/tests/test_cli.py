"""The `aftersales` command against the sandbox, run as a user runs it: the installed console script and
`python -m aftersales`, configured through the environment or a config file."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Optional

import pytest
from sandbox_support import (
    ESHOUHOU_APP_ID,
    ESHOUHOU_APP_SECRET,
    ESHOUHOU_HQ_NETWORK_ID,
    ESHOUHOU_SERVICE_SPACE_ID,
    ZHIBANG_PASSWORD,
    ZHIBANG_USER,
    SandboxAdmin,
    encodings_of,
    make_zhibang,
)

import aftersales
from aftersales import _native

SERVICE_LIST_PATH = "/sysa/mobilephone/salesmanage/service/list.asp"
PROGRESS = re.compile(r"(\d+) rows, (\d+) pages, \d+ rows/s, [0-9.]+ s")


def environment_with(config: Optional[dict[str, str]]) -> dict[str, str]:
    """This process's environment with AFTERSALES_<KEY> variables for `config` and no other config."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("AFTERSALES_") or name == _native.LIBRARY_ENV_VAR
    }
    environment.update({f"AFTERSALES_{key.upper()}": value for key, value in (config or {}).items()})
    return environment


def run(arguments: list[str], config: Optional[dict[str, str]] = None) -> subprocess.CompletedProcess[str]:
    """`python -m aftersales ARGUMENTS` configured by `config`."""
    return subprocess.run(
        [sys.executable, "-m", "aftersales", *arguments],
        env=environment_with(config),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def zhibang_config(url: str) -> dict[str, str]:
    return {"base_url": url, "username": ZHIBANG_USER, "password": ZHIBANG_PASSWORD}


def eshouhou_config(url: str) -> dict[str, str]:
    return {
        "base_url": url,
        "app_id": ESHOUHOU_APP_ID,
        "app_secret": ESHOUHOU_APP_SECRET,
        "service_space_id": ESHOUHOU_SERVICE_SPACE_ID,
        "service_network_id": ESHOUHOU_HQ_NETWORK_ID,
    }


def service_count(url: str) -> int:
    with make_zhibang(url) as client:
        total = client.service_list(pagesize=1)["page"]["total"]
    assert total is not None and total > 200
    return total


def test_the_installed_script_calls_an_endpoint_and_prints_its_data(sandbox: SandboxAdmin) -> None:
    script = Path(sys.executable).with_name("aftersales.exe" if os.name == "nt" else "aftersales")
    environment = {**os.environ, **{f"AFTERSALES_{k.upper()}": v for k, v in zhibang_config(sandbox.url).items()}}
    result = subprocess.run(
        [str(script), "call", "zhibang", "service_list", '{"pagesize": 2, "stype": 1}'],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["rows"]) == 2 and {row["status"] for row in data["rows"]} <= {"待处理", "处理中"}
    assert result.stderr == ""


def test_call_takes_eshouhou_config_from_the_environment(sandbox: SandboxAdmin) -> None:
    result = run(
        ["call", "eshouhou", "get_customer_project", '{"projectId": "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9"}'],
        eshouhou_config(sandbox.url),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["fields"]["项目名称"] == "花苑净水设备安装"


def test_a_wrong_password_exits_3_with_the_code_and_without_the_password(sandbox: SandboxAdmin) -> None:
    password = 'p@ss w+rd/"<x>&密'
    result = run(["call", "zhibang", "service_list", "-vv"], {**zhibang_config(sandbox.url), "password": password})
    assert result.returncode == 3
    assert result.stdout == ""
    assert re.search(r"aftersales: \[credentials_rejected\] .* \(request [0-9a-f]{16}\)$", result.stderr, re.M)
    for form in encodings_of(password):
        assert form not in result.stderr


def test_a_password_in_the_environment_is_text_even_when_it_looks_like_json(sandbox: SandboxAdmin) -> None:
    # Parsed as JSON, 123456 would be a number, which the library refuses as a password (exit 2).
    result = run(["call", "zhibang", "service_list"], {**zhibang_config(sandbox.url), "password": "123456"})
    assert result.returncode == 3, result.stderr


def test_each_error_family_has_its_exit_code(sandbox: SandboxAdmin) -> None:
    config = {**zhibang_config(sandbox.url), "retries": "0"}
    bad_input = run(["call", "zhibang", "service_list", '{"pagesize": "many"}'], config)
    assert (bad_input.returncode, "[invalid_parameter]" in bad_input.stderr) == (2, True)
    assert run(["call", "zhibang", "no_such_endpoint"], config).returncode == 2

    sandbox.fault(SERVICE_LIST_PATH, "garbage")
    assert run(["call", "zhibang", "service_list"], config).returncode == 6

    vendor = run(
        ["call", "eshouhou", "get_customer", '{"customerId": "00000000-0000-0000-0000-000000000000"}'],
        eshouhou_config(sandbox.url),
    )
    assert (vendor.returncode, "未找到客户" in vendor.stderr) == (5, True)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    # retries=0 arrives as the number 0: the value parses as JSON.
    unreachable = run(
        ["call", "zhibang", "service_list"], {**config, "base_url": f"http://127.0.0.1:{closed_port}", "retries": "0"}
    )
    assert (unreachable.returncode, "[connect_failed]" in unreachable.stderr) == (4, True)


def test_usage_errors_exit_64(sandbox: SandboxAdmin, tmp_path: Path) -> None:
    config = zhibang_config(sandbox.url)
    assert run(["call", "zhibang", "service_list", "{not json"], config).returncode == 64
    assert run(["call", "zhibang", "service_list", "[1]"], config).returncode == 64
    assert run(["call", "nobody", "service_list"], config).returncode == 64
    assert run(["walk", "zhibang", "service_list"], config).returncode == 64, "--jsonl or --csv is required"
    assert run(["frobnicate"]).returncode == 64

    missing = run(["call", "zhibang", "service_list"], {"base_url": sandbox.url})
    assert missing.returncode == 64
    assert "AFTERSALES_USERNAME, AFTERSALES_PASSWORD" in missing.stderr

    typo = tmp_path / "typo.json"
    typo.write_text(json.dumps({"pasword": "x"}), encoding="utf-8")
    unknown = run(["call", "zhibang", "service_list", "--config", str(typo)], config)
    assert (unknown.returncode, "'pasword'" in unknown.stderr) == (64, True)
    assert run(["call", "zhibang", "service_list", "--config", str(tmp_path / "absent.json")], config).returncode == 64
    assert run(["--help"]).returncode == 0


def test_walk_writes_every_row_as_json_lines(sandbox: SandboxAdmin) -> None:
    total = service_count(sandbox.url)
    result = run(["walk", "zhibang", "service_list", "{}", "--jsonl"], zhibang_config(sandbox.url))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len({row["ord"] for row in rows}) == total
    last = PROGRESS.fullmatch(result.stderr.splitlines()[-1])
    assert last is not None and (int(last.group(1)), int(last.group(2))) == (total, -(-total // 200))


@pytest.mark.skipif(os.name == "nt", reason="needs a pseudo-terminal")
def test_walk_rewrites_its_progress_line_in_place_on_a_terminal(sandbox: SandboxAdmin) -> None:
    import pty

    total = service_count(sandbox.url)
    terminal, stderr = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "aftersales", "walk", "zhibang", "service_list", '{"pagesize": 100}', "--jsonl"],
        env=environment_with(zhibang_config(sandbox.url)),
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    os.close(stderr)
    shown = b""
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the terminal's other end closed (EIO on Linux)
            break
        if not chunk:
            break
        shown += chunk
    os.close(terminal)
    assert process.wait(timeout=300) == 0
    text = shown.decode("utf-8")
    assert text.startswith("\r\x1b[K") and text.count("\n") == 1, "one line, rewritten, ended once"
    assert re.search(rf"\r\x1b\[K{total} rows, {-(-total // 100)} pages, \d+ rows/s, [0-9.]+ s\r?\n$", text)


def test_walk_writes_a_csv_header_and_every_row(sandbox: SandboxAdmin) -> None:
    total = service_count(sandbox.url)
    result = run(["walk", "zhibang", "service_list", '{"pagesize": 500}', "--csv"], zhibang_config(sandbox.url))
    assert result.returncode == 0, result.stderr
    lines = list(csv.reader(io.StringIO(result.stdout, newline="")))
    with make_zhibang(sandbox.url) as client:
        columns = [column["id"] for column in client.service_list(pagesize=1)["columns"]]
    assert lines[0] == columns
    assert len(lines) == total + 1
    assert len({line[columns.index("ord")] for line in lines[1:]}) == total


def test_walk_of_eshouhou_records_takes_the_header_from_the_first_page(sandbox: SandboxAdmin) -> None:
    with aftersales.EshouhouClient(**eshouhou_config(sandbox.url)) as client:
        expected = list(client.iter_search_product_list(pageSize=40))
    result = run(["walk", "eshouhou", "search_product_list", '{"pageSize": 40}', "--csv"], eshouhou_config(sandbox.url))
    assert result.returncode == 0, result.stderr
    lines = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert lines[0] == list(expected[0]) and len(lines) == len(expected) + 1


def test_config_from_a_file_with_the_environment_winning(sandbox: SandboxAdmin, tmp_path: Path) -> None:
    config_file = tmp_path / "zhibang.json"
    config_file.write_text(
        json.dumps({**zhibang_config(sandbox.url), "password": "not-this-one", "name": "cli-test", "retries": 0}),
        encoding="utf-8",
    )
    refused = run(["--config", str(config_file), "call", "zhibang", "service_list", '{"pagesize": 1}'])
    assert refused.returncode == 3
    accepted = run(
        ["call", "zhibang", "service_list", '{"pagesize": 1}', "--config", str(config_file), "-v"],
        {"password": ZHIBANG_PASSWORD},
    )
    assert accepted.returncode == 0, accepted.stderr
    assert len(json.loads(accepted.stdout)["rows"]) == 1
    assert re.search(
        r"INFO call zhibang service_list ok in [0-9.]+ ms, 2 requests \(request [0-9a-f]{16}\)", accepted.stderr
    )
    assert "DEBUG" not in accepted.stderr


def test_very_verbose_prints_every_request(sandbox: SandboxAdmin) -> None:
    result = run(["-vv", "call", "zhibang", "service_list", '{"pagesize": 1}'], zhibang_config(sandbox.url))
    assert result.returncode == 0, result.stderr
    assert f"DEBUG response zhibang service_list POST {sandbox.url}{SERVICE_LIST_PATH} -> 200" in result.stderr


def test_endpoints_lists_the_catalogue_for_people_and_as_json() -> None:
    readable = run(["endpoints", "zhibang"])
    assert readable.returncode == 0, readable.stderr
    assert "zhibang service_list: " in readable.stdout
    assert re.search(r"^  pagesize +integer; optional; 1 to 2147483647: ", readable.stdout, re.M)
    assert "eshouhou" not in readable.stdout

    raw = run(["endpoints", "--json"])
    assert raw.returncode == 0, raw.stderr
    assert json.loads(raw.stdout) == aftersales.endpoints()
