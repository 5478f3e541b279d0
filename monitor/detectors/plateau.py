"""Plateau: exactly torch's ReduceLROnPlateau rule, so a user can predict when it opens.

The condition opens on the point at which ReduceLROnPlateau, fed the same values in the same
order, would cut the learning rate for the first time; it holds (through later cuts) until
the series improves on its best again. Severity info: a plateau is a hint, not an incident.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from lossmon.server.detectors.base import Batch, Episodes, Finding, dec, enc, new_points

NAME = "plateau"


def is_better(a: float, best: float, mode: str, threshold: float, threshold_mode: str) -> bool:
    """Return torch's `_is_better`, with the same float arithmetic (NaN is never better)."""
    if mode == "min" and threshold_mode == "rel":
        return a < best * (1.0 - threshold)
    if mode == "min":
        return a < best - threshold
    if threshold_mode == "rel":
        return a > best * (threshold + 1.0)
    return a > best + threshold


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Feed the new points of `settings['key']` to the scheduler rule; report the plateau."""
    st: dict[str, Any] = dict(state) if state else {}
    key = settings["key"]
    mode = settings["mode"]
    thr = float(settings["threshold"])
    thr_mode = settings["threshold_mode"]
    patience = int(settings["patience"])
    worse = math.inf if mode == "min" else -math.inf
    best = dec(st["best"]) if "best" in st else worse
    bad = int(st.get("bad", 0))
    cooldown = int(st.get("cooldown", 0))
    best_step = st.get("best_step")
    cuts = int(st.get("cuts", 0))
    eps = Episodes(st, NAME)
    s = batch.get(key)
    for step, v in new_points(st, key, s) if s is not None else ():
        improved = is_better(v, best, mode, thr, thr_mode)
        if improved:
            best, bad, best_step = v, 0, step
        else:
            bad += 1
        if cooldown > 0:
            cooldown -= 1
            bad = 0  # torch ignores bad epochs in cooldown
        cut = bad > patience
        if cut:
            cooldown = int(settings["cooldown"])
            bad = 0
            cuts += 1
        holds = cut or (eps.open is not None and not improved)
        if holds:
            eps.update(
                step,
                True,
                severity="info",
                message=(
                    f"{key} has not improved on its best ({best:.6g} at step {best_step}) for "
                    f"more than {patience} points: ReduceLROnPlateau would cut the learning "
                    "rate here."
                ),
                evidence={
                    "key": key,
                    "value": enc(v),
                    "best": enc(best),
                    "best_step": best_step,
                    "patience": patience,
                    "threshold": thr,
                    "threshold_mode": thr_mode,
                    "mode": mode,
                    "cuts": cuts,
                },
            )
        else:
            eps.update(step, False)
    st.update(best=enc(best), bad=bad, cooldown=cooldown, best_step=best_step, cuts=cuts)
    return st, eps.findings()
