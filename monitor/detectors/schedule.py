"""Warm restarts of the learning rate: a loss that jumps because the schedule said so.

A cosine schedule with warm restarts (SGDR, `cosine_with_restarts`) sends the learning rate
back to a value the run already trained at; the loss jumps with it and falls again. That is
the schedule, not a spike or a divergence. When the run logs its learning rate (`lr`, or
`train/lr`), an excursion that begins after such a restart and before the learning rate has
cooled to half its restart value (or within RESTART_STEPS of the restart) is scheduled.
A learning rate raised to a value the run never had is not a restart: that is how a
learning rate too high looks, and the rules judge it.
"""

from __future__ import annotations

import math
from typing import Any

from lossmon.server.detectors.base import Batch, dec, enc

#: A restart: the learning rate at least this many times its previous logged value…
JUMP = 2.0
#: …and at most this multiple of the highest value it had before.
SEEN = 1.1
#: Steps after a restart (at least RESTART_POINTS logged points) that count as its hot phase
#: even when the learning rate has cooled (the loss answers a few steps late).
RESTART_STEPS = 50
RESTART_POINTS = 4
#: The hot phase lasts until the learning rate is below this fraction of its restart value.
COOLED = 0.5
#: Restarts remembered (a batch can span several cycles; older ones judge nothing new).
KEPT = 8


def advance(state: dict[str, Any], batch: Batch, lr_key: str) -> None:
    """Record in `state` the restarts among the new learning-rate points of `batch`."""
    series = batch.get(lr_key)
    if series is None:
        series = batch.get("train/lr")
    if series is None or not series.steps.size:
        return
    prev, high = dec(state.get("lr_prev")), dec(state.get("lr_high"))
    # Each restart as [its step, its learning rate, the step it cooled at or None].
    restarts: list[list[Any]] = [list(r) for r in state.get("lr_restarts", [])]
    after = int(state.get("lr_step", -1))
    for step, v in zip(series.steps.tolist(), series.values.tolist(), strict=True):
        if step <= after or not (math.isfinite(v) and v > 0):
            continue
        if prev > 0 and v >= JUMP * prev and v <= SEEN * high:
            if restarts and restarts[-1][2] is None:
                restarts[-1][2] = step  # a restart before the last one cooled ends it
            restarts = [*restarts, [step, v, None]][-KEPT:]
        elif restarts and restarts[-1][2] is None and v < COOLED * float(restarts[-1][1]):
            restarts[-1][2] = step
        prev, high, after = v, v if not high >= v else high, step
    state.update(lr_prev=enc(prev), lr_high=enc(high), lr_step=after, lr_restarts=restarts)


def scheduled(state: dict[str, Any], step: int, every: float) -> bool:
    """Return whether an excursion beginning at `step` falls in a restart's hot phase."""
    late = max(RESTART_STEPS, RESTART_POINTS * every)
    for restart, _, cooled in state.get("lr_restarts", []):
        if int(restart) <= step and (
            cooled is None or step <= int(cooled) or step - int(restart) <= late
        ):
            return True
    return False
