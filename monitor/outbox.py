"""The alert outbox: delivery rows written with the alert, sent by the worker, at least once.

`enqueue` runs at the end of the transaction that opens or resolves alerts, so an alert event
and its notifications commit together or not at all. The `Sender` (a scheduler job of
`lossmon serve` and `lossmon worker`) then works through the due rows, each channel's oldest
first in a task of its own (channels in parallel: a receiver that hangs holds only its own
rows), and never a resolution while the firing it ends still waits to be sent:

1. claim the row (attempts + 1, a lease until `next_attempt_at`) in a short transaction;
2. send it with no transaction open (a slow receiver never holds a database lock);
3. record the outcome: `sent` only after the receiver acknowledged it (HTTP 2xx, or apprise's
   success); otherwise retry with exponential backoff and jitter, up to a bound, then `failed`.

A crash between 2 and 3 leaves the row claimed and pending: the next leader hands the claim
back at start and sends it again — at least once, at most one duplicate per crash. A row
recorded `sent` is never picked again. Webhook receivers can drop such a duplicate by its
`delivery_id`.

Flapping (per channel and (run, detector)): a resolution waits `notify_flap_s` before it is
sent. When the same (run, detector) fires again within that time, the waiting resolution and
the new firing are both `skipped`: to the person the incident is still going on, and it ends
with one resolution once the condition stays resolved for `notify_flap_s`. A channel that takes
no resolutions gets no new firing of a (run, detector) within `notify_flap_s` of its last
resolution. Repeated evaluations never re-send: there is one row per (alert, channel, event).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import socket
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, or_, select, update
from sqlalchemy.orm import Session

from lossmon.server import notify
from lossmon.server.channels import mask_url
from lossmon.server.config import Config
from lossmon.server.db import Database
from lossmon.server.models import SEVERITIES, Alert, Channel, Delivery, Run, utcnow

log = logging.getLogger(__name__)

#: The most rows one channel's task sends before the next round takes the channel up again.
BATCH = 20
#: Channels sent to at the same time.
CHANNELS_AT_ONCE = 8


def wants(channel: Channel, severity: str, event: str) -> bool:
    """Return whether `channel` takes `event` of an alert of `severity`."""
    return event in channel.events and SEVERITIES.index(severity) >= SEVERITIES.index(
        channel.min_severity
    )


def enqueue(session: Session, run_ids: Sequence[int], now: dt.datetime) -> int:
    """Add the deliveries of the alerts these runs opened or resolved at `now`; return how many.

    Call it at the end of the transaction that opened or resolved them (one evaluation shares
    one `now`), after they are written. It costs one query when the projects have no channel.
    Calling it twice adds nothing: there is one row per (alert, channel, event). A resolution
    goes to the channels that were told of the firing (or that take resolutions only).
    """
    if not run_ids:
        return 0
    channels: dict[int, list[Channel]] = defaultdict(list)
    for run_id, channel in session.execute(
        select(Run.id, Channel)
        .join(Channel, Channel.project_id == Run.project_id)
        .where(Run.id.in_(list(run_ids)))
    ):
        channels[run_id].append(channel)
    if not channels:
        return 0
    changed = list(
        session.scalars(
            select(Alert)
            .where(Alert.run_id.in_(list(channels)))
            .where(or_(Alert.opened_at == now, Alert.resolved_at == now))
            .order_by(Alert.id)
        )
    )
    if not changed:
        return 0
    existing: set[tuple[int, int, str]] = {
        (alert_id, channel_id, event)
        for alert_id, channel_id, event in session.execute(
            select(Delivery.alert_id, Delivery.channel_id, Delivery.event).where(
                Delivery.alert_id.in_([alert.id for alert in changed])
            )
        )
    }
    added = 0
    for alert in changed:
        if alert.resolved_by and alert.opened_at == now and alert.resolved_at == now:
            # Opened and taken over in one evaluation (a spike on a climb's first steps that
            # the divergence covers): one incident, one alert; the other's notification says it.
            continue
        events = [
            e
            for e, at in (("fired", alert.opened_at), ("resolved", alert.resolved_at))
            if at == now
        ]
        for event in events:
            for channel in channels[alert.run_id]:
                if (
                    not wants(channel, alert.severity, event)
                    or (alert.id, channel.id, event) in existing
                ):
                    continue
                told = (alert.id, channel.id, "fired") in existing or "fired" not in channel.events
                if event == "resolved" and not told:
                    continue
                session.add(
                    Delivery(
                        alert_id=alert.id, channel_id=channel.id, event=event, next_attempt_at=now
                    )
                )
                existing.add((alert.id, channel.id, event))
                added += 1
    return added


def _changed(session: Session, statement: Executable) -> int:
    """Execute an UPDATE; return how many rows it changed."""
    result = cast(CursorResult[Any], session.execute(statement))
    return int(result.rowcount or 0)


def backoff(attempts: int, settings: Config, retry_after: float | None = None) -> float:
    """Return the seconds before retry number `attempts` + 1: doubling, capped, jittered."""
    ceiling = min(
        settings.notify_backoff_s * 2 ** max(0, attempts - 1), settings.notify_max_backoff_s
    )
    # "Equal jitter": at least half the step, so retries spread out but still back off.
    delay = ceiling / 2 + random.uniform(0, ceiling / 2)
    if retry_after is not None:
        delay = max(delay, min(retry_after, settings.notify_max_backoff_s))
    return delay


@dataclass
class Claimed:
    delivery_id: int
    channel: Channel
    message: notify.Message
    attempts: int


class Sender:
    """Send due deliveries; the scheduler runs `dispatch_due` only in the leading process."""

    def __init__(
        self, database: Database, settings: Config, stopping: threading.Event | None = None
    ) -> None:
        self.database = database
        self.settings = settings
        self.stopping = stopping or threading.Event()
        # Unique per process: two containers may both be PID 1.
        self.identity = f"{socket.gethostname()[:30]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._took_over = False
        self._pool = ThreadPoolExecutor(CHANNELS_AT_ONCE, thread_name_prefix="lossmon-deliver")
        self._lock = threading.Lock()
        self._sending_to: set[int] = set()  # channels with a task in flight
        self._closed = False
        # Cleared by the worker while another process leads: tasks under way stop sending.
        self.leading = threading.Event()
        self.leading.set()

    def send_due(self) -> int:
        """Send what is due, every channel's rows, and wait; return how many were sent."""
        sent = 0
        while tasks := self.dispatch_due():
            rounds = [task.result() for task in tasks]
            sent += sum(n for n, _ in rounds)
            if not any(more for _, more in rounds):
                break
        return sent

    def dispatch_due(self) -> list[Future[tuple[int, bool]]]:
        """Start a task for each channel with due rows and no task in flight; return at once.

        The worker calls this every `notify_interval_s`: a receiver that hangs for
        `notify_timeout_s` delays its own channel's rows, never another channel's, and a task
        sends at most BATCH rows or for about `notify_timeout_s` before the next round takes
        the channel up again (slow but working receivers take turns with the others).
        """
        if self._closed or not self.leading.is_set():
            return []
        if not self._took_over:
            self.take_over()
        due_channels = self._due_channel_ids()
        tasks = []
        with self._lock:
            for channel_id in due_channels:
                if channel_id in self._sending_to or self.stopping.is_set():
                    continue
                try:
                    tasks.append(self._pool.submit(self._send_channel, channel_id))
                except RuntimeError:  # the pool is shut down (interpreter exit)
                    break
                self._sending_to.add(channel_id)
        return tasks

    def close(self) -> None:
        """Wait for the deliveries in flight (each bounded by `notify_timeout_s`)."""
        self._closed = True
        self._pool.shutdown(wait=True)

    def _send_channel(self, channel_id: int) -> tuple[int, bool]:
        """Send up to BATCH of one channel's due rows in order, for about `notify_timeout_s`;
        return how many were sent and whether rows may be left for the next round.

        An attempt that failed for a passing reason (no answer in time, a 5xx, no connection)
        ends the round: its receiver is down or slow, and the channel's other rows wait for the
        next round instead of a timeout each. So does losing the lead (the new leader's sender
        takes the rows over).
        """
        sent = 0
        ends = time.monotonic() + self.settings.notify_timeout_s
        try:
            due = self._due_ids(channel_id)
            for delivery_id in due:
                if self.stopping.is_set() or not self.leading.is_set():
                    return sent, False
                if time.monotonic() > ends:
                    return sent, True
                claimed = self._claim(delivery_id)
                if isinstance(claimed, str):
                    continue
                outcome = self._attempt(claimed)
                sent += self._record(claimed, outcome) == "sent"
                if not outcome.ok and outcome.retry:
                    return sent, False
            return sent, len(due) == BATCH
        except Exception:
            # Logged here: nobody reads the result of a task the worker started.
            log.exception("sending to channel %d failed", channel_id)
            return sent, False
        finally:
            with self._lock:
                self._sending_to.discard(channel_id)

    def take_over(self) -> int:
        """Hand back claims of earlier senders (this process leads now: they are gone)."""
        with self.database.session() as session:
            released = _changed(
                session,
                update(Delivery)
                .where(
                    Delivery.status == "pending",
                    Delivery.claimed_by.is_not(None),
                    Delivery.claimed_by != self.identity,
                )
                .values(claimed_by=None, next_attempt_at=utcnow()),
            )
        self._took_over = True
        if released:
            log.warning("re-sending %d delivery(ies) a stopped sender had claimed", released)
        return released

    def _due_channel_ids(self) -> list[int]:
        with self.database.read_session() as session:
            return list(
                session.scalars(
                    select(Delivery.channel_id)
                    .where(Delivery.status == "pending", Delivery.next_attempt_at <= utcnow())
                    .distinct()
                )
            )

    def _due_ids(self, channel_id: int) -> list[int]:
        with self.database.read_session() as session:
            return list(
                session.scalars(
                    select(Delivery.id)
                    .where(
                        Delivery.status == "pending",
                        Delivery.next_attempt_at <= utcnow(),
                        Delivery.channel_id == channel_id,
                    )
                    .order_by(Delivery.next_attempt_at, Delivery.id)
                    .limit(BATCH)
                )
            )

    def send_one(self, delivery_id: int) -> str:
        """Claim, send and record one delivery; return its status afterwards."""
        claimed = self._claim(delivery_id)
        if isinstance(claimed, str):
            return claimed
        return self._record(claimed, self._attempt(claimed))

    def _attempt(self, claimed: Claimed) -> notify.Outcome:
        return notify.deliver(
            claimed.channel,
            claimed.message,
            self.settings.notify_timeout_s,
            claimed.delivery_id,
            allow_private=self.settings.allow_private_channels,
        )

    def _claim(self, delivery_id: int) -> Claimed | str:
        now = utcnow()
        with self.database.session() as session:
            row = session.get(Delivery, delivery_id)
            if row is None or row.status != "pending":
                return row.status if row is not None else "gone"
            alert = session.get(Alert, row.alert_id)
            channel = session.get(Channel, row.channel_id)
            assert alert is not None and channel is not None  # foreign keys, cascading
            held = self._flapping(session, row, alert, now)
            if held is not None:
                return held
            attempts = row.attempts + 1
            lease = now + dt.timedelta(seconds=self.settings.notify_timeout_s * 2 + 30)
            taken = _changed(
                session,
                update(Delivery)
                .where(
                    Delivery.id == delivery_id,
                    Delivery.status == "pending",
                    Delivery.next_attempt_at <= now,
                )
                .values(
                    attempts=Delivery.attempts + 1, claimed_by=self.identity, next_attempt_at=lease
                ),
            )
            if taken != 1:
                return "pending"  # another sender has it
            run = alert.run
            message = notify.render(row.event, alert, run, self.dashboard_url(run.id))
            session.expunge(channel)
            return Claimed(delivery_id, channel, message, attempts)

    def _flapping(
        self, session: Session, row: Delivery, alert: Alert, now: dt.datetime
    ) -> str | None:
        """Apply the flapping rule (module docstring); return the row's status if it applied."""
        window = dt.timedelta(seconds=self.settings.notify_flap_s)
        same = (Alert.run_id == alert.run_id, Alert.detector == alert.detector)
        if row.event == "resolved":
            assert alert.resolved_at is not None
            firing = session.scalar(
                select(Delivery.next_attempt_at).where(
                    Delivery.alert_id == row.alert_id,
                    Delivery.channel_id == row.channel_id,
                    Delivery.event == "fired",
                    Delivery.status == "pending",
                )
            )
            if firing is not None:
                # Its firing is still being retried: the person hears of the alert first.
                row.next_attempt_at = max(firing, now) + dt.timedelta(seconds=1)
                return "pending"
            if now < alert.resolved_at + window:
                row.next_attempt_at = alert.resolved_at + window
                return "pending"
            again = session.scalar(
                select(Alert.id)
                .where(*same, Alert.id > alert.id, Alert.opened_at <= alert.resolved_at + window)
                .limit(1)
            )
            if again is not None:
                return self._skip(row, f"flapping: fired again as alert {again}")
            return None
        previous = session.scalar(
            select(Alert)
            .where(*same, Alert.id < alert.id, Alert.resolved_at >= alert.opened_at - window)
            .order_by(Alert.id.desc())
            .limit(1)
        )
        if previous is None:
            return None
        earlier = {
            event: found
            for event, found in session.execute(
                select(Delivery.event, Delivery).where(
                    Delivery.alert_id == previous.id, Delivery.channel_id == row.channel_id
                )
            )
        }
        fired, told = earlier.get("fired"), earlier.get("resolved")
        if fired is None or fired.status == "failed":
            return None  # the person never heard of the previous alert: this one is news
        if told is not None and told.status == "sent":
            return None
        if told is not None and told.status == "pending":
            self._skip(told, f"flapping: fired again as alert {alert.id}")
        return self._skip(row, f"flapping: continues alert {previous.id}, not yet resolved")

    @staticmethod
    def _skip(row: Delivery, reason: str) -> str:
        row.status, row.last_error, row.claimed_by = "skipped", reason, None
        log.info("delivery %d skipped (%s)", row.id, reason)
        return "skipped"

    def _record(self, claimed: Claimed, outcome: notify.Outcome) -> str:
        now = utcnow()
        target = mask_url(claimed.channel.url)
        mine = (
            Delivery.id == claimed.delivery_id,
            Delivery.status == "pending",
            Delivery.claimed_by == self.identity,
        )
        if outcome.ok:
            values: dict[str, object] = {"status": "sent", "sent_at": now, "last_error": None}
            status = "sent"
            log.info("delivery %d sent to %s", claimed.delivery_id, target)
        elif not outcome.retry or claimed.attempts >= self.settings.notify_max_attempts:
            values = {"status": "failed", "last_error": outcome.error[:1000]}
            status = "failed"
            log.error(
                "delivery %d to %s failed for good after %d attempt(s): %s",
                claimed.delivery_id, target, claimed.attempts, outcome.error,
            )  # fmt: skip
        else:
            delay = backoff(claimed.attempts, self.settings, outcome.retry_after)
            values = {
                "last_error": outcome.error[:1000],
                "next_attempt_at": now + dt.timedelta(seconds=delay),
            }
            status = "pending"
            log.warning(
                "delivery %d to %s: %s; retry %d in %.1f s",
                claimed.delivery_id, target, outcome.error, claimed.attempts + 1, delay,
            )  # fmt: skip
        with self.database.session() as session:
            session.execute(update(Delivery).where(*mine).values(claimed_by=None, **values))
        return status

    def dashboard_url(self, run_id: int) -> str:
        return f"{self.settings.public_url.rstrip('/')}/runs/{run_id}"
