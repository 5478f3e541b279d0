"""Two batches of one run written at once (two web replicas or serve processes, or a client's
retry beside the request it gave up on): the second waits for the first and builds on it.
PostgreSQL locks the run; SQLite writers begin IMMEDIATE (monitor/db.py)."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import requests
from sqlalchemy import select, text

from lossmon.server import store
from lossmon.server.db import Database
from lossmon.server.models import Point, Rollup, Series
from lossmon.server.wire import SeriesBatch
from tests.conftest import empty_postgres


def batch(steps: range) -> dict[str, SeriesBatch]:
    return {
        "train/loss": SeriesBatch(list(steps), [1.0 / (s + 1) for s in steps], [None] * len(steps))
    }


def test_a_batch_waiting_for_the_run_lock_sees_the_batch_that_held_it(postgres_template) -> None:
    empty_postgres(postgres_template)
    database = Database(postgres_template)
    try:
        with database.session() as session:
            project = store.get_or_create_project(session, "demo")
            run, _ = store.create_or_resume_run(
                session, project, store.RunRequest("race", None, {}, [])
            )
            run_id = run.id
            store.write_points(session, run, batch(range(0, 100)))

        # The first writer holds the run's lock with steps 100..199 not yet committed ...
        first = database._sessions()
        first_run = store.get_run(first, run_id)
        assert first_run is not None
        store.write_points(first, first_run, batch(range(150, 200)))

        # ... while a second batch below it (100..149) arrives and waits for that lock.
        def second() -> None:
            with database.session() as session:
                found = store.get_run(session, run_id)
                assert found is not None
                store.write_points(session, found, batch(range(100, 150)))

        waiting = threading.Thread(target=second)
        waiting.start()
        try:
            deadline = time.monotonic() + 30
            with database.engine.connect() as probe:
                while not probe.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                ):
                    assert time.monotonic() < deadline, "the second batch never waited"
                    time.sleep(0.02)
            first.commit()
        finally:
            # Whatever happened, the first transaction ends: a failure here must not leave
            # its locks held (the next test's TRUNCATE would wait for them forever).
            first.close()
            waiting.join(30)
        assert not waiting.is_alive()

        with database.session() as session:
            series = session.scalars(select(Series).where(Series.run_id == run_id)).one()
            assert series.last_step == 199
            read = store.read_series(session, series, None, None, 10_000)
            assert read.steps == list(range(200)) and read.total == 200
            counts = session.scalars(
                select(Rollup.count).where(Rollup.series_id == series.id, Rollup.resolution == 100)
            ).all()
            assert sorted(counts) == [100, 100]
    finally:
        database.dispose()


# ------------------------------------------------------------------ both databases


def test_a_failing_outer_transaction_leaves_no_project_behind(database_url: str) -> None:
    # get_or_create_project uses a savepoint; on SQLite a savepoint outside a transaction
    # used to commit on its own RELEASE, whatever the outer transaction did.
    database = Database(database_url)
    try:
        with pytest.raises(RuntimeError), database.session() as session:
            store.get_or_create_project(session, "ghost")
            raise RuntimeError("the request fails after the project was made")
        with database.session() as session:
            assert store.find_project(session, "ghost") is None
    finally:
        database.dispose()


def _exact_rollups(database: Database, run_id: int) -> tuple[list[int], list[tuple[int, ...]]]:
    """Return (stored steps, rollup rows whose count differs from the points they cover)."""
    with database.session() as session:
        series = session.scalars(select(Series).where(Series.run_id == run_id)).one()
        steps = list(session.scalars(
            select(Point.step).where(Point.series_id == series.id).order_by(Point.step)))
        wrong = []
        for row in session.execute(select(Rollup).where(Rollup.series_id == series.id)):
            rollup = row[0]
            lo = rollup.bucket * rollup.resolution
            covered = sum(lo <= s < lo + rollup.resolution for s in steps)
            if rollup.count != covered:
                wrong.append((rollup.resolution, rollup.bucket, rollup.count, covered))
        return steps, wrong


def test_the_same_batch_posted_twice_at_once_keeps_exact_rollups(database_url: str) -> None:
    # A client's retry racing its own original, 30 times over: each pair is the same batch
    # written by two sessions at the same moment. Every rollup count must equal the
    # number of points it covers (that count is the `total` reads report).
    database = Database(database_url)
    try:
        with database.session() as session:
            project = store.get_or_create_project(session, "demo")
            run, _ = store.create_or_resume_run(
                session, project, store.RunRequest("race", None, {}, []))
            run_id = run.id
        errors: list[BaseException] = []

        def write(steps: range, start: threading.Barrier) -> None:
            try:
                start.wait(5)
                with database.session() as session:
                    found = store.get_run(session, run_id)
                    assert found is not None
                    store.write_points(session, found, batch(steps))
            except BaseException as error:  # noqa: BLE001 - reported by the assert below
                errors.append(error)

        rounds = 30
        for i in range(rounds):
            steps = range(100 * i, 100 * i + 100)
            start = threading.Barrier(2)
            pair = [threading.Thread(target=write, args=(steps, start)) for _ in range(2)]
            for thread in pair:
                thread.start()
            for thread in pair:
                thread.join(30)
        assert not errors, errors
        steps, wrong = _exact_rollups(database, run_id)
        assert steps == list(range(100 * rounds))
        assert wrong == []
        with database.session() as session:
            series = session.scalars(select(Series).where(Series.run_id == run_id)).one()
            read = store.read_series(session, series, None, None, 100)
            assert read.total == 100 * rounds and series.last_step == 100 * rounds - 1
    finally:
        database.dispose()


def test_two_serve_processes_on_one_sqlite_file_keep_exact_series(
    live_server_factory: Any, sqlite_url: str
) -> None:
    # Two `lossmon serve` on one SQLite file (two terminals, one LOSSMON_HOME): a client's
    # batches and their retries reach both, at once. BEGIN IMMEDIATE serialises them.
    first = live_server_factory(sqlite_url)
    second = live_server_factory(sqlite_url)
    second.token = first.token
    created = requests.post(f"{first.url}/api/v1/runs", json={"project": "demo"},
                            headers=first.headers(), timeout=10)
    run_id = created.json()["id"]
    failures: list[str] = []

    def post(server: Any, steps: range, start: threading.Barrier) -> None:
        body = {"points": [{"step": s, "values": {"train/loss": 1.0 / (s + 1)}} for s in steps]}
        start.wait(10)
        reply = requests.post(f"{server.url}/api/v1/runs/{run_id}/points", json=body,
                              headers=first.headers(), timeout=60)
        if reply.status_code != 200:
            failures.append(f"{reply.status_code} {reply.text[:200]}")

    rounds = 20
    for i in range(rounds):
        steps = range(150 * i, 150 * i + 150)
        start = threading.Barrier(2)
        pair = [threading.Thread(target=post, args=(s, steps, start)) for s in (first, second)]
        for thread in pair:
            thread.start()
        for thread in pair:
            thread.join(60)
    assert failures == []
    database = Database(sqlite_url)
    try:
        steps, wrong = _exact_rollups(database, run_id)
    finally:
        database.dispose()
    assert steps == list(range(150 * rounds))
    assert wrong == []
    read = requests.get(f"{first.url}/api/v1/runs/{run_id}/series/train/loss",
                        params={"max_points": 50}, timeout=10).json()
    assert read["total"] == 150 * rounds


def test_batches_posted_at_once_through_the_route_keep_exact_rollups(app, auth, db) -> None:
    # The route reads the token, locks the run and looks up its series together (on
    # PostgreSQL in one pipeline, store.start_batch): a retry racing its original, and the
    # next batch racing both, must still leave every step once and every rollup exact.
    client = app.test_client()
    run_id = client.post("/api/v1/runs", json={"project": "demo"}, headers=auth).get_json()["id"]
    failures: list[str] = []

    def post(steps: range, start: threading.Barrier) -> None:
        body = {"points": [{"step": s, "values": {"train/loss": 1.0 / (s + 1)}} for s in steps]}
        start.wait(10)
        reply = app.test_client().post(f"/api/v1/runs/{run_id}/points", json=body, headers=auth)
        if reply.status_code != 200:
            failures.append(f"{reply.status_code} {reply.get_data(as_text=True)[:200]}")

    rounds = 15
    for i in range(rounds):
        start = threading.Barrier(3)
        work = [range(150 * i, 150 * i + 150)] * 2 + [range(150 * i + 100, 150 * i + 250)]
        threads = [threading.Thread(target=post, args=(steps, start)) for steps in work]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert failures == []
    steps, wrong = _exact_rollups(db, run_id)
    assert steps == list(range(150 * rounds + 100))
    assert wrong == []
