"""SQLite writers of one process (lossmon serve: request threads and the scheduler) take the
write lock in order of arrival, not in the order SQLite's busy handler happens to poll; the
pool's waiters, on both databases, get connections in order of arrival too."""

from __future__ import annotations

import threading
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from lossmon.server.db import Database, FifoQueuePool, writer_queue


def test_sqlite_writers_take_turns_in_order_of_arrival(sqlite_url: str) -> None:
    web, scheduler = Database(sqlite_url), Database(sqlite_url)  # two engines, as serve has
    queue = writer_queue(make_url(sqlite_url).database or "")
    try:
        with web.session() as session:
            session.execute(text("CREATE TABLE arrival (id INTEGER PRIMARY KEY, writer INT)"))
        holder = web._sessions()
        holder.execute(text("INSERT INTO arrival (writer) VALUES (-1)"))  # holds the lock

        def write(writer: int) -> None:
            database = scheduler if writer % 2 else web
            with database.session() as session:
                session.execute(text("INSERT INTO arrival (writer) VALUES (:w)"), {"w": writer})

        threads = []
        for writer in range(6):
            threads.append(threading.Thread(target=write, args=(writer,)))
            threads[-1].start()
            time.sleep(0.1)  # waiting behind the holder and the earlier ones before the next
        time.sleep(0.3)  # long enough for SQLite's busy handler to poll a few times
        holder.commit()
        holder.close()
        for thread in threads:
            thread.join(30)
        with web.read_session() as session:
            order = list(session.scalars(text("SELECT writer FROM arrival ORDER BY id")))
        assert order == [-1, 0, 1, 2, 3, 4, 5]
        assert queue.waiting == 0
        # The turn is free again: a write neither waits nor fails.
        started = time.monotonic()
        write(6)
        assert time.monotonic() - started < 5
    finally:
        web.dispose()
        scheduler.dispose()


def test_pool_waiters_get_connections_in_order_of_arrival(database_url: str) -> None:
    """Threads that find every pooled connection busy are served in order of arrival: with
    QueuePool, a thread giving a connection back and asking again at once takes it before
    the woken waiter, which goes back to the end of the line (waits of 1.4 s here)."""
    database = Database(database_url)
    assert isinstance(database.engine.pool, FifoQueuePool)
    engine = create_engine(
        database.engine.url, poolclass=FifoQueuePool, pool_size=1, max_overflow=0
    )
    stop = time.monotonic() + 1.5
    waits: list[float] = []

    def hammer() -> None:  # gives its connection back and asks again at once, for 1.5 s
        while time.monotonic() < stop:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
                time.sleep(0.002)

    def waiter() -> None:
        started = time.monotonic()
        with engine.connect():
            waits.append(time.monotonic() - started)
            time.sleep(0.002)

    try:
        hammers = [threading.Thread(target=hammer) for _ in range(2)]
        for thread in hammers:
            thread.start()
        time.sleep(0.1)
        waiters = [threading.Thread(target=waiter) for _ in range(5)]
        for thread in waiters:
            thread.start()
            time.sleep(0.01)
        for thread in waiters + hammers:
            thread.join(30)
        assert len(waits) == 5
        assert max(waits) < 0.5, waits  # a few holds of 2 ms each, not the hammers' 1.5 s
    finally:
        engine.dispose()
        database.dispose()
