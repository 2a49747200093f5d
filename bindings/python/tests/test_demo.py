"""The demo script and the README quickstart run against the sandbox as a user would run them."""

from __future__ import annotations

import re
import subprocess
import sys

from sandbox_support import REPOSITORY, SandboxAdmin

BINDING_DIR = REPOSITORY / "bindings" / "python"
QUICKSTART_URL = "http://127.0.0.1:8080"


def run_python(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *arguments], capture_output=True, text=True, timeout=300)


def test_the_demo_tours_both_providers(sandbox: SandboxAdmin) -> None:
    result = run_python([str(BINDING_DIR / "examples" / "demo.py"), sandbox.url])
    assert result.returncode == 0, result.stderr
    assert "项目编号: CP00000097" in result.stdout
    assert "保存成功！ (succeeded)" in result.stdout
    assert "VendorError vendor_rejected: 处理结果无效，不能保存！" in result.stdout


def readme_code(section_title: str) -> str:
    readme = (BINDING_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## {section_title}\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, f"the README's {section_title} has no python block"
    return "\n".join(blocks)


def test_the_readme_quickstart_runs(sandbox: SandboxAdmin) -> None:
    code = readme_code("Quickstart")
    assert QUICKSTART_URL in code
    result = run_python(["-c", code.replace(QUICKSTART_URL, sandbox.url)])
    assert result.returncode == 0, result.stderr
    assert "胡效鑫1 花苑净水设备安装" in result.stdout
    assert "VendorError vendor_error 未找到客户" in result.stdout
    assert "北京" in result.stdout.splitlines()[-1]


def test_the_readme_logging_meta_stats_and_repr_example_runs(sandbox: SandboxAdmin) -> None:
    code = readme_code("Seeing what it does")
    assert QUICKSTART_URL in code
    result = run_python(["-c", code.replace(QUICKSTART_URL, sandbox.url)])
    assert result.returncode == 0, result.stderr
    request_id, requests, rows = result.stdout.splitlines()[0].split()
    assert re.fullmatch(r"[0-9a-f]{16}", request_id) and (requests, rows) == ("2", "5")
    assert result.stdout.splitlines()[1] == f"<ZhibangClient zhibang {sandbox.url} user=apiuser name='erp-sync' open>"
    assert result.stdout.splitlines()[2] == "1 1"
    assert re.search(
        rf"^INFO aftersales.zhibang call zhibang service_list ok in [0-9.]+ ms, 2 requests \(request {request_id}\)$",
        result.stderr,
        re.M,
    )
