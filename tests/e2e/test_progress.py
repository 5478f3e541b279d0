"""`lossmon import`, `export`, `backtest` and `sync` draw a progress line on a terminal (a real
pseudo-terminal here) and print nothing but their results when piped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import lossmon
from tests.conftest import REPO, LiveServer

CURVES = [REPO / "tests/data/curves/s05_digits.csv", REPO / "tests/data/curves/s01_digits.csv"]


def on_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run `lossmon ARGS` with stdin, stdout and stderr on a pseudo-terminal; return the screen."""
    master, slave = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "lossmon", *args], stdin=slave, stdout=slave, stderr=slave,
        env=env, close_fds=True,
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the terminal's other side is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert process.wait(60) == 0, b"".join(chunks).decode(errors="replace")
    return b"".join(chunks).decode(errors="replace")


def piped(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "lossmon", *args], env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def env(sqlite_url: str, tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "LOSSMON_DATABASE_URL": sqlite_url, "LOSSMON_HOME": str(tmp_path)}


@pytest.mark.slow
def test_import_export_and_backtest_show_progress_on_a_terminal_only(
    env: dict[str, str], tmp_path: Path
) -> None:
    files = [str(path) for path in CURVES]
    screen = on_terminal(["import", "csv", "--project", "p", *files], env)
    assert "\r\x1b[Klossmon import [" in screen and "2/2 files" in screen
    quiet = piped(["import", "csv", "--project", "q", *files], env)
    assert quiet.stderr == "" and "\r" not in quiet.stdout
    assert len(quiet.stdout.splitlines()) == 2

    total = sum(1 for line in CURVES[0].read_text().splitlines()[1:] if line.strip())
    out = tmp_path / "run.csv"
    screen = on_terminal(["export", "1", "-o", str(out)], env)
    exported = len(out.read_text().splitlines()) - 1
    assert exported >= total and f"{exported:,}/{exported:,} points" in screen
    quiet = piped(["export", "1", "-o", str(out)], env)
    assert quiet.stderr == ""
    assert quiet.stdout.strip() == f"{exported} points of run 1 written to {out}"
    to_stdout = on_terminal(["export", "1", "-o", "-"], env)
    assert "lossmon export" not in to_stdout  # the rows are the output

    screen = on_terminal(["backtest", "--project", "p"], env)
    assert "\r\x1b[Klossmon backtest [" in screen and "2/2 runs" in screen
    quiet = piped(["backtest", *files], env)
    assert quiet.stderr == "" and "\r" not in quiet.stdout


@pytest.mark.slow
def test_sync_shows_progress_on_a_terminal_only(live_server: LiveServer, tmp_path: Path) -> None:
    home = tmp_path / "offline"
    for name in ("a", "b", "c"):
        run = lossmon.init(
            project="demo", name=name, mode="offline", home=home, url=live_server.url
        )
        for step in range(20):
            run.log(step, loss=1.0 / (1 + step))
        run.finish()
    spool = home / "spool"
    kept = tmp_path / "spool-copy"
    shutil.copytree(spool, kept)
    env = {**os.environ, "LOSSMON_TOKEN": live_server.token, "LOSSMON_URL": live_server.url}

    screen = on_terminal(["sync", str(spool)], env)
    assert "\r\x1b[Klossmon sync [" in screen and "3/3 files" in screen
    assert "3 runs, 60 points uploaded" in screen
    quiet = piped(["sync", str(kept)], env)  # the same points again: harmless
    assert quiet.stderr == "" and quiet.stdout.strip() == "3 runs, 60 points uploaded"
