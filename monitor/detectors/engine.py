"""One evaluation of a run: detectors, then the alert lifecycle, as one pure step.

Shared by the service (monitor/alerts.py, which persists the states) and the offline replay
(`lossmon backtest`), so both decide exactly alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lossmon.server.detectors import DETECTORS, evaluate_all, lifecycle
from lossmon.server.detectors.base import Batch


@dataclass
class RunState:
    """Everything the detectors remember about one run between evaluations (JSON-safe)."""

    detectors: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    lifecycles: dict[str, dict[str, Any] | None] = field(default_factory=dict)


def evaluate(
    state: RunState,
    batch: Batch,
    settings: Mapping[str, Mapping[str, Any]],
    *,
    loss_kind: str | None = None,
) -> list[dict[str, Any]]:
    """Feed one batch of new points; update `state` in place; return fired/resolved events.

    Each event is a dict with `event` ("fired" | "resolved"), `detector`, `severity`, `step`,
    `opened_step`, `message` and `evidence`.
    """
    last = max((int(s.steps.max()) for s in batch.values() if s.steps.size), default=None)
    new_states, found = evaluate_all(state.detectors, batch, settings, loss_kind=loss_kind)
    state.detectors.update(new_states)
    events: list[dict[str, Any]] = []
    for name in DETECTORS:
        if name not in found:
            continue
        state.lifecycles[name], fired = lifecycle.advance(
            state.lifecycles.get(name),
            found[name],
            last,
            int(settings[name]["for"]),
            int(settings[name]["keep_firing_for"]),
        )
        for event in fired:
            event["detector"] = name
            events.append(event)
    return events
