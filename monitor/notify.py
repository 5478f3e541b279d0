"""What a notification says and how it travels: the generic webhook, or apprise.

`render` turns an alert event into words a person can act on (what happened, the value and
the step, the suggested action, the run's dashboard link) plus the webhook's JSON payload.
`deliver` sends it once and reports whether the receiver acknowledged it; retries, backoff and
bookkeeping belong to the outbox (monitor/outbox.py).

The generic webhook signs each body twice. lossmon's own headers, kept for existing receivers:
`X-Lossmon-Timestamp: <unix seconds>` and
`X-Lossmon-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>`. And the
Standard Webhooks headers (https://www.standardwebhooks.com), so a receiver verifies with that
project's libraries: `webhook-id` (the same on every retry of a delivery), `webhook-timestamp`
and `webhook-signature: v1,<base64 HMAC-SHA256(key, id + "." + timestamp + "." + body)>`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import math
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests

from lossmon.server.channels import (
    SECRET_PREFIX,
    ChannelError,
    is_webhook,
    load_apprise,
    mask_url,
    police,
    redactor,
)
from lossmon.server.models import Alert, Channel, Run
from lossmon.server.wire import alert_json, dumps

log = logging.getLogger(__name__)

USER_AGENT = "lossmon-webhook/1"
#: HTTP answers worth trying again; any other non-2xx will not get better by itself.
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Message:
    event: str  # fired | resolved | test
    title: str
    body: str
    severity: str
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    """What the receiver said: ok (acknowledged), or an error and whether to retry."""

    ok: bool
    error: str = ""
    retry: bool = True
    retry_after: float | None = None


# --- messages ---------------------------------------------------------------------------------


def _words(key: Any) -> str:
    return str(key).replace("/", " ").replace("_", " ")


def _evaluations(count: Any) -> str:
    """ "1 evaluation", "3 evaluations" ("? evaluations" when the evidence lacks the count)."""
    return (
        f"{count} evaluation"
        if count == 1
        else f"{count if count is not None else '?'} evaluations"
    )


def _num(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return f"{value:.4g}"


def _share(ev: Mapping[str, Any], key: str, render: Callable[[float], str], missing: str) -> str:
    """Return an evidence share rendered as words, `missing` where the evidence lacks it."""
    try:
        return render(float(ev[key]))
    except (KeyError, TypeError, ValueError):
        return missing


def _step(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _keys(run: Run) -> dict[str, Any]:
    """Return the run's effective detector settings (series keys the messages name)."""
    # Imported here: lossmon.server.alerts imports the outbox, which imports this module.
    from lossmon.server.alerts import effective_settings

    try:
        return effective_settings(run.project, run.config or {})
    except Exception:  # settings are validated when written; words fall back to defaults
        return {}


def describe(alert: Alert, run: Run) -> tuple[str, str, str]:
    """Return (headline, value line, suggested action) for a firing alert, in words."""
    ev: Mapping[str, Any] = alert.evidence or {}
    settings = _keys(run)
    # The step the evidence's numbers are from (its condition's first; `for` fires it later).
    step = _step(ev.get("at_step", alert.opened_step))
    detector = alert.detector
    if detector == "overfitting":
        cfg = settings.get("overfitting", {})
        val, train = (
            _words(cfg.get("val_key", "val/loss")),
            _words(cfg.get("train_key", "train/loss")),
        )
        best_step = _step(ev.get("best_step"))
        if ev.get("validation_only"):
            # No training loss logged: nothing fell, no gap; the words claim no overfit.
            return (
                f"{val} getting worse for {_evaluations(ev.get('evaluations_since_best'))} "
                f"(no {train} logged); best step {best_step}",
                f"{val} is {_num(ev.get('value'))} at step {step} (best {_num(ev.get('best'))} at "
                f"step {best_step}).",
                f"Keep the checkpoint of step {best_step}; log {train} to tell overfitting from "
                "a run getting worse.",
            )
        try:
            fell = 100.0 * (ev["train_at_best"] - ev["train"]) / abs(ev["train_at_best"])
            fell_text = f" while {train} fell {fell:.0f}%"
        except (KeyError, TypeError, ZeroDivisionError):
            fell_text = f" while {train} kept falling"
        return (
            f"{val} has not improved for {_evaluations(ev.get('evaluations_since_best'))}"
            f"{fell_text}; best step {best_step}",
            f"{val} is {_num(ev.get('value'))} at step {step} (best {_num(ev.get('best'))} at "
            f"step {best_step}); the gap to {train} grew from {_num(ev.get('gap_at_best'))} to "
            f"{_num(ev.get('gap'))}.",
            f"Keep the checkpoint of step {best_step}; stop early, or add regularization or data.",
        )
    rollback = ev.get("rollback_step")
    if detector == "divergence":
        # The series that triggered (train or val), with that series' own value and best.
        key = _words(ev.get("key") or settings.get("divergence", {}).get("key", "train/loss"))
        why = ev.get("rollback_why") or "the last step whose loss was within the noise of its best"
        action = (
            f"Roll back to step {_step(rollback)} ({why}) and lower the learning rate."
            if rollback is not None
            else "No step before it is known to have been calm: restart from the start (or "
            "your last good checkpoint) with a lower learning rate."
        )
        best = ev.get("best")
        # An early rise has no settled best yet: the words say what it is measured against.
        best_text = (
            f" (best {_num(best)})"
            if isinstance(best, (int, float)) and math.isfinite(best)
            else ""
        )
        return (
            f"{key} diverged at step {step}",
            f"{key} is {_num(ev.get('value'))} at step {step}{best_text}.",
            action,
        )
    if detector == "spike":
        spike_key = settings.get("spike", {}).get("key", "train/loss")
        key = _words(ev.get("key") or spike_key)
        back = f"roll back to step {_step(rollback)}" if rollback is not None else "roll back"
        against = "recent median" if (ev.get("key") or spike_key) == spike_key else "best"
        # The headline quotes a logged point (the highest of the excursion, at its own step);
        # the value line the level the rule judged, said to be one (a short median).
        top, top_step = ev.get("highest"), ev.get("highest_step")
        spiked = f"{_num(ev.get('peak', ev.get('value')))} at step {step}"  # an evaluation
        if against == "recent median":
            spiked = (
                f"{_num(top)} at step {_step(top_step)}"
                if top is not None and top_step is not None
                else f"a level of {spiked}"
            )
        points = ev.get("points")
        level = f"the median of its last {points} points" if points else "a short median"
        return (
            f"{key} spiked to {spiked} ({against} {_num(ev.get('median'))})",
            f"{key} level ({level}) is {_num(ev.get('value'))} at step {step}; robust z "
            f"{_num(ev.get('z'))} above the threshold {_num(ev.get('threshold'))}."
            if against == "recent median"
            else f"{key} is {_num(ev.get('value'))} at step {step}, against its best "
            f"{_num(ev.get('median'))}.",
            f"If it does not recover, {back}; consider a lower learning rate or gradient clipping.",
        )
    if detector == "plateau" and ev.get("dropped_from") is not None:
        key, since = _words(ev.get("key", "train/loss")), _step(ev.get("since_step"))
        return (
            f"{key} fell to exactly 0 at step {since}",
            f"{key} was {_num(ev['dropped_from'])} before step {since} and has been exactly 0 "
            f"since.",
            "Check the loss and the batches it is computed on (labels all masked or ignored, "
            "a NaN or an overflow written as 0), or stop the run: no learning rate helps.",
        )
    if detector == "plateau" and ev.get("rule") == "stall":
        key = _words(ev.get("key", "train/loss"))
        return (
            f"{key} has stalled since step {_step(ev.get('since_step'))}",
            f"{key} level is {_num(ev.get('value'))} since step {_step(ev.get('since_step'))} "
            f"(before it {_num(ev.get('level_before'))}).",
            "Raise or restore the learning rate, or stop the run.",
        )
    if detector == "plateau" and ev.get("rule") == "frozen":
        key = _words(ev.get("key", "val/loss"))
        within = _share(ev, "tolerance", "{:.2%}".format, "a hair")
        return (
            f"{key} has not moved since step {_step(ev.get('since_step'))}",
            f"{key} has stayed within {within} of {_num(ev.get('value'))} since step "
            f"{_step(ev.get('since_step'))}.",
            "The model has stopped learning: check the learning rate and whether its outputs "
            "are constant.",
        )
    if detector == "plateau" and ev.get("rule") == "chance":
        key = _words(ev.get("key", "val/loss"))
        return (
            f"{key} has stayed at chance level (ln {ev.get('classes')} = "
            f"{_num(ev.get('chance_loss'))}) since step {_step(ev.get('since_step'))}",
            f"{key} is between {_num(ev.get('low'))} and {_num(ev.get('high'))} over its "
            f"{ev.get('points')} points since step {_step(ev.get('since_step'))}.",
            "Check the labels, the learning rate and the input pipeline.",
        )
    if detector == "plateau" and ev.get("rule") == "little_progress":
        key = _words(ev.get("key", "val/loss"))
        moved = _share(ev, "since_first", lambda share: f"{100 * share:.2g} %", "little")
        return (
            f"{key} has improved by only {moved} since its first evaluation",
            f"{key} is {_num(ev.get('value'))} at step {step} (first evaluation "
            f"{_num(ev.get('first'))}, best {_num(ev.get('best'))}).",
            "Check the learning rate (too low?), the labels and the input pipeline, or stop "
            "the run.",
        )
    if detector == "plateau" and ev.get("rule") == "end":
        key = _words(ev.get("key", "val/loss"))
        return (
            f"{key} stopped improving {ev.get('points_since_best')} of its "
            f"{ev.get('points')} points before the run ended; best {_num(ev.get('best'))} at "
            f"step {_step(ev.get('best_step'))}",
            f"{key} had not improved on its best by more than its threshold since step "
            f"{_step(ev.get('threshold_best_step'))}, when the run ended at step {step}.",
            f"Keep the checkpoint of step {_step(ev.get('best_step'))}; stop such runs earlier "
            "(early stopping) or lower the learning rate sooner.",
        )
    if detector == "plateau":
        key = _words(ev.get("key", "val/loss"))
        return (
            f"{key} has not improved for more than {ev.get('patience', '?')} points; best "
            f"{_num(ev.get('best'))} at step {_step(ev.get('best_step'))}",
            f"{key} is {_num(ev.get('value'))} at step {step}.",
            "Lower the learning rate (ReduceLROnPlateau would cut it at step "
            f"{_step(ev.get('cut_step'))}), or stop the run."
            if ev.get("cut_step") is not None
            else "Lower the learning rate, or stop the run.",
        )
    if detector == "regularization":
        share = ev.get("value")
        bound = ev.get("threshold")
        return (
            f"the regularization penalty is {share:.0%} of the total loss"
            if isinstance(share, float)
            else "the regularization penalty dominates the loss",
            f"penalty share {_num(share)} (bound {_num(bound)}) at step {step}.",
            "Lower the penalty coefficient (weight decay, L2).",
        )
    if detector == "perplexity":
        return (
            "perplexity does not match exp(loss)",
            f"ln(perplexity) is {_num(ev.get('value'))} but the loss is "
            f"{_num(ev.get('loss'))} at step {step}.",
            "Compute perplexity as exp(mean loss in nats), not per batch or in bits.",
        )
    if detector == "stale":
        silent = ev.get("value")
        minutes = f"{silent / 60:.0f} min" if isinstance(silent, (int, float)) else "a while"
        return (
            f"no data for {minutes}",
            f"last point at step {step}.",
            "Check that the training process is alive (crashed, hung, or offline).",
        )
    return (alert.message.split(". ")[0] or detector, f"at step {step}.", "")


def render(event: str, alert: Alert, run: Run, dashboard_url: str) -> Message:
    """Return the notification of `event` (fired | resolved) of `alert`."""
    project = run.project.name
    headline, value, action = describe(alert, run)
    where = f"{project}/{run.name}"
    if event == "resolved" and alert.resolved_by:
        # Not cleared: the incident goes on under the alert that took this one over.
        title = (
            f"[RESOLVED] {where}: {alert.detector} is now part of the {alert.resolved_by} alert "
            f"(step {_step(alert.resolved_step)})"
        )
        lines = [
            f"The {alert.detector} alert opened at step {_step(alert.opened_step)} is covered "
            f"from step {_step(alert.resolved_step)} by the {alert.resolved_by} alert: one "
            "incident, one alert.",
            f"It was: {headline}.",
            f"Follow the {alert.resolved_by} alert.",
        ]
    elif event == "resolved":
        title = f"[RESOLVED] {where}: {alert.detector} cleared at step {_step(alert.resolved_step)}"
        lines = [
            f"Resolved: the {alert.detector} alert opened at step {_step(alert.opened_step)} "
            f"has cleared at step {_step(alert.resolved_step)}{_lasted(alert)}.",
            f"It was: {headline}.",
            "No action needed.",
        ]
    else:
        title = f"[{alert.severity.upper()}] {where}: {headline}"
        lines = [f"{headline[:1].upper()}{headline[1:]}.", f"Value: {value}"]
        if action:
            lines.append(f"Action: {action}")
        if alert.message:
            lines.append(f"Details: {alert.message}")
    lines.append(f"Run: {where} (run {run.id}, {run.status})")
    # Names, keys and values are the user's words: inert in every channel's format. Only the
    # run's own dashboard link stays a link.
    title = plain(title)
    lines = [plain(line) for line in lines] + [f"Dashboard: {dashboard_url}"]
    payload = {
        "event": event,
        "title": title,
        "text": "\n".join(lines),
        "action": action if event == "fired" else "",
        "dashboard_url": dashboard_url,
        "project": {"name": project},
        "run": {"id": run.id, "name": run.name, "status": run.status, "url": dashboard_url},
        "alert": alert_json(alert),
    }
    return Message(event, title, "\n".join(lines), alert.severity, payload)


#: What makes text do more than read: mentions (@here, <!channel>, <@U…>), links (a scheme's
#: "://", "www."), and HTML or Slack markup ("<"). A zero-width space breaks each, visibly
#: unchanged; markdown and HTML characters are escaped by apprise (sent as TEXT).
_INERT = (
    ("@", "@\u200b"),
    ("<", "<\u200b"),
    ("://", ":\u200b//"),
    ("www.", "www\u200b."),
    ("](", "]\u200b("),
)


def plain(text: str) -> str:
    """Return `text` made inert: no mention, link or markup survives in any channel."""
    for active, inert in _INERT:
        text = text.replace(active, inert)
    return text


def _lasted(alert: Alert) -> str:
    if alert.resolved_at is None or alert.opened_at is None:
        return ""
    minutes = (alert.resolved_at - alert.opened_at).total_seconds() / 60
    return f" after {minutes:.0f} min" if minutes >= 1 else ""


def test_message(project: str, channel_id: int, dashboard_url: str) -> Message:
    """Return the message `lossmon channel test` sends."""
    text = plain(
        f"This is a test notification of lossmon channel {channel_id} (project {project}). "
        "Alerts of this project will arrive here."
    )
    text += f"\nDashboard: {dashboard_url}"
    title = f"[TEST] lossmon channel {channel_id} works"
    payload: dict[str, Any] = {
        "event": "test",
        "title": title,
        "text": text,
        "project": {"name": project},
        "dashboard_url": dashboard_url,
    }
    return Message("test", title, text, "info", payload)


# --- transports -------------------------------------------------------------------------------


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Return the X-Lossmon-Signature value of a body sent at `timestamp`."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def standard_webhook_key(secret: str) -> bytes:
    """Return the HMAC key of the Standard Webhooks signature.

    A `whsec_<base64>` secret (lossmon generates these) is its decoded bytes, as the
    specification says: a receiver passes the secret as it is, `Webhook(secret)`. Any other
    secret, one a user chose, is its UTF-8 bytes: the receiver passes `Webhook(secret.encode())`.
    """
    if secret.startswith(SECRET_PREFIX):
        try:
            key = base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
        except binascii.Error:
            key = b""
        if key:
            return key
    return secret.encode()


def sign_standard(secret: str, message_id: str, timestamp: str, body: bytes) -> str:
    """Return the `webhook-signature` value (Standard Webhooks, version v1)."""
    signed = message_id.encode() + b"." + timestamp.encode() + b"." + body
    digest = hmac.new(standard_webhook_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def deliver(
    channel: Channel,
    message: Message,
    timeout: float,
    delivery_id: int | None = None,
    *,
    allow_private: bool = False,
) -> Outcome:
    """Send `message` once; never raises, never puts the channel's secrets into the error.

    The destination policy (`channels.police`) is applied again here, at send time: the
    channel may predate it, or its host may resolve elsewhere now than when it was added.
    """
    redactor.remember(channel.url, channel.secret)
    try:
        police(channel.url, allow_private)
    except ChannelError as error:
        refused = redactor.scrub(error.message)
        return Outcome(False, f"refused by the destination policy: {refused}", retry=False)
    try:
        if is_webhook(channel.url):
            return _post_webhook(channel, message, timeout, delivery_id)
        return _notify_apprise(channel, message)
    except Exception as error:  # a transport bug must not kill the sender; the row records it
        return Outcome(False, redactor.scrub(f"{type(error).__name__}: {error}"))


def _post_webhook(
    channel: Channel, message: Message, timeout: float, delivery_id: int | None
) -> Outcome:
    body = dumps({**message.payload, "delivery_id": delivery_id})
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Lossmon-Event": message.event,
        "X-Lossmon-Timestamp": timestamp,
    }
    if delivery_id is not None:
        headers["X-Lossmon-Delivery"] = str(delivery_id)
    if channel.secret:
        headers["X-Lossmon-Signature"] = sign(channel.secret, timestamp, body)
        # The id names the delivery, not the attempt: a receiver drops a retry it has seen.
        message_id = f"msg_{delivery_id}" if delivery_id is not None else f"msg_{uuid.uuid4().hex}"
        headers["webhook-id"] = message_id
        headers["webhook-timestamp"] = timestamp
        headers["webhook-signature"] = sign_standard(channel.secret, message_id, timestamp, body)
    try:
        response = requests.post(
            channel.url, data=body, headers=headers, timeout=timeout, allow_redirects=False
        )
    except requests.RequestException as error:
        # requests' messages quote the URL (and so its tokens): say only what kind of failure.
        return Outcome(False, f"{type(error).__name__} posting to {mask_url(channel.url)}")
    if 200 <= response.status_code < 300:
        return Outcome(True)
    retry = response.status_code in RETRYABLE_STATUS
    note = "" if retry else " (not retried: fix the receiver or the channel URL)"
    return Outcome(
        False,
        f"HTTP {response.status_code} from {mask_url(channel.url)}{note}",
        retry=retry,
        retry_after=_retry_after(response.headers.get("Retry-After")),
    )


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


_APPRISE_TYPES = {"critical": "failure", "warning": "warning", "info": "info"}


def _notify_apprise(channel: Channel, message: Message) -> Outcome:
    apprise = load_apprise()
    notifier = apprise.Apprise()
    if not notifier.add(channel.url):
        return Outcome(False, f"not a valid apprise URL: {mask_url(channel.url)}", retry=False)
    # Green for a condition that cleared; an alert another took over is no good news.
    covered = message.event == "resolved" and message.payload.get("alert", {}).get("resolved_by")
    if message.event == "resolved" and not covered:
        kind = "success"
    else:
        kind = "info" if covered else _APPRISE_TYPES[message.severity]
    with _APPRISE_SENDS, apprise.LogCapture(level=logging.WARNING) as captured:
        accepted = notifier.notify(
            title=message.title,
            body=message.body,
            notify_type=apprise.NotifyType(kind),
            body_format=apprise.NotifyFormat.TEXT,  # escaped into each service's markup
        )
    if accepted:
        return Outcome(True)
    said = " ".join(str(captured.getvalue()).split())[-300:]
    return Outcome(False, f"{mask_url(channel.url)} refused: {redactor.scrub(said)}")


#: Apprise logs every send's failure to one logger, from its own worker threads: channels are
#: sent in parallel (outbox.py), so one apprise send at a time keeps each one's words its own.
_APPRISE_SENDS = threading.Lock()
