"""The sender: a bounded buffer drained by two named daemon threads, and a disk spool.

The caller (``Run.log``) only appends to the buffer and, when it passes a mark, sets an
event. Everything that can wait happens on the worker's side: the *sender* thread reads
values (``.item()``), encodes and sends them; the *spool writer* thread moves the buffer to
disk when the sender is held up (a hung server keeps it in a request until the read
timeout), so memory stays bounded without the caller ever writing or waiting.

Modes: ``direct`` (send from memory), ``spool`` (the server was away: everything goes
through the spool file, which is replayed in order before memory is sent again),
``offline`` (spool only) and ``rejected`` (the server refused the run or the token:
spool only, for ``lossmon sync`` later).

Ordering: the spool only ever holds points older than those in memory, and is replayed
before memory is sent, so the server sees every step in the order it was logged.
"""

from __future__ import annotations

import logging
import os
import random
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import spool
from .closed_loop import Control
from .drops import DropCounter
from .replay import replay_file
from .settings import Settings
from .transport import Backoff, Outcome, Reply, Transport
from .values import Item, encode, jsonable

logger = logging.getLogger("lossmon.client")

DIRECT, SPOOL, OFFLINE, REJECTED = "direct", "spool", "offline", "rejected"
# Modes in which the buffer's only way out is the spool file.
_TO_DISK = (SPOOL, OFFLINE, REJECTED)
# Answers that say "not this token / not this run": keep the points for `lossmon sync`.
_KEEP_FOR_SYNC = (401, 403, 404)


class Worker:
    """Own one run's buffer, sender and spool writer threads, transport and spool file.

    Memory bound: at most ``settings.max_buffer`` logged calls (default 50,000) are held;
    with three values a call that is about 300 bytes each, ~15 MB at the very most. From
    half of that the spool writer moves the buffer to disk; at the bound (a disk that does
    not keep up) the newest call is dropped and counted, never waited for.
    """

    def __init__(
        self, settings: Settings, header: dict[str, Any], control: Control | None = None
    ) -> None:
        self.settings = settings
        self.header = header
        self.control = control if control is not None else Control()
        self.buf: deque[Item] = deque()
        self.wake_at = settings.batch_size
        self.run_id: int | None = None
        self.run_url: str | None = None
        self.run_name: str | None = header.get("name")
        self.created = threading.Event()
        self.drops = DropCounter()
        self.spooled = 0  # points written to the spool and not yet replayed
        self.unsent_at_finish = 0
        self.owner_pid = os.getpid()
        self.sender_id = uuid.uuid4().hex[:16]  # names this process's drop counts
        self._mode = OFFLINE if settings.mode == "offline" else DIRECT
        self._spool = spool.SpoolWriter(settings.spool_dir, header)
        self._spool_broken: str | None = None
        self._warned: set[str] = set()
        self._orphans: list[Path] | None = None if self._mode == DIRECT else []
        self._configs: list[Mapping[str, Any]] = []  # config updates not yet sent
        self._announced = False
        self._reset_runtime()

    def _reset_runtime(self) -> None:
        """(Re)create everything a forked child must not share with its parent."""
        self._lock = threading.Lock()
        self._event = threading.Event()
        self._spill_event = threading.Event()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._spooler: threading.Thread | None = None
        self._transport = Transport(
            self.settings.url, self.settings.token, self.settings.request_timeout
        )
        self._backoff = Backoff(self.settings.backoff_base, self.settings.max_backoff)
        self._next_attempt = 0.0
        self._last_answer = time.monotonic()  # of a points request: the closed loop's news
        self._outage_since: float | None = None
        # Points taken from the buffer, read and encoded once, not yet delivered: in flight,
        # or waiting for the retry. The spool writer spools these (never re-reading values).
        self._held: list[dict[str, Any]] | None = None
        self._held_calls = 0
        self._held_spooled = False
        self._replay_offset = 0
        self._finish: tuple[str, Mapping[str, Any] | None, float] | None = None
        self._abandoned = False
        self._closed = False

    # ----------------------------------------------------------------- caller's side

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def spool_path(self) -> Path:
        return self._spool.path

    @property
    def pending(self) -> int:
        return len(self.buf) + (self._held_calls if self._held is not None else 0)

    @property
    def dropped(self) -> int:
        return self.drops.total

    def probe_spool(self) -> None:
        """Warn once, clearly, if the spool cannot be written: an outage would drop points."""
        directory = self.settings.spool_dir
        try:
            directory.mkdir(parents=True, exist_ok=True)
            probe = directory / f".probe-{os.getpid()}-{id(self)}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            self._spool_broken = str(exc)
            logger.warning(
                "lossmon: the spool directory %s is not writable (%s). Training continues, "
                "but points the server cannot take in time%s are dropped and counted. "
                "Set LOSSMON_HOME to a writable directory.",
                directory,
                exc,
                " (in offline mode: all of them)" if self._mode == OFFLINE else "",
            )

    def start(self) -> bool:
        """Start the sender thread if it is not running; False during interpreter shutdown."""
        thread = self._thread
        if thread is not None and thread.is_alive():
            return True
        thread = threading.Thread(
            target=self._main,
            name=f"lossmon-sender-{self.header['client_run_id'][:8]}",
            daemon=True,
        )
        self._event.set()  # the first round (creating the run) must not wait an interval
        try:
            thread.start()
        except RuntimeError as exc:  # "can't create new thread at interpreter shutdown"
            self._warn_once("thread", "lossmon: cannot start the sender thread (%s)", exc)
            return False
        self._thread = thread
        return True

    def on_full(self) -> None:
        """Called by log() when the buffer reaches wake_at: wake a thread; never wait.

        Below half the bound the sender is woken (a batch is ready); from half the spool
        writer too; at the bound the newest call is dropped and counted. When everything
        goes to the spool anyway, the spool writer takes each batch as it fills: logged
        tensors then live a batch, not half the buffer (each call it holds keeps three
        objects the garbage collector scans; a full buffer makes every full collection of
        the process slower, and more frequent).
        """
        buf, limits = self.buf, self.settings
        if self._closed:
            self.drops.add("after_finish", sum(len(item[3]) for item in buf))
            buf.clear()
            return
        size = len(buf)
        if size >= limits.max_buffer:
            self.drops.add("buffer_full", len(buf.pop()[3]), quiet=True)
            self._spill_event.set()
            return
        if self._thread is None or not self._thread.is_alive():
            self.start()  # a forked child's first log(), or a sender that died
        if size >= limits.soft_limit or self._mode in _TO_DISK:
            self.wake_at = limits.max_buffer  # until the spool writer has been round
            self._spill_event.set()
            if size < limits.soft_limit:
                return  # the sender has nothing to do with it: it replays on its own time
        else:
            self.wake_at = limits.soft_limit
        self._event.set()

    def flush_now(self) -> None:
        self._event.set()

    def update_config(self, config: Mapping[str, Any]) -> None:
        """Queue a config update; the sender sends it (read and encoded on its thread)."""
        if self._closed:
            return
        self._configs.append(config)
        self._event.set()

    def finish(
        self, status: str, summary: Mapping[str, Any] | None, timeout: float, mark: bool = True
    ) -> None:
        """Send everything (or spool what cannot be sent by the deadline), then the status."""
        if self._closed:
            return
        deadline = time.monotonic() + timeout
        self._finish = (status if mark else "", summary, deadline)
        if self._thread is not None and self._thread.is_alive():
            self._event.set()
            self._done.wait(timeout + 1.0)
        if not self._done.is_set():
            if self._thread is not None and self._thread.is_alive():
                # The sender is stuck in a request past the deadline: keep its points on disk.
                self._abandoned = True
                if self._lock.acquire(timeout=max(1.0, deadline - time.monotonic())):
                    try:
                        self._spill_locked()
                        self.unsent_at_finish = self.spooled
                        self._write_finish_record()
                    finally:
                        self._lock.release()
            else:
                self._finish_work()  # no thread (never started, or interpreter shutdown)
        self._closed = True
        self.wake_at = 0
        self._spill_event.set()  # the spool writer sees _closed and ends
        if self.unsent_at_finish:
            where = self._spool.path if not self._spool_broken else "nowhere (spool unwritable)"
            # Why they were not sent: a server that refused the run (its answer was said when
            # it came), or a deadline that passed (offline mode leaves none unsent: it spools).
            why = (
                "the server refused this run"
                if self._mode == REJECTED
                else f"finish() deadline of {timeout:.1f}s passed"
            )
            logger.warning(
                "lossmon: %s with %d points unsent; they are kept in %s and sent by the next "
                "run with this LOSSMON_HOME or by `lossmon sync`",
                why,
                self.unsent_at_finish,
                where,
            )
        lost = self.drops.counts()
        if lost:
            logger.warning(
                "lossmon: %d values of run %s were dropped (%s)",
                sum(lost.values()),
                self.header["client_run_id"],
                ", ".join(f"{reason}: {n}" for reason, n in lost.items()),
            )
        self._spool.close()

    def after_fork_child(self) -> None:
        """Start the child afresh: empty buffer, new locks, session, spool file and threads."""
        self.buf = deque()
        self._spool.detach_in_child()
        self._reset_runtime()
        self.drops.after_fork_child()
        self.sender_id = uuid.uuid4().hex[:16]
        self._configs = []
        if self._mode == SPOOL:
            self._mode = DIRECT
        self._orphans = []
        self.created = threading.Event()
        if self.run_id is not None or self._mode != DIRECT:
            self.created.set()
        self.wake_at = 0  # the first log() in the child starts its own sender thread

    # ----------------------------------------------------------------- spool writer

    def _start_spooler(self) -> None:
        thread = threading.Thread(
            target=self._spool_main,
            name=f"lossmon-spool-{self.header['client_run_id'][:8]}",
            daemon=True,
        )
        try:
            thread.start()
        except RuntimeError as exc:
            self._warn_once("thread", "lossmon: cannot start the spool writer (%s)", exc)
            return
        self._spooler = thread

    def _spool_main(self) -> None:
        """Move the buffer to disk whenever log() finds it half full; end after finish()."""
        while True:
            self._spill_event.wait()
            self._spill_event.clear()
            if self._closed or self._abandoned:
                return
            try:
                self._spill()
            except Exception:
                logger.exception("lossmon: the spool writer failed; retrying at the next mark")
            finally:
                self.wake_at = self._wake_mark()

    # ----------------------------------------------------------------- sender's side

    def _main(self) -> None:
        try:
            if self._spooler is None:
                self._start_spooler()
            if self._orphans is None:
                self._orphans = self._find_orphans()
            while not self._abandoned:
                if self._finish is not None:
                    self._finish_work()
                    return
                self._event.wait(self._wait_time())
                self._event.clear()
                if self._finish is None and not self._abandoned:
                    self._tick()
                    self.drops.report_new()
        except Exception:
            logger.exception("lossmon: the sender failed; points go to the spool")
            with self._lock:
                self._spill_locked()
            if self._finish is not None:
                self._done.set()

    def _wait_time(self) -> float:
        """Sleep a jittered flush interval, or less when a retry falls due sooner."""
        wait = self.settings.flush_interval * (0.8 + 0.4 * random.random())
        backoff = self._next_attempt - time.monotonic()
        return min(wait, backoff) if backoff > 0 else wait

    def _tick(self, deadline: float | None = None) -> None:
        """Do one round of work: connect, replay the spool, send memory."""
        try:
            self._tick_once(deadline)
        finally:
            self.wake_at = self._wake_mark()

    def _tick_once(self, deadline: float | None) -> None:
        if self._mode in (OFFLINE, REJECTED):
            self._spill()
            return
        if time.monotonic() < self._next_attempt:
            if (
                self._mode == SPOOL
                or len(self.buf) >= self.settings.soft_limit
                or self._outage_too_long()
            ):
                self._spill()
            return
        if not self._connect(deadline) or self._abandoned:
            return
        if self._mode == SPOOL:
            self._spill()
            if not self._replay_own(deadline) or self._abandoned:
                return
        self._send_buffer(deadline)
        if deadline is None:
            self._poll_if_idle()

    def _poll_if_idle(self) -> None:
        """Ask for alerts and a stop request when nothing was sent for ``idle_poll`` seconds.

        A loop in a long evaluation logs nothing, yet a stop from the dashboard should still
        reach it: an empty batch is a cheap question (nothing is written, the run's
        last-seen time does not move, so a hung process still goes stale).
        """
        every = self.settings.idle_poll
        if (
            every <= 0
            or self.buf
            or self._held is not None
            or self._mode != DIRECT
            or self.run_id is None
            or time.monotonic() - self._last_answer < every
        ):
            return
        self._last_answer = time.monotonic()  # asked: the next question after another period
        reply = self._transport.send_points(self.run_id, [])
        if reply.ok:
            self.control.update(reply.body)
        else:
            logger.debug("lossmon: could not ask for the run's alerts (%s)", reply.describe())

    def _connect(self, deadline: float | None) -> bool:
        """Create the run, send queued config updates and orphaned spools; True when done."""
        if self.run_id is None:
            self._merge_configs_into_header()
            payload = spool.run_payload(self.header)
            reply = self._transport.create_run(payload, self._remaining(deadline))
            if not reply.ok:
                self._failed(reply, "create the run")
                return False
            self.run_id = reply.body["id"]
            self.control.baseline(reply.body.get("alerts"))  # a resumed run's earlier alerts
            self.run_url = reply.body.get("url")
            self.run_name = reply.body.get("name", self.run_name)
            self.created.set()
            self._announce(f"lossmon: run {self.run_name} is at {self.run_url}")
            self._recovered()
        while self._configs:
            config = jsonable(self._configs[0])
            body = {**spool.run_payload(self.header), "config": config}
            reply = self._transport.create_run(body, self._remaining(deadline))
            if reply.outcome is Outcome.RETRY:
                self._failed(reply, "send the config")
                return False
            if not reply.ok:
                self._warn_once(
                    "config", "lossmon: the server refused a config update (%s)", reply.describe()
                )
            self._configs.pop(0)
        while self._orphans:
            path = self._orphans[0]
            result = replay_file(path, self._transport, self._remaining(deadline))
            if result.retryable:
                assert result.reply is not None
                self._failed(result.reply, f"replay {path.name}")
                return False
            if result.reply is not None:
                logger.warning(
                    "lossmon: could not replay %s (%s); left for `lossmon sync`",
                    path,
                    result.reply.describe(),
                )
            elif result.done:
                logger.info("lossmon: replayed %d points from %s", result.points, path)
            if result.refused:
                logger.warning(
                    "lossmon: the server refused %d values of %s (%s)",
                    result.refused,
                    path,
                    result.refused_reason,
                )
            self._orphans.pop(0)
        return True

    def _merge_configs_into_header(self) -> None:
        # Before the run exists its config is still ours to change: one request, not two.
        if self._configs:
            merged = dict(self.header.get("config") or {})
            while self._configs:
                merged.update(jsonable(self._configs.pop(0)))
            self.header["config"] = merged

    def _announce(self, line: str) -> None:
        """Say once, on stderr, where the run can be seen (the process may have no logging)."""
        if not self._announced:
            self._announced = True
            try:
                sys.stderr.write(line + "\n")
            except (OSError, ValueError):  # a closed or broken stderr
                pass

    def _send_buffer(self, deadline: float | None) -> None:
        """Send what the buffer held when the round began, a batch a request.

        Points logged meanwhile wait for the next round (or a full batch's wake-up): draining
        them too would keep one request in flight per run all the time once the server is
        slow, many tiny batches adding up to the server's queue (bench/load.py).
        """
        size = self.settings.batch_size
        due = len(self.buf) if deadline is None else None  # finish() sends everything
        while (
            (self.buf or self._held is not None)
            and not self._abandoned
            and (due is None or due > 0 or self._held is not None)
        ):
            bad = 0
            with self._lock:
                if self._mode != DIRECT:
                    return
                if self._held is None:
                    count = min(size, len(self.buf), size if due is None else due)
                    if due is not None:
                        due -= count
                    # Read (.item()) and encoded under the lock, once: a spill meanwhile
                    # spools these points as they are, and a retry resends them.
                    self._held, bad = encode([self.buf.popleft() for _ in range(count)])
                    self._held_calls = count
                self._held_spooled = False
                points = self._held
            self.drops.add("bad_value", bad)
            reply = self._send(points, deadline)
            self._count_refused(reply)
            keep = reply.outcome is Outcome.RETRY or reply.status in _KEEP_FOR_SYNC
            with self._lock:
                spooled = self._held_spooled
                if reply.ok or spooled or not keep:
                    self._held = None  # delivered, spooled, or refused for good
                if not reply.ok and not spooled and not keep:
                    self.drops.add(
                        "refused", sum(len(p["values"]) for p in points), reply.describe()
                    )
            if reply.ok:
                self._recovered()
            elif not spooled:
                self._failed(reply, "send points")
                if keep:
                    return

    def _send(self, points: list[dict[str, Any]], deadline: float | None) -> Reply:
        assert self.run_id is not None
        if not points:
            return Reply(Outcome.OK)
        reply = self._transport.send_points(self.run_id, points, self._remaining(deadline))
        if reply.ok:
            self._last_answer = time.monotonic()
            self.control.update(reply.body)  # open alerts and a stop request: closed_loop.py
        return reply

    def _count_refused(self, reply: Reply) -> None:
        if reply.refused:
            self.drops.add("refused", reply.refused, reply.refused_reason)

    def _replay_own(self, deadline: float | None) -> bool:
        """Send this run's spool from where the last replay stopped; True once it is empty."""
        if self._spool.fd is not None:
            for record, end in spool.read_records(self._spool.path, self._replay_offset):
                if record.get("type") == "points":
                    points = record.get("points") or []
                    reply = self._send(points, deadline)
                    self._count_refused(reply)
                    if not reply.ok:
                        self._failed(reply, "replay the spool")
                        if reply.outcome is Outcome.RETRY or reply.status in _KEEP_FOR_SYNC:
                            return False
                        self.drops.add(
                            "refused",
                            sum(len(p.get("values", {})) for p in points),
                            reply.describe(),
                        )
                    self.spooled = max(0, self.spooled - len(points))
                self._replay_offset = end
        with self._lock:
            if self._spool.size() > self._replay_offset:
                self._event.set()  # more was spooled meanwhile: go round again
                return False
            replayed = self._spool.fd is not None
            self._spool.remove()
            self.spooled = 0
            self._replay_offset = 0
            self._mode = DIRECT
        if replayed:
            logger.info("lossmon: spooled points of run %s replayed", self.run_name)
        return True

    def _spill(self) -> None:
        with self._lock:
            self._spill_locked()

    def _spill_locked(self) -> None:
        """Move the in-flight batch and the buffer to the spool (lock held).

        One batch at a time, so spilling a full buffer costs one batch of extra memory; only
        what the buffer held when the spill began, so a fast caller cannot keep it going.
        """
        if self._mode in (OFFLINE, REJECTED):
            self._spool_configs_locked()
        if self._mode == DIRECT and not self.buf and self._held is None:
            return
        if self._mode == DIRECT:
            self._mode = SPOOL
        if self._held is not None and not self._held_spooled:
            self._held_spooled = True
            self._spool_points(self._held)
            self._held = None
        size = self.settings.batch_size
        due = len(self.buf)
        while due > 0 and self.buf:
            count = min(size, due, len(self.buf))
            due -= count
            self._spool_batch([self.buf.popleft() for _ in range(count)])

    def _spool_batch(self, batch: list[Item]) -> None:
        if self._spool_broken:
            self.drops.add(
                "spool_unwritable", sum(len(item[3]) for item in batch), self._spool_broken
            )
            return
        points, bad = encode(batch)
        self.drops.add("bad_value", bad)
        self._spool_points(points)

    def _spool_points(self, points: list[dict[str, Any]]) -> None:
        """Append encoded points to the spool; count them as dropped if it cannot be written."""
        if self._spool_broken:
            self.drops.add(
                "spool_unwritable", sum(len(p["values"]) for p in points), self._spool_broken
            )
            return
        try:
            self._spool.append([{"type": "points", "points": points}])
            self.spooled += len(points)
        except OSError as exc:
            self._spool_broken = str(exc)
            logger.error(
                "lossmon: cannot write the spool %s (%s); training continues, but points "
                "the server cannot take now are dropped and counted. Set LOSSMON_HOME to a "
                "writable directory to keep them.",
                self._spool.path,
                exc,
            )
            self.drops.add("spool_unwritable", sum(len(p["values"]) for p in points), str(exc))

    def _spool_configs_locked(self) -> None:
        """Write queued config updates to the spool (replayed by `lossmon sync`)."""
        if self._configs and not self._spool_broken:
            records = [{"type": "config", "config": jsonable(c)} for c in self._configs]
            try:
                self._spool.append(records)
            except OSError as exc:
                self._warn_once("config-spool", "lossmon: cannot write the spool: %s", exc)
                return
            self._configs.clear()

    def _write_finish_record(self) -> None:
        assert self._finish is not None
        status, summary, _ = self._finish
        self._spool_configs_locked()
        if not status or self._spool_broken:
            return
        record: dict[str, Any] = {"type": "finish", "status": status}
        if summary:
            record["summary"] = dict(summary)
        if self.drops.total:
            record["dropped"] = self._dropped_report()
        try:
            self._spool.append([record])
        except OSError as exc:
            self._warn_once("finish-record", "lossmon: cannot write the spool: %s", exc)

    def _dropped_report(self) -> dict[str, Any]:
        """The wire form of this process's drops, sent with the run's final status."""
        return {"sender": self.sender_id, "counts": self.drops.counts()}

    def _finish_work(self) -> None:
        """Flush until the deadline, then mark the run; spool whatever is left."""
        assert self._finish is not None
        status, summary, deadline = self._finish
        try:
            self._finish_rounds(status, summary, deadline)
        except Exception:
            logger.exception("lossmon: the sender failed while finishing; points go to the spool")
            with self._lock:
                self._spill_locked()
                self.unsent_at_finish = self.spooled
                self._write_finish_record()
        finally:
            self._done.set()

    def _finish_rounds(
        self, status: str, summary: Mapping[str, Any] | None, deadline: float
    ) -> None:
        """Send until done or the deadline, spool the rest, then mark the run."""
        while self._mode in (DIRECT, SPOOL) and not self._abandoned:
            if (
                not self.buf
                and self._held is None
                and not self._configs
                and self._mode == DIRECT
                and self.run_id is not None
            ):
                break
            if time.monotonic() + 0.05 >= deadline:
                break
            wait = self._next_attempt - time.monotonic()
            if wait > 0:
                if time.monotonic() + wait >= deadline:
                    break
                time.sleep(wait)
            self._tick(deadline)
        if self._abandoned:
            return
        with self._lock:
            self._spill_locked()
            self.unsent_at_finish = self.spooled if self._mode != OFFLINE else 0
            sent_all = (
                self._mode == DIRECT
                and self._spool.fd is None
                and not self._configs
                and self._held is None
            )
            if not sent_all:
                self._write_finish_record()
        if sent_all and status and self.run_id is not None:
            reply = self._mark(self.run_id, status, summary, deadline)
            if reply.ok:
                return
            kept = reply.outcome is Outcome.RETRY
            if kept:
                with self._lock:
                    self._write_finish_record()
            logger.warning(
                "lossmon: could not mark run %s %s (%s)%s",
                self.run_name,
                status,
                reply.describe(),
                "; the status waits in the spool for the next run or `lossmon sync`"
                if kept
                else "",
            )

    def _mark(
        self, run_id: int, status: str, summary: Mapping[str, Any] | None, deadline: float
    ) -> Reply:
        """Send the run's final status, again with backoff while the service answers that it
        cannot take it now (503, 429, no answer), until the deadline."""
        backoff = Backoff(self.settings.backoff_base, self.settings.max_backoff)
        while True:
            reply = self._transport.set_status(
                run_id, status, summary, self._remaining(deadline), dropped=self._dropped_report()
            )
            if reply.outcome is not Outcome.RETRY:
                return reply
            pause = backoff.next_delay(reply.retry_after)
            if time.monotonic() + pause + 0.05 >= deadline:
                return reply
            time.sleep(pause)

    def _failed(self, reply: Reply, what: str) -> None:
        now = time.monotonic()
        if reply.outcome is Outcome.RETRY:
            if self._outage_since is None:
                self._outage_since = now
                logger.warning(
                    "lossmon: could not %s at %s (%s); retrying with backoff, points are kept%s",
                    what,
                    self.settings.url,
                    reply.describe(),
                    f" and spooled after {self.settings.spool_after:g}s"
                    if self._mode != SPOOL
                    else " in the spool",
                )
            else:
                logger.debug("lossmon: could not %s (%s)", what, reply.describe())
            self._next_attempt = now + self._backoff.next_delay(reply.retry_after)
            self.wake_at = self.settings.soft_limit
            if (
                self._mode == SPOOL
                or len(self.buf) >= self.settings.soft_limit
                or self._outage_too_long()
            ):
                self._spill()
            return
        keep = what == "create the run" or reply.status in _KEEP_FOR_SYNC
        self._warn_once(
            f"reject-{reply.status}",
            "lossmon: the server refused to %s (%s)%s",
            what,
            reply.describe(),
            "; points are spooled for `lossmon sync`"
            if keep
            else "; those points are dropped and counted",
        )
        if keep:
            self._mode = REJECTED
            self.created.set()
            self._spill()

    def _recovered(self) -> None:
        if self._outage_since is not None:
            logger.warning(
                "lossmon: server at %s answers again after %.1fs",
                self.settings.url,
                time.monotonic() - self._outage_since,
            )
        self._outage_since = None
        self._backoff.reset()
        self._next_attempt = 0.0

    def _wake_mark(self) -> int:
        """The buffer length at which log() wakes a thread: a batch when a thread will take
        it at once (to the server, or to the spool), half the buffer during an outage that
        has not gone to the spool yet (a short blip should not write to disk); 0 once
        finished (every later call is counted as dropped at once)."""
        if self._closed:
            return 0
        healthy = self._mode == DIRECT and self._outage_since is None
        if healthy or self._mode in _TO_DISK:
            return self.settings.batch_size
        return self.settings.soft_limit

    def _outage_too_long(self) -> bool:
        return (
            self._outage_since is not None
            and self._spool_broken is None
            and time.monotonic() - self._outage_since >= self.settings.spool_after
        )

    def _remaining(self, deadline: float | None) -> float | None:
        return None if deadline is None else max(0.1, deadline - time.monotonic())

    def _warn_once(self, key: str, msg: str, *args: object) -> None:
        if key not in self._warned:
            self._warned.add(key)
            logger.warning(msg, *args)

    def _find_orphans(self) -> list[Path]:
        """Spool files of dead processes for this server and project, this run's first."""
        mine = self.header["client_run_id"]
        found = []
        for path in spool.spool_files(self.settings.spool_dir):
            if path == self._spool.path:
                continue
            try:
                header = spool.read_header(path)
            except OSError:
                continue
            # Offline runs wait for `lossmon sync`: the user chose when they are uploaded.
            if (
                header
                and header.get("url") == self.settings.url
                and header.get("project") == self.settings.project
                and header.get("mode") != "offline"
            ):
                found.append(
                    (header.get("client_run_id") != mine, header.get("created_at", 0), path)
                )
        return [path for *_, path in sorted(found)]
