"""The `lossmon` command: `sync` and `--help` from the client alone, the rest from the server.

A client-only install (`pip install lossmon`) has requests and nothing else, so this entry
point uses only the standard library. Server commands (`serve`, `token`, `backtest`, …) live in
`lossmon.server.cli` (click); they are loaded only when one is asked for, and without the server
extra the command says which extra to install.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

SERVER_COMMANDS = {
    "serve": "web + scheduler in one process (SQLite by default)",
    "web": "the web tier under gunicorn (production, PostgreSQL)",
    "worker": "the scheduler alone: evaluation, delivery, retention",
    "db": "database migrations (db upgrade)",
    "token": "create, list and revoke API tokens",
    "channel": "alert channels of a project",
    "backtest": "replay runs or CSV files through detector settings",
    "import": "bring runs from TensorBoard or CSV files",
    "export": "write a run's points as CSV or Parquet",
}
SERVER_EXTRA_HINT = 'pip install "lossmon[server]"'


def _version() -> str:
    try:
        return version("lossmon")
    except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
        return "unknown"


def _has_server_extra() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("flask", "sqlalchemy"))


def _help() -> str:
    width = max(map(len, ["sync", *SERVER_COMMANDS]))
    lines = [
        "Usage: lossmon COMMAND [ARGS]...",
        "",
        "  lossmon: watch training runs; alert on divergence, overfitting and plateaus.",
        "",
        "Options:",
        "  --version  Show the version and exit.",
        "  --help     Show this message and exit.",
        "",
        "Client commands:",
        f"  {'sync':<{width}}  upload spooled points (offline runs, outages)",
        "",
        "Server commands" + ("" if _has_server_extra() else f" (need: {SERVER_EXTRA_HINT})") + ":",
    ]
    lines += [f"  {name:<{width}}  {text}" for name, text in SERVER_COMMANDS.items()]
    lines += ["", "Run `lossmon COMMAND --help` for a command's options."]
    return "\n".join(lines)


def sync_command(argv: Sequence[str], prog: str = "lossmon sync") -> int:
    """`lossmon sync [DIR]`: upload spool files; exit 1 when any file failed."""
    from lossmon import sync
    from lossmon.progress import Progress

    parser = argparse.ArgumentParser(
        prog=prog,
        description="Upload spooled points (offline runs, outages) from DIRECTORY (default "
        "LOSSMON_HOME/spool). DIRECTORY may be a spool folder, a LOSSMON_HOME or one .jsonl "
        "file. Uploading twice is harmless: the server keeps the last write of each step.",
    )
    parser.add_argument("directory", nargs="?", type=Path)
    parser.add_argument("--url", default=None, help="server; default LOSSMON_URL, else the spool's")
    parser.add_argument("--token", default=None, help="project token; default: LOSSMON_TOKEN")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per spool file (60)")
    args = parser.parse_args(list(argv))
    if args.directory is not None and not args.directory.exists():
        parser.error(f"no such file or directory: {args.directory}")
    with Progress("lossmon sync", unit="files") as line:

        def advance(done: int, total: int) -> None:
            line.total = total
            line.advance(done - line.done)

        result = sync(
            args.directory, url=args.url, token=args.token, timeout=args.timeout,
            on_progress=advance,
        )  # fmt: skip
    print(f"{result.runs} runs, {result.points} points uploaded")
    for path, reason in result.failed.items():
        print(f"failed: {path}: {reason}", file=sys.stderr)
    for path in result.skipped:
        print(f"skipped (still being written): {path}", file=sys.stderr)
    return 0 if result.ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `lossmon` command line; return its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "--help"
    if command in ("-h", "--help"):
        print(_help())
        return 0
    if command == "--version":
        print(f"lossmon, version {_version()}")
        return 0
    if command == "sync":
        return sync_command(args[1:])
    if command not in SERVER_COMMANDS:
        print(f"lossmon: no such command {command!r}; see `lossmon --help`", file=sys.stderr)
        return 2
    if not _has_server_extra():
        print(f"lossmon {command} is a server command: {SERVER_EXTRA_HINT}", file=sys.stderr)
        return 2
    from lossmon.server.cli import main as server_main

    server_main.main(args, prog_name="lossmon")  # click exits with the command's status
    return 0


if __name__ == "__main__":  # pragma: no cover - `python -m lossmon.cli`
    sys.exit(main())
