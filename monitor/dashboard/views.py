"""The dashboard pages: projects, runs of a project, a run, compare, alerts, and 404."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Iterator
from typing import Any

from flask import (
    Blueprint,
    abort,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from lossmon.server import store, transfer
from lossmon.server.api.common import config
from lossmon.server.dashboard import queries
from lossmon.server.dashboard.session import csrf_token, logged_in
from lossmon.server.db import get_db
from lossmon.server.errors import ApiError
from lossmon.server.models import ALERT_STATES, RUN_STATUSES, SEVERITIES, Run

bp = Blueprint("dashboard", __name__, template_folder="templates")

MAX_COMPARE = 12
# Config columns the runs table shows before anyone picks: the keys that differ between its
# runs and look most like hyperparameters (lr, optimizer, batch size…; never seeds or paths).
DEFAULT_CONFIG_COLUMNS = 3
EXPORT_CHUNK = 5_000  # CSV rows per chunk of a streamed download


@bp.before_request
def require_login() -> Response | None:
    """Send every page to the login form when a dashboard password is set."""
    if config().dashboard_password and not logged_in():
        return redirect(url_for("login.login", next=request.full_path.rstrip("?")))
    return None


@bp.app_context_processor
def page_globals() -> dict[str, Any]:
    return {
        "csrf_token": csrf_token,
        "login_enabled": bool(config().dashboard_password),
        "logged_in": logged_in,
    }


@bp.app_template_global()
def sparkline_log(points: list[tuple[int, float]]) -> bool:
    return queries.sparkline_log(points)


@bp.app_template_global()
def sparkline_path(points: list[tuple[int, float]]) -> str:
    return queries.sparkline_path(points)


@bp.app_template_filter("num")
def format_number(value: float | None, digits: int = 4) -> str:
    """Format a metric value compactly: 4 significant digits, NaN and infinities by name."""
    if value is None:
        return "–"
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-3):
        return f"{value:.{digits - 1}e}"
    return f"{value:.{digits}g}"


@bp.app_template_filter("ago")
def format_ago(moment: dt.datetime | None) -> str:
    """Say how long ago `moment` was, in the largest whole unit."""
    if moment is None:
        return "never"
    seconds = (dt.datetime.now(dt.timezone.utc) - moment).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return "just now"


@bp.app_template_filter("steps")
def format_steps(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


@bp.app_errorhandler(404)
def page_not_found(error: HTTPException) -> Any:
    # The JSON API keeps its error shape; everything else gets a page.
    if request.path.startswith("/api/"):
        return ApiError(404, "not_found", error.description or "not found").to_response()
    return render_template("404.html", message=error.description), 404


@bp.get("/")
def projects() -> str:
    with get_db().read_session() as db_session:
        rows = queries.projects(db_session)
        firing = queries.firing_count(db_session)
    return render_template("projects.html", projects=rows, firing=firing)


@bp.get("/projects/<name>")
def project(name: str) -> str:
    with get_db().read_session() as db_session:
        found = store.find_project(db_session, name)
        if found is None:
            abort(404, f"There is no project called “{name}”.")
        rows = queries.project_runs(db_session, found)
        firing = queries.firing_count(db_session)
    table = queries.config_table([r.config for r in rows])
    chosen = request.args.get("cols")
    columns = (
        [c for c in chosen.split(",") if c in table.keys]
        if chosen is not None
        else table.suggested[:DEFAULT_CONFIG_COLUMNS]
    )
    return render_template(
        "runs.html",
        project=name,
        runs=rows,
        config_keys=table.keys,
        config_columns=columns,
        config_numeric=table.numeric,
        config_differing=table.differing,
        tags=queries.project_tags(rows),
        statuses=RUN_STATUSES,
        status=request.args.get("status", ""),
        tag=request.args.get("tag", ""),
        query=request.args.get("q", ""),
        firing=firing,
    )


@bp.get("/runs/<int:run_id>")
def run(run_id: int) -> str:
    with get_db().read_session() as db_session:
        found = store.get_run(db_session, run_id)
        if found is None:
            abort(404, f"Run {run_id} does not exist.")
        data = queries.run_page(db_session, found)
        firing = queries.firing_count(db_session)
        project_name = found.project.name
    return render_template(
        "run.html",
        run=found,
        project=project_name,
        config_rows=queries.flatten_config(found.config),
        data=data,
        firing=firing,
    )


@bp.get("/runs/<int:run_id>/export.csv")
def export_csv(run_id: int) -> Response:
    """Stream every point of a run in `lossmon export`'s CSV format (key, step, value,
    wall_time), to whoever may read the run's page."""
    with get_db().read_session() as db_session:
        if store.get_run(db_session, run_id) is None:
            abort(404, f"Run {run_id} does not exist.")

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        with get_db().read_session() as db_session:
            run = transfer.find_run(db_session, run_id)
            for count, row in enumerate(transfer.csv_rows(transfer.points_of(db_session, run))):
                writer.writerow(row)
                if count % EXPORT_CHUNK == 0:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
        yield buffer.getvalue()

    return Response(
        stream_with_context(rows()),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="run-{run_id}.csv"'},
    )


@bp.get("/compare")
def compare() -> str:
    ids = parse_run_ids(request.args.get("runs", ""))
    with get_db().read_session() as db_session:
        runs: list[Run] = []
        for run_id in ids:
            found = store.get_run(db_session, run_id)
            if found is not None:
                runs.append(found)
        data = queries.compare_page(db_session, runs)
        firing = queries.firing_count(db_session)
    metric = request.args.get("metric") or (data["keys"][0] if data["keys"] else "")
    if "train/loss" in data["keys"] and not request.args.get("metric"):
        metric = "train/loss"
    data["metric"] = metric
    missing = [i for i in ids if i not in {r["id"] for r in data["runs"]}]
    return render_template("compare.html", data=data, missing=missing, firing=firing)


def parse_run_ids(raw: str) -> list[int]:
    """Return the distinct run ids of `?runs=1,2,3`, in order, ignoring anything else."""
    ids: list[int] = []
    for part in raw.replace(" ", ",").split(","):
        if part.isdigit() and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_COMPARE]


@bp.get("/alerts")
def alerts() -> str:
    project = request.args.get("project") or None
    severity = request.args.get("severity") or None
    state = request.args.get("state") or None
    if severity not in (None, *SEVERITIES):
        severity = None
    if state not in (None, *ALERT_STATES):
        state = None
    with get_db().read_session() as db_session:
        rows = queries.alerts(db_session, project, severity, state)
        names = [p.name for p in queries.projects(db_session)]
        firing = queries.firing_count(db_session)
    return render_template(
        "alerts.html",
        rows=rows,
        projects=sorted(names),
        project=project or "",
        severity=severity or "",
        state=state or "",
        severities=SEVERITIES,
        states=ALERT_STATES,
        firing=firing,
    )
