"""A loss that fell straight to exactly 0: not convergence but a degenerate objective.

A loss converges to 0 through its small values (printed to a few decimals: 0.0001, then 0),
a hinge loss on separable data by steps (0.3, 0.1, 0). One at 2.4643 and then exactly 0.0 at
every logged point after it never learned that (a LoRA's 1,599 Trainer logs whose labels were
all masked; an overflow written as 0): the stall rule (stall.py) reports it as a frozen
series, which no warm-up or decayed learning rate excuses. Its block summary keeps the
series' latest run of exact zeros here, point by point, the same whatever the batches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

#: Logged points at exactly 0 from which the fall is told (as many as a frozen series needs).
POINTS = 5
#: The point before the zeros is at least this fraction of the series' largest block level…
SHARE = 0.5
#: …and written with at least this many significant digits: a loss printed to its last digit
#: or two (0.0001, 0.043) may have been rounded to 0 after it.
DIGITS = 3


def blank() -> dict[str, Any]:
    """Return the fields a new block summary starts with."""
    return {"zero_at": None, "zero_from": None, "zeros": 0, "zeros_all": 0, "moved": None}


def track(sm: dict[str, Any], steps: np.ndarray, values: np.ndarray, start: int, end: int) -> None:
    """Add the finite points from `start` to `end` (already in the summary's count) to the
    summary's run of zeros: where its latest run began (`zero_at`), how many points it holds
    (`zeros`), the point before it (`zero_from`), the latest point that was not 0 (`moved`)
    and how many zeros the series had in all (None for a summary saved before this rule,
    whose earlier zeros are unknown)."""
    if end <= start:
        return
    if "zeros_all" not in sm:
        sm.update(blank(), zeros_all=0 if sm["n"] == end - start else None)
    moved = np.flatnonzero(values[start:end])
    if sm["zeros_all"] is not None:
        sm["zeros_all"] += end - start - moved.size
    if moved.size == 0:
        if sm["zero_at"] is None:
            sm["zero_at"], sm["zero_from"] = int(steps[start]), sm["moved"]
        sm["zeros"] += end - start
        return
    last = start + int(moved[-1])
    sm["moved"] = float(values[last])
    if last == end - 1:
        sm["zero_at"], sm["zero_from"], sm["zeros"] = None, None, 0
    else:
        sm["zero_at"], sm["zero_from"] = int(steps[last + 1]), sm["moved"]
        sm["zeros"] = end - last - 1


def fell(sm: Mapping[str, Any]) -> bool:
    """Return whether the summarised series' latest POINTS points or more are exactly 0, its
    first zeros, after a positive point of DIGITS significant digits at least SHARE of its
    largest level (a loss at 0 before, printed to its last digit, that comes back there after
    a spike is not one; a second fall after a recovery is left to the other rules)."""
    before, zeros, seen = sm.get("zero_from"), int(sm.get("zeros", 0)), sm.get("zeros_all")
    if before is None or before <= 0.0 or zeros < POINTS or seen is None or seen > zeros:
        return False
    if len(repr(before).split("e")[0].replace(".", "").strip("0")) < DIGITS:
        return False
    return before >= SHARE * max(abs(level) for level in sm["levels"])


def at_zero(sm: Mapping[str, Any]) -> bool:
    """Return whether the summarised series' latest point is exactly 0 (as it was, for a
    summary saved before this rule)."""
    return sm.get("zeros") != 0


def message(key: str, before: float, since: int) -> str:
    """Return the words of a fall to exactly 0: no learning rate would help."""
    return (
        f"{key} fell from {before:.6g} to exactly 0 at step {since} and has stayed there: a "
        f"loss does not converge to 0 in one logged point, so its objective went degenerate "
        f"(every label masked or ignored, a NaN or an overflow written as 0). Check the loss "
        f"and the batches it is computed on, or stop the run."
    )
