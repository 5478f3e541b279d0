"""Scale benchmark (issue 8, item 6): ingest and a downsampled read as PostgreSQL's point
table grows to 1M, 10M and 50M stored points.

    .venv/bin/python bench/scale.py [--levels 1000000 10000000 50000000]

In one throwaway PostgreSQL database (`point` one table since migration 0007):
1. one "read" series of --read-points points goes in through store.write_points (the real
   write path: the rollups are the ones ingest keeps), as bench/read_series.py does;
2. at each level, the table is topped up to that many points with synthetic runs (3 series
   each, --bulk-series-points points a series, realistic values and wall times). The bulk
   goes in efficiently: binary COPY straight into `point` (store's own COPY encoder) with
   `session_replication_role = replica`, which skips the per-row foreign-key check, and the
   series' rollups computed by the real rollups code (rollups.group_points at every
   resolution) and COPYed into `rollup`; then ANALYZE;
3. measured against one `gunicorn` worker on the app factory (the shape of `lossmon web`):
   - ingest: one client posting --ingest-steps steps × 3 keys in 1,000-step batches into a
     new run (the same request shape as bench/ingest.py), values per second;
   - reads: median of --repeat `GET …/series/train/loss?max_points=2000` of the 1M-point read
     series, and of the series just ingested; each answer is checked (≤ 2,000 points, the
     right total, the spike and the first NaN kept).
The cost of a read must stay flat as the table grows: a read touches one series' rollup
buckets (and, at the edges, a few raw points) through the primary keys, never a scan.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    DEFAULT_PG_URL,
    lossmon_server,
    median_time,
    postgres_available,
    postgres_database,
    psycopg_dsn,
)
from ingest import bodies, http_ingest  # noqa: E402
from read_series import KEY, SPIKE_STEP, check, fill  # noqa: E402

KEYS = ("train/loss", "train/reg", "train/ppl")


def stored_points(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT count(*) FROM point").fetchone()
        return int(row[0]) if row else 0


def table_sizes(dsn: str) -> dict[str, float]:
    """Return the on-disk size (GB, heap and indexes) of point (its partitions, if it has
    any: revision 0007 made it one table) and of rollup."""
    with psycopg.connect(dsn) as conn:
        point = conn.execute(
            "SELECT pg_total_relation_size('point') + coalesce((SELECT sum("
            "pg_total_relation_size(relid)) FROM pg_partition_tree('point')), 0)"
        ).fetchone()
        rollup = conn.execute("SELECT pg_total_relation_size('rollup')").fetchone()
    return {
        "point_gb": float(point[0] or 0) / 2**30 if point else 0.0,
        "rollup_gb": float(rollup[0] or 0) / 2**30 if rollup else 0.0,
    }


def bulk_fill(database_url: str, points: int, series_points: int, first_run: int) -> int:
    """Add about `points` points as synthetic runs; return how many runs were made."""
    from lossmon.server import rollups, store
    from lossmon.server.db import Database
    from lossmon.server.wire import SeriesBatch

    per_run = series_points * len(KEYS)
    runs = max(1, math.ceil(points / per_run))
    database = Database(database_url)
    dsn = psycopg_dsn(database_url)
    try:
        with psycopg.connect(dsn) as conn:
            conn.execute("SET session_replication_role = replica")
            for number in range(first_run, first_run + runs):
                with database.session() as session:
                    project = store.get_or_create_project(session, "bulk")
                    run, _ = store.create_or_resume_run(
                        session, project, store.RunRequest(f"bulk-{number}", None, {}, [])
                    )
                    series = store._create_missing(
                        session, run.id, list(KEYS), store.lock_series(session, run.id, list(KEYS))
                    )
                steps = np.arange(series_points, dtype=np.int64)
                wall = (1.7e9 + number * 1e5 + steps * 0.1).tolist()
                batches = []
                for index, key in enumerate(KEYS):
                    noise = 0.01 * np.sin(steps * (0.37 + index) + number)
                    values = 3.0 / np.sqrt(steps + 1.0) + 0.1 * index + noise
                    batches.append(
                        (series[key][0], SeriesBatch(steps, values, wall))  # type: ignore[arg-type]
                    )
                with conn.cursor() as cursor:
                    copy_sql = (
                        "COPY point (series_id, step, value, wall_time) FROM STDIN (FORMAT BINARY)"
                    )
                    with cursor.copy(copy_sql) as copy:
                        copy.write(store._binary_copy(batches))
                    columns = store._ROLLUP_COLUMNS
                    with cursor.copy(f"COPY rollup ({', '.join(columns)}) FROM STDIN") as copy:
                        for series_id, batch in batches:
                            for resolution in rollups.RESOLUTIONS:
                                for bucket in rollups.group_points(
                                    batch.steps, batch.values, resolution
                                ):
                                    row = bucket.to_row(series_id, resolution)
                                    copy.write_row(tuple(row[c] for c in columns))
                    cursor.executemany(
                        "UPDATE series SET last_step = %s WHERE id = %s",
                        [(series_points - 1, series_id) for series_id, _ in batches],
                    )
                conn.commit()
            conn.execute("ANALYZE point")
            conn.execute("ANALYZE rollup")
            conn.commit()
    finally:
        database.dispose()
    return runs


def read_ms(url: str, run_id: int, key: str, points: int, repeat: int, spiky: bool) -> float:
    with requests.Session() as session:
        target = f"{url}/api/v1/runs/{run_id}/series/{key}?max_points=2000"

        def read() -> Any:
            answer = session.get(target, timeout=60)
            answer.raise_for_status()
            return answer.json()

        body = read()
        if spiky:
            check(body["steps"], body["values"], body["total"], points, 2000)
        elif body["total"] != points or len(body["steps"]) > 2000:
            raise AssertionError(f"bad read: total {body['total']}, {len(body['steps'])} points")
        return median_time(read, repeat) * 1000


def measure(server: Any, args: argparse.Namespace, read_run: int, level: int) -> dict[str, Any]:
    payloads = bodies(args.ingest_steps, 1000)
    with requests.Session() as session:
        run_id = server.create_run(session, f"scale-ingest-{level}")
    values = args.ingest_steps * len(KEYS)
    seconds = http_ingest(server.url, server.headers, run_id, payloads)
    return {
        "ingest_values_s": values / seconds,
        "read_1m_ms": read_ms(
            server.url, read_run, KEY, args.read_points, args.repeat, args.read_points > SPIKE_STEP
        ),
        "read_new_ms": read_ms(server.url, run_id, KEYS[0], args.ingest_steps, args.repeat, False),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--levels", type=int, nargs="+", default=[1_000_000, 10_000_000, 50_000_000]
    )
    parser.add_argument("--read-points", type=int, default=1_000_000)
    parser.add_argument("--bulk-series-points", type=int, default=100_000)
    parser.add_argument("--ingest-steps", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    args = parser.parse_args()
    reason = postgres_available(args.pg_url)
    if reason is not None:
        sys.exit(f"PostgreSQL unavailable: {reason}")
    rows = []
    with postgres_database(args.pg_url) as url:
        dsn = psycopg_dsn(url)
        started = time.perf_counter()
        read_run = fill(url, args.read_points, 10_000)
        print(f"read series: {args.read_points:,} points in {time.perf_counter() - started:.0f} s")
        with lossmon_server(url, "gunicorn") as server:
            made = 0
            for level in args.levels:
                have = stored_points(dsn)
                started = time.perf_counter()
                if level > have:
                    made += bulk_fill(url, level - have, args.bulk_series_points, made)
                filled = time.perf_counter() - started
                before = stored_points(dsn)
                result = measure(server, args, read_run, level)
                row = {
                    "level": level,
                    "stored": before,
                    "fill_s": filled,
                    **result,
                    **table_sizes(dsn),
                }
                rows.append(row)
                print(
                    f"{before:>12,} points stored (filled in {filled:.0f} s, point "
                    f"{row['point_gb']:.2f} GB, rollup {row['rollup_gb']:.2f} GB): ingest "
                    f"{row['ingest_values_s']:,.0f} values/s; read 1M→2,000 "
                    f"{row['read_1m_ms']:.1f} ms; read {args.ingest_steps:,}→2,000 "
                    f"{row['read_new_ms']:.1f} ms",
                    flush=True,
                )
    print()
    print("| stored points | ingest (values/s) | read 1M→2,000 (ms) | read new series (ms) |")
    print("|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['stored']:,} | {row['ingest_values_s']:,.0f} | {row['read_1m_ms']:.1f} | "
            f"{row['read_new_ms']:.1f} |"
        )
    reads = [row["read_1m_ms"] for row in rows]
    if len(reads) > 1:
        print(
            f"read cost, largest level over smallest: {reads[-1] / reads[0]:.2f}× "
            f"(median of levels {statistics.median(reads):.1f} ms)"
        )


if __name__ == "__main__":
    main()
