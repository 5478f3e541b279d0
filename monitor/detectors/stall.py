"""Stalled progress on a loss series: the plateau detector's rule for runs torch's rule misses.

Torch's ReduceLROnPlateau rule needs a validation series with many evaluations and misses a
slow crawl (a tiny "new best" every few evaluations resets its patience). This rule judges the
shape of the whole run instead, in steps, so it does not depend on the logging cadence:

- the run so far is cut into four stretches of equal length in steps (first, C, A, latest);
  the level of a stretch is the median of its block levels (each block the median of
  consecutive logged points), so noisy per-step losses and Trainer means are both robust;
- the loss has stalled when the latest stretch improved on the one before by at most
  `stall_ratio` of what that one improved on its predecessor (progress stopped abruptly,
  as when the learning rate is cut to ~0), or when the whole run improved by less than
  `stall_min_progress` of its first level (stuck from the start, or frozen at one value);
  improvements within `stall_noise` noise units of a stretch level count as none;
- a loss frozen at one value (the last three quarters within `stall_frozen_range` of their
  level) is stalled from FROZEN_POINTS logged points on, however few the points;
- a loss that flattens while the learning rate has decayed below `lr_decayed_fraction` of its
  peak is expected (a schedule running out), not a stall; a rising loss is divergence's.

The state keeps at most BLOCKS block levels (merged pairwise, so blocks double in size as the
run grows) and the points of the block being filled: bounded, and each point is touched once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from lossmon.server.detectors.base import median

#: Block levels kept per series; when full, neighbours are merged and blocks double in size.
BLOCKS = 48
#: Logged points from which a frozen series (one value, to stall_frozen_range) is stalled.
FROZEN_POINTS = 5
#: Raw points a block keeps before it keeps their median instead.
SUB = 16
#: Blocks each stretch needs before the rule judges.
MIN_BLOCKS = 4


def blank() -> dict[str, Any]:
    """Return an empty block summary."""
    return {"size": 1, "pend": [], "subs": [], "blocks": [], "first": None, "n": 0}


def add(sm: dict[str, Any], step: int, v: float) -> bool:
    """Add one finite point to a block summary in place; return True when a block closed.

    A block's level is the median of its points, or, once blocks are larger than SUB points,
    the median of the medians of its runs of SUB points (so the state holds at most SUB raw
    points and size / SUB sub-medians).
    """
    if sm["first"] is None:
        sm["first"] = step
    sm["n"] += 1
    pend: list[float] = sm["pend"]
    pend.append(v)
    size = int(sm["size"])
    if size > SUB and len(pend) == SUB:
        sm["subs"].append(median(pend))
        sm["pend"] = pend = []
    if len(pend) + SUB * len(sm["subs"]) < size:
        return False
    blocks: list[list[float]] = sm["blocks"]
    level = median(sm["subs"]) if sm["subs"] else median(pend)
    # Seven significant digits: a compact state, far finer than any stall it must see.
    blocks.append([step, float(f"{level:.7g}")])
    sm["pend"], sm["subs"] = [], []
    if len(blocks) >= BLOCKS:
        # Merge neighbours: the level of two equal blocks is the mean of their levels.
        sm["blocks"] = [
            [b[0], float(f"{0.5 * (a[1] + b[1]):.7g}")]
            for a, b in zip(blocks[::2], blocks[1::2], strict=True)
        ]
        sm["size"] = size * 2
    return True


def _noise(levels: list[float]) -> float:
    """Return the robust spread of one block level, from successive differences (trend-free)."""
    if len(levels) < 3:
        return 0.0
    d = np.diff(np.asarray(levels))
    return float(1.4826 * np.median(np.abs(d - np.median(d))) / math.sqrt(2.0))


def judge(sm: Mapping[str, Any], settings: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return the stretch levels and whether the summarised series has stalled.

    None when there are not yet enough points, or blocks in each stretch, to judge.
    """
    blocks = sm["blocks"]
    if int(sm["n"]) < FROZEN_POINTS or not blocks:
        return None
    steps = np.array([b[0] for b in blocks], dtype=np.float64)
    levels = np.array([b[1] for b in blocks])
    t, t0 = steps[-1], float(sm["first"])
    span = (t - t0) / 4.0
    if span <= 0:
        return None
    late = levels[steps > t0 + span]
    level = float(np.median(late)) if late.size else math.nan
    if late.size >= FROZEN_POINTS - 1 and float(np.ptp(late)) <= float(
        settings["stall_frozen_range"]
    ) * abs(level):
        # Frozen: the last three quarters of the run at one value (nothing is learned).
        return {
            "stalled": True,
            "level": level,
            "level_before": level,
            "level_first": float(np.median(levels[steps <= t0 + span])),
            "improvement": 0.0,
            "improvement_before": 0.0,
            "since_step": int(t0 + span),
            "noise": 0.0,
        }
    if int(sm["n"]) < int(settings["stall_min_points"]):
        return None
    # Stretch index 0 = first … 3 = latest, by the block's last step.
    idx = np.minimum(((steps - t0) / span).astype(np.int64), 3)
    idx[steps >= t] = 3
    parts = [levels[idx == i] for i in range(4)]
    if any(p.size < MIN_BLOCKS for p in parts):
        return None
    m_first, m_c, m_a, m_last = (float(np.median(p)) for p in parts)
    # Noise of the difference of two stretch medians: 1.25 σ/√n each, √2 for the difference.
    noise = (
        float(settings["stall_noise"])
        * 1.25
        * math.sqrt(2.0 / parts[3].size)
        * max(_noise(parts[2].tolist()), _noise(parts[3].tolist()))
    )
    d_prev, d_last, total = m_c - m_a, m_a - m_last, m_first - m_last
    # Progress stopped: the stretch before improved clearly, the latest did not (within the
    # noise), or only by a crawl (a tiny fraction of the one before).
    stopped = d_prev > 2.0 * noise and d_last <= max(float(settings["stall_ratio"]) * d_prev, noise)
    flat = total <= float(settings["stall_min_progress"]) * abs(m_first)
    # A rising loss is not a stall: divergence and overfitting judge that.
    rising = m_last > m_a + noise
    return {
        "stalled": (stopped or flat) and not rising,
        "level": m_last,
        "level_before": m_a,
        "level_first": m_first,
        "improvement": d_last,
        "improvement_before": d_prev,
        "since_step": int(t - span),
        "noise": noise,
    }
