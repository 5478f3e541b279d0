"""`GET /metrics` under real gunicorn: every worker's counts add up whichever worker answers the
scrape, and the service-wide figures (evaluation lag, outbox, delivery failures, firing alerts,
the leading worker) follow what a real `lossmon worker` does."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import free_port, wait_for
from tests.monitor.test_delivery import Receiver

POINTS_ROUTE = "/api/v1/runs/<int:run_id>/points"
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(url: str) -> Samples:
    """Fetch /metrics on a new connection and return {(sample name, labels): value}."""
    response = requests.get(f"{url}/metrics", timeout=5, headers={"Connection": "close"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


class Processes:
    def __init__(self, env: dict[str, str], home: Path) -> None:
        self.env, self.home = env, home
        self.popens: list[subprocess.Popen[bytes]] = []

    def cli(self, *args: str) -> str:
        command = [sys.executable, "-m", "lossmon.server.cli", *args]
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, check=True)
        return done.stdout

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        with (self.home / f"{args[0]}.log").open("ab") as log:
            popen = subprocess.Popen(
                [sys.executable, "-m", "lossmon.server.cli", *args],
                env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.popens.append(popen)
        return popen

    def log(self, name: str) -> str:
        return (self.home / f"{name}.log").read_text(errors="replace")[-3000:]


@pytest.fixture
def processes(database_url: str, tmp_path: Path) -> Iterator[Processes]:
    env = {
        **os.environ,
        "LOSSMON_HOME": str(tmp_path),
        "LOSSMON_DATABASE_URL": database_url,
        "LOSSMON_ALLOW_PRIVATE_CHANNELS": "1",
        "LOSSMON_EVALUATE_INTERVAL_S": "0.5",
        "LOSSMON_NOTIFY_INTERVAL_S": "0.2",
        "LOSSMON_NOTIFY_BACKOFF_S": "0.1",
        "LOSSMON_NOTIFY_MAX_ATTEMPTS": "2",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "prometheus"),
    }
    found = Processes(env, tmp_path)
    yield found
    for popen in found.popens:
        popen.terminate()
    for popen in found.popens:
        try:
            popen.wait(15)
        except subprocess.TimeoutExpired:
            popen.kill()


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, tuple(sorted(labels.items()))))


@pytest.mark.slow
def test_metrics_add_up_every_gunicorn_worker_and_follow_the_worker(
    processes: Processes, tmp_path: Path
) -> None:
    token = processes.cli("token", "create", "--project", "demo").strip().splitlines()[-1]
    auth = {"Authorization": f"Bearer {token}", "Connection": "close"}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    processes.start("web", "--bind", f"127.0.0.1:{port}", "--workers", "3")
    wait_for(
        lambda: _ready(url), timeout=30, what=f"lossmon web: {processes.log('web')}"
    )
    refusing = Receiver(statuses=[500] * 10)
    try:
        hook = requests.post(
            f"{url}/api/v1/projects/demo/channels", json={"url": refusing.url}, headers=auth,
            timeout=10,
        )  # fmt: skip
        assert hook.status_code == 201, hook.text
        healthy = _create_run(url, auth, "healthy")
        diverging = _create_run(url, auth, "diverging")

        # 60 requests of 5 points, on new connections from 6 threads: gunicorn's three
        # workers share them. Then one NaN: divergence opens at ingest, its delivery waits.
        def send(first: int) -> None:
            for start in range(first, 300, 30):
                steps = range(start, start + 5)
                points = [{"step": s, "values": {"train/loss": 1.0}} for s in steps]
                sent = requests.post(
                    f"{url}/api/v1/runs/{healthy}/points", json={"points": points},
                    headers=auth, timeout=10,
                )  # fmt: skip
                assert sent.status_code == 200, sent.text

        threads = [threading.Thread(target=send, args=(first,)) for first in range(0, 30, 5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        nan = {"points": [{"step": 1, "values": {"train/loss": "NaN"}}]}
        assert requests.post(
            f"{url}/api/v1/runs/{diverging}/points", json=nan, headers=auth, timeout=10
        ).status_code == 200

        pids = {path.name.rsplit("_", 1)[-1] for path in (tmp_path / "prometheus").glob("*.db")}
        assert len(pids) >= 2, f"one gunicorn worker took every request: {pids}"
        for _ in range(6):  # whichever worker answers, the sums are the same
            samples = scrape(url)
            assert value(samples, "lossmon_points_ingested_total") == 301
            assert value(
                samples, "lossmon_http_request_duration_seconds_count",
                route=POINTS_ROUTE, method="POST",
            ) == 61  # fmt: skip
            assert value(
                samples, "lossmon_http_requests_total",
                route=POINTS_ROUTE, method="POST", status="200",
            ) == 61  # fmt: skip
        assert value(samples, "lossmon_alerts_firing", severity="critical") == 1
        assert value(samples, "lossmon_alerts_firing", severity="warning") == 0
        assert value(samples, "lossmon_outbox_depth") == 1
        evaluation_lag = value(samples, "lossmon_evaluation_lag_seconds")
        assert evaluation_lag is not None and evaluation_lag > 0  # no worker evaluates yet
        assert value(samples, "lossmon_worker_up") == 0

        worker = processes.start("worker")

        def worker_has_caught_up() -> Samples | None:
            samples = scrape(url)
            caught_up = (
                value(samples, "lossmon_worker_up") == 1
                and value(samples, "lossmon_outbox_depth") == 0
                and value(samples, "lossmon_evaluation_lag_seconds") == 0
            )
            return samples if caught_up else None

        samples = wait_for(worker_has_caught_up, timeout=30, what=processes.log("worker"))
        leaders = [labels for (name, labels), v in samples.items()
                   if name == "lossmon_worker_leader" and v == 1]  # fmt: skip
        assert leaders == [(("worker", f"worker-{worker.pid}"),)]
        # The receiver refused twice: two failed attempts, then the delivery failed for good.
        assert value(samples, "lossmon_delivery_failures_total") == 2
        assert value(samples, "lossmon_deliveries", status="failed") == 1
        assert len(refusing.requests) == 2
    finally:
        refusing.close()


def _ready(url: str) -> bool:
    try:
        return requests.get(f"{url}/readyz", timeout=1).status_code == 200
    except requests.RequestException:
        return False


def _create_run(url: str, auth: dict[str, str], name: str) -> Any:
    created = requests.post(
        f"{url}/api/v1/runs", json={"project": "demo", "name": name}, headers=auth, timeout=10
    )
    assert created.status_code == 201, created.text
    return created.json()["id"]
