"""Every response carries the security headers, no version banner; the Host is checked when
trusted hosts are configured (and `lossmon serve` on loopback trusts only loopback names)."""

from __future__ import annotations

from typing import Any

import requests

from lossmon.server import create_app
from lossmon.server.config import Config
from tests.conftest import LiveServer


def test_pages_and_api_carry_security_headers(client: Any) -> None:
    for path in ("/", "/alerts", "/api/v1/runs", "/healthz"):
        response = client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert (
            "script-src 'self'" in csp
            and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        )
        assert "frame-ancestors 'none'" in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"


def test_no_inline_script_in_pages(client: Any, auth: dict[str, str]) -> None:
    run = client.post("/api/v1/runs", json={"project": "demo", "name": "r"}, headers=auth)
    for path in ("/", "/alerts", "/projects/demo", f"/runs/{run.get_json()['id']}"):
        page = client.get(path).get_data(as_text=True)
        for tag in page.split("<script")[1:]:
            head = tag.split(">", 1)[0]
            assert "src=" in head or 'type="application/json"' in head, (path, head)
        assert " onclick=" not in page and " onload=" not in page


def test_hosts_outside_the_trusted_list_get_400(sqlite_url: str) -> None:
    app = create_app(Config(database_url=sqlite_url, trusted_hosts="lossmon.example.com"))
    try:
        client = app.test_client()
        assert client.get("/healthz", base_url="http://lossmon.example.com").status_code == 200
        assert client.get("/healthz", base_url="http://127.0.0.1:8000").status_code == 200
        assert client.get("/healthz", base_url="http://evil.example").status_code == 400
    finally:
        app.extensions["lossmon.db"].dispose()


def test_serve_on_loopback_refuses_rebound_names(live_server: LiveServer) -> None:
    ok = requests.get(f"{live_server.url}/healthz", timeout=5)
    assert ok.status_code == 200
    assert ok.headers["Server"] == "lossmon"  # no version banner
    rebound = requests.get(
        f"{live_server.url}/api/v1/runs", headers={"Host": "attacker.example:5000"}, timeout=5
    )
    assert rebound.status_code == 400


def test_an_exhausted_pool_answers_503_with_retry_after(sqlite_url: str) -> None:
    """Every pooled connection busy: a clear 503 the client retries, not a 500."""
    app = create_app(Config(database_url=sqlite_url))
    engine = app.extensions["lossmon.db"].engine
    engine.pool._timeout = 0.2  # SQLAlchemy's pool_timeout (30 s by default), for the test
    held = []
    try:
        while True:  # take every connection the pool will give
            try:
                held.append(engine.connect())
            except Exception:
                break
        answer = app.test_client().get("/api/v1/runs")
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "1"
        assert answer.get_json()["error"]["code"] == "busy"
    finally:
        for connection in held:
            connection.close()
        app.extensions["lossmon.db"].dispose()
