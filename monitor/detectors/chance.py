"""Stuck at chance: a classification loss that has sat at ln k since its first point.

A classifier that predicts the uniform distribution over k classes has a cross-entropy of
exactly ln k, whatever the data: a loss that starts there (as every classifier does) and
never leaves is a model that has not learned, long before torch's rule (patience 10) or the
stall rule (which needs progress, or a crawl, to judge) can say so on a run of 5–10
evaluations. Only small k are told apart: ln 2 … ln 10 lie at least 4.6 % apart, so a band of
BAND around one of them names one class count, where ln 100 and ln 101 would not.

The rule judges the evaluations (every classifier's training loss starts at ln k, and a
stream cannot tell a run that never learns from one whose first evaluation, still to come,
has): it holds once `chance_evaluations` of them, and every one so far, are within BAND of the
same ln k, and ends for good at the first evaluation outside it. A run whose first training
point is not at that ln k did not start at chance (a language-model fine-tune whose validation
sits near 2.2 is not a 9-class guess), and is not judged.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from lossmon.server.detectors.base import Series

#: Relative distance from ln k within which a loss is at chance.
BAND = 0.025
#: The class counts whose ln k is told apart (ln 2 … ln 10).
CLASSES = range(2, 11)
#: Loss kinds whose uniform guess costs ln k (None: not said, judged all the same).
KINDS = {"cross_entropy", "bce", "nll", "unknown", None}

Verdict = tuple[int, bool, str, dict[str, Any]]


def classes_of(value: float) -> int | None:
    """Return the k whose ln k is nearest `value`, when within BAND of it; else None."""
    k = min(CLASSES, key=lambda c: abs(value / math.log(c) - 1.0))
    return k if abs(value / math.log(k) - 1.0) <= BAND else None


def advance(
    cs: dict[str, Any],
    key: str,
    new: Series,
    needed: int,
    stated: bool,
    start: float,
    counted: np.ndarray,
) -> list[Verdict]:
    """Advance the rule over the new points of the judged series `key`; return its verdicts
    (where it starts to hold, the latest words while it holds, where it ends). `stated`:
    whether the run said its loss is a classification loss (else the words hedge); `start`:
    the run's first training point (NaN when it has none), which must be at the same ln k;
    `counted`: which of the new points count towards `needed` (a point in band that does not
    count keeps the rule alive without bringing its report nearer)."""
    ok = np.isfinite(new.values)
    steps, values, counted = new.steps[ok], new.values[ok], counted[ok]
    if cs.get("left") or steps.size == 0:
        return []
    if "k" not in cs:
        k = classes_of(float(values[0]))
        if k is None or (math.isfinite(start) and classes_of(start) != k):
            cs["left"] = True
            return []
        cs.update(k=k, first=int(steps[0]), n=0, total=0, held=False)
        cs.update(low=float(values[0]), high=float(values[0]))
    inside = np.abs(values / math.log(int(cs["k"])) - 1.0) <= BAND
    out_at = steps.size if inside.all() else int(np.argmin(inside))
    verdicts: list[Verdict] = []
    if out_at:
        counts = int(cs["n"]) + np.cumsum(counted[:out_at])
        # Every point in band since the first, counted or not, is one the words speak of.
        totals = int(cs.get("total", cs["n"])) + np.arange(1, out_at + 1)
        reached = (counts >= needed) & counted[:out_at]
        if not cs["held"] and reached.any():
            # The words at the opening speak of the points up to it.
            at = int(np.argmax(reached))
            _widen(cs, values[: at + 1])
            verdicts.append(_verdict(cs, key, int(steps[at]), int(totals[at]), stated))
            cs["held"] = True
        _widen(cs, values[:out_at])
        cs["n"], cs["total"] = int(counts[-1]), int(totals[-1])
        if cs["held"]:
            verdicts.append(_verdict(cs, key, int(steps[out_at - 1]), cs["total"], stated))
    if out_at < steps.size:
        cs["left"] = True
        if cs["held"]:
            verdicts.append((int(steps[out_at]), False, "", {}))
            cs["held"] = False
    return verdicts


def _widen(cs: dict[str, Any], values: np.ndarray) -> None:
    cs["low"] = min(float(cs["low"]), float(values.min()))
    cs["high"] = max(float(cs["high"]), float(values.max()))


def _verdict(cs: Mapping[str, Any], key: str, step: int, n: int, stated: bool) -> Verdict:
    k, low, high = int(cs["k"]), float(cs["low"]), float(cs["high"])
    verdict = (
        "The model has not learned"
        if stated
        else "If this is a classification loss, the model has not learned"
    )
    message = (
        f"{key} has stayed at chance level for all its {n} points since step {cs['first']}: "
        f"{low:.4g}–{high:.4g}, around ln {k} = {math.log(k):.4g}, the loss of a uniform guess "
        f"over {k} classes. {verdict}: check the labels, the learning rate and the input "
        "pipeline."
    )
    evidence = {
        "key": key, "rule": "chance", "classes": k, "chance_loss": math.log(k),
        "low": low, "high": high, "points": n, "since_step": cs["first"],
    }  # fmt: skip
    return step, True, message, evidence
