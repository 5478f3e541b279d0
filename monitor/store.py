"""Reads and writes of projects, runs, series and points. The only module that writes SQL
for the data path; each dialect gets its bulk upsert (INSERT … ON CONFLICT DO UPDATE).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from monitor import rollups
from monitor.models import Alert, Project, Run, Series, utcnow
from monitor.rollups import ROLLUP
from monitor.wire import SeriesBatch


def get_or_create_project(session: Session, name: str) -> Project:
    """Return the project called `name`, creating it (race-safe) when it does not exist."""
    project = session.scalar(select(Project).where(Project.name == name))
    if project is not None:
        return project
    try:
        with session.begin_nested():
            project = Project(name=name, detector_settings={})
            session.add(project)
    except IntegrityError:
        project = session.scalars(select(Project).where(Project.name == name)).one()
    return project


def find_project(session: Session, name: str) -> Project | None:
    return session.scalar(select(Project).where(Project.name == name))


@dataclass
class RunRequest:
    name: str | None
    client_run_id: str | None
    config: dict[str, Any]
    tags: list[str]


def create_or_resume_run(
    session: Session, project: Project, request: RunRequest
) -> tuple[Run, bool]:
    """Return (run, created). A known client_run_id resumes its run instead of adding one."""
    if request.client_run_id is not None:
        existing = _run_by_client_id(session, project.id, request.client_run_id)
        if existing is not None:
            _resume(existing, request)
            return existing, False
    client_run_id = request.client_run_id or uuid.uuid4().hex
    run = Run(
        project_id=project.id,
        name=request.name or "",
        client_run_id=client_run_id,
        status="running",
        config=request.config,
        tags=request.tags,
        summary={},
    )
    try:
        with session.begin_nested():
            session.add(run)
            session.flush()
    except IntegrityError:
        # Two retries of the same create raced; the other one won.
        existing = _run_by_client_id(session, project.id, client_run_id)
        assert existing is not None
        _resume(existing, request)
        return existing, False
    if not run.name:
        run.name = f"run-{run.id}"
    return run, True


def _run_by_client_id(session: Session, project_id: int, client_run_id: str) -> Run | None:
    return session.scalar(
        select(Run).where(Run.project_id == project_id, Run.client_run_id == client_run_id)
    )


def _resume(run: Run, request: RunRequest) -> None:
    run.status = "running"
    run.finished_at = None
    run.last_seen_at = utcnow()
    if request.config:
        run.config = {**run.config, **request.config}
    if request.tags:
        run.tags = sorted(set(run.tags) | set(request.tags))


def get_run(session: Session, run_id: int) -> Run | None:
    return session.get(Run, run_id)


def set_run_status(session: Session, run: Run, status: str, summary: dict[str, Any] | None) -> None:
    """Record the end of a run (or its return to running), merging the summary."""
    run.status = status
    run.finished_at = utcnow() if status in ("finished", "failed", "crashed") else None
    if summary:
        run.summary = {**run.summary, **summary}


def list_runs(
    session: Session, project_name: str | None, status: str | None, project_id: int | None = None
) -> list[Run]:
    query = select(Run).join(Project).order_by(Run.created_at.desc(), Run.id.desc())
    if project_name:
        query = query.where(Project.name == project_name)
    if project_id is not None:
        query = query.where(Run.project_id == project_id)
    if status:
        query = query.where(Run.status == status)
    return list(session.scalars(query))


def series_keys(session: Session, run_id: int) -> list[dict[str, Any]]:
    """Return each series of a run with its last step, for the run's page and the API."""
    rows = session.execute(
        select(Series.key, Series.last_step).where(Series.run_id == run_id).order_by(Series.key)
    )
    return [{"key": key, "last_step": last_step} for key, last_step in rows]


def open_alerts(session: Session, run_id: int) -> list[Alert]:
    return list(
        session.scalars(
            select(Alert).where(Alert.run_id == run_id, Alert.state == "firing").order_by(Alert.id)
        )
    )


def find_series(session: Session, run_id: int, key: str) -> Series | None:
    return session.scalar(select(Series).where(Series.run_id == run_id, Series.key == key))


def write_points(session: Session, run: Run, batches: dict[str, SeriesBatch]) -> int:
    """Upsert a validated batch and its rollups in the caller's transaction; return the count.

    Last write wins on a step. Re-sending the same batch leaves the same rows behind.
    """
    series = _series_for(session, run.id, sorted(batches))
    conn = session.connection()
    point_rows: list[tuple[int, int, float | None, float | None]] = []
    rollup_rows: list[dict[str, Any]] = []
    keep_nan = conn.dialect.name != "sqlite"
    accepted = 0
    for key, batch in batches.items():
        record = series[key]
        for step, value, wall_time in zip(batch.steps, batch.values, batch.wall_times, strict=True):
            point_rows.append((record.id, step, value if keep_nan or value == value else None,
                               wall_time))  # fmt: skip
        accepted += len(batch.steps)
    _upsert_points(conn, point_rows)
    for key, batch in batches.items():
        record = series[key]
        if record.last_step is None or batch.steps[0] > record.last_step:
            rollup_rows += rollups.rows_after_append(
                conn, record.id, record.last_step, batch.steps, batch.values
            )
        else:
            rollup_rows += rollups.rows_after_rewrite(conn, record.id, batch.steps)
        if record.last_step is None or batch.steps[-1] > record.last_step:
            record.last_step = batch.steps[-1]
    _upsert_rollups(conn, rollup_rows)
    run.last_seen_at = utcnow()
    run.needs_evaluation = True
    if run.status == "stale":
        run.status = "running"
    return accepted


def _series_for(session: Session, run_id: int, keys: Sequence[str]) -> dict[str, Series]:
    found = {
        s.key: s
        for s in session.scalars(
            select(Series).where(Series.run_id == run_id, Series.key.in_(keys))
        )
    }
    missing = [key for key in keys if key not in found]
    if missing:
        conn = session.connection()
        insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        conn.execute(
            insert(Series).on_conflict_do_nothing(),
            [{"run_id": run_id, "key": key} for key in missing],
        )
        found.update(
            (s.key, s)
            for s in session.scalars(
                select(Series).where(Series.run_id == run_id, Series.key.in_(missing))
            )
        )
    return found


def _upsert_points(
    conn: Connection, rows: list[tuple[int, int, float | None, float | None]]
) -> None:
    if conn.dialect.name == "postgresql":
        _copy_upsert_points(conn, rows)
        return
    # The raw DB-API executemany: SQLAlchemy's per-row parameter handling would cost more
    # than the insert itself at 10^5 rows/s.
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.executemany(
        "INSERT INTO point (series_id, step, value, wall_time) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (series_id, step) DO UPDATE SET "
        "value = excluded.value, wall_time = excluded.wall_time",
        rows,
    )


def _copy_upsert_points(
    conn: Connection, rows: list[tuple[int, int, float | None, float | None]]
) -> None:
    # COPY into a temporary table, then one INSERT … SELECT … ON CONFLICT: three times the
    # rate of executemany, and still last-write-wins.
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(
            "CREATE TEMPORARY TABLE IF NOT EXISTS point_staging "
            "(series_id integer, step bigint, value double precision, wall_time double precision)"
            " ON COMMIT DELETE ROWS"
        )
        with cursor.copy(
            "COPY point_staging (series_id, step, value, wall_time) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            "INSERT INTO point (series_id, step, value, wall_time) "
            "SELECT series_id, step, value, wall_time FROM point_staging "
            "ON CONFLICT (series_id, step) DO UPDATE SET "
            "value = excluded.value, wall_time = excluded.wall_time"
        )
        cursor.execute("DELETE FROM point_staging")


def _upsert_rollups(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    statement = insert(ROLLUP)
    keys = ("series_id", "resolution", "bucket")
    statement = statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={c.name: statement.excluded[c.name] for c in ROLLUP.columns if c.name not in keys},
    )
    conn.execute(statement, rows)


def read_series(
    session: Session, series: Series, start: int | None, end: int | None, max_points: int
) -> rollups.Downsampled:
    """Return a series in [start, end], downsampled to extremes when it is long."""
    if series.last_step is None:
        return rollups.Downsampled([], [], 0, False)
    first = start if start is not None else 0
    last = end if end is not None else series.last_step
    if last < first:
        return rollups.Downsampled([], [], 0, False)
    return rollups.read_range(session.connection(), series.id, first, last, max_points)
