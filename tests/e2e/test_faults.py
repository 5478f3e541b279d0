"""Faults of the whole system, each ending with nothing lost or duplicated: the database
restarted under load, the server SIGKILLed under load, two servers on one SQLite file, and a
client whose spool disk is full.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests

import lossmon
from tests.conftest import LiveServer

STEPS = 600


def train(
    server_url: str,
    token: str,
    home: Path,
    name: str,
    steps: int = STEPS,
    pause: float = 0.004,
    **settings: Any,
) -> Any:
    """A training loop logging 3 keys a step through the real client; return the run."""
    options = {
        "flush_interval": 0.1,
        "backoff_base": 0.1,
        "max_backoff": 0.5,
        "spool_after": 1.0,
        "finish_timeout": 60,
        **settings,
    }
    run = lossmon.init(project="demo", name=name, url=server_url, token=token, home=home, **options)
    for step in range(steps):
        run.log(step, loss=1.0 / (step + 1), reg=0.01 / (step + 1))
        run.log_metrics({"lr": 0.1}, step=step)
        time.sleep(pause)
    run.finish()
    return run


def series(url: str, run_id: int, key: str) -> dict[str, Any]:
    body: dict[str, Any] = requests.get(
        f"{url}/api/v1/runs/{run_id}/series/{key}?max_points=100000", timeout=30
    ).json()
    return body


def assert_complete(url: str, run_id: int, steps: int = STEPS) -> None:
    for key in ("train/loss", "train/reg", "lr"):
        got = series(url, run_id, key)
        assert got["steps"] == list(range(steps)), key
        assert got["total"] == steps
    assert series(url, run_id, "train/loss")["values"] == [1.0 / (s + 1) for s in range(steps)]


def run_trainers(server: LiveServer, home: Path, count: int, **kwargs: Any) -> list[Any]:
    runs: list[Any] = [None] * count
    threads = [
        threading.Thread(
            target=lambda i=i: runs.__setitem__(
                i, train(server.url, server.token, home / f"t{i}", f"trainer-{i}", **kwargs)
            )
        )
        for i in range(count)
    ]
    for thread in threads:
        thread.start()
    return [threads, runs]


def wait(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.join(120)
        assert not thread.is_alive()


def test_server_sigkilled_under_load_loses_nothing(
    live_server_factory, sqlite_url, tmp_path
) -> None:
    server = live_server_factory(sqlite_url)
    threads, runs = run_trainers(server, tmp_path, 4)
    time.sleep(1.0)
    server.kill()
    time.sleep(1.5)
    server.start()
    wait(threads)
    for run in runs:
        assert run.id is not None and run.unsent_at_finish == 0
        assert_complete(server.url, run.id)


@pytest.mark.slow
@pytest.mark.serial
def test_postgres_restart_under_load_loses_nothing(
    live_server_factory, postgres_template, tmp_path
) -> None:
    from tests.conftest import empty_postgres

    empty_postgres(postgres_template)
    server = live_server_factory(postgres_template)
    threads, runs = run_trainers(server, tmp_path, 3, steps=STEPS, pause=0.008)
    time.sleep(1.0)
    cluster = subprocess.run(
        ["ls", "/etc/postgresql"], capture_output=True, text=True
    ).stdout.split()[0]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "stop", "-m", "fast"],
        check=True,
    )
    try:
        outage = requests.get(f"{server.url}/readyz", timeout=10)
        assert outage.status_code == 503 and outage.json()["status"] == "unavailable"
        time.sleep(1.5)
    finally:
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "start"], check=True
        )
    deadline = time.monotonic() + 30
    while requests.get(f"{server.url}/readyz", timeout=10).status_code != 200:
        assert time.monotonic() < deadline, "the service did not reconnect by itself"
        time.sleep(0.2)
    wait(threads)
    for run in runs:
        assert run.id is not None and run.unsent_at_finish == 0
        assert_complete(server.url, run.id)


def test_two_servers_on_one_sqlite_file(live_server_factory, sqlite_url, tmp_path) -> None:
    first = live_server_factory(sqlite_url, extra_env={"LOSSMON_EVALUATE_INTERVAL_S": "0.5"})
    second = live_server_factory(sqlite_url, extra_env={"LOSSMON_EVALUATE_INTERVAL_S": "0.5"})
    threads_a, runs_a = run_trainers(first, tmp_path / "a", 2)
    threads_b, runs_b = run_trainers(second, tmp_path / "b", 2)
    # A NaN through each server: one divergence alert per run, however many schedulers look.
    wait(threads_a + threads_b)
    for server, run in [(first, runs_a[0]), (second, runs_b[0])]:
        requests.post(
            f"{server.url}/api/v1/runs/{run.id}/points",
            json={"points": [{"step": STEPS, "values": {"train/loss": "NaN"}}]},
            headers=server.headers(),
            timeout=10,
        )
    time.sleep(2.0)
    nan_runs = {runs_a[0].id, runs_b[0].id}
    for run in runs_a + runs_b:
        for server in (first, second):
            got = series(server.url, run.id, "lr")
            assert got["steps"] == list(range(STEPS))
            loss = series(server.url, run.id, "train/loss")
            assert loss["steps"] == list(range(STEPS)) + ([STEPS] if run.id in nan_runs else [])
    for run in runs_a + runs_b:
        detail = requests.get(f"{first.url}/api/v1/runs/{run.id}", timeout=10).json()
        expected = ["divergence"] if run.id in nan_runs else []
        assert [a["detector"] for a in detail["alerts"]] == expected
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("mount") is None, reason="mounting a small tmpfs needs root"
)
def test_full_spool_disk_warns_counts_and_training_goes_on(tmp_path, caplog) -> None:
    spool_home = tmp_path / "tiny"
    spool_home.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(spool_home)], check=True)
    try:
        caplog.set_level(logging.WARNING, logger="lossmon.client")
        started = time.monotonic()
        # No server anywhere: everything goes to the spool, which fills after a few KB.
        run = train(
            "http://127.0.0.1:9",
            "lm_none",
            spool_home,
            "offline-full",
            steps=20_000,
            pause=0.0,
            finish_timeout=2,
            init_timeout=0.2,
            max_buffer=1000,
            batch_size=200,
        )
        assert time.monotonic() - started < 60
        assert run.dropped > 0
        warnings = " ".join(r.getMessage() for r in caplog.records)
        assert "spool" in warnings.lower() and str(run.dropped) in warnings
    finally:
        subprocess.run(["umount", str(spool_home)], check=False)
