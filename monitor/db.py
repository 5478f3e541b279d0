"""The engine and sessions: SQLite pragmas, one transaction scope, dialect helpers."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask, current_app
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from lossmon.server.files import prepare_sqlite


def normalise_url(url: str) -> str:
    """Make `postgresql://` use psycopg 3, the driver the server extra installs."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


# SQLite's page caches, all connections of the process together: each pooled connection
# would otherwise fill its own 2 MB over tens of minutes as the file grows, which reads as a
# leak. Past the limit SQLite recycles cached pages; the OS keeps the file cached anyway.
SQLITE_HEAP_LIMIT = 4 * 2**20


# How long a writer waits for its turn in the process before it tries the database anyway
# (and SQLite's busy handler waits again): as long as busy_timeout below.
WRITER_TURN_TIMEOUT_S = 30.0


class WriterQueue:
    """A first-come, first-served lock: the turn to write one SQLite file, within a process.

    SQLite has one writer at a time. A writer that finds the file locked waits in SQLite's
    busy handler, which polls in sleeps of up to 100 ms and wakes no one when the lock is
    freed: the first to poll after a commit wins, whoever came first. Under a steady stream
    of writes some wait for seconds while others pass (bench/load.py measured a p99 of 3 s
    against a median of 0.1 s). Writers of one process therefore queue here first, in order
    of arrival, and each hands the turn straight to the next at its commit or rollback; the
    busy handler is left to arbitrate between processes only.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        self._waiting: deque[threading.Lock] = deque()

    def acquire(self, timeout: float) -> bool:
        """Wait for the turn; return False when `timeout` seconds passed without it."""
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            ticket = threading.Lock()
            ticket.acquire()
            self._waiting.append(ticket)
        if ticket.acquire(timeout=timeout):
            return True
        with self._mutex:
            try:
                self._waiting.remove(ticket)
            except ValueError:
                return True  # handed over between the timeout and the mutex: the turn is ours
            return False

    @property
    def waiting(self) -> int:
        """Return how many writers wait for the turn."""
        with self._mutex:
            return len(self._waiting)

    def release(self) -> None:
        """Hand the turn to the longest waiting writer, or free it."""
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()  # the turn passes on; _held stays True
            else:
                self._held = False


class FifoQueuePool(QueuePool):
    """SQLAlchemy's QueuePool, whose waiters get connections in order of arrival.

    QueuePool's waiters sleep on a condition, and a connection given back goes to whichever
    thread asks first: a newcomer finding it free takes it, and the woken waiter goes back to
    the end of the line. Under a backlog (more requests than connections: `serve` with 100
    runs on a loaded machine) the slowest 1 % of points requests waited 4.8 s for a
    connection while the median waited 0.6 s (bench/load.py --trace). Here one thread at a
    time checks out and the others queue before it in order of arrival (a WriterQueue), so
    the first to come is the first served; a checkout that finds a connection free costs
    one uncontended lock more. The pool's timeout bounds the wait in the line as it bounds
    the wait for a connection (503 + Retry-After, errors.py).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._line = WriterQueue()
        self._checking_out = threading.local()

    def _do_get(self) -> ConnectionPoolEntry:
        if getattr(self._checking_out, "active", False):
            return super()._do_get()  # QueuePool._do_get calls itself: already at the front
        if not self._line.acquire(self._timeout):
            raise PoolTimeout(
                f"QueuePool limit of size {self.size()} overflow {self.overflow()} reached, "
                f"timed out waiting in line, timeout {self._timeout:0.2f}",
                code="3o7r",
            )
        self._checking_out.active = True
        try:
            return super()._do_get()
        finally:
            self._checking_out.active = False
            self._line.release()


_queues: dict[str, WriterQueue] = {}
_queues_mutex = threading.Lock()


def writer_queue(path: str) -> WriterQueue:
    """Return the process's writer queue of one SQLite file (one per file, shared by engines:
    `lossmon serve` has the web's and the scheduler's)."""
    key = os.path.realpath(os.path.expanduser(path))
    with _queues_mutex:
        return _queues.setdefault(key, WriterQueue())


class _SQLiteConnection(sqlite3.Connection):
    """pysqlite's connection, which gives its writer turn back when its transaction ends."""

    writers: WriterQueue | None = None  # set by the engine's connect listener
    has_turn = False

    def take_turn(self) -> None:
        if self.writers is not None and not self.has_turn:
            self.has_turn = self.writers.acquire(WRITER_TURN_TIMEOUT_S)

    def end_turn(self, *, closing: bool = False) -> None:
        if self.has_turn and self.writers is not None and (closing or not self.in_transaction):
            self.has_turn = False
            self.writers.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.end_turn()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.end_turn()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.end_turn(closing=True)


def _queue_writers(writers: WriterQueue) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.writers = writers

    return on_connect


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's documented pysqlite recipe: the driver emits no BEGIN of its own
    # (_on_sqlite_begin does). Left to itself, pysqlite begins only at the first INSERT,
    # UPDATE or DELETE: the reads before it run outside the transaction (a batch then
    # builds its rollups on a last_step another writer is changing), and a SAVEPOINT opens
    # a transaction of its own that its RELEASE commits, whatever the outer one does.
    dbapi_connection.isolation_level = None
    # WAL lets dashboards read while a batch is written; busy_timeout queues writers
    # (threads and processes) at BEGIN IMMEDIATE instead of failing "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA soft_heap_limit={SQLITE_HEAP_LIMIT}")
    cursor.close()


# Execution option naming how a transaction begins on SQLite. Writers take the write lock
# at BEGIN (IMMEDIATE): one writer at a time, across threads and processes, each seeing
# the last one's commit; a DEFERRED transaction that wrote later could fail with
# SQLITE_BUSY_SNAPSHOT, which no busy_timeout waits out. Read-only scopes may begin
# DEFERRED (Database.read_session) and read a snapshot beside a writer.
SQLITE_BEGIN = "lossmon_sqlite_begin"


def _on_sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(SQLITE_BEGIN, "IMMEDIATE")
    driver = conn.connection.driver_connection
    if mode == "IMMEDIATE" and isinstance(driver, _SQLiteConnection):
        driver.take_turn()  # given back by the commit or rollback that ends the transaction
    try:
        conn.exec_driver_sql(f"BEGIN {mode}")
    except BaseException:
        if isinstance(driver, _SQLiteConnection):
            driver.end_turn()
        raise


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite, create the file's folder and set the pragmas."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            prepare_sqlite(Path(parsed.database).expanduser())  # 0600, before SQLite opens it
        connect_args: dict[str, Any] = {"timeout": 30}
        file = parsed.database and parsed.database != ":memory:" and "mode=memory" not in url
        options: dict[str, Any] = {}
        if file:
            connect_args["factory"] = _SQLiteConnection
            options["poolclass"] = FifoQueuePool  # QueuePool's sizes: 5 + 10 overflow
        engine = create_engine(url, connect_args=connect_args, **options)
        event.listen(engine, "connect", _on_sqlite_connect)
        if file:
            event.listen(engine, "connect", _queue_writers(writer_queue(parsed.database or "")))
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(
        url, pool_pre_ping=True, pool_size=5, max_overflow=10, poolclass=FifoQueuePool
    )


class Database:
    """Own the engine and hand out transaction scopes; attached to the app by init_app."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"}), expire_on_commit=False
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session that commits on success and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """Yield a session for reads only; on SQLite it does not take the write lock.

        It never commits: a write in it is rolled back (and on SQLite may fail busy). Closing
        ends the transaction without expiring what it loaded, so a view may render the
        objects after the scope, as it does after `session()`'s commit.
        """
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def init_app(app: Flask, url: str) -> Database:
    """Create the app's database and register it as an extension."""
    database = Database(url)
    app.extensions["lossmon.db"] = database
    return database


def get_db() -> Database:
    """Return the current app's database."""
    database: Database = current_app.extensions["lossmon.db"]
    return database
