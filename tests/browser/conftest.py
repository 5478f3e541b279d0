"""Real headless Chromium (Debian's, driven by Playwright) against a real server.

`site` is the app on a fresh SQLite file behind a werkzeug server thread: no scheduler, so
what a test seeds is exactly what the pages show. Tests that need the whole service (ingest
over HTTP, the scheduler) use `live_server` from the top-level conftest instead.

Every page a test opens through `pages` fails the test on a console error, an uncaught
exception or a JavaScript dialog (an executed `alert(1)` is a dialog).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from werkzeug.serving import make_server

from lossmon.server import create_app
from lossmon.server.config import Config
from lossmon.server.db import Database

CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


@dataclass
class Site:
    """The dashboard app served on a free port, and its database for seeding."""

    url: str
    db: Database
    app: Any


def serve(config: Config) -> Iterator[Site]:
    app = create_app(config)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="site", daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.port}", app.extensions["lossmon.db"], app)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
        app.extensions["lossmon.db"].dispose()


@pytest.fixture
def site(sqlite_url: str) -> Iterator[Site]:
    yield from serve(Config(database_url=sqlite_url))


@dataclass
class Pages:
    """Open pages in fresh browser contexts and record what would be a failure."""

    browser: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    contexts: list[Any] = field(default_factory=list)

    def open(self, width: int = 1280, height: int = 800, **options: Any) -> Any:
        # Playwright's wait_for_function(string) evaluates its text, which the pages' CSP
        # (script-src 'self', no eval) forbids: tests bypass it, except test_csp.py, which
        # opens every page under the policy.
        options.setdefault("bypass_csp", True)
        context = self.browser.new_context(viewport={"width": width, "height": height}, **options)
        self.contexts.append(context)
        page = context.new_page()
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("dialog", self._dialog)
        return page

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def pages(browser: Any) -> Iterator[Pages]:
    opened = Pages(browser)
    yield opened
    opened.close()
    assert opened.dialogs == [], "a script ran a dialog (alert/confirm/prompt)"
    assert opened.errors == [], "the browser console reported errors"


def wait_ready(page: Any, timeout: float = 10_000) -> None:
    """Wait until the page's charts have drawn their first data."""
    page.wait_for_function("window.lossmon && window.lossmon.ready === true", timeout=timeout)
