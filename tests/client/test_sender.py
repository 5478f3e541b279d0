"""The sender thread against an in-memory server: batching, retries, spooling, lifecycle."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import lossmon
from lossmon import spool
from lossmon import worker as worker_module
from tests.client.conftest import FAST
from tests.client.fake_server import FakeServer

DOWN = "http://127.0.0.1:9"  # discard port: nothing listens, connections are refused


def spooled_steps(home: Path) -> list[int]:
    steps = []
    for path in spool.spool_files(home / "spool"):
        for record, _ in spool.read_records(path):
            if record["type"] == "points":
                steps.extend(p["step"] for p in record["points"])
    return steps


def test_points_arrive_once_and_run_is_finished(fake: FakeServer) -> None:
    run = lossmon.init(project="p", name="n", url=fake.url, token="tok", **FAST)
    assert run.id == 1 and run.url == "/runs/1"
    for step in range(3000):
        run.log(step, loss=1.0 / (step + 1), reg=0.01, ppl=float("inf") if step == 5 else 2.0)
        if step % 100 == 0:
            run.log(step, split="val", loss=0.5)
            run.log_metrics({"lr": 1e-3, "grad_norm": 2.0}, step=step)
    assert any(t.name.startswith("lossmon-sender") for t in threading.enumerate())
    run.finish()
    assert fake.runs[1]["status"] == "finished"
    assert fake.steps(1, "train/loss") == list(range(3000))
    assert fake.steps(1, "val/loss") == list(range(0, 3000, 100))
    assert fake.series[1]["train/ppl"][5] == "Infinity"
    assert fake.series[1]["lr"][100] == 1e-3
    assert sorted(set(fake.sent_steps(1))) == list(range(3000))
    assert not spooled_steps(Path(os.environ["LOSSMON_HOME"]))


def test_item_is_read_on_the_sender_thread(fake: FakeServer) -> None:
    readers: list[str] = []

    class Tensor:
        def item(self) -> float:
            readers.append(threading.current_thread().name)
            return 0.5

    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)
    for step in range(5):
        run.log(step, loss=Tensor())
    assert readers == []  # nothing read on the caller's thread
    run.finish()
    assert len(readers) == 5
    assert all(name.startswith("lossmon-sender") for name in readers)
    assert fake.steps(1, "train/loss") == list(range(5))


@pytest.mark.parametrize("bad", ["0.5", None, True, [0.5]])
def test_non_numbers_raise_at_the_call(fake: FakeServer, bad: Any) -> None:
    with lossmon.init(project="p", url=fake.url, token="tok", **FAST) as run:
        with pytest.raises(TypeError):
            run.log(1, loss=bad)
        with pytest.raises(TypeError):
            run.log_metrics({"lr": bad}, step=1)
        with pytest.raises(TypeError):
            run.log(1.5, loss=1.0)  # type: ignore[arg-type]


def test_memory_stays_bounded_while_the_server_is_down(home: Path) -> None:
    # A loop with a step between calls (here 0.2 ms every 20 calls, a GPU step waits far
    # longer): the spool writer keeps up, nothing is lost and memory stays under the bound.
    settings = {**FAST, "spool_after": 60.0, "batch_size": 100, "max_buffer": 1000,
                "init_timeout": 0.1}
    run = lossmon.init(project="p", url=DOWN, token="tok", **settings)
    most = 0
    for step in range(20_000):
        run.log(step, loss=1.0, reg=0.1, ppl=2.0)
        most = max(most, len(run._buf))
        if step % 20 == 0:
            time.sleep(0.0002)
    assert most <= 1000
    run.finish(timeout=0.5)
    assert run.dropped == 0
    assert sorted(spooled_steps(home)) == list(range(20_000))
    assert run.unsent_at_finish > 0


def test_a_loop_faster_than_the_disk_drops_and_counts_but_never_waits(home: Path) -> None:
    # No pause at all between calls: the spool writer cannot keep up with the caller, so
    # at the bound the newest call is dropped and counted (never waited for); every value
    # logged is either in the spool or in dropped_by_reason.
    settings = {**FAST, "spool_after": 60.0, "batch_size": 100, "max_buffer": 1000,
                "init_timeout": 0.1}
    run = lossmon.init(project="p", url=DOWN, token="tok", **settings)
    most = 0
    for step in range(20_000):
        run.log(step, loss=1.0, reg=0.1, ppl=2.0)
        most = max(most, len(run._buf))
    assert most <= 1000
    run.finish(timeout=2.0)
    kept = spooled_steps(home)
    assert len(kept) == len(set(kept))
    assert 3 * len(kept) + run.dropped_by_reason.get("buffer_full", 0) == 3 * 20_000
    assert set(run.dropped_by_reason) <= {"buffer_full"}


def test_other_4xx_is_not_retried_and_is_logged_once(
    fake: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail = lambda method, path: (400, {}) if path.endswith("/points") else None
    run = lossmon.init(project="p", url=fake.url, token="tok", **{**FAST, "batch_size": 10})
    for step in range(30):
        run.log(step, loss=1.0)
    run.finish()
    point_requests = [p for m, p in fake.requests if p.endswith("/points")]
    assert 1 <= len(point_requests) <= 3  # one per batch, never again
    assert run.dropped == 30 and run.dropped_by_reason == {"refused": 30}
    refusals = [r for r in caplog.records if "refused to" in r.getMessage()]
    assert len(refusals) == 1
    assert fake.runs[1]["status"] == "finished"


def test_retry_after_is_honoured(fake: FakeServer) -> None:
    seen: list[float] = []

    def fail(method: str, path: str) -> tuple[int, dict[str, str]] | None:
        if path.endswith("/points"):
            seen.append(time.monotonic())
            if len(seen) == 1:
                return 429, {"Retry-After": "1"}
        return None

    fake.fail = fail
    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)
    run.log(1, loss=1.0)
    run.finish()
    assert len(seen) == 2 and seen[1] - seen[0] >= 1.0
    assert fake.steps(1, "train/loss") == [1]


def test_too_large_batches_are_split(fake: FakeServer) -> None:
    fake.fail = lambda method, path: None
    original = fake._handle

    def limited(method: str, path: str, headers: Any, body: bytes) -> Any:
        import gzip
        import json

        if path.endswith("/points"):
            raw = gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body
            if len(json.loads(raw)["points"]) > 30:
                return 413, {"error": {"code": "too_many_points", "message": "x"}}, {}
        return original(method, path, headers, body)

    fake._handle = limited  # type: ignore[method-assign]
    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)
    for step in range(200):
        run.log(step, loss=1.0)
    run.finish()
    assert fake.steps(1, "train/loss") == list(range(200))


def test_outage_spools_then_replays_in_order_once(fake: FakeServer, home: Path) -> None:
    down = {"on": True}
    fake.fail = lambda method, path: (503, {}) if down["on"] and "points" in path else None
    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)
    for step in range(500):
        run.log(step, loss=float(step))
        if step % 50 == 0:
            time.sleep(0.02)
    time.sleep(FAST["spool_after"] + 0.3)
    run.log(500, loss=500.0)
    deadline = time.monotonic() + 5
    while sorted(spooled_steps(home)) != list(range(501)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(spooled_steps(home)) == list(range(501))  # all on disk, none in memory
    assert run.mode == "spool"
    down["on"] = False
    for step in range(501, 600):
        run.log(step, loss=float(step))
    run.finish()
    assert fake.sent_steps(1) == list(range(600))  # in order, each once
    assert spooled_steps(home) == []
    assert fake.runs[1]["status"] == "finished"


def test_each_value_is_read_once_through_a_hang_retries_a_spill_and_the_replay(
    fake: FakeServer, home: Path
) -> None:
    # A batch in flight to a hung server is spilled by the spool writer, the hung request
    # then fails; later batches get 503s and are retried, then spooled; then the server
    # answers. Every value is read (.item()) exactly once, off the caller's thread, and
    # arrives once, in order.
    reads: dict[int, int] = {}
    readers: set[str] = set()

    class Tensor:
        def __init__(self, step: int) -> None:
            self.step = step

        def item(self) -> float:
            reads[self.step] = reads.get(self.step, 0) + 1
            readers.add(threading.current_thread().name)
            return float(self.step)

    state = {"phase": "hang"}
    release = threading.Event()

    def fail(method: str, path: str) -> tuple[int, dict[str, str]] | None:
        if not path.endswith("/points") or state["phase"] == "up":
            return None
        if state["phase"] == "hang":
            release.wait(5)  # holds the request until the client's read timeout
        return 503, {}

    fake.fail = fail
    settings = {**FAST, "batch_size": 100, "max_buffer": 1000, "spool_after": 60.0,
                "request_timeout": 1.0}
    run = lossmon.init(project="p", url=fake.url, token="tok", **settings)
    calls = 0

    def log(count: int) -> None:
        nonlocal calls
        for _ in range(count):
            run.log(calls, loss=Tensor(calls))
            calls += 1
            if calls % 20 == 0:
                time.sleep(0.001)

    log(150)  # the first batch goes out and hangs
    deadline = time.monotonic() + 5
    while (not any(path.endswith("/points") for _, path in fake.requests)
           and time.monotonic() < deadline):
        time.sleep(0.01)
    log(600)  # past half the buffer: the spool writer spills, the batch in flight too
    deadline = time.monotonic() + 5
    while len(spooled_steps(home)) < 600 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sorted(spooled_steps(home))[:100] == list(range(100))  # the batch in flight
    state["phase"] = "503"
    release.set()
    log(200)
    time.sleep(0.5)  # retried against 503s meanwhile
    state["phase"] = "up"
    log(100)
    run.finish()
    assert fake.steps(1, "train/loss") == list(range(calls))
    assert sorted(set(fake.sent_steps(1))) == list(range(calls))
    assert reads == dict.fromkeys(range(calls), 1)
    assert "MainThread" not in readers
    assert run.dropped == 0


def test_bad_token_spools_for_a_later_sync(
    fake: FakeServer, home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    run = lossmon.init(project="p", url=fake.url, token="wrong", **FAST)
    assert run.mode == "rejected" and run.id is None
    for step in range(100):
        run.log(step, loss=1.0)
    run.finish()
    assert sorted(spooled_steps(home)) == list(range(100))
    # Said as it is: the server refused the run, no deadline passed.
    said = [r.getMessage() for r in caplog.records if "unsent" in r.getMessage()]
    assert said and said[0].startswith("lossmon: the server refused this run with 100 points")
    result = lossmon.sync(url=fake.url, token="tok")
    assert result.ok and result.runs == 1 and result.points == 100
    assert fake.steps(1, "train/loss") == list(range(100))
    assert fake.runs[1]["status"] == "finished"
    assert spooled_steps(home) == []


def test_offline_only_spools_and_sync_uploads(fake: FakeServer, home: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOSSMON_MODE", "offline")
    run = lossmon.init(project="p", name="off", url=fake.url, config={"lr": 0.1}, **FAST)
    for step in range(1234):
        run.log(step, loss=float(step), reg=0.5)
    run.log_metrics({"lr": 0.1}, step=3)
    run.finish()
    assert fake.requests == []
    assert run.id is None and run.mode == "offline"
    result = lossmon.sync(home, url=fake.url, token="tok")
    assert result.ok and result.runs == 1 and result.points > 0
    assert fake.runs[1]["name"] == "off" and fake.runs[1]["config"] == {"lr": 0.1}
    assert fake.steps(1, "train/reg") == list(range(1234))
    assert fake.runs[1]["status"] == "finished"
    assert lossmon.sync(home, url=fake.url, token="tok").points == 0  # nothing left to send


def test_a_later_process_replays_an_orphaned_spool(fake: FakeServer, home: Path) -> None:
    header = {"type": "run", "version": 1, "url": fake.url, "project": "p", "name": "dead",
              "client_run_id": "dead-run", "config": {}, "tags": None}
    writer = spool.SpoolWriter(home / "spool", header)
    writer.append([{"type": "points", "points": [
        {"step": s, "wall_time": 1.0, "values": {"train/loss": 1.0}} for s in range(50)]}])
    writer.close()  # the process is gone: its lock with it
    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)
    run.finish()
    dead = fake.by_client_id["dead-run"]
    assert fake.steps(dead, "train/loss") == list(range(50))
    assert spooled_steps(home) == []


def test_finish_deadline_keeps_pending_points_in_the_spool(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    run = lossmon.init(project="p", url=DOWN, token="tok", **{**FAST, "init_timeout": 0.1})
    for step in range(100):
        run.log(step, loss=1.0)
    started = time.monotonic()
    run.finish(timeout=0.3)
    assert time.monotonic() - started < 2.0
    assert run.unsent_at_finish == 100
    assert sorted(spooled_steps(home)) == list(range(100))
    said = "finish() deadline of 0.3s passed with 100 points unsent"
    assert any(said in r.getMessage() for r in caplog.records)
    records = [r for p in spool.spool_files(home / "spool") for r, _ in spool.read_records(p)]
    assert records[-1] == {"type": "finish", "status": "finished"}


def test_log_after_finish_is_dropped_not_raised(fake: FakeServer,
                                                caplog: pytest.LogCaptureFixture) -> None:
    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)
    run.finish()
    requests = len(fake.requests)
    for step in range(1, 1001):
        run.log(step, loss=1.0)
    run.log_metrics({"lr": 0.1}, step=1001)
    assert run.dropped == 1001 and run.pending == 0
    # One warning, on the caller's thread; nothing else: no thread, no request, no spool.
    assert sum("after finish" in r.getMessage() for r in caplog.records) == 1
    for thread in threading.enumerate():
        if run.client_run_id[:8] in thread.name:  # the sender and the spool writer
            thread.join(5)
            assert not thread.is_alive()
    assert len(fake.requests) == requests
    assert not spool.spool_files(run.spool_path.parent)


def test_no_thread_at_interpreter_shutdown_is_not_an_error(
    fake: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    class RefusingThread(threading.Thread):
        def start(self) -> None:
            raise RuntimeError("can't create new thread at interpreter shutdown")

    fake_threading = SimpleNamespace(Thread=RefusingThread, Lock=threading.Lock,
                                     Event=threading.Event)
    monkeypatch.setattr(worker_module, "threading", fake_threading)
    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)
    for step in range(10):
        run.log(step, loss=1.0)
    run.finish()  # done inline, on this thread
    assert fake.steps(1, "train/loss") == list(range(10))
    assert fake.runs[1]["status"] == "finished"


def test_unwritable_spool_warns_once_and_counts_drops(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    run = lossmon.init(project="p", mode="offline", home=blocker, **FAST)
    for step in range(100):
        run.log(step, loss=1.0)
    run.finish()
    warnings = [r for r in caplog.records if "not writable" in r.getMessage()]
    assert len(warnings) == 1 and r"LOSSMON_HOME" in warnings[0].getMessage()
    assert run.dropped == 100


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # 3.12+: fork() with threads
def test_fork_child_neither_deadlocks_nor_resends_the_parents_buffer(fake: FakeServer) -> None:
    run = lossmon.init(project="p", url=fake.url, token="tok",
                       **{**FAST, "flush_interval": 30.0})
    time.sleep(0.2)  # let the sender's first round pass; the next is 30 s away
    for step in range(100):
        run.log(step, loss=1.0)  # waits in the parent's buffer: the interval is long
    assert run.pending == 100
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            for step in range(1000, 1010):
                run.log(step, loss=2.0)
            run.finish(timeout=5)
            code = 0 if run.pending == 0 else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    run.finish()
    assert sorted(fake.sent_steps(1)) == list(range(100)) + list(range(1000, 1010))
    patches = [p for m, p in fake.requests if m == "PATCH"]
    assert len(patches) == 1 and fake.runs[1]["status"] == "finished"


def test_context_manager_marks_failed_on_exception(fake: FakeServer) -> None:
    with pytest.raises(ZeroDivisionError):
        with lossmon.init(project="p", url=fake.url, token="tok", **FAST) as run:
            run.log(0, loss=1.0)
            1 / 0  # noqa: B018
    assert fake.runs[1]["status"] == "failed"
    assert fake.steps(1, "train/loss") == [0]


def test_settings_come_from_the_environment(fake: FakeServer,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOSSMON_URL", fake.url)
    monkeypatch.setenv("LOSSMON_TOKEN", "tok")
    monkeypatch.setenv("LOSSMON_PROJECT", "envproj")
    with lossmon.init(**FAST) as run:
        run.log(0, loss=1.0)
    assert fake.runs[1]["project"] == "envproj"
    with pytest.raises(ValueError):
        lossmon.init(project="p", mode="sometimes")
    for url in ("127.0.0.1:5000", "htp://127.0.0.1:5000", "http://", "http://host:abc",
                "http://host:99999", "http://[::1"):
        with pytest.raises(ValueError, match="url must be an http:// or https:// address"):
            lossmon.init(project="p", url=url)


def test_logging_does_not_raise_when_the_sender_fails(
    fake: FakeServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    home: Path,
) -> None:
    caplog.set_level(logging.ERROR)
    run = lossmon.init(project="p", url=fake.url, token="tok", **FAST)

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(run._worker, "_send_buffer", explode)
    for step in range(100):
        run.log(step, loss=1.0)
    run.finish()
    assert any("the sender failed" in r.getMessage() for r in caplog.records)
    assert sorted(spooled_steps(home)) == list(range(100))  # kept for the next run or sync


def test_an_online_run_leaves_offline_spools_for_sync(fake: FakeServer, home: Path) -> None:
    with lossmon.init(project="p", mode="offline", url=fake.url, **FAST) as offline:
        offline.log(0, loss=1.0)
    with lossmon.init(project="p", url=fake.url, token="tok", **FAST) as online:
        online.log(0, loss=2.0)
    assert list(fake.by_client_id) == [online.client_run_id]
    assert spooled_steps(home) == [0]  # still there, for `lossmon sync`
