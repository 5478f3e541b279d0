"""Min/max/last rollups of each series, kept at ingest, and downsampled reads from them.

A read of a long series picks the finest rollup level whose buckets in range stay few, then
merges neighbouring buckets down to the requested size. Every bucket keeps its minimum, its
maximum, its last value and its first NaN, each at its own step, so a one-step spike or the
first NaN is still drawn at full zoom-out (TensorBoard's reservoir and MLflow's stride drop
them).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any, cast

import numpy as np
from sqlalchemy import Connection, Table, select, tuple_

from lossmon.server.models import Point, Rollup

RESOLUTIONS = (100, 1_000, 10_000, 100_000)
ROLLUP = cast(Table, Rollup.__table__)
POINT = cast(Table, Point.__table__)


@dataclass
class Bucket:
    """Aggregate of the points of one bucket (or of several merged buckets)."""

    bucket: int
    count: int
    nan_count: int
    nan_step: int | None
    min_step: int | None
    min_value: float | None
    max_step: int | None
    max_value: float | None
    last_step: int
    last_value: float

    @classmethod
    def of_points(cls, bucket: int, steps: Sequence[int], values: Sequence[float]) -> Bucket:
        """Aggregate points given in ascending step order."""
        agg = cls(bucket, 0, 0, None, None, None, None, None, steps[-1], values[-1])
        for step, value in zip(steps, values, strict=True):
            agg.count += 1
            if value != value:  # NaN
                agg.nan_count += 1
                if agg.nan_step is None:
                    agg.nan_step = step
                continue
            if agg.min_value is None or value < agg.min_value:
                agg.min_step, agg.min_value = step, value
            if agg.max_value is None or value > agg.max_value:
                agg.max_step, agg.max_value = step, value
        return agg

    @classmethod
    def of_row(cls, row: Any) -> Bucket:
        last = math.nan if row.last_value is None else row.last_value
        return cls(
            row.bucket, row.count, row.nan_count, row.nan_step, row.min_step,
            _finite_or_none(row.min_value), row.max_step, _finite_or_none(row.max_value),
            row.last_step, last,
        )  # fmt: skip

    def merge(self, later: Bucket) -> None:
        """Fold in a bucket whose points all come after this one's."""
        self.count += later.count
        self.nan_count += later.nan_count
        if self.nan_step is None:
            self.nan_step = later.nan_step
        if later.min_value is not None and (
            self.min_value is None or later.min_value < self.min_value
        ):
            self.min_step, self.min_value = later.min_step, later.min_value
        if later.max_value is not None and (
            self.max_value is None or later.max_value > self.max_value
        ):
            self.max_step, self.max_value = later.max_step, later.max_value
        self.last_step, self.last_value = later.last_step, later.last_value

    def points(self) -> list[tuple[int, float]]:
        """Return the bucket's representative points: min, max, first NaN and last."""
        chosen = {self.last_step: self.last_value}
        if self.min_step is not None and self.min_value is not None:
            chosen[self.min_step] = self.min_value
        if self.max_step is not None and self.max_value is not None:
            chosen[self.max_step] = self.max_value
        if self.nan_step is not None:
            chosen[self.nan_step] = math.nan
        return sorted(chosen.items())

    def to_row(self, series_id: int, resolution: int) -> dict[str, Any]:
        return {
            "series_id": series_id,
            "resolution": resolution,
            "bucket": self.bucket,
            "count": self.count,
            "nan_count": self.nan_count,
            "nan_step": self.nan_step,
            "min_step": self.min_step,
            "min_value": self.min_value,
            "max_step": self.max_step,
            "max_value": self.max_value,
            "last_step": self.last_step,
            "last_value": None if math.isnan(self.last_value) else self.last_value,
        }


def _finite_or_none(value: float | None) -> float | None:
    # PostgreSQL hands back a stored NaN as NaN; SQLite as NULL. Treat both alike.
    return None if value is None or math.isnan(value) else value


def group_points(steps: Sequence[int], values: Sequence[float], width: int) -> list[Bucket]:
    """Aggregate ascending points into buckets of `width` steps."""
    if len(steps) < _VECTOR_MIN:
        return _group_points_loop(steps, values, width)
    return _group_arrays(
        np.asarray(steps, dtype=np.int64), np.asarray(values, dtype=np.float64), width
    )


# Below this many points numpy's per-call cost is more than the Python loop's.
_VECTOR_MIN = 64


def _group_points_loop(steps: Sequence[int], values: Sequence[float], width: int) -> list[Bucket]:
    buckets: list[Bucket] = []
    start = 0
    for index in range(1, len(steps) + 1):
        if index == len(steps) or steps[index] // width != steps[start] // width:
            bucket = steps[start] // width
            buckets.append(Bucket.of_points(bucket, steps[start:index], values[start:index]))
            start = index
    return buckets


def _group_arrays(steps: np.ndarray, values: np.ndarray, width: int) -> list[Bucket]:
    """Return `Bucket.of_points` of every bucket at once (same ties: the first occurrence)."""
    size = len(steps)
    if size == 0:
        return []
    ids = steps // width
    starts = np.flatnonzero(np.concatenate(([True], ids[1:] != ids[:-1])))
    ends = np.append(starts[1:], size)
    counts = ends - starts
    nan = np.isnan(values)
    index = np.arange(size)
    owner = np.repeat(np.arange(len(starts)), counts)
    nan_counts = np.add.reduceat(nan.astype(np.int64), starts)
    first_nan = np.minimum.reduceat(np.where(nan, index, size), starts)
    low = np.minimum.reduceat(np.where(nan, np.inf, values), starts)
    high = np.maximum.reduceat(np.where(nan, -np.inf, values), starts)
    number = ~nan
    min_at = np.minimum.reduceat(np.where(number & (values == low[owner]), index, size), starts)
    max_at = np.minimum.reduceat(np.where(number & (values == high[owner]), index, size), starts)
    count_of = len(starts)
    # Only the chosen points go back to Python objects: four per bucket, not the whole batch.
    chosen = np.minimum(np.concatenate((first_nan, min_at, max_at, ends - 1)), size - 1)
    step_of = steps[chosen].tolist()
    value_of = values[chosen].tolist()
    buckets = []
    for i, (bucket, count, nans) in enumerate(
        zip(ids[starts].tolist(), counts.tolist(), nan_counts.tolist(), strict=True)
    ):
        last = 3 * count_of + i
        agg = Bucket(bucket, count, nans, step_of[i] if nans else None,
                     None, None, None, None, step_of[last], value_of[last])  # fmt: skip
        if nans < count:
            low_i, high_i = count_of + i, 2 * count_of + i
            agg.min_step, agg.min_value = step_of[low_i], value_of[low_i]
            agg.max_step, agg.max_value = step_of[high_i], value_of[high_i]
        buckets.append(agg)
    return buckets


@dataclass
class Append:
    """New points of one series, all after its stored last step (None: nothing stored)."""

    series_id: int
    previous_last_step: int | None
    steps: Sequence[int]
    values: Sequence[float]


def rows_after_appends(conn: Connection, appends: Sequence[Append]) -> list[dict[str, Any]]:
    """Return the rollup rows to upsert for appends to several series, in one stored read.

    Only a level's first new bucket can already hold points (the bucket of the last stored
    step); those stored buckets are read in one query and merged with the new points.
    """
    grouped: list[tuple[int, int, list[Bucket]]] = []
    wanted: list[tuple[int, int, int]] = []
    for append in appends:
        # The finest level from the points, each coarser one by merging the level below.
        buckets = group_points(append.steps, append.values, RESOLUTIONS[0])
        for previous, resolution in zip((1, *RESOLUTIONS), RESOLUTIONS, strict=False):
            if previous != 1:
                buckets = _coarser(buckets, resolution // previous)
            grouped.append((append.series_id, resolution, buckets))
            last = append.previous_last_step
            if last is not None and last // resolution == buckets[0].bucket:
                wanted.append((append.series_id, resolution, buckets[0].bucket))
    stored = {
        (row.series_id, row.resolution, row.bucket): Bucket.of_row(row)
        for row in _read_bucket_keys(conn, wanted)
    }
    rows: list[dict[str, Any]] = []
    for series_id, resolution, buckets in grouped:
        merged = stored.get((series_id, resolution, buckets[0].bucket))
        if merged is not None:
            merged.merge(buckets[0])
            buckets[0] = merged
        rows.extend(agg.to_row(series_id, resolution) for agg in buckets)
    return rows


def appended_columns(appends: Sequence[Append]) -> dict[str, list[Any]]:
    """Return the rollup rows of appended points, from the points alone, column by column.

    Every level of every series in one numpy pass, no stored row read: a level's
    first bucket may already hold earlier points, and the upsert merges it in SQL
    (`store._MERGE_ROLLUP`: counts added, the earlier extreme kept on a tie, the later last
    point taken), which is `Bucket.merge` because every appended point comes after the
    stored ones. Values are `Bucket.to_row`'s: None for no NaN, no number, a NaN last value.
    """
    sizes = [len(append.steps) for append in appends]
    total = sum(sizes)
    if not total:
        return {name: [] for name in _ROW_FIELDS}
    points = np.fromiter(chain.from_iterable(a.steps for a in appends), np.int64, total)
    series_ids = np.repeat(np.array([a.series_id for a in appends], dtype=np.int64), sizes)
    series_starts = np.zeros(total, dtype=bool)
    series_starts[np.cumsum([0, *sizes[:-1]])] = True
    # Every level at once: the points repeated once a level, so the ~25 array operations run
    # once, not once a level (0.27 against 0.31 ms for 3 series of 1,000 points).
    levels = len(RESOLUTIONS)
    size = total * levels
    steps = np.tile(points, levels)
    values = np.tile(
        np.fromiter(chain.from_iterable(a.values for a in appends), np.float64, total), levels
    )
    ids = np.concatenate([points // resolution for resolution in RESOLUTIONS])
    new = np.tile(series_starts, levels)  # each level's copy starts with a series' start
    new[1:] |= ids[1:] != ids[:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], size)
    counts = ends - starts
    owner = np.repeat(np.arange(len(starts)), counts)
    nan = np.isnan(values)
    number = ~nan
    index = np.arange(size)
    nan_counts = np.add.reduceat(nan.astype(np.int64), starts)
    low = np.minimum.reduceat(np.where(nan, np.inf, values), starts)
    high = np.maximum.reduceat(np.where(nan, -np.inf, values), starts)
    # The first point at the extreme (ties: the earliest step, as Bucket.of_points).
    min_at = np.minimum.reduceat(np.where(number & (values == low[owner]), index, size), starts)
    max_at = np.minimum.reduceat(np.where(number & (values == high[owner]), index, size), starts)
    first_nan = np.minimum(np.minimum.reduceat(np.where(nan, index, size), starts), size - 1)
    no_number = np.flatnonzero(nan_counts == counts).tolist()
    min_at[no_number], max_at[no_number] = 0, 0
    last = ends - 1
    columns = {
        "series_id": series_ids[starts % total].tolist(),
        "resolution": np.array(RESOLUTIONS)[starts // total].tolist(),
        "bucket": ids[starts].tolist(),
        "count": counts.tolist(),
        "nan_count": nan_counts.tolist(),
        "nan_step": steps[first_nan].tolist(),
        "min_step": steps[min_at].tolist(),
        "min_value": values[min_at].tolist(),
        "max_step": steps[max_at].tolist(),
        "max_value": values[max_at].tolist(),
        "last_step": steps[last].tolist(),
        "last_value": values[last].tolist(),
    }
    for i in np.flatnonzero(nan_counts == 0).tolist():
        columns["nan_step"][i] = None
    for i in no_number:
        for name in ("min_step", "min_value", "max_step", "max_value"):
            columns[name][i] = None
    for i in np.flatnonzero(nan[last]).tolist():
        columns["last_value"][i] = None
    return columns


_ROW_FIELDS = (
    "series_id", "resolution", "bucket", "count", "nan_count", "nan_step", "min_step",
    "min_value", "max_step", "max_value", "last_step", "last_value",
)  # fmt: skip


def _coarser(children: list[Bucket], factor: int) -> list[Bucket]:
    """Merge ascending buckets into their parents, `factor` children a parent."""
    parents: list[Bucket] = []
    for child in children:
        parent = child.bucket // factor
        if parents and parents[-1].bucket == parent:
            parents[-1].merge(child)
        else:
            parents.append(replace(child, bucket=parent))
    return parents


def _read_bucket_keys(conn: Connection, keys: list[tuple[int, int, int]]) -> list[Any]:
    if not keys:
        return []
    key = tuple_(ROLLUP.c.series_id, ROLLUP.c.resolution, ROLLUP.c.bucket)
    return list(conn.execute(select(ROLLUP).where(key.in_(keys))))


def rows_after_rewrite(
    conn: Connection, series_id: int, steps: Sequence[int]
) -> list[dict[str, Any]]:
    """Return fresh rollup rows for every bucket that holds one of `steps`.

    Used when a batch rewrites stored steps: the finest level is recomputed from the points,
    each coarser level from the level below, so the cost stays with the touched buckets.
    """
    finest = RESOLUTIONS[0]
    lower: dict[int, Bucket] = {}
    for first, last in _contiguous({step // finest for step in steps}):
        found = _read_points(conn, series_id, first * finest, (last + 1) * finest - 1)
        lower.update((agg.bucket, agg) for agg in group_points(*found, finest))
    rows = [agg.to_row(series_id, finest) for agg in lower.values()]
    for previous, resolution in zip(RESOLUTIONS, RESOLUTIONS[1:], strict=False):
        factor = resolution // previous
        current: dict[int, Bucket] = {}
        for first, last in _contiguous({step // resolution for step in steps}):
            children = {
                row.bucket: Bucket.of_row(row)
                for row in _read_buckets(conn, series_id, previous, first * factor,
                                         (last + 1) * factor - 1)
            }  # fmt: skip
            children.update(
                (b, agg) for b, agg in lower.items() if first * factor <= b < (last + 1) * factor
            )
            for child in sorted(children):
                parent = child // factor
                if parent in current:
                    current[parent].merge(children[child])
                else:
                    current[parent] = replace(children[child], bucket=parent)
        rows.extend(agg.to_row(series_id, resolution) for agg in current.values())
        lower = current
    return rows


def _contiguous(values: set[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for value in sorted(values):
        if runs and value == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], value)
        else:
            runs.append((value, value))
    return runs


def _read_points(
    conn: Connection, series_id: int, first_step: int, last_step: int
) -> tuple[list[int], list[float]]:
    found = conn.execute(
        select(POINT.c.step, POINT.c.value)
        .where(
            POINT.c.series_id == series_id,
            POINT.c.step >= first_step,
            POINT.c.step <= last_step,
        )
        .order_by(POINT.c.step)
    ).all()
    return [row[0] for row in found], [math.nan if row[1] is None else row[1] for row in found]


def _read_buckets(
    conn: Connection, series_id: int, resolution: int, first: int, last: int
) -> list[Any]:
    return list(
        conn.execute(
            select(ROLLUP)
            .where(
                ROLLUP.c.series_id == series_id,
                ROLLUP.c.resolution == resolution,
                ROLLUP.c.bucket >= first,
                ROLLUP.c.bucket <= last,
            )
            .order_by(ROLLUP.c.bucket)
        )
    )


@dataclass
class Downsampled:
    steps: list[int]
    values: list[float]
    total: int
    downsampled: bool


def read_range(
    conn: Connection, series_id: int, start: int, end: int, max_points: int
) -> Downsampled:
    """Return the series in [start, end]: raw when it fits in `max_points`, else extremes.

    The downsampled form keeps, per bucket, the minimum, the maximum, the first NaN and the
    last value, each at its own step, and never returns more than `max_points` points.
    Rows come back as numpy columns and are merged column-wise: a read's cost is a few
    statements and array operations, whatever the length of the series (bench/read_series.py
    --lengths prints it by length).
    """
    target = max(1, max_points // 4 - 1)
    finest = RESOLUTIONS[0]
    if end // finest - start // finest + 1 < target // 2:
        # Too short for the rollups to give enough detail: bucket the raw points instead.
        # From half the target up, the finest level answers (at least half the requested
        # detail, every extreme kept): reading 25,000-100,000 raw points cost 40-200 ms here.
        steps, values = _point_arrays(conn, series_id, start, end)
        if len(steps) <= max_points:
            return Downsampled(steps.tolist(), values.tolist(), len(steps), False)
        width = _bucket_width(start, end, target)
        buckets = _group_arrays(steps, values, width)
        return _flatten(_merge_to(buckets, start, width), len(steps))
    for resolution in RESOLUTIONS:
        first, last = start // resolution, end // resolution
        if last - first + 1 > 8 * target and resolution != RESOLUTIONS[-1]:
            continue
        columns = _bucket_columns(conn, series_id, resolution, first, last)
        columns = _clip_edge_columns(conn, series_id, columns, resolution, start, end)
        total = int(columns["count"].sum())
        if total <= max_points:
            steps, values = _point_arrays(conn, series_id, start, end)
            return Downsampled(steps.tolist(), values.tolist(), len(steps), False)
        width = _bucket_width(start, end, target)
        return _merge_columns(columns, start, width, total)
    raise AssertionError("the coarsest resolution always answers")


def _point_arrays(
    conn: Connection, series_id: int, first_step: int, last_step: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return the (steps, values) of [first_step, last_step] as numpy arrays, NULL as NaN."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    query = (
        f"SELECT step, value FROM point WHERE series_id = {mark} AND step >= {mark} "
        f"AND step <= {mark} ORDER BY step"
    )
    try:
        if conn.dialect.name == "postgresql":
            found = _copy_out(cursor, query, (series_id, first_step, last_step))
            if found is not None:
                return found
        cursor.execute(query, (series_id, first_step, last_step))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    steps, values = zip(*rows, strict=True)
    # float64 turns None (SQLite's NaN) into NaN.
    return np.array(steps, dtype=np.int64), np.array(values, dtype=np.float64)


# PostgreSQL's binary COPY of (bigint, double precision) rows: fixed width while no value is
# NULL (PostgreSQL keeps NaN as NaN, so only a row written by hand has one).
_COPY_HEADER = 19
_COPY_POINT = np.dtype(
    [("fields", ">i2"), ("step_len", ">i4"), ("step", ">i8"), ("value_len", ">i4"),
     ("value", ">f8")]
)  # fmt: skip


def _copy_out(cursor: Any, query: str, params: tuple[int, ...]) -> tuple[Any, Any] | None:
    """Return (steps, values) through a binary COPY, or None when a row does not fit the
    fixed layout. Tens of thousands of rows arrive as one buffer, not one tuple each."""
    buffer = bytearray()
    with cursor.copy(f"COPY ({query}) TO STDOUT (FORMAT BINARY)", params) as copy:
        for block in copy:
            buffer += block
    body = len(buffer) - _COPY_HEADER - 2
    if body < 0 or body % _COPY_POINT.itemsize:
        return None
    rows = np.frombuffer(
        buffer, dtype=_COPY_POINT, offset=_COPY_HEADER, count=body // _COPY_POINT.itemsize
    )
    if len(rows) and ((rows["fields"] != 2).any() or (rows["value_len"] != 8).any()):
        return None
    return rows["step"].astype(np.int64), rows["value"].astype(np.float64)


_BUCKET_FIELDS = (
    "bucket", "count", "nan_count", "nan_step", "min_step", "min_value", "max_step",
    "max_value", "last_step", "last_value",
)  # fmt: skip
_INT_FIELDS = ("bucket", "count", "nan_count", "last_step")


def _bucket_columns(
    conn: Connection, series_id: int, resolution: int, first: int, last: int
) -> dict[str, np.ndarray]:
    """Return a level's buckets in [first, last] as columns; NULL steps are -1, values NaN."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    try:
        cursor.execute(
            f"SELECT {', '.join(_BUCKET_FIELDS)} FROM {ROLLUP.name} WHERE series_id = {mark} "
            f"AND resolution = {mark} AND bucket >= {mark} AND bucket <= {mark} ORDER BY bucket",
            (series_id, resolution, first, last),
        )
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if not rows:
        return {name: np.empty(0, dtype=np.float64) for name in _BUCKET_FIELDS}
    # One float64 matrix (None becomes NaN), then integer columns back out of it: steps and
    # counts stay below 2^53 (wire's MAX_STEP), so the round trip is exact.
    matrix = np.array(rows, dtype=np.float64)
    columns = {name: matrix[:, i] for i, name in enumerate(_BUCKET_FIELDS)}
    for name in ("nan_step", "min_step", "max_step"):
        columns[name] = np.where(np.isnan(columns[name]), -1, columns[name])
    return {
        name: column.astype(np.int64) if not name.endswith("_value") else column
        for name, column in columns.items()
    }


def _clip_edge_columns(
    conn: Connection,
    series_id: int,
    columns: dict[str, np.ndarray],
    resolution: int,
    start: int,
    end: int,
) -> dict[str, np.ndarray]:
    """Rebuild from the points the edge buckets that reach outside [start, end]."""
    size = len(columns["bucket"])
    for index in sorted({0, size - 1}) if size else ():
        bucket = int(columns["bucket"][index])
        lo, hi = bucket * resolution, (bucket + 1) * resolution - 1
        if lo >= start and hi <= end:
            continue
        steps, values = _point_arrays(conn, series_id, max(lo, start), min(hi, end))
        if not len(steps):
            columns["count"][index] = 0
            continue
        agg = _group_arrays(steps, values, resolution)[0]
        row = agg.to_row(series_id, resolution)
        for name in _BUCKET_FIELDS:
            value = row[name]
            if name.endswith("_value"):
                columns[name][index] = math.nan if value is None else value
            else:
                columns[name][index] = -1 if value is None else value
    keep = columns["count"] > 0
    if keep.all():
        return columns
    return {name: column[keep] for name, column in columns.items()}


def _merge_columns(
    columns: dict[str, np.ndarray], start: int, width: int, total: int
) -> Downsampled:
    """Merge ascending buckets into groups of `width` steps and return each group's extremes.

    The same result as merging `Bucket`s one by one (`Bucket.merge`, then `points()`): the
    earliest bucket wins a tie for the minimum or maximum, the first NaN and the group's last
    point are kept, and a step chosen twice appears once.
    """
    size = len(columns["bucket"])
    index = np.arange(size)
    group = (columns["last_step"] - start) // width
    starts = np.flatnonzero(np.concatenate(([True], group[1:] != group[:-1])))
    ends = np.append(starts[1:], size)
    owner = np.repeat(np.arange(len(starts)), ends - starts)

    def first_where(mask: np.ndarray) -> np.ndarray:
        return np.minimum.reduceat(np.where(mask, index, size), starts)

    number = (columns["min_step"] >= 0) & ~np.isnan(columns["min_value"])
    low_values = np.where(number, columns["min_value"], np.inf)
    high_values = np.where(number, columns["max_value"], -np.inf)
    low = np.minimum.reduceat(low_values, starts)
    high = np.maximum.reduceat(high_values, starts)
    has_number = np.maximum.reduceat(number, starts)
    at_low = first_where(number & (low_values == low[owner]))
    at_high = first_where(number & (high_values == high[owner]))
    at_nan = first_where(columns["nan_step"] >= 0)
    at_last = ends - 1
    # Candidates in the order Bucket.points() lets them overwrite each other on one step:
    # last, then min, then max, then the first NaN.
    safe = np.minimum(np.stack([at_last, at_low, at_high, at_nan]), size - 1)
    cand_steps = np.stack(
        [
            columns["last_step"][safe[0]],
            columns["min_step"][safe[1]],
            columns["max_step"][safe[2]],
            columns["nan_step"][safe[3]],
        ]
    )
    cand_values = np.stack(
        [
            columns["last_value"][safe[0]],
            columns["min_value"][safe[1]],
            columns["max_value"][safe[2]],
            np.full(len(starts), np.nan),
        ]
    )
    valid = np.stack([np.ones(len(starts), dtype=bool), has_number, has_number, at_nan < size])
    priority = np.broadcast_to(np.arange(4)[:, None], valid.shape)
    steps_out = cand_steps.T[valid.T]
    values_out = cand_values.T[valid.T]
    rank = priority.T[valid.T]
    # Sort by step, the highest priority first on a tie, and keep the first of each step.
    order = np.lexsort((-rank, steps_out))
    steps_out, values_out = steps_out[order], values_out[order]
    first = np.concatenate(([True], steps_out[1:] != steps_out[:-1]))
    return Downsampled(steps_out[first].tolist(), values_out[first].tolist(), total, True)


def _bucket_width(start: int, end: int, target: int) -> int:
    return max(1, math.ceil((end - start + 1) / target))


def _clip_edges(
    conn: Connection, series_id: int, buckets: list[Bucket], resolution: int, start: int, end: int
) -> list[Bucket]:
    """Rebuild from the points the edge buckets that reach outside [start, end]."""
    for index in (0, -1)[: len(buckets)]:
        agg = buckets[index]
        lo, hi = agg.bucket * resolution, (agg.bucket + 1) * resolution - 1
        if lo < start or hi > end:
            steps, values = _read_points(conn, series_id, max(lo, start), min(hi, end))
            buckets[index] = (
                Bucket.of_points(agg.bucket, steps, values) if steps else replace(agg, count=0)
            )
    return [agg for agg in buckets if agg.count]


def _merge_to(buckets: list[Bucket], start: int, width: int) -> list[Bucket]:
    merged: list[Bucket] = []
    groups: list[int] = []
    for agg in buckets:
        group = (agg.last_step - start) // width
        if groups and groups[-1] == group:
            merged[-1].merge(agg)
        else:
            merged.append(replace(agg))
            groups.append(group)
    return merged


def _flatten(buckets: list[Bucket], total: int) -> Downsampled:
    steps: list[int] = []
    values: list[float] = []
    for agg in buckets:
        for step, value in agg.points():
            steps.append(step)
            values.append(value)
    return Downsampled(steps, values, total, True)
