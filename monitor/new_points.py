"""The points each run got since its last evaluation, read for the detectors in one query.

Every watched series of the runs in one statement, as the range of its primary key above its
evaluated step, through the driver's own cursor (SQLAlchemy's rows would cost more than the
query at 10^5 points): one row a point on SQLite, one row a series of binary arrays on
PostgreSQL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from lossmon.server.detectors.base import Series as DetectorSeries
from lossmon.server.models import Series

#: The most points one evaluation reads per series; a larger backlog continues next tick.
MAX_POINTS_PER_EVALUATION = 50_000


@dataclass
class NewPoints:
    """The points of one series above its evaluated step."""

    series_id: int
    series: DetectorSeries
    wall_times: Sequence[float | None]
    last: int
    full: bool  # capped at MAX_POINTS_PER_EVALUATION: more remain for the next evaluation


PointsOfRun = dict[str, NewPoints]


def read(session: Session, watched: Mapping[int, set[str]]) -> dict[int, PointsOfRun]:
    """Return, per run and watched key, the points above the series' evaluated step."""
    keys = set().union(*watched.values()) if watched else set()
    if not keys:
        return {}
    known = session.execute(
        select(Series.id, Series.run_id, Series.key).where(
            Series.run_id.in_(list(watched)), Series.key.in_(keys)
        )
    )
    wanted = {sid: (run_id, key) for sid, run_id, key in known if key in watched[run_id]}
    if not wanted:
        return {}
    # The driver's own cursor: SQLAlchemy's rows would cost more than the query at 10^5
    # points. The ids travel as one parameter, so the statement's text never changes (SQLite's
    # driver caches a prepared statement per text on every pooled connection).
    ids = [int(sid) for sid in wanted]
    driver = session.connection().connection.driver_connection
    if session.get_bind().dialect.name == "sqlite":
        found = _sqlite(driver, ids)
    else:
        found = _postgresql(driver, ids)
    out: dict[int, PointsOfRun] = defaultdict(dict)
    for sid, steps, values, walls in found:
        full = steps.size >= MAX_POINTS_PER_EVALUATION
        n = min(steps.size, MAX_POINTS_PER_EVALUATION)
        run_id, key = wanted[sid]
        out[run_id][key] = NewPoints(
            sid, DetectorSeries(steps[:n], values[:n]), walls[:n], int(steps[n - 1]), full
        )
    return out


#: From each series, the range of its points above its evaluated step (steps are 0..2^53):
#: the primary key's range, not every point of the series filtered (a cost that grew with
#: the run's length).
_NEW_POINTS = (
    "FROM series s "
    "JOIN point p ON p.series_id = s.id AND p.step > COALESCE(s.evaluated_step, -1) "
    "WHERE s.id {among} "
)

_Found = Iterator[tuple[int, np.ndarray, np.ndarray, Sequence[float | None]]]


def _sqlite(driver: Any, ids: list[int]) -> _Found:
    """Yield (series id, steps, values, wall times) of the new points, one row a point."""
    cursor = driver.cursor()
    cursor.execute(
        "SELECT s.id, p.step, p.value, p.wall_time "
        + _NEW_POINTS.format(among="IN (SELECT value FROM json_each(?))")
        + "ORDER BY s.id, p.step",
        (json.dumps(ids),),
    )
    rows = cursor.fetchall()
    cursor.close()
    if not rows:
        return
    sids, steps, values, walls = zip(*rows, strict=True)
    sid_array = np.asarray(sids)
    step_array = np.asarray(steps, dtype=np.int64)
    # SQLite stores NaN as NULL: None reads back as NaN here.
    value_array = np.asarray(values, dtype=np.float64)
    cuts = np.flatnonzero(sid_array[1:] != sid_array[:-1]) + 1
    for lo, hi in zip([0, *cuts.tolist()], [*cuts.tolist(), len(rows)], strict=True):
        yield int(sid_array[lo]), step_array[lo:hi], value_array[lo:hi], walls[lo:hi]


def _postgresql(driver: Any, ids: list[int]) -> _Found:
    """Yield (series id, steps, values, wall times) of the new points, one row a series.

    Arrays in PostgreSQL's binary format: a third of the CPU of a row per point in text.
    """
    cursor = driver.cursor(binary=True)
    cursor.execute(
        "SELECT s.id, array_agg(p.step ORDER BY p.step), array_agg(p.value ORDER BY p.step), "
        "array_agg(p.wall_time ORDER BY p.step) "
        + _NEW_POINTS.format(among="= ANY(%s)")
        + "GROUP BY s.id ORDER BY s.id",
        (ids,),
    )
    rows = cursor.fetchall()
    cursor.close()
    for sid, steps, values, walls in rows:
        # A NULL value (none is written on PostgreSQL) would read as NaN, as on SQLite.
        yield sid, np.asarray(steps, dtype=np.int64), np.asarray(values, dtype=np.float64), walls
