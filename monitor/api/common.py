"""What every API view needs: the request body, JSON responses, and the run's JSON shape."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app, request, url_for
from werkzeug.exceptions import ClientDisconnected

from lossmon.server.config import Config
from lossmon.server.errors import ApiError, bad_request
from lossmon.server.models import Run
from lossmon.server.wire import decode_body, dumps, iso


def config() -> Config:
    settings: Config = current_app.config["LOSSMON"]
    return settings


def json_body() -> Any:
    """Return the decoded JSON body, gunzipped when sent with Content-Encoding: gzip."""
    if not request.mimetype == "application/json":
        raise bad_request("send the body as application/json")
    try:
        raw = request.get_data(cache=False)
    except (ConnectionError, ClientDisconnected):
        # The body trickled past LOSSMON_READ_TIMEOUT_S (monitor/connections.py): nothing
        # was read into the database, and the connection closes after this answer.
        raise ApiError(408, "request_timeout", "the request body did not arrive in time") from None
    return decode_body(raw, request.headers.get("Content-Encoding", ""), config().max_request_bytes)


def known_params(*names: str) -> None:
    """Refuse a query parameter the route does not take: a misspelt filter (`run_id` for
    `run`) would otherwise answer with everything, unfiltered."""
    unknown = sorted(set(request.args) - {*names, "limit", "offset"})
    if unknown:
        takes = ", ".join(f'"{n}"' for n in (*names, "limit", "offset"))
        raise bad_request(f'unknown query parameter "{unknown[0]}"; this route takes {takes}')


def json_response(payload: Any, status: int = 200) -> Response:
    return Response(dumps(payload), status=status, mimetype="application/json")


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
        "dropped": run.dropped_by_reason,  # values the client lost, by reason
        "created_at": iso(run.created_at),
        "last_seen_at": iso(run.last_seen_at),
        "finished_at": iso(run.finished_at),
        "url": run_url(run.id),
    }
