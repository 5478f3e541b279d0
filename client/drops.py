"""Count the values a run could not keep, by reason (lossmon.values.DROP_REASONS)."""

from __future__ import annotations

import logging
import threading

from .values import DROP_REASONS

logger = logging.getLogger("lossmon.client")

_WORDS = {
    "bad_value": "their .item() failed or returned a non-number",
    "refused": "the server refused their points",
    "spool_unwritable": "the server could not take them in time and the spool could not be written",
    "after_finish": "they were logged after finish()",
    "buffer_full": "memory was full and the spool could not be written fast enough",
}


class DropCounter:
    """Thread-safe counts of dropped values; each reason is logged once, when first seen.

    ``add(..., quiet=True)`` only counts (the caller's thread must not write to stderr
    inside ``log()``); the sender reports quiet reasons later with ``report_new()``.
    """

    def __init__(self) -> None:
        self._counts = dict.fromkeys(DROP_REASONS, 0)
        self._lock = threading.Lock()
        self._reported: set[str] = set()

    def add(self, reason: str, values: int, detail: str = "", *, quiet: bool = False) -> None:
        if values <= 0:
            return
        with self._lock:
            self._counts[reason] += values
        if not quiet:
            self._report(reason, detail)

    def report_new(self) -> None:
        """Log each reason counted quietly and not yet reported (on the sender's thread)."""
        for reason, count in self.counts().items():
            if count:
                self._report(reason, "")

    def _report(self, reason: str, detail: str) -> None:
        if reason in self._reported:
            return
        self._reported.add(reason)
        logger.warning(
            "lossmon: %d values dropped: %s%s; later drops of this kind are counted "
            "(run.dropped_by_reason) and shown on the run's page",
            self._counts[reason],
            _WORDS[reason],
            f" ({detail})" if detail else "",
        )

    def counts(self) -> dict[str, int]:
        """Return {reason: values dropped} for every reason with a drop."""
        with self._lock:
            return {reason: n for reason, n in self._counts.items() if n}

    @property
    def total(self) -> int:
        with self._lock:
            return sum(self._counts.values())

    def after_fork_child(self) -> None:
        """Start from zero in a forked child: the parent reports its own drops."""
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(DROP_REASONS, 0)
        self._reported = set()
