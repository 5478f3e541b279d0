"""Channel destinations have a policy: nobody with a project token can make the service reach
inside its own network, pick the method or headers it sends, follow a redirect there, or use
the channel test as a probe. Receivers are real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread
from typing import Any

import pytest

from lossmon.server import create_app
from lossmon.server.config import Config
from tests.conftest import make_token
from tests.monitor.test_delivery import (
    Receiver,
    add_channel,
    deliveries,
    fire,
    make_run,
    sender_for,
)

PRIVATE = [
    "http://127.0.0.1:9/hook",
    "https://127.1.2.3/hook",
    "http://[::1]:9/hook",
    "http://0.0.0.0:9/hook",
    "http://localhost:9/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/hook",
    "http://192.168.0.10/hook",
    "http://[fd00::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "json://127.0.0.1:9/hook",
    "xml://localhost:9/hook",
    "mailto://bob:pw@127.0.0.1:25?from=a@example.com&to=b@example.com",
    "mailto://bob:pw@example.com?smtp=127.0.0.1&from=a@example.com&to=b@example.com",
]
CALLER_CHOSEN = [
    "json://hooks.example.com/in?+X-Api-Key=1",
    "json://hooks.example.com/in?%2BAuthorization=Bearer",
    "json://hooks.example.com/in?-title=",
    "json://hooks.example.com/in?:message=body",
    "form://hooks.example.com/in?method=GET",
]


@pytest.fixture
def strict_app(database_url: str) -> Iterator[Any]:
    """The service as deployed: private destinations refused (the default)."""
    application = create_app(Config(database_url=database_url, notify_timeout_s=1.0))
    yield application
    application.extensions["lossmon.db"].dispose()


@pytest.fixture
def strict(strict_app: Any) -> tuple[Any, dict[str, str]]:
    token = make_token(strict_app.extensions["lossmon.db"], "demo")
    return strict_app.test_client(), {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("url", PRIVATE)
def test_private_destinations_are_refused(strict: tuple[Any, dict[str, str]], url: str) -> None:
    client, auth = strict
    answer = client.post("/api/v1/projects/demo/channels", json={"url": url}, headers=auth)
    assert answer.status_code == 400, answer.get_json()
    error = answer.get_json()["error"]
    assert error["details"] == [{"field": "url"}]
    assert "LOSSMON_ALLOW_PRIVATE_CHANNELS=1" in error["message"]
    listed = client.get("/api/v1/projects/demo/channels", headers=auth).get_json()
    assert listed["channels"] == []  # nothing stored


@pytest.mark.parametrize("url", CALLER_CHOSEN)
def test_urls_may_not_choose_method_headers_or_payload(
    strict: tuple[Any, dict[str, str]], url: str
) -> None:
    client, auth = strict
    answer = client.post("/api/v1/projects/demo/channels", json={"url": url}, headers=auth)
    assert answer.status_code == 400
    assert "method, headers or payload" in answer.get_json()["error"]["message"]


@pytest.mark.parametrize("url", ["syslog://", "kodi://media.example.com", "rsyslog://example.com"])
def test_only_listed_apprise_services(strict: tuple[Any, dict[str, str]], url: str) -> None:
    client, auth = strict
    answer = client.post("/api/v1/projects/demo/channels", json={"url": url}, headers=auth)
    assert answer.status_code == 400
    assert "not one of the services lossmon sends to" in answer.get_json()["error"]["message"]


def test_public_destinations_and_chat_tokens_are_accepted(
    strict: tuple[Any, dict[str, str]],
) -> None:
    client, auth = strict
    for url in (
        "https://8.8.8.8/hook",  # a literal public address: no lookup needed
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ",  # the vendor's own host
    ):
        answer = client.post("/api/v1/projects/demo/channels", json={"url": url}, headers=auth)
        assert answer.status_code == 201, answer.get_json()


def test_the_operator_may_allow_private_destinations(client: Any, auth: dict[str, str]) -> None:
    # The `app` fixture sets allow_private_channels, as LOSSMON_ALLOW_PRIVATE_CHANNELS=1 does.
    answer = client.post(
        "/api/v1/projects/demo/channels", json={"url": "http://127.0.0.1:9/hook"}, headers=auth
    )
    assert answer.status_code == 201


def test_the_sender_polices_again_at_send_time(db: Any) -> None:
    """A channel added while private destinations were allowed is not sent to once they
    are not: the delivery fails for good, and the receiver hears nothing."""
    receiver = Receiver()
    try:
        add_channel(db, receiver.url, allow_private=True)
        fire(db, make_run(db))
        sender_for(db, allow_private_channels=False).send_due()
        [row] = deliveries(db)
        assert row.status == "failed" and "destination policy" in (row.last_error or "")
        assert receiver.requests == []
    finally:
        receiver.close()


class Redirector:
    """An HTTP server that answers every POST with a 307 to `target`."""

    def __init__(self, target: str) -> None:
        self.hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.hits += 1
                self.send_response(307)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, scheme: str) -> str:
        return f"{scheme}://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("scheme", ["http", "json"])
def test_redirects_are_not_followed(db: Any, scheme: str) -> None:
    inside = Receiver()
    redirector = Redirector(inside.url)
    try:
        add_channel(db, redirector.url(scheme))
        fire(db, make_run(db))
        sender_for(db).send_due()
        assert redirector.hits == 1
        assert inside.requests == []  # the redirect's target never hears from us
        [row] = deliveries(db)
        assert row.status != "sent"
    finally:
        redirector.close()
        inside.close()


def test_channel_test_says_only_delivered_or_not_and_is_rate_limited(
    client: Any, auth: dict[str, str]
) -> None:
    receiver = Receiver(statuses=[500])
    try:
        created = client.post(
            "/api/v1/projects/demo/channels", json={"url": receiver.url}, headers=auth
        ).get_json()
        answer = client.post(f"/api/v1/channels/{created['id']}/test", headers=auth)
        body = answer.get_json()
        assert answer.status_code == 200 and body["delivered"] is False
        assert "500" not in str(body) and "127.0.0.1" not in str(body)
        again = client.post(f"/api/v1/channels/{created['id']}/test", headers=auth)
        assert again.status_code == 429 and int(again.headers["Retry-After"]) >= 1
        assert len(receiver.requests) == 1  # the refused test sent nothing
    finally:
        receiver.close()


def test_channel_test_waits_a_bounded_time(database_url: str) -> None:
    application = create_app(
        Config(database_url=database_url, allow_private_channels=True, notify_timeout_s=30.0)
    )
    receiver = Receiver(delay=20.0)  # a receiver that never answers in time
    try:
        token = make_token(application.extensions["lossmon.db"], "demo")
        client, auth = application.test_client(), {"Authorization": f"Bearer {token}"}
        created = client.post(
            "/api/v1/projects/demo/channels", json={"url": receiver.url}, headers=auth
        ).get_json()
        started = time.monotonic()
        answer = client.post(f"/api/v1/channels/{created['id']}/test", headers=auth)
        took = time.monotonic() - started
        assert answer.get_json()["delivered"] is False
        assert took < 7.0, f"the test held the request {took:.1f} s"
    finally:
        receiver.close()
        application.extensions["lossmon.db"].dispose()
