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

from lossmon.server.detectors.base import (
    Batch,
    Episodes,
    Finding,
    Series,
    dec,
    enc,
    fresh,
    median,
    push,
    refresh_points,
    rollback_step,
    rolling_median,
    windows,
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
    train = fresh(st, cfg["key"], batch.get(cfg["key"]))
    val = fresh(st, cfg["val_key"], batch.get(cfg["val_key"]))
    if st.get("episode") is None and st.get("rise") is None:
        quiet = _quiet(st, train, val, cfg)
        if quiet is not None:
            st.update(quiet)
            return st, []
    points = [(s, 0, v) for s, v in zip(train.steps.tolist(), train.values.tolist(), strict=True)]
    points += ((s, 1, v) for s, v in zip(val.steps.tolist(), val.values.tolist(), strict=True))
    points.sort(key=lambda t: (t[0], t[1]))
    return _step_by_step(st, points, cfg)


def _quiet(
    st: dict[str, Any], train: Series, val: Series, cfg: Mapping[str, Any]
) -> dict[str, Any] | None:
    """Return the state after the new points when no rule holds at any of them (numpy).

    With no excursion every training point joins the noise reference, so its spread is
    known in advance; the rules are then checked on whole arrays. None when some rule may
    hold, a value is not finite or huge, or the first levels are still being formed (the
    caller then goes point by point).
    """
    values = train.values
    n = values.size
    win: list[float] = list(st.get("win", []))
    long: list[float] = list(st.get("long", []))
    ref: list[float] = list(st.get("ref", []))
    window, best_window = int(cfg["window"]), int(cfg["best_window"])
    with np.errstate(all="ignore"):
        big = max(
            (float(np.abs(x).max()) for x in (values, np.asarray(win + long + ref)) if x.size),
            default=0.0,
        )
    if not big < 1e300:  # also False for NaN: non-finite points go point by point
        return None
    first_step = st.get("first_step")
    steps_all = [int(x.steps[0]) for x in (train, val) if x.steps.size]
    if first_step is None and steps_all:
        first_step = min(steps_all)
    warmup = int(cfg["warmup_steps"])
    best, initial, scale = dec(st.get("best")), dec(st.get("initial")), dec(st.get("scale"))
    if math.isinf(best):
        return None
    since = int(st.get("since", 0))
    # Kept as stored (encoded, which enc(dec(x)) leaves as it is); the new points are finite.
    hist = [list(p) for p in st.get("hist", [])]
    out: dict[str, Any] = {
        "win": win,
        "long": long,
        "ref": ref,
        "hist": hist,
        "train_holds": bool(st.get("train_holds", False)),
    }
    if n:
        level = rolling_median(win, values, window)
        short = rolling_median(win, values, min(3, window))
        # The initial level: the first full window's median.
        full = np.arange(len(win) + 1, len(win) + n + 1) >= window
        init = np.full(n, initial)
        if not math.isfinite(initial) and full.any():
            j = int(np.argmax(full))
            initial = float(level[j])
            init[j:] = initial
        # The running best of the longer median.
        full_long = np.arange(len(long) + 1, len(long) + n + 1) >= best_window
        lv = np.where(full_long, rolling_median(long, values, best_window), np.nan)
        bests = np.fmin.accumulate(np.concatenate([[best], lv]))[1:]
        if full_long.any():
            # The first of equal minima stays, as the loop keeps it (0.0 against -0.0).
            lows = lv[full_long]
            low = float(lows[int(np.argmin(lows))])
            if not math.isfinite(best) or low < best:
                best = low
        thr = cfg["divergence_threshold"]
        if thr is not None and (short > thr).any():
            return None
        # The noise reference's spread before each point, refreshed every REFRESH points.
        refresh, since = refresh_points(
            n, len(ref), since, math.isfinite(scale), 8, REF_WINDOW, REFRESH
        )
        ext = np.concatenate([np.asarray(ref, dtype=np.float64), values])
        scales: list[float] = []
        if refresh:
            ends = np.asarray(refresh) + len(ref) + 1
            with np.errstate(all="ignore"):
                if (ends >= REF_WINDOW).all():
                    rows = windows(ext, REF_WINDOW)[ends - REF_WINDOW]
                    mid = np.median(rows, axis=1)
                    scales = (1.4826 * np.median(np.abs(rows - mid[:, None]), axis=1)).tolist()
                else:
                    for end in ends.tolist():
                        arr = ext[max(0, end - REF_WINDOW) : end]
                        scales.append(float(1.4826 * np.median(np.abs(arr - np.median(arr)))))
        at = np.searchsorted(np.asarray(refresh, dtype=np.int64), np.arange(n), side="left") - 1
        sb = np.where(at >= 0, np.asarray([scale, *scales])[at + 1], scale)
        scale = scales[-1] if scales else scale
        warm = train.steps - first_step >= warmup
        judged = warm & np.isfinite(bests)
        with np.errstate(all="ignore"):
            ref_level = np.where(np.isfinite(init), np.maximum(bests, init), bests)
            blowup = (ref_level > 0) & (short > float(cfg["blowup_factor"]) * ref_level)
            limit = np.maximum(
                np.maximum(
                    (float(cfg["rise_factor"]) - 1.0) * np.abs(bests),
                    float(cfg["rise_floor"]) * np.where(np.isfinite(init), np.abs(init), 0.0),
                ),
                float(cfg["rise_noise"]) * np.where(np.isfinite(sb), sb, 0.0),
            )
            rise = (level - bests > limit) & (limit > 0)
        if (judged & (blowup | rise)).any():
            return None
        tail = zip(train.steps[-HISTORY:].tolist(), values[-HISTORY:].tolist(), strict=True)
        hist += ([a, b] for a, b in tail)
        out.update(
            win=[*win, *values[-window:].tolist()][-window:],
            long=[*long, *values[-best_window:].tolist()][-best_window:],
            ref=ext[-REF_WINDOW:].tolist(),
            hist=hist[-HISTORY:],
            train_holds=False,
        )
    # Validation points: their rule alone (no training rule holds), in step order.
    val_best, val_since = dec(st.get("val_best")), st.get("val_since")
    for step, v in zip(val.steps.tolist(), val.values.tolist(), strict=True):
        if math.isfinite(v):
            if not math.isfinite(val_best) or v < val_best:
                val_best = v
            far = val_best > 0 and v > float(cfg["val_rise_factor"]) * val_best
            val_since = (val_since if val_since is not None else step) if far else None
        elif cfg["check_finite"]:
            return None
        warm_v = step - first_step >= warmup
        if warm_v and val_since is not None:
            if step - val_since >= int(cfg["val_sustain_steps"]):
                return None
    out.update(
        scale=enc(scale),
        since=since,
        best=enc(best),
        initial=enc(initial),
        rise=None,
        val_best=enc(val_best),
        val_since=val_since,
        first_step=first_step,
    )
    return out


def _step_by_step(
    st: dict[str, Any], points: list[tuple[int, int, float]], cfg: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the rules point by point over the merged train (0) and val (1) points."""
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
    for step, which, v in points:
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
