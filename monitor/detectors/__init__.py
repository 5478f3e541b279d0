"""Pure detectors over numpy arrays: no Flask, no SQL, no clock.

Each series detector is `evaluate(state, batch, settings, *, loss_kind=None)
-> (new_state, findings)`: `state` is the JSON dict it returned last time (None at first),
`batch` maps series keys (`train/loss`, `val/loss`, ...) to the new points, `settings` is that
detector's section of `validate_settings(...)`. Work is proportional to the new points and the
state stays bounded. `lifecycle.advance` turns findings into fired/resolved alert events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from lossmon.server.detectors import (
    divergence,
    overfitting,
    perplexity,
    plateau,
    regularization,
    spike,
)
from lossmon.server.detectors.base import Batch, Finding, Series, series
from lossmon.server.detectors.settings import (
    SettingsError,
    defaults,
    markdown_table,
    validate_settings,
)

Evaluate = Callable[..., tuple[dict[str, Any], list[Finding]]]

#: Series detectors, in the order the service should run them.
DETECTORS: dict[str, Evaluate] = {
    "divergence": divergence.evaluate,
    "spike": spike.evaluate,
    "overfitting": overfitting.evaluate,
    "plateau": plateau.evaluate,
    "regularization": regularization.evaluate,
    "perplexity": perplexity.evaluate,
}


def evaluate_all(
    states: Mapping[str, dict[str, Any] | None],
    batch: Batch,
    settings: Mapping[str, Mapping[str, Any]],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, dict[str, Any]], dict[str, list[Finding]]]:
    """Run every enabled series detector on one batch; return new states and findings."""
    new_states: dict[str, dict[str, Any]] = {}
    found: dict[str, list[Finding]] = {}
    for name, fn in DETECTORS.items():
        cfg = settings[name]
        if not cfg.get("enabled", True):
            continue
        new_states[name], found[name] = fn(states.get(name), batch, cfg, loss_kind=loss_kind)
    return new_states, found


__all__ = [
    "DETECTORS",
    "Batch",
    "Finding",
    "Series",
    "SettingsError",
    "defaults",
    "evaluate_all",
    "markdown_table",
    "series",
    "validate_settings",
]
