"""Tokens and channels from the dashboard, in Chromium: created, listed, revoked/removed; behind
the login when a password is set."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from lossmon.server.config import Config
from tests.browser.conftest import Pages, Site, serve
from tests.monitor.test_delivery import Receiver


@pytest.fixture
def open_site(sqlite_url: str) -> Iterator[Site]:
    yield from serve(Config(database_url=sqlite_url, allow_private_channels=True))


def test_tokens_are_created_listed_and_revoked_from_the_dashboard(
    open_site: Site, pages: Pages
) -> None:
    page = pages.open()
    page.goto(open_site.url + "/")
    page.click("text=Tokens & channels")
    page.fill("#create-token input[name=label]", "notebook")
    page.click("#create-token button[type=submit]")
    secret = page.text_content("#new-token")
    assert secret is not None and secret.startswith("lm_")
    auth = {"Authorization": f"Bearer {secret}"}
    # A token for every project: it creates the README's projects on first write.
    for project in ("mnist", "gpt-small"):
        made = requests.post(f"{open_site.url}/api/v1/runs", json={"project": project},
                             headers=auth, timeout=5)  # fmt: skip
        assert made.status_code == 201, made.text

    page.goto(open_site.url + "/tokens")
    assert page.locator("#new-token").count() == 0  # shown once, on the page that made it
    row = page.locator("#tokens tr", has_text="notebook")
    assert "every project" in row.inner_text() and secret not in page.content()
    row.locator("button", has_text="Revoke").click()
    page.wait_for_selector("#tokens tr:has-text('notebook'):has-text('revoked')")
    refused = requests.post(f"{open_site.url}/api/v1/runs", json={"project": "mnist"},
                            headers=auth, timeout=5)  # fmt: skip
    assert refused.status_code == 401

    # A project's own token, chosen from the form.
    page.fill("#create-token input[name=project]", "mnist")
    page.click("#create-token button[type=submit]")
    scoped = {"Authorization": f"Bearer {page.text_content('#new-token')}"}
    other = requests.post(f"{open_site.url}/api/v1/runs", json={"project": "gpt-small"},
                          headers=scoped, timeout=5)  # fmt: skip
    assert other.status_code == 403


def test_channels_are_added_listed_and_removed_from_the_dashboard(
    open_site: Site, pages: Pages
) -> None:
    receiver = Receiver()
    try:
        page = pages.open()
        page.goto(open_site.url + "/channels")
        page.fill("#add-channel input[name=project]", "demo")
        page.fill("#add-channel input[name=url]", receiver.url)
        page.select_option("#add-channel select[name=min_severity]", "critical")
        page.click("#add-channel button[type=submit]")
        secret = page.text_content("#new-secret")
        assert secret is not None and secret.startswith("whsec_")
        row = page.locator("#channels tr", has_text="demo")
        text = row.inner_text()
        assert "webhook" in text and "critical" in text
        assert "T0KEN-in-path" not in page.content()  # the URL is masked

        page.fill("#add-channel input[name=project]", "demo")
        page.fill("#add-channel input[name=url]", "gopher://example.com/")
        page.click("#add-channel button[type=submit]")
        assert "url" in (page.text_content("[role=alert]") or "")
        # The refused form comes back as a 400, which Chromium reports on its console.
        assert [e for e in pages.errors if "400" not in e] == []
        pages.errors.clear()

        page.goto(open_site.url + "/channels")
        page.locator("#channels tr", has_text="demo").locator("button", has_text="Remove").click()
        page.wait_for_selector("text=No channels yet")
    finally:
        receiver.close()


def test_behind_a_password_the_pages_need_the_login(sqlite_url: str, tmp_path: Path) -> None:
    for site in serve(Config(database_url=sqlite_url, dashboard_password="s3cret")):
        for path in ("/tokens", "/channels"):
            response = requests.get(site.url + path, allow_redirects=False, timeout=5)
            assert response.status_code in (302, 303)
            assert "/login" in response.headers["Location"]
        forged = requests.post(site.url + "/tokens", data={"label": "x"}, allow_redirects=False,
                               timeout=5)  # fmt: skip
        assert forged.status_code in (302, 303, 400, 401)
        listed = requests.get(site.url + "/tokens", timeout=5)
        assert "x" not in listed.text.split("</h1>")[-1] or "Log in" in listed.text
