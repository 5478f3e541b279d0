"""The web tier is stateless over PostgreSQL: two `lossmon web` (gunicorn) processes and one
`lossmon worker` on one database, every run's points sent half through each web process at
once, every series complete, and every alert opened once and delivered once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

import lossmon
from tests.conftest import empty_postgres, free_port, wait_for
from tests.monitor.test_delivery import Receiver, verify

RUNS = 4
STEPS = 400
NAN_RUNS = (0, 2)  # these runs log a NaN loss at their last step
FAST = {
    "LOSSMON_NOTIFY_INTERVAL_S": "0.2",
    "LOSSMON_NOTIFY_BACKOFF_S": "0.2",
    "LOSSMON_NOTIFY_FLAP_S": "0",
    "LOSSMON_EVALUATE_INTERVAL_S": "0.5",
    "LOSSMON_WEB_WORKERS": "2",
    # The webhook receiver listens on 127.0.0.1.
    "LOSSMON_ALLOW_PRIVATE_CHANNELS": "1",
}


class Tier:
    """The processes of one deployment: web replicas and a worker, all on one database."""

    def __init__(self, database_url: str, home: Path) -> None:
        self.database_url = database_url
        self.home = home
        self.popens: list[tuple[subprocess.Popen[bytes], Path]] = []

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            **FAST,
            "LOSSMON_HOME": str(self.home),
            "LOSSMON_DATABASE_URL": self.database_url,
        }

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        log = self.home / f"{args[0]}-{len(self.popens)}.log"
        with log.open("wb") as out:
            popen = subprocess.Popen(
                [sys.executable, "-m", "lossmon.server.cli", *args],
                env=self.env(),
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.popens.append((popen, log))
        return popen

    def web(self) -> str:
        port = free_port()
        self.start("web", "--bind", f"127.0.0.1:{port}")
        return f"http://127.0.0.1:{port}"

    def token(self) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "lossmon.server.cli", "token", "create", "--project", "demo"],
            env=self.env(),
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip().splitlines()[-1]

    def logs(self) -> str:
        return "\n".join(log.read_text(errors="replace")[-2000:] for _, log in self.popens)

    def stop(self) -> None:
        for popen, _ in self.popens:
            if popen.poll() is None:
                popen.send_signal(signal.SIGTERM)
        for popen, _ in self.popens:
            try:
                popen.wait(20)
            except subprocess.TimeoutExpired:
                popen.kill()
                popen.wait()


@pytest.fixture
def tier(postgres_template: str, tmp_path: Path) -> Iterator[Tier]:
    empty_postgres(postgres_template)
    home = tmp_path / "tier"
    home.mkdir()
    deployment = Tier(postgres_template, home)
    yield deployment
    deployment.stop()


def ready(url: str) -> bool:
    try:
        return requests.get(f"{url}/readyz", timeout=2).status_code == 200
    except requests.ConnectionError:
        return False


def loss(step: int) -> float:
    return 2.0 / (step + 1) + 0.5


def log_half(url: str, token: str, home: Path, client_run_id: str, parity: int, nan: bool) -> Any:
    """Log the steps of one parity of a run through one web replica; return the handle."""
    run = lossmon.init(
        project="demo",
        name=f"split-{client_run_id[:6]}",
        client_run_id=client_run_id,
        url=url,
        token=token,
        home=home,
        flush_interval=0.05,
        finish_timeout=30,
    )
    for step in range(parity, STEPS, 2):
        value = float("nan") if nan and step == STEPS - 1 else loss(step)
        run.log(step, loss=value, reg=0.01)
        run.log_metrics({"lr": 0.1}, step=step)
        if step % 50 < 2:
            time.sleep(0.01)  # let both replicas' batches interleave
    run.finish()
    return run


def test_two_web_replicas_and_one_worker_lose_nothing_and_alert_once(
    tier: Tier, tmp_path: Path
) -> None:
    receiver = Receiver()
    try:
        token = tier.token()
        urls = [tier.web(), tier.web()]
        tier.start("worker")
        wait_for(lambda: all(ready(url) for url in urls), 30, "both web replicas")
        channel = requests.post(
            f"{urls[0]}/api/v1/projects/demo/channels",
            json={"url": receiver.url, "events": ["fired"]},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert channel.status_code == 201, channel.text
        secret = channel.json()["secret"]

        # Each run: even steps through one replica, odd steps through the other, at once.
        ids = [uuid.uuid4().hex for _ in range(RUNS)]
        handles: dict[tuple[int, int], Any] = {}
        threads = [
            threading.Thread(
                target=lambda i=i, parity=parity: handles.__setitem__(
                    (i, parity),
                    log_half(
                        urls[(i + parity) % 2],
                        token,
                        tmp_path / f"c{i}-{parity}",
                        ids[i],
                        parity,
                        nan=i in NAN_RUNS and parity == (STEPS - 1) % 2,
                    ),
                )
            )
            for i in range(RUNS)
            for parity in (0, 1)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
            assert not thread.is_alive()
        run_ids = []
        for i in range(RUNS):
            even, odd = handles[i, 0], handles[i, 1]
            assert even.id == odd.id is not None, "both halves must land in one run"
            assert even.unsent_at_finish == odd.unsent_at_finish == 0
            assert even.dropped == odd.dropped == 0
            run_ids.append(even.id)

        # Every series complete, read through either replica alike.
        for run_id in run_ids:
            for key in ("train/loss", "train/reg", "lr"):
                answers = [
                    requests.get(
                        f"{url}/api/v1/runs/{run_id}/series/{key}?max_points=100000", timeout=30
                    ).json()
                    for url in urls
                ]
                assert answers[0] == answers[1]
                assert answers[0]["steps"] == list(range(STEPS)), (run_id, key)
            values = answers[0]["values"]  # lr
            assert values == [0.1] * STEPS

        # One alert per NaN run, delivered once by the worker; none elsewhere.
        nan_ids = {run_ids[i] for i in NAN_RUNS}
        wait_for(lambda: len(receiver.requests) >= len(nan_ids), 30, "the deliveries")
        time.sleep(2.0)  # room for a duplicate, if anything could send one
        for run_id in run_ids:
            found = requests.get(f"{urls[1]}/api/v1/alerts?run={run_id}", timeout=10).json()
            detectors = [a["detector"] for a in found["alerts"]]
            assert detectors == (["divergence"] if run_id in nan_ids else []), run_id
        delivered = receiver.bodies()
        assert sorted(b["run"]["id"] for b in delivered) == sorted(nan_ids)
        assert len({b["alert"]["id"] for b in delivered}) == len(nan_ids)
        assert all(verify(secret, got.headers, got.body) for got in receiver.requests)
        logs = tier.logs()
        assert " 500 " not in logs and "Traceback" not in logs, logs[-3000:]
    finally:
        receiver.close()
