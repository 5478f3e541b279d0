"""Time one points request in-process, stage by stage, on SQLite and PostgreSQL.

    .venv/bin/python bench/ingest_stages.py [--requests 60] [--skip sqlite|postgres]

The Flask test client posts the same 1,000-step × 3-key bodies as bench/ingest.py (no HTTP
server, no socket), and wall-clock timers wrap the stages of the route (not cProfile: its
per-call cost inflates the Python loops threefold). Beside it, the same rows go through a raw
binary COPY (PostgreSQL) or executemany (SQLite) and commit, one request's rows a transaction,
so the table reads as ratios measured in one run.
"""

from __future__ import annotations

import argparse
import functools
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    DEFAULT_PG_URL,
    postgres_available,
    postgres_database,
    psycopg_dsn,
    sqlite_database,
)
from ingest import KEYS, bodies, raw_rows  # noqa: E402

STAGES: dict[str, list[float]] = defaultdict(list)
CPU_MS: list[float] = []  # this process's CPU time per request (load moves it far less)


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            STAGES[name].append(time.perf_counter() - started)

    return wrapper


def _instrument() -> None:
    """Wrap the stages of a points request where the route looks them up."""
    from lossmon.server import auth, quotas, rollups, store
    from lossmon.server.api import closed_loop, runs
    from lossmon.server.db import Database

    wrap = [
        (runs, "json_body", "body read + JSON decode"),
        (runs, "parse_points", "JSON validation"),
        (store, "start_batch", "token + run mark/lock + series"),
        (quotas, "check_new_series", "quota check"),
        (store, "write_series_points", "write: points, rollups, last steps"),
        (store, "_upsert_points", "  points COPY/upsert (+ rollups)"),
        (rollups, "appended_columns", "  of which rollups: compute"),
        (store, "_merge_rollups", "  rollups: merge (PG: queued)"),
        (store, "_set_last_steps", "  series last steps (PG: queued)"),
        (closed_loop, "points_reply", "closed-loop reply"),
        (auth, "record_token_use", "token last-use"),
    ]
    for module, name, label in wrap:
        if hasattr(module, name):
            setattr(module, name, _timed(label, getattr(module, name)))
    original = Database.session

    @contextmanager
    def session(self: Database) -> Iterator[Any]:
        with original(self) as db_session:
            commit = db_session.commit
            db_session.commit = _timed("flush + commit", commit)  # type: ignore[method-assign]
            yield db_session

    Database.session = session  # type: ignore[method-assign]


def lossmon_times(url: str, payloads: list[bytes]) -> list[float]:
    from lossmon.server.app import create_app
    from lossmon.server.auth import create_token
    from lossmon.server.db import get_db
    from lossmon.server.migrate import upgrade
    from lossmon.server.store import get_or_create_project

    upgrade(url)
    app = create_app({"database_url": url, "secret_key": "bench"})
    with app.app_context(), get_db().session() as session:
        token = create_token(session, get_or_create_project(session, "bench"), "bench").secret
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    run_id = client.post(
        "/api/v1/runs", json={"project": "bench", "name": "stages"}, headers=headers
    ).json["id"]
    target = f"/api/v1/runs/{run_id}/points"
    client.post(target, data=payloads[0], headers=headers)  # warm-up
    STAGES.clear()
    times = []
    cpu_started = time.process_time()
    for body in payloads:
        started = time.perf_counter()
        answer = client.post(target, data=body, headers=headers)
        times.append(time.perf_counter() - started)
        assert answer.status_code == 200, answer.text
    app.extensions["lossmon.db"].dispose()
    CPU_MS.append((time.process_time() - cpu_started) / len(payloads) * 1e3)
    return times


def raw_times(kind: str, url: str, folder: Path | None, rows: list[Any], per: int) -> list[float]:
    """Write the rows a request's worth a transaction into a bare table; time each."""
    chunks = [rows[i : i + per] for i in range(0, len(rows), per)]
    times = []
    if kind == "sqlite":
        assert folder is not None
        conn = sqlite3.connect(folder / "raw.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(
            "CREATE TABLE raw_point (series_id INTEGER NOT NULL, step INTEGER NOT NULL, "
            "value REAL, wall_time REAL, PRIMARY KEY (series_id, step))"
        )
        for chunk in chunks:
            started = time.perf_counter()
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO raw_point VALUES (?, ?, ?, ?)", chunk)
            conn.execute("COMMIT")
            times.append(time.perf_counter() - started)
        conn.close()
        return times
    import psycopg

    with psycopg.connect(psycopg_dsn(url)) as conn:
        conn.execute(
            "CREATE TABLE raw_point (series_id integer NOT NULL, step bigint NOT NULL, "
            "value double precision, wall_time double precision, PRIMARY KEY (series_id, step))"
        )
        conn.commit()
        for chunk in chunks:
            started = time.perf_counter()
            with conn.cursor() as cursor:
                with cursor.copy("COPY raw_point FROM STDIN") as copy:
                    for row in chunk:
                        copy.write_row(row)
            conn.commit()
            times.append(time.perf_counter() - started)
        conn.execute("DROP TABLE raw_point")
        conn.commit()
    return times


def report(kind: str, request_times: list[float], raw: list[float]) -> None:
    whole, raw_ms = statistics.median(request_times) * 1e3, statistics.median(raw) * 1e3
    print(f"\n{kind}: ms per 3,000-value request, medians ({len(request_times)} requests)")
    print(f"  {'whole request in-process':34s} {whole:7.2f}")
    print(f"  {'  its CPU time (mean)':34s} {CPU_MS[-1]:7.2f}")
    for name, values in STAGES.items():
        # A stage run once a request: its median; otherwise its mean share of a request.
        once = len(values) == len(request_times)
        per_request = statistics.median(values) if once else sum(values) / len(request_times)
        per_request *= 1e3
        print(f"  {name:34s} {per_request:7.2f}")
    print(f"  {'raw write of the same rows + commit':34s} {raw_ms:7.2f}")
    print(f"  in-process / raw: {raw_ms / whole:.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--skip", nargs="*", default=[], choices=("sqlite", "postgres"))
    args = parser.parse_args()
    steps = args.requests * 1000
    payloads = bodies(steps, 1000)
    rows = raw_rows(steps, 1000)
    _instrument()
    if "sqlite" not in args.skip:
        with sqlite_database() as (url, folder):
            raw = raw_times("sqlite", url, folder, rows, 1000 * len(KEYS))
            report("SQLite", lossmon_times(url, payloads), raw)
    if "postgres" not in args.skip and postgres_available(args.pg_url) is None:
        with postgres_database(args.pg_url) as url:
            raw = raw_times("postgres", url, None, rows, 1000 * len(KEYS))
            report("PostgreSQL", lossmon_times(url, payloads), raw)


if __name__ == "__main__":
    main()
