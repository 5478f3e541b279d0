"""The closed loop, client side: alerts, should_stop, stop_reason and on_alert.

Against a real `lossmon serve` (and a fault proxy in front of it for outages), and the
state rules of client/closed_loop.py table-driven.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import requests

import lossmon
from lossmon.closed_loop import Alert, Control, stop_detectors
from tests.client.conftest import FAST, read_run
from tests.client.fault_proxy import FaultProxy
from tests.conftest import wait_for


@pytest.fixture
def server(shared_server: Any) -> Any:
    return shared_server


def healthy(step: int) -> float:
    return 2.0 / (1 + step / 50) + 0.02 * ((step * 7919) % 13) / 13


def stop(server: Any, run_id: int, reason: str | None = None) -> dict[str, Any]:
    body = {"reason": reason} if reason else None
    resp = requests.post(f"{server.url}/api/v1/runs/{run_id}/stop", json=body,
                         headers={"Authorization": f"Bearer {server.token}"}, timeout=10)
    resp.raise_for_status()
    result: dict[str, Any] = resp.json()
    return result


# ------------------------------------------------------------------ against a real server


def test_a_diverging_loop_stops_itself_and_says_where_to_roll_back(server: Any) -> None:
    seen: list[tuple[Alert, str]] = []
    run = lossmon.init(project=server.project, name="diverges", url=server.url,
                       token=server.token, stop_on=("divergence",), **FAST)
    run.on_alert(lambda alert: seen.append((alert, threading.current_thread().name)))
    nan_at = None
    step = 0
    for step in range(100_000):
        if run.should_stop:
            break
        loss = healthy(step) if step < 300 else float("nan")
        if nan_at is None and step == 300:
            nan_at = time.monotonic()
        run.log(step, loss=loss)
        time.sleep(0.0005)
    stopped_after = time.monotonic() - (nan_at or 0)
    run.finish()
    assert run.should_stop and step < 2_000, step
    # Within two flush intervals of the alert opening (it opens at ingest of the NaN batch).
    assert stopped_after < 2 * FAST["flush_interval"] + 0.5, stopped_after
    assert run.stop_alert is not None and run.stop_alert.detector == "divergence"
    rollback = run.stop_alert.rollback_step
    assert rollback is not None and rollback < 300
    assert run.stop_reason is not None
    assert "divergence" in run.stop_reason and f"roll back to step {rollback}" in run.stop_reason
    # on_alert: once, on the sender thread, never the caller's.
    assert [(a.detector, a.state) for a, _ in seen] == [("divergence", "firing")]
    assert all(name.startswith("lossmon-sender") for _, name in seen)
    assert [a.detector for a in run.alerts] == ["divergence"]


def test_a_healthy_run_with_stop_on_is_never_stopped(server: Any) -> None:
    seen: list[Alert] = []
    run = lossmon.init(project=server.project, name="healthy", url=server.url,
                       token=server.token, stop_on=("divergence", "spike", "overfitting"),
                       **FAST)
    run.on_alert(seen.append)
    for step in range(3000):
        run.log(step, loss=healthy(step))
        if step % 100 == 0:
            run.log(step, split="val", loss=healthy(step) + 0.05)
            run.flush()
    run.finish()
    assert not run.should_stop and run.stop_reason is None and run.alerts == []
    assert seen == []


def test_a_stop_request_reaches_the_loop(server: Any) -> None:
    run = lossmon.init(project=server.project, name="stop-me", url=server.url,
                       token=server.token, **FAST)
    assert run.id is not None
    step = 0
    for step in range(100_000):
        if run.should_stop:
            break
        run.log(step, loss=healthy(step))
        if step == 200:
            stop(server, run.id, "out of budget")
        time.sleep(0.0005)
    run.finish()
    assert run.should_stop and step < 5_000
    assert run.stop_reason == "stop requested (out of budget)" and run.stop_alert is None
    assert read_run(server.url, run.id)["status"] == "finished"


def test_an_idle_loop_still_hears_a_stop(server: Any) -> None:
    run = lossmon.init(project=server.project, name="idle", url=server.url,
                       token=server.token, idle_poll=0.3, **FAST)
    run.log(0, loss=1.0)
    wait_for(lambda: run.pending == 0, 5, "the first point sent")
    assert run.id is not None
    stop(server, run.id)
    wait_for(lambda: run.should_stop, 5, "the stop heard without logging")
    run.finish()
    assert run.stop_reason == "stop requested (stopped through the API)"


def test_a_stop_that_arrived_is_kept_and_none_is_invented(server: Any) -> None:
    proxy = FaultProxy(server.url)
    try:
        run = lossmon.init(project=server.project, name="outage", url=proxy.url,
                           token=server.token, stop_on=("divergence",), **FAST)
        assert run.id is not None
        for step in range(200):
            run.log(step, loss=healthy(step))
        wait_for(lambda: run.pending == 0, 5, "points sent")
        # The server goes away: answers 503 and then hangs up. Nothing is invented.
        with proxy.lock:
            proxy.fault = (503, {})
        worst = 0.0
        for step in range(200, 5200):
            started = time.perf_counter()
            run.log(step, loss=healthy(step))
            if run.should_stop:
                break
            worst = max(worst, time.perf_counter() - started)
        time.sleep(0.3)
        assert not run.should_stop and run.alerts == []
        assert worst < 0.05, worst  # log() and should_stop never wait on the outage
        # Back: a stop request arrives, and is kept through the next outage.
        with proxy.lock:
            proxy.fault = None
        stop(server, run.id, "operator")
        wait_for(lambda: run.should_stop, 10, "the stop after the outage")
        with proxy.lock:
            proxy.fault = (503, {})
        for step in range(5200, 5400):
            run.log(step, loss=healthy(step))
        time.sleep(0.3)
        assert run.should_stop and run.stop_reason == "stop requested (operator)"
        with proxy.lock:
            proxy.fault = None
        run.finish()
    finally:
        proxy.close()


def test_a_resumed_run_does_not_stop_on_the_last_attempts_alert(server: Any) -> None:
    first = lossmon.init(project=server.project, client_run_id="resume-after-nan",
                         url=server.url, token=server.token, stop_on=("divergence",), **FAST)
    for step in range(300):
        first.log(step, loss=healthy(step) if step < 250 else float("nan"))
    wait_for(lambda: first.should_stop, 10, "the first attempt stopped")
    assert first.id is not None and first.stop_alert is not None
    stop(server, first.id, "asked too")  # kept by the first attempt, cleared by a new one
    first.log(300, loss=1.0)
    first.finish()
    rollback = first.stop_alert.rollback_step
    assert rollback is not None
    # The next attempt restarts from the rollback step's checkpoint.
    second = lossmon.init(project=server.project, resume="resume-after-nan", url=server.url,
                          token=server.token, stop_on=("divergence",), **FAST)
    assert [a.detector for a in second.alerts] == ["divergence"]
    for step in range(rollback, rollback + 400):
        second.log(step, loss=healthy(step))
        if step % 50 == 0:
            second.flush()
            time.sleep(0.01)
    second.finish()
    assert not second.should_stop, second.stop_reason


# ------------------------------------------------------------------ the rules, table-driven


def wire(id: int, detector: str, severity: str = "warning", **evidence: int) -> dict[str, Any]:
    return {"id": id, "detector": detector, "severity": severity, "state": "firing",
            "opened_step": 10 * id, "evidence": evidence}


@pytest.mark.parametrize(
    ("stop_on", "answers", "should_stop", "reason", "events"),
    [
        # Nothing listed: alerts are kept and reported, never a stop.
        ((), [[wire(1, "divergence", "critical", rollback_step=7)]], False, None,
         [(1, "firing")]),
        # A listed detector at warning or above stops, with its rollback step.
        (("divergence",), [[wire(1, "divergence", "critical", rollback_step=7)]], True,
         "divergence (critical) since step 10; roll back to step 7", [(1, "firing")]),
        (("plateau",), [[wire(1, "plateau", "info", best_step=3)]], False, None,
         [(1, "firing")]),
        (("overfitting",), [[wire(2, "overfitting", best_step=12)]], True,
         "overfitting (warning) since step 20; best step 12 (keep its checkpoint)",
         [(2, "firing")]),
        # The same alert in later answers is not new; gone from the list, it is resolved.
        ((), [[wire(1, "spike")], [wire(1, "spike")], []], False, None,
         [(1, "firing"), (1, "resolved")]),
        # A stop, once heard, stays even when the alert resolves.
        (("spike",), [[wire(1, "spike", rollback_step=4)], []], True,
         "spike (warning) since step 10; roll back to step 4", [(1, "firing"), (1, "resolved")]),
        # Answers without alerts (an older server, a failure) change nothing.
        (("spike",), [[wire(1, "spike")], None], True,
         "spike (warning) since step 10", [(1, "firing")]),
        # Malformed entries are skipped.
        ((), [[{"id": "x"}, {"id": 3, "detector": "d", "severity": "loud"}, wire(4, "d")]],
         False, None, [(4, "firing")]),
    ],
)
def test_control_rules(stop_on, answers, should_stop, reason, events) -> None:
    control = Control(stop_detectors(stop_on))
    got: list[tuple[int, str]] = []
    control.on_alert(lambda alert: got.append((alert.id, alert.state)))
    for alerts in answers:
        control.update({"accepted": 1, "alerts": alerts, "stop": None} if alerts is not None
                       else {"accepted": 1})
    assert control.should_stop is should_stop and control.stop_reason == reason
    assert got == events


def test_control_stop_request_and_failing_callback() -> None:
    control = Control()
    control.on_alert(lambda alert: 1 / 0)  # logged, never raised into the sender
    control.update({"alerts": [wire(1, "spike")], "stop": {"reason": "", "requested_at": "t"}})
    assert control.should_stop and control.stop_reason == "stop requested (no reason given)"
    assert control.stop_alert is None


def test_baseline_alerts_neither_stop_nor_call_back() -> None:
    control = Control(frozenset({"divergence"}))
    got: list[tuple[int, str]] = []
    control.on_alert(lambda alert: got.append((alert.id, alert.state)))
    control.baseline([wire(1, "divergence", "critical")])
    control.update({"alerts": [wire(1, "divergence", "critical")], "stop": None})
    assert not control.should_stop and got == [] and [a.id for a in control.alerts] == [1]
    control.update({"alerts": [wire(2, "divergence", "critical")], "stop": None})
    assert control.should_stop and got == [(2, "firing"), (1, "resolved")]


@pytest.mark.parametrize("bad", [[1], [""], [None]])
def test_stop_on_takes_detector_names(bad: list[Any]) -> None:
    with pytest.raises(TypeError):
        stop_detectors(bad)
    assert stop_detectors("divergence") == frozenset({"divergence"})


def test_the_example_diverges_stops_itself_and_says_where_to_roll_back(
    server: Any, tmp_path: Any
) -> None:
    pytest.importorskip("torch")
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "LOSSMON_URL": server.url, "LOSSMON_TOKEN": server.token}
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / "closed_loop.py"), "--project", server.project,
         "--checkpoints", str(tmp_path / "ckpt")],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    lines = done.stdout.splitlines()
    stopped = [line for line in lines if "stopped at step" in line]
    assert stopped and "divergence" in stopped[0], done.stdout + done.stderr
    step = int(stopped[0].split("stopped at step ")[1].split()[0])
    assert 150 < step < 2000, step  # of 5,000
    assert any("roll back to step" in line and "restart from" in line for line in lines), lines
