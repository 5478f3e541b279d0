"""A loss below zero where its kind cannot be: the objective itself is broken.

Cross-entropy, binary cross-entropy, squared and absolute errors and the hinge loss are never
negative. A run that logs one far below 0 (fastai's binary cross-entropy fed targets outside
[0, 1] runs to -40,968) falls on a plot while it diverges, and no rule about rising levels sees
it. Rounding is no such value: a cross-entropy near 0 printed as -0.0003 by a fused kernel is
within the tolerance. Only a loss kind the run states is judged (an NLL of continuous data, a
contrastive or a policy loss can be negative).
"""

from __future__ import annotations

import math

#: The loss kinds that cannot be negative, and how the words name each.
NONNEGATIVE = {
    "cross_entropy": "a cross-entropy",
    "bce": "a binary cross-entropy",
    "mse": "a squared error",
    "mae": "an absolute error",
    "hinge": "a hinge loss",
}
#: How far below 0 a value may be and still be rounding: this share of the series' first
#: value, and never less than FLOOR.
TOLERANCE = 0.01
FLOOR = 1e-3


def kind_judged(loss_kind: str | None) -> str | None:
    """Return the loss kind when this rule judges it (it cannot be negative), else None."""
    return loss_kind if loss_kind in NONNEGATIVE else None


def lowest(first: float) -> float:
    """Return the lowest value a non-negative loss whose series began at `first` may log."""
    return -max(FLOOR, TOLERANCE * abs(first)) if math.isfinite(first) else -FLOOR


def words(key: str, value: float, kind: str) -> str:
    """Return what the rule says of a negative `value` of `key`."""
    return (
        f"{key} is {value:.4g}, below 0, which {NONNEGATIVE[kind]} cannot be (targets outside "
        "the loss's range, or a flipped sign?)"
    )
