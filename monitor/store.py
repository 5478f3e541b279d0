"""Reads and writes of projects, runs, series and points. The only module that writes SQL
for the data path; each dialect gets its bulk upsert (INSERT … ON CONFLICT DO UPDATE).
"""

from __future__ import annotations

import struct
import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, closing, nullcontext
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from typing import Any, TypeVar, cast

import numpy as np
from sqlalchemy import Connection, Table, bindparam, case, exists, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from lossmon.server import rollups
from lossmon.server.auth import TOKEN_BY_HASH
from lossmon.server.models import ENDED_STATUSES, Alert, Project, Run, Series, utcnow
from lossmon.server.rollups import ROLLUP
from lossmon.server.wire import MAX_DROP_SENDERS, SeriesBatch

T = TypeVar("T")


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
    if run.status != "running" or run.finished_at is not None:
        # A new attempt (resumed from a checkpoint): the stop request was the last one's.
        run.stop_requested_at = None
        run.stop_reason = None
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
    run.finished_at = utcnow() if status in ENDED_STATUSES else None
    if status in ENDED_STATUSES:
        # The detectors judge an ended run once more (overfitting's end rule, divergence's
        # end-of-run climb): a run that failed ended as much as one that finished.
        run.needs_evaluation = True
    if summary:
        run.summary = {**run.summary, **summary}


def record_dropped(run: Run, sender: str, counts: dict[str, int]) -> None:
    """Keep one client process's drop counts; the same sender again replaces its own (a
    retried PATCH counts once), another sender adds to them."""
    dropped = dict(run.dropped or {})
    if sender in dropped or len(dropped) < MAX_DROP_SENDERS:
        dropped[sender] = counts
        run.dropped = dropped


def list_runs(
    session: Session,
    project_name: str | None,
    status: str | None,
    project_id: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Run]:
    """Return runs, newest first; a page of them with `limit` and `offset`."""
    query = select(Run).join(Project).order_by(Run.created_at.desc(), Run.id.desc())
    query = query.limit(limit).offset(offset) if limit is not None else query.offset(offset)
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


def write_points(
    session: Session,
    run: Run,
    batches: dict[str, SeriesBatch],
    known: dict[str, tuple[int, int | None]] | None = None,
) -> int:
    """Upsert a validated batch and its rollups in the caller's transaction; return the count.

    Last write wins on a step. Re-sending the same batch leaves the same rows behind.
    `known` is what `lock_series` returned for this run in this transaction, if it was called.
    """
    if known is None:
        known = lock_series(session, run.id, sorted(batches))
    accepted = write_series_points(session, run.id, batches, known)
    run.last_seen_at = utcnow()
    run.needs_evaluation = True
    if run.status == "stale":
        run.status = "running"
    return accepted


@dataclass(frozen=True)
class RunHead:
    """What a points request needs of its run (`touch_run`)."""

    id: int
    project_id: int
    loss_kind: Any  # the config's "loss_kind", whatever the client put there
    # A firing alert or a stop request: the points answer must load them (closed loop).
    news: bool


_RUN = cast(Table, Run.__table__)
_ALERT = cast(Table, Alert.__table__)
_TOUCH_RUN = (
    update(_RUN)
    .where(_RUN.c.id == bindparam("run_id"))
    .values(
        last_seen_at=bindparam("now"),
        needs_evaluation=True,
        status=case((_RUN.c.status == "stale", "running"), else_=_RUN.c.status),
    )
)
_RUN_HEAD = select(
    _RUN.c.project_id,
    _RUN.c.config["loss_kind"].as_string(),
    _RUN.c.stop_requested_at,
    exists().where(_ALERT.c.run_id == _RUN.c.id, _ALERT.c.state == "firing"),
).where(_RUN.c.id == bindparam("run_id"))


def touch_run(session: Session, run_id: int) -> RunHead | None:
    """Mark the run seen and due for evaluation (a stale run is running again), which locks
    it for the transaction's writes; return what a points request needs of it, or None when
    there is no such run.

    Two small statements in place of the ORM's load, the row lock and the ORM's flush of the
    same changes at commit (`write_points` does those for callers holding a Run). On
    PostgreSQL the UPDATE takes the row lock `lock_series` takes with FOR UPDATE, with the
    same effect: the batches of a run take turns, and what is read after it is read after
    the batch that held the lock. (Not UPDATE … RETURNING: SQLite has it only from 3.35,
    and 3.40 answered `stop_requested_at IS NOT NULL` true for NULL in it on a migrated
    database. `start_batch` sends the same as one statement on PostgreSQL.)
    """
    conn = session.connection()
    params = {"run_id": run_id, "now": utcnow()}
    if not conn.execute(_TOUCH_RUN, params).rowcount:
        return None
    row = conn.execute(_RUN_HEAD, params).one()
    return RunHead(run_id, row[0], row[1], row[2] is not None or bool(row[3]))


@dataclass(frozen=True)
class BatchStart:
    """What a points request reads before it writes (`start_batch`)."""

    token: Any  # the api_token row (auth.TOKEN_BY_HASH's columns) of the digest, or None
    run: RunHead | None  # None: no such run
    known: dict[str, tuple[int, int | None]]  # lookup_series of the keys


def start_batch(session: Session, digest: str, run_id: int, keys: Sequence[str]) -> BatchStart:
    """Read the token row of `digest`, mark and lock the run (`touch_run`) and look up its
    series of `keys` (`lookup_series`). The caller judges the token first and, refusing it,
    rolls all of it back: the response is the same, 401 before anything about the run.

    On PostgreSQL the three statements (and the transaction's BEGIN) go in one psycopg
    pipeline, one round trip instead of four; each is still a statement of its own, so the
    lookup runs after the UPDATE got the run's lock and sees the batch that held it.
    """
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        token = conn.execute(TOKEN_BY_HASH, {"digest": digest}).first()
        run = touch_run(session, run_id)
        return BatchStart(token, run, lookup_series(session, run_id, keys) if run else {})
    driver: Any = conn.connection.driver_connection
    with (
        driver.pipeline(),
        driver.cursor() as token_cursor,
        driver.cursor() as run_cursor,
        driver.cursor() as series_cursor,
    ):
        token_cursor.execute(_PG_TOKEN_BY_HASH, (digest,))
        run_cursor.execute(_PG_TOUCH_RUN, {"run_id": run_id, "now": utcnow()})
        if keys:
            series_cursor.execute(
                f'SELECT "key", id, last_step FROM series WHERE run_id = %s '
                f'AND "key" IN ({", ".join(["%s"] * len(keys))})',
                (run_id, *keys),
            )
        token, row = token_cursor.fetchone(), run_cursor.fetchone()
        found = series_cursor.fetchall() if keys else []
    run = None if row is None else RunHead(run_id, row[0], row[1], row[2] is not None or row[3])
    return BatchStart(token, run, {key: (id_, last) for key, id_, last in found})


# touch_run and auth.TOKEN_BY_HASH written out for psycopg's pipeline (SQLAlchemy's execution
# reads each result before the next statement is sent).
_PG_TOKEN_BY_HASH = (
    "SELECT id, project_id, token_hash, revoked_at, last_used_at FROM api_token "
    "WHERE token_hash = %s"
)
_PG_TOUCH_RUN = (
    "UPDATE run SET last_seen_at = %(now)s, needs_evaluation = true, status = CASE WHEN "
    "status = 'stale' THEN 'running' ELSE status END WHERE id = %(run_id)s RETURNING "
    "project_id, config ->> 'loss_kind', stop_requested_at, EXISTS (SELECT 1 FROM alert "
    "WHERE alert.run_id = %(run_id)s AND alert.state = 'firing')"
)


def write_series_points(
    session: Session,
    run_id: int,
    batches: dict[str, SeriesBatch],
    known: dict[str, tuple[int, int | None]],
) -> int:
    """Upsert a validated batch and its rollups for a run already locked by this transaction
    (`lock_series` or `touch_run`), `known` being its series found since; return the count."""
    conn = session.connection()
    series = _create_missing(session, run_id, sorted(batches), known)
    appended: list[tuple[int, SeriesBatch]] = []
    rewritten: list[tuple[int, SeriesBatch]] = []
    appends: list[rollups.Append] = []
    moved: list[tuple[int, int]] = []
    accepted = 0
    for key, batch in batches.items():
        series_id, last_step = series[key]
        accepted += len(batch.steps)
        if last_step is None or batch.steps[0] > last_step:
            appended.append((series_id, batch))
            appends.append(rollups.Append(series_id, last_step, batch.steps, batch.values))
        else:
            rewritten.append((series_id, batch))
        if last_step is None or batch.steps[-1] > last_step:
            moved.append((batch.steps[-1], series_id))
    # The appends' rollups come from their points alone: on PostgreSQL they are computed
    # while the server is still inserting the COPYed points (the request waits on that).
    merged = _upsert_points(conn, appended, rewritten, lambda: rollups.appended_columns(appends))
    rollup_rows: list[dict[str, Any]] = []
    for series_id, batch in rewritten:
        # Read back from the points just written, so after _upsert_points.
        rollup_rows += rollups.rows_after_rewrite(conn, series_id, batch.steps)
    with _pipeline(conn):  # writes only, each of its own series: one round trip
        _merge_rollups(conn, merged)
        _upsert_rollups(conn, rollup_rows)
        _set_last_steps(session, moved)
    return accepted


def _pipeline(conn: Connection) -> AbstractContextManager[Any]:
    """On PostgreSQL, send the statements of the block together and wait for their results
    once (psycopg's pipeline mode; an error still raises, at the block's end); elsewhere do
    nothing."""
    if conn.dialect.name != "postgresql":
        return nullcontext()
    driver: Any = conn.connection.driver_connection
    return cast(AbstractContextManager[Any], driver.pipeline())


def _cursor(conn: Connection) -> Any:
    # The DB-API cursor: on the ingest path SQLAlchemy's per-statement and per-row work costs
    # more than the database does (see bench/ingest.py).
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def _mark(conn: Connection) -> str:
    return "?" if conn.dialect.name == "sqlite" else "%s"


def lock_series(
    session: Session, run_id: int, keys: Sequence[str]
) -> dict[str, tuple[int, int | None]]:
    """Lock the run for this transaction's writes and return {key: (series id, stored last
    step)} of those of `keys` it already has."""
    conn = session.connection()
    cursor = _cursor(conn)
    # On PostgreSQL it locks the run first (SQLite serialises writers anyway): concurrent
    # batches of one run take turns, so each sees the other's last_step and rollups, and the
    # lock order (run, then series) is the one alert evaluation takes, so the two cannot
    # deadlock. The lock is a statement of its own: under READ COMMITTED a statement that
    # waits for a row lock re-reads only the locked row, while the rows it joins still come
    # from the snapshot taken before the wait. A lookup joined to the lock would miss the
    # batch that held it (a stale last_step: that batch left out of the rollups, last_step
    # moving backwards); a lookup after the lock sees that batch committed.
    if conn.dialect.name == "postgresql":
        cursor.execute("SELECT 1 FROM run WHERE id = %s FOR UPDATE", (run_id,))
    found = _lookup_series(conn, cursor, run_id, keys)
    cursor.close()
    return found


def lookup_series(
    session: Session, run_id: int, keys: Sequence[str]
) -> dict[str, tuple[int, int | None]]:
    """Return {key: (series id, stored last step)} of those of `keys` the run has; after
    `touch_run`, which locked the run."""
    conn = session.connection()
    with closing(_cursor(conn)) as cursor:
        return _lookup_series(conn, cursor, run_id, keys)


def _lookup_series(
    conn: Connection, cursor: Any, run_id: int, keys: Sequence[str]
) -> dict[str, tuple[int, int | None]]:
    if not keys:
        return {}
    mark = _mark(conn)
    cursor.execute(
        f'SELECT "key", id, last_step FROM series WHERE run_id = {mark} '
        f'AND "key" IN ({", ".join([mark] * len(keys))})',
        (run_id, *keys),
    )
    return {key: (id_, last) for key, id_, last in cursor.fetchall()}


def _create_missing(
    session: Session, run_id: int, keys: Sequence[str], known: dict[str, tuple[int, int | None]]
) -> dict[str, tuple[int, int | None]]:
    """Return {key: (series id, stored last step)} of `keys`, creating the missing series."""
    missing = [key for key in keys if key not in known]
    if not missing:
        return known
    conn = session.connection()
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(
        insert(Series).on_conflict_do_nothing(), [{"run_id": run_id, "key": key} for key in missing]
    )
    cursor = _cursor(conn)
    found = {**known, **_lookup_series(conn, cursor, run_id, missing)}
    cursor.close()
    return found


def _set_last_steps(session: Session, moved: list[tuple[int, int]]) -> None:
    """Record each series' new last step, in the database and on loaded Series objects."""
    if not moved:
        return
    conn = session.connection()
    with closing(_cursor(conn)) as cursor:
        if conn.dialect.name == "postgresql":
            # One statement, not one a series.
            cursor.execute(
                "UPDATE series SET last_step = moved.step FROM unnest(%s::bigint[], "
                "%s::integer[]) AS moved (step, id) WHERE series.id = moved.id",
                [list(column) for column in zip(*moved, strict=True)],
            )
        else:
            cursor.executemany("UPDATE series SET last_step = ? WHERE id = ?", moved)
    new_last = {series_id: step for step, series_id in moved}
    for item in session.identity_map.values():
        if isinstance(item, Series) and item.id in new_last:
            set_committed_value(item, "last_step", new_last[item.id])


def _upsert_points(
    conn: Connection,
    appended: list[tuple[int, SeriesBatch]],
    rewritten: list[tuple[int, SeriesBatch]],
    meanwhile: Callable[[], T],
) -> T:
    """Write the points: `appended` lie after their series' stored steps, `rewritten` may
    replace stored ones; last write wins either way. Return what `meanwhile` returns, called
    while the database inserts where it can."""
    if conn.dialect.name == "postgresql":
        return _copy_upsert_points(conn, appended, rewritten, meanwhile)
    # SQLite stores NaN as NULL; multi-row VALUES statements run at about twice the rate of
    # executemany (one statement step per 256 rows instead of per row).
    flat: list[float | int | None] = []
    for series_id, batch in appended + rewritten:
        values: Sequence[float | None] = batch.values
        if np.isnan(np.asarray(values, dtype=np.float64)).any():
            values = [None if v != v else v for v in batch.values]
        flat += chain.from_iterable(
            zip(repeat(series_id), batch.steps, values, batch.wall_times, strict=False)
        )
    cursor = _cursor(conn)
    first = 0
    for rows in _statement_sizes(len(flat) // 4):
        cursor.execute(_sqlite_upsert(rows), flat[first : first + rows * 4])
        first += rows * 4
    cursor.close()
    return meanwhile()


# 256 rows × 4 = 1,024 bound parameters a statement, far below SQLite's limit (32,766).
_SQLITE_ROWS_A_STATEMENT = 256


def _statement_sizes(rows: int, full_size: int = _SQLITE_ROWS_A_STATEMENT) -> list[int]:
    """Split `rows` into full statements and a remainder in powers of two.

    The driver caches a prepared statement per SQL text on every pooled connection (128 of
    them); one text per row count fills each cache with large programs, about 10 MB of native
    memory per connection (measured). Nine shapes stay cached and are reused.
    """
    full, rest = divmod(rows, full_size)
    sizes = [full_size] * full
    return sizes + [1 << bit for bit in reversed(range(rest.bit_length())) if rest >> bit & 1]


@cache
def _sqlite_upsert(rows: int) -> str:
    return (
        "INSERT INTO point (series_id, step, value, wall_time) VALUES "
        + ", ".join(["(?, ?, ?, ?)"] * rows)
        + " ON CONFLICT (series_id, step) DO UPDATE SET "
        "value = excluded.value, wall_time = excluded.wall_time"
    )


def _copy_upsert_points(
    conn: Connection,
    appended: list[tuple[int, SeriesBatch]],
    rewritten: list[tuple[int, SeriesBatch]],
    meanwhile: Callable[[], T],
) -> T:
    # Appends COPY straight into the table: the run is locked (lock_series, touch_run) and
    # every step is above its series' stored last step, so nothing can conflict. Rewrites
    # COPY into a temporary table, then one INSERT … SELECT … ON CONFLICT: last write wins.
    columns = "(series_id, step, value, wall_time)"
    with closing(_cursor(conn)) as cursor:
        if appended:
            with cursor.copy(f"COPY point {columns} FROM STDIN (FORMAT BINARY)") as copy:
                copy.write(_binary_copy(appended))
                # The rows are on their way; the server inserts them while this runs, and
                # leaving the block waits for it to finish.
                result = meanwhile()
        else:
            result = meanwhile()
        if not rewritten:
            return result
        cursor.execute(
            "CREATE TEMPORARY TABLE IF NOT EXISTS point_staging "
            "(series_id integer, step bigint, value double precision, wall_time double precision)"
            " ON COMMIT DELETE ROWS"
        )
        with cursor.copy(f"COPY point_staging {columns} FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(_binary_copy(rewritten))
        cursor.execute(
            f"INSERT INTO point {columns} SELECT series_id, step, value, wall_time "
            "FROM point_staging ON CONFLICT (series_id, step) DO UPDATE SET "
            "value = excluded.value, wall_time = excluded.wall_time"
        )
        cursor.execute("DELETE FROM point_staging")
    return result


# PostgreSQL's binary COPY: a signature, then per row a field count and (length, bytes) per
# field, big-endian; a length of -1 is NULL. Rows of fixed width are one numpy record array,
# so no Python code runs per row.
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
_COPY_TRAILER = b"\xff\xff"
_COPY_ROW = np.dtype(
    [("fields", ">i2"), ("id_len", ">i4"), ("id", ">i4"), ("step_len", ">i4"), ("step", ">i8"),
     ("value_len", ">i4"), ("value", ">f8"), ("wall_len", ">i4"), ("wall", ">f8")]
)  # fmt: skip
_COPY_ROW_NO_WALL = np.dtype(_COPY_ROW.descr[:-1])


def _binary_copy(batches: list[tuple[int, SeriesBatch]]) -> bytes:
    parts = [_COPY_SIGNATURE]
    for series_id, batch in batches:
        size = len(batch.steps)
        no_wall = batch.wall_times.count(None)
        rows = np.empty(size, dtype=_COPY_ROW if no_wall == 0 else _COPY_ROW_NO_WALL)
        rows["fields"] = 4
        rows["id_len"], rows["id"] = 4, series_id
        rows["step_len"], rows["step"] = 8, batch.steps
        rows["value_len"], rows["value"] = 8, batch.values
        if no_wall == 0:
            rows["wall_len"], rows["wall"] = 8, batch.wall_times
            parts.append(rows.tobytes())
        elif no_wall == size:
            rows["wall_len"] = -1
            parts.append(rows.tobytes())
        else:
            # Some points with a wall time, some without: one row at a time.
            for row, wall_time in zip(rows, batch.wall_times, strict=True):
                if wall_time is None:
                    row["wall_len"] = -1
                    parts.append(row.tobytes())
                else:
                    row["wall_len"] = 8
                    parts.append(row.tobytes() + struct.pack(">d", wall_time))
    parts.append(_COPY_TRAILER)
    return b"".join(parts)


_ROLLUP_KEYS = ("series_id", "resolution", "bucket")
_ROLLUP_COLUMNS = tuple(c.name for c in ROLLUP.columns)


def _upsert_rollups(conn: Connection, rows: list[dict[str, Any]]) -> None:
    # Multi-row statements, as for SQLite's points: one statement per 64 rows instead of one
    # per row (a batch of 1,000 steps × 3 keys touches ~40 rollup rows; executemany of
    # them cost 1.7 ms on PostgreSQL, about a tenth of the request).
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        # One array per column, one statement whatever the row count: a multi-row VALUES of
        # ~500 parameters is planned again whenever psycopg's integer types differ (3 ms).
        with closing(_cursor(conn)) as cursor:
            cursor.execute(_PG_ROLLUP_UPSERT, [[row[c] for row in rows] for c in _ROLLUP_COLUMNS])
        return
    flat = [row[c] for row in rows for c in _ROLLUP_COLUMNS]
    width = len(_ROLLUP_COLUMNS)
    cursor = _cursor(conn)
    first = 0
    for size in _statement_sizes(len(rows), _ROLLUP_ROWS_A_STATEMENT):
        cursor.execute(_rollup_upsert(_mark(conn), size), flat[first : first + size * width])
        first += size * width
    cursor.close()


def _merge_rollups(conn: Connection, columns: dict[str, list[Any]]) -> None:
    """Upsert appended points' rollup rows (`rollups.appended_columns`), merging a bucket
    that already holds earlier points in SQL: one statement, no read."""
    if not columns["series_id"]:
        return
    if conn.dialect.name == "postgresql":
        with closing(_cursor(conn)) as cursor:
            cursor.execute(_PG_ROLLUP_MERGE, [columns[c] for c in _ROLLUP_COLUMNS])
        return
    width = len(_ROLLUP_COLUMNS)
    flat = list(chain.from_iterable(zip(*(columns[c] for c in _ROLLUP_COLUMNS), strict=True)))
    with closing(_cursor(conn)) as cursor:
        first = 0
        for size in _statement_sizes(len(flat) // width, _ROLLUP_ROWS_A_STATEMENT):
            cursor.execute(_sqlite_rollup_merge(size), flat[first : first + size * width])
            first += size * width


_ROLLUP_ROWS_A_STATEMENT = 64
# Bucket.merge in SQL, for a bucket whose stored points all come before the new ones: the
# SET expressions all read the stored row (`rollup.`) as it was before this statement.
_EARLIER_MIN = "rollup.min_value IS NULL OR excluded.min_value < rollup.min_value"
_EARLIER_MAX = "rollup.max_value IS NULL OR excluded.max_value > rollup.max_value"
_MERGE_ROLLUP = (
    f" ON CONFLICT ({', '.join(_ROLLUP_KEYS)}) DO UPDATE SET "
    "count = rollup.count + excluded.count, "
    "nan_count = rollup.nan_count + excluded.nan_count, "
    "nan_step = COALESCE(rollup.nan_step, excluded.nan_step), "
    f"min_step = CASE WHEN {_EARLIER_MIN} THEN excluded.min_step ELSE rollup.min_step END, "
    f"min_value = CASE WHEN {_EARLIER_MIN} THEN excluded.min_value ELSE rollup.min_value END, "
    f"max_step = CASE WHEN {_EARLIER_MAX} THEN excluded.max_step ELSE rollup.max_step END, "
    f"max_value = CASE WHEN {_EARLIER_MAX} THEN excluded.max_value ELSE rollup.max_value END, "
    "last_step = excluded.last_step, last_value = excluded.last_value"
)
_ROLLUP_TYPES = {"min_value": "double precision", "max_value": "double precision",
                 "last_value": "double precision", "bucket": "bigint", "nan_step": "bigint",
                 "min_step": "bigint", "max_step": "bigint", "last_step": "bigint"}  # fmt: skip
_PG_ROLLUP_UPSERT = (
    f"INSERT INTO {ROLLUP.name} ({', '.join(_ROLLUP_COLUMNS)}) SELECT * FROM unnest("
    + ", ".join(f"%s::{_ROLLUP_TYPES.get(c, 'integer')}[]" for c in _ROLLUP_COLUMNS)
    + f") ON CONFLICT ({', '.join(_ROLLUP_KEYS)}) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _ROLLUP_COLUMNS if c not in _ROLLUP_KEYS)
)


_PG_ROLLUP_MERGE = _PG_ROLLUP_UPSERT[: _PG_ROLLUP_UPSERT.index(" ON CONFLICT")] + _MERGE_ROLLUP


@cache
def _sqlite_rollup_merge(rows: int) -> str:
    row = f"({', '.join(['?'] * len(_ROLLUP_COLUMNS))})"
    return (
        f"INSERT INTO {ROLLUP.name} ({', '.join(_ROLLUP_COLUMNS)}) VALUES "
        + ", ".join([row] * rows)
        + _MERGE_ROLLUP
    )


@cache
def _rollup_upsert(mark: str, rows: int) -> str:
    row = f"({', '.join([mark] * len(_ROLLUP_COLUMNS))})"
    return (
        f"INSERT INTO {ROLLUP.name} ({', '.join(_ROLLUP_COLUMNS)}) VALUES "
        + ", ".join([row] * rows)
        + f" ON CONFLICT ({', '.join(_ROLLUP_KEYS)}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _ROLLUP_COLUMNS if c not in _ROLLUP_KEYS)
    )


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
