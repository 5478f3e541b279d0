"""Channels over the CLI and the API: add, list, remove, test; secrets shown once, URLs masked."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from lossmon.server.channels import mask_url
from lossmon.server.cli import main
from tests.conftest import make_token
from tests.monitor.test_delivery import (
    SECRET,
    Receiver,
    add_channel,
    deliveries,
    fire,
    make_run,
    sender_for,
    verify,
)

SLACK = "slack://T1234ABCD/B5678EFGH/abcdefghijklmnopqrstuvwx/#alerts"


@pytest.mark.parametrize(
    ("url", "shown", "hidden"),
    [
        (
            "https://hooks.example.com/services/T0/B0/XXSECRETXX",
            "https://hooks.example.com/***",
            "XXSECRETXX",
        ),
        (
            "https://user:pa55word@example.com:8443/hook?token=QTOKEN",
            "https://user:****@example.com:8443/***",
            "pa55word",
        ),
        ("https://example.com", "https://example.com", ""),
        (SLACK, "slack://T...D/***", "abcdefghijklmnopqrstuvwx"),
        ("discord://123456789/webhooktokenvalue", "discord://1...9/***", "webhooktokenvalue"),
        ("ntfy://ntfy.sh/private-topic-name", "ntfy://ntfy.sh/***", "private-topic-name"),
        (
            "mailto://bob:mailpass99@smtp.example.com?to=ops@example.com",
            "mailto://bob:****@smtp.example.com/***",
            "mailpass99",
        ),
    ],
)
def test_urls_are_shown_masked(url: str, shown: str, hidden: str) -> None:
    assert mask_url(url) == shown
    assert not hidden or hidden not in mask_url(url)


def test_channels_over_the_api(client: Any, auth: dict[str, str], db: Any) -> None:
    url = "https://hooks.example.com/services/T0/B0/XXSECRETXX"
    created = client.post("/api/v1/projects/demo/channels", json={"url": url}, headers=auth)
    assert created.status_code == 201
    body = created.get_json()
    secret = body.pop("secret")
    assert secret.startswith("whsec_") and len(secret) > 30
    assert body["url"] == "https://hooks.example.com/***" and body["signed"] is True
    assert (body["min_severity"], body["events"]) == ("warning", ["fired", "resolved"])

    given = client.post(
        "/api/v1/projects/demo/channels",
        json={"url": SLACK, "min_severity": "critical", "events": ["fired"]},
        headers=auth,
    ).get_json()
    assert "secret" not in given and given["kind"] == "apprise"

    listed = client.get("/api/v1/projects/demo/channels", headers=auth)
    text = listed.get_data(as_text=True)
    assert [c["id"] for c in listed.get_json()["channels"]] == [body["id"], given["id"]]
    for leak in (secret, "XXSECRETXX", "abcdefghijklmnopqrstuvwx"):
        assert leak not in text

    assert client.get("/api/v1/projects/demo/channels").status_code == 401
    other = {"Authorization": f"Bearer {make_token(db, 'other')}"}
    assert client.get("/api/v1/projects/demo/channels", headers=other).status_code == 403
    assert client.delete(f"/api/v1/channels/{given['id']}", headers=other).status_code == 403

    bad = client.post(
        "/api/v1/projects/demo/channels", json={"url": "nope://x"}, headers=auth
    ).get_json()
    assert bad["error"]["details"] == [{"field": "url"}]
    bad = client.post(
        "/api/v1/projects/demo/channels",
        json={"url": url, "events": ["fired", "paged"]},
        headers=auth,
    )
    assert bad.status_code == 400

    assert client.delete(f"/api/v1/channels/{given['id']}", headers=auth).get_json() == {
        "id": given["id"],
        "deleted": True,
    }
    assert client.delete(f"/api/v1/channels/{given['id']}", headers=auth).status_code == 404


def test_the_api_test_sends_a_signed_message(client: Any, auth: dict[str, str]) -> None:
    receiver = Receiver()
    try:
        created = client.post(
            "/api/v1/projects/demo/channels",
            json={"url": receiver.url, "secret": SECRET},
            headers=auth,
        ).get_json()
        answer = client.post(f"/api/v1/channels/{created['id']}/test", headers=auth).get_json()
        assert answer == {"id": created["id"], "delivered": True, "error": None}
        [got] = receiver.requests
        assert verify(SECRET, got.headers, got.body) and got.json()["event"] == "test"
    finally:
        receiver.close()


def test_channels_over_the_cli(runner: Any, sqlite_url: str, monkeypatch: Any) -> None:
    monkeypatch.setenv("LOSSMON_ALLOW_PRIVATE_CHANNELS", "1")  # the receiver is on 127.0.0.1
    receiver = Receiver(statuses=[200, 500])
    try:
        base = ["--database-url", sqlite_url]
        added = runner.invoke(main, ["channel", "add", "--project", "demo", receiver.url, *base])
        assert added.exit_code == 0, added.output
        lines = added.output.strip().splitlines()
        secret = lines[-1]
        assert secret.startswith("whsec_") and "/***" in lines[0] and "T0KEN" not in added.output

        added = runner.invoke(
            main,
            ["channel", "add", "--project", "demo", SLACK, "--min-severity", "critical",
             "--events", "fired", *base],
        )  # fmt: skip
        assert added.exit_code == 0 and "secret" not in added.output

        listed = runner.invoke(main, ["channel", "list", "--project", "demo", *base])
        assert listed.exit_code == 0
        assert "critical" in listed.output and "slack://T...D/***" in listed.output
        for leak in (secret, "T0KEN", "abcdefghijklmnopqrstuvwx"):
            assert leak not in listed.output

        tested = runner.invoke(main, ["channel", "test", "1", *base])
        assert tested.exit_code == 0 and "delivered" in tested.output
        assert verify(secret, receiver.requests[0].headers, receiver.requests[0].body)
        failed = runner.invoke(main, ["channel", "test", "1", *base])
        assert failed.exit_code == 1 and "HTTP 500" in failed.output

        bad = runner.invoke(main, ["channel", "add", "--project", "demo", "nope://x", *base])
        assert bad.exit_code == 2 and "apprise" in bad.output
        assert runner.invoke(main, ["channel", "remove", "2", *base]).exit_code == 0
        assert runner.invoke(main, ["channel", "remove", "2", *base]).exit_code == 1
    finally:
        receiver.close()


def test_secrets_stay_out_of_logs_and_errors(db: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    run_id = make_run(db)
    failing = Receiver(statuses=[500])
    try:
        path_token = "hooks/T0KEN-in-path"
        add_channel(db, failing.url, secret=SECRET)
        add_channel(db, "json://127.0.0.1:9/api/JSONPATHSECRET?token=QUERYSECRET")
        add_channel(db, "mailto://bob:MAILPASSWORD@127.0.0.1:9?from=a@example.com&to=b@example.com")
        fire(db, run_id)
        sender_for(db, notify_backoff_s=30).send_due()
        errors = " ".join(d.last_error or "" for d in deliveries(db))
        assert len(failing.requests) == 1 and "HTTP 500" in errors
        logged = caplog.text
        assert "delivery" in logged and "apprise" in logged.lower() or "JSON" in logged
        for leak in (SECRET, path_token, "JSONPATHSECRET", "QUERYSECRET", "MAILPASSWORD"):
            assert leak not in logged, leak
            assert leak not in errors, leak
    finally:
        failing.close()
