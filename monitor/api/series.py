"""Series reads: raw when short, min/max/last extremes when long."""

from __future__ import annotations

from flask import Blueprint, Response, request

from lossmon.server import store
from lossmon.server.api.common import config, json_response
from lossmon.server.auth import reader_scope
from lossmon.server.db import get_db
from lossmon.server.errors import ApiError, bad_request, not_found
from lossmon.server.wire import MAX_STEP, encode_values

bp = Blueprint("series", __name__)

DEFAULT_MAX_POINTS = 2000
MAX_MAX_POINTS = 1_000_000


def _int_arg(name: str, default: int | None, low: int, high: int) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f'"{name}" must be an integer') from None
    if not low <= value <= high:
        raise bad_request(f'"{name}" must be between {low} and {high}')
    return value


@bp.get("/runs/<int:run_id>/series/<path:key>")
def read_series(run_id: int, key: str) -> Response:
    max_points = _int_arg("max_points", DEFAULT_MAX_POINTS, 10, MAX_MAX_POINTS)
    start = _int_arg("start", None, 0, MAX_STEP)
    end = _int_arg("end", None, 0, MAX_STEP)
    assert max_points is not None
    with get_db().read_session() as session:
        scope = reader_scope(session, bool(config().dashboard_password))
        run = store.get_run(session, run_id)
        if run is None:
            raise not_found(f"run {run_id} does not exist")
        if scope is not None and run.project_id != scope:
            raise ApiError(403, "forbidden", "the token belongs to another project")
        series = store.find_series(session, run_id, key)
        if series is None:
            raise not_found(f"run {run_id} has no series {key!r}")
        result = store.read_series(session, series, start, end, max_points)
        return json_response(
            {
                "key": key,
                "steps": result.steps,
                "values": encode_values(result.values),
                "downsampled": result.downsampled,
                "total": result.total,
            }
        )
