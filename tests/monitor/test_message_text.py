"""Messages are text: a run named with mentions, markup and links reaches a webhook, a JSON
(apprise) receiver and a mailbox with all of them inert; only the run's own link stays one."""

from __future__ import annotations

import re
from typing import Any

import pytest

from lossmon.server.notify import plain
from tests.conftest import wait_for
from tests.monitor.test_delivery import (
    PUBLIC_URL,
    Mailbox,
    Receiver,
    add_channel,
    body_text,
    fire,
    make_run,
    sender_for,
)

HOSTILE = "<!channel> @here <@U123> *bold* [click](http://evil.example/x) www.evil.example"
ACTIVE = ["<!channel>", "@here", "<@U123>", "http://evil", "www.evil", "](http"]


def _assert_inert(text: str, run_id: int) -> None:
    for active in ACTIVE:
        assert active not in text, (active, text)
    assert f"{PUBLIC_URL}/runs/{run_id}" in text  # the run's own link is intact
    links = re.findall(r"https?://[^\s)\]]+", text)
    assert links == [f"{PUBLIC_URL}/runs/{run_id}"], links


def test_plain_breaks_mentions_and_links_but_reads_the_same() -> None:
    made = plain(HOSTILE)
    assert made.replace("\u200b", "") == HOSTILE
    for active in ACTIVE:
        assert active not in made


@pytest.fixture
def mailbox() -> Any:
    box = Mailbox()
    yield box
    box.controller.stop()


def test_hostile_run_names_arrive_as_text_everywhere(db: Any, mailbox: Mailbox) -> None:
    webhook, json_receiver = Receiver(), Receiver()
    try:
        add_channel(db, webhook.url)
        add_channel(db, json_receiver.url.replace("http://", "json://"))
        add_channel(db, mailbox.url)
        run_id = make_run(db, name=HOSTILE)
        fire(db, run_id)
        sender_for(db).send_due()
        wait_for(lambda: webhook.requests and json_receiver.requests and mailbox.messages)
        sent = webhook.bodies()[0]
        _assert_inert(sent["title"] + "\n" + sent["text"], run_id)
        assert sent["run"]["name"] == HOSTILE  # the data field keeps the name as it is
        posted = json_receiver.bodies()[0]
        _assert_inert(posted["title"] + "\n" + posted["message"], run_id)
        mail = mailbox.messages[0]
        _assert_inert(str(mail["Subject"]) + "\n" + body_text(mail), run_id)
    finally:
        webhook.close()
        json_receiver.close()
