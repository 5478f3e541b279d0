"""Little progress: a validation loss that has barely moved since its first evaluation.

A model that does not learn (a multi-label head stuck at its base rates, a regressor at its
constant predictor's error, a learning rate far too low) often keeps making tiny new bests, so
torch's rule (which restarts its patience at each) and the stall rule (which needs progress to
compare with, or a crawl within the noise) stay silent, and its level is no ln k for the chance
rule. What tells it from a run that has converged is the whole run: a converged run got where
it is by improving a lot since its first evaluation; this one has improved by less than
TOTAL of its first evaluation after `little_progress_evaluations` of them, has moved (either
way) by less than RECENT over the last that many, and its training loss too over the same
stretch (a run whose training still falls is learning something, if only the training set; one
whose losses rise is getting worse, which other rules judge). It reports once a run: a run that
moved out of those bands has shown it can move (a noisy fine-tune converging slowly goes in and
out of them).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from lossmon.server.detectors.base import Series, dec, enc, push, sorted_median

#: Improvement since the first evaluation below which a run has barely learned.
TOTAL = 0.05
#: Improvement over the last evaluations (and of training over them) that counts as none.
RECENT = 0.03

Verdict = tuple[int, bool, str, dict[str, Any]]


def advance(
    ps: dict[str, Any],
    key: str,
    train_key: str,
    val: Series,
    train: Series,
    needed: int,
    rising: Callable[[np.ndarray], np.ndarray],
) -> list[Verdict]:
    """Advance the rule over the new evaluations of `key`; return a verdict at each one judged.

    Each evaluation is remembered with the mean of the training points logged since the one
    before (a bounded record of `needed` pairs); evaluations while the logged learning rate
    is still rising are not judged (a warm-up has not had its chance to teach).
    """
    ok_t = np.isfinite(train.values)
    t_steps, t_values = train.steps[ok_t], train.values[ok_t]
    total, count = dec(ps.get("sum", 0.0)), int(ps.get("count", 0))
    ok_v = np.isfinite(val.values)
    if not ok_v.any():  # no evaluation: the training points wait for the next one
        ps.update(sum=enc(total + float(t_values.sum())), count=count + t_values.size)
        return []
    v_steps, v_values = val.steps[ok_v], val.values[ok_v]
    warming = rising(v_steps).tolist()
    # The training points up to each evaluation, and their running sums (one pass).
    uptos = t_steps.searchsorted(v_steps, side="right").tolist()
    sums = [0.0, *np.cumsum(t_values).tolist()]
    recent: list[list[float]] = [[dec(v), dec(t)] for v, t in ps.get("recent", [])]
    first, low = dec(ps.get("first")), dec(ps.get("low"))
    taken = 0  # training points already summed
    out: list[Verdict] = []
    for i, (step, v) in enumerate(zip(v_steps.tolist(), v_values.tolist(), strict=True)):
        upto = max(taken, uptos[i])
        total += sums[upto] - sums[taken]
        count += upto - taken
        taken = upto
        first = v if math.isnan(first) else first
        low = v if math.isnan(low) else min(low, v)
        push(recent, [v, total / count if count else math.nan], needed)
        total, count = 0.0, 0
        if len(recent) < needed or warming[i] or not first > 0 or ps.get("ended"):
            continue
        verdict = _judge(key, train_key, step, recent, first, low, bool(ps.get("on")))
        # Once a run: a run that moved out of the bands has shown it can move (a noisy
        # fine-tune converging slowly goes in and out of them).
        ps["ended"] = bool(ps.get("on")) and not verdict[1]
        ps["on"] = verdict[1]
        out.append(verdict)
    total += sums[-1] - sums[taken]
    count += t_values.size - taken
    ps.update(
        recent=[[enc(v), enc(t)] for v, t in recent], first=enc(first), low=enc(low),
        sum=enc(total), count=count,
    )  # fmt: skip
    return out


def _judge(
    key: str,
    train_key: str,
    step: int,
    recent: list[list[float]],
    first: float,
    low: float,
    on: bool,
) -> Verdict:
    """Return the verdict at one evaluation, with the words and numbers it rests on.

    Once it holds (`on`), the bands on the recent stretch double: it ends when the run has
    improved by TOTAL since its first evaluation, or moves (either way) well beyond RECENT.
    """
    since_first = (first - low) / first
    if not since_first < TOTAL:
        return step, False, "", {}  # it learned: the recent stretch need not be measured
    vals = [v for v, _ in recent]
    level = sorted_median(sorted(vals))
    # Flat both ways: a loss getting worse is not one that barely learns (divergence's or
    # overfitting's business), nor one swinging by more than RECENT.
    lately = (max(vals) - min(vals)) / abs(level) if level else math.inf
    means = [t for _, t in recent if math.isfinite(t)]
    train_moved = math.nan
    if len(means) >= 4:
        k = max(1, len(means) // 4)
        t_level = sorted_median(sorted(means))
        start, end = sorted_median(sorted(means[:k])), sorted_median(sorted(means[-k:]))
        train_moved = (start - end) / abs(t_level) if t_level else math.inf
    # Without training beside it, nothing says the model is not learning the training set.
    # Once on, it holds within twice the bands (no flapping on the edge).
    band = 2.0 * RECENT if on else RECENT
    holds = since_first < TOTAL and lately < band and abs(train_moved) < band
    if not holds:
        return step, False, "", {}
    n = len(recent)
    train_words = (
        f", {train_key} by {_percent(abs(train_moved))} % over the same evaluations"
        if math.isfinite(train_moved)
        else ""  # held on from an earlier evaluation that had training beside it
    )
    message = (
        f"{key} has improved by only {_percent(since_first)} % since its first evaluation "
        f"({first:.6g}; its best is {low:.6g}), and moved within {_percent(lately)} % over "
        f"its last {n} evaluations{train_words}: the model is barely learning. Check the "
        "learning rate (too low?), the labels and the input pipeline, or stop the run."
    )
    evidence = {
        "key": key, "rule": "little_progress", "value": vals[-1], "first": first, "best": low,
        "since_first": since_first, "lately": enc(lately), "train_moved": enc(train_moved),
        "evaluations": n,
    }  # fmt: skip
    return step, True, message, evidence


def _percent(fraction: float) -> str:
    """Return a fraction in percent, to two digits; one below 1e-9 is 0, the rounding of sums
    taken across other batches (a log replayed in threes or fifties says the same)."""
    return f"{100 * fraction:.2g}" if abs(fraction) >= 1e-9 else "0"
