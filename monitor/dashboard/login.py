"""Login and logout for dashboards behind LOSSMON_DASHBOARD_PASSWORD."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from lossmon.server.api.common import config
from lossmon.server.dashboard.session import csrf_ok, password_matches

bp = Blueprint("login", __name__, template_folder="templates")


def safe_next(target: str | None) -> str:
    """Return `target` when it is a path on this site, else the projects page."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("dashboard.projects")


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    password = config().dashboard_password
    target = safe_next(request.values.get("next"))
    if not password or session.get("logged_in"):
        return redirect(target)
    if request.method == "GET":
        return render_template("login.html", next=target, error=None)
    given = request.form.get("password", "")
    if not csrf_ok(request.form.get("csrf")):
        return render_template("login.html", next=target, error="The form expired: try again."), 400
    if not password_matches(password, given):
        return render_template("login.html", next=target, error="Wrong password."), 401
    session.clear()
    session["logged_in"] = True
    return redirect(target)


@bp.route("/logout", methods=["GET", "POST"])
def logout() -> Response:
    session.clear()
    if config().dashboard_password:
        return redirect(url_for("login.login"))
    return redirect(url_for("dashboard.projects"))
