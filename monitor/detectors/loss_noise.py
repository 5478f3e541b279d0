"""The noise of a training loss, as divergence's rise rule measures it: the robust spread of
its second differences (trend- and curvature-free) or the tails of their range, whichever is
larger, over the recent reference window; numpy's per-row path and a plain 1-D twin that gives
the same numbers."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from lossmon.server.detectors.base import (
    noise_of_changes,
    row_quantile,
    sorted_median,
    sorted_quantile,
    windows,
)


def of_rows(rows: np.ndarray) -> np.ndarray:
    """Return each row's noise: the larger of the robust spread of its second differences and
    the 10–90 % range of those differences (as a normal's σ).

    Second differences (a normal's have variance 6σ²) leave out the trend and its curvature:
    a short window over a steep, slowing descent (a per-epoch log's first epochs) has changes
    of every size, which are not its noise. Heavy-tailed losses (tiny batches sampled far
    apart: most points low, one in three several times higher) have a small MAD, yet three
    such points in a row are common; the range counts those tails. Rows of two points have
    only a change (variance 2σ²).
    """
    order = 2 if rows.shape[1] >= 3 else 1
    spread = math.sqrt(6.0 if order == 2 else 2.0)
    diffs = np.diff(rows, n=order, axis=1)
    ordered = np.sort(diffs, axis=1)
    tails = (row_quantile(ordered, 0.9) - row_quantile(ordered, 0.1)) / (2.563 * spread)
    return np.maximum(noise_of_changes(diffs, ordered) * (math.sqrt(2.0) / spread), tails)


def of_row(xs: Sequence[float] | np.ndarray) -> float:
    """Return `of_rows` of one row, `float(of_rows(np.asarray(xs)[None, :])[0])`, with the same
    operations in the same order on a 1-D array (numpy's 2-D path costs twice as much: its
    row-wise sorts and medians, and their wrappers). Its differences sorted once, the order
    statistics are numpy's whatever the sort, but for a zero's sign: rows whose second
    differences hold a zero or are not all finite, and rows of two, take numpy's path."""
    a = np.asarray(xs, dtype=np.float64)
    with np.errstate(all="ignore"):  # inf - inf and overflow give NaN and inf, unannounced
        if a.size >= 3:
            d1 = a[1:] - a[:-1]
            d = d1[1:] - d1[:-1]  # np.diff(a, n=2)'s subtractions
            if d.all() and np.isfinite(d).all():
                return _of_second_differences(d)
        return float(of_rows(a[None, :])[0])


def _of_second_differences(d: np.ndarray) -> float:
    """Return `of_row` of a row whose second differences `d` are finite and nonzero."""
    spread = math.sqrt(6.0)
    ordered = d.copy()  # np.sort's copy and sort, without its wrapper
    ordered.sort()
    listed = ordered.tolist()
    tails = (sorted_quantile(listed, 0.9) - sorted_quantile(listed, 0.1)) / (2.563 * spread)
    centre = sorted_median(listed)
    deviations = np.abs(d - centre)
    deviations.sort()
    noise = (1.4826 / math.sqrt(2.0) * sorted_median(deviations.tolist())) * (
        math.sqrt(2.0) / spread
    )
    return noise if noise >= tails else tails


def reference_scales(
    ext: np.ndarray, refresh: list[int], n_old: int, ref_window: int
) -> list[float]:
    """Return the noise reference's spread after each push in `refresh` (indices of the new
    points, whose reference window ends there in `ext`, the old window then the new points)."""
    if not refresh:
        return []
    if len(refresh) == 1:
        end = refresh[0] + n_old + 1
        return [of_row(ext[max(0, end - ref_window) : end])]
    ends = np.asarray(refresh) + n_old + 1
    with np.errstate(all="ignore"):
        if (ends >= ref_window).all():
            return of_rows(windows(ext, ref_window)[ends - ref_window]).tolist()
        return [
            float(of_rows(ext[max(0, end - ref_window) : end][None, :])[0]) for end in ends.tolist()
        ]
