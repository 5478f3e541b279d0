"""Speak the wire protocol over one requests.Session and classify every answer.

The sender decides what to do from the classification alone: OK, RETRY (429, 5xx,
connection errors: they may get better) or REJECT (other 4xx: they will not).
"""

from __future__ import annotations

import dataclasses
import email.utils
import enum
import gzip
import logging
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests

from .values import dumps_compact

logger = logging.getLogger("lossmon.client")

MAX_RETRY_AFTER = 600.0  # never honour a Retry-After longer than this many seconds
USER_AGENT = "lossmon-client/0.1"


class Outcome(enum.Enum):
    OK = "ok"
    RETRY = "retry"
    REJECT = "reject"


@dataclass(frozen=True)
class Reply:
    """What came back from one request, already classified."""

    outcome: Outcome
    status: int | None = None
    body: Any = None
    retry_after: float | None = None
    message: str = ""
    # Values the server refused (400 naming their points) and that were left out of a
    # batch sent again without them; the first reason, for the log.
    refused: int = 0
    refused_points: int = 0
    refused_reason: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK

    def describe(self) -> str:
        where = f"HTTP {self.status}" if self.status is not None else "no answer"
        return f"{where}: {self.message}" if self.message else where


def parse_retry_after(value: str | None) -> float | None:
    """Return the seconds a Retry-After header asks for (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def classify(status: int) -> Outcome:
    if 200 <= status < 300:
        return Outcome.OK
    if status in (408, 429) or status >= 500:
        return Outcome.RETRY
    return Outcome.REJECT


def bad_point_indexes(reply: Reply, count: int) -> set[int]:
    """Return the indexes of the points a 400 names in its details (empty: none named).

    An answer that names an index outside the batch is not trusted: nothing is left out.
    """
    if reply.status != 400 or not isinstance(reply.body, dict):
        return set()
    error = reply.body.get("error")
    details = error.get("details") if isinstance(error, dict) else None
    if not isinstance(details, list):
        return set()
    found = set()
    for detail in details:
        index = detail.get("index") if isinstance(detail, dict) else None
        if type(index) is not int or not 0 <= index < count:
            return set()
        found.add(index)
    return found


def _with_refused(reply: Reply, refused: int, points: int, reason: str) -> Reply:
    if not points:
        return reply
    return dataclasses.replace(
        reply,
        refused=reply.refused + refused,
        refused_points=reply.refused_points + points,
        refused_reason=reply.refused_reason or reason,
    )


class Backoff:
    """Exponential backoff with jitter; a Retry-After from the server is a lower bound."""

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap
        self.attempts = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        delay = min(self.cap, self.base * 2.0 ** min(self.attempts, 30))
        self.attempts += 1
        # "Equal jitter": never less than half the step, so retries still spread out.
        delay = delay / 2 + random.random() * delay / 2
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay

    def reset(self) -> None:
        self.attempts = 0


class Transport:
    """Send runs, points and status changes to one server with one project token."""

    def __init__(self, url: str, token: str | None, timeout: float) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._session: requests.Session | None = None
        self._headers = {"User-Agent": USER_AGENT, "Content-Type": "application/json"}
        if token:
            self._headers["Authorization"] = f"Bearer {token}"

    def create_run(self, payload: Mapping[str, Any], timeout: float | None = None) -> Reply:
        """Create the run, or find the existing one with the same client_run_id."""
        reply = self._request("POST", "/api/v1/runs", payload, timeout=timeout)
        body = reply.body
        if reply.ok and not (isinstance(body, dict) and isinstance(body.get("id"), int)):
            return Reply(Outcome.REJECT, reply.status, reply.body, None, "no run id in the answer")
        return reply

    def send_points(
        self, run_id: int, points: list[dict[str, Any]], timeout: float | None = None
    ) -> Reply:
        """Send points; halve the batch while the server answers 413 (too large), and when it
        answers 400 naming bad points, send the others again without them (``refused``)."""
        reply = self._request(
            "POST",
            f"/api/v1/runs/{run_id}/points",
            {"points": points},
            gzipped=True,
            timeout=timeout,
        )
        if reply.status == 413 and len(points) > 1:
            half = len(points) // 2
            first = self.send_points(run_id, points[:half], timeout)
            if not first.ok:
                return first
            second = self.send_points(run_id, points[half:], timeout)
            return _with_refused(second, first.refused, first.refused_points, first.refused_reason)
        bad = bad_point_indexes(reply, len(points))
        if bad:
            refused = sum(len(points[i].get("values") or ()) for i in bad)
            kept = [point for i, point in enumerate(points) if i not in bad]
            rest = self.send_points(run_id, kept, timeout) if kept else Reply(Outcome.OK, 200)
            return _with_refused(rest, refused, len(bad), reply.message)
        return reply

    def set_status(
        self,
        run_id: int,
        status: str,
        summary: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        *,
        dropped: Mapping[str, Any] | None = None,
    ) -> Reply:
        """Mark the run; ``dropped`` is ``{"sender": id, "counts": {reason: values}}``."""
        body: dict[str, Any] = {"status": status}
        if summary:
            body["summary"] = dict(summary)
        if dropped and dropped.get("counts"):
            body["dropped"] = dict(dropped)
        return self._request("PATCH", f"/api/v1/runs/{run_id}", body, timeout=timeout)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any],
        *,
        gzipped: bool = False,
        timeout: float | None = None,
    ) -> Reply:
        data = dumps_compact(body).encode()  # a long batch: a chunk at a time
        headers = self._headers
        if gzipped and len(data) > 1024:
            data = gzip.compress(data, compresslevel=1)  # fast; still ~7x smaller
            headers = {**headers, "Content-Encoding": "gzip"}
        if self._session is None:
            self._session = requests.Session()
        limit = self.timeout if timeout is None else max(0.1, min(timeout, self.timeout))
        try:
            resp = self._session.request(
                method,
                self.url + path,
                data=data,
                headers=headers,
                timeout=(min(limit, 5.0), limit),
            )
        except requests.RequestException as exc:
            return Reply(Outcome.RETRY, None, None, None, f"{type(exc).__name__}: {exc}")
        try:
            payload: Any = resp.json()
        except ValueError:
            payload = None
        outcome = classify(resp.status_code)
        message = ""
        if outcome is not Outcome.OK:
            error = payload.get("error") if isinstance(payload, dict) else None
            if isinstance(error, dict):
                message = f"{error.get('code', '')}: {error.get('message', '')}".strip(": ")
            else:
                message = resp.text[:200]
        return Reply(
            outcome,
            resp.status_code,
            payload,
            parse_retry_after(resp.headers.get("Retry-After")),
            message,
        )
