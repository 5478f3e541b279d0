"""The closed loop's server side: what a points answer carries, and who may stop a run."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from lossmon.server import create_app
from lossmon.server.config import Config
from lossmon.server.models import Alert
from tests.conftest import make_token


@pytest.fixture
def run_id(client: Any, auth: dict[str, str]) -> int:
    response = client.post("/api/v1/runs", json={"project": "demo", "name": "r"}, headers=auth)
    return int(response.get_json()["id"])


def post_points(client: Any, auth: dict[str, str], run_id: int, points: list[Any]) -> Any:
    response = client.post(f"/api/v1/runs/{run_id}/points", json={"points": points},
                           headers=auth)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def add_alert(db: Any, run_id: int, **fields: Any) -> int:
    with db.session() as session:
        alert = Alert(run_id=run_id, **{"severity": "warning", "message": "m" * 300, **fields})
        session.add(alert)
        session.flush()
        return int(alert.id)


def test_points_answer_carries_open_alerts_compactly(client, auth, db, run_id) -> None:
    rollback = add_alert(db, run_id, detector="divergence", severity="critical", opened_step=40,
                         evidence={"rollback_step": 31, "key": "train/loss", "values": [1] * 50})
    best = add_alert(db, run_id, detector="overfitting", opened_step=60,
                     evidence={"best_step": 20, "gap": 0.4})
    add_alert(db, run_id, detector="spike", state="resolved", opened_step=5, resolved_step=9)
    body = post_points(client, auth, run_id, [{"step": 61, "values": {"train/loss": 1.0}}])
    assert body == {
        "accepted": 1,
        "alerts": [
            {"id": rollback, "detector": "divergence", "severity": "critical", "state": "firing",
             "opened_step": 40, "evidence": {"rollback_step": 31}},
            {"id": best, "detector": "overfitting", "severity": "warning", "state": "firing",
             "opened_step": 60, "evidence": {"best_step": 20}},
        ],
        "stop": None,
    }
    # Only what a loop acts on: no message, no evidence arrays, no resolved alerts.
    assert "mmm" not in json.dumps(body)


def test_nan_in_a_batch_opens_divergence_in_the_same_answer(client, auth, run_id) -> None:
    points = [{"step": s, "values": {"train/loss": 1.0 / (s + 1)}} for s in range(30)]
    assert post_points(client, auth, run_id, points)["alerts"] == []
    body = post_points(client, auth, run_id, [{"step": 30, "values": {"train/loss": "NaN"}}])
    [alert] = body["alerts"]
    assert alert["detector"] == "divergence" and alert["severity"] == "critical"
    assert alert["opened_step"] == 30


def test_stop_with_a_token_is_seen_by_the_next_batch(client, auth, run_id) -> None:
    assert post_points(client, auth, run_id, [{"step": 1, "values": {"k": 1}}])["stop"] is None
    response = client.post(f"/api/v1/runs/{run_id}/stop", json={"reason": "budget spent"},
                           headers=auth)
    assert response.status_code == 200, response.get_data(as_text=True)
    stop = response.get_json()["stop"]
    assert stop["reason"] == "budget spent" and stop["requested_at"]
    # Idempotent: the first request is kept.
    again = client.post(f"/api/v1/runs/{run_id}/stop", json={"reason": "other"}, headers=auth)
    assert again.get_json()["stop"] == stop
    assert post_points(client, auth, run_id, [{"step": 2, "values": {"k": 1}}])["stop"] == stop
    # Without a body the reason says where it came from.
    other = client.post("/api/v1/runs", json={"project": "demo", "name": "s"}, headers=auth)
    bare = client.post(f"/api/v1/runs/{other.get_json()['id']}/stop", headers=auth)
    assert bare.get_json()["stop"]["reason"] == "stopped through the API"


@pytest.mark.parametrize(
    ("body", "status"),
    [({"reason": ""}, 400), ({"reason": "x" * 501}, 400), ({"why": "x"}, 400), ([], 400)],
)
def test_stop_refuses_bad_bodies(client, auth, run_id, body, status) -> None:
    response = client.post(f"/api/v1/runs/{run_id}/stop", json=body, headers=auth)
    assert response.status_code == status
    assert post_points(client, auth, run_id, [{"step": 1, "values": {"k": 1}}])["stop"] is None


def test_stop_needs_a_writer_of_the_project(client, db, auth, run_id) -> None:
    other = {"Authorization": f"Bearer {make_token(db, 'elsewhere')}"}
    assert client.post(f"/api/v1/runs/{run_id}/stop", headers=other).status_code == 403
    assert client.post(f"/api/v1/runs/{run_id}/stop").status_code == 401
    assert client.post("/api/v1/runs/999999/stop", headers=auth).status_code == 404
    assert post_points(client, auth, run_id, [{"step": 1, "values": {"k": 1}}])["stop"] is None


def _csrf(page: str) -> str:
    found = re.search(r'<meta name="csrf-token" content="([^"]+)"', page)
    assert found is not None
    return found[1]


def test_the_run_page_button_stops_the_run(client, auth, run_id) -> None:
    page = client.get(f"/runs/{run_id}").get_data(as_text=True)
    assert 'id="stop-run"' in page and "Stop run" in page
    url = f"/api/v1/runs/{run_id}/stop"
    # A cross-site page has no CSRF token: that is a token write, and it has none.
    assert client.post(url).status_code == 401
    assert client.post(url, headers={"X-CSRF-Token": "forged"}).status_code == 401
    response = client.post(url, headers={"X-CSRF-Token": _csrf(page)})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["stop"]["reason"] == "stopped from the dashboard"
    body = post_points(client, auth, run_id, [{"step": 1, "values": {"k": 1}}])
    assert body["stop"]["reason"] == "stopped from the dashboard"
    # The page now says the stop was asked for, and offers no second button.
    page = client.get(f"/runs/{run_id}").get_data(as_text=True)
    assert 'id="stop-run"' not in page and "Stop requested" in page


def test_with_a_password_the_button_needs_the_login(database_url: str) -> None:
    app = create_app(Config(database_url=database_url, dashboard_password="pw"))
    client = app.test_client()
    token = make_token(app.extensions["lossmon.db"], "demo")
    created = client.post("/api/v1/runs", json={"project": "demo"},
                          headers={"Authorization": f"Bearer {token}"})
    url = f"/api/v1/runs/{created.get_json()['id']}/stop"
    form = client.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf" value="([^"]+)"', form)
    assert csrf is not None
    # The session's CSRF token alone does not do it: the session must be logged in.
    assert client.post(url, headers={"X-CSRF-Token": csrf[1]}).status_code == 401
    client.post("/login", data={"password": "pw", "csrf": csrf[1]})
    page = client.get(f"/runs/{created.get_json()['id']}").get_data(as_text=True)
    assert client.post(url, headers={"X-CSRF-Token": _csrf(page)}).status_code == 200
    app.extensions["lossmon.db"].dispose()


def test_a_quiet_run_is_told_so_without_loading_alerts(client, auth, db, run_id) -> None:
    # touch_run's flag decides whether a points answer loads the alerts at all: it must be
    # set by a firing alert of this run or a stop request, and by nothing else.
    from lossmon.server import store

    def news() -> bool:
        with db.session() as session:
            head = store.touch_run(session, run_id)
            assert head is not None
            return head.news

    other = client.post("/api/v1/runs", json={"project": "demo"}, headers=auth).get_json()["id"]
    assert not news()
    add_alert(db, other, detector="divergence", opened_step=1)
    add_alert(db, run_id, detector="spike", state="resolved", opened_step=5, resolved_step=9)
    assert not news()
    assert post_points(client, auth, run_id, [{"step": 1, "values": {"a": 1.0}}])["alerts"] == []
    firing = add_alert(db, run_id, detector="plateau", opened_step=7)
    assert news()
    assert [
        a["id"]
        for a in post_points(client, auth, run_id, [{"step": 2, "values": {"a": 1.0}}])["alerts"]
    ] == [firing]
    with db.session() as session:
        session.get(Alert, firing).state = "resolved"
    assert not news()
    client.post(f"/api/v1/runs/{run_id}/stop", json={}, headers=auth)
    assert news()
