"""Bad input: a clear 4xx in the JSON error shape, and nothing written."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from tests.conftest import make_token

GOOD = {"step": 1, "values": {"train/loss": 1.0}}


@pytest.fixture
def run_id(client: Any, auth: dict[str, str]) -> int:
    response = client.post("/api/v1/runs", json={"project": "demo"}, headers=auth)
    return int(response.get_json()["id"])


def stored_points(db: Any) -> int:
    from sqlalchemy import func, select

    from lossmon.server.models import Point

    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Point)) or 0)


def assert_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    error: dict[str, Any] = response.get_json()["error"]
    assert set(error) == {"code", "message", "details"}
    assert error["message"]
    return error


BAD_POINTS = [
    ("string value", {"step": 1, "values": {"train/loss": "1.0"}}, "must be a number"),
    ("bool value", {"step": 1, "values": {"train/loss": True}}, "must be a number"),
    ("null value", {"step": 1, "values": {"train/loss": None}}, "must be a number"),
    ("list value", {"step": 1, "values": {"train/loss": [1.0]}}, "must be a number"),
    ("object value", {"step": 1, "values": {"train/loss": {"v": 1}}}, "must be a number"),
    ("negative step", {"step": -1, "values": {"k": 1}}, "step must be between"),
    ("fractional step", {"step": 1.5, "values": {"k": 1}}, "step must be an integer"),
    ("huge step", {"step": 2**53 + 1, "values": {"k": 1}}, "step must be between"),
    ("string step", {"step": "1", "values": {"k": 1}}, "step must be an integer"),
    ("bool step", {"step": True, "values": {"k": 1}}, "step must be an integer"),
    ("missing step", {"values": {"k": 1}}, "step must be an integer"),
    ("empty key", {"step": 1, "values": {"": 1}}, "must not be empty"),
    ("long key", {"step": 1, "values": {"k" * 201: 1}}, "at most 200"),
    ("control char in key", {"step": 1, "values": {"train/\nloss": 1}}, "control characters"),
    ("nul in key", {"step": 1, "values": {"a\x00b": 1}}, "control characters"),
    ("empty values", {"step": 1, "values": {}}, "non-empty object"),
    ("values not object", {"step": 1, "values": [1]}, "non-empty object"),
    ("point not object", [1, 2], "must be an object"),
    ("unknown field", {"step": 1, "values": {"k": 1}, "extra": 1}, "unknown field"),
    ("bad wall_time", {"step": 1, "wall_time": "now", "values": {"k": 1}}, "wall_time"),
]


@pytest.mark.parametrize(("case", "bad", "reason"), BAD_POINTS, ids=[c[0] for c in BAD_POINTS])
def test_bad_point_rejects_whole_batch(client, auth, run_id, db, case, bad, reason) -> None:
    points = [GOOD] * 500 + [bad] + [GOOD] * 499
    response = client.post(f"/api/v1/runs/{run_id}/points", json={"points": points}, headers=auth)
    error = assert_error(response, 400)
    assert error["details"][0]["index"] == 500
    assert reason in error["details"][0]["reason"]
    assert stored_points(db) == 0


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"[1, 2]", b'{"points": 5}', b'{"points": {"step": 1}}', b"\xff\xfe"],
    ids=["malformed", "empty", "list body", "points not list", "points object", "bad bytes"],
)
def test_malformed_bodies_are_400(client, auth, run_id, db, body) -> None:
    response = client.post(
        f"/api/v1/runs/{run_id}/points",
        data=body,
        headers={**auth, "Content-Type": "application/json"},
    )
    assert_error(response, 400)
    assert stored_points(db) == 0


def test_malformed_gzip_is_400(client, auth, run_id) -> None:
    response = client.post(
        f"/api/v1/runs/{run_id}/points",
        data=b"not gzip at all",
        headers={**auth, "Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert "gzip" in assert_error(response, 400)["message"]


def test_more_than_10000_points_is_413(client, auth, run_id, db) -> None:
    points = [{"step": s, "values": {"k": 1.0}} for s in range(10_001)]
    response = client.post(f"/api/v1/runs/{run_id}/points", json={"points": points}, headers=auth)
    assert_error(response, 413)
    assert stored_points(db) == 0


def test_body_over_10_mb_is_413(client, auth, run_id, db) -> None:
    body = json.dumps({"points": [{"step": 1, "values": {"k": 1.0}}], "pad": "x" * 11_000_000})
    response = client.post(
        f"/api/v1/runs/{run_id}/points",
        data=body,
        headers={**auth, "Content-Type": "application/json"},
    )
    assert_error(response, 413)
    assert stored_points(db) == 0


def test_gzip_bomb_is_413(client, auth, run_id, db) -> None:
    body = b'{"points": [], "pad": "' + b"x" * 20_000_000 + b'"}'
    response = client.post(
        f"/api/v1/runs/{run_id}/points",
        data=gzip.compress(body),
        headers={**auth, "Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert_error(response, 413)


def test_unknown_run_is_404(client, auth, db) -> None:
    response = client.post("/api/v1/runs/4242/points", json={"points": [GOOD]}, headers=auth)
    assert_error(response, 404)
    assert stored_points(db) == 0


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer lm_wrong", "Basic dXNlcjpwYXNz", "lm_no_scheme"],
    ids=["missing", "empty bearer", "wrong token", "basic auth", "no scheme"],
)
def test_missing_or_wrong_token_is_401(client, run_id, db, header) -> None:
    headers = {"Authorization": header} if header else {}
    response = client.post(
        f"/api/v1/runs/{run_id}/points", json={"points": [GOOD]}, headers=headers
    )
    assert_error(response, 401)
    assert_error(client.post("/api/v1/runs", json={"project": "demo"}, headers=headers), 401)
    assert stored_points(db) == 0


def test_revoked_token_is_401(client, db, runner) -> None:
    from lossmon.server import auth as tokens
    from lossmon.server.store import get_or_create_project

    with db.session() as session:
        new = tokens.create_token(session, get_or_create_project(session, "demo"), "ci")
    headers = {"Authorization": f"Bearer {new.secret}"}
    run_id = client.post("/api/v1/runs", json={"project": "demo"}, headers=headers).get_json()["id"]
    with db.session() as session:
        tokens.revoke_token(session, new.id)
    response = client.post(
        f"/api/v1/runs/{run_id}/points", json={"points": [GOOD]}, headers=headers
    )
    assert "revoked" in assert_error(response, 401)["message"]
    assert stored_points(db) == 0


def test_token_of_another_project_is_403(client, run_id, db) -> None:
    other = {"Authorization": f"Bearer {make_token(db, 'other')}"}
    response = client.post(f"/api/v1/runs/{run_id}/points", json={"points": [GOOD]}, headers=other)
    assert_error(response, 403)
    assert_error(
        client.patch(f"/api/v1/runs/{run_id}", json={"status": "failed"}, headers=other), 403
    )
    assert_error(client.post("/api/v1/runs", json={"project": "demo"}, headers=other), 403)
    assert stored_points(db) == 0


@pytest.mark.parametrize(
    "body",
    [
        {"project": "demo", "name": ""},
        {"project": "demo", "name": 5},
        {"project": "demo", "config": []},
        {"project": "demo", "tags": "a"},
        {"project": "demo", "tags": [1]},
        {"project": "demo", "unexpected": 1},
        {"project": "demo", "client_run_id": "x" * 201},
        # PostgreSQL's JSON cannot hold a NUL: refused, not stored to fail every later batch.
        {"project": "demo", "config": {"a\u0000b": 1}},
        {"project": "demo", "config": {"lr": ["x\u0000"]}},
    ],
)
def test_bad_run_create_is_400(client, auth, db, body) -> None:
    assert_error(client.post("/api/v1/runs", json=body, headers=auth), 400)
    assert client.get("/api/v1/runs").get_json()["runs"] == []


@pytest.mark.parametrize(
    "body",
    [
        {"status": "done"},
        {},
        {"status": "finished", "summary": []},
        {"status": "finished", "x": 1},
        {"status": "finished", "summary": {"acc\u0000": 0.9}},
    ],
)
def test_bad_status_update_is_400(client, auth, run_id, body) -> None:
    assert_error(client.patch(f"/api/v1/runs/{run_id}", json=body, headers=auth), 400)
    assert client.get(f"/api/v1/runs/{run_id}").get_json()["status"] == "running"


@pytest.mark.parametrize(
    "query", ["max_points=abc", "max_points=1", "start=-5", "end=x", "max_points=99999999"]
)
def test_bad_series_query_is_400(client, auth, run_id, query) -> None:
    client.post(f"/api/v1/runs/{run_id}/points", json={"points": [GOOD]}, headers=auth)
    assert_error(client.get(f"/api/v1/runs/{run_id}/series/train/loss?{query}"), 400)


def test_unknown_series_is_404(client, run_id) -> None:
    assert_error(client.get(f"/api/v1/runs/{run_id}/series/no/such"), 404)


def test_unknown_api_route_is_json_404(client) -> None:
    assert_error(client.get("/api/v1/nothing-here"), 404)
