"""Two batches of one run written at once on PostgreSQL (two web replicas, or a client's retry
beside the request it gave up on): the second waits for the first and builds on it."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select, text

from lossmon.server import store
from lossmon.server.db import Database
from lossmon.server.models import Rollup, Series
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
        deadline = time.monotonic() + 10
        with database.engine.connect() as probe:
            while not probe.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ):
                assert time.monotonic() < deadline, "the second batch never waited for the lock"
                time.sleep(0.02)
        first.commit()
        first.close()
        waiting.join(10)
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
