"""Ingest benchmark: lossmon over HTTP against raw inserts, and against MLflow, in one run.

    .venv/bin/python bench/ingest.py [--steps 200000] [--mlflow-venv /tmp/venv-mlflow]

One client (a requests.Session) posts batches of 1,000 steps × 3 keys (orjson bodies, encoded
before the clock starts, as the raw side's rows are built before its clock starts) to a real
`lossmon serve` process, first on SQLite, then on PostgreSQL. Beside each, the same rows go
straight into the same kind of database: sqlite3 `executemany` in one WAL transaction into a
plain table with the same primary key; psycopg COPY into such a table. Then the same workload
(fewer steps: MLflow is slow) goes to an MLflow tracking server with `log_batch`.
A "value" is one (series, step) number; rates are values per second.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import orjson
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    DEFAULT_PG_URL,
    lossmon_server,
    postgres_available,
    postgres_database,
    psycopg_dsn,
    sqlite_database,
    verdict,
)

KEYS = ("train/loss", "train/reg", "train/ppl")
GOAL_SQLITE_VS_RAW = 0.6  # issue 17, item 2
GOAL_PG_VS_RAW = 0.5  # issue 17, item 1
GOAL_VS_MLFLOW = 30.0


def value_of(key_index: int, step: int) -> float:
    return 3.0 / (step + 1) + 0.01 * key_index + 1e-3 * math.sin(step)


def bodies(steps: int, batch_steps: int) -> list[bytes]:
    """Return the request bodies: `batch_steps` points a request, three keys a point."""
    out = []
    for first in range(0, steps, batch_steps):
        points = [
            {
                "step": s,
                "wall_time": 1.7e9 + s,
                "values": {key: value_of(i, s) for i, key in enumerate(KEYS)},
            }
            for s in range(first, min(first + batch_steps, steps))
        ]
        out.append(orjson.dumps({"points": points}))
    return out


def raw_rows(steps: int, batch_steps: int) -> list[tuple[int, int, float, float]]:
    """Return the same values as rows (series_id, step, value, wall_time), in batch order."""
    rows = []
    for first in range(0, steps, batch_steps):
        last = min(first + batch_steps, steps)
        for i in range(len(KEYS)):
            rows.extend((i + 1, s, value_of(i, s), 1.7e9 + s) for s in range(first, last))
    return rows


def http_ingest(url: str, headers: dict[str, str], run_id: int, payloads: list[bytes]) -> float:
    """Post every body in order on one session; return the seconds it took."""
    with requests.Session() as session:
        session.headers.update(headers)
        target = f"{url}/api/v1/runs/{run_id}/points"
        session.post(target, data=payloads[0], timeout=60).raise_for_status()  # warm-up
        started = time.perf_counter()
        for body in payloads:
            answer = session.post(target, data=body, timeout=60)
            if answer.status_code != 200:
                raise RuntimeError(f"ingest failed: {answer.status_code} {answer.text[:300]}")
        return time.perf_counter() - started


def lossmon_rate(database_url: str, payloads: list[bytes], values: int, server: str) -> float:
    with lossmon_server(database_url, server) as running:
        with requests.Session() as session:
            run_id = running.create_run(session, f"ingest-{server}")
        seconds = http_ingest(running.url, running.headers, run_id, payloads)
        with requests.Session() as session:
            total = session.get(
                f"{running.url}/api/v1/runs/{run_id}/series/{KEYS[0]}?max_points=10", timeout=60
            ).json()["total"]
        if total * len(KEYS) != values:
            raise RuntimeError(f"stored {total} steps of {KEYS[0]}; expected {values // 3}")
    return values / seconds


def raw_sqlite_rate(folder: Path, rows: list[tuple[int, int, float, float]]) -> float:
    path = folder / "raw.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE point (series_id INTEGER NOT NULL, step INTEGER NOT NULL, value REAL, "
        "wall_time REAL, PRIMARY KEY (series_id, step))"
    )
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO point VALUES (?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return len(rows) / seconds


def raw_copy_rate(
    database_url: str, rows: list[tuple[int, int, float, float]], foreign_key: bool = False
) -> float:
    """COPY the rows into a plain table with point's primary key (and, if asked, its FK)."""
    import psycopg

    with psycopg.connect(psycopg_dsn(database_url)) as conn:
        conn.execute("DROP TABLE IF EXISTS raw_point, raw_series")
        conn.execute("CREATE TABLE raw_series (id integer PRIMARY KEY)")
        conn.execute("INSERT INTO raw_series VALUES (1), (2), (3)")
        reference = " REFERENCES raw_series (id) ON DELETE CASCADE" if foreign_key else ""
        conn.execute(
            f"CREATE TABLE raw_point (series_id integer NOT NULL{reference}, "
            "step bigint NOT NULL, value double precision, wall_time double precision, "
            "PRIMARY KEY (series_id, step))"
        )
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cursor:
            with cursor.copy(
                "COPY raw_point (series_id, step, value, wall_time) FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
        conn.commit()
        rate = len(rows) / (time.perf_counter() - started)
        conn.execute("DROP TABLE raw_point, raw_series")
        conn.commit()
        return rate


def mlflow_rate(venv: Path, steps: int, batch_steps: int, workers: str) -> tuple[float, str]:
    """Return (values/s, how it ran) for the MLflow run, in a loopback-only namespace if we can."""
    python = venv / "bin" / "python"
    script = Path(__file__).resolve().with_name("mlflow_load.py")
    command = [
        str(python),
        str(script),
        "--steps",
        str(steps),
        "--batch-steps",
        str(batch_steps),
    ] + (["--workers", workers] if workers else [])
    isolated = (
        shutil.which("unshare") is not None
        and subprocess.run(
            ["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True
        ).returncode
        == 0
    )
    env = {"MLFLOW_DISABLE_TELEMETRY": "true", "DO_NOT_TRACK": "true"}
    if isolated:
        inner = " ".join(f"{k}={v}" for k, v in env.items()) + " " + " ".join(command)
        argv = ["unshare", "-n", "sh", "-c", f"ip link set lo up && exec env {inner}"]
    else:
        argv = ["env", *(f"{k}={v}" for k, v in env.items()), *command]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"the MLflow run failed:\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    how = "inside unshare -n (loopback only)" if isolated else "on the host network"
    return result["values"] / result["seconds"], f"{result['calls']} log_batch calls, {how}"


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=100_000, help="steps (× 3 keys) per side")
    parser.add_argument("--batch-steps", type=int, default=1_000)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="rounds of (raw, lossmon), interleaved; medians are reported",
    )
    parser.add_argument(
        "--pg-url",
        default=DEFAULT_PG_URL,
        help="PostgreSQL URL whose server gets a throwaway database",
    )
    parser.add_argument("--mlflow-venv", type=Path, default=Path("/tmp/venv-mlflow"))
    parser.add_argument("--mlflow-steps", type=int, default=10_000)
    parser.add_argument(
        "--mlflow-workers", default="", help="mlflow server --workers (default: its own, 4)"
    )
    parser.add_argument(
        "--server",
        choices=("serve", "web", "gunicorn"),
        default="serve",
        help="lossmon serve (werkzeug), lossmon web (gunicorn gthread) or one sync worker",
    )
    parser.add_argument("--skip", nargs="*", default=[], choices=("sqlite", "postgres", "mlflow"))
    args = parser.parse_args()

    values = args.steps * len(KEYS)
    payloads = bodies(args.steps, args.batch_steps)
    rows = raw_rows(args.steps, args.batch_steps)
    print(
        f"workload: {args.steps:,} steps × {len(KEYS)} keys = {values:,} values, "
        f"{len(payloads)} requests of {args.batch_steps} steps; server: {args.server}; "
        f"{args.repeat} interleaved rounds, medians"
    )
    goals: list[str] = []
    lossmon_sqlite: float | None = None

    if "sqlite" not in args.skip:
        raw_rates, http_rates = [], []
        for _ in range(args.repeat):
            with sqlite_database() as (url, folder):
                raw_rates.append(raw_sqlite_rate(folder, rows))
                http_rates.append(lossmon_rate(url, payloads, values, args.server))
        raw, lossmon_sqlite = median(raw_rates), median(http_rates)
        print(
            f"SQLite  raw executemany (one WAL txn):  {raw:10,.0f} values/s  {_spread(raw_rates)}"
        )
        print(
            f"SQLite  lossmon over HTTP:              {lossmon_sqlite:10,.0f} values/s  "
            f"{_spread(http_rates)}  ({lossmon_sqlite / raw:.1%} of raw)"
        )
        goals.append(
            verdict(
                "SQLite HTTP ingest / raw executemany", lossmon_sqlite / raw, GOAL_SQLITE_VS_RAW
            )
        )

    if "postgres" not in args.skip:
        reason = postgres_available(args.pg_url)
        if reason is not None:
            print(f"PostgreSQL: skipped ({reason})")
        else:
            raw_rates, fk_rates, http_rates = [], [], []
            for _ in range(args.repeat):
                with postgres_database(args.pg_url) as url:
                    raw_rates.append(raw_copy_rate(url, rows))
                    fk_rates.append(raw_copy_rate(url, rows, foreign_key=True))
                    http_rates.append(lossmon_rate(url, payloads, values, args.server))
            raw, with_fk, lossmon_pg = median(raw_rates), median(fk_rates), median(http_rates)
            print(
                f"Postgres raw COPY (psycopg):            {raw:10,.0f} values/s  "
                f"{_spread(raw_rates)}"
            )
            print(
                f"Postgres raw COPY, table with point's FK to series (context): "
                f"{with_fk:,.0f} values/s {_spread(fk_rates)} ({with_fk / raw:.1%} of raw)"
            )
            print(
                f"Postgres lossmon over HTTP:             {lossmon_pg:10,.0f} values/s  "
                f"{_spread(http_rates)}  ({lossmon_pg / raw:.1%} of raw, "
                f"{lossmon_pg / with_fk:.1%} of COPY with the FK)"
            )
            goals.append(
                verdict("PostgreSQL HTTP ingest / raw COPY", lossmon_pg / raw, GOAL_PG_VS_RAW)
            )

    if "mlflow" not in args.skip:
        if not (args.mlflow_venv / "bin" / "mlflow").exists():
            print(
                f"MLflow: skipped (no mlflow in {args.mlflow_venv}; create it with "
                f"`python3 -m venv {args.mlflow_venv} && {args.mlflow_venv}/bin/pip install "
                "mlflow`)"
            )
        elif lossmon_sqlite is None:
            print("MLflow: skipped (the comparison needs the SQLite lossmon figure)")
        else:
            rate, how = mlflow_rate(
                args.mlflow_venv, args.mlflow_steps, args.batch_steps, args.mlflow_workers
            )
            print(
                f"MLflow  log_batch, SQLite backend:      {rate:10,.0f} values/s  "
                f"({args.mlflow_steps * len(KEYS):,} values, {how})"
            )
            goals.append(
                verdict("lossmon (SQLite) / MLflow (SQLite)", lossmon_sqlite / rate, GOAL_VS_MLFLOW)
            )
    print()
    for line in goals:
        print(line)


def _spread(rates: list[float]) -> str:
    return "[" + ", ".join(f"{rate / 1000:,.0f}k" for rate in rates) + "]"


if __name__ == "__main__":
    main()
