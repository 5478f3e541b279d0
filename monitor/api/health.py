"""Liveness and readiness, for load balancers and docker-compose health checks."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response
from sqlalchemy import select, text

from lossmon.server.api.common import config, json_response
from lossmon.server.db import Database, get_db
from lossmon.server.migrate import pending_revisions
from lossmon.server.models import WorkerHeartbeat, utcnow

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
    return json_response(
        {"status": "ready", "database": database.dialect, "worker": _worker(database)}
    )


def _worker(database: Database) -> dict[str, Any]:
    """Report the acting worker's last heartbeat (the web tier is ready without one)."""
    with database.session() as session:
        beat = session.scalars(
            select(WorkerHeartbeat).order_by(WorkerHeartbeat.beat_at.desc()).limit(1)
        ).first()
    if beat is None:
        return {"status": "missing", "name": None, "last_heartbeat": None, "age_s": None}
    age = (utcnow() - beat.beat_at).total_seconds()
    late = age > max(30.0, 3 * config().evaluate_interval_s)
    return {
        "status": "late" if late else "ok",
        "name": beat.name,
        "last_heartbeat": beat.beat_at.isoformat(),
        "age_s": round(age, 1),
    }
