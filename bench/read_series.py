"""Read benchmark: a 1,000,000-point series downsampled to 2,000 points, SQLite and PostgreSQL.

    .venv/bin/python bench/read_series.py [--points 1000000] [--max-points 2000]

Fills one series through the real write path (store.write_points, so the rollups are the
ones ingest keeps), then times, as medians of --repeat reads:
  - GET /api/v1/runs/<id>/series/<key>?max_points=2000 against a real `lossmon serve`;
  - store.read_series in this process (no HTTP);
  - for contrast, a full raw read of the million points into numpy with the bare driver.
Goal: a downsampled read ≤ 100 ms on each database. It also checks what it reads: at most
max_points points, the spike and the first NaN kept, the total right.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    DEFAULT_PG_URL,
    lossmon_server,
    median_time,
    postgres_available,
    postgres_database,
    psycopg_dsn,
    sqlite_database,
)

KEY = "train/loss"
GOAL_MS = 100.0
SPIKE_STEP = 777_777
NAN_STEP = 123_457


def curve(first: int, last: int) -> list[float]:
    steps = np.arange(first, last, dtype=np.float64)
    values = 3.0 / np.sqrt(steps + 1.0) + 0.01 * np.sin(steps * 0.37)
    values[(steps == SPIKE_STEP)] = 50.0
    values[(steps == NAN_STEP)] = math.nan
    return [float(v) for v in values]


def fill(database_url: str, points: int, chunk: int) -> int:
    """Write the series through store.write_points; return its run id."""
    from lossmon.server import migrate, store
    from lossmon.server.db import Database
    from lossmon.server.wire import SeriesBatch

    migrate.upgrade(database_url)
    database = Database(database_url)
    try:
        with database.session() as session:
            project = store.get_or_create_project(session, "bench")
            run, _ = store.create_or_resume_run(
                session, project, store.RunRequest("read-bench", None, {}, [])
            )
            run_id = run.id
        for first in range(0, points, chunk):
            last = min(first + chunk, points)
            batch = SeriesBatch(
                list(range(first, last)), curve(first, last), [None] * (last - first)
            )
            with database.session() as session:
                run = store.get_run(session, run_id)
                assert run is not None
                store.write_points(session, run, {KEY: batch})
    finally:
        database.dispose()
    return run_id


def check(steps: list[int], values: list[Any], total: int, points: int, max_points: int) -> None:
    if total != points or len(steps) > max_points or steps != sorted(steps):
        raise AssertionError(f"bad read: total {total}, {len(steps)} points")
    read = dict(zip(steps, values, strict=True))
    nan = read.get(NAN_STEP)
    nan_kept = nan == "NaN" or (isinstance(nan, float) and math.isnan(nan))
    if read.get(SPIKE_STEP) != 50.0 or not nan_kept:
        raise AssertionError("the downsampled read lost the spike or the first NaN")


def store_read_ms(database_url: str, run_id: int, max_points: int, repeat: int) -> float:
    from lossmon.server import store
    from lossmon.server.db import Database

    database = Database(database_url)
    try:

        def read() -> Any:
            with database.session() as session:
                series = store.find_series(session, run_id, KEY)
                assert series is not None
                return store.read_series(session, series, None, None, max_points)

        result = read()
        check(result.steps, result.values, result.total, result.total, max_points)
        return median_time(read, repeat) * 1000
    finally:
        database.dispose()


def http_read_ms(
    database_url: str, run_id: int, points: int, max_points: int, repeat: int
) -> float:
    with lossmon_server(database_url) as server, requests.Session() as session:
        url = f"{server.url}/api/v1/runs/{run_id}/series/{KEY}?max_points={max_points}"

        def read() -> Any:
            answer = session.get(url, timeout=60)
            answer.raise_for_status()
            return answer.json()

        body = read()
        check(body["steps"], body["values"], body["total"], points, max_points)
        if not body["downsampled"]:
            raise AssertionError("a million points came back without downsampling")
        return median_time(read, repeat) * 1000


def raw_read_seconds(database_url: str, folder: Path | None) -> float:
    """Read the whole series into numpy arrays with the bare driver (no lossmon code)."""
    started = time.perf_counter()
    if folder is not None:
        conn = sqlite3.connect(folder / "lossmon.db")
        rows = conn.execute(
            "SELECT step, value FROM point WHERE series_id = "
            "(SELECT id FROM series WHERE key = ?) ORDER BY step",
            (KEY,),
        ).fetchall()
        conn.close()
    else:
        import psycopg

        with psycopg.connect(psycopg_dsn(database_url)) as pg:
            rows = pg.execute(
                "SELECT step, value FROM point WHERE series_id = "
                "(SELECT id FROM series WHERE key = %s) ORDER BY step",
                (KEY,),
            ).fetchall()
    steps = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    values = np.fromiter(
        (math.nan if r[1] is None else r[1] for r in rows), dtype=np.float64, count=len(rows)
    )
    seconds = time.perf_counter() - started
    assert len(steps) == len(values)
    return seconds


def bench(name: str, url: str, folder: Path | None, args: argparse.Namespace) -> list[str]:
    started = time.perf_counter()
    run_id = fill(url, args.points, args.fill_chunk)
    print(f"{name}: wrote {args.points:,} points in {time.perf_counter() - started:.1f} s")
    http_ms = http_read_ms(url, run_id, args.points, args.max_points, args.repeat)
    store_ms = store_read_ms(url, run_id, args.max_points, args.repeat)
    raw_s = raw_read_seconds(url, folder)
    print(
        f"{name}: downsampled to ≤{args.max_points} points: over HTTP {http_ms:.1f} ms, "
        f"store-level {store_ms:.1f} ms (medians of {args.repeat})"
    )
    print(
        f"{name}: full raw read of {args.points:,} points into numpy: {raw_s * 1000:.0f} ms "
        f"({raw_s * 1000 / http_ms:.0f}× the downsampled HTTP read)"
    )
    goals = []
    for where, ms in (("over HTTP", http_ms), ("store-level", store_ms)):
        met = "MET" if ms <= GOAL_MS else "NOT MET"
        goals.append(
            f"GOAL {name} 1M→{args.max_points} read {where}: {met} — {ms:.1f} ms "
            f"({ms / GOAL_MS:.2f}× the {GOAL_MS:.0f} ms budget)"
        )
    return goals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--max-points", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--fill-chunk", type=int, default=10_000)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--skip", nargs="*", default=[], choices=("sqlite", "postgres"))
    args = parser.parse_args()
    goals: list[str] = []
    if "sqlite" not in args.skip:
        with sqlite_database() as (url, folder):
            goals += bench("SQLite", url, folder, args)
    if "postgres" not in args.skip:
        reason = postgres_available(args.pg_url)
        if reason is not None:
            print(f"PostgreSQL: skipped ({reason})")
        else:
            with postgres_database(args.pg_url) as url:
                goals += bench("PostgreSQL", url, None, args)
    print()
    for line in goals:
        print(line)


if __name__ == "__main__":
    main()
