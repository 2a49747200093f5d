"""The `aftersales` command (also `python -m aftersales`): the endpoint catalogue, one call, or every row
of a list endpoint as JSON lines or CSV, streamed one page at a time.

    export AFTERSALES_BASE_URL=http://erp.example.com:8080 AFTERSALES_USERNAME=api
    read -rs AFTERSALES_PASSWORD && export AFTERSALES_PASSWORD
    aftersales walk zhibang service_list '{"stype": 1}' --csv > services.csv

The config comes from `--config FILE` (a JSON object of config keys) and from `AFTERSALES_<KEY>`
environment variables, which win. Exit codes: 0 ok, 2 input, 3 auth, 4 transport, 5 vendor, 6 decode,
7 internal (the error's family), 1 any other failure, 64 usage, 130 interrupted.
"""

from __future__ import annotations

import argparse
import csv
import inspect
import io
import json
import logging
import os
import sys
import time
import typing
from pathlib import Path
from typing import IO, Any, Callable, Literal, NoReturn, Optional, Sequence, Union

from ._client import ClientBase
from ._logging import LOGGER
from ._version import __version__
from .clients import EshouhouClient, ZhibangClient
from .errors import AfterSalesError
from .library import endpoints, library_version

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 64
EXIT_INTERRUPTED = 130
EXIT_OF_FAMILY = {"input": 2, "auth": 3, "transport": 4, "vendor": 5, "decode": 6, "internal": 7}

CLIENTS: dict[str, type[ClientBase]] = {"eshouhou": EshouhouClient, "zhibang": ZhibangClient}

ENVIRONMENT_PREFIX = "AFTERSALES_"


class UsageError(Exception):
    """A command line or config the command cannot run with; its message names no config value."""


class _Parser(argparse.ArgumentParser):
    # argparse exits with 2 on a usage error, which is the exit code of the input family here.
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    # The common options are accepted before and after the command; SUPPRESS keeps a subcommand's
    # absent option from overwriting the one given before it.
    common = _Parser(add_help=False)
    common.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS,
        help="print the library's log events on stderr: -v calls, logins and warnings, -vv every HTTP request too",
    )
    common.add_argument(
        "--config",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="a JSON object of config keys; AFTERSALES_<KEY> environment variables override it",
    )
    parser = _Parser(
        prog="aftersales",
        parents=[common],
        description="Call the eshouhou open platform and Zhibang ERP after-sales APIs through libaftersales.",
        epilog="Config: --config FILE and/or AFTERSALES_BASE_URL, AFTERSALES_USERNAME, AFTERSALES_PASSWORD "
        "(Zhibang), AFTERSALES_APP_ID, AFTERSALES_APP_SECRET (eshouhou), or any other config key upper-cased. "
        "Exit codes: 0 ok, 2 input, 3 auth, 4 transport, 5 vendor, 6 decode, 7 internal error, 1 other, "
        "64 usage, 130 interrupted.",
    )
    parser.add_argument(
        "--version", action="version", version=f"aftersales {__version__} (libaftersales {library_version()})"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    listing = commands.add_parser("endpoints", parents=[common], help="list the endpoints and their parameters")
    listing.add_argument("provider", nargs="?", choices=sorted(CLIENTS), help="only this provider's endpoints")
    listing.add_argument("--json", action="store_true", help="the raw catalogue, as JSON")

    call = commands.add_parser("call", parents=[common], help="call one endpoint and print its data as JSON")
    call.add_argument("provider", choices=sorted(CLIENTS))
    call.add_argument("endpoint", help="a catalogue name, e.g. service_list")
    call.add_argument("params", nargs="?", default="{}", help="a JSON object of the vendor's parameter names")

    walk = commands.add_parser(
        "walk", parents=[common], help="every row of every page of a list endpoint, streamed to stdout"
    )
    walk.add_argument("provider", choices=sorted(CLIENTS))
    walk.add_argument("endpoint", help="a list endpoint, e.g. service_list")
    walk.add_argument("params", nargs="?", default="{}", help="a JSON object of filters (and the page size)")
    output = walk.add_mutually_exclusive_group(required=True)
    output.add_argument("--jsonl", action="store_true", help="one JSON object per row")
    output.add_argument("--csv", action="store_true", help="a header, then one line per row")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    arguments = _parser().parse_args(argv)
    verbose = getattr(arguments, "verbose", 0)
    _show_events(verbose)
    _utf8(sys.stdout)
    try:
        if arguments.command == "endpoints":
            return _endpoints(arguments.provider, arguments.json)
        config = _config(arguments.provider, getattr(arguments, "config", None))
        params = _json_object(arguments.params, "the parameters")
        if arguments.command == "call":
            return _call(_client(arguments.provider, config), arguments.endpoint, params)
        # The progress line is rewritten in place only where no log lines go to the same terminal.
        progress = _Progress(sys.stderr, in_place=sys.stderr.isatty() and not verbose)
        rows = _CsvRows(sys.stdout) if arguments.csv else _JsonLines(sys.stdout)
        return _walk(_client(arguments.provider, config), arguments.endpoint, params, rows, progress)
    except UsageError as error:
        print(f"aftersales: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except AfterSalesError as error:
        print(f"aftersales: {error}", file=sys.stderr)
        return EXIT_OF_FAMILY.get(error.family, EXIT_FAILURE)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more can be written, which is no error of the command.
        # Flushing stdout at exit would raise again, so stdout is pointed at nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _show_events(verbose: int) -> None:
    if not verbose:
        # Nothing is printed without -v, so the library builds no event at all.
        LOGGER.setLevel(logging.CRITICAL)
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)


def _utf8(stream: IO[str]) -> None:
    # JSON and CSV go out as UTF-8 whatever the locale (the data is mostly Chinese), with line ends as
    # written (the csv module writes its own).
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", newline="")


def _json_object(text: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as error:
        raise UsageError(f"{what} are not JSON: {error}") from None
    if not isinstance(value, dict):
        raise UsageError(f"{what} are not a JSON object")
    return value


def _takes_text(hint: Any) -> bool:
    """Whether a constructor keyword accepts text (str, a Literal of strings, or an Optional of those)."""
    if hint is str:
        return True
    if typing.get_origin(hint) is Literal:
        return any(isinstance(choice, str) for choice in typing.get_args(hint))
    return any(_takes_text(argument) for argument in typing.get_args(hint))


def _from_environment(text: str, takes_text: bool) -> Any:
    # A key that takes text is taken as written, so a password such as 123456 or "x" stays what it is.
    if takes_text:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _config(provider: str, config_file: Optional[str]) -> dict[str, Any]:
    """The provider's config: the file's keys, then AFTERSALES_<KEY> for each key the provider takes."""
    constructor = CLIENTS[provider].__init__
    hints = typing.get_type_hints(constructor)
    parameters = {name: p for name, p in inspect.signature(constructor).parameters.items() if name != "self"}
    config: dict[str, Any] = {}
    if config_file is not None:
        try:
            text = Path(config_file).read_text(encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot read the config file {config_file}: {error.strerror}") from None
        config.update(_json_object(text, f"the contents of {config_file}"))
    for name in parameters:
        value = os.environ.get(ENVIRONMENT_PREFIX + name.upper())
        if value is not None:
            config[name] = _from_environment(value, _takes_text(hints[name]))
    unknown = sorted(set(config) - set(parameters))
    if unknown:
        raise UsageError(f"{provider} has no config key {unknown[0]!r}; its keys are {', '.join(parameters)}")
    missing = [name for name, p in parameters.items() if p.default is inspect.Parameter.empty and name not in config]
    if missing:
        variables = ", ".join(ENVIRONMENT_PREFIX + name.upper() for name in missing)
        raise UsageError(f"{provider} needs {', '.join(missing)}: set {variables} or put them in --config FILE")
    return config


def _client(provider: str, config: dict[str, Any]) -> ClientBase:
    constructor: Callable[..., ClientBase] = CLIENTS[provider]
    return constructor(**config)


def _call(client: ClientBase, endpoint: str, params: dict[str, Any]) -> int:
    with client:
        data = client.call(endpoint, **params)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _walk(
    client: ClientBase, endpoint: str, params: dict[str, Any], rows: Union[_JsonLines, _CsvRows], progress: _Progress
) -> int:
    try:
        with client, client.iter_pages(endpoint, **params) as pages:
            for page in pages:
                rows.write(page)
                sys.stdout.flush()
                progress.page(len(page.get("rows") or []))
    finally:
        progress.finish()
    return EXIT_OK


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class _JsonLines:
    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._encoder = json.JSONEncoder(ensure_ascii=False)

    def write(self, page: dict[str, Any]) -> None:
        for row in page.get("rows") or []:
            self._out.write(self._encoder.encode(row) + "\n")


class _CsvRows:
    """The header is the first page's columns (Zhibang tables) or the fields of its rows (eshouhou records),
    since a stream cannot go back to add a column."""

    def __init__(self, out: IO[str]) -> None:
        self._writer = csv.writer(out)
        self._header: Optional[list[str]] = None
        self._left_out: set[str] = set()

    def write(self, page: dict[str, Any]) -> None:
        rows = page.get("rows") or []
        if self._header is None:
            columns = page.get("columns")
            if columns:
                self._header = [str(column["id"]) for column in columns]
            elif rows:
                self._header = list(dict.fromkeys(name for row in rows for name in row))
            else:
                return
            self._writer.writerow(self._header)
        header = self._header
        for row in rows:
            for name in row.keys() - set(header) - self._left_out:
                self._left_out.add(name)
                print(
                    f"aftersales: warning: field {name!r} is not in the CSV header (taken from the first page) and "
                    "is left out; --jsonl keeps every field",
                    file=sys.stderr,
                )
            self._writer.writerow([_cell(row.get(name)) for name in header])


class _Progress:
    """Rows, pages, rows/s and elapsed time on stderr: one line rewritten in place on a terminal, else a
    line every ten seconds; always a last line."""

    def __init__(self, stream: IO[str], in_place: bool) -> None:
        self._stream = stream
        self._in_place = in_place
        self._every = 0.2 if in_place else 10.0
        self._started = self._shown = time.monotonic()
        self._rows = 0
        self._pages = 0

    def page(self, rows: int) -> None:
        self._rows += rows
        self._pages += 1
        now = time.monotonic()
        if now - self._shown >= self._every:
            self._show(now, last=False)

    def finish(self) -> None:
        self._show(time.monotonic(), last=True)

    def _show(self, now: float, last: bool) -> None:
        elapsed = now - self._started
        rate = self._rows / elapsed if elapsed > 0 else 0.0
        line = f"{self._rows} rows, {self._pages} pages, {rate:.0f} rows/s, {elapsed:.1f} s"
        if self._in_place:
            self._stream.write("\r\x1b[K" + line + ("\n" if last else ""))
        else:
            self._stream.write(line + "\n")
        self._stream.flush()
        self._shown = now


def _endpoints(provider: Optional[str], raw: bool) -> int:
    catalogue = endpoints()
    if provider is not None:
        catalogue["endpoints"] = [entry for entry in catalogue["endpoints"] if entry["provider"] == provider]
    if raw:
        json.dump(catalogue, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for entry in catalogue["endpoints"]:
        sys.stdout.write(_describe_endpoint(entry) + "\n")
    return EXIT_OK


def _describe_endpoint(entry: dict[str, Any]) -> str:
    lines = [f"{entry['provider']} {entry['name']}: {entry['title']}"]
    paging = entry.get("paging")
    walk = f", a list: walk it (pages: {paging['index_param']}, {paging['size_param']})" if paging else ""
    lines.append(
        f"  {entry['method']} {entry['path']} -> {entry['result']}{', writes' if entry['writes'] else ''}{walk}"
    )
    width = max((len(param["name"]) for param in entry["params"]), default=0)
    for param in entry["params"]:
        lines.append(f"  {param['name']:<{width}}  {_describe_param(param)}")
        for key in param.get("keys") or []:
            lines.append(f"  {'':<{width}}    {key['name']} ({key['type']}): {key.get('description', '')}")
    return "\n".join(lines) + "\n"


def _describe_param(param: dict[str, Any]) -> str:
    facts = [param["type"], "required" if param["required"] else "optional"]
    if param.get("max_length") is not None:
        facts.append(f"at most {param['max_length']} characters")
    if param.get("range") is not None:
        low, high = param["range"]
        facts.append(f"{low} to {high}")
    if param.get("choices"):
        facts.append(
            "one of " + ", ".join(json.dumps(choice["value"], ensure_ascii=False) for choice in param["choices"])
        )
    if param.get("default") is not None:
        facts.append(f"default {json.dumps(param['default'], ensure_ascii=False)}")
    if param.get("config_key") is not None:
        facts.append(f"from config {param['config_key']} when left out")
    return f"{'; '.join(facts)}: {param.get('description', '')}"
