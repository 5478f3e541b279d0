"""Alert delivery through the outbox: real webhooks and real e-mail, retries, flapping, words.

The receivers are real: a stdlib HTTP server that records what it gets (and checks the
signature as a user would), and an aiosmtpd SMTP server reached through apprise's mailto://.
"""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import Message as EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import select

from lossmon.server import channels, notify, outbox
from lossmon.server.config import Config
from lossmon.server.db import Database
from lossmon.server.models import Alert, Delivery, Project, Run, utcnow
from lossmon.server.scheduler import Worker
from lossmon.server.store import get_or_create_project
from tests.conftest import free_port

PUBLIC_URL = "https://lossmon.example.com"
SECRET = "whsec_test_secret_0123456789"


# --- receivers (also used by tests/e2e) -------------------------------------------------------


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def verify(secret: str, headers: dict[str, str], body: bytes, tolerance: float = 300) -> bool:
    """The README's verification snippet: what a receiver of lossmon's webhook runs."""
    timestamp = headers["X-Lossmon-Timestamp"]
    expected = (
        "sha256="
        + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    )
    fresh = abs(time.time() - int(timestamp)) <= tolerance
    return fresh and hmac.compare_digest(expected, headers["X-Lossmon-Signature"])


class Receiver:
    """An HTTP server on a free port that records every POST and answers from a script."""

    def __init__(
        self,
        statuses: list[int] | None = None,
        on_request: Callable[[Received], None] | None = None,
        delay: float = 0.0,
    ) -> None:
        self.requests: list[Received] = []
        self.statuses = list(statuses or [])
        self.on_request = on_request
        self.delay = delay
        self.arrived = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                got = Received(self.path, dict(self.headers.items()), body)
                receiver.requests.append(got)
                receiver.arrived.set()
                if receiver.on_request is not None:
                    receiver.on_request(got)
                time.sleep(receiver.delay)
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/T0KEN-in-path"

    def bodies(self) -> list[Any]:
        return [got.json() for got in self.requests]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Mailbox:
    """An aiosmtpd server on a free port; `messages` holds what it accepted."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[EmailMessage] = []
        mailbox = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
                mailbox.messages.append(email.message_from_bytes(envelope.content))
                return "250 Message accepted"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    @property
    def url(self) -> str:
        return f"mailto://127.0.0.1:{self.port}?from=alerts@example.com&to=ops@example.com"

    def close(self) -> None:
        self.controller.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox()
    yield box
    box.close()


def body_text(message: EmailMessage) -> str:
    parts = message.walk() if message.is_multipart() else [message]
    return "\n".join(
        str(part.get_payload(decode=True).decode())  # type: ignore[union-attr]
        for part in parts
        if part.get_content_type() == "text/plain"
    )


# --- database helpers ---------------------------------------------------------------------------


OVERFITTING = {
    "value": 1.31,
    "best": 1.12,
    "best_step": 4200,
    "gap": 0.52,
    "gap_at_best": 0.12,
    "train": 0.78,
    "train_at_best": 0.95,
    "evaluations_since_best": 6,
    "threshold": 5,
}
DIVERGENCE = {"value": "NaN", "best": 0.61, "rollback_step": 1180, "rules": ["check_finite"]}


def make_run(database: Database, project: str = "demo", name: str = "lr-3e-4") -> int:
    with database.session() as session:
        found = get_or_create_project(session, project)
        run = Run(project_id=found.id, name=name, client_run_id=f"{name}-{time.time_ns()}")
        session.add(run)
        session.flush()
        return run.id


def add_channel(database: Database, url: str, project: str = "demo", **kwargs: Any) -> int:
    kwargs.setdefault("allow_private", True)  # the receivers listen on 127.0.0.1
    with database.session() as session:
        found = get_or_create_project(session, project)
        return channels.create_channel(session, found, url, **kwargs).channel.id


def fire(
    database: Database,
    run_id: int,
    detector: str = "overfitting",
    severity: str = "warning",
    step: int = 5000,
    evidence: dict[str, Any] | None = None,
) -> int:
    """Open an alert as the evaluation does: the row, then the outbox, one transaction."""
    now = utcnow()
    with database.session() as session:
        alert = Alert(
            run_id=run_id, detector=detector, severity=severity, state="firing",
            opened_step=step, opened_at=now, message=f"{detector} detector said so.",
            evidence=evidence if evidence is not None else OVERFITTING,
        )  # fmt: skip
        session.add(alert)
        session.flush()
        outbox.enqueue(session, [run_id], now)
        return alert.id


def resolve(database: Database, alert_id: int, step: int = 5600) -> None:
    now = utcnow()
    with database.session() as session:
        alert = session.get(Alert, alert_id)
        assert alert is not None
        alert.state, alert.resolved_step, alert.resolved_at = "resolved", step, now
        session.flush()
        outbox.enqueue(session, [alert.run_id], now)


def deliveries(database: Database) -> list[Delivery]:
    with database.session() as session:
        return list(session.scalars(select(Delivery).order_by(Delivery.id)))


def sender_for(database: Database, **settings: Any) -> outbox.Sender:
    defaults: dict[str, Any] = {
        "public_url": PUBLIC_URL,
        "notify_backoff_s": 0.05,
        "notify_flap_s": 0.0,
        "notify_timeout_s": 5.0,
        "allow_private_channels": True,
    }
    config = Config(database_url=str(database.engine.url), **{**defaults, **settings})
    return outbox.Sender(database, config)


# --- the outbox -------------------------------------------------------------------------------


def test_an_alert_writes_its_deliveries_in_the_same_transaction(db: Database) -> None:
    run_id = make_run(db)
    everything = add_channel(db, "https://hooks.example.com/a", min_severity="info")
    critical_only = add_channel(db, "https://hooks.example.com/b", min_severity="critical")
    resolutions_only = add_channel(db, "https://hooks.example.com/c", events="resolved")
    add_channel(db, "https://hooks.example.com/other", project="other")

    alert_id = fire(db, run_id)  # a warning
    assert [(d.alert_id, d.channel_id, d.event) for d in deliveries(db)] == [
        (alert_id, everything, "fired")
    ]
    resolve(db, alert_id)
    assert {(d.channel_id, d.event) for d in deliveries(db)} == {
        (everything, "fired"),
        (everything, "resolved"),
        (resolutions_only, "resolved"),
    }
    assert critical_only not in {d.channel_id for d in deliveries(db)}

    # The outbox rows commit with the alert, or not at all.
    with pytest.raises(RuntimeError), db.session() as session:
        now = utcnow()
        session.add(Alert(run_id=run_id, detector="spike", severity="warning", opened_at=now))
        session.flush()
        assert outbox.enqueue(session, [run_id], now) == 1
        raise RuntimeError("the evaluation failed")
    assert len(deliveries(db)) == 3


def test_evaluating_again_queues_nothing_new(db: Database) -> None:
    run_id = make_run(db)
    add_channel(db, "https://hooks.example.com/a")
    with db.session() as session:
        now = utcnow()
        session.add(Alert(run_id=run_id, detector="spike", severity="warning", opened_at=now))
        session.flush()
        assert outbox.enqueue(session, [run_id], now) == 1
        assert outbox.enqueue(session, [run_id], now) == 0
    assert len(deliveries(db)) == 1


def test_an_alert_taken_over_in_the_evaluation_that_opened_it_notifies_nobody(
    db: Database,
) -> None:
    """A spike opened on a climb's first steps and covered by the divergence in the same
    evaluation: no "fired" of an alert already resolved, no resolution; a short episode that
    cleared on its own within one evaluation is still told, fired then resolved."""
    run_id = make_run(db)
    add_channel(db, "https://hooks.example.com/a")
    with db.session() as session:
        now = utcnow()
        for detector, by in (("divergence", None), ("spike", "divergence")):
            resolved = now if by else None
            session.add(Alert(run_id=run_id, detector=detector, severity="warning",
                              state="resolved" if by else "firing", opened_at=now,
                              resolved_at=resolved, resolved_by=by))  # fmt: skip
        session.flush()
        assert outbox.enqueue(session, [run_id], now) == 1
    with db.session() as session:
        now = utcnow()
        session.add(Alert(run_id=run_id, detector="plateau", severity="warning",
                          state="resolved", opened_at=now, resolved_at=now))  # fmt: skip
        session.flush()
        assert outbox.enqueue(session, [run_id], now) == 2
    with db.session() as session:
        told = session.execute(
            select(Alert.detector, Delivery.event).join(Delivery, Delivery.alert_id == Alert.id)
        ).all()
    assert sorted(told) == [("divergence", "fired"), ("plateau", "fired"), ("plateau", "resolved")]


def test_a_nan_at_ingest_queues_a_delivery(client, auth, db: Database) -> None:
    add_channel(db, "https://hooks.example.com/a")
    run_id = client.post("/api/v1/runs", json={"project": "demo"}, headers=auth).get_json()["id"]
    points = [{"step": s, "values": {"train/loss": 2.0 - s / 500}} for s in range(1, 201)]
    points.append({"step": 201, "values": {"train/loss": "NaN"}})
    response = client.post(f"/api/v1/runs/{run_id}/points", json={"points": points}, headers=auth)
    assert response.status_code == 200
    [delivery] = deliveries(db)
    assert (delivery.event, delivery.status) == ("fired", "pending")


# --- real receivers ---------------------------------------------------------------------------


def test_webhook_is_signed_and_says_what_to_do(db: Database, receiver: Receiver) -> None:
    run_id = make_run(db)
    add_channel(db, receiver.url, secret=SECRET)
    alert_id = fire(db, run_id, "divergence", "critical", step=1234, evidence=DIVERGENCE)

    assert sender_for(db).send_due() == 1
    [got] = receiver.requests
    assert verify(SECRET, got.headers, got.body)
    assert not verify("another-secret-0123456789", got.headers, got.body)
    body = got.json()
    assert body["event"] == "fired" and got.headers["X-Lossmon-Event"] == "fired"
    assert body["delivery_id"] == int(got.headers["X-Lossmon-Delivery"])
    assert body["alert"]["id"] == alert_id and body["alert"]["evidence"]["rollback_step"] == 1180
    assert body["project"] == {"name": "demo"}
    assert body["run"]["name"] == "lr-3e-4"
    assert body["dashboard_url"] == f"{PUBLIC_URL}/runs/{run_id}"
    assert "Roll back to step 1,180 (the last step whose loss was within the noise" in body["text"]
    assert "step 1,234" in body["title"]
    [row] = deliveries(db)
    assert (row.status, row.attempts, row.claimed_by) == ("sent", 1, None)


def test_email_arrives_through_apprise(db: Database, mailbox: Mailbox) -> None:
    run_id = make_run(db)
    add_channel(db, mailbox.url)
    alert_id = fire(db, run_id)
    sender = sender_for(db)
    assert sender.send_due() == 1
    resolve(db, alert_id)
    assert sender.send_due() == 1

    fired, resolved = mailbox.messages
    assert fired["To"] == "ops@example.com"
    assert fired["Subject"] == (
        "[WARNING] demo/lr-3e-4: val loss has not improved for 6 evaluations while train loss "
        "fell 18%; best step 4,200"
    )
    text = body_text(fired)
    assert "Keep the checkpoint of step 4,200" in text
    assert "val loss is 1.31 at step 5,000" in text
    assert f"Dashboard: {PUBLIC_URL}/runs/{run_id}" in text
    assert resolved["Subject"].startswith("[RESOLVED] demo/lr-3e-4: overfitting cleared")
    assert "Resolved: the overfitting alert opened at step 5,000 has cleared at step 5,600" in (
        body_text(resolved)
    )
    assert {d.status for d in deliveries(db)} == {"sent"}


def test_a_failing_receiver_is_retried_with_backoff_and_never_resent(db: Database) -> None:
    failing = Receiver(statuses=[500, 503])
    try:
        run_id = make_run(db)
        add_channel(db, failing.url)
        fire(db, run_id)
        # A backoff long enough that "not due yet" holds on a loaded box.
        sender = sender_for(db, notify_backoff_s=1.0)

        started = utcnow()
        assert sender.send_due() == 0
        took = (utcnow() - started).total_seconds()
        # Asked again at once (no query in between: the backoff is at least 0.5 s even on a
        # loaded box), the delivery is not due yet and nothing is sent.
        assert sender.send_due() == 0
        assert len(failing.requests) == 1
        [row] = deliveries(db)
        assert (row.status, row.attempts, row.last_error) == (
            "pending",
            1,
            f"HTTP 500 from http://127.0.0.1:{failing.server.server_address[1]}/***",
        )
        # Equal jitter: the first retry waits between half and all of the backoff, counted
        # from the failure (somewhere within the `took` seconds of the attempt).
        wait = (row.next_attempt_at - started).total_seconds()
        assert 0.5 - 0.01 <= wait <= took + 1.0 + 0.01

        time.sleep(max(0.0, (row.next_attempt_at - utcnow()).total_seconds()) + 0.05)
        before = utcnow()
        assert sender.send_due() == 0  # 503
        [row] = deliveries(db)
        # The second backoff is twice the first: between 1 and 2 s after its failure.
        second_wait = (row.next_attempt_at - before).total_seconds()
        assert (
            row.attempts == 2
            and 1.0 - 0.01 <= second_wait <= (utcnow() - before).total_seconds() + 2.0
        )
        time.sleep(max(0.0, (row.next_attempt_at - utcnow()).total_seconds()) + 0.05)
        assert sender.send_due() == 1
        [row] = deliveries(db)
        assert (row.status, row.attempts, row.last_error) == ("sent", 3, None)

        # A delivery recorded sent is never picked again, even when "due".
        with db.session() as session:
            session.get(Delivery, row.id).next_attempt_at = utcnow() - dt.timedelta(hours=1)  # type: ignore[union-attr]
        assert sender.send_due() == 0
        assert sender.send_one(row.id) == "sent"
        assert len(failing.requests) == 3
    finally:
        failing.close()


def test_a_refusing_receiver_and_too_many_attempts_fail_for_good(db: Database) -> None:
    refusing = Receiver(statuses=[404])
    flaky = Receiver(statuses=[500] * 10)
    try:
        run_id = make_run(db)
        add_channel(db, refusing.url)
        add_channel(db, flaky.url)
        fire(db, run_id)
        sender = sender_for(db, notify_backoff_s=0.01, notify_max_attempts=3)
        for _ in range(3):
            sender.send_due()
            time.sleep(0.03)
        refused, gave_up = deliveries(db)
        assert (refused.status, refused.attempts) == ("failed", 1)
        assert "HTTP 404" in (refused.last_error or "") and "not retried" in (
            refused.last_error or ""
        )
        assert (gave_up.status, gave_up.attempts, len(flaky.requests)) == ("failed", 3, 3)
    finally:
        refusing.close()
        flaky.close()


def test_an_unreachable_receiver_is_retried(db: Database) -> None:
    run_id = make_run(db)
    url = f"http://127.0.0.1:{free_port()}/hook/SECRET-PATH-TOKEN"
    add_channel(db, url)
    fire(db, run_id)
    assert sender_for(db).send_due() == 0
    [row] = deliveries(db)
    assert row.status == "pending" and row.attempts == 1
    assert row.last_error == f"ConnectionError posting to {channels.mask_url(url)}"
    assert "SECRET-PATH-TOKEN" not in (row.last_error or "")


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_hanging_receiver_delays_only_its_own_channel(db: Database) -> None:
    """One project's webhook that accepts and never answers must not hold another project's
    alerts back: the worker sends each channel in its own task."""
    hanging = Receiver(delay=30.0)
    prompt = Receiver()
    settings = Config(
        database_url=str(db.engine.url),
        public_url=PUBLIC_URL,
        allow_private_channels=True,
        notify_interval_s=0.1,
        notify_timeout_s=4.0,
        notify_backoff_s=60.0,
    )
    worker = Worker(settings)
    try:
        stuck_run, other_run = make_run(db), make_run(db, project="other", name="lr-1e-3")
        add_channel(db, hanging.url)
        add_channel(db, prompt.url, project="other")
        fire(db, stuck_run)  # its delivery is the older one: a serial sender would take it first
        fire(db, other_run)
        worker.start()
        assert hanging.arrived.wait(5.0)
        assert prompt.arrived.wait(2.0), "the other project's alert waited behind the hang"
        fire(db, other_run, "spike", evidence={"value": 9.0, "peak": 9.5, "median": 1.0})
        assert wait_for(lambda: len(prompt.requests) == 2, 2.0), "a later alert waited too"
        assert len(hanging.requests) == 1  # still in flight: never sent twice meanwhile

        # The hang ends at the timeout: that row waits for its retry, the others were sent.
        def stuck_rows() -> list[Delivery]:
            return [d for d in deliveries(db) if d.status == "pending" and d.claimed_by is None]

        assert wait_for(lambda: bool(stuck_rows()), 8.0)
        [row] = stuck_rows()
        assert (row.attempts, [d.status for d in deliveries(db)].count("sent")) == (1, 2)
        assert (row.last_error or "").startswith("ReadTimeout posting to")
    finally:
        worker.stop()
        hanging.close()
        prompt.close()


def test_slow_receivers_take_turns_with_the_others(db: Database) -> None:
    """Eight receivers that answer, slowly, a backlog each: they do not hold the delivery
    threads until their backlogs are through; another project's alert goes out meanwhile."""
    slow = [Receiver(delay=0.4) for _ in range(8)]
    prompt = Receiver()
    try:
        busy_runs = [make_run(db, project="busy", name=f"lr-{n}") for n in range(6)]
        other_run = make_run(db, project="other")
        for receiver in slow:
            add_channel(db, receiver.url, project="busy")
        add_channel(db, prompt.url, project="other")
        for run_id in busy_runs:  # 6 alerts x 8 channels queued first
            fire(db, run_id)
        fire(db, other_run)
        sender = sender_for(db, notify_timeout_s=0.6)
        tasks = sender.dispatch_due()
        assert prompt.arrived.wait(10.0)
        answered = sum(len(r.requests) for r in slow)
        # Each slow channel's task sends for about notify_timeout_s (2 rows), then the round
        # ends: the other project's alert went out before half of the 48 slow rows did.
        assert answered <= 24, f"{answered} slow rows went first"
        for task in tasks:
            task.result()
        assert sender.send_due() + sum(len(r.requests) for r in slow) >= 48
        assert {d.status for d in deliveries(db)} == {"sent"}
    finally:
        for receiver in (*slow, prompt):
            receiver.close()


def test_parallel_apprise_failures_keep_their_own_words(db: Database) -> None:
    """Apprise logs every send's failure to one logger; sent in parallel, each row records
    its own receiver's answer, not the other channel's."""
    slow_500 = Receiver(statuses=[500], delay=1.0)
    fast_503 = Receiver(statuses=[503], delay=0.2)
    try:
        alpha, bravo = make_run(db, project="alpha"), make_run(db, project="bravo")
        for receiver, project in ((slow_500, "alpha"), (fast_503, "bravo")):
            port = receiver.server.server_address[1]
            add_channel(db, f"json://127.0.0.1:{port}/hook", project=project)
        fire(db, alpha)
        fire(db, bravo)
        assert sender_for(db, notify_backoff_s=60.0).send_due() == 0
        first, second = deliveries(db)
        # By the answer's words, not a bare number: a receiver's port can hold one (40503).
        assert "error=500" in (first.last_error or "")
        assert "error=503" not in (first.last_error or "")
        assert "error=503" in (second.last_error or "")
        assert "error=500" not in (second.last_error or "")
    finally:
        slow_500.close()
        fast_503.close()


def test_a_resolution_waits_while_its_firing_is_retried(db: Database) -> None:
    """A firing that failed once waits its backoff; its resolution, due at once, must not
    reach the person first (the incident would then read as still firing)."""
    flaky = Receiver(statuses=[503])
    try:
        run_id = make_run(db)
        add_channel(db, flaky.url)
        alert_id = fire(db, run_id)
        sender = sender_for(db, notify_backoff_s=0.4)
        assert sender.send_due() == 0  # 503: the firing waits 0.2-0.4 s
        resolve(db, alert_id)
        assert sender.send_due() == 0  # the resolution waits for it
        assert wait_for(lambda: (sender.send_due(), len(flaky.requests))[1] == 3, 5.0)
        assert [body["event"] for body in flaky.bodies()] == ["fired", "fired", "resolved"]
    finally:
        flaky.close()


def test_a_sender_that_lost_the_lead_stops_sending(db: Database) -> None:
    """Another process leads now (its sender takes the rows over): the tasks under way send
    no further row, and no new round starts."""
    receiver = Receiver(delay=0.3)
    try:
        run_ids = [make_run(db, name=f"lr-{n}") for n in range(5)]
        add_channel(db, receiver.url)
        for run_id in run_ids:
            fire(db, run_id)
        sender = sender_for(db, notify_timeout_s=5.0)
        [task] = sender.dispatch_due()
        assert receiver.arrived.wait(5.0)
        sender.leading.clear()
        assert task.result()[0] <= 2
        assert sender.dispatch_due() == []
        assert len(receiver.requests) <= 2
    finally:
        receiver.close()


# --- flapping ---------------------------------------------------------------------------------


def test_a_flapping_condition_sends_one_firing_and_one_resolution(
    db: Database, receiver: Receiver
) -> None:
    run_id = make_run(db)
    add_channel(db, receiver.url)
    sender = sender_for(db, notify_flap_s=0.6)
    first = fire(db, run_id, "spike", evidence={"value": 9.0, "peak": 9.5, "median": 1.0})
    assert sender.send_due() == 1
    last = first
    for _ in range(3):  # resolves and fires again within the flap window, three times
        resolve(db, last)
        sender.send_due()
        last = fire(db, run_id, "spike", evidence={"value": 9.0, "peak": 9.5, "median": 1.0})
        sender.send_due()
    assert [body["event"] for body in receiver.bodies()] == ["fired"]
    resolve(db, last)
    sender.send_due()
    assert len(receiver.requests) == 1  # the resolution waits for the window
    time.sleep(0.7)
    assert sender.send_due() == 1
    fired, resolved = receiver.bodies()
    assert (fired["alert"]["id"], resolved["event"], resolved["alert"]["id"]) == (
        first,
        "resolved",
        last,
    )
    statuses = [d.status for d in deliveries(db)]
    assert statuses.count("sent") == 2 and statuses.count("skipped") == 6

    # Once resolved for good (and told), the next firing is news again.
    time.sleep(0.1)
    fire(db, run_id, "spike", evidence={"value": 9.0, "peak": 9.5, "median": 1.0})
    assert sender.send_due() == 1


# --- messages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("detector", "evidence", "headline", "action"),
    [
        (
            "overfitting",
            OVERFITTING,
            "val loss has not improved for 6 evaluations while train loss fell 18%; best step "
            "4,200",
            "Keep the checkpoint of step 4,200",
        ),
        ("divergence", DIVERGENCE, "train loss diverged at step 5,000", "Roll back to step 1,180"),
        (
            "divergence",
            {"key": "val/loss", "value": 577.5, "best": 6.066, "rollback_step": None},
            "val loss diverged at step 5,000",
            "No step before it is known to have been calm",
        ),
        (
            "spike",
            {"value": 8.0, "peak": 9.5, "highest": 11.2, "highest_step": 4998, "points": 5,
             "median": 1.25, "z": 40.0, "rollback_step": 4990},  # fmt: skip
            "train loss spiked to 11.2 at step 4,998 (recent median 1.25)",
            "roll back to step 4,990",
        ),
        (
            "spike",
            {"key": "val/loss", "value": 7.42, "peak": 7.42, "median": 1.44, "rollback_step": 1},
            "val loss spiked to 7.42 at step 5,000 (best 1.44)",
            "val loss is 7.42 at step 5,000, against its best 1.44",
        ),
        (
            "plateau",
            {"key": "val/loss", "value": 1.0, "best": 0.99, "best_step": 3000, "patience": 10},
            "val loss has not improved for more than 10 points; best 0.99 at step 3,000",
            "Lower the learning rate",
        ),
        ("stale", {"value": 1500.0, "threshold": 600.0}, "no data for 25 min", "alive"),
        (
            "regularization",
            {"value": 0.6, "threshold": 0.5},
            "the regularization penalty is 60% of the total loss",
            "coefficient",
        ),
    ],
)
def test_messages_say_what_happened_and_what_to_do(
    sqlite_url: str, detector: str, evidence: dict[str, Any], headline: str, action: str
) -> None:
    project = Project(id=1, name="demo", detector_settings={})
    run = Run(id=7, project=project, name="lr-3e-4", status="running", config={})
    alert = Alert(
        id=3, run_id=7, detector=detector, severity="warning", state="firing", opened_step=5000,
        opened_at=utcnow(), message="Detector words.", evidence=evidence,
    )  # fmt: skip
    message = notify.render("fired", alert, run, f"{PUBLIC_URL}/runs/7")
    assert headline in message.title and headline[0].upper() + headline[1:] in message.body
    assert action in message.body
    assert message.body.endswith(f"Dashboard: {PUBLIC_URL}/runs/7")
