"""Login and logout for dashboards behind LOSSMON_DASHBOARD_PASSWORD.

Attempts are throttled per client and overall (monitor/throttle.py): LOGIN_PER_CLIENT a minute
from one address, LOGIN_OVERALL a minute from all of them together, then 429 with Retry-After.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from lossmon.server.api.common import config
from lossmon.server.dashboard.session import (
    csrf_ok,
    log_in,
    log_out,
    logged_in,
    password_matches,
)
from lossmon.server.throttle import Throttle

bp = Blueprint("login", __name__, template_folder="templates")

LOGIN_PER_CLIENT = 10
LOGIN_OVERALL = 60
LOGIN_WINDOW_S = 60.0


def safe_next(target: str | None) -> str:
    """Return `target` when it is a path on this site, else the projects page.

    Browsers drop tabs and newlines from URLs and read a backslash as a slash, so "/\\t/evil"
    and "/\\\\evil" lead off-site: no whitespace, control character or backslash at all.
    """
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and not any(ord(c) <= 0x20 or ord(c) == 0x7F or c == "\\" for c in unquote(target))
        and not unquote(target).startswith("//")
    ):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("dashboard.projects")


def _throttles() -> tuple[Throttle, Throttle]:
    found: tuple[Throttle, Throttle] = current_app.extensions.setdefault(
        "lossmon.login_throttles",
        (Throttle(LOGIN_PER_CLIENT, LOGIN_WINDOW_S), Throttle(LOGIN_OVERALL, LOGIN_WINDOW_S)),
    )
    return found


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int] | tuple[str, int, dict[str, str]]:
    password = config().dashboard_password
    target = safe_next(request.values.get("next"))
    if not password or logged_in():
        return redirect(target)
    if request.method == "GET":
        return render_template("login.html", next=target, error=None)
    per_client, overall = _throttles()
    client = request.remote_addr or "?"
    wait = per_client.hit(client) or overall.hit("*")
    if wait:
        message = f"Too many attempts: try again in {wait:.0f} s."
        page = render_template("login.html", next=target, error=message)
        return page, 429, {"Retry-After": str(max(1, round(wait)))}
    given = request.form.get("password", "")
    if not csrf_ok(request.form.get("csrf")):
        return render_template("login.html", next=target, error="The form expired: try again."), 400
    if not password_matches(password, given):
        return render_template("login.html", next=target, error="Wrong password."), 401
    per_client.clear(client)
    log_in()
    return redirect(target)


@bp.post("/logout")
def logout() -> Response | tuple[str, int]:
    """End the session (a POST from a page: its CSRF token in the form); `everywhere=1`
    ends every dashboard session."""
    if not csrf_ok(request.form.get("csrf")):
        return "The form expired: reload the page and log out again.", 400
    log_out(everywhere=request.form.get("everywhere") == "1")
    if config().dashboard_password:
        return redirect(url_for("login.login"))
    return redirect(url_for("dashboard.projects"))
