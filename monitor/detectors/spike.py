"""Spike (warning): the loss jumps far outside its recent distribution, then (usually) returns.

The statistic is the median of the last `short_window` points (so one outlier batch, common
with tiny batches, is not a spike) as a robust z-score against the median and MAD of the
recent reference window. While a spike is open the reference is frozen, so the condition
clears exactly when the loss is back within the recent distribution.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from monitor.detectors.base import Batch, Episodes, Finding, median, new_points, push, rollback_step

NAME = "spike"
REFRESH = 8  # points between recomputations of the reference median/MAD (bounded cost)
MAD_SCALE = 1.4826  # MAD of a normal distribution, so z-scores read as standard deviations

HINTS = {
    "mse": "Repeated isolated spikes in an MSE run usually point at outliers in the data; a "
    "Huber loss (or clipping the targets) is the usual remedy.",
    "cross_entropy": "Repeated spikes in a cross-entropy run often come from a learning rate "
    "too high for the batch size, bad batches, or missing gradient clipping.",
}


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the spike rule over the new points of `settings['key']`."""
    st: dict[str, Any] = dict(state) if state else {}
    cfg = settings
    key = cfg["key"]
    ref: list[float] = list(st.get("ref", []))
    short: list[float] = list(st.get("short", []))
    hist: list[list[float]] = [list(p) for p in st.get("hist", [])]
    center = st.get("center")
    scale = st.get("scale")
    since = int(st.get("since", 0))
    first_step = st.get("first_step")
    eps = Episodes(st, NAME)
    s = batch.get(key)
    for step, v in new_points(st, key, s) if s is not None else ():
        if first_step is None:
            first_step = step
        if not math.isfinite(v):
            continue  # non-finite values are divergence's business
        push(hist, [step, v], 64)
        push(short, v, int(cfg["short_window"]))
        m = median(short)
        warm = step - first_step >= int(cfg["warmup_steps"])
        holds = False
        z = 0.0
        if center is not None and scale is not None and warm:
            z = (m - center) / scale
            ratio_ok = m > float(cfg["min_ratio"]) * center if center > 0 else True
            holds = z > float(cfg["z_threshold"]) and ratio_ok
        if holds:
            ep = eps.open
            peak = max(m, float(ep["evidence"]["peak"])) if ep else m
            if ep is None:
                assert center is not None and scale is not None  # holds implies both
                rb = rollback_step(hist, step, center + 2.0 * scale)
                evidence = {
                    "value": m,
                    "peak": peak,
                    "median": center,
                    "mad_scale": scale,
                    "z": z,
                    "threshold": float(cfg["z_threshold"]),
                    "rollback_step": rb,
                }
            else:
                evidence = dict(ep["evidence"], value=m, peak=peak, z=max(z, ep["evidence"]["z"]))
            count = int(st.get("episodes", 0)) + (0 if ep else 1)
            eps.update(
                step,
                True,
                severity="warning",
                message=_message(key, evidence, count, loss_kind, cfg),
                evidence=evidence,
            )
            continue
        eps.update(step, False)
        # The reference only learns from points outside spikes.
        push(ref, v, int(cfg["window"]))
        since += 1
        if len(ref) >= int(cfg["min_points"]) and (center is None or since >= REFRESH):
            arr = np.asarray(ref)
            center = float(np.median(arr))
            mad = float(np.median(np.abs(arr - center)))
            # A flat loss has MAD 0: keep a floor so rounding noise is not a spike.
            scale = max(MAD_SCALE * mad, 1e-3 * abs(center), 1e-12)
            since = 0
    st.update(
        ref=ref,
        short=short,
        hist=hist,
        center=center,
        scale=scale,
        since=since,
        first_step=first_step,
    )
    return st, eps.findings()


def _message(
    key: str, ev: Mapping[str, Any], count: int, loss_kind: str | None, cfg: Mapping[str, Any]
) -> str:
    msg = (
        f"Loss spike on {key}: level {ev['value']:.4g} (peak {ev['peak']:.4g}) against a recent "
        f"median of {ev['median']:.4g} (robust z {ev['z']:.3g} > {cfg['z_threshold']:g})."
    )
    if ev.get("rollback_step") is not None:
        msg += f" Last step before it: {ev['rollback_step']}."
    if count >= int(cfg["repeat_hint"]):
        msg += f" This is spike number {count} in this run."
        hint = HINTS.get(loss_kind or "")
        if hint:
            msg += " " + hint
    return msg
