"""The closed loop: what a points response tells the training client, and stop requests.

Every answer to ``POST /runs/<id>/points`` carries the run's open alerts, in a compact form
(id, detector, severity, state, opened_step and only the evidence a training loop acts on:
``rollback_step``, ``best_step``), and the run's stop request if one is set. The client keeps
the latest (``run.alerts``, ``run.should_stop``); ``POST /runs/<id>/stop`` and the run page's
*Stop run* button set the request.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, Response, request
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from lossmon.server.api import openapi
from lossmon.server.api.common import config, json_body, json_response
from lossmon.server.auth import bearer_secret, require_bearer, require_writer
from lossmon.server.dashboard.session import may_write
from lossmon.server.db import get_db
from lossmon.server.errors import bad_request, not_found
from lossmon.server.models import Alert, Run, utcnow
from lossmon.server.wire import iso, require_object

bp = Blueprint("closed_loop", __name__)

# Only what a training loop acts on travels with every batch; the rest is GET /runs/<id>.
EVIDENCE_FIELDS = ("rollback_step", "best_step")
MAX_REASON = 500
DASHBOARD_REASON = "stopped from the dashboard"


def compact_alert(alert: Alert) -> dict[str, Any]:
    """Return an open alert as a points response carries it."""
    evidence = alert.evidence or {}
    return {
        "id": alert.id,
        "detector": alert.detector,
        "severity": alert.severity,
        "state": alert.state,
        "opened_step": alert.opened_step,
        "evidence": {k: evidence[k] for k in EVIDENCE_FIELDS if evidence.get(k) is not None},
    }


def stop_json(run: Run) -> dict[str, Any] | None:
    """Return the run's stop request as the API shows it, or None when none is set."""
    return _stop(run.stop_requested_at, run.stop_reason)


def _stop(requested_at: dt.datetime | None, reason: str | None) -> dict[str, Any] | None:
    if requested_at is None:
        return None
    return {"requested_at": iso(requested_at), "reason": reason or ""}


def control(session: Session, run_id: int) -> dict[str, Any]:
    """Return the run's open alerts and stop request: one query, an index range on alert."""
    rows = session.execute(
        select(Run.stop_requested_at, Run.stop_reason, Alert)
        .outerjoin(Alert, and_(Alert.run_id == Run.id, Alert.state == "firing"))
        .where(Run.id == run_id)
        .order_by(Alert.id)
    ).all()
    alerts = [compact_alert(alert) for _, _, alert in rows if alert is not None]
    stop = _stop(rows[0][0], rows[0][1]) if rows else None
    return {"alerts": alerts, "stop": stop}


def points_reply(run_id: int, accepted: int, session: Session | None = None) -> dict[str, Any]:
    """Return the body of a points response: what was accepted, the alerts, the stop request.

    In the batch's `session` when one is given; otherwise read after the batch (and a
    fast-path evaluation) committed, so an alert that a NaN in this very batch opened is in
    this very answer.
    """
    if session is not None:
        return {"accepted": accepted, **control(session, run_id)}
    with get_db().read_session() as reader:  # on SQLite: no write lock, beside writers
        return {"accepted": accepted, **control(reader, run_id)}


@bp.post("/runs/<int:run_id>/stop")
def stop_run(run_id: int) -> Response:
    """Ask the run's training loop to stop: with a token of its project, or from its page.

    Idempotent: the first request (its time and reason) is kept. The client sees it in its
    next points response and sets ``run.should_stop``.
    """
    from_page = bearer_secret() is None and may_write(bool(config().dashboard_password))
    reason = DASHBOARD_REASON
    if not from_page:
        require_bearer()  # no token: 401 before the body is even read
        reason = _reason(require_object(json_body()) if request.content_length else {})
    with get_db().session() as session:
        writer = None if from_page else require_writer(session)
        run = session.get(Run, run_id)
        if run is None:
            raise not_found(f"run {run_id} does not exist")
        if writer is not None:
            writer.check(run.project_id)
        if run.stop_requested_at is None:
            run.stop_requested_at = utcnow()
            run.stop_reason = reason
        session.flush()
        return json_response({"id": run.id, "status": run.status, "stop": stop_json(run)})


def _reason(body: dict[str, Any]) -> str:
    unknown = set(body) - {"reason"}
    if unknown:
        raise bad_request(f"unknown field(s) {sorted(unknown)}")
    given = body.get("reason")
    if given is None:
        return "stopped through the API"
    if not isinstance(given, str) or not given.strip() or len(given) > MAX_REASON:
        raise bad_request(f'"reason" must be a non-empty string of at most {MAX_REASON} characters')
    return given.strip()


STOP = {
    "type": ["object", "null"],
    "description": "The run's stop request, or null when none is set",
    "required": ["requested_at", "reason"],
    "properties": {
        "requested_at": {"type": "string", "format": "date-time"},
        "reason": {"type": "string"},
    },
}
openapi.SCHEMAS["Accepted"] = {
    "type": "object",
    "required": ["accepted", "alerts", "stop"],
    "properties": {
        "accepted": {"type": "integer", "minimum": 0},
        "alerts": {
            "type": "array",
            "description": "The run's open alerts, with only the evidence a loop acts on",
            "items": {
                "type": "object",
                "required": ["id", "detector", "severity", "state", "opened_step", "evidence"],
                "properties": {
                    "id": {"type": "integer"},
                    "detector": {"type": "string"},
                    "severity": {"type": "string", "enum": ["info", "warning", "critical"]},
                    "state": {"type": "string", "enum": ["firing", "resolved"]},
                    "opened_step": {"type": ["integer", "null"]},
                    "evidence": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {f: {"type": "integer"} for f in EVIDENCE_FIELDS},
                    },
                },
            },
        },
        "stop": STOP,
    },
}
openapi.SCHEMAS["RunCreated"]["properties"]["alerts"] = {
    **openapi.SCHEMAS["Accepted"]["properties"]["alerts"],
    "description": "With an existing client_run_id: the alerts already open (an earlier "
    "attempt's), which the client neither stops on nor calls on_alert for",
}
openapi.PATHS["/api/v1/runs/{run_id}/stop"] = {
    "parameters": [openapi.RUN_ID],
    "post": {
        "summary": "Ask the run's training loop to stop (idempotent: the first request is kept)",
        "description": (
            "Needs a token of the run's project, or the dashboard session with its CSRF token "
            "in the X-CSRF-Token header (logged in when a dashboard password is set). The "
            "client sees the request in its next points response and sets run.should_stop."
        ),
        "security": [{"bearerAuth": []}, {"dashboardSession": []}],
        "requestBody": {
            "required": False,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            "reason": {"type": "string", "minLength": 1, "maxLength": MAX_REASON}
                        },
                    }
                }
            },
        },
        "responses": {
            "200": openapi._json(
                {
                    "type": "object",
                    "required": ["id", "status", "stop"],
                    "properties": {
                        "id": {"type": "integer"},
                        "status": {"type": "string"},
                        "stop": STOP,
                    },
                }
            ),
            **openapi.ERRORS,
            **openapi.NOT_FOUND,
        },
    },
}
