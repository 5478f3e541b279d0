"""Fixtures for the client's tests: an isolated LOSSMON_HOME, fast settings, servers, a proxy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from lossmon import lifecycle
from tests.client.fake_server import FakeServer
from tests.client.fault_proxy import FaultProxy
from tests.conftest import LiveServer

REPO = Path(__file__).resolve().parents[2]

# Short intervals so the whole suite stays well under a minute.
FAST = {
    "flush_interval": 0.05,
    "backoff_base": 0.05,
    "max_backoff": 0.3,
    "spool_after": 0.5,
    "request_timeout": 3.0,
    "init_timeout": 2.0,
    "finish_timeout": 8.0,
}


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh LOSSMON_HOME and no LOSSMON_* settings leaking in from the environment."""
    for name in list(os.environ):
        if name.startswith("LOSSMON_"):
            monkeypatch.delenv(name)
    path = tmp_path / "lossmon-home"
    monkeypatch.setenv("LOSSMON_HOME", str(path))
    yield path
    for run in lifecycle.active_runs():  # a failing test must not leave a sender behind
        run.finish(timeout=1.0)


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    server = FakeServer()
    yield server
    server.close()


@pytest.fixture
def server(live_server: Any) -> Any:
    """The real `lossmon serve` (tests/conftest.py), on SQLite."""
    return live_server


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
                  ) -> Iterator[LiveServer]:
    """One real server for a module's tests that never stop it (starting one costs ~1.5 s)."""
    root = tmp_path_factory.mktemp("shared-server")
    shutil.copy(sqlite_template, root / "lossmon.db")
    (root / "home").mkdir()
    live = LiveServer(database_url=f"sqlite:///{root / 'lossmon.db'}", home=root / "home")
    live.token = live.create_token()
    live.start()
    yield live
    live.stop()


@pytest.fixture
def proxy(server: Any) -> Iterator[FaultProxy]:
    """A real HTTP proxy in front of the real server that can answer 503/429 instead."""
    p = FaultProxy(server.url)
    yield p
    p.close()


def read_series(url: str, run_id: int, key: str) -> dict[str, Any]:
    """The full series as the server stores it (never downsampled: max_points is large)."""
    resp = requests.get(f"{url}/api/v1/runs/{run_id}/series/{key}",
                        params={"max_points": 100_000}, timeout=10)
    resp.raise_for_status()
    data: dict[str, Any] = resp.json()
    assert not data["downsampled"]
    return data


def read_run(url: str, run_id: int) -> dict[str, Any]:
    resp = requests.get(f"{url}/api/v1/runs/{run_id}", timeout=10)
    resp.raise_for_status()
    data: dict[str, Any] = resp.json()
    return data


def find_run(url: str, project: str, client_run_id: str) -> dict[str, Any] | None:
    resp = requests.get(f"{url}/api/v1/runs", params={"project": project}, timeout=10)
    resp.raise_for_status()
    for run in resp.json()["runs"]:
        if run.get("client_run_id") == client_run_id:
            found: dict[str, Any] = run
            return found
    return None


@pytest.fixture
def script(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """Start a Python script in a child process that imports the client from this checkout.

    At the end of the test every script still running is killed and every pipe closed: a pipe
    left to the garbage collector warns in whichever later test collects it."""
    started: list[subprocess.Popen[str]] = []

    def start(source: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        path = tmp_path / f"script_{len(list(tmp_path.glob('script_*')))}.py"
        path.write_text(textwrap.dedent(source))
        full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
        process = subprocess.Popen([sys.executable, str(path)], env=full_env, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
