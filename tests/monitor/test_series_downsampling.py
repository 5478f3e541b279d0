"""Downsampled reads: never more than asked, every extreme kept, rollups right after rewrites."""

from __future__ import annotations

import math
import random
from typing import Any

import numpy as np
import pytest

from lossmon.server import rollups, store
from lossmon.server.models import Run
from lossmon.server.wire import SeriesBatch


@pytest.fixture
def run(db: Any) -> int:
    with db.session() as session:
        project = store.get_or_create_project(session, "demo")
        created, _ = store.create_or_resume_run(
            session, project, store.RunRequest("r", None, {}, [])
        )
        return created.id


def write(db: Any, run_id: int, steps: list[int], values: list[float], key: str = "k") -> None:
    with db.session() as session:
        run = session.get(Run, run_id)
        assert run is not None
        store.write_points(session, run, {key: SeriesBatch(steps, values, [None] * len(steps))})


def write_in_batches(db: Any, run_id: int, values: list[float], size: int = 5000) -> None:
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        write(db, run_id, list(range(start, start + len(chunk))), chunk)


def read(
    db: Any,
    run_id: int,
    max_points: int,
    start: int | None = None,
    end: int | None = None,
    key: str = "k",
) -> rollups.Downsampled:
    with db.session() as session:
        series = store.find_series(session, run_id, key)
        assert series is not None
        return store.read_series(session, series, start, end, max_points)


def noisy_curve(n: int, seed: int = 0) -> list[float]:
    rng = random.Random(seed)
    return [2.0 * math.exp(-i / (n / 5)) + 0.05 * rng.random() for i in range(n)]


def test_short_series_comes_back_raw(db, run) -> None:
    write(db, run, [1, 2, 3], [3.0, 2.0, 1.0])
    result = read(db, run, 2000)
    assert (result.steps, result.values, result.downsampled, result.total) == (
        [1, 2, 3],
        [3.0, 2.0, 1.0],
        False,
        3,
    )


def test_one_step_spike_in_200k_points_survives_downsampling(db, run) -> None:
    values = noisy_curve(200_000)
    values[123_457] = 50.0
    values[7] = -3.0
    write_in_batches(db, run, values, size=10_000)
    result = read(db, run, 2000)
    assert result.downsampled and result.total == 200_000
    assert len(result.steps) <= 2000
    assert result.steps == sorted(result.steps)
    assert max(result.values) == 50.0 and result.steps[result.values.index(50.0)] == 123_457
    assert min(result.values) == -3.0 and result.steps[result.values.index(-3.0)] == 7
    assert result.steps[-1] == 199_999 and result.values[-1] == values[-1]


def test_first_nan_is_kept_at_its_step(db, run) -> None:
    values = noisy_curve(30_000)
    values[20_001] = math.nan
    write_in_batches(db, run, values)
    result = read(db, run, 500)
    nan_steps = [s for s, v in zip(result.steps, result.values, strict=True) if math.isnan(v)]
    assert nan_steps == [20_001]


@pytest.mark.parametrize("max_points", [10, 37, 500, 2000, 4999])
def test_never_more_points_than_asked(db, run, max_points) -> None:
    write_in_batches(db, run, noisy_curve(50_000))
    result = read(db, run, max_points)
    assert 0 < len(result.steps) <= max_points
    assert len(set(result.steps)) == len(result.steps)


def test_range_read_matches_brute_force_extremes(db, run) -> None:
    values = noisy_curve(40_000, seed=3)
    write_in_batches(db, run, values, size=3333)
    for start, end in [(0, 39_999), (1234, 30_000), (15_050, 15_999), (39_990, 39_999)]:
        result = read(db, run, 200, start, end)
        window = values[start : end + 1]
        assert result.total == len(window)
        assert max(result.values) == max(window) and min(result.values) == min(window)
        assert all(start <= step <= end for step in result.steps)
        if not result.downsampled:
            assert result.values == window


def test_rewritten_steps_update_the_rollups(db, run) -> None:
    values = noisy_curve(20_000)
    values[5_000] = 99.0
    write_in_batches(db, run, values)
    # A restart from a checkpoint re-logs steps 4,000-6,999: the spike is gone now.
    rewritten = [0.5] * 3000
    write(db, run, list(range(4000, 7000)), rewritten)
    result = read(db, run, 100)
    assert result.downsampled and result.total == 20_000
    assert 99.0 not in result.values
    assert max(result.values) == max(values[:4000] + rewritten + values[7000:])


def test_rollups_after_out_of_order_batches_equal_in_order_ones(db, run) -> None:
    values = noisy_curve(12_000, seed=5)
    chunks = [(s, values[s : s + 1000]) for s in range(0, 12_000, 1000)]
    random.Random(1).shuffle(chunks)
    for start, chunk in chunks:
        write(db, run, list(range(start, start + len(chunk))), chunk)
    with db.session() as session:
        series = store.find_series(session, run, "k")
        assert series is not None
        fresh = rollups.rows_after_rewrite(session.connection(), series.id, list(range(12_000)))
    stored = read(db, run, 120)
    assert stored.total == 12_000
    assert max(stored.values) == max(values) and min(stored.values) == min(values)
    coarse = {(r["resolution"], r["bucket"]): r for r in fresh}
    assert coarse[(10_000, 0)]["count"] == 10_000 and coarse[(10_000, 1)]["count"] == 2000


def test_series_api_reports_downsampling(client, auth) -> None:
    run_id = client.post("/api/v1/runs", json={"project": "demo"}, headers=auth).get_json()["id"]
    points = [{"step": s, "values": {"train/loss": 1.0 + (s == 4321)}} for s in range(10_000)]
    client.post(f"/api/v1/runs/{run_id}/points", json={"points": points}, headers=auth)
    body = client.get(f"/api/v1/runs/{run_id}/series/train/loss?max_points=100").get_json()
    assert body["downsampled"] is True and body["total"] == 10_000
    assert len(body["steps"]) <= 100
    assert body["steps"][body["values"].index(2.0)] == 4321


@pytest.mark.parametrize("seed", range(6))
def test_column_merge_equals_merging_buckets_one_by_one(seed) -> None:
    # The read path merges rollup rows column-wise (numpy); Bucket.merge then points() is the
    # rule it must reproduce: ties go to the earliest bucket, the first NaN and the last point
    # are kept, all-NaN buckets have no min or max, a step chosen twice appears once.
    rng = random.Random(seed)
    steps = sorted(rng.sample(range(50_000), 8_000))
    choices = [0.5, 0.5, 2.0, math.nan, math.inf, -math.inf, -1.0]
    values = [rng.choice(choices) if rng.random() < 0.2 else rng.random() for _ in steps]
    values[100:400] = [math.nan] * 300  # whole buckets of NaN
    buckets = rollups.group_points(steps, values, 100)
    rows = [agg.to_row(1, 100) for agg in buckets]
    columns = {
        name: np.array(
            [
                (math.nan if row[name] is None else row[name])
                if name.endswith("_value")
                else (-1 if row[name] is None else row[name])
                for row in rows
            ],
            dtype=np.float64 if name.endswith("_value") else np.int64,
        )
        for name in rollups._BUCKET_FIELDS
    }
    for start, width in [(0, 101), (0, 1000), (37, 250), (0, 7)]:
        stored = [rollups.Bucket.of_row(_Row(row)) for row in rows]
        expected = rollups._flatten(rollups._merge_to(stored, start, width), len(steps))
        got = rollups._merge_columns(
            {k: v.copy() for k, v in columns.items()}, start, width, len(steps)
        )
        assert got.steps == expected.steps
        assert [str(v) for v in got.values] == [str(v) for v in expected.values]


class _Row:
    def __init__(self, row: dict[str, Any]) -> None:
        self.__dict__.update(row)


def test_rollups_kept_by_appends_equal_rollups_recomputed_from_the_points(db, run) -> None:
    # Appends merge a level's first bucket with the stored one in SQL (store._MERGE_ROLLUP):
    # after batches of awkward sizes that split buckets at every level, with NaN, ±inf, ties
    # on both sides of a split and all-NaN stretches, every stored row must be the one
    # computed from the stored points at once.
    rng = random.Random(7)
    values = [round(rng.uniform(0, 3), 1) for _ in range(23_456)]  # rounded: many ties
    for at in (5, 99, 100, 2_345, 10_001, 19_999):
        values[at] = math.nan
    values[150:420] = [math.nan] * 270  # whole buckets of NaN
    values[777], values[778], values[12_000] = math.inf, -math.inf, -math.inf
    start = 0
    for size in (1, 99, 1, 3_000, 7_777, 123, 5_000, 6_455, 1_000):
        write(db, run, list(range(start, start + size)), values[start : start + size])
        start += size
    assert start == len(values)
    with db.session() as session:
        series = store.find_series(session, run, "k")
        assert series is not None
        conn = session.connection()
        expected = rollups.rows_after_rewrite(conn, series.id, list(range(len(values))))
        stored = rollups._read_bucket_keys(
            conn, [(r["series_id"], r["resolution"], r["bucket"]) for r in expected]
        )
    assert len(stored) == len(expected)
    as_row = {(r.resolution, r.bucket): rollups.Bucket.of_row(r) for r in stored}
    for row in expected:
        got = as_row[(row["resolution"], row["bucket"])].to_row(series.id, row["resolution"])
        assert got == row, (row["resolution"], row["bucket"])


def test_appended_columns_equal_grouped_points() -> None:
    rng = random.Random(3)
    steps = sorted(rng.sample(range(300_000), 20_000))
    values = [rng.choice([math.nan, math.inf, -1.0, 0.5, rng.random()]) for _ in steps]
    appends = [
        rollups.Append(1, None, steps[:7_000], values[:7_000]),
        rollups.Append(2, None, steps[7_000:], values[7_000:]),
    ]
    columns = rollups.appended_columns(appends)
    got = [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]
    expected = [
        bucket.to_row(append.series_id, resolution)
        for append in appends
        for resolution in rollups.RESOLUTIONS
        for bucket in rollups.group_points(append.steps, append.values, resolution)
    ]
    key = lambda row: (row["series_id"], row["resolution"], row["bucket"])  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)
