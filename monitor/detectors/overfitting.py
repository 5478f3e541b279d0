"""Overfitting (warning): validation turns up since its best while training keeps improving.

Like early stopping, it names the best validation step (the lowest validation loss: the
checkpoint to keep). Runs evaluate rarely (fine-tuning: 3–5 evaluations in all) and noisily,
so the rule is judged on the trend of the evaluations since the best, not on a strict streak:
it holds when at least `patience` evaluations came after the best, the latest one and the
median of all of them are above the level around the best by a margin, the smoothed training
loss fell meaningfully since the best step, and the gap (val − smoothed train) grew since then.
A run that logs no training loss at all (only its evaluations) is judged on validation alone,
as if training held still beside it; its words claim no overfit (a run getting worse looks the
same), and should training show up later, the rule starts again from the next evaluation.

The lowest of noisy evaluations is a lucky one: once the validation noise is measured (from 7
evaluations on), the level around the best is the median of the best and its two neighbours
(the evaluation before it and the first one after), so a lone low evaluation does not set the
level that ordinary ones are compared with, and the margin is at least `rise_noise` noises.
The noise comes from successive differences; after a U-turn (a fall into the best, every
evaluation since higher) those before the best and those since each around its own median: two
trends around one median would read as noise (a clean U-turn, +57 % in four evaluations, stayed
under it).
Before that, with nothing to tell noise from a rise, the best (or the best and a level
evaluation before it) is the level and the margin is `min_rise` (issue 12: a rise is reported
by the 2nd–3rd evaluation after the best).

A validation series with spikes defeats both: the spikes inflate the noise, and each lower
evaluation after one looks like a spike recovering. So a decisive rise holds as well: the
latest evaluation and four of the last five are a quarter above the level around the best (the
median of it and two evaluations either side) and three noises above it, the noise read from
the quieter half of the differences, and all five are above that level. Long after the best
(FLAT_EVALS evaluations), a rise must also show between the earlier and the later half of the
evaluations since it: a band level with a lucky low is a plateau, not a rise. Before that,
a rise that settled higher by gradual steps holds too: the later half of the evaluations since
the best all above the level around it and above the earlier half, their median twice
`min_rise` above it and `rise_noise` noises of a median (not of one evaluation): eight
evaluations 5-19 % above the best, none three noises above it alone, have overfit. A best
between spikes has them for neighbours, and the level around it is theirs: a clean climb after
them is judged on its own line (`_rise_after_jump`).

The smoothed training loss at an evaluation is the median of the training points logged since
the evaluation before (what the chart shows beside it), over at most `train_window_steps`
steps and at least the last 3 logged points (never the untrained point at step 0 once a later
one is there), so a run logging every step and one logging
Trainer means every 500 steps are both smoothed over about the same stretch. Where those points
reach back to earlier evaluations (a sparse log), the words name the steps they span.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

import numpy as np

from lossmon.server.detectors.base import (
    Batch,
    Episodes,
    Finding,
    changes,
    dec,
    enc,
    fresh,
    median,
    noise_of,
    push,
    sorted_median,
)

NAME = "overfitting"

#: Training points kept for the smoothed level, whatever the window says (bounded state).
MAX_TRAIN_POINTS = 1001
#: Evidence of a report on validation alone: no training level, no gap.
VAL_ONLY = {"train": None, "train_at_best": None, "gap": None, "gap_at_best": None,
            "validation_only": True}  # fmt: skip
#: Logged training points the smoothed level always covers (a Trainer point is already a mean).
MIN_TRAIN_POINTS = 3
#: Validation values since the best kept for the median (bounded state).
MAX_SINCE = 64
#: An evaluation above this multiple of the one before jumped (a spike, not a trend): the
#: spike detector's default validation factor, so what it calls a spike is one here too.
JUMP = 1.8
#: Recent evaluations whose successive differences give the validation noise.
NOISE_EVALS = 16
#: The evaluation before the best joins its level when at most this fraction above it (a
#: lucky low among level evaluations, not the end of a fall).
NEAR = 0.05
#: A steady rise counts from this fraction of `min_rise` above the best: a converged series
#: creeping up 1 % has a tiny noise but nothing to act on.
STEADY_FLOOR = 0.5
#: Evaluations since the best from which a rise must also show between their halves.
FLAT_EVALS = 10
#: A decisive rise: the median of the last DECISIVE_EVALS evaluations above the level around
#: the best by this fraction of it (and the last three above that level).
DECISIVE = 0.25
DECISIVE_EVALS = 5
#: …and beside such a rise, training need only have fallen by this share of
#: `min_train_improvement` (validation 1.8x its best while training fell 9 % has overfit).
DECISIVE_TRAIN = 0.5
#: The lower quartile of |N(0, 1)|: the quieter-half noise divides by it.
QUARTILE_OF_NORMAL = 0.3186
#: Evaluations in each half of a settled rise (the later half judged by its median).
SETTLED_HALF = 3
#: Differences on each side of the best that let its noise be read beside the turn.
TURN_DIFFS = 3
#: Differences needed before the noise is estimated (fewer: only min_rise applies).
MIN_NOISE_DIFFS = 6
#: A slow rise: from this many evaluations since the best, a least-squares line through them
#: rising with a t-statistic of at least TREND_T, and ending min_rise above the level, with
#: no evaluation above GRADUAL times the one before (a bump or a jump is a spike's business).
TREND_EVALS = 7
TREND_T = 3.0
GRADUAL = 1.25
#: A slow rise must also outlast the run's own rhythm of improvement: this many times the
#: median wait between its last BEST_WAITS + 1 new bests (a run that made a new best every ten
#: evaluations lately is not overfit after eight without one).
RHYTHM = 2.0
BEST_WAITS = 5
#: A reported overfit holds until the median since the best is back within this share of
#: `min_rise` above it, or of the median's rise when it was reported if that was less (a slow
#: rule reports below min_rise): a noisy validation hovering at the margin is one alert, not
#: one per crossing (a summariser's fixed-batch validation opened 32 against one best, a
#: CatBoost validation evaluated every iteration five).
HOLD_SHARE = 0.5
#: The end rule (`finish`): at most this many evaluations after the best.
END_EVALS = 2


def _noise(values: list[float]) -> float:
    """Return the robust noise (std) of one evaluation, from successive differences.

    The MAD of the differences around their median ignores a steady trend; differences of
    independent noise have √2 times its spread.
    """
    if len(values) <= MIN_NOISE_DIFFS:
        return 0.0
    return noise_of(values)


def _noise_beside_turn(values: list[float], after: int) -> float:
    """Return the noise of one evaluation of a series that turned at its best `after`
    evaluations ago: the successive differences before the turn and those since, each
    around its own median (a fall and a rise are two trends; around one median their mix is
    no noise), their robust spread pooled. Too few on either side, or no U-turn (the median
    difference falling before, every one rising since): `_noise`."""
    turn = len(values) - after - 1  # the difference from the best to the first after it
    if len(values) <= MIN_NOISE_DIFFS or after < TURN_DIFFS or turn < TURN_DIFFS:
        return _noise(values)
    d = [b - a for a, b in pairwise(values)]
    if not all(map(math.isfinite, d)):
        return _noise(values)
    before, since = d[:turn], d[turn:]
    if not (median(before) < 0.0 and min(since) > 0.0):
        return _noise(values)  # no fall into the best and steady rise after it: one trend
    deviations = [abs(x - median(side)) for side in (before, since) for x in side]
    return 1.4826 / math.sqrt(2.0) * median(deviations)


def _quiet_noise(values: list[float]) -> float:
    """Return the noise of one evaluation from the quieter half of successive differences.

    The MAD breaks down once spikes make half the differences (four spikes in sixteen
    evaluations do): the lower quartile of the absolute deviations, scaled to a normal's
    standard deviation, still reads the noise between them.
    """
    if len(values) <= MIN_NOISE_DIFFS:
        return 0.0
    d = changes(values)
    if d is None:
        arr = np.diff(np.asarray(values, dtype=np.float64))
        low = float(np.quantile(np.abs(arr - np.median(arr)), 0.25))
    else:
        # np.median's and np.quantile's numbers in plain Python (a tenth of their per-call
        # cost on 16 evaluations): only a zero median's sign could differ, which the absolute
        # deviations do not show.
        centre = sorted_median(sorted(d))
        low = numpy_quantile(sorted([abs(x - centre) for x in d]), 0.25)
    return low / (QUARTILE_OF_NORMAL * math.sqrt(2))


def numpy_quantile(ordered: list[float], q: float) -> float:
    """Return `np.quantile(ordered, q)` of a sorted non-empty list of floats, with numpy's
    arithmetic: its linear interpolation is taken from the upper value from halfway on."""
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    t = position - low
    a, b = ordered[low], ordered[high]
    return b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t


def _fitted_rise(values: list[float]) -> tuple[float, float]:
    """Return the t-statistic of the least-squares slope through `values` (in order) and the
    line's value at the last of them: a trend measured against the scatter around it, so a
    slow rise through noise shows where no single evaluation stands out."""
    y = np.asarray(values, dtype=np.float64)
    x = np.arange(y.size, dtype=np.float64) - (y.size - 1) / 2.0
    sxx = float(x @ x)
    slope = float(x @ (y - y.mean())) / sxx
    resid = y - y.mean() - slope * x
    spread = math.sqrt(float(resid @ resid) / (y.size - 2))
    if spread > 0:
        t = slope / (spread / math.sqrt(sxx))
    else:  # on a line: as significant as its slope's sign
        t = math.copysign(math.inf, slope) if slope else 0.0
    return t, float(y.mean()) + slope * float(x[-1])


def _rise_after_jump(since: list[float], best: float, min_rise: float) -> bool:
    """Return whether, after a best whose next evaluation spiked (above JUMP times it), the
    evaluations after the last jump since the best (a step above GRADUAL) rise on their own
    line: FLAT_EVALS or more of them, each a gradual step, the line rising with a t-statistic
    of TREND_T by twice `min_rise` of where it starts, and ending `min_rise` above the best.
    A best between spikes has spikes for neighbours, and the level around it is theirs (a
    gripper LSTM's 0.0034 beside 0.0206 and 0.0243): a clean climb after them (0.0066 to
    0.0193 in 44 epochs) stays under that level."""
    if not since or best <= 0 or since[0] <= JUMP * best:
        return False
    steps = list(zip([best, *since], since, strict=False))
    jumps = [i for i, (a, b) in enumerate(steps) if a > 0 and b > GRADUAL * a]
    if not jumps:
        return False
    tail = since[jumps[-1] + 1 :]
    if len(tail) < FLAT_EVALS or min(tail) <= 0:
        return False
    t, end = _fitted_rise(tail)
    start = 2.0 * float(np.mean(tail)) - end
    return (
        t >= TREND_T
        and start > 0
        and end - start >= 2.0 * min_rise * start
        and end > (1.0 + min_rise) * best
    )


def _usual_wait(best_at: list[int]) -> float:
    """Return the median number of evaluations between the recent new bests (0 with fewer
    than three of them: no rhythm yet)."""
    if len(best_at) < 3:
        return 0.0
    return median([b - a for a, b in pairwise(best_at)])


def _train_fell(train: float, at_best: float, first: float, fall: float) -> bool:
    """Return whether training fell meaningfully since the validation best: by `fall` of its
    level there, or, for a loss that sits far above 0 (InfoNCE near ln K, 10 % of its level
    more than its whole range), by as much as it had fallen from its first evaluation to the
    best, where that was at least half as much."""
    drop = at_best - train
    before = first - at_best
    return drop >= fall * abs(at_best) or (before >= 0.5 * fall * abs(at_best) and drop >= before)


def _train_level(
    steps: list[int], values: list[float], end: int, at: int, span: int
) -> tuple[float, int | None]:
    """Return the median of the training points before index `end` within `span` steps of `at`
    (at least MIN_TRAIN_POINTS of them), and the step of the first of them; never with the
    point logged at step 0 once a later one is there: that is the untrained model's loss, and
    a median over it on a sparse log (9.25 beside 3.0) would say training fell where its
    points rose."""
    if end == 0:
        return math.nan, None
    start = min(bisect_right(steps, at - span, 0, end), max(0, end - MIN_TRAIN_POINTS))
    if start == 0 and end > 1 and steps[0] == 0:
        start = 1
    return median(values[start:end]), steps[start]


def _moved(now: float, then: float, down: str, up: str) -> str:
    """Return the verb for how a quantity moved from `then` to `now`: a held alert speaks at
    every evaluation, and training may have turned up since it opened (the words must not say
    "fell from 3.146 to 3.64")."""
    return up if now > then else down


def _spanning(level: float, first: int | None, last: int | None, before: int | None) -> str:
    """Return a training level in words: with the steps its points span when they reach back
    to the evaluation before (a sparse log's level holds the points of earlier evaluations:
    "1.362" beside the best would read as the loss logged there)."""
    if first is None or last is None or before is None or first > before:
        return f"{level:.4g}"
    return f"{level:.4g} (its points at steps {first}-{last})"


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the overfitting rule over the new train and val points, in step order."""
    st: dict[str, Any] = dict(state) if state else {}
    cfg = settings
    span = int(cfg["train_window_steps"])
    patience = int(cfg["patience"])
    t_steps: list[int] = list(st.get("t_steps", []))
    t_values: list[float] = list(st.get("t_values", []))
    best = dec(st.get("best"))
    best_step = st.get("best_step")
    train_at_best = dec(st.get("train_at_best"))
    bad = int(st.get("bad", 0))
    since: list[float] = list(st.get("since", []))
    # The training level at each of those evaluations (bounded as `since`).
    train_since: list[float] = list(st.get("train_since", []))
    recent: list[float] = list(st.get("recent", []))
    streak = int(st.get("streak", 0))
    before_best = dec(st.get("before_best"))  # the evaluation just before the best
    around_best: list[float] = list(st.get("around_best", []))  # the two before it
    # The best the run page shows (the lowest finite evaluation, with or without a training
    # level beside it) and every evaluation since, repeats included: the words' numbers.
    low = dec(st["low"]) if "low" in st else best
    low_step = st.get("low_step", best_step)
    since_low = int(st.get("since_low", bad))
    last_val = dec(st.get("last_val"))
    relogged = bool(st.get("relogged", False))  # whether the last evaluation was passed over
    # The latest judged evaluation's step and the training level beside it (the end rule's).
    last_step, last_train = st.get("last_step"), dec(st.get("last_train"))
    # The words for the training levels beside the best and the latest evaluation.
    train_at_best_words = st.get("train_at_best_words", f"{train_at_best:.4g}")
    last_train_words = st.get("last_train_words", f"{last_train:.4g}")
    evaluations = int(st.get("evaluations", 0))
    best_at: list[int] = list(st.get("best_at", []))  # the evaluation counts of recent bests
    val_only_best = bool(st.get("val_only_best", False))
    # The training level at the first evaluation that had one: how far training had come by
    # the best, for a loss far above 0 at its floor (InfoNCE's ln K).
    train_first = dec(st.get("train_first"))
    eps = Episodes(st, NAME)
    new_train = fresh(st, cfg["train_key"], batch.get(cfg["train_key"]))
    val = fresh(st, cfg["val_key"], batch.get(cfg["val_key"]))
    ok = np.isfinite(new_train.values)
    n_old = len(t_steps)
    t_steps += new_train.steps[ok].tolist()
    t_values += new_train.values[ok].tolist()
    # Each validation point sees the training points logged up to its step (training rows
    # first at equal steps).
    seen = new_train.steps[ok].searchsorted(val.steps, side="right").tolist()
    prev_eval = st.get("prev_eval")
    for step, v, k in zip(val.steps.tolist(), val.values.tolist(), seen, strict=True):
        if not v >= low:  # a lower evaluation, or the first (NaN is passed over below)
            if math.isfinite(v):
                low, low_step, since_low = v, step, 0
        else:
            since_low += 1
        relogged = v == last_val and not relogged
        if relogged:
            # The evaluation before logged again (a run that evaluates every other epoch and
            # logs the last result at each, as YOLOv5 does): no new evaluation, and its zero
            # difference would take the noise the rule measures towards 0. A value that
            # holds for longer is a loss that stopped moving: from its third time on, each
            # second one counts, so a rise that holds still runs out the patience.
            continue
        # The training level at this evaluation: the points since the one before (what the
        # chart shows beside it), within train_window_steps and at least MIN_TRAIN_POINTS.
        reach = span if prev_eval is None else max(1, min(span, step - int(prev_eval)))
        before, prev_eval = prev_eval, step
        train, train_from = _train_level(t_steps, t_values, n_old + k, step, reach)
        train_to = t_steps[n_old + k - 1] if n_old + k else None
        train_words = _spanning(train, train_from, train_to, before)
        untrained = n_old + k == 0
        if untrained:
            # No training loss logged (TransMIL and other runs that log only their
            # evaluations): validation is judged alone, as if training held still beside it.
            train, train_words = 0.0, ""
        elif val_only_best and math.isfinite(train):
            # Training showed up after a best judged alone: that best had no training level
            # beside it, so the rule starts again from the next evaluation.
            best, bad, streak, since, train_since, val_only_best = math.nan, 0, 0, [], [], False
        if not math.isfinite(v) or not math.isfinite(train):
            # No judgement without both levels; a NaN validation is divergence's business.
            eps.update(step, False)
            continue
        push(recent, v, NOISE_EVALS)
        evaluations += 1
        if math.isnan(train_first) and not untrained:
            train_first = train
        previous, last_val = last_val, v
        last_step, last_train, last_train_words = step, train, train_words
        if not math.isfinite(best) or v < best:
            if eps.open is not None:
                # The overfit reported is over: validation improved again. Said in its last
                # numbers (the engine ends the incident there; a later stall is its own).
                eps.open["evidence"] = {**eps.open["evidence"], "new_best_step": step}
            push(best_at, evaluations, BEST_WAITS + 1)
            # The lowest validation loss is the best, as the run page shows it.
            best, best_step, train_at_best, bad, streak, since = v, step, train, 0, 0, []
            train_at_best_words = train_words
            val_only_best = untrained
            train_since = []
            before_best = previous
            around_best = recent[-3:-1]
            eps.update(step, False)
            continue
        bad += 1
        since.append(v)
        del since[:-MAX_SINCE]
        train_since.append(train)
        del train_since[:-MAX_SINCE]
        noise = _noise_beside_turn(recent, len(since))
        margin = max(
            float(cfg["min_delta"]),
            float(cfg["min_rise"]) * abs(best),
            float(cfg["rise_noise"]) * noise,
        )
        # The trend since the best: the latest evaluation and most of them clearly above it
        # (one lower evaluation does not reset it; one high one — a spike — does not make it),
        # and validation not coming back down from a jump since the best (a fall back below
        # half of a peak above twice the best is a spike recovering, not a trend).
        peak = max(since)
        recovering = (
            len(since) >= 2
            and v < since[-2]
            and peak > JUMP * best
            and v - best < 0.5 * (peak - best)
        )
        # A sudden jump (the evaluation more than doubled the one before) is a spike or a
        # divergence while it lasts: judged at the next evaluation, if it stays.
        jumped = v > JUMP * (since[-2] if len(since) >= 2 else best)
        # Against the level around the best: the lowest of noisy evaluations is a lucky one,
        # and ordinary ones after it are not a rise. Once the noise is measured, the level is
        # the median of the best and its neighbours (a lone low evaluation — an outlier of a
        # noisy series — never sets it; a clean U-turn costs at most one evaluation). Before
        # that, the evaluation before joins the best only within NEAR (a steady fall into the
        # best is not a lucky low), and after a fall or a spike the best alone is the level.
        if noise > 0:
            base = median([best, since[0]] + ([before_best] if math.isfinite(before_best) else []))
        elif math.isfinite(before_best) and before_best - best <= NEAR * abs(best):
            base = median([before_best, best])
        else:
            base = best
        trend = v > base + margin and median(since) > base + margin
        if trend and len(since) >= FLAT_EVALS:
            # Long after the best, a band level with it is a plateau above a lucky low, not
            # a rise: the later half of the evaluations since the best must sit above the
            # earlier half.
            half = len(since) // 2
            trend = median(since[half:]) > median(since[:half]) + noise
        # A slow, steady rise (every one of the last `steady_evaluations` higher than the
        # one before) is a trend once it is above the noise, before it reaches min_rise. The
        # slow rules (steady, sloped) are tested at every evaluation of a long run, so a run
        # with hundreds of them shows such a stretch by chance: each must also outlast the
        # run's own rhythm of new bests, and the steady one rise from the level around the
        # best, not from its lucky low.
        n_steady = int(cfg["steady_evaluations"])
        outlasted = bad > RHYTHM * _usual_wait(best_at)
        steady = (
            len(since) >= n_steady
            and outlasted
            and bool(np.all(np.diff(np.asarray(since[-n_steady:])) > 0))
            and v
            > base
            + max(
                float(cfg["min_delta"]),
                float(cfg["rise_noise"]) * noise,
                STEADY_FLOOR * float(cfg["min_rise"]) * abs(best),
            )
        )
        # Decisive: most of the latest evaluations far above the level around the best (the
        # median of it and two evaluations either side). Spikes on the way inflate the noise
        # and keep a peak in view that every lower evaluation "recovers" from; a series that
        # has settled a quarter above its best has overfit all the same.
        decisive = False
        if len(since) >= DECISIVE_EVALS and len(around_best) == 2:
            # Only then is the noise of the quieter half needed (most evaluations of a
            # healthy run come too soon after its best).
            last = since[-DECISIVE_EVALS:]
            level = median([*around_best, best, *since[:2]])
            noise_far = float(cfg["rise_noise"]) * _quiet_noise(recent)
            far = level + max(DECISIVE * abs(level), noise_far)
            # All of the last five above the level and four of them far above: settled
            # there, not a spike of two or three evaluations.
            decisive = (
                v > far and min(last) > level and sum(x > far for x in last) >= DECISIVE_EVALS - 1
            )
        # A slow rise through noise: a line through the evaluations since the best rising
        # well beyond their scatter, and ending min_rise above the level around the best.
        sloped = False
        steps_up = [b / a for a, b in zip([best, *since], since, strict=False) if a > 0]
        gradual_steps = max(steps_up, default=math.inf) <= GRADUAL
        if len(since) >= TREND_EVALS and outlasted and gradual_steps:
            t, fitted = _fitted_rise(since)
            sloped = t >= TREND_T and fitted > base + float(cfg["min_rise"]) * abs(best)
        elif outlasted:
            sloped = _rise_after_jump(since, best, float(cfg["min_rise"]))
        # Settled higher, step by gradual step: the later half of the evaluations since the
        # best all above the level around it, their median above the earlier half's and
        # min_rise twice over, and above it by rise_noise noises of their median, not of one
        # evaluation.
        settled = False
        if 2 * SETTLED_HALF <= len(since) < FLAT_EVALS and outlasted and gradual_steps:
            half = len(since) // 2
            late = since[half:]
            settled = (
                min(late) > base
                and median(late) > median(since[:half])
                and median(late)
                > base
                + max(
                    2.0 * float(cfg["min_rise"]) * abs(best),
                    float(cfg["rise_noise"]) * noise / math.sqrt(len(late)),
                )
            )
        gradual = (trend or steady or sloped or settled) and not recovering
        rose = (gradual or decisive) and not jumped
        gap_best = best - train_at_best
        gap = v - train
        # A decisive rise of validation needs less evidence from training: half the fall.
        fall = float(cfg["min_train_improvement"]) * (DECISIVE_TRAIN if decisive else 1.0)
        train_fell = _train_fell(train, train_at_best, train_first, fall)
        widened = gap - gap_best > float(cfg["min_gap_increase"]) * abs(best)
        rule = bad >= patience and rose and train_fell and widened
        if eps.open is not None and not rule:
            # Once reported, it holds while most evaluations since the best stay above it by
            # HOLD_SHARE of min_rise (noisy validation does not flap the alert on one low
            # evaluation, nor on a median hovering at the margin) and training is not above
            # its level at the best at most of them either, beyond the fall the report asked
            # of it (a spiky training level that rises above it at a few evaluations does not).
            rise = float(cfg["min_rise"]) * abs(best)
            opening = eps.open.get("opening") or {}
            if "median_since_best" in opening:
                # A slow rule reports below min_rise: such a report holds at HOLD_SHARE of the
                # median's rise it was reported at, but of no less than STEADY_FLOOR's share of
                # min_rise (a median barely above the best would hold it for good).
                reported = float(opening["median_since_best"]) - best
                rise = min(rise, max(reported, STEADY_FLOOR * rise))
            hold = max(float(cfg["min_delta"]), HOLD_SHARE * rise)
            train_held = median(train_since) <= train_at_best + fall * abs(train_at_best)
            rule = median(since) > best + hold and train_held
        streak = streak + 1 if rule else 0
        if streak >= int(cfg["confirmations"]):
            evidence = {
                "value": v,
                "best": low,
                "best_step": low_step,
                "gap": gap,
                "gap_at_best": gap_best,
                "train": train,
                "train_at_best": train_at_best,
                "evaluations_since_best": since_low,
                "median_since_best": median(since),
                "threshold": patience,
            }
            # The best had no training level beside it (no training point logged before it):
            # the training level and the gap are compared from the first evaluation that had.
            from_step = (
                ""
                if best_step == low_step
                else f" (at step {best_step}, the first evaluation with training logged before it)"
            )
            if val_only_best:
                evidence.update(VAL_ONLY)
            eps.update(
                step,
                True,
                severity="warning",
                evidence=evidence,
                message=_alone(cfg, v, low, low_step, since_low, median(since))
                if val_only_best
                else (
                    f"Overfitting: {cfg['val_key']} is {v:.4g}, above its best ({low:.4g} at "
                    f"step {low_step}) for {since_low} evaluations while {cfg['train_key']} (the "
                    f"median of its recent points) {_moved(train, train_at_best, 'fell', 'rose')} "
                    f"from {train_at_best_words}{from_step} to {train_words}; the gap "
                    f"{_moved(gap, gap_best, 'fell', 'grew')} from {gap_best:.4g} to "
                    f"{gap:.4g}. Keep the checkpoint of step {low_step}; "
                    "more data, regularization or early stopping would help."
                ),
            )
        else:
            eps.update(step, False)
    # Keep what the next window needs: the last `span` steps, at least MIN_TRAIN_POINTS, and
    # of those only the points after the last evaluation (the next window starts there) and
    # the MIN_TRAIN_POINTS before it.
    if t_steps:
        keep = min(
            bisect_right(t_steps, t_steps[-1] - span), max(0, len(t_steps) - MIN_TRAIN_POINTS)
        )
        if prev_eval is not None:
            keep = max(keep, bisect_right(t_steps, prev_eval) - MIN_TRAIN_POINTS)
        keep = max(keep, len(t_steps) - MAX_TRAIN_POINTS)
        t_steps, t_values = t_steps[keep:], t_values[keep:]
    st.update(t_steps=t_steps, t_values=t_values, since=since, recent=recent, streak=streak)
    st.update(train_since=train_since)
    st.update(prev_eval=prev_eval, before_best=enc(before_best), last_val=enc(last_val))
    st.update(around_best=around_best, evaluations=evaluations, best_at=best_at)
    st.update(relogged=relogged, low=enc(low), low_step=low_step, since_low=since_low)
    st.update(last_step=last_step, last_train=enc(last_train), last_train_words=last_train_words)
    st.update(best=enc(best), best_step=best_step, train_at_best=enc(train_at_best), bad=bad)
    st["train_first"] = enc(train_first)
    st.update(train_at_best_words=train_at_best_words, val_only_best=val_only_best)
    st.pop("win", None)
    return st, eps.findings()


def _alone(
    cfg: Mapping[str, Any], v: float, low: float, low_step: Any, after: int, middle: float
) -> str:
    """Return the words for a validation that rose with no training loss logged beside it:
    nothing says whether training still improves, so they claim no overfit."""
    return (
        f"Validation getting worse: {cfg['val_key']} is {v:.4g}, "
        f"{100.0 * (v / low - 1.0):.0f} % above its best ({low:.4g} at step {low_step}) for "
        f"{after} evaluation{'' if after == 1 else 's'}, their median {middle:.4g}. "
        f"No {cfg['train_key']} is logged, so overfitting cannot be told from a run getting "
        f"worse. Keep the checkpoint of step {low_step}."
    )


def finish(
    state: dict[str, Any] | None, settings: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Finding]]:
    """Judge a run that has ended: its last evaluation, one or END_EVALS after the best, well
    above the best while training fell since (a fine-tune whose final epoch overfit).

    The live rules wait for `patience` evaluations after the best and a trend through them;
    a run that ended has no more to come, and its final weights are those of its last
    evaluation: more than `min_rise` above the best (the margin the live rules start from)
    and `rise_noise` noises of one evaluation once they are measured, with
    training `min_train_improvement` below its level at the best, is worth saying, with the
    checkpoint to keep. An overfit already reported is left as it is.
    """
    st: dict[str, Any] = dict(state) if state else {}
    eps = Episodes(st, NAME)
    cfg = settings
    best, last, train, train_at_best = (
        dec(st.get(k)) for k in ("best", "last_val", "last_train", "train_at_best")
    )
    since: list[float] = list(st.get("since", []))
    # Later than END_EVALS after the best, a rise still under way when the run stopped,
    # before the live rules had the evidence they wait for: each of the last END_EVALS + 1
    # evaluations higher than the one before, the last the highest since the best, the later
    # half above the earlier, and the rise counted from the level around the best (its
    # median with its neighbours: a lucky low is no level); the noise then read from the
    # evaluations since the best.
    half, climb = len(since) // 2, since[-END_EVALS - 1 :]
    late = len(since) > END_EVALS
    rising = not late or (
        all(a < b for a, b in pairwise(climb))
        and last >= max(since)
        and median(since[half:]) > median(since[:half])
    )
    if eps.open is not None or not since or not rising or st.get("last_step") is None:
        return st, eps.findings()
    before = since[-2] if len(since) >= 2 else best
    recent = [best, *since] if late else list(st.get("recent", []))
    noise = _noise(recent) if late else _noise_beside_turn(recent, len(since))
    rise = max(
        float(cfg["min_delta"]),
        float(cfg["min_rise"]) * abs(best),
        float(cfg["rise_noise"]) * noise,
    )
    fall = float(cfg["min_train_improvement"]) * abs(train_at_best)
    base = median([*st.get("around_best", [])[-1:], best, since[0]]) if late else best
    if not (
        last == since[-1]
        and last > base + rise
        and last <= JUMP * before  # a jump at the end is a spike's (spike.py)
        and train <= train_at_best - fall
    ):
        return st, eps.findings()
    low, low_step = dec(st.get("low", st["best"])), st.get("low_step", st.get("best_step"))
    step, after = int(st["last_step"]), int(st.get("since_low", len(since)))
    evaluations = f"{after} evaluation{'' if after == 1 else 's'}"
    alone = bool(st.get("val_only_best"))
    training = (
        f"while no {cfg['train_key']} is logged (overfitting cannot be told from a run getting "
        "worse)"
        if alone
        else f"while {cfg['train_key']} (the median of its recent points) fell from "
        f"{st.get('train_at_best_words', f'{train_at_best:.4g}')} to "
        f"{st.get('last_train_words', f'{train:.4g}')}"
    )
    eps.update(
        step,
        True,
        severity="warning",
        evidence={
            "value": last,
            "best": low,
            "best_step": low_step,
            "gap": last - train,
            "gap_at_best": best - train_at_best,
            "train": train,
            "train_at_best": train_at_best,
            "evaluations_since_best": after,
            "at_end": True,
            **(VAL_ONLY if alone else {}),
        },
        message=(
            f"Overfitting at the end of the run: {cfg['val_key']}'s last evaluation is "
            f"{last:.4g} (step {step}), {100.0 * (last / low - 1.0):.0f} % above its best "
            f"({low:.4g} at step {low_step}) for {evaluations}, {training}. Keep "
            f"the checkpoint of step {low_step}: the final weights are worse on held-out data."
        ),
    )
    return st, eps.findings()
