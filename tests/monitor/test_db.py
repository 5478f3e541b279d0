"""SQLite writers of one process (lossmon serve: request threads and the scheduler) take the
write lock in order of arrival, not in the order SQLite's busy handler happens to poll."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text
from sqlalchemy.engine import make_url

from lossmon.server.db import Database, writer_queue


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
