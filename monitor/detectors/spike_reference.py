"""The spike rule's reference: the centre and robust spread of a window of recent points, by
numpy for rows of windows and by a plain-Python twin for one window that gives the same numbers.

Every step logged: the median and MAD of the window, floored by its 10–90 % range, and, where the
window spans a descent, by the noise of its point-to-point changes instead. Sparse logs (a point
every N steps): the centre of the latest points and the noise of their changes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

import numpy as np

from lossmon.server.detectors.base import (
    noise_of,
    noise_scale,
    row_medians,
    row_quantile,
    sorted_median,
    sorted_quantile,
)

MAD_SCALE = 1.4826  # MAD of a normal distribution, so z-scores read as standard deviations
#: A window whose later half's median moved more than this many of its spreads from its
#: earlier half's is a descent (or a climb), not a level with noise…
DRIFT = 1.0
#: …and its spread is then the noise of its point-to-point changes, down to this fraction of
#: the spread of its levels (a series that still falls carries noise a quiet window lacks).
DETRENDED_FLOOR = 0.25
MIN_DETRENDED = 9  # points a window needs before its changes can tell noise from trend


def of_rows(rows: np.ndarray, cfg: Mapping[str, Any]) -> list[tuple[float, float]]:
    """Return (centre, robust spread) of each row of reference windows.

    Every step logged: the median and MAD of the window. Sparse logs (a point every N steps):
    a window of points spans much of the training, so its MAD counts the trend as noise and
    its median lags; the centre is then the median of the latest `min_points` points and the
    spread the noise of point-to-point changes.
    """
    if cfg["sparse"]:
        recent = rows[:, -int(cfg["min_points"]) :]
        centres = row_medians(recent)
        # The floor below, taken on the recent point-to-point changes so the trend a sparse
        # window spans is not counted as noise (a normal's changes have σ√2).
        floor_of = np.diff(recent, axis=1) / math.sqrt(2.0)
        spreads = noise_scale(rows)
    else:
        centres = row_medians(rows)
        floor_of = rows
        spreads = MAD_SCALE * row_medians(np.abs(rows - centres[:, None]))
    # The run's own scale as a floor: the 10–90 % range of the window (a normal's σ is that
    # range / 2.563). A loss at 0 on most batches has a MAD of 0; this range still holds
    # its nonzero batches, so they are not spikes, and neither is 1e-4-scale noise.
    spreads = np.maximum(spreads, _tails(np.sort(floor_of, axis=1)))
    if not cfg["sparse"] and rows.shape[1] >= MIN_DETRENDED:
        spreads = _detrended(rows, spreads)
    return list(zip(centres.tolist(), spreads.tolist(), strict=True))


def _tails(ordered: np.ndarray) -> np.ndarray:
    """Return the 10–90 % range of each sorted row as a normal's standard deviation."""
    return (row_quantile(ordered, 0.9) - row_quantile(ordered, 0.1)) / 2.563


def _detrended(rows: np.ndarray, spreads: np.ndarray) -> np.ndarray:
    """Return the spreads of windows logged every step, with the trend taken out where the
    window spans one: a per-epoch loss still falling (17 → 7 over 100 epochs) has a spread of
    levels that hides a 7x jump; the noise of its point-to-point changes (floored as
    `of_rows` floors the levels' MAD, and at DETRENDED_FLOOR of that spread) does not."""
    half = rows.shape[1] // 2
    drift = np.abs(row_medians(rows[:, half:]) - row_medians(rows[:, :half]))
    changes = np.diff(rows, axis=1) / math.sqrt(2.0)
    noise = np.maximum(noise_scale(rows), _tails(np.sort(changes, axis=1)))
    inner = np.minimum(spreads, np.maximum(noise, DETRENDED_FLOOR * spreads))
    return np.where(drift > DRIFT * spreads, inner, spreads)


def of_window(xs: list[float]) -> tuple[float, float]:
    """Return `of_rows` of one window of a log with every step (not sparse), in plain
    Python with the same operations in the same order (a fraction of numpy's per-call cost).
    Its sorts are stable, as `row_medians`'; numpy's unstable sort for the quantiles only
    differs in where a zero's sign lands: a window with a zero, or a non-finite value or
    change, takes numpy's path."""
    if not xs or 0.0 in xs or not all(map(math.isfinite, xs)):
        with np.errstate(all="ignore"):
            return of_rows(np.asarray(xs, dtype=np.float64)[None, :], {"sparse": False})[0]
    ordered = sorted(xs)
    centre = sorted_median(ordered)
    spread = MAD_SCALE * sorted_median(sorted([abs(x - centre) for x in xs]))
    tails = (sorted_quantile(ordered, 0.9) - sorted_quantile(ordered, 0.1)) / 2.563
    spread = spread if spread >= tails else tails
    if len(xs) < MIN_DETRENDED:
        return centre, spread
    half = len(xs) // 2
    drift = abs(sorted_median(sorted(xs[half:])) - sorted_median(sorted(xs[:half])))
    if not drift > DRIFT * spread:
        return centre, spread
    changes = sorted([(b - a) / math.sqrt(2.0) for a, b in pairwise(xs)])
    if not all(map(math.isfinite, changes)):  # changes that overflow: numpy's NaN as numpy has it
        with np.errstate(all="ignore"):
            return of_rows(np.asarray(xs, dtype=np.float64)[None, :], {"sparse": False})[0]
    change_tails = (sorted_quantile(changes, 0.9) - sorted_quantile(changes, 0.1)) / 2.563
    noise = max(noise_of(xs), change_tails)
    return centre, min(spread, max(noise, DETRENDED_FLOOR * spread))
