"""The end-of-run jump of divergence: a run that ended on a jump its loss never came back from.

A spike (spike.py) still open when the run ends is worded "did not recover" there. When its
level stood far above the level before it at the end (FACTOR times, its last point too, and
above it by `rise_floor` of the run's first value, so a loss near 0 does not "double" on
noise), the run ended diverged: the weights it ended with are those of the jump, not those of
the calm run before it. A blow-up in a run's last epochs (a 3.8x jump at epoch 46 of 47, a
6.6x one two prints before the end) ends the run before the sustained rules have the points
they need, and a spike warning alone would leave it at "it may come back".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lossmon.server.detectors.spike import Unrecovered

#: How many times the level before the jump the level and the last point both stand at the end.
FACTOR = 2.0


def holds(jump: Unrecovered, thinned: Mapping[str, Any] | None, cfg: Mapping[str, Any]) -> bool:
    """Return whether the training loss ended on `jump`, far above its level before it.
    `thinned` is the record of the run's training loss (climb_rule.py): its first value sets
    the floor, and a loss that took a value at or below 0 has no multiple of a level."""
    if not thinned or thinned.get("signed") or not thinned.get("points"):
        return False
    first = float(thinned["points"][0][1])
    return (
        jump.before > 0
        and min(jump.level, jump.latest) >= FACTOR * jump.before
        and jump.level - jump.before >= float(cfg["rise_floor"]) * first
    )


def words(jump: Unrecovered, key: str) -> str:
    """Return what the jump was, in one sentence."""
    since = f" before step {jump.rollback_step + 1}" if jump.rollback_step is not None else ""
    last = (
        f" at step {jump.last_step}"
        if jump.latest == jump.level
        else f" and its last point {jump.latest:.4g} at step {jump.last_step}"
    )
    return (
        f"{key} ended on a jump it never came back from: its level at the end was "
        f"{jump.level:.4g} ({jump.level / jump.before:.3g}× the level{since}, "
        f"{jump.before:.4g}){last}"
    )
