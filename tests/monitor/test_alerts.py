"""The alert lifecycle in the database: open at ingest, resolve, never twice, settings."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from lossmon.server import alerts, notify
from lossmon.server.models import Alert, Run
from tests.conftest import make_token


@pytest.fixture
def run_id(client: Any, auth: dict[str, str]) -> int:
    body = {"project": "demo", "name": "r", "config": {"loss_kind": "mse"}}
    return int(client.post("/api/v1/runs", json=body, headers=auth).get_json()["id"])


def send(
    client: Any, auth: dict[str, str], run_id: int, steps: range, loss: Any, key: str = "train/loss"
) -> None:
    points = [{"step": s, "values": {key: loss(s)}} for s in steps]
    for start in range(0, len(points), 50):
        response = client.post(
            f"/api/v1/runs/{run_id}/points",
            json={"points": points[start : start + 50]},
            headers=auth,
        )
        assert response.status_code == 200


EVALUATION = {"path": "locked"}


@pytest.fixture(autouse=True, params=["locked", "unlocked"])
def evaluation_path(request: pytest.FixtureRequest) -> Any:
    """Every test here evaluates both ways: `evaluate_runs` (the runs locked throughout, as
    the ingest fast path does) and `evaluate_runs_unlocked` (the scheduler's: detectors
    computed outside any transaction, the result written after checking nothing changed)."""
    EVALUATION["path"] = request.param
    yield request.param
    EVALUATION["path"] = "locked"


def evaluate(db: Any, run_id: int) -> int:
    if EVALUATION["path"] == "unlocked":
        return alerts.evaluate_runs_unlocked(db, [run_id])[0]
    with db.session() as session:
        return alerts.evaluate_runs(session, [run_id])


def evaluate_many(db: Any, run_ids: list[int]) -> int:
    if EVALUATION["path"] == "unlocked":
        return alerts.evaluate_runs_unlocked(db, run_ids)[0]
    with db.session() as session:
        return alerts.evaluate_runs(session, run_ids)


def alert_rows(db: Any, run_id: int) -> list[Alert]:
    with db.session() as session:
        return list(session.scalars(select(Alert).where(Alert.run_id == run_id).order_by(Alert.id)))


def healthy(step: int) -> float:
    return 2.0 * math.exp(-step / 300) + 0.3 + 0.02 * math.sin(step * 1.7)


def test_nan_opens_a_critical_divergence_alert_at_ingest(client, auth, run_id, db) -> None:
    send(client, auth, run_id, range(1, 201), healthy)
    evaluate(db, run_id)
    send(client, auth, run_id, range(201, 203), lambda s: "NaN")
    # No scheduler ran: the batch with the NaN opened the alert by itself.
    [alert] = alert_rows(db, run_id)
    assert (alert.detector, alert.severity, alert.state) == ("divergence", "critical", "firing")
    assert alert.opened_step == 201
    assert 150 <= alert.evidence["rollback_step"] <= 200
    listed = client.get(f"/api/v1/runs/{run_id}").get_json()["alerts"]
    assert [a["detector"] for a in listed] == ["divergence"]
    # The NaN is spelt as the wire spells it, whatever the detectors' state writes.
    [shown] = client.get(f"/api/v1/alerts?run={run_id}").get_json()["alerts"]
    assert shown["evidence"]["value"] == "NaN", shown["evidence"]


def test_evaluating_the_same_data_twice_changes_nothing(client, auth, run_id, db) -> None:
    send(client, auth, run_id, range(1, 201), healthy)
    send(client, auth, run_id, range(201, 260), lambda s: "Infinity")
    before = [(a.id, a.state, a.opened_step) for a in alert_rows(db, run_id)]
    assert evaluate(db, run_id) == 0
    assert evaluate(db, run_id) == 0
    send(client, auth, run_id, range(230, 260), lambda s: "Infinity")  # re-sent batch
    assert [(a.id, a.state, a.opened_step) for a in alert_rows(db, run_id)] == before


def test_the_database_allows_one_firing_alert_per_run_and_detector(db, run_id) -> None:
    with db.session() as session:
        session.add(Alert(run_id=run_id, detector="spike", severity="warning", state="firing"))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Alert(run_id=run_id, detector="spike", severity="warning", state="firing"))
    with db.session() as session:
        session.add(Alert(run_id=run_id, detector="spike", severity="warning", state="resolved"))


def test_a_spike_fires_then_resolves_and_is_not_divergence(client, auth, run_id, db) -> None:
    def loss(step: int) -> float:
        return healthy(step) * (8.0 if 400 <= step < 406 else 1.0)

    for start in range(1, 801, 50):
        send(client, auth, run_id, range(start, start + 50), loss)
        evaluate(db, run_id)
    rows = alert_rows(db, run_id)
    assert [a.detector for a in rows] == ["spike"]
    spike = rows[0]
    assert spike.state == "resolved" and 400 <= spike.opened_step <= 410
    assert spike.resolved_step is not None and spike.resolved_step > spike.opened_step
    assert spike.evidence["rollback_step"] < 400


def test_a_spike_the_divergence_took_over_says_so(client, auth, run_id, db) -> None:
    """A climb opens a spike on its first steps, then the divergence it becomes: the spike
    resolves where the divergence began, marked as covered by it (one incident, one alert),
    and its notification does not say the spike cleared."""

    def loss(step: int) -> float:
        return healthy(step) * (math.exp((step - 400) / 8) if step >= 400 else 1.0)

    for start in range(1, 441, 10):
        send(client, auth, run_id, range(start, start + 10), loss)
        evaluate(db, run_id)
    spike, divergence = sorted(alert_rows(db, run_id), key=lambda a: a.opened_step or 0)
    assert (spike.detector, divergence.detector) == ("spike", "divergence")
    assert (spike.state, spike.resolved_by) == ("resolved", "divergence")
    assert divergence.state == "firing"
    assert spike.resolved_step is not None and spike.opened_step < spike.resolved_step
    assert spike.resolved_step <= divergence.opened_step
    listed = client.get(f"/api/v1/alerts?run={run_id}&state=resolved").get_json()["alerts"]
    assert [(a["detector"], a["resolved_by"]) for a in listed] == [("spike", "divergence")]
    with db.session() as session:
        row = session.get(Alert, spike.id)
        message = notify.render("resolved", row, row.run, "http://x/runs/1")
    assert "part of the divergence alert" in message.title, message.title
    assert "cleared" not in message.body and "No action needed" not in message.body, message.body


def overfit_val(step: int) -> float:
    """Validation best at step 500, then climbing for the rest of the run."""
    return 1.0 + ((step - 500) / 400) ** 2 * 0.5


def send_an_overfit(client: Any, auth: dict[str, str], run_id: int, db: Any) -> None:
    """1,500 steps of a falling training loss and an evaluation every 25 (`overfit_val`), sent
    and evaluated 50 steps at a time."""
    for start in range(1, 1501, 50):
        steps = range(start, start + 50)
        send(client, auth, run_id, steps, lambda s: 2.0 * math.exp(-s / 200) + 0.05)
        send(client, auth, run_id, range(start - 1 + 25, start + 50, 25), overfit_val,
             key="val/loss")  # fmt: skip
        evaluate(db, run_id)


def test_overfitting_names_the_best_step_and_the_gap(client, auth, run_id, db) -> None:
    send_an_overfit(client, auth, run_id, db)
    [alert] = [a for a in alert_rows(db, run_id) if a.detector == "overfitting"]
    assert alert.severity == "warning"
    assert alert.evidence["best_step"] == 500
    assert alert.evidence["gap"] > 0


def test_a_firing_alert_keeps_its_latest_words_beside_its_opening_ones(
    client, auth, run_id, db
) -> None:
    """Validation climbs on after the overfit opened: the alert keeps the words it opened with
    (a notification quoted them) and gains the latest ones, in the API and on the run page."""
    send_an_overfit(client, auth, run_id, db)
    [alert] = [a for a in alert_rows(db, run_id) if a.detector == "overfitting"]
    assert alert.state == "firing" and alert.latest_step == 1500, alert.latest_step
    assert alert.latest_message and alert.latest_message != alert.message
    latest = f"{overfit_val(1500):.4g}"
    assert latest in alert.latest_message and latest not in alert.message
    [listed] = client.get(f"/api/v1/alerts?run={run_id}&state=firing").get_json()["alerts"]
    assert (listed["message"], listed["latest_message"], listed["latest_step"]) == (
        alert.message, alert.latest_message, 1500,
    )  # fmt: skip
    page = client.get(f"/runs/{run_id}").get_data(as_text=True)
    assert "at step 1,500:" in page and alert.message.split(":")[0] in page
    evaluate(db, run_id)  # nothing new: nothing changes
    [again] = [a for a in alert_rows(db, run_id) if a.detector == "overfitting"]
    assert (again.latest_message, again.latest_step) == (alert.latest_message, 1500)


@pytest.mark.parametrize("status", ["finished", "failed"])
def test_an_ended_run_whose_last_evaluation_overfit_gets_the_end_rules_warning(
    client, auth, run_id, db, status
) -> None:
    # A three-epoch fine-tune: validation best after epoch 2, 30 % worse after the last one
    # while training kept falling. Live, one evaluation after the best is too few; once the
    # run says it ended (finished, or failed on an exception after its last epoch), its final
    # weights are judged.
    for epoch, val in enumerate([0.9, 0.6, 0.78], start=1):
        steps = range(100 * epoch - 99, 100 * epoch + 1)
        send(client, auth, run_id, steps, lambda s: 1.0 * math.exp(-s / 100) + 0.05)
        send(client, auth, run_id, range(100 * epoch, 100 * epoch + 1), lambda s, v=val: v,
             key="val/loss")  # fmt: skip
        evaluate(db, run_id)
    assert [a for a in alert_rows(db, run_id) if a.detector == "overfitting"] == []
    response = client.patch(f"/api/v1/runs/{run_id}", json={"status": status}, headers=auth)
    assert response.status_code == 200
    with db.session() as session:
        assert alerts.pending_run_ids(session) == [run_id]
    evaluate(db, run_id)
    evaluate(db, run_id)  # judged again: nothing new
    [alert] = [a for a in alert_rows(db, run_id) if a.detector == "overfitting"]
    assert (alert.severity, alert.state, alert.opened_step) == ("warning", "firing", 300)
    assert alert.evidence["best_step"] == 200 and alert.evidence["at_end"] is True
    assert "at the end of the run" in alert.message and "step 200" in alert.message


def test_stale_runs_are_marked_and_come_back(client, auth, run_id, db) -> None:
    send(client, auth, run_id, range(1, 50), healthy)
    evaluate(db, run_id)
    with db.session() as session:
        last_seen = session.get(Run, run_id).last_seen_at  # type: ignore[union-attr]
        assert alerts.mark_stale_runs(session, last_seen + dt.timedelta(minutes=9)) == []
        assert alerts.mark_stale_runs(session, last_seen + dt.timedelta(minutes=11)) == [run_id]
    assert client.get(f"/api/v1/runs/{run_id}").get_json()["status"] == "stale"
    [alert] = alert_rows(db, run_id)
    assert (alert.detector, alert.severity, alert.state) == ("stale", "warning", "firing")
    send(client, auth, run_id, range(50, 60), healthy)
    evaluate(db, run_id)
    assert client.get(f"/api/v1/runs/{run_id}").get_json()["status"] == "running"
    assert alert_rows(db, run_id)[0].state == "resolved"


def test_detector_settings_get_put_merge_and_validate(client, auth) -> None:
    client.post("/api/v1/runs", json={"project": "demo"}, headers=auth)
    url = "/api/v1/projects/demo/detectors"
    got = client.get(url).get_json()
    assert got["settings"]["plateau"]["patience"] == 10 and got["overrides"] == {}

    put = client.put(url, json={"plateau": {"patience": 3}}, headers=auth)
    assert put.status_code == 200
    client.put(url, json={"plateau": {"mode": "max"}, "spike": {"z_threshold": 6}}, headers=auth)
    got = client.get(url).get_json()
    assert got["overrides"] == {
        "plateau": {"patience": 3, "mode": "max"},
        "spike": {"z_threshold": 6},
    }
    assert got["settings"]["plateau"]["patience"] == 3

    for bad, path in [
        ({"plateau": {"patience": -1}}, "plateau.patience"),
        ({"plateau": {"mode": "sideways"}}, "plateau.mode"),
        ({"nosuch": {}}, "nosuch"),
        ({"spike": {"unknown": 1}}, "spike.unknown"),
        ({"spike": 5}, "spike"),
    ]:
        response = client.put(url, json=bad, headers=auth)
        assert response.status_code == 400, bad
        error = response.get_json()["error"]
        assert error["details"] == [{"setting": path}] and path in error["message"]
    assert client.get(url).get_json()["overrides"]["plateau"] == {"patience": 3, "mode": "max"}


def test_detector_settings_need_the_projects_token(client, auth, db) -> None:
    client.post("/api/v1/runs", json={"project": "demo"}, headers=auth)
    other = {"Authorization": f"Bearer {make_token(db, 'other')}"}
    url = "/api/v1/projects/demo/detectors"
    assert client.put(url, json={}, headers=other).status_code == 403
    assert client.put(url, json={}).status_code == 401
    assert client.get("/api/v1/projects/nosuch/detectors").status_code == 404


def test_run_config_overrides_settings_and_bad_ones_are_refused(client, auth, db) -> None:
    bad = {"project": "demo", "config": {"detectors": {"divergence": {"check_finite": "yes"}}}}
    response = client.post("/api/v1/runs", json=bad, headers=auth)
    assert response.status_code == 400
    assert "divergence.check_finite" in response.get_json()["error"]["message"]

    off = {"project": "demo", "config": {"detectors": {"divergence": {"enabled": False}}}}
    run_id = client.post("/api/v1/runs", json=off, headers=auth).get_json()["id"]
    send(client, auth, run_id, range(1, 30), lambda s: "NaN")
    assert alert_rows(db, run_id) == []


def test_a_renamed_setting_gets_a_400_naming_the_new_one(client, auth, db) -> None:
    client.post("/api/v1/runs", json={"project": "demo"}, headers=auth)
    old = {"divergence": {"window": 11}}
    response = client.put("/api/v1/projects/demo/detectors", json=old, headers=auth)
    assert response.status_code == 400
    assert "divergence.window_steps" in response.get_json()["error"]["message"]
    # In a run's config the old name is translated: a training run is never refused for it.
    in_config = {"project": "demo", "config": {"detectors": {"spike": {"short_window": 5}}}}
    response = client.post("/api/v1/runs", json=in_config, headers=auth)
    assert response.status_code == 201
    with db.session() as session:
        run = session.get(Run, response.get_json()["id"])
        settings = alerts.effective_settings(run.project, run.config)
    assert settings["spike"]["short_window_steps"] == 5


def test_plateau_opens_where_reduce_lr_on_plateau_would_cut(client, auth, run_id, db) -> None:
    client.put(
        "/api/v1/projects/demo/detectors",
        json={"plateau": {"key": "val/loss", "patience": 2, "threshold": 0.01}},
        headers=auth,
    )
    values = {10: 1.0, 20: 0.9, 30: 0.899, 40: 0.898, 50: 0.897, 60: 0.5}
    # torch: best 0.9 at step 20; 30 and 40 are bad epochs 1 and 2; 50 is the third → cut.
    for step, value in values.items():
        send(client, auth, run_id, range(step, step + 1), lambda s, v=value: v, key="val/loss")
        evaluate(db, run_id)
    [alert] = alert_rows(db, run_id)
    assert (alert.detector, alert.severity, alert.opened_step) == ("plateau", "info", 50)
    assert alert.state == "resolved" and alert.resolved_step == 60


def test_a_detector_failing_on_one_run_does_not_stop_the_others(
    client, auth, db, monkeypatch, caplog
) -> None:
    """Fault injection (no real detector is known to fail): the engine raises on one run's
    data; the other run in the same evaluation still gets its alert, the failure is logged
    with its run, and the failing run's points are passed over (not retried forever)."""
    real = alerts.engine.evaluate

    def failing_on_boom(state, batch, settings, *, loss_kind=None):
        if loss_kind == "boom":
            raise ZeroDivisionError("a detector bug")
        return real(state, batch, settings, loss_kind=loss_kind)

    monkeypatch.setattr(alerts.engine, "evaluate", failing_on_boom)
    made = [
        client.post(
            "/api/v1/runs",
            json={"project": "demo", "name": kind, "config": {"loss_kind": kind}},
            headers=auth,
        ).get_json()["id"]
        for kind in ("boom", "mse")
    ]
    for run_id in made:
        send(client, auth, run_id, range(1, 301), healthy)
        send(client, auth, run_id, range(301, 400), lambda s: 1e6)
    evaluate_many(db, made)
    assert [a.detector for a in alert_rows(db, made[1])] == ["divergence"]
    assert alert_rows(db, made[0]) == []
    assert f"detectors failed on run {made[0]}" in caplog.text
    assert evaluate_many(db, made) == 0  # passed over, not failing again
