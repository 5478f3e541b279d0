"""Stalled progress on a loss series: the plateau detector's rule for runs torch's rule misses.

Torch's ReduceLROnPlateau rule needs a validation series with many evaluations and misses a
slow crawl (a tiny "new best" every few evaluations resets its patience). This rule judges the
shape of the whole run instead, in steps, so it does not depend on the logging cadence. It asks
for evidence of a stall, not for the absence of evidence of progress, so a noisy healthy run
(whose progress is hidden in its noise) stays quiet:

- the run is summarised as at most BLOCKS block levels of equal size in points (a block's level
  is the mean of the medians of its runs of at most SUB points, robust to noisy per-step losses
  and to Trainer means alike); the noise of a level comes from successive differences
  (trend-free);
- the log of the levels (the levels when the loss reaches 0 or below) over the latest half of
  the run in steps is fitted by a line: its change over that half and the standard error of
  that change;
- stalled after progress: that change is within `stall_noise` standard errors of none, and
  even its upper bound (change + 2 standard errors) is at most `stall_ratio` of what the run
  improved, at its pace just before the latest half (or over its second eighth: a stall that
  began inside that stretch leaves little pace in it), over a stretch as long;
- a stall opens (in plateau.py) once every judgement for a further eighth of the run confirms
  it, and never while a validation series has just made a new best or the learning rate has
  decayed below `lr_decayed_fraction` of its peak;
- stuck: by the same fit over the whole run, or over all of it after its first eighth (a
  fall in its first points, then a crawl), the upper bound of its improvement is at most
  `stall_min_progress` (a crawl), or STUCK_NOISY times that when that fit's improvement is within
  `stall_noise` standard errors (a noisy series that never improved); stuck over the whole run,
  with the median of its first HEAD_POINTS logged points no further above its latest level than
  a stuck series moves (a fall within them is merged into the first block), is
  `never_improved`, which plateau.py does not let a decayed learning rate excuse;
- frozen: the last three quarters (at least FROZEN_POINTS logged points), or the last
  FROZEN_POINTS levels of a series that had moved (a learning rate dropped to ~0), within
  `stall_frozen_range` of their level, however few the points, or its last REPEATS values
  one float to the last bit (a model whose weights no longer change), or fallen straight to
  exactly 0 (zero_fall.py: a degenerate objective, not convergence); no confirmation is
  waited for (one value repeated is no fluke of the noise);
- a loss rising beyond the noise in its latest half is not a stall (divergence and overfitting
  judge that); fewer blocks ask for more evidence (a wider noise band).

The rule is judged at a block's close once the run has grown by a JUDGE_GROWTH fraction of its
length in steps since the last judgement: a batch costs a few numpy operations per block size
(O(new points) in numpy, not in Python) and about JUDGE_GROWTH⁻¹ × new / old points judgements
over at most BLOCKS levels. The state is bounded (BLOCKS levels, fewer than SUB raw points) and
the same whatever the batches.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NamedTuple

import numpy as np

from lossmon.server.detectors import zero_fall

#: Block levels kept per series; when full, neighbours are merged and blocks double in size.
BLOCKS = 48
#: Logged points from which a frozen series (one value, to stall_frozen_range) is stalled.
FROZEN_POINTS = 5
#: Values one float to the last bit from which a series is frozen however few its points (an
#: early-stopped Keras run of four epochs whose weights stopped changing at the second) …
REPEATS = 3
#: … when each carries this many significant digits: a loss computed again on changed weights
#: never repeats its float exactly, while one printed to a few decimals can.
PRECISE_DIGITS = 7
#: Raw points whose median is one unit of a block's level (blocks larger than SUB average units).
SUB = 16
#: Blocks each half of the run needs before the rule judges progress.
MIN_BLOCKS = 4
#: How much more a noisy series that never improved beyond its noise band may have moved.
STUCK_NOISY = 2.5
#: A series whose last FROZEN_POINTS levels are one value is frozen when they are above this
#: fraction of its largest level (below, a loss printed to a few decimals reached its last).
QUANTISED = 0.01
#: …and one value to this fraction: repeated, not a smooth loss converging 0.1 % over them.
EXACT = 1e-4
#: A level this fraction of the run's largest is converged (a loss at or near 0), not stalled.
CONVERGED = 1e-3
#: The rule is judged again once the run (in steps since its first point) grew by this fraction.
JUDGE_GROWTH = 1.0 / 8.0
#: First logged points kept as they are: a fall within them is merged into the first block's
#: level, and a series that never improved must not lie below their median beyond the stuck bound.
HEAD_POINTS = 3


def blank() -> dict[str, Any]:
    """Return an empty block summary."""
    return {
        "size": 1, "pend": [], "acc": 0.0, "units": 0, "at": [], "levels": [], "first": None,
        "n": 0, "due": None, "head": [], **zero_fall.blank(),
    }  # fmt: skip


def _unit_medians(chunk: np.ndarray, unit: int) -> np.ndarray:
    """Return the medians of consecutive runs of `unit` points (len(chunk) is a multiple)."""
    if unit == 1:
        return chunk
    s = chunk.reshape(-1, unit).copy()  # np.sort's copy and sort, without its wrapper
    s.sort(axis=1)
    k = unit // 2
    return s[:, k] if unit % 2 else 0.5 * (s[:, k - 1] + s[:, k])


def advance(
    sm: dict[str, Any], steps: np.ndarray, values: np.ndarray, start: int = 0, stop: bool = True
) -> tuple[int, bool]:
    """Add the finite points from `start` on to a block summary in place, up to the first block
    whose close makes a judgement due; return the index after the last point taken and whether
    a judgement is due.

    With `stop` False every point is taken and no judgement is reported, with the same summary
    (the dues passed are recorded as if each had been judged): for a series nobody judges.
    """
    n = len(values)
    if start >= n:
        return start, False
    if sm["first"] is None:
        sm["first"] = int(steps[start])
    first_points: list[float] = sm.setdefault("head", [])
    if len(first_points) < HEAD_POINTS:
        first_points.extend(values[start : start + HEAD_POINTS - len(first_points)].tolist())
    first = sm["first"]
    at: list[int] = sm["at"]
    levels: list[float] = sm["levels"]
    i = start
    while i < n:
        size = int(sm["size"])
        unit = min(size, SUB)
        per = size // unit
        pend: list[float] = sm["pend"]
        # Points still needed to close the open block, then every `size` points one more.
        need = (per - int(sm["units"])) * unit - len(pend)
        avail = n - i
        if avail < need:
            chunk = np.concatenate((pend, values[i:])) if pend else values[i:]
            k = chunk.size // unit
            if k:
                sm["acc"] += float(np.add.reduce(_unit_medians(chunk[: k * unit], unit)))
                sm["units"] += k
            sm["pend"] = chunk[k * unit :].tolist()
            sm["n"] += n - i
            zero_fall.track(sm, steps, values, start, n)
            return n, False
        closes = min(BLOCKS - len(at), 1 + (avail - need) // size)
        first_end = i + need - 1
        # The steps of the block closes: every `size` points from the first (a strided slice).
        close_steps = steps[first_end : first_end + size * closes : size].tolist()
        due = sm["due"]
        if stop:
            hit = _first_due(close_steps, due)
            last = closes - 1 if hit is None else hit
        else:
            last = closes - 1
            for step in close_steps:
                if due is None or step >= due:
                    due = step + max(1.0, JUDGE_GROWTH * (step - first))
            sm["due"] = due
        end = first_end + size * last + 1
        chunk = np.concatenate((pend, values[i:end])) if pend else values[i:end]
        meds = _unit_medians(chunk, unit)
        head = per - int(sm["units"])
        lv = [(float(sm["acc"]) + float(np.add.reduce(meds[:head]))) / per]
        if last:
            # np.add.reduce / per: the bits of .mean(axis=1), without its Python overhead.
            lv += (np.add.reduce(meds[head:].reshape(-1, per), axis=1) / per).tolist()
        at.extend(close_steps[: last + 1])
        levels.extend(lv)
        sm["acc"], sm["units"], sm["pend"] = 0.0, 0, []
        sm["n"] += end - i
        i = end
        if len(at) >= BLOCKS:
            # Merge neighbours: the level of two equal blocks is the mean of their levels.
            at[:] = at[1::2]
            levels[:] = [0.5 * (a + b) for a, b in zip(levels[::2], levels[1::2], strict=True)]
            sm["size"] = size * 2
        if stop and hit is not None:
            step = at[-1]
            sm["due"] = step + max(1.0, JUDGE_GROWTH * (step - first))
            zero_fall.track(sm, steps, values, start, i)
            return i, True
    zero_fall.track(sm, steps, values, start, i)
    return i, False


def _first_due(closes: list[int], due: float | None) -> int | None:
    """Return the index of the first block close at or past `due` (the first when no judgement
    was ever due), None when none is: a scan of a few Python ints costs less than numpy's
    comparison and search on arrays this short."""
    if due is None:
        return 0
    return next((k for k, step in enumerate(closes) if step >= due), None)


def _fit(steps: np.ndarray, levels: np.ndarray, span: float, sigma: float) -> tuple[float, float]:
    """Return the improvement of a line fitted to the levels over `span` steps and its
    standard error, for levels with noise `sigma` each."""
    xc = steps - _mean(steps)
    sxx = float(xc @ xc)
    if sxx <= 0.0:
        return 0.0, math.inf
    slope = float(xc @ (levels - _mean(levels))) / sxx
    return -slope * span, sigma * span / math.sqrt(sxx)


def _mean(a: np.ndarray) -> float:
    """Return the mean of a 1-D array with the bits of `a.mean()`, without its overhead."""
    return float(np.add.reduce(a) / a.size)


def _med(a: np.ndarray) -> float:
    """Return the median of a small non-empty array (np.median costs more than the sort)."""
    s = a.copy()  # np.sort's copy and sort, without its wrapper
    s.sort()
    k = s.size // 2
    return float(s[k]) if s.size % 2 else 0.5 * float(s[k - 1] + s[k])


def _noise(levels: np.ndarray) -> float:
    """Return the robust spread of one level, from successive differences (trend-free)."""
    d = levels[1:] - levels[:-1]  # np.diff's subtraction
    return 1.4826 * _med(np.abs(d - _med(d))) / math.sqrt(2.0)


class _Blocks(NamedTuple):
    """A block summary that `judge` can fit: its levels and the latest half of the run."""

    steps: np.ndarray
    levels: np.ndarray
    t0: float
    t: float
    top: float
    half: np.ndarray
    m: int


def judge(
    sm: Mapping[str, Any], settings: Mapping[str, Any], *, words: bool = True
) -> dict[str, Any] | None:
    """Return the levels and whether the summarised series has stalled.

    None when there are not yet enough points, or blocks in each half of the run, to judge.
    With `words` False a series clearly improving in its latest half is answered with
    `{"stalled": False}` alone (its levels, which only a stall's words and an open stall
    need, are not computed).
    """
    blocks = _blocks(sm, settings)
    if not isinstance(blocks, _Blocks):
        return blocks  # None, or a frozen series' verdict
    j = _fitted(blocks, settings, words)
    if j.get("never_improved"):
        j["never_improved"] = _level_from_the_start(sm, j["level"], settings)
    return j


def _level_from_the_start(sm: Mapping[str, Any], level: float, settings: Mapping[str, Any]) -> bool:
    """Whether the series' first logged points lie no further above its latest level than a
    stuck series may move (STUCK_NOISY times `stall_min_progress`): a fall within them, merged
    into the first block's level, is progress the block fit cannot see."""
    head = sm.get("head") or []
    if len(head) < HEAD_POINTS:
        return False
    bound = STUCK_NOISY * float(settings["stall_min_progress"]) * abs(level)
    return _med(np.asarray(head)) <= level + bound


def judgeable(sm: Mapping[str, Any], settings: Mapping[str, Any]) -> bool:
    """Return whether `judge` would answer (not None), without its fits: for a caller whose
    verdict is already decided (a stall excused by the learning rate or by validation)."""
    return _blocks(sm, settings) is not None


def _blocks(sm: Mapping[str, Any], settings: Mapping[str, Any]) -> _Blocks | dict[str, Any] | None:
    """Return what `judge` fits, a frozen series' verdict, or None (nothing to judge yet)."""
    nb = len(sm["at"])
    repeated = nb >= REPEATS and _repeated(sm["levels"][-REPEATS:])
    if (int(sm["n"]) < FROZEN_POINTS and not repeated) or nb < 2:
        return None
    steps = np.array(sm["at"], dtype=np.float64)
    levels = np.array(sm["levels"], dtype=np.float64)
    t, t0 = float(steps[-1]), float(sm["first"])
    if t <= t0:
        return None
    span = t - t0
    top = float(np.maximum.reduce(np.abs(levels)))
    # Exactly 0 from its first point is no loss that converged but one that never had a
    # gradient (a degenerate objective): frozen, as below.
    zero = top == 0.0
    if not zero and zero_fall.fell(sm):
        return _frozen(0.0, float(levels[0]), sm["zero_at"], dropped_from=sm["zero_from"])
    if not zero and abs(float(levels[-1])) <= CONVERGED * top:
        return None  # orders of magnitude below its start: nothing left to gain
    tail = levels[-FROZEN_POINTS:]
    if repeated:
        late, since = levels[-REPEATS:], float(steps[-REPEATS])
    elif nb >= FROZEN_POINTS and _unchanged(tail, EXACT) and abs(_med(tail)) > QUANTISED * top:
        # Frozen since: its last FROZEN_POINTS levels one value after it had moved (a
        # learning rate dropped to ~0: the weights no longer change). Not a loss printed to
        # a few decimals that reached its last digit (0.0003 at every point).
        late, since = tail, float(steps[-FROZEN_POINTS])
    else:
        # Since its first level in the last three quarters (the step it names is one of them).
        inside = steps > t0 + span / 4.0
        late, since = levels[inside], float(steps[inside][0]) if inside.any() else t
    if late.size >= FROZEN_POINTS - 1 or zero or repeated:
        if _unchanged(late, float(settings["stall_frozen_range"])):
            # Frozen: the last three quarters of the run (or its tail) at one value.
            return _frozen(_med(late), float(levels[0]), since)
    if int(sm["n"]) < int(settings["stall_min_points"]) or span < int(settings["stall_min_steps"]):
        return None
    half = steps > t0 + span / 2.0
    m = int(np.count_nonzero(half))
    if m < MIN_BLOCKS or nb - m < MIN_BLOCKS:
        return None
    return _Blocks(steps, levels, t0, t, top, half, m)


def _frozen(
    level: float, first: float, since: float, dropped_from: float | None = None
) -> dict[str, Any]:
    """Return the verdict on a frozen series: stalled at `level` since step `since` (after a
    fall to exactly 0 from `dropped_from`, where it is one)."""
    return {
        "stalled": True, "frozen": True, "level": level, "level_before": level,
        "level_first": first, "improvement": 0.0, "improvement_before": 0.0,
        "since_step": int(since), "noise": 0.0, "dropped_from": dropped_from,
    }  # fmt: skip


def _repeated(levels: list[float]) -> bool:
    """Return whether the levels are one float to the last bit, written with PRECISE_DIGITS
    significant digits or more."""
    value = levels[0]
    if any(level != value for level in levels):
        return False
    digits = repr(abs(value)).split("e")[0].replace(".", "").strip("0")
    return len(digits) >= PRECISE_DIGITS


def _unchanged(levels: np.ndarray, tolerance: float) -> bool:
    """Return whether levels all lie within `tolerance` (a fraction) of their median."""
    level = _med(levels)
    width = float(np.maximum.reduce(levels) - np.minimum.reduce(levels))
    return width <= tolerance * abs(level)


def _fitted(blocks: _Blocks, settings: Mapping[str, Any], words: bool) -> dict[str, Any]:
    """Return `judge`'s verdict on a series with enough blocks in each half of the run."""
    steps, levels, t0, t, top, half, m = blocks
    nb, span = len(steps), t - t0
    mid = t0 + span / 2.0
    # Judged on the log of a positive loss, so changes are relative to the level; on the
    # level itself when it reaches 0 or below (then stall_min_progress is scaled by it).
    positive = bool(np.minimum.reduce(levels) > 0.0)
    y = np.log(levels) if positive else levels
    scale = 1.0 if positive else max(abs(_med(levels[half])), CONVERGED * top)
    sigma = _noise(y)
    # Fewer blocks, wider band: the noise itself is estimated from few differences.
    z = float(settings["stall_noise"]) * (1.0 + 4.0 / m)
    xs, ys = steps[half], y[half]
    d_last, se_last = _fit(xs, ys, t - mid, sigma)
    if not words and d_last < -z * se_last:
        return {"stalled": False}  # improving beyond the noise: neither flat nor stuck
    d_all, se_all = _fit(steps, y, span, sigma)
    y_mid = _mean(ys) + d_last * (_mean(xs) - mid) / (t - mid)
    k1 = int(steps.searchsorted(t0 + span / 8.0, side="right"))
    k3 = int(steps.searchsorted(t0 + 3.0 * span / 8.0, side="right"))
    y_first = _med(y[:k1]) if k1 else float(y[0])
    # What the run improved just before the latest half, at its pace then (from the second
    # eighth to the half, past the first steep drop), over as many steps as that half. A
    # power law keeps that pace in log terms; a stall loses it abruptly.
    y_before = _med(y[k1:k3]) if k3 > k1 else y_first
    d_prev = 2.0 * (y_before - y_mid)
    # The run after its first eighth, fitted once: where a fall in its first points is all the
    # progress there was, both the stall after progress and the stuck bound judge that part.
    late = bool(k1) and nb - k1 >= 2 * MIN_BLOCKS
    d_long, se_long = _fit(steps[k1:], y[k1:], t - float(steps[k1]), sigma) if late else (0.0, 0.0)
    flat = abs(d_last) <= z * se_last
    after_progress = flat and abs(d_last) + 2.0 * se_last <= float(settings["stall_ratio"]) * d_prev
    if flat and not after_progress:
        # A stall that began inside that stretch (a rate cut at a third of the run) leaves
        # little pace in it: the pace over the second eighth, at as long a stretch.
        k2 = int(steps.searchsorted(t0 + span / 4.0, side="right"))
        if k2 > k1:
            d_early = (_med(y[k1:k2]) - y_mid) * (span / 2.0) / (span / 2.0 - 3.0 * span / 16.0)
            after_progress = abs(d_last) + 2.0 * se_last <= float(settings["stall_ratio"]) * d_early
    if flat and not after_progress and late:
        # Progress all made in the first eighth (a fast drop, then nothing): the pace before
        # the latest half is already nil, so judge the whole run after that eighth instead.
        x0, ratio = float(steps[k1]), float(settings["stall_ratio"])
        y_start = _mean(y[k1:]) + d_long * (_mean(steps[k1:]) - x0) / (t - x0)
        after_progress = abs(d_long) <= z * se_long and (
            abs(d_long) + 2.0 * se_long <= ratio * (y_first - y_start)
        )
    # Stuck: the whole run improved by at most stall_min_progress even at its upper bound
    # (a crawl), or, with no improvement beyond the noise band, by at most STUCK_NOISY times
    # that (a noisy series that never improved); so did all of it after its first eighth (a
    # fall in its first points is no progress the crawl since makes up for).
    least = float(settings["stall_min_progress"]) * scale

    def stuck_over(d: float, se: float) -> bool:
        b = _in_units(max(d, 0.0) + 2.0 * se, least)
        return d_last >= -z * se_last and (b <= 1.0 or (d <= z * se and b <= STUCK_NOISY))

    # Stuck over the whole run, its first points included: it never learned, at any rate.
    never = stuck_over(d_all, se_all)
    stuck = never or (late and stuck_over(d_long, se_long))
    back = math.exp if positive else float
    return {
        "stalled": after_progress or stuck,
        "never_improved": never,
        "level": back(_med(ys)),
        "level_before": back(y_mid),
        "level_first": back(y_first),
        "improvement": back(y_mid) - back(y_mid - d_last),
        "improvement_before": back(y_first) - back(y_mid),
        "since_step": int(mid),
        "noise": abs(back(y_mid) - back(y_mid - z * se_last)),
    }


def _in_units(amount: float, least: float) -> float:
    """Return `amount` in units of the least progress that counts; where none counts
    (`stall_min_progress` 0, a setting the service accepts) only no progress at all is under it."""
    if least > 0.0:
        return amount / least
    return 0.0 if amount <= 0.0 else math.inf
