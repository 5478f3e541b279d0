"""The sustained-rise rule of divergence: the smoothed loss well above its running best.

A rise counts when it exceeds the best by `rise_factor`, the loss's own noise (none opens
before that noise is known) and a floor of its starting level; it is divergence when it is
still climbing after `fast_sustain_steps` (or accelerating), has not fallen back after
`sustain_steps`, or has settled there for `settle_steps`. A spike that recovers is a spike.
Once fired, a rise holds until the level is back under its release level (its best plus its
noise, or a quarter of the rise limit).
divergence.py holds the rule's state and calls it point by point.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import numpy as np

Reason = tuple[str, str]  # (rule name, sentence)
FloatOrArray = TypeVar("FloatOrArray", float, np.ndarray)

RARE_BREAKS = 0.2  # on a heavy-tailed loss, high batches up to this share of a calm stretch
HEAVY_POINTS = 6  # points a rise needs on a heavy-tailed loss (3 outliers in 10: 1e-6 for 6)
RELEASE = 0.25  # a fired rise ends below best + this fraction of the rise limit (or the noise)


CALM_NOISES = 3.0  # a level within this many noises of the best is calm…
CALM_SHARE = 0.05  # …or within this fraction of it
ROLLBACK_SHARE = 0.1  # a step to roll back to is never more than this fraction above the best


def calm_level(best: float, scale: float) -> float:
    """Return the highest loss still within the noise of `best`."""
    return best + max(_calm_noise(scale), CALM_SHARE * abs(best))


def rollback_level(best: FloatOrArray, scale: float) -> FloatOrArray:
    """Return the highest level a step to roll back to may have: within the noise of `best`,
    and never more than ROLLBACK_SHARE above it (a noise learned on a falling warm-up or a
    noisy stretch would otherwise call a step already on its way up calm). `best` may be an
    array (the fast path judges a whole batch)."""
    size = np.abs(best)
    within = np.maximum(_calm_noise(scale), CALM_SHARE * size)
    return best + np.minimum(within, ROLLBACK_SHARE * size)


def rollback_level_of(best: float, scale: float) -> float:
    """Return `rollback_level` of one float in plain Python, with the same operations (the
    loop asks at every point; numpy's scalar calls cost more than the arithmetic). The noise
    term is never NaN, so a NaN `best` gives NaN here too; only a zero's sign can differ (a
    scale of -0.0), which the caller's comparisons do not see."""
    size = abs(best)
    within = max(_calm_noise(scale), CALM_SHARE * size)
    return best + min(within, ROLLBACK_SHARE * size)


def _calm_noise(scale: float) -> float:
    return CALM_NOISES * scale if math.isfinite(scale) else 0.0


def advance(
    rise: dict[str, Any] | None,
    step: int,
    value: float,
    level: float,
    short: float,
    climb: int,
    best: float,
    initial: float,
    scale: float,
    cfg: Mapping[str, Any],
    restart: tuple[bool, bool] = (False, False),
    heavy: Callable[[], bool] = lambda: False,
) -> tuple[dict[str, Any] | None, Reason | None]:
    """Advance the sustained-rise rule; return its excursion state and, if it holds, why.

    `restart`: whether `step` is in a warm restart's hot phase, and whether it is at most
    `sustain_steps` after it. `heavy` tells (asked only when it matters) whether the loss is
    heavy-tailed, single batches often far above it: a rise then needs HEAVY_POINTS logged
    points, as a few high batches in a row are its noise, and (read as the rise fires) rare
    high batches do not stop a fired rise from settling. An excursion that begins in the hot
    phase is the schedule's; one still there `sustain_steps` after the phase ended is judged
    as if it began then.
    """
    excess = level - best
    limit = max(
        (float(cfg["rise_factor"]) - 1.0) * abs(best),
        float(cfg["rise_floor"]) * (abs(initial) if math.isfinite(initial) else 0.0),
        float(cfg["rise_noise"]) * (scale if math.isfinite(scale) else 0.0),
    )
    release = max(calm_level(best, scale), best + RELEASE * limit)
    if rise is not None and rise["fired"] and limit > 0:
        # A fired rise holds until the level is back near its best (within its noise, or a
        # quarter of the rise limit) and has stayed there, with no point beyond the rise
        # limit, for `settle_steps`: a run that diverged and now swings between lulls near
        # its best and bursts has not recovered; one training on just above it has.
        rise["points"] = int(rise.get("points", 0)) + 1
        if level > release:
            rise.pop("calm_since", None)
            rise.pop("calm_breaks", None)
            return rise, (
                "rise",
                f"{cfg['key']} level {level:.4g} ({_level_words(cfg)}) is "
                f"{above(level, best)} and has not come back since step {rise['start']}",
            )
        # A point beyond the limit breaks the calm stretch, unless the loss is heavy-tailed
        # and such points are rare in it (a lone high batch, not the swings of a run still
        # diverging).
        breaks = int(rise.get("calm_breaks", 0)) + (value - best > limit)
        if breaks > int(rise.get("calm_breaks", 0)) and (
            "calm_since" not in rise
            or breaks > RARE_BREAKS * (int(rise.get("calm_points", 0)) + 1)
            or not rise.get("heavy")
        ):
            rise.pop("calm_since", None)
            rise.pop("calm_breaks", None)
            return rise, (
                "rise",
                f"{cfg['key']} level {level:.4g}, {above(level, best)}, is back under "
                f"{release:.4g}, but its point at step {step} ({value:.4g}) is "
                f"{above(value, best)}: not yet calm since diverging at step {rise['start']}",
            )
        rise["calm_breaks"] = breaks
        calm_since = int(rise.setdefault("calm_since", step))
        rise["calm_points"] = int(rise.get("calm_points", 0)) + 1 if step > calm_since else 1
        if step - calm_since < int(cfg["settle_steps"]) or int(rise["calm_points"]) < 5:
            return rise, (
                "rise",
                f"{cfg['key']} level {level:.4g}, {above(level, best)}, is back under "
                f"{release:.4g} since step {calm_since}, after diverging at step "
                f"{rise['start']}: not yet calm for {cfg['settle_steps']} steps",
            )
        return None, None
    if not excess > limit > 0:
        return None, None
    if rise is None and not math.isfinite(scale):
        # The loss's noise is not known yet (a young run, a few points past its best's
        # window): the limit is the factor alone, which three high single batches of a
        # heavy-tailed loss pass by chance. Orders of magnitude are the blow-up's and a start
        # left far behind the early rule's; a rise waits for the noise.
        return None, None
    if rise is not None and rise.get("scheduled") and not restart[1]:
        rise = None  # the restart's excuse ran out: judged from here
    if rise is None:
        rise = {"start": step, "peak": excess, "fired": False, "points": 0, "scheduled": restart[0]}
    if rise.get("scheduled"):
        return rise, None
    rise["peak"] = max(float(rise["peak"]), excess)
    rise["points"] = int(rise.get("points", 0)) + 1
    lasted = step - int(rise["start"])
    enough = rise["points"] >= int(cfg["min_points"]) and (
        rise["points"] >= HEAVY_POINTS or not heavy()
    )
    # Still climbing (at its peak) after a short while: a blow-up under way, not a spike.
    climbing = (
        lasted >= int(cfg["fast_sustain_steps"])
        and rise["points"] >= 5
        and excess >= 0.95 * float(rise["peak"])
    )
    # Not fallen back after a longer while: a spike recovering falls back below this.
    held = lasted >= int(cfg["sustain_steps"]) and (
        bool(rise["fired"]) or excess >= float(cfg["recovery_fraction"]) * float(rise["peak"])
    )
    # Settled well above the best for long: a level shift that is not coming back.
    settled = lasted >= int(cfg["settle_steps"]) and rise["points"] >= 5
    # Growing at every point: the short level rose at each of the last 5 points and is
    # twice the rise already (a blow-up accelerating, where a spike jumps and stops).
    accelerating = climb >= 5 and short - best > 2.0 * limit
    climbing = climbing or accelerating
    if not (enough and (climbing or held or settled)):
        return rise, None
    rise["fired"] = True
    # Whether the loss was heavy-tailed, read as it fired (later points are the incident's).
    rise["heavy"] = heavy()
    how = "is still climbing" if climbing and not held else "has not come back"
    return rise, (
        "rise",
        f"{cfg['key']} level {level:.4g} ({_level_words(cfg)}) is {above(level, best)} and "
        f"{how} since step {rise['start']}",
    )


def _level_words(cfg: Mapping[str, Any]) -> str:
    return f"the median of its last {cfg['window']} points"


def above(level: float, best: float) -> str:
    """Return how far `level` is above `best` in words: a ratio, or a difference when the best
    is 0 or below (a loss that reached exactly 0 has no ratio). The best is the lowest of a
    rolling median, not a single point: the words say so, as the run page shows the lowest
    point."""
    if best > 0:
        return f"{level / best:.3g}× its best level ({best:.4g})"
    return f"{level - best:.4g} above its best level ({best:.4g})"
