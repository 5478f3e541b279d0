"""Background jobs (evaluate runs, mark stale runs, send alerts, heartbeat) and the leader guard.

Started by `lossmon serve` and `lossmon worker`, never by create_app: every gunicorn worker
would otherwise run every job. Only the process holding the leader lock acts — a PostgreSQL
advisory lock, or a file lock beside a SQLite database — so two workers never double-alert.
"""

from __future__ import annotations

import fcntl
import logging
import math
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from lossmon.server import alerts, outbox
from lossmon.server.config import Config
from lossmon.server.db import Database
from lossmon.server.models import WorkerHeartbeat, utcnow

log = logging.getLogger(__name__)

#: Arbitrary constant identifying lossmon's leader lock among PostgreSQL advisory locks.
ADVISORY_LOCK_KEY = 0x6C6F73736D6F6E  # "lossmon"
STALE_CHECK_INTERVAL_S = 30.0
# An evaluation's write holds the runs it evaluates (the write lock on SQLite, their rows on
# PostgreSQL) until it commits, and ingest of those runs waits for it; the detectors compute
# before it, holding nothing (alerts.evaluate_runs_unlocked). Runs are evaluated in chunks
# sized, from the last chunk's write, to hold for about this long, and to take (read,
# detectors, write) about EVALUATION_CHUNK_S: a chunk's alerts are written when it ends.
EVALUATION_HOLD_S = 0.05
EVALUATION_CHUNK_S = 0.5
MAX_EVALUATION_CHUNK = 200
MAX_RUNS_PER_ROUND = 100_000


class LeaderLock:
    """Hold leadership across jobs; re-acquire it after a lost connection."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._connection: Connection | None = None
        self._file: IO[str] | None = None
        self._mutex = threading.Lock()

    def acquire(self) -> bool:
        """Return True when this process is (now) the leader."""
        with self._mutex:
            if self.database.dialect == "postgresql":
                return self._acquire_postgres()
            return self._acquire_file()

    def _acquire_postgres(self) -> bool:
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT 1"))
                return True
            except Exception:
                log.warning("leader connection lost; trying to take the lock again")
                self._connection = None
        connection = self.database.engine.connect()
        held = connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY}
        ).scalar()
        connection.commit()
        if held:
            self._connection = connection
            return True
        connection.close()
        return False

    def _acquire_file(self) -> bool:
        if self._file is not None:
            return True
        database = make_url(str(self.database.engine.url)).database or "memory"
        path = Path(f"{database}.scheduler.lock")
        # Owner only, like the database beside it (monitor/files.py).
        handle = os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        with self._mutex:
            if self._connection is not None:
                try:
                    self._connection.execute(
                        text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY}
                    )
                    self._connection.close()
                except Exception:
                    log.warning("could not release the leader lock cleanly", exc_info=True)
                self._connection = None
            if self._file is not None:
                self._file.close()
                self._file = None


class Worker:
    """The scheduler's jobs over one database; each runs only while this process leads."""

    def __init__(self, settings: Config, name: str | None = None) -> None:
        self.settings = settings
        self.database = Database(settings.database_url)
        self.leader = LeaderLock(self.database)
        self.name = name or f"worker-{os.getpid()}"
        self.scheduler = BackgroundScheduler(daemon=True)
        # Set by stop(): the sender finishes the delivery in flight and takes no new one.
        self.stopping = threading.Event()
        self.sender = outbox.Sender(self.database, settings, self.stopping)
        self._extra_jobs: list[tuple[Callable[[], Any], float]] = [
            (self.sender.dispatch_due, settings.notify_interval_s)
        ]
        self._chunk = 20  # runs per evaluation transaction, adapted to EVALUATION_HOLD_S
        self._chunk_s = 0.0  # how long the last chunk took (read, detectors, write)

    def add_job(self, job: Callable[[], Any], seconds: float) -> None:
        """Register another periodic job (alert delivery adds its sender here)."""
        self._extra_jobs.append((job, seconds))

    def evaluate_pending(self) -> int:
        """Evaluate every run with points the detectors have not seen; return events.

        A round evaluates the runs pending at its start, each once, in short transactions
        (EVALUATION_HOLD_S); points that arrive meanwhile wait for the next round, so a round
        ends under a steady stream of points (a backlog larger than one evaluation reads
        continues in the next round too). Chunks grow as needed for the round to end within
        the evaluation interval: a detector's verdict waits at most about two intervals.
        """
        with self.database.read_session() as session:
            pending = alerts.pending_run_ids(session, MAX_RUNS_PER_ROUND)
        events = 0
        ends = time.monotonic() + self.settings.evaluate_interval_s
        while pending and not self.stopping.is_set():
            left = ends - time.monotonic()
            chunk = self._chunk
            if left <= 0:
                chunk = MAX_EVALUATION_CHUNK
            elif self._chunk_s:
                chunk = max(chunk, math.ceil(len(pending) * self._chunk_s / left))
            run_ids, pending = pending[:chunk], pending[chunk:]
            started = time.perf_counter()
            found, held_s = alerts.evaluate_runs_unlocked(self.database, run_ids)
            events += found
            self._adapt_chunk(len(run_ids), held_s, time.perf_counter() - started)
        return events

    def _adapt_chunk(self, runs: int, held_s: float, took_s: float) -> None:
        """Size the next chunk so that it holds its runs for about EVALUATION_HOLD_S and
        takes about EVALUATION_CHUNK_S."""
        self._chunk_s = took_s
        if runs < self._chunk and held_s <= EVALUATION_HOLD_S and took_s <= EVALUATION_CHUNK_S:
            return  # a round's last, short chunk says little about a full one, unless slow
        fitted = runs * min(
            EVALUATION_HOLD_S / max(held_s, 1e-3), EVALUATION_CHUNK_S / max(took_s, 1e-3)
        )
        # Halfway to the fitted size (geometric mean): one slow chunk does not collapse it.
        self._chunk = max(1, min(MAX_EVALUATION_CHUNK, round((self._chunk * fitted) ** 0.5)))

    def mark_stale(self) -> list[int]:
        with self.database.session() as session:
            return alerts.mark_stale_runs(session, utcnow())

    def heartbeat(self) -> None:
        with self.database.session() as session:
            row = session.get(WorkerHeartbeat, self.name)
            if row is None:
                session.add(WorkerHeartbeat(name=self.name, beat_at=utcnow()))
            else:
                row.beat_at = utcnow()

    def _as_leader(self, job: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            try:
                leading = self.leader.acquire()
                # Deliveries under way stop once another process leads (it takes them over).
                (self.sender.leading.set if leading else self.sender.leading.clear)()
                if leading:
                    job()
            except Exception:
                # A failed tick is logged and retried at the next one; the worker lives on.
                log.exception("job %s failed", getattr(job, "__name__", job))

        return run

    def start(self) -> None:
        interval = self.settings.evaluate_interval_s
        jobs: list[tuple[Callable[[], Any], float]] = [
            (self.evaluate_pending, interval),
            (self.mark_stale, STALE_CHECK_INTERVAL_S),
            (self.heartbeat, max(1.0, interval)),
            *self._extra_jobs,
        ]
        for job, seconds in jobs:
            self.scheduler.add_job(
                self._as_leader(job), "interval", seconds=seconds, max_instances=1,
                coalesce=True, id=getattr(job, "__name__", repr(job)), next_run_time=utcnow(),
            )  # fmt: skip
        self.scheduler.start()

    def stop(self) -> None:
        """Let running jobs finish, then release leadership and the database."""
        self.stopping.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        self.sender.close()
        self.leader.release()
        self.database.dispose()
