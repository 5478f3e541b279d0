"""Divergence (critical): the run is broken and will not come back by itself.

Five rules, any of which makes the condition hold at a point:
- check_finite: a NaN/±Inf training loss (at once: this is the fast path at ingest);
- divergence_threshold: the loss level above an absolute bound (Lightning's rule);
- blow-up: the loss level orders of magnitude above both its best and its initial level;
- sustained rise: the smoothed level well above its running best (relative to the best, to
  the initial level and to the loss's own noise) for `sustain_steps`, without falling back
  (a spike that recovers is a spike, never a divergence);
- validation: validation loss far above its best over several evaluations (catches runs that
  diverge from the very first step, when the training loss has no good level to compare to).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from monitor.detectors.base import (
    Batch,
    Episodes,
    Finding,
    dec,
    enc,
    median,
    merged,
    push,
    rollback_step,
)

NAME = "divergence"
HISTORY = 64  # recent raw points kept to find the rollback step
REF_WINDOW = 100  # recent raw points whose spread is the loss's noise
REFRESH = 8  # points between recomputations of that spread (bounded cost)

Reason = tuple[str, str]  # (rule name, sentence)


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the divergence rules over the new train (and val) points."""
    st: dict[str, Any] = dict(state) if state else {}
    cfg = settings
    win: list[float] = list(st.get("win", []))
    long: list[float] = list(st.get("long", []))
    ref: list[float] = list(st.get("ref", []))
    hist: list[list[float]] = [[p[0], dec(p[1])] for p in st.get("hist", [])]
    scale = dec(st.get("scale"))
    since = int(st.get("since", 0))
    best = dec(st.get("best"))
    initial = dec(st.get("initial"))
    rise: dict[str, Any] | None = st.get("rise")
    val_best = dec(st.get("val_best"))
    val_since = st.get("val_since")
    first_step = st.get("first_step")
    train_holds = bool(st.get("train_holds", False))
    eps = Episodes(st, NAME)
    window, best_window = int(cfg["window"]), int(cfg["best_window"])
    for step, which, v in merged(st, batch, [cfg["key"], cfg["val_key"]]):
        if first_step is None:
            first_step = step
        warm = step - first_step >= int(cfg["warmup_steps"])
        reasons: list[Reason] = []
        origin = step
        if which == 1:  # a validation point
            if math.isfinite(v):
                if not math.isfinite(val_best) or v < val_best:
                    val_best = v
                far = val_best > 0 and v > float(cfg["val_rise_factor"]) * val_best
                val_since = (val_since if val_since is not None else step) if far else None
            elif cfg["check_finite"]:
                reasons.append(("nonfinite", f"validation loss is {v}"))
            if warm and val_since is not None:
                if step - val_since >= int(cfg["val_sustain_steps"]):
                    reasons.append(
                        (
                            "val_rise",
                            f"validation loss has stayed above {cfg['val_rise_factor']:g}× "
                            f"its best ({val_best:.4g}) since step {val_since}",
                        )
                    )
                    origin = int(val_since)
            # A validation point never clears what the training rules found.
            holds = bool(reasons) or train_holds
            _report(eps, step, holds, reasons, v, hist, best, cfg, origin)
            continue
        push(hist, [step, v], HISTORY)
        if not math.isfinite(v):
            if cfg["check_finite"]:
                reasons.append(("nonfinite", f"training loss is {v}"))
            train_holds = bool(reasons)
            _report(eps, step, train_holds, reasons, v, hist, best, cfg, origin)
            continue
        push(win, v, window)
        push(long, v, best_window)
        level = median(win)
        short = median(win[-3:])
        if len(win) >= window and not math.isfinite(initial):
            initial = level
        if len(long) >= best_window:
            # The best is tracked on a longer median: the minimum of a noisy short median
            # sits far below the loss's real level in a tiny-batch run.
            lv = median(long)
            if not math.isfinite(best) or lv < best:
                best = lv
        thr = cfg["divergence_threshold"]
        if thr is not None and short > thr:
            reasons.append(
                ("threshold", f"training loss level {short:.4g} is above the bound {thr:g}")
            )
        if warm and math.isfinite(best):
            ref_level = max(best, initial) if math.isfinite(initial) else best
            if ref_level > 0 and short > float(cfg["blowup_factor"]) * ref_level:
                reasons.append(
                    (
                        "blowup",
                        f"training loss level {short:.4g} is over {cfg['blowup_factor']:g}× "
                        f"its best ({best:.4g})",
                    )
                )
            rise, reason = _rise(rise, step, level, best, initial, scale, cfg)
            if reason is not None:
                reasons.append(reason)
                origin = int(rise["start"]) if rise else step
        if rise is None:
            # The noise reference learns only outside excursions, like the spike detector's.
            push(ref, v, REF_WINDOW)
            since += 1
            if len(ref) >= 8 and (not math.isfinite(scale) or since >= REFRESH):
                arr = np.asarray(ref)
                scale = float(1.4826 * np.median(np.abs(arr - np.median(arr))))
                since = 0
        train_holds = bool(reasons)
        _report(eps, step, train_holds, reasons, v, hist, best, cfg, origin)
    st.update(
        win=win,
        long=long,
        ref=ref,
        hist=[[p[0], enc(p[1])] for p in hist],
        scale=enc(scale),
        since=since,
        best=enc(best),
        initial=enc(initial),
        rise=rise,
        val_best=enc(val_best),
        val_since=val_since,
        first_step=first_step,
        train_holds=train_holds,
    )
    return st, eps.findings()


def _rise(
    rise: dict[str, Any] | None,
    step: int,
    level: float,
    best: float,
    initial: float,
    scale: float,
    cfg: Mapping[str, Any],
) -> tuple[dict[str, Any] | None, Reason | None]:
    """Advance the sustained-rise rule; return its excursion state and, if it holds, why."""
    excess = level - best
    limit = max(
        (float(cfg["rise_factor"]) - 1.0) * abs(best),
        float(cfg["rise_floor"]) * (abs(initial) if math.isfinite(initial) else 0.0),
        float(cfg["rise_noise"]) * (scale if math.isfinite(scale) else 0.0),
    )
    if not excess > limit > 0:
        return None, None
    if rise is None:
        rise = {"start": step, "peak": excess, "fired": False}
    rise["peak"] = max(float(rise["peak"]), excess)
    lasting = step - int(rise["start"]) >= int(cfg["sustain_steps"])
    # Before it counts, a rise that falls back is a spike recovering; once it has counted,
    # it holds for as long as the loss stays up.
    holding = bool(rise["fired"]) or excess >= float(cfg["recovery_fraction"]) * float(rise["peak"])
    if not (lasting and holding):
        return rise, None
    rise["fired"] = True
    return rise, (
        "rise",
        f"smoothed training loss {level:.4g} has stayed above {cfg['rise_factor']:g}× its "
        f"best ({best:.4g}) since step {rise['start']} without coming back",
    )


def _report(
    eps: Episodes,
    step: int,
    holds: bool,
    reasons: list[Reason],
    value: float,
    hist: list[list[float]],
    best: float,
    cfg: Mapping[str, Any],
    origin: int,
) -> None:
    """Open, extend or close the divergence episode at `step`."""
    if not holds:
        eps.update(step, False)
        return
    ep = eps.open
    if ep is None:
        # Calm = within half the rise band of the best level; walk back from where the rule
        # says the excursion began.
        calm = best + 0.5 * (float(cfg["rise_factor"]) - 1.0) * abs(best)
        if math.isfinite(best):
            rb = rollback_step(hist, origin, calm)
        else:  # too early for a level: the last finite point is the best guess
            rb = next((int(s) for s, x in reversed(hist) if s < origin and math.isfinite(x)), None)
        evidence: dict[str, Any] = {
            "value": enc(value),
            "best": enc(best),
            "threshold": cfg["divergence_threshold"],
            "rollback_step": rb,
            "rules": [name for name, _ in reasons],
        }
        message = "Divergence: " + "; ".join(text for _, text in reasons) + "."
        if rb is not None:
            message += f" Last healthy step: {rb} (restart from a checkpoint at or before it)."
        eps.update(step, True, severity="critical", message=message, evidence=evidence)
        return
    evidence = dict(ep["evidence"])
    evidence["value"] = enc(value)
    evidence["rules"] = sorted(set(evidence.get("rules", [])) | {n for n, _ in reasons})
    eps.update(step, True, severity="critical", evidence=evidence)
