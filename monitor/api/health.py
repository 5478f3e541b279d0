"""Liveness and readiness, for load balancers and docker-compose health checks."""

from __future__ import annotations

from flask import Blueprint, Response
from sqlalchemy import text

from monitor.api.common import json_response
from monitor.db import get_db
from monitor.migrate import pending_revisions

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    return json_response({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    database = get_db()
    try:
        with database.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            pending = pending_revisions(conn)
    except Exception as error:  # any driver error means "not ready", reported, not raised
        return json_response({"status": "unavailable", "database": str(error)[:200]}, 503)
    if pending:
        return json_response({"status": "migrations_pending", "pending": pending}, 503)
    return json_response({"status": "ready", "database": database.dialect})
