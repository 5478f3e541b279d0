"""Alerts: list them, and acknowledge one (someone is looking at it)."""

from __future__ import annotations

from flask import Blueprint, Response, request
from sqlalchemy import select

from lossmon.server import quotas
from lossmon.server.api.common import config, json_response, known_params
from lossmon.server.auth import bearer_secret, reader_scope, require_writer
from lossmon.server.dashboard.session import may_write
from lossmon.server.db import get_db
from lossmon.server.errors import bad_request, not_found
from lossmon.server.models import ALERT_STATES, MAX_ID, Alert, Project, Run, utcnow
from lossmon.server.wire import alert_json

bp = Blueprint("alerts", __name__)


@bp.get("/alerts")
def list_alerts() -> Response:
    known_params("project", "run", "state")
    state = request.args.get("state") or None
    if state is not None and state not in ALERT_STATES:
        raise bad_request(f'"state" must be one of {", ".join(ALERT_STATES)}')
    run_arg = request.args.get("run") or None
    if run_arg is not None and not (run_arg.isdigit() and int(run_arg) <= MAX_ID):
        raise bad_request('"run" must be a run id')
    limit, offset = quotas.page(request.args, config())
    with get_db().read_session() as session:
        scope = reader_scope(session, bool(config().dashboard_password))
        query = (
            select(Alert, Project.name)
            .join(Run, Alert.run_id == Run.id)
            .join(Project, Run.project_id == Project.id)
            .order_by(Alert.id.desc())
            .limit(limit + 1)
            .offset(offset)
        )
        if scope is not None:
            query = query.where(Run.project_id == scope)
        if request.args.get("project"):
            query = query.where(Project.name == request.args["project"])
        if run_arg is not None:
            query = query.where(Alert.run_id == int(run_arg))
        if state is not None:
            query = query.where(Alert.state == state)
        alerts = [
            {**alert_json(alert), "project": project} for alert, project in session.execute(query)
        ]
        more = len(alerts) > limit
        return json_response(
            {"alerts": alerts[:limit], "next_offset": offset + limit if more else None}
        )


@bp.post("/alerts/<int:alert_id>/ack")
def acknowledge(alert_id: int) -> Response:
    """Acknowledge an alert: with a token of its project, or from a dashboard page."""
    with get_db().session() as session:
        alert = session.get(Alert, alert_id)
        if bearer_secret() is not None or not may_write(bool(config().dashboard_password)):
            # Without a dashboard session that may write, this is a token write like any other.
            writer = require_writer(session)
            if alert is not None:
                writer.check(alert.run.project_id)
        if alert is None:
            raise not_found(f"alert {alert_id} does not exist")
        if alert.acknowledged_at is None:
            alert.acknowledged_at = utcnow()
        session.flush()
        return json_response(alert_json(alert))
