"""Dashboard pages for access and alerting: API tokens and alert channels.

Created, listed and revoked here as with `lossmon token` and `lossmon channel`, behind the
dashboard login when a password is set. Every form posts the session's CSRF token; a new
token's secret and a generated webhook secret are shown once, on the page that made them.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from lossmon.server import auth, channels, store
from lossmon.server.api.common import config
from lossmon.server.dashboard.session import csrf_ok, logged_in
from lossmon.server.db import get_db
from lossmon.server.models import SEVERITIES, Channel, Project

bp = Blueprint("access", __name__, template_folder="templates")


@bp.before_request
def require_login_and_csrf() -> Response | None:
    """Send every page to the login form when a password is set; refuse forged posts."""
    if config().dashboard_password and not logged_in():
        return redirect(url_for("login.login", next=request.full_path.rstrip("?")))
    if request.method == "POST" and not csrf_ok(request.form.get("csrf")):
        abort(400, "The form expired: reload the page and try again.")
    return None


def _project_names(db_session: Any) -> list[str]:
    return list(db_session.scalars(select(Project.name).order_by(Project.name)))


def _tokens_page(db_session: Any, new: auth.NewToken | None = None, error: str | None = None,
                 status: int = 200) -> tuple[str, int]:  # fmt: skip
    tokens = auth.list_tokens(db_session)
    page = render_template(
        "tokens.html", tokens=tokens, projects=_project_names(db_session), new=new, error=error
    )
    return page, status


@bp.get("/tokens")
def tokens() -> tuple[str, int]:
    with get_db().session() as db_session:
        return _tokens_page(db_session)


@bp.post("/tokens")
def create_token() -> tuple[str, int]:
    name = request.form.get("project", "").strip()
    label = request.form.get("label", "").strip()[:200]
    with get_db().session() as db_session:
        problem = auth.project_name_problem(name) if name else None
        if problem is not None:
            return _tokens_page(db_session, error=problem, status=400)
        project = store.get_or_create_project(db_session, name) if name else None
        new = auth.create_token(db_session, project, label)
        return _tokens_page(db_session, new=new, status=201)


@bp.post("/tokens/<int:token_id>/revoke")
def revoke_token(token_id: int) -> Response:
    with get_db().session() as db_session:
        if auth.revoke_token(db_session, token_id) is None:
            abort(404)
    return redirect(url_for("access.tokens"))


def _channels_page(db_session: Any, new: dict[str, Any] | None = None, error: str | None = None,
                   status: int = 200) -> tuple[str, int]:  # fmt: skip
    found = db_session.scalars(select(Channel).join(Project).order_by(Project.name, Channel.id))
    rows = [channels.channel_json(channel, channel.project.name) for channel in found]
    page = render_template(
        "channels.html", channels=rows, projects=_project_names(db_session), new=new,
        error=error, severities=SEVERITIES, events=channels.EVENTS,
    )  # fmt: skip
    return page, status


@bp.get("/channels")
def channels_page() -> tuple[str, int]:
    with get_db().session() as db_session:
        return _channels_page(db_session)


@bp.post("/channels")
def add_channel() -> tuple[str, int]:
    form = request.form
    name, url = form.get("project", "").strip(), form.get("url", "").strip()
    secret = form.get("secret", "").strip() or None
    events = form.getlist("events")
    with get_db().session() as db_session:
        problem = auth.project_name_problem(name) if name else "choose a project"
        if problem is not None:
            return _channels_page(db_session, error=f"project: {problem}", status=400)
        try:
            with db_session.begin_nested():
                project = store.get_or_create_project(db_session, name)
                created = channels.create_channel(
                    db_session, project, url, secret, form.get("min_severity", "warning"),
                    events, allow_private=config().allow_private_channels,
                )  # fmt: skip
        except channels.ChannelError as error:
            return _channels_page(db_session, error=str(error), status=400)
        new = {**channels.channel_json(created.channel, name), "secret": created.generated_secret}
        return _channels_page(db_session, new=new, status=201)


@bp.post("/channels/<int:channel_id>/delete")
def remove_channel(channel_id: int) -> Response:
    with get_db().session() as db_session:
        if not channels.remove_channel(db_session, channel_id):
            abort(404)
    return redirect(url_for("access.channels_page"))
