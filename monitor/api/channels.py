"""Notification channels over the API: list, add, remove, test; a project token each time.

Responses show a channel through `channels.channel_json` (masked URL, never the secret); the
generated signing secret appears once, in the response that created it.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from flask import Blueprint, Response, current_app, request
from sqlalchemy.orm import Session

from lossmon.server import channels, notify
from lossmon.server.api import openapi
from lossmon.server.api.common import config, json_body, json_response
from lossmon.server.auth import require_writer, writable_project
from lossmon.server.db import get_db
from lossmon.server.errors import ApiError, bad_request, not_found
from lossmon.server.models import Channel, Project
from lossmon.server.throttle import Throttle
from lossmon.server.wire import require_object

bp = Blueprint("channels", __name__)


def _channel(session: Session, channel_id: int) -> tuple[Channel, Project]:
    writer = require_writer(session)
    channel = session.get(Channel, channel_id)
    if channel is None:
        raise not_found(f"channel {channel_id} does not exist")
    writer.check(channel.project_id)
    return channel, channel.project


@bp.get("/projects/<name>/channels")
def list_channels(name: str) -> Response:
    with get_db().session() as session:
        project = writable_project(session, name)
        found = channels.list_channels(session, project.id)
        return json_response({"channels": [channels.channel_json(c, project.name) for c in found]})


@bp.post("/projects/<name>/channels")
def add_channel(name: str) -> Response:
    body = require_object(json_body())
    unknown = sorted(set(body) - {"url", "secret", "min_severity", "events"})
    if unknown:
        raise bad_request(f"unknown fields: {', '.join(unknown)}", [{"field": f} for f in unknown])
    url, secret = body.get("url"), body.get("secret")
    if not isinstance(url, str) or (secret is not None and not isinstance(secret, str)):
        raise bad_request("url (and secret, if given) must be strings", [{"field": "url"}])
    min_severity = body.get("min_severity", "warning")
    events = body.get("events", list(channels.EVENTS))
    if not isinstance(min_severity, str) or not isinstance(events, (list, str)):
        raise bad_request("min_severity is a string; events a list", [{"field": "events"}])
    with get_db().session() as session:
        project = writable_project(session, name)
        try:
            new = channels.create_channel(
                session,
                project,
                url,
                secret,
                min_severity,
                events,
                allow_private=config().allow_private_channels,
            )
        except channels.ChannelError as error:
            raise bad_request(str(error), [{"field": error.field}]) from None
        payload: dict[str, Any] = channels.channel_json(new.channel, project.name)
        if new.generated_secret:
            payload["secret"] = new.generated_secret
        return json_response(payload, 201)


@bp.delete("/channels/<int:channel_id>")
def remove_channel(channel_id: int) -> Response:
    with get_db().session() as session:
        channel, _ = _channel(session, channel_id)
        channels.remove_channel(session, channel.id)
        return json_response({"id": channel_id, "deleted": True})


#: Channel tests: one per channel every TEST_WINDOW_S seconds, TEST_PER_PROJECT per project.
TEST_WINDOW_S = 10.0
TEST_PER_PROJECT = 6
TEST_TIMEOUT_S = 5.0


def _test_throttles() -> tuple[Throttle, Throttle]:
    """Return this app's limits of channel tests: (per channel, per project)."""
    found: tuple[Throttle, Throttle] = current_app.extensions.setdefault(
        "lossmon.channel_tests", (Throttle(1, TEST_WINDOW_S), Throttle(TEST_PER_PROJECT, 60.0))
    )
    return found


# Tests are sent off the request thread, a few at a time; the request waits a bounded time.
_test_senders = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lossmon-channel-test")
log = logging.getLogger(__name__)


@bp.post("/channels/<int:channel_id>/test")
def test_channel(channel_id: int) -> Response:
    """Send a test notification now (not through the outbox); say whether it was delivered.

    Only delivered or not: what the receiver answered (status, body, timing) stays in the
    server's log, so this cannot be used to probe what lies behind a URL.
    """
    with get_db().session() as session:
        channel, project = _channel(session, channel_id)
        project_name = project.name
        session.expunge(channel)
    by_channel, by_project = _test_throttles()
    wait = by_channel.wait_s(str(channel_id)) or by_project.wait_s(project_name)
    if wait or by_channel.hit(str(channel_id)) or by_project.hit(project_name):
        error = ApiError(429, "too_many_requests", "too many channel tests; retry later")
        response, status = error.to_response()
        response.status_code = status
        response.headers["Retry-After"] = str(max(1, round(wait or TEST_WINDOW_S)))
        return response
    base = config().public_url.rstrip("/") or request.host_url.rstrip("/")
    message = notify.test_message(project_name, channel_id, f"{base}/projects/{project_name}")
    timeout = min(config().notify_timeout_s, TEST_TIMEOUT_S)
    sent = _test_senders.submit(
        notify.deliver, channel, message, timeout,
        allow_private=config().allow_private_channels,
    )  # fmt: skip
    try:
        outcome = sent.result(timeout=timeout + 1.0)
    except FutureTimeout:
        log.info("channel %s test: no answer within %.0f s", channel_id, timeout)
        delivered = False
    else:
        delivered = outcome.ok
        if not outcome.ok:
            log.info("channel %s test not delivered: %s", channel_id, outcome.error)
    return json_response(
        {
            "id": channel_id,
            "delivered": delivered,
            "error": None if delivered else "not delivered (the server's log says why)",
        }
    )


_CHANNEL_ID = {"name": "channel_id", "in": "path", "required": True, "schema": {"type": "integer"}}
_PROJECT = {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
_WRITE: list[dict[str, list[str]]] = [{"bearerAuth": []}]
_ERRORS = {
    "401": openapi._error_response("No token, or an unknown or revoked one"),
    "403": openapi._error_response("The token belongs to another project"),
}

openapi.SCHEMAS["Channel"] = {
    "type": "object",
    "required": ["id", "kind", "url", "signed", "min_severity", "events"],
    "properties": {
        "id": {"type": "integer"},
        "project": {"type": ["string", "null"]},
        "kind": {"type": "string", "enum": ["webhook", "apprise"]},
        "url": {"type": "string", "description": "Masked: no password, path tokens or query"},
        "signed": {"type": "boolean", "description": "Whether webhook bodies are signed"},
        "min_severity": {"type": "string", "enum": ["info", "warning", "critical"]},
        "events": {"type": "array", "items": {"type": "string", "enum": ["fired", "resolved"]}},
        "created_at": {"type": ["string", "null"], "format": "date-time"},
        "secret": {
            "type": "string",
            "description": "Only when created without one: the generated signing secret, once",
        },
    },
}
openapi.SCHEMAS["ChannelCreate"] = {
    "type": "object",
    "required": ["url"],
    "additionalProperties": False,
    "properties": {
        "url": {"type": "string", "description": "http(s) webhook, or an apprise URL"},
        "secret": {"type": "string", "minLength": 16, "maxLength": 200},
        "min_severity": {"type": "string", "enum": ["info", "warning", "critical"]},
        "events": {"type": "array", "items": {"type": "string", "enum": ["fired", "resolved"]}},
    },
}
openapi.PATHS["/api/v1/projects/{name}/channels"] = {
    "parameters": [_PROJECT],
    "get": {
        "summary": "The project's notification channels (URLs masked, no secrets)",
        "security": _WRITE,
        "responses": {
            "200": openapi._json(
                {
                    "type": "object",
                    "required": ["channels"],
                    "properties": {"channels": {"type": "array", "items": openapi._ref("Channel")}},
                }
            ),
            **_ERRORS,
            "404": openapi._error_response("No such project"),
        },
    },
    "post": {
        "summary": "Add a channel; a webhook without a secret gets one, returned this once",
        "security": _WRITE,
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": openapi._ref("ChannelCreate")}},
        },
        "responses": {
            "201": openapi._json(openapi._ref("Channel"), "The new channel"),
            "400": openapi._error_response("Bad URL, severity or events"),
            **_ERRORS,
            "404": openapi._error_response("No such project"),
        },
    },
}
openapi.PATHS["/api/v1/channels/{channel_id}"] = {
    "parameters": [_CHANNEL_ID],
    "delete": {
        "summary": "Remove a channel (and its pending deliveries)",
        "security": _WRITE,
        "responses": {
            "200": openapi._json(
                {
                    "type": "object",
                    "required": ["id", "deleted"],
                    "properties": {"id": {"type": "integer"}, "deleted": {"type": "boolean"}},
                }
            ),
            **_ERRORS,
            "404": openapi._error_response("No such channel"),
        },
    },
}
openapi.PATHS["/api/v1/channels/{channel_id}/test"] = {
    "parameters": [_CHANNEL_ID],
    "post": {
        "summary": "Send a test notification now; say whether the receiver acknowledged it",
        "security": _WRITE,
        "responses": {
            "200": openapi._json(
                {
                    "type": "object",
                    "required": ["id", "delivered", "error"],
                    "properties": {
                        "id": {"type": "integer"},
                        "delivered": {"type": "boolean"},
                        "error": {
                            "type": ["string", "null"],
                            "description": "Not delivered; never the receiver's answer",
                        },
                    },
                }
            ),
            "429": openapi._error_response("Tested too often: see Retry-After"),
            **_ERRORS,
            "404": openapi._error_response("No such channel"),
        },
    },
}
