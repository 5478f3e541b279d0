"""Fault tests against a real server process: in each, every point ends up on the server once."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import lossmon
from lossmon import spool
from tests.client.conftest import FAST, find_run, read_run, read_series
from tests.client.fault_proxy import FaultProxy

pytestmark = pytest.mark.slow


def assert_complete(url: str, run_id: int, key: str, steps: range, value: Callable[[int], float]
                    ) -> None:
    """The full series equals what was logged: each step once, with its value."""
    data = read_series(url, run_id, key)
    assert data["total"] == len(steps)
    assert data["steps"] == list(steps)
    assert data["values"] == [value(s) for s in steps]


def log_for(run: lossmon.Run, steps: range, seconds: float) -> None:
    """Log steps spread over `seconds`, like a training loop."""
    pause = seconds / len(steps)
    for step in steps:
        run.log(step, loss=float(step), reg=0.5)
        time.sleep(pause)


def test_a_server_not_up_at_start_comes_up_5s_later(live_server_factory: Any,
                                                     sqlite_url: str) -> None:
    server = live_server_factory(sqlite_url, start=False)
    started = time.monotonic()
    run = lossmon.init(project=server.project, url=server.url, token=server.token, **FAST)
    assert time.monotonic() - started < FAST["init_timeout"] + 0.5  # init does not hang
    assert run.id is None
    starter = threading.Timer(5.0, server.start)
    starter.start()
    log_for(run, range(0, 600), 6.0)  # the server comes up part-way through
    starter.join()
    run.finish()
    assert run.id is not None and run.unsent_at_finish == 0
    assert_complete(server.url, run.id, "train/loss", range(600), float)
    assert_complete(server.url, run.id, "train/reg", range(600), lambda s: 0.5)
    assert read_run(server.url, run.id)["status"] == "finished"


def test_server_sigkilled_mid_run_and_restarted(server: Any, home: Path) -> None:
    run = lossmon.init(project=server.project, url=server.url, token=server.token, **FAST)
    log_for(run, range(0, 300), 1.0)
    server.kill()
    log_for(run, range(300, 600), 1.5)  # longer than spool_after: points go to disk
    assert list((home / "spool").glob("*.jsonl"))
    server.start()
    log_for(run, range(600, 900), 1.0)
    run.finish()
    assert run.id is not None and run.unsent_at_finish == 0
    assert_complete(server.url, run.id, "train/loss", range(900), float)
    assert read_run(server.url, run.id)["status"] == "finished"
    assert not list((home / "spool").glob("*.jsonl"))  # replayed, then removed


def test_503_then_429_with_retry_after(server: Any, proxy: FaultProxy) -> None:
    run = lossmon.init(project=server.project, url=proxy.url, token=server.token, **FAST)
    log_for(run, range(0, 100), 0.5)
    proxy.fault = (503, {})
    log_for(run, range(100, 250), 1.0)
    proxy.fault = (429, {"Retry-After": "1"})
    log_for(run, range(250, 400), 1.0)
    proxy.fault = None
    log_for(run, range(400, 500), 0.5)
    run.finish()
    assert run.id is not None
    assert proxy.faults_served > 2
    assert_complete(server.url, run.id, "train/loss", range(500), float)
    # Retry-After was honoured: nothing came within 1 s after a 429.
    arrivals = proxy.arrivals
    for (when, status), (after, _) in zip(arrivals, arrivals[1:], strict=False):
        if status == 429:
            assert after - when >= 0.95
    # In order and, apart from the spool's replay, each batch sent once.
    assert sorted(set(proxy.forwarded_steps)) == list(range(500))
    assert read_run(server.url, run.id)["status"] == "finished"


def test_a_refused_final_status_is_sent_again_until_it_lands(server: Any, proxy: FaultProxy
                                                             ) -> None:
    run = lossmon.init(project=server.project, url=proxy.url, token=server.token, **FAST)
    log_for(run, range(0, 50), 0.2)
    proxy.fault, proxy.fault_method, proxy.fault_times = (503, {"Retry-After": "0"}), "PATCH", 3
    run.finish(summary={"best": 1.0})
    assert run.id is not None and proxy.faults_served == 3
    marked = read_run(server.url, run.id)
    assert marked["status"] == "finished" and marked["summary"]["best"] == 1.0


def test_a_final_status_that_cannot_land_waits_in_the_spool(
    server: Any, proxy: FaultProxy, home: Path
) -> None:
    run = lossmon.init(project=server.project, url=proxy.url, token=server.token, **FAST)
    log_for(run, range(0, 50), 0.2)
    proxy.fault, proxy.fault_method = (503, {}), "PATCH"
    run.finish(summary={"best": 1.0}, timeout=1.0)
    assert run.id is not None and proxy.faults_served >= 2
    assert read_run(server.url, run.id)["status"] == "running"
    records = [r for f in spool.spool_files(home / "spool") for r, _ in spool.read_records(f)]
    assert [r["type"] for r in records] == ["run", "finish"]  # which run, then its status
    proxy.fault = None
    # The next run under the same LOSSMON_HOME replays the spool: the status lands then.
    with lossmon.init(project=server.project, url=proxy.url, token=server.token, **FAST) as nxt:
        nxt.log(0, loss=1.0)
    marked = read_run(server.url, run.id)
    assert marked["status"] == "finished" and marked["summary"]["best"] == 1.0
    assert not list((home / "spool").glob("*.jsonl"))


TRAINING = """
import sys, time
import lossmon
run = lossmon.init(project={project!r}, client_run_id="killed-job", url={url!r},
                   token={token!r}, flush_interval=0.05, backoff_base=0.05, max_backoff=0.3,
                   spool_after=0.3)
for step in range(400):
    run.log(step, loss=float(step))
    time.sleep(0.002)
print("logged", flush=True)
time.sleep(600)  # hung: the test kills it with SIGKILL
"""


def test_training_process_sigkilled_then_a_new_process_replays(
    server: Any, proxy: FaultProxy, script: Callable[..., subprocess.Popen[str]], home: Path
) -> None:
    proxy.fault = (503, {})  # the server is away while the job runs: its points are spooled
    proc = script(TRAINING.format(project=server.project, url=proxy.url, token=server.token),
                  env={"LOSSMON_HOME": str(home)})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "logged"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            steps = [p["step"] for f in spool.spool_files(home / "spool")
                     for r, _ in spool.read_records(f) if r["type"] == "points"
                     for p in r["points"]]
            if sorted(steps) == list(range(400)):
                break
            time.sleep(0.05)
        assert sorted(steps) == list(range(400))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    proxy.fault = None
    # The restarted job (a new run id) finds the spool under the same LOSSMON_HOME.
    with lossmon.init(project=server.project, url=proxy.url, token=server.token,
                      **FAST) as run:
        run.log(0, loss=1.0)
    dead = find_run(server.url, server.project, "killed-job")
    assert dead is not None
    assert_complete(server.url, dead["id"], "train/loss", range(400), float)
    assert not list((home / "spool").glob("*.jsonl"))


def test_unwritable_spool_warns_and_training_continues(
    server: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    not_a_dir = tmp_path / "home-is-a-file"
    not_a_dir.write_text("")
    run = lossmon.init(project=server.project, url=server.url, token=server.token,
                       home=not_a_dir, **FAST)
    warnings = [r for r in caplog.records if "not writable" in r.getMessage()]
    assert len(warnings) == 1
    log_for(run, range(0, 200), 0.5)
    time.sleep(0.3)
    server.kill()
    log_for(run, range(200, 400), 1.0)  # no exception reaches the loop
    run.finish(timeout=1.0)
    assert run.dropped > 0
    assert any(f"{run.dropped} values" in r.getMessage() for r in caplog.records)
    server.start()
    assert run.id is not None
    data = read_series(server.url, run.id, "train/loss")
    assert data["steps"][:200] == list(range(200))  # what could be sent was sent
