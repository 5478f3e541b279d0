"""Regularization share (info): the penalty takes most of the total loss.

When `reg / loss` stays above `max_share` the optimizer spends its effort shrinking weights
rather than fitting data: the model is held back more than it learns. A hint, not an incident.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from monitor.detectors.base import Batch, Episodes, Finding, median, new_points, push

NAME = "regularization"


def paired(st: dict[str, Any], batch: Batch, a: str, b: str) -> list[tuple[int, float, float]]:
    """Return (step, a, b) for the new steps of `a` that also have a value of `b` in the batch."""
    sa, sb = batch.get(a), batch.get(b)
    if sa is None or sb is None:
        return []
    other = dict(zip(sb.steps.tolist(), sb.values.tolist(), strict=True))
    return [(st_, v, other[st_]) for st_, v in new_points(st, a, sa) if st_ in other]


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the penalty-share rule over the new (loss, reg) pairs."""
    st: dict[str, Any] = dict(state) if state else {}
    cfg = settings
    win: list[float] = list(st.get("win", []))
    first_step = st.get("first_step")
    eps = Episodes(st, NAME)
    for step, loss, reg in paired(st, batch, cfg["loss_key"], cfg["reg_key"]):
        if first_step is None:
            first_step = step
        if not (math.isfinite(loss) and math.isfinite(reg)) or loss <= 0 or reg < 0:
            continue
        push(win, reg / loss, int(cfg["window"]))
        share = median(win)
        warm = step - first_step >= int(cfg["warmup_steps"])
        holds = warm and len(win) >= int(cfg["window"]) and share > float(cfg["max_share"])
        if holds:
            eps.update(
                step,
                True,
                severity="info",
                message=(
                    f"The regularization penalty is {share:.0%} of the total loss (bound "
                    f"{cfg['max_share']:.0%}): the model is held back more than it learns; "
                    "consider a smaller penalty coefficient."
                ),
                evidence={
                    "value": share,
                    "threshold": float(cfg["max_share"]),
                    "reg": reg,
                    "loss": loss,
                },
            )
        else:
            eps.update(step, False)
    st.update(win=win, first_step=first_step)
    return st, eps.findings()
