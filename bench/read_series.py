"""Read benchmark: a 1,000,000-point series downsampled to 2,000 points, SQLite and PostgreSQL.

    .venv/bin/python bench/read_series.py [--points 1000000] [--max-points 2000]
    .venv/bin/python bench/read_series.py --lengths 1000 10000 50000 100000 300000 1000000

With --lengths, one run gets a series of each length (each with a spike and a NaN) and
the script prints, per length and database, the median HTTP read at --max-points (goal
≤ 30 ms whatever the length, issue 17) and the store-level read.

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


LENGTHS_GOAL_MS = 30.0


def curve_with_marks(first: int, last: int, length: int) -> list[float]:
    """A decaying noisy curve with one spike (at 77.7 %) and one NaN (at 12.3 %)."""
    steps = np.arange(first, last, dtype=np.float64)
    values = 3.0 / np.sqrt(steps + 1.0) + 0.01 * np.sin(steps * 0.37)
    values[steps == length * 777 // 1000] = 50.0
    values[steps == length * 123 // 1000] = math.nan
    return [float(v) for v in values]


def fill_lengths(database_url: str, lengths: list[int], chunk: int) -> int:
    """Write one series `len/<n>` of each length through store.write_points; return the run."""
    from lossmon.server import migrate, store
    from lossmon.server.db import Database
    from lossmon.server.wire import SeriesBatch

    migrate.upgrade(database_url)
    database = Database(database_url)
    try:
        with database.session() as session:
            project = store.get_or_create_project(session, "bench")
            run, _ = store.create_or_resume_run(
                session, project, store.RunRequest("read-lengths", None, {}, [])
            )
            run_id = run.id
        for length in lengths:
            for first in range(0, length, chunk):
                last = min(first + chunk, length)
                batch = SeriesBatch(
                    list(range(first, last)),
                    curve_with_marks(first, last, length),
                    [None] * (last - first),
                )
                with database.session() as session:
                    run = store.get_run(session, run_id)
                    assert run is not None
                    store.write_points(session, run, {f"len/{length}": batch})
    finally:
        database.dispose()
    return run_id


def check_marks(body: dict[str, Any], length: int, max_points: int) -> None:
    steps, values = body["steps"], body["values"]
    if body["total"] != length or len(steps) > max_points or steps != sorted(steps):
        raise AssertionError(f"bad read of {length}: total {body['total']}, {len(steps)} points")
    read = dict(zip(steps, values, strict=True))
    if read.get(length * 777 // 1000) != 50.0 or read.get(length * 123 // 1000) != "NaN":
        raise AssertionError(f"the read of {length} points lost the spike or the NaN")


def bench_lengths(name: str, url: str, args: argparse.Namespace) -> list[tuple[int, float, float]]:
    """Return (length, HTTP ms, store ms) per length, medians of --repeat reads."""
    from lossmon.server import store
    from lossmon.server.db import Database

    started = time.perf_counter()
    run_id = fill_lengths(url, args.lengths, args.fill_chunk)
    print(f"{name}: wrote {sum(args.lengths):,} points in {time.perf_counter() - started:.1f} s")
    out = []
    database = Database(url)
    with lossmon_server(url) as server, requests.Session() as session:
        for length in args.lengths:
            key = f"len/{length}"
            address = f"{server.url}/api/v1/runs/{run_id}/series/{key}?max_points={args.max_points}"

            def read(address: str = address) -> Any:
                answer = session.get(address, timeout=60)
                answer.raise_for_status()
                return answer.json()

            check_marks(read(), length, args.max_points)
            http_ms = median_time(read, args.repeat) * 1000

            def store_read(key: str = key) -> Any:
                with database.read_session() as db_session:
                    series = store.find_series(db_session, run_id, key)
                    assert series is not None
                    return store.read_series(db_session, series, None, None, args.max_points)

            store_ms = median_time(store_read, args.repeat) * 1000
            out.append((length, http_ms, store_ms))
    database.dispose()
    return out


def main_lengths(args: argparse.Namespace) -> None:
    tables: dict[str, list[tuple[int, float, float]]] = {}
    if "sqlite" not in args.skip:
        with sqlite_database() as (url, _folder):
            tables["SQLite"] = bench_lengths("SQLite", url, args)
    if "postgres" not in args.skip:
        reason = postgres_available(args.pg_url)
        if reason is not None:
            print(f"PostgreSQL: skipped ({reason})")
        else:
            with postgres_database(args.pg_url) as url:
                tables["PostgreSQL"] = bench_lengths("PostgreSQL", url, args)
    print()
    print(
        f"read at max_points={args.max_points}, medians of {args.repeat} (ms; spike and NaN "
        "checked in every answer)"
    )
    print(f"{'points':>12} " + " ".join(f"{n + ' HTTP':>16} {n + ' store':>17}" for n in tables))
    for i, length in enumerate(args.lengths):
        cells = " ".join(f"{rows[i][1]:16.1f} {rows[i][2]:17.1f}" for rows in tables.values())
        print(f"{length:12,} {cells}")
    worst = max((row[1], name, row[0]) for name, rows in tables.items() for row in rows)
    met = "MET" if worst[0] <= LENGTHS_GOAL_MS else "NOT MET"
    print(
        f"\nGOAL every HTTP read ≤ {LENGTHS_GOAL_MS:.0f} ms: {met} — slowest {worst[0]:.1f} ms "
        f"({worst[1]}, {worst[2]:,} points)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--max-points", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--fill-chunk", type=int, default=10_000)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--skip", nargs="*", default=[], choices=("sqlite", "postgres"))
    parser.add_argument(
        "--lengths", nargs="*", type=int, help="a series of each length; print the table"
    )
    args = parser.parse_args()
    if args.lengths:
        main_lengths(args)
        return
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
