"""The closed loop: what the service tells a training loop, kept on the sender thread.

Every points answer carries the run's open alerts and its stop request, if one is set. The
sender hands each answer to :meth:`Control.update`, which keeps the latest alerts, turns an
alert of a ``stop_on`` detector (at warning or above) or a stop request into
``should_stop``, and calls the ``on_alert`` callbacks once per newly opened or resolved alert.

Only answers change anything: while the server is away the alerts stay as last heard, no stop
is invented, and a stop once heard is kept (``should_stop`` never goes back to False).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger("lossmon.client")

SEVERITIES = ("info", "warning", "critical")
STOP_SEVERITY = "warning"  # the lowest severity a stop_on detector stops at


@dataclass(frozen=True)
class Alert:
    """An alert of the run as the service reports it; ``state`` is firing or resolved.

    ``rollback_step`` (divergence, spike) is the last step before the excursion began: the
    checkpoint to restart from. ``best_step`` (overfitting, plateau) is the step of the best
    validation loss: the checkpoint to keep.
    """

    id: int
    detector: str
    severity: str
    state: str
    opened_step: int | None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    @property
    def rollback_step(self) -> int | None:
        return _step(self.evidence.get("rollback_step"))

    @property
    def best_step(self) -> int | None:
        return _step(self.evidence.get("best_step"))

    def describe(self) -> str:
        """Say what fired, where, and which step to go back to or keep."""
        words = f"{self.detector} ({self.severity})"
        if self.opened_step is not None:
            words += f" since step {self.opened_step}"
        if self.rollback_step is not None:
            words += f"; roll back to step {self.rollback_step}"
        if self.best_step is not None:
            words += f"; best step {self.best_step} (keep its checkpoint)"
        return words

    @classmethod
    def from_wire(cls, item: object) -> Alert | None:
        """Return the alert of one entry of an answer's ``alerts``, or None if malformed."""
        if not isinstance(item, dict):
            return None
        alert_id, detector = item.get("id"), item.get("detector")
        severity, state = item.get("severity"), item.get("state", "firing")
        evidence = item.get("evidence") or {}
        if (
            type(alert_id) is not int
            or not isinstance(detector, str)
            or severity not in SEVERITIES
            or not isinstance(state, str)
            or not isinstance(evidence, dict)
        ):
            return None
        return cls(
            alert_id, detector, severity, state, _step(item.get("opened_step")), dict(evidence)
        )


def _step(value: object) -> int | None:
    return value if type(value) is int else None


def stop_detectors(stop_on: Iterable[str] | str | None) -> frozenset[str]:
    """Check ``init(stop_on=...)``: detector names (a single name may be given as a str)."""
    if stop_on is None:
        return frozenset()
    names = (stop_on,) if isinstance(stop_on, str) else tuple(stop_on)
    for name in names:
        if not isinstance(name, str) or not name:
            raise TypeError(f"lossmon: stop_on takes detector names, not {name!r}")
    return frozenset(names)


class Control:
    """The run's view of its alerts and stop request; written by the sender thread only.

    Readers on other threads see whole values: ``alerts`` is replaced by a new tuple, never
    changed in place, and ``should_stop`` only ever goes from False to True.
    """

    def __init__(self, stop_on: frozenset[str] = frozenset()) -> None:
        self.stop_on = stop_on
        self.alerts: tuple[Alert, ...] = ()
        self.should_stop = False
        self.stop_reason: str | None = None
        self.stop_alert: Alert | None = None  # the alert that stopped the run, if one did
        self._callbacks: tuple[Callable[[Alert], object], ...] = ()

    def on_alert(self, fn: Callable[[Alert], object]) -> None:
        if not callable(fn):
            raise TypeError("lossmon: on_alert takes a function of one alert")
        self._callbacks = (*self._callbacks, fn)

    def baseline(self, items: object) -> None:
        """Take the alerts already open when a resumed run reconnects, without acting on them.

        They belong to the attempt before (a run resumed from the checkpoint before a
        divergence would otherwise stop at once): they are in ``alerts``, but neither stop
        the run nor call ``on_alert``. Their resolution does.
        """
        if isinstance(items, list):
            self.alerts = _parse(items)

    def update(self, answer: object) -> None:
        """Take a points answer: new alerts, resolutions, a stop request (sender thread)."""
        if not isinstance(answer, dict) or not isinstance(answer.get("alerts"), list):
            return  # an older server, or not an answer about alerts: nothing learnt
        current = {alert.id: alert for alert in _parse(answer["alerts"])}
        before = {alert.id: alert for alert in self.alerts}
        opened = [alert for key, alert in current.items() if key not in before]
        resolved = [
            dataclasses.replace(alert, state="resolved")
            for key, alert in before.items()
            if key not in current
        ]
        self.alerts = tuple(current.values())
        stop = answer.get("stop")
        if isinstance(stop, dict) and not self.should_stop:
            reason = stop.get("reason") if isinstance(stop.get("reason"), str) else ""
            self._stop(f"stop requested ({reason or 'no reason given'})", None)
        for alert in opened:
            if (
                not self.should_stop
                and alert.detector in self.stop_on
                and SEVERITIES.index(alert.severity) >= SEVERITIES.index(STOP_SEVERITY)
            ):
                self._stop(alert.describe(), alert)
        for alert in opened + resolved:
            self._notify(alert)

    def _stop(self, reason: str, alert: Alert | None) -> None:
        self.stop_reason = reason
        self.stop_alert = alert
        self.should_stop = True  # last: a reader that sees True finds the reason set
        logger.warning("lossmon: the run should stop: %s", reason)

    def _notify(self, alert: Alert) -> None:
        for fn in self._callbacks:
            try:
                fn(alert)
            except Exception:  # a user's callback must not end the sender
                logger.exception("lossmon: an on_alert callback failed on alert %s", alert.id)


def _parse(items: list[object]) -> tuple[Alert, ...]:
    alerts = (Alert.from_wire(item) for item in items)
    return tuple(alert for alert in alerts if alert is not None)
