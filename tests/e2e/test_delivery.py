"""Delivery by real processes: `lossmon worker` killed mid-delivery, two workers on PostgreSQL,
SIGTERM during a delivery, `lossmon web` with gunicorn, and `lossmon serve` end to end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from click.testing import CliRunner

from lossmon.server.cli import main
from lossmon.server.db import Database
from tests.conftest import LiveServer, empty_postgres, free_port, wait_for
from tests.monitor.test_delivery import (
    SECRET,
    Mailbox,
    Receiver,
    add_channel,
    body_text,
    deliveries,
    fire,
    make_run,
    verify,
)

PUBLIC_URL = "https://lossmon.example.com"
FAST = {
    "LOSSMON_NOTIFY_INTERVAL_S": "0.2",
    "LOSSMON_NOTIFY_BACKOFF_S": "0.2",
    "LOSSMON_NOTIFY_FLAP_S": "0",
    "LOSSMON_EVALUATE_INTERVAL_S": "1",
    "LOSSMON_PUBLIC_URL": PUBLIC_URL,
    "LOSSMON_ALLOW_PRIVATE_CHANNELS": "1",
}


class Process:
    """A `lossmon` command as a real subprocess, its output in a log file."""

    def __init__(self, args: list[str], database_url: str, home: Path, **env: str) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.log_path = home / f"{args[0]}-{time.time_ns()}.log"
        environ = {**os.environ, **FAST, **env, "LOSSMON_HOME": str(home)}
        environ["LOSSMON_DATABASE_URL"] = database_url
        with self.log_path.open("wb") as log:
            self.popen = subprocess.Popen(
                [sys.executable, "-m", "lossmon.server.cli", *args],
                env=environ,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_log(self, text: str, timeout: float = 20.0) -> None:
        def seen() -> bool:
            if self.popen.poll() is not None and text not in self.log():
                raise RuntimeError(f"exited ({self.popen.returncode}): {self.log()[-3000:]}")
            return text in self.log()

        wait_for(seen, timeout, f"{text!r} in the log")

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGKILL)
            self.popen.wait(10)


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Callable[..., Process]]:
    started: list[Process] = []

    def start(args: list[str], database_url: str, **env: str) -> Process:
        process = Process(args, database_url, tmp_path / f"home-{len(started)}", **env)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


def worker(start: Callable[..., Process], database_url: str, **env: str) -> Process:
    process = start(["worker"], database_url, **env)
    process.wait_log("running")
    return process


def test_sigkill_between_sending_and_recording_resends_once(processes, sqlite_url) -> None:
    database = Database(sqlite_url)
    victims: list[int] = []

    def kill_the_sender(_: Any) -> None:
        if len(victims) == 1:  # the first delivery reached us; the worker dies before it
            os.kill(victims.pop(), signal.SIGKILL)  # can record it

    receiver = Receiver(on_request=kill_the_sender)
    try:
        add_channel(database, receiver.url, secret=SECRET)
        run_id = make_run(database)
        first = worker(processes, sqlite_url)
        victims.append(first.pid)
        alert_id = fire(database, run_id, "divergence", "critical")
        assert first.popen.wait(20) == -signal.SIGKILL
        [row] = deliveries(database)
        assert (row.status, row.attempts, len(receiver.requests)) == ("pending", 1, 1)
        assert row.claimed_by is not None  # sent, not recorded

        worker(processes, sqlite_url)
        wait_for(lambda: deliveries(database)[0].status == "sent", what="the re-send")
        [row] = deliveries(database)
        assert (row.attempts, row.claimed_by) == (2, None)
        time.sleep(0.5)  # a sent delivery is never sent again
        assert len(receiver.requests) == 2  # at least once: exactly one duplicate
        bodies = receiver.bodies()
        assert bodies[0] == bodies[1]  # the receiver can drop it by its delivery_id
        assert bodies[0]["alert"]["id"] == alert_id and bodies[0]["delivery_id"] == row.id
        assert all(verify(SECRET, got.headers, got.body) for got in receiver.requests)
    finally:
        receiver.close()
        database.dispose()


def test_two_workers_on_postgresql_deliver_each_alert_once(processes, postgres_template) -> None:
    url = postgres_template
    empty_postgres(url)
    database = Database(url)
    receiver = Receiver()
    try:
        add_channel(database, receiver.url)
        workers = [worker(processes, url), worker(processes, url)]
        alerts = [fire(database, make_run(database, name=f"run-{i}")) for i in range(6)]
        wait_for(lambda: len(receiver.requests) >= 6, what="six deliveries")
        time.sleep(1.0)  # give a second sender the time to double-send, if it could
        assert sorted(b["alert"]["id"] for b in receiver.bodies()) == alerts
        assert {d.status for d in deliveries(database)} == {"sent"}

        # The leader stops; the other takes the advisory lock and delivers the next alert.
        leader = max(workers, key=lambda w: w.log().count("sent to"))
        leader.popen.send_signal(signal.SIGTERM)
        assert leader.popen.wait(20) == 0
        late = fire(database, make_run(database, name="late"))
        wait_for(lambda: len(receiver.requests) == 7, what="the standby's delivery")
        assert receiver.bodies()[-1]["alert"]["id"] == late
    finally:
        receiver.close()
        database.dispose()


def test_sigterm_lets_the_delivery_in_flight_finish(processes, sqlite_url) -> None:
    database = Database(sqlite_url)
    slow = Receiver(delay=1.5)
    try:
        add_channel(database, slow.url)
        process = worker(processes, sqlite_url)
        fire(database, make_run(database))
        assert slow.arrived.wait(20)
        process.popen.send_signal(signal.SIGTERM)  # while the receiver takes its time
        assert process.popen.wait(20) == 0
        [row] = deliveries(database)
        assert (row.status, row.attempts, len(slow.requests)) == ("sent", 1, 1)
        assert "lossmon worker stopped" in process.log()
    finally:
        slow.close()
        database.dispose()


def test_lossmon_web_runs_gunicorn_workers(processes, sqlite_url) -> None:
    port = free_port()
    web = processes(["web", "--bind", f"127.0.0.1:{port}"], sqlite_url, LOSSMON_WEB_WORKERS="2")
    ready = wait_for(
        lambda: _get(f"http://127.0.0.1:{port}/readyz"), timeout=30, what="lossmon web"
    )
    body = ready.json()
    assert (body["status"], body["worker"]["status"]) == ("ready", "missing")
    assert "with 2 worker(s)" in web.log()
    wait_for(lambda: web.log().count("Booting worker") == 2, what="two gunicorn workers")

    worker(processes, sqlite_url)  # the scheduler's heartbeat shows up in /readyz
    beat = wait_for(
        lambda: _get(f"http://127.0.0.1:{port}/readyz").json()["worker"]["status"] == "ok",
        what="the heartbeat",
    )
    assert beat
    check = CliRunner().invoke(main, ["worker", "--check", "--database-url", sqlite_url])
    assert check.exit_code == 0 and "heartbeat" in check.output
    web.popen.send_signal(signal.SIGTERM)
    assert web.popen.wait(20) == 0


def _get(url: str) -> requests.Response | None:
    try:
        response = requests.get(url, timeout=2)
    except requests.ConnectionError:
        return None
    return response if response.status_code == 200 else None


def test_serve_delivers_a_nan_alert_to_a_webhook_and_by_mail(
    live_server_factory, sqlite_url
) -> None:
    receiver, mailbox = Receiver(), Mailbox()
    try:
        server: LiveServer = live_server_factory(sqlite_url, extra_env=FAST)
        secrets = []
        for url in (receiver.url, mailbox.url):
            body = {"url": url, "min_severity": "critical"}
            response = requests.post(
                f"{server.url}/api/v1/projects/demo/channels",
                json=body,
                headers=server.headers(),
                timeout=10,
            )
            assert response.status_code == 201, response.text
            secrets.append(response.json().get("secret"))
        secret, no_secret = secrets
        assert secret and no_secret is None  # generated for the webhook, none for e-mail
        run = requests.post(
            f"{server.url}/api/v1/runs",
            json={"project": "demo", "name": "gpt-small"},
            headers=server.headers(),
            timeout=10,
        ).json()
        points = [{"step": s, "values": {"train/loss": 3.0 - s / 300}} for s in range(1, 301)]
        points.append({"step": 301, "values": {"train/loss": "NaN"}})
        requests.post(
            f"{server.url}/api/v1/runs/{run['id']}/points",
            json={"points": points},
            headers=server.headers(),
            timeout=10,
        ).raise_for_status()

        wait_for(lambda: receiver.requests and mailbox.messages, what="webhook and e-mail")
        [got] = receiver.requests
        assert verify(secret, got.headers, got.body)
        payload = got.json()
        assert payload["dashboard_url"] == f"{PUBLIC_URL}/runs/{run['id']}"
        assert payload["alert"]["detector"] == "divergence"
        [mail] = mailbox.messages
        assert "train loss diverged at step 301" in mail["Subject"]
        text = body_text(mail)
        assert "Roll back to step" in text and f"{PUBLIC_URL}/runs/{run['id']}" in text
        assert secret not in server.log()
    finally:
        receiver.close()
        mailbox.close()
