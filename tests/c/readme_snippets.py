#!/usr/bin/env python3
"""Compiles and runs every ```c block of README.md against the sandbox, so the README's C cannot rot.

A block with `main` is compiled as it stands; a fragment is put inside a `main` that creates the client it
uses. The README's placeholder server and account are replaced by the sandbox's before compiling. A
cursor walk must reach its end, and with a wrong password must stop after its one failed page.

Usage: tests/c/readme_snippets.py --sandbox-url URL --libdir DIR
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
README = REPOSITORY / "README.md"

# As the README writes them inside C string literals.
PLACEHOLDER_URL = "http://erp.example.com:8080"
PLACEHOLDER_USER = '\\"username\\": \\"api\\"'
PLACEHOLDER_PASSWORD = '\\"password\\": \\"...\\"'

# The sandbox's fixed demo account (sandbox/README.md); it opens nothing but the sandbox.
SANDBOX_USER = "apiuser"
SANDBOX_PASSWORD = "sandbox-pass"
WRONG_PASSWORD = "not-the-password"

# The clients a fragment may use without declaring them, by variable name: set-up and clean-up, made as
# the README's program makes them.
FRAGMENT_CLIENTS = {
    "zb": (
        "    char *error = NULL;\n"
        "    aftersales_zhibang_client *zb = aftersales_zhibang_client_new(\n"
        f'        "{{\\"base_url\\": \\"{PLACEHOLDER_URL}\\", {PLACEHOLDER_USER}, {PLACEHOLDER_PASSWORD}}}", &error);\n'
        "    if (zb == NULL) {\n"
        '        fprintf(stderr, "%s\\n", error);\n'
        "        aftersales_string_free(error);\n"
        "        return 1;\n"
        "    }\n",
        "    aftersales_zhibang_client_free(zb);\n",
    ),
}

RUN_TIMEOUT_S = 30
# A rejected password is never retried: one login and one error envelope take far less than this.
REJECTION_TIMEOUT_S = 5


class SnippetFailure(Exception):
    pass


class Snippet:
    def __init__(self, line: int, code: str) -> None:
        self.line = line
        self.code = code
        self.is_program = re.search(r"\bint\s+main\s*\(", code) is not None

    def __str__(self) -> str:
        return f"README.md:{self.line} (C {'program' if self.is_program else 'fragment'})"

    def source(self) -> str:
        """The C file to compile; `#line` makes the compiler's messages point at README lines."""
        if self.is_program:
            return f'#line {self.line} "README.md"\n{self.code}'
        clients = [name for name in FRAGMENT_CLIENTS if re.search(rf"\b{name}\b", self.code)]
        return (
            '#include <stdio.h>\n#include <string.h>\n\n#include "aftersales.h"\n\nint main(void) {\n'
            + "".join(FRAGMENT_CLIENTS[name][0] for name in clients)
            + f'#line {self.line} "README.md"\n{self.code}'
            + '#line 1 "readme_snippets.py wrapper"\n'
            + "".join(FRAGMENT_CLIENTS[name][1] for name in clients)
            + "    return 0;\n}\n"
        )


def snippets() -> list[Snippet]:
    found: list[Snippet] = []
    code: list[str] | None = None
    start = 0
    for number, text in enumerate(README.read_text(encoding="utf-8").splitlines(keepends=True), 1):
        if code is None:
            if re.fullmatch(r"```c\s*", text):
                code, start = [], number + 1
        elif re.fullmatch(r"```\s*", text):
            found.append(Snippet(start, "".join(code)))
            code = None
        else:
            code.append(text)
    return found


def for_sandbox(snippet: Snippet, source: str, url: str, password: str) -> str:
    """The source pointed at the sandbox; all of the placeholders must still be there to be replaced."""
    if PLACEHOLDER_URL not in source:
        return source
    for placeholder in (PLACEHOLDER_USER, PLACEHOLDER_PASSWORD):
        if placeholder not in source:
            raise SnippetFailure(
                f"{snippet}: its client config no longer holds the placeholder {placeholder}; "
                "teach tests/c/readme_snippets.py the README's new form"
            )
    return (
        source.replace(PLACEHOLDER_URL, url)
        .replace(PLACEHOLDER_USER, f'\\"username\\": \\"{SANDBOX_USER}\\"')
        .replace(PLACEHOLDER_PASSWORD, f'\\"password\\": \\"{password}\\"')
    )


def compile_snippet(snippet: Snippet, source: str, executable: Path, libdir: Path) -> None:
    source_file = executable.with_suffix(".c")
    source_file.write_text(source, encoding="utf-8")
    command = [os.environ.get("CC", "cc"), "-std=c99", "-Wall", "-Wextra", "-Werror", "-Iinclude",
               str(source_file), "-o", str(executable), f"-L{libdir}", "-laftersales", f"-Wl,-rpath,{libdir}"]
    compiled = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True)
    if compiled.returncode != 0:
        raise SnippetFailure(f"{snippet} does not compile:\n{compiled.stderr.strip()}")


def run(what: str, executable: Path, timeout: float = RUN_TIMEOUT_S) -> tuple[str, float]:
    """Stdout and stderr of a successful run, and how long it took."""
    started = time.monotonic()
    try:
        ran = subprocess.run([str(executable)], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise SnippetFailure(f"{what} was still running after {timeout} s") from None
    output = ran.stdout + ran.stderr
    if ran.returncode != 0:
        raise SnippetFailure(f"{what} exited with {ran.returncode}:\n{excerpt(output)}")
    return output, time.monotonic() - started


def excerpt(output: str) -> str:
    return output.strip()[:2000]


def request_counts(url: str) -> tuple[int, int]:
    """Logins and all other vendor requests the sandbox has served so far."""
    with urllib.request.urlopen(f"{url}/__sandbox/stats", timeout=10) as answer:
        requests: dict[str, int] = json.load(answer)["requests"]
    logins = sum(count for path, count in requests.items() if path.endswith(("/login", "/login.asp")))
    return logins, sum(requests.values()) - logins


def check_cursor_rejection(snippet: Snippet, url: str, executable: Path) -> None:
    """With a wrong password, the walk stops after its one failed page and shows why."""
    before = request_counts(url)
    output, elapsed = run(f"{snippet} with a wrong password", executable, REJECTION_TIMEOUT_S)
    after = request_counts(url)
    failures = output.count('"ok":false')
    if failures != 1 or '"code":"credentials_rejected"' not in output:
        raise SnippetFailure(
            f"{snippet} with a wrong password printed {failures} error envelopes, not one credentials_rejected:\n"
            f"{excerpt(output)}"
        )
    logins, others = after[0] - before[0], after[1] - before[1]
    if (logins, others) != (1, 0):
        raise SnippetFailure(
            f"{snippet} with a wrong password made {logins} logins and {others} other requests in {elapsed:.1f} s; "
            "expected one login"
        )


def test(snippet: Snippet, index: int, url: str, libdir: Path, build_dir: Path) -> str:
    """Compiles and runs one snippet; answers what it did."""
    source = snippet.source()
    executable = build_dir / f"readme_snippet_{index}"
    compile_snippet(snippet, for_sandbox(snippet, source, url, SANDBOX_PASSWORD), executable, libdir)
    walks = "_cursor_next(" in snippet.code
    if walks:
        # The rejected walk goes first so that the good walk's login clears the sandbox's count of failed
        # logins, three of which would make it ask for a captcha.
        rejected = build_dir / f"readme_snippet_{index}_wrong_password"
        compile_snippet(snippet, for_sandbox(snippet, source, url, WRONG_PASSWORD), rejected, libdir)
        check_cursor_rejection(snippet, url, rejected)
    before = request_counts(url)
    output, elapsed = run(str(snippet), executable)
    requests = request_counts(url)[1] - before[1]
    if '"ok":false' in output:
        raise SnippetFailure(f"{snippet} printed an error envelope:\n{excerpt(output)}")
    if snippet.is_program and not any(line.startswith('{"ok":true') for line in output.splitlines()):
        raise SnippetFailure(f"{snippet} printed no success envelope:\n{excerpt(output)}")
    if walks and requests < 2:
        raise SnippetFailure(f"{snippet} fetched {requests} page(s) of a table that has many")
    if walks:
        return f"walked {requests} pages in {elapsed:.1f} s; with a wrong password, stopped after one failed page"
    return f"ran in {elapsed:.1f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox-url", required=True, help="a running sandbox, e.g. http://127.0.0.1:41234")
    parser.add_argument("--libdir", required=True, type=Path, help="the directory holding libaftersales.so")
    parser.add_argument("--build-dir", type=Path, default=REPOSITORY / "target" / "c-tests")
    arguments = parser.parse_args()
    libdir, build_dir = arguments.libdir.resolve(), arguments.build_dir.resolve()
    build_dir.mkdir(parents=True, exist_ok=True)
    found = snippets()
    if not found:
        print("FAIL README.md has no ```c block", file=sys.stderr)
        return 1
    failed = 0
    for index, snippet in enumerate(found):
        try:
            done = test(snippet, index, arguments.sandbox_url, libdir, build_dir)
            print(f"ok   {snippet}: {done}", flush=True)
        except SnippetFailure as failure:
            failed += 1
            print(f"FAIL {failure}", file=sys.stderr, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
