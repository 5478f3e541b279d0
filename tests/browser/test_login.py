"""With LOSSMON_DASHBOARD_PASSWORD set, every page needs the login; the session cookie is
HttpOnly and SameSite; after login the pages and their JSON reads work."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from lossmon.server.config import Config
from tests.browser.conftest import Pages, Site, serve, wait_ready
from tests.browser.seeding import add_alert, seed_run

PASSWORD = "correct horse battery staple"


@pytest.fixture
def locked_site(sqlite_url: str) -> Iterator[Site]:
    yield from serve(Config(database_url=sqlite_url, dashboard_password=PASSWORD))


def log_in(page, password: str) -> None:  # type: ignore[no-untyped-def]
    page.fill("#password", password)
    page.click("button[type=submit]")


def test_login_guards_every_page(locked_site: Site, pages: Pages) -> None:
    run_id = seed_run(
        locked_site.db, "secret-project", "r1", {"train/loss": ([0, 1, 2], [3.0, 2.0, 1.0])}
    )
    alert_id = add_alert(locked_site.db, run_id, "spike", "warning", 1, None, "spiky")
    for path in ("/", "/projects/secret-project", f"/runs/{run_id}", "/compare?runs=1", "/alerts"):
        response = requests.get(locked_site.url + path, allow_redirects=False, timeout=5)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path
    assert requests.get(f"{locked_site.url}/api/v1/runs", timeout=5).status_code == 401
    assert (
        requests.post(f"{locked_site.url}/api/v1/alerts/{alert_id}/ack", timeout=5).status_code
        == 401
    )

    page = pages.open()
    page.goto(f"{locked_site.url}/runs/{run_id}")
    assert "/login" in page.url
    assert "secret-project" not in page.content()
    log_in(page, "wrong")
    assert "Wrong password" in page.inner_text("main")
    pages.errors.clear()  # the browser logs the 401 of the failed login
    log_in(page, PASSWORD)
    page.wait_for_url(f"**/runs/{run_id}")
    wait_ready(page)  # the charts' JSON reads go through with the session

    cookie = next(c for c in page.context.cookies() if c["name"] == "session")
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Lax"

    page.goto(f"{locked_site.url}/alerts")
    page.click(".ack-button")
    page.wait_for_selector(".ack-button", state="detached")

    page.click("text=Log out")
    page.wait_for_url("**/login")
    page.goto(f"{locked_site.url}/")
    assert "/login" in page.url


def test_login_never_redirects_off_site(locked_site: Site, pages: Pages) -> None:
    page = pages.open()
    page.goto(f"{locked_site.url}/login?next=//evil.example/")
    log_in(page, PASSWORD)
    page.wait_for_load_state()
    assert page.url == f"{locked_site.url}/"
