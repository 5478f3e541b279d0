"""A real `lossmon serve` process, over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from tests.conftest import LiveServer, free_port


def test_serve_on_the_embedded_default_creates_and_migrates_its_database(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "LOSSMON_DATABASE_URL"}
    env["LOSSMON_HOME"] = str(home)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "lossmon.server.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}" in first_line and "lossmon.db" in first_line
        for _ in range(100):
            try:
                ready = requests.get(f"http://127.0.0.1:{port}/readyz", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        body = ready.json()
        assert (body["status"], body["database"]) == ("ready", "sqlite")
        assert body["worker"]["status"] in ("ok", "missing")  # its scheduler beats at start
        assert (home / "lossmon.db").exists()
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_a_training_run_over_http(live_server_factory, database_url) -> None:
    server: LiveServer = live_server_factory(database_url)
    headers = server.headers()
    created = requests.post(
        f"{server.url}/api/v1/runs",
        json={
            "project": "demo",
            "name": "e2e",
            "client_run_id": "e2e-1",
            "config": {"loss_kind": "cross_entropy"},
        },
        headers=headers,
        timeout=10,
    )
    assert created.status_code == 201
    run = created.json()
    assert run["url"] == f"{server.url}/runs/{run['id']}"
    points = [
        {"step": s, "wall_time": 1.7e9 + s, "values": {"train/loss": 3.0 / (s + 1)}}
        for s in range(3000)
    ]
    body = gzip.compress(json.dumps({"points": points}).encode())
    sent = requests.post(
        f"{server.url}/api/v1/runs/{run['id']}/points",
        data=body,
        headers={**headers, "Content-Type": "application/json", "Content-Encoding": "gzip"},
        timeout=10,
    )
    assert sent.json() == {"accepted": 3000, "alerts": [], "stop": None}
    series = requests.get(
        f"{server.url}/api/v1/runs/{run['id']}/series/train/ppl?max_points=5000", timeout=10
    ).json()
    assert series["total"] == 3000 and series["values"][0] == 20.085536923187668
    finished = requests.patch(
        f"{server.url}/api/v1/runs/{run['id']}",
        json={"status": "finished"},
        headers=headers,
        timeout=10,
    )
    assert finished.json()["status"] == "finished"


def test_data_survives_a_sigkill_of_the_server(live_server_factory, database_url) -> None:
    server: LiveServer = live_server_factory(database_url)
    headers = server.headers()
    run_id = requests.post(
        f"{server.url}/api/v1/runs", json={"project": "demo"}, headers=headers, timeout=10
    ).json()["id"]
    points = [{"step": s, "values": {"train/loss": float(s)}} for s in range(100)]
    requests.post(
        f"{server.url}/api/v1/runs/{run_id}/points",
        json={"points": points},
        headers=headers,
        timeout=10,
    )
    server.restart()
    series = requests.get(f"{server.url}/api/v1/runs/{run_id}/series/train/loss", timeout=10).json()
    assert series["steps"] == list(range(100))


def test_serve_warns_when_exposed_without_a_password(tmp_path: Path) -> None:
    env = {**os.environ, "LOSSMON_HOME": str(tmp_path)}
    env.pop("LOSSMON_DASHBOARD_PASSWORD", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lossmon.server.cli",
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            str(free_port()),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        assert "without LOSSMON_DASHBOARD_PASSWORD" in process.stderr.readline()
    finally:
        process.terminate()
        process.communicate(timeout=10)
