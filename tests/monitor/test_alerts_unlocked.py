"""The scheduler's evaluation computes outside any transaction (alerts.evaluate_runs_unlocked):
whatever is written while the detectors compute, every run ends as if evaluated at one instant.

Each test lets something happen between the evaluation's read and its write (a batch, the
ingest fast path's evaluation, the stale check) and compares with the same steps in series.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from sqlalchemy import select

from lossmon.server import alerts
from lossmon.server.config import Config
from lossmon.server.models import Alert, DetectorState, Run, Series
from lossmon.server.scheduler import Worker
from tests.monitor.test_alerts import alert_rows, healthy, send


def new_run(client: Any, auth: dict[str, str], name: str) -> int:
    body = {"project": "demo", "name": name, "config": {"loss_kind": "mse"}}
    return int(client.post("/api/v1/runs", json=body, headers=auth).get_json()["id"])


def summary(db: Any, run_id: int) -> list[tuple[Any, ...]]:
    return [
        (a.detector, a.severity, a.state, a.opened_step, a.resolved_step)
        for a in alert_rows(db, run_id)
    ]


def between_read_and_write(monkeypatch: pytest.MonkeyPatch, action: Any) -> None:
    """Run `action` once, after the evaluation's read and before its write."""
    real = alerts._decide
    done = []

    def decide(*args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            action()
        return real(*args, **kwargs)

    monkeypatch.setattr(alerts, "_decide", decide)


def blowup(step: int) -> float:
    return 1e6


def test_a_batch_written_meanwhile_keeps_the_run_due(client, auth, db, monkeypatch) -> None:
    serial, run_id = new_run(client, auth, "serial"), new_run(client, auth, "concurrent")
    for target in (serial, run_id):
        send(client, auth, target, range(1, 201), healthy)
        alerts.evaluate_runs_unlocked(db, [target])
    send(client, auth, serial, range(201, 261), blowup)
    alerts.evaluate_runs_unlocked(db, [serial])

    between_read_and_write(monkeypatch, lambda: send(client, auth, run_id, range(201, 261), blowup))
    worker = Worker(Config(database_url=str(db.engine.url.render_as_string(False))))
    try:
        with db.session() as session:  # due: the scheduler's round will take it
            session.get(Run, run_id).needs_evaluation = True  # type: ignore[union-attr]
        assert worker.evaluate_pending() == 0  # read before the batch: nothing new yet
        with db.read_session() as session:
            assert session.get(Run, run_id).needs_evaluation  # type: ignore[union-attr]
            assert set(
                session.scalars(select(Series.evaluated_step).where(Series.run_id == run_id))
            ) == {200}
        assert worker.evaluate_pending() == 1  # the next round reads the batch
    finally:
        worker.database.dispose()
    assert summary(db, run_id) == summary(db, serial)
    assert [a[0] for a in summary(db, run_id)] == ["divergence"]
    with db.read_session() as session:
        assert not session.get(Run, run_id).needs_evaluation  # type: ignore[union-attr]


def test_the_fast_path_evaluating_meanwhile_is_not_undone(client, auth, db, monkeypatch) -> None:
    """A NaN batch is evaluated in its request, under the run's lock, while the scheduler's
    detectors compute on the earlier points: the scheduler's result is dropped (the state
    it read changed) and the run evaluated again under the lock, finding nothing new."""
    serial, run_id = new_run(client, auth, "serial"), new_run(client, auth, "concurrent")
    for target in (serial, run_id):
        send(client, auth, target, range(1, 201), healthy)
        alerts.evaluate_runs_unlocked(db, [target])
        send(client, auth, target, range(201, 211), healthy)
    send(client, auth, serial, range(211, 213), lambda s: "NaN")  # evaluated at ingest
    alerts.evaluate_runs_unlocked(db, [serial])

    between_read_and_write(
        monkeypatch, lambda: send(client, auth, run_id, range(211, 213), lambda s: "NaN")
    )
    assert alerts.evaluate_runs_unlocked(db, [run_id])[0] == 0
    assert summary(db, run_id) == summary(db, serial)
    assert [(a[0], a[2], a[3]) for a in summary(db, run_id)] == [("divergence", "firing", 211)]
    with db.read_session() as session:
        states = {
            run: session.scalar(
                select(DetectorState.state).where(
                    DetectorState.run_id == run, DetectorState.detector == alerts.STATE_KEY
                )
            )
            for run in (serial, run_id)
        }
        for state in states.values():
            state.pop(alerts.STALE)  # arrival times, the run's own
        assert states[run_id] == states[serial]
        assert set(
            session.scalars(select(Series.evaluated_step).where(Series.run_id == run_id))
        ) == {212}


def test_a_stale_alert_opened_meanwhile_is_resolved(client, auth, db, monkeypatch) -> None:
    """The stale check opens the run's stale alert between the read (no alert) and the write:
    as in series (stale alert, then the evaluation of new points), the new points resolve it.
    Written blindly, the evaluation's result would leave it firing."""
    run_id = new_run(client, auth, "concurrent")
    send(client, auth, run_id, range(1, 50), healthy)
    alerts.evaluate_runs_unlocked(db, [run_id])
    send(client, auth, run_id, range(50, 60), healthy)

    def mark_stale() -> None:
        with db.session() as session:
            seen = session.get(Run, run_id).last_seen_at  # type: ignore[union-attr]
            later = seen + dt.timedelta(minutes=11)
            assert alerts.mark_stale_runs(session, later) == [run_id]

    between_read_and_write(monkeypatch, mark_stale)
    assert alerts.evaluate_runs_unlocked(db, [run_id])[0] == 1  # the stale alert resolved
    [alert] = alert_rows(db, run_id)
    assert (alert.detector, alert.state, alert.resolved_step) == ("stale", "resolved", 59)


def test_results_match_the_locked_path_over_many_runs(client, auth, db) -> None:
    """Runs of every kind in one call (alerts opened, resolved, none) end as the locked path
    leaves their twins."""
    shapes = {
        "spike": lambda s: healthy(s) * (8.0 if 100 <= s < 106 else 1.0),
        "blowup": lambda s: healthy(s) if s < 150 else 1e6 * (1 + math.sin(s)),
        "healthy": healthy,
    }
    twins = {name: (new_run(client, auth, name), new_run(client, auth, name)) for name in shapes}
    for start in range(1, 301, 50):
        for name, (locked, unlocked) in twins.items():
            for target in (locked, unlocked):
                send(client, auth, target, range(start, start + 50), shapes[name])
        with db.session() as session:
            alerts.evaluate_runs(session, [locked for locked, _ in twins.values()])
        alerts.evaluate_runs_unlocked(db, [unlocked for _, unlocked in twins.values()])
    for locked, unlocked in twins.values():
        assert summary(db, unlocked) == summary(db, locked)
    assert {name: [a[0] for a in summary(db, pair[1])] for name, pair in twins.items()} == {
        "spike": ["spike"],
        "blowup": ["divergence"],
        "healthy": [],
    }
    with db.read_session() as session:
        assert not any(session.scalars(select(Run.needs_evaluation)))
        assert session.scalar(select(Alert.id).where(Alert.state == "firing")) is not None
