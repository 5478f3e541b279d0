"""The examples against a real server: each mode fires its alert and no other warning or
critical one (info alerts such as plateau may come along; the table in the README says which).

The examples run in this process (torch is imported once) with fewer steps where the
alert comes early; the quickstart runs as a user runs it, in a child process.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import requests

from tests.conftest import REPO, LiveServer

pytest.importorskip("torch", reason="CI installs torch; a laptop may not")
pytest.importorskip("sklearn", reason="the regression example reads scikit-learn's data")

pytestmark = pytest.mark.slow

# (example, mode, extra flags, the alert that must fire or None)
CASES = [
    ("charlm", "healthy", ["--steps", "200"], None),
    ("charlm", "diverge", [], "divergence"),
    ("charlm", "overfit", ["--steps", "200"], "overfitting"),
    ("charlm", "plateau", ["--steps", "150"], "plateau"),
    ("regression", "healthy", [], None),
    ("regression", "diverge", [], "divergence"),
    ("regression", "overfit", ["--steps", "150"], "overfitting"),
    ("regression", "plateau", ["--steps", "150"], "plateau"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[LiveServer]:
    """One server for all modes, evaluating every half second (each mode is its own run)."""
    root = tmp_path_factory.mktemp("examples-server")
    shutil.copy(sqlite_template, root / "lossmon.db")
    (root / "home").mkdir()
    live = LiveServer(
        database_url=f"sqlite:///{root / 'lossmon.db'}",
        home=root / "home",
        extra_env={"LOSSMON_EVALUATE_INTERVAL_S": "0.5"},
    )
    live.token = live.create_token()
    live.start()
    yield live
    live.stop()


@pytest.fixture
def streaming(server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LiveServer:
    monkeypatch.setenv("LOSSMON_URL", server.url)
    monkeypatch.setenv("LOSSMON_TOKEN", server.token)
    monkeypatch.setenv("LOSSMON_PROJECT", server.project)
    monkeypatch.setenv("LOSSMON_HOME", str(tmp_path / "client-home"))
    return server


@functools.cache
def example(name: str) -> ModuleType:
    """Import examples/<name>.py (a script, not a package) once."""
    path = REPO / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"lossmon_example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def alerts_of(server: LiveServer, run_id: int) -> list[dict[str, Any]]:
    body = requests.get(f"{server.url}/api/v1/alerts", params={"run": run_id}, timeout=10).json()
    found: list[dict[str, Any]] = body["alerts"] if isinstance(body, dict) else body
    return found


def settle(server: LiveServer, run_id: int, expected: str | None) -> list[dict[str, Any]]:
    """Wait for the expected alert, then a few more scheduler ticks for any others."""
    deadline = time.monotonic() + 20
    while expected is not None and expected not in {
        a["detector"] for a in alerts_of(server, run_id)
    }:
        assert time.monotonic() < deadline, f"no {expected} alert: {alerts_of(server, run_id)}"
        time.sleep(0.2)
    time.sleep(1.2)  # two more scheduler ticks
    return alerts_of(server, run_id)


@pytest.mark.parametrize(
    ("name", "mode", "flags", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_each_mode_fires_its_alert_and_no_other(
    streaming: LiveServer, name: str, mode: str, flags: list[str], expected: str | None
) -> None:
    run = example(name).main(["--mode", mode, *flags])
    assert run.id is not None
    alerts = settle(streaming, run.id, expected)
    loud = {a["detector"] for a in alerts if a["severity"] in ("warning", "critical")}
    assert loud == ({expected} - {"plateau"} if expected else set()), alerts
    if expected is not None:
        assert expected in {a["detector"] for a in alerts}
    status = requests.get(f"{streaming.url}/api/v1/runs/{run.id}", timeout=10).json()["status"]
    assert status == ("failed" if name == "regression" and mode == "diverge" else "finished")


def test_the_quickstart_streams_a_run_that_diverges(streaming: LiveServer) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "examples" / "quickstart.py"),
            "--delay",
            "0",
            "--steps",
            "360",
        ],
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    url = result.stdout.strip().splitlines()[-1].rsplit(" ", 1)[-1]
    run_id = int(url.rstrip("/").rsplit("/", 1)[-1])
    alerts = settle(streaming, run_id, "divergence")
    # One incident, one alert: the climb is a divergence. A spike may open on its first
    # steps (nothing tells a climb from a spike yet), and the divergence then closes it.
    assert "divergence" in {a["detector"] for a in alerts}
    assert {a["detector"] for a in alerts} <= {"divergence", "spike"}
    assert all(a["opened_step"] >= 300 for a in alerts)  # after the learning-rate bump
