"""Regularization share (info): the penalty takes most of the total loss.

When `reg / loss` stays above `max_share` the optimizer spends its effort shrinking weights
rather than fitting data: the model is held back more than it learns. A hint, not an incident.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from lossmon.server.detectors.base import EMPTY, Batch, Episodes, Finding, fresh, rolling_median

NAME = "regularization"


def paired_arrays(
    st: dict[str, Any], batch: Batch, a: str, b: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return steps, `a` and `b` values of the new steps of `a` that have a `b` in the batch."""
    sa, sb = batch.get(a), batch.get(b)
    if sa is None or sb is None:
        return EMPTY.steps, EMPTY.values, EMPTY.values
    new = fresh(st, a, sa)
    bs = sb.steps
    if new.steps.size == 0 or bs.size == 0:
        return EMPTY.steps, EMPTY.values, EMPTY.values
    if bs.size == new.steps.size and (bs == new.steps).all():
        # Both logged at the same steps (the new ones only increase): every pair is kept.
        return new.steps, new.values, sb.values
    if bs.size > 1 and not (bs[1:] > bs[:-1]).all():
        # Unsorted or repeated steps: the last value of a step counts, as in a dict.
        other = dict(zip(bs.tolist(), sb.values.tolist(), strict=True))
        keep = [s in other for s in new.steps.tolist()]
        steps = new.steps[keep]
        return steps, new.values[keep], np.asarray([other[s] for s in steps.tolist()])
    at = np.minimum(np.searchsorted(bs, new.steps), bs.size - 1)
    keep = bs[at] == new.steps
    return new.steps[keep], new.values[keep], sb.values[at[keep]]


def paired(st: dict[str, Any], batch: Batch, a: str, b: str) -> list[tuple[int, float, float]]:
    """Return (step, a, b) for the new steps of `a` that also have a value of `b` in the batch."""
    steps, av, bv = paired_arrays(st, batch, a, b)
    return list(zip(steps.tolist(), av.tolist(), bv.tolist(), strict=True))


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
    steps, loss, reg = paired_arrays(st, batch, cfg["loss_key"], cfg["reg_key"])
    if first_step is None and steps.size:
        first_step = int(steps[0])
    with np.errstate(all="ignore"):
        ok = np.isfinite(loss) & np.isfinite(reg) & (loss > 0) & (reg >= 0)
        steps, loss, reg = steps[ok], loss[ok], reg[ok]
        ratio = reg / loss
    window = int(cfg["window"])
    bound = float(cfg["max_share"])
    if eps.open is None and (not ratio.size or max([float(ratio.max()), *win]) <= bound):
        # No share in the window above the bound: no median can be (nothing opens).
        if ratio.size:
            win = [*win, *ratio[-window:].tolist()][-window:]
        st.update(win=win, first_step=first_step)
        return st, eps.findings()
    share = rolling_median(win, ratio, window)
    full = np.arange(len(win) + 1, len(win) + ratio.size + 1) >= window
    holds = full & (share > bound)
    if first_step is not None:
        holds &= steps - first_step >= int(cfg["warmup_steps"])
    if ratio.size:
        win = [*win, *ratio[-window:].tolist()][-window:]
    if eps.open is not None or holds.any():
        columns = (steps, loss, reg, share, holds)
        for step, lo, re, sh, h in zip(*(c.tolist() for c in columns), strict=True):
            _update(eps, step, h, sh, lo, re, cfg)
    st.update(win=win, first_step=first_step)
    return st, eps.findings()


def _update(
    eps: Episodes,
    step: int,
    holds: bool,
    share: float,
    loss: float,
    reg: float,
    cfg: Mapping[str, Any],
) -> None:
    if not holds:
        eps.update(step, False)
        return
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
