"""What every API view needs: the request body, JSON responses, and the run's JSON shape."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app, request, url_for

from monitor.config import Config
from monitor.errors import bad_request
from monitor.models import Alert, Run
from monitor.wire import decode_body, dumps


def config() -> Config:
    settings: Config = current_app.config["LOSSMON"]
    return settings


def json_body() -> Any:
    """Return the decoded JSON body, gunzipped when sent with Content-Encoding: gzip."""
    if not request.mimetype == "application/json":
        raise bad_request("send the body as application/json")
    raw = request.get_data(cache=False)
    return decode_body(raw, request.headers.get("Content-Encoding", ""), config().max_request_bytes)


def json_response(payload: Any, status: int = 200) -> Response:
    return Response(dumps(payload), status=status, mimetype="application/json")


def iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def run_url(run_id: int) -> str:
    """Return the absolute address of the run's dashboard page."""
    base = config().public_url.rstrip("/")
    path = f"/runs/{run_id}"
    return (
        base + path
        if base
        else url_for("health.healthz", _external=True).removesuffix("/healthz") + path
    )


def run_json(run: Run) -> dict[str, Any]:
    return {
        "id": run.id,
        "project": run.project.name,
        "name": run.name,
        "client_run_id": run.client_run_id,
        "status": run.status,
        "config": run.config,
        "tags": run.tags,
        "summary": run.summary,
        "created_at": iso(run.created_at),
        "last_seen_at": iso(run.last_seen_at),
        "finished_at": iso(run.finished_at),
        "url": run_url(run.id),
    }


def alert_json(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.id,
        "run_id": alert.run_id,
        "detector": alert.detector,
        "severity": alert.severity,
        "state": alert.state,
        "opened_step": alert.opened_step,
        "opened_at": iso(alert.opened_at),
        "resolved_step": alert.resolved_step,
        "resolved_at": iso(alert.resolved_at),
        "acknowledged_at": iso(alert.acknowledged_at),
        "message": alert.message,
        "evidence": alert.evidence,
    }
