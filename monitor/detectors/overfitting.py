"""Overfitting (warning): validation stalls while training keeps improving and the gap widens.

Like early stopping, it names the best validation step (the checkpoint to keep). It holds when
validation has not improved on its best for `patience` evaluations, the smoothed training loss
fell meaningfully since the best step, and the gap (val − smoothed train) grew since then.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from lossmon.server.detectors.base import Batch, Episodes, Finding, dec, enc, fresh, median, push

NAME = "overfitting"


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
    win: list[float] = list(st.get("win", []))
    best = dec(st.get("best"))
    best_step = st.get("best_step")
    train_at_best = dec(st.get("train_at_best"))
    bad = int(st.get("bad", 0))
    recent: list[float] = list(st.get("recent", []))
    streak = int(st.get("streak", 0))
    eps = Episodes(st, NAME)
    window = int(cfg["train_window"])
    new_train = fresh(st, cfg["train_key"], batch.get(cfg["train_key"]))
    val = fresh(st, cfg["val_key"], batch.get(cfg["val_key"]))
    # Training points only feed the window: take the window as each validation point sees
    # it (training rows first at equal steps), then the final one.
    ok = np.isfinite(new_train.values)
    train_steps, train_values = new_train.steps[ok], new_train.values[ok]
    old = win
    ext = [*old, *train_values.tolist()]
    seen = np.searchsorted(train_steps, val.steps, side="right").tolist()
    if train_values.size:
        win = ext[-window:]
    for step, v, k in zip(val.steps.tolist(), val.values.tolist(), seen, strict=True):
        current = ext[: len(old) + k][-window:] if k else old
        train = median(current) if current else math.nan
        if math.isfinite(v):
            push(recent, v, int(cfg["patience"]) + 1)
        if not math.isfinite(v) or not math.isfinite(train):
            # No judgement without both levels; a NaN validation is divergence's business.
            eps.update(step, False)
            continue
        if not math.isfinite(best) or v < best - float(cfg["min_delta"]):
            best, best_step, train_at_best, bad, streak = v, step, train, 0, 0
            eps.update(step, False)
            continue
        bad += 1
        gap_best = best - train_at_best
        gap = v - train
        train_fell = train <= train_at_best - float(cfg["min_train_improvement"]) * abs(
            train_at_best
        )
        widened = gap - gap_best > float(cfg["min_gap_increase"]) * abs(best)
        # Validation must be drifting up, not recovering from a disturbance (a spike).
        rising = len(recent) > int(cfg["patience"]) and v >= recent[0]
        rule = bad >= int(cfg["patience"]) and train_fell and widened and rising
        # One disturbed evaluation (a spike reaching validation) is not overfitting.
        streak = streak + 1 if rule else 0
        holds = streak >= int(cfg["confirmations"])
        if holds:
            evidence = {
                "value": v,
                "best": best,
                "best_step": best_step,
                "gap": gap,
                "gap_at_best": gap_best,
                "train": train,
                "train_at_best": train_at_best,
                "evaluations_since_best": bad,
                "threshold": int(cfg["patience"]),
            }
            eps.update(
                step,
                True,
                severity="warning",
                evidence=evidence,
                message=(
                    f"Overfitting: {cfg['val_key']} has not beaten its best ({best:.4g} at step "
                    f"{best_step}) for {bad} evaluations while {cfg['train_key']} fell to "
                    f"{train:.4g}; the gap grew from {gap_best:.4g} to {gap:.4g}. Keep the "
                    f"checkpoint of step {best_step}; more data, regularization or early "
                    "stopping would help."
                ),
            )
        else:
            eps.update(step, False)
    st.update(recent=recent, streak=streak)
    st.update(
        win=win, best=enc(best), best_step=best_step, train_at_best=enc(train_at_best), bad=bad
    )
    return st, eps.findings()
