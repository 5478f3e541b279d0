"""Warm restarts of the learning rate: a loss that jumps because the schedule said so.

A cosine schedule with warm restarts (SGDR, `cosine_with_restarts`) sends the learning rate
back to a value the run already trained at; the loss jumps with it and falls again. That is
the schedule, not a spike or a divergence. When the run logs its learning rate (`lr`, or
`train/lr`), an excursion that begins in a restart's hot phase — from the restart until the
learning rate has cooled to half the cycle's peak, at most HOT_STEPS — is scheduled. A
learning rate raised to a value the run never had is not a restart: that is how a learning rate
too high looks, and the rules judge it.
"""

from __future__ import annotations

import math
from typing import Any

from lossmon.server.detectors.base import Batch, dec, enc

#: A restart: the learning rate at least this many times its previous logged value…
JUMP = 2.0
#: …and at most this multiple of the highest value it had before.
SEEN = 1.1
#: The hot phase lasts at least this many steps (and RESTART_POINTS logged points: the loss
#: answers a few steps late)…
RESTART_STEPS = 50
RESTART_POINTS = 4
#: …until the learning rate is below this fraction of the cycle's peak…
COOLED = 0.5
#: …and never longer than this many steps (a resume that restarts a long schedule is judged).
HOT_STEPS = 500
#: Restarts remembered: enough for any batch (a backlog or a backtest spans many cycles).
KEPT = 256


def advance(state: dict[str, Any], batch: Batch, lr_key: str) -> None:
    """Record in `state` the restarts among the new learning-rate points of `batch`."""
    series = batch.get(lr_key)
    if series is None:
        series = batch.get("train/lr")
    if series is None or not series.steps.size:
        return
    prev, high = dec(state.get("lr_prev")), dec(state.get("lr_high"))
    # Each restart as [its step, the cycle's peak so far, the step it cooled at or None].
    restarts: list[list[Any]] = [list(r) for r in state.get("lr_restarts", [])]
    after = int(state.get("lr_step", -1))
    for step, v in zip(series.steps.tolist(), series.values.tolist(), strict=True):
        if step <= after or not (math.isfinite(v) and v > 0):
            continue
        hot = restarts[-1] if restarts and restarts[-1][2] is None else None
        if prev > 0 and v >= JUMP * prev and v <= SEEN * high:
            if hot is not None:
                hot[2] = step  # a restart before the last one cooled ends it
            restarts = [*restarts, [step, v, None]][-KEPT:]
        elif hot is not None:
            hot[1] = max(float(hot[1]), v)
            if v < COOLED * float(hot[1]) or step - int(hot[0]) >= HOT_STEPS:
                hot[2] = step
        prev, high, after = v, v if not high >= v else high, step
    state.update(lr_prev=enc(prev), lr_high=enc(high), lr_step=after, lr_restarts=restarts)


def scheduled(
    state: dict[str, Any], step: int, every: float, grace: int = 0, *, phase: bool = True
) -> bool:
    """Return whether an excursion at `step` falls in a restart's hot phase (or within
    `grace` steps after it); with `phase` False, only in its first RESTART_STEPS (a jump
    that the restart itself caused starts there)."""
    late = max(RESTART_STEPS, RESTART_POINTS * every)
    for restart, _, cooled in state.get("lr_restarts", []):
        start = int(restart)
        end = start + HOT_STEPS if cooled is None else max(int(cooled), start + late)
        if not phase:
            end = start + late
        if start <= step <= min(end, start + HOT_STEPS) + grace:
            return True
    return False
