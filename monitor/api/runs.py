"""Runs: create or resume, list, read, finish, and take points."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Response, request

from lossmon.server import alerts, metrics, quotas, store
from lossmon.server.api import closed_loop
from lossmon.server.api.common import config, json_body, json_response, known_params, run_json
from lossmon.server.auth import (
    hash_token,
    judge_token,
    project_to_write,
    reader_scope,
    require_bearer,
    require_writer,
    writer_of,
)
from lossmon.server.db import get_db
from lossmon.server.detectors import SettingsError
from lossmon.server.errors import ApiError, bad_request, not_found
from lossmon.server.models import RUN_STATUSES, Run
from lossmon.server.wire import (
    RUN_WRITE_STATUSES,
    add_derived_perplexity,
    alert_json,
    has_non_finite,
    parse_dropped,
    parse_points,
    require_object,
)

bp = Blueprint("runs", __name__)
log = logging.getLogger(__name__)

MAX_NAME = 200
MAX_TAGS = 100


def _optional_string(body: dict[str, Any], field: str) -> str | None:
    value = body.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME:
        raise bad_request(f'"{field}" must be a non-empty string of at most {MAX_NAME} characters')
    quotas.check_text(field, value)
    return value.strip()


def _run_request(body: dict[str, Any]) -> store.RunRequest:
    unknown = set(body) - {"project", "name", "client_run_id", "config", "tags"}
    if unknown:
        raise bad_request(f"unknown field(s) {sorted(unknown)}")
    config_value = body.get("config", {})
    if not isinstance(config_value, dict):
        raise bad_request('"config" must be an object')
    tags = body.get("tags", [])
    if not isinstance(tags, list) or not all(
        isinstance(t, str) and t and len(t) <= MAX_NAME for t in tags
    ):
        raise bad_request('"tags" must be a list of non-empty strings')
    if len(tags) > MAX_TAGS:
        raise bad_request(f'"tags": at most {MAX_TAGS}')
    for tag in tags:
        quotas.check_text("tags", tag)
    quotas.check_document("config", config_value, config())
    try:
        alerts.check_run_overrides(config_value)
    except SettingsError as error:
        raise bad_request(f"config.detectors.{error}", [{"setting": error.path}]) from None
    return store.RunRequest(
        name=_optional_string(body, "name"),
        client_run_id=_optional_string(body, "client_run_id"),
        config=config_value,
        tags=sorted(set(tags)),
    )


@bp.post("/runs")
def create_run() -> Response:
    body = require_object(json_body())
    project_name = _optional_string(body, "project")
    run_request = _run_request(body)
    with get_db().session() as session:
        project = project_to_write(session, project_name)
        run, created = store.create_or_resume_run(session, project, run_request)
        session.flush()
        answer = {"id": run.id, "name": run.name, "url": run_json(run)["url"]}
        if not created:  # what is already open belongs to an earlier attempt (closed loop)
            answer["alerts"] = closed_loop.control(session, run.id)["alerts"]
        return json_response(answer, 201 if created else 200)


def _load_run(session: Any, run_id: int) -> Run:
    run = store.get_run(session, run_id)
    if run is None:
        raise not_found(f"run {run_id} does not exist")
    return run


def _writable_run(session: Any, run_id: int) -> Run:
    # The token first: without one, a caller learns nothing, not even whether the run exists.
    writer = require_writer(session)
    run = _load_run(session, run_id)
    writer.check(run.project_id)
    return run


@bp.post("/runs/<int:run_id>/points")
def add_points(run_id: int) -> Response:
    # The body first, whole and parsed, before any database work: a client that trickles it
    # holds a thread, never a connection of the pool or SQLite's write lock.
    secret = require_bearer()
    body = json_body()
    batches = parse_points(body, config().max_points_per_request)
    quotas.check_keys(batches, config())
    evaluate_now = any(has_non_finite(batch) for batch in batches.values())
    with get_db().session() as session:
        # The token, the run marked seen and locked (one UPDATE instead of an ORM load, a
        # lock and a flush) and its series, read together; judged in _writable_run's order.
        digest = hash_token(secret)
        start = store.start_batch(session, digest, run_id, sorted(batches))
        writer = writer_of(judge_token(start.token, digest))
        run, known = start.run, start.known
        if run is None:
            raise not_found(f"run {run_id} does not exist")
        writer.check(run.project_id)
        quotas.check_new_series(session, run.id, len(batches.keys() - known.keys()), config())
        add_derived_perplexity(batches, run.loss_kind)
        if batches:
            store.write_series_points(session, run.id, batches, known)
        if not evaluate_now:
            # The answer carries the run's open alerts and stop request (the closed loop),
            # read in the batch's own transaction: a second one cost ~1 ms a request. What
            # touch_run saw of them holds until the commit: whatever opens or resolves an
            # alert or sets a stop locks the run first (alerts._lock_runs, the stop route's
            # UPDATE; SQLite has one writer), so nothing to say is not worth a query.
            reply = (
                closed_loop.points_reply(run_id, len(body["points"]), session)
                if run.news
                else {"accepted": len(body["points"]), "alerts": [], "stop": None}
            )
    metrics.record_points(len(body["points"]))
    if evaluate_now:
        _evaluate_now(run_id)
        # Read after the evaluation committed: an alert this very batch opened is in it.
        reply = closed_loop.points_reply(run_id, len(body["points"]))
    return json_response(reply)


def _evaluate_now(run_id: int) -> None:
    """Evaluate a run at ingest: a NaN/Inf loss must not wait for the next scheduler tick."""
    try:
        with get_db().session() as session:
            alerts.evaluate_runs(session, [run_id])
    except Exception:
        # The points are stored and the run stays marked for the scheduler, which retries.
        log.exception("fast-path evaluation of run %s failed", run_id)


@bp.patch("/runs/<int:run_id>")
def update_run(run_id: int) -> Response:
    body = require_object(json_body())
    unknown = set(body) - {"status", "summary", "dropped"}
    if unknown:
        raise bad_request(f"unknown field(s) {sorted(unknown)}")
    status = body.get("status")
    if status not in RUN_WRITE_STATUSES + ("running",):
        raise bad_request('"status" must be "finished", "failed" or "running"')
    summary = body.get("summary", {})
    if not isinstance(summary, dict):
        raise bad_request('"summary" must be an object')
    quotas.check_document("summary", summary, config())
    dropped = parse_dropped(body["dropped"]) if "dropped" in body else None
    with get_db().session() as session:
        run = _writable_run(session, run_id)
        store.set_run_status(session, run, status, summary)
        if dropped is not None:
            store.record_dropped(run, *dropped)
        return json_response(run_json(run))


@bp.get("/runs")
def list_runs() -> Response:
    known_params("project", "status")
    status = request.args.get("status") or None
    if status is not None and status not in RUN_STATUSES:
        raise bad_request(f'"status" must be one of {", ".join(RUN_STATUSES)}')
    limit, offset = quotas.page(request.args, config())
    with get_db().read_session() as session:
        scope = reader_scope(session, bool(config().dashboard_password))
        runs = store.list_runs(
            session, request.args.get("project") or None, status, scope, limit + 1, offset
        )
        more = len(runs) > limit
        return json_response(
            {
                "runs": [run_json(run) for run in runs[:limit]],
                "next_offset": offset + limit if more else None,
            }
        )


@bp.get("/runs/<int:run_id>")
def get_run(run_id: int) -> Response:
    with get_db().read_session() as session:
        scope = reader_scope(session, bool(config().dashboard_password))
        run = _load_run(session, run_id)
        if scope is not None and run.project_id != scope:
            raise ApiError(403, "forbidden", "the token belongs to another project")
        payload = run_json(run)
        payload["series"] = store.series_keys(session, run.id)
        payload["alerts"] = [alert_json(a) for a in store.open_alerts(session, run.id)]
        return json_response(payload)
