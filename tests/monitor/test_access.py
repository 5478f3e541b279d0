"""Access matrix: every API route × (no token, wrong, revoked, another project's, valid) on a
server with a dashboard password, and no data of another project in any response. Pages and
JSON reads refuse without the dashboard session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from lossmon.server import create_app
from lossmon.server.auth import create_token, revoke_token
from lossmon.server.config import Config
from lossmon.server.models import Alert, Run
from lossmon.server.store import get_or_create_project

PASSWORD = "correct horse"
SECRET_A = "run-of-project-a"  # appears only in project A's data


@dataclass
class World:
    client: Any
    tokens: dict[str, str | None]
    ids: dict[str, int]


@pytest.fixture
def world(database_url: str) -> Any:
    # Its channel points at 127.0.0.1 (nothing listens there): private destinations allowed.
    app = create_app(
        Config(database_url=database_url, dashboard_password=PASSWORD, allow_private_channels=True)
    )
    database = app.extensions["lossmon.db"]
    with database.session() as session:
        a = get_or_create_project(session, "a")
        b = get_or_create_project(session, "b")
        valid = create_token(session, a, "valid").secret
        other = create_token(session, b, "other").secret
        revoked = create_token(session, a, "revoked")
        revoke_token(session, revoked.id)
    client = app.test_client()
    bearer = {"Authorization": f"Bearer {valid}"}
    run_a = client.post("/api/v1/runs", json={"project": "a", "name": SECRET_A}, headers=bearer)
    run_b = client.post(
        "/api/v1/runs",
        json={"project": "b", "name": "run-of-b"},
        headers={"Authorization": f"Bearer {other}"},
    )
    ids = {"run": run_a.get_json()["id"], "run_b": run_b.get_json()["id"]}
    client.post(
        f"/api/v1/runs/{ids['run']}/points",
        json={"points": [{"step": 1, "values": {"train/loss": 1.0}}]},
        headers=bearer,
    )
    channel = client.post(
        "/api/v1/projects/a/channels", json={"url": "http://127.0.0.1:9/hook-of-a"}, headers=bearer
    )
    ids["channel"] = channel.get_json()["id"]
    with database.session() as session:
        for run_id in (ids["run"], ids["run_b"]):
            alert = Alert(
                run_id=run_id,
                detector="spike",
                severity="warning",
                message=f"alert of {session.get(Run, run_id).name}",
            )  # type: ignore[union-attr]
            session.add(alert)
            session.flush()
            ids["alert" if run_id == ids["run"] else "alert_b"] = alert.id
    tokens = {
        "none": None,
        "wrong": "lm_wrong",
        "revoked": revoked.secret,
        "other": other,
        "valid": valid,
    }
    yield World(client, tokens, ids)
    database.dispose()


# (method, path, body, kind): write = token of the project; read = session or token.
ROUTES = [
    ("GET", "/api/v1/runs", None, "read-list"),
    ("GET", "/api/v1/runs/{run}", None, "read"),
    ("GET", "/api/v1/runs/{run}/series/train/loss", None, "read"),
    ("GET", "/api/v1/projects/a/detectors", None, "read"),
    ("GET", "/api/v1/alerts", None, "read-list"),
    ("GET", "/api/v1/projects/a/channels", None, "write"),
    ("POST", "/api/v1/runs", {"project": "a", "name": "new"}, "write"),
    ("POST", "/api/v1/runs/{run}/points", {"points": [{"step": 2, "values": {"k": 1}}]}, "write"),
    ("PATCH", "/api/v1/runs/{run}", {"status": "finished"}, "write"),
    ("PUT", "/api/v1/projects/a/detectors", {"plateau": {"patience": 4}}, "write"),
    ("POST", "/api/v1/projects/a/channels", {"url": "https://example.invalid/x"}, "write"),
    ("POST", "/api/v1/channels/{channel}/test", None, "write"),
    ("DELETE", "/api/v1/channels/{channel}", None, "write"),
    ("POST", "/api/v1/alerts/{alert}/ack", None, "write"),
    ("POST", "/api/v1/runs/{run}/stop", None, "write"),
    ("GET", "/api/v1/openapi.json", None, "public"),
    ("GET", "/healthz", None, "public"),
    ("GET", "/readyz", None, "public"),
]
EXPECTED = {
    "write": {"none": 401, "wrong": 401, "revoked": 401, "other": 403},
    "read": {"none": 401, "wrong": 401, "revoked": 401, "other": 403},
    "read-list": {"none": 401, "wrong": 401, "revoked": 401, "other": 200},
    "public": {"none": 200, "wrong": 200, "revoked": 200, "other": 200},
}


def test_every_api_route_is_in_the_matrix(app: Any) -> None:
    served = {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/") or rule.rule in ("/healthz", "/readyz")
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }
    listed = {
        (
            method,
            path.replace("{run}", "<int:run_id>")
            .replace("{channel}", "<int:channel_id>")
            .replace("{alert}", "<int:alert_id>")
            .replace("/a/", "/<name>/")
            .replace("series/train/loss", "series/<path:key>"),
        )
        for method, path, _, _ in ROUTES
    }
    assert served == listed


@pytest.mark.parametrize(
    ("method", "path", "body", "kind"), ROUTES, ids=[f"{r[0]} {r[1]}" for r in ROUTES]
)
def test_route_answers_each_credential_rightly(world, method, path, body, kind) -> None:
    url = path.format(**world.ids)
    for credential in ("none", "wrong", "revoked", "other", "valid"):
        secret = world.tokens[credential]
        headers = {"Authorization": f"Bearer {secret}"} if secret else {}
        response = world.client.open(url, method=method, json=body, headers=headers)
        text = response.get_data(as_text=True)
        if credential == "valid":
            assert response.status_code < 400 or response.status_code == 502, (credential, text)
        else:
            assert response.status_code == EXPECTED[kind][credential], (credential, text)
        if credential == "other" or kind == "public":
            assert SECRET_A not in text and "hook-of-a" not in text, (credential, text)
        assert "lm_" not in text.replace(str(secret), ""), "a token leaked into a response"


def test_pages_and_reads_need_the_dashboard_session(world) -> None:
    client = world.client
    pages = [
        "/",
        "/projects/a",
        f"/runs/{world.ids['run']}",
        f"/compare?runs={world.ids['run']}",
        "/alerts",
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 302 and "/login" in response.headers["Location"], page
        assert SECRET_A not in response.get_data(as_text=True)
    assert client.get("/api/v1/runs").status_code == 401
    form = client.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf" value="([^"]+)"', form)
    assert csrf is not None
    assert client.post("/login", data={"password": PASSWORD}).status_code == 400  # no CSRF
    assert client.post("/login", data={"password": "nope", "csrf": csrf[1]}).status_code == 401
    login = client.post("/login", data={"password": PASSWORD, "csrf": csrf[1]})
    assert login.status_code in (302, 303)
    for page in pages:
        assert client.get(page).status_code == 200, page
    assert SECRET_A in client.get("/projects/a").get_data(as_text=True)
    assert client.get("/api/v1/runs").status_code == 200
