"""Login and sessions: where `next` may lead, throttled guessing, sessions that end when they
should (logout, logout everywhere, a new password or key), the Secure flag, and writes that need
a token or a page's session on every server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from lossmon.server import create_app
from lossmon.server.config import Config
from lossmon.server.dashboard.login import LOGIN_OVERALL, LOGIN_PER_CLIENT
from tests.conftest import make_token
from tests.monitor.test_delivery import fire, make_run

PASSWORD = "correct horse"


@pytest.fixture
def make_app(database_url: str) -> Iterator[Any]:
    apps: list[Any] = []

    def make(**settings: Any) -> Any:
        values = {"dashboard_password": PASSWORD, "secret_key": "k" * 32, **settings}
        app = create_app(Config(database_url=database_url, **values))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["lossmon.db"].dispose()


def _csrf(client: Any, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf" value="([^"]+)"', page) or re.search(
        r'name="csrf-token" content="([^"]+)"', page
    )
    assert found is not None, page[:500]
    return found.group(1)


def _log_in(
    client: Any, password: str = PASSWORD, base_url: str = "http://localhost", **extra: str
) -> Any:
    data = {"password": password, "csrf": _csrf(client), **extra}
    return client.post("/login", data=data, base_url=base_url)


@pytest.mark.parametrize(
    "target",
    [
        "/\t/evil.example",
        "/%09/evil.example",
        "//evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "/\n/evil.example",
        " /alerts",
        "javascript:alert(1)",
    ],
)
def test_next_never_leads_off_site(make_app: Any, target: str) -> None:
    client = make_app().test_client()
    answer = _log_in(client, next=target)
    assert answer.status_code == 302 and answer.headers["Location"] == "/"


def test_next_keeps_a_path_of_this_site(make_app: Any) -> None:
    client = make_app().test_client()
    answer = _log_in(client, next="/alerts?state=firing")
    assert answer.headers["Location"] == "/alerts?state=firing"


def test_guessing_is_throttled_per_client_and_overall(make_app: Any) -> None:
    app = make_app()
    client = app.test_client()
    for _ in range(LOGIN_PER_CLIENT):
        assert _log_in(client, "wrong").status_code == 401
    refused = _log_in(client)  # even the right password, while the client is throttled
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert "Too many attempts" in refused.get_data(as_text=True)
    # Other addresses together hit the overall limit.
    codes = []
    for n in range(LOGIN_OVERALL):
        other = app.test_client()
        other.environ_base["REMOTE_ADDR"] = f"127.0.1.{n % 250}"
        codes.append(_log_in(other, "wrong").status_code)
    assert 429 in codes


def test_a_copied_cookie_dies_with_logout(make_app: Any) -> None:
    app = make_app()
    alice = app.test_client()
    assert _log_in(alice).status_code == 302
    cookie = alice.get_cookie("session")
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie("session", cookie.value)
    assert thief.get("/alerts").status_code == 200  # the copy works while the login lives
    assert alice.post("/logout", data={"csrf": _csrf(alice, "/alerts")}).status_code == 302
    assert thief.get("/alerts").status_code == 302
    assert thief.get("/api/v1/runs").status_code == 401


def test_logout_everywhere_ends_every_session(make_app: Any) -> None:
    app = make_app()
    laptop, phone = app.test_client(), app.test_client()
    _log_in(laptop), _log_in(phone)
    laptop.post("/logout", data={"csrf": _csrf(laptop, "/alerts"), "everywhere": "1"})
    assert phone.get("/alerts").status_code == 302


@pytest.mark.parametrize("change", [{"dashboard_password": "new one"}, {"secret_key": "j" * 32}])
def test_a_new_password_or_key_ends_sessions(make_app: Any, change: dict[str, str]) -> None:
    before = make_app().test_client()
    _log_in(before)
    cookie = before.get_cookie("session")
    assert cookie is not None
    after = make_app(**change).test_client()
    after.set_cookie("session", cookie.value)
    assert after.get("/alerts").status_code == 302


def test_logout_is_a_post_with_csrf(make_app: Any) -> None:
    client = make_app().test_client()
    _log_in(client)
    assert client.get("/logout").status_code == 405
    assert client.post("/logout", data={}).status_code == 400
    assert client.get("/alerts").status_code == 200  # still logged in
    page = client.get("/alerts").get_data(as_text=True)
    assert re.search(r'<form class="logout" method="post"', page)


def test_the_cookie_is_secure_over_https_only(make_app: Any) -> None:
    plain = make_app().test_client()
    assert "Secure" not in _log_in(plain).headers["Set-Cookie"]
    tls = make_app().test_client()
    assert "Secure" in _log_in(tls, base_url="https://localhost").headers["Set-Cookie"]
    # X-Forwarded-Proto counts only behind a configured proxy.
    forged = make_app().test_client()
    forged.environ_base["HTTP_X_FORWARDED_PROTO"] = "https"
    assert "Secure" not in _log_in(forged).headers["Set-Cookie"]
    proxied = make_app(trusted_proxies=1).test_client()
    proxied.environ_base["HTTP_X_FORWARDED_PROTO"] = "https"
    assert "Secure" in _log_in(proxied).headers["Set-Cookie"]


def test_acknowledge_needs_a_writer_or_a_page_session_without_a_password(
    make_app: Any,
) -> None:
    app = make_app(dashboard_password="")
    database = app.extensions["lossmon.db"]
    make_token(database, "demo")
    alert_id = fire(database, make_run(database))
    anonymous = app.test_client()
    assert anonymous.post(f"/api/v1/alerts/{alert_id}/ack").status_code == 401
    page = app.test_client()
    token = _csrf(page, "/alerts")
    answer = page.post(f"/api/v1/alerts/{alert_id}/ack", headers={"X-CSRF-Token": token})
    assert answer.status_code == 200 and answer.get_json()["acknowledged_at"]
