"""Rate limits kept in this process: at most `limit` events per `window_s` for each key.

Used where one client could otherwise spend the service's effort or guess at leisure: login
attempts (per client and overall) and channel tests. Under gunicorn each worker process counts
for itself, so the effective limit is `limit` × workers; that still turns hundreds of guesses
a second into a handful a minute.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

MAX_KEYS = 10_000  # then the oldest keys are forgotten: memory stays bounded


class Throttle:
    """A sliding window of recent events per key."""

    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait_s(self, key: str) -> float:
        """Return 0 when an event of `key` may happen now, else the seconds until one may."""
        now = self._clock()
        with self._lock:
            events = self._events.get(key)
            if events is None:
                return 0.0
            while events and events[0] <= now - self.window_s:
                events.popleft()
            if len(events) < self.limit:
                return 0.0
            return max(0.1, events[0] + self.window_s - now)

    def hit(self, key: str) -> float:
        """Record an event of `key` if allowed; return 0 if it was, else the seconds to wait."""
        wait = self.wait_s(key)
        if wait:
            return wait
        with self._lock:
            if len(self._events) >= MAX_KEYS and key not in self._events:
                self._events.pop(next(iter(self._events)))
            self._events.setdefault(key, deque()).append(self._clock())
        return 0.0

    def clear(self, key: str) -> None:
        with self._lock:
            self._events.pop(key, None)
