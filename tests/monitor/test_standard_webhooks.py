"""Generic webhooks carry the Standard Webhooks headers: a receiver verifies them with the
`standardwebhooks` library (the specification's reference implementation), as it is."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from standardwebhooks import Webhook, WebhookVerificationError

from lossmon.server import channels
from lossmon.server.db import Database
from lossmon.server.store import get_or_create_project
from tests.monitor.test_delivery import (
    DIVERGENCE,
    SECRET,
    Receiver,
    add_channel,
    fire,
    make_run,
    sender_for,
    verify,
)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def test_a_generated_secret_verifies_with_the_library_as_it_is(
    db: Database, receiver: Receiver
) -> None:
    with db.session() as session:
        project = get_or_create_project(session, "demo")
        new = channels.create_channel(session, project, receiver.url, allow_private=True)
    secret = new.generated_secret
    assert secret is not None and secret.startswith("whsec_")
    fire(db, make_run(db), "divergence", "critical", evidence=DIVERGENCE)

    assert sender_for(db).send_due() == 1
    [got] = receiver.requests
    payload = Webhook(secret).verify(got.body, got.headers)
    assert payload["event"] == "fired" and payload["alert"]["detector"] == "divergence"
    assert got.headers["webhook-id"] == f"msg_{payload['delivery_id']}"
    # The X-Lossmon signature is still there for existing receivers.
    assert verify(secret, got.headers, got.body)

    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(got.body.replace(b"divergence", b"spike"), got.headers)
    other = Webhook("whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=")
    with pytest.raises(WebhookVerificationError):
        other.verify(got.body, got.headers)


def test_a_chosen_secret_verifies_as_its_bytes_and_retries_keep_the_id(db: Database) -> None:
    flaky = Receiver(statuses=[503])
    try:
        add_channel(db, flaky.url, secret=SECRET)
        fire(db, make_run(db))
        sender = sender_for(db, notify_backoff_s=0.05)
        assert sender.send_due() == 0
        time.sleep(0.2)
        assert sender.send_due() == 1
        first, retry = flaky.requests
        for got in (first, retry):
            Webhook(SECRET.encode()).verify(got.body, got.headers)
        # One delivery, one message id: the receiver drops a retry it has already handled.
        assert first.headers["webhook-id"] == retry.headers["webhook-id"]
    finally:
        flaky.close()
