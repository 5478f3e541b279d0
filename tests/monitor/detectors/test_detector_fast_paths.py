"""The detectors' fast paths give bit for bit what the plain computations they replace give.

Selections instead of stable sorts, plain-Python noise on one row, bounds that skip work:
each is checked on random rows with ties, zeros of both signs, negative, huge and
non-finite values.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from lossmon.server.detectors import (
    base,
    calm_record,
    loss_noise,
    rise_rule,
    spike,
    spike_reference,
)
from lossmon.server.detectors.base import median, push, recent_pairs, row_medians
from lossmon.server.detectors.replay import replay


def _rows(rng: np.random.Generator, n: int, size: int, kind: int) -> np.ndarray:
    if kind == 3:  # near the largest floats: sums and differences overflow to inf
        return rng.uniform(-1.7, 1.7, size=(n, size)) * 1e308
    rows = rng.normal(size=(n, size)) * 10.0 ** rng.integers(-3, 4)
    if kind == 1:
        rows = np.round(rows)  # ties, zeros
    elif kind == 2:
        rows[rng.random(rows.shape) < 0.3] = rng.choice([0.0, -0.0])
    elif kind == 4:
        rows[rng.random(rows.shape) < 0.1] = rng.choice([np.inf, -np.inf])
    return rows


def _same(a: np.ndarray | float, b: np.ndarray | float) -> bool:
    """Equal bits (so 0.0 and -0.0 differ; NaN equals NaN)."""
    return np.asarray(a, dtype=np.float64).tobytes() == np.asarray(b, dtype=np.float64).tobytes()


@pytest.mark.parametrize("kind", range(5))
def test_row_medians_is_the_stable_sort_median(kind: int) -> None:
    rng = np.random.default_rng(kind)
    for _ in range(300):
        size = int(rng.integers(1, 120))
        rows = _rows(rng, int(rng.integers(1, 20)), size, kind)
        with np.errstate(all="ignore"):
            want = [median(r) for r in rows.tolist()]
            assert _same(row_medians(rows), want)


@pytest.mark.parametrize("kind", range(5))
def test_noise_of_one_row_is_numpys(kind: int) -> None:
    rng = np.random.default_rng(10 + kind)
    for _ in range(300):
        xs = _rows(rng, 1, int(rng.integers(2, 120)), kind)[0]
        with np.errstate(all="ignore"):
            want = float(base.noise_scale(xs[None, :])[0])
            assert _same(base.noise_of(xs.tolist()), want)
            want = float(loss_noise.of_rows(xs[None, :])[0])
            assert _same(loss_noise.of_row(xs.tolist()), want)
        # Outside any errstate too: overflow and inf - inf are no warning (errors here).
        assert _same(loss_noise.of_row(xs), want)


@pytest.mark.parametrize("kind", range(5))
def test_rollback_level_of_one_float_is_numpys(kind: int) -> None:
    rng = np.random.default_rng(70 + kind)
    bests = _rows(rng, 1, 300, kind)[0].tolist()
    scales = np.abs(_rows(rng, 1, 300, kind)[0]).tolist()  # a noise: never -0.0
    for best, scale in zip(bests, scales, strict=True):
        with np.errstate(all="ignore"):
            want = float(rise_rule.rollback_level(best, scale))
        assert _same(rise_rule.rollback_level_of(best, scale), want)


@pytest.mark.parametrize("kind", range(5))
def test_spike_reference_of_one_window_is_numpys(kind: int) -> None:
    rng = np.random.default_rng(50 + kind)
    for _ in range(300):
        xs = _rows(rng, 1, int(rng.integers(1, 120)), kind)[0]
        with np.errstate(all="ignore"):
            want = spike_reference.of_rows(xs[None, :], {"sparse": False})[0]
        assert _same(spike_reference.of_window(xs.tolist()), want)


def test_noise_of_changes_with_sorted_changes_is_noise_scale() -> None:
    rng = np.random.default_rng(20)
    for kind in range(5):
        for _ in range(100):
            rows = _rows(rng, int(rng.integers(1, 15)), int(rng.integers(2, 110)), kind)
            with np.errstate(all="ignore"):
                diffs = np.diff(rows, axis=1)
                got = base.noise_of_changes(diffs, np.sort(diffs, axis=1))
                assert _same(got, base.noise_scale(rows))


def test_median_floor_is_below_every_reference_median() -> None:
    rng = np.random.default_rng(30)
    for _ in range(500):
        window = int(rng.integers(1, 120))
        ext = _rows(rng, 1, int(rng.integers(1, 300)), int(rng.integers(0, 3)))[0]
        ends = np.unique(rng.integers(1, ext.size + 1, size=int(rng.integers(1, 15))))
        # A young run's windows are shorter than `window`, and not all of one length.
        lengths = np.minimum(ends, rng.integers(1, window + 1, size=ends.size))
        floor = spike._median_floor(ext, ends, lengths)
        for end, length in zip(ends.tolist(), lengths.tolist(), strict=True):
            assert floor <= median(ext[end - length : end].tolist())


def test_a_lone_spike_of_a_sparse_log_is_found_wherever_its_batch_ends() -> None:
    """A sparse log's centre is the median of its latest points, not of its window: a point
    100x that centre but not 100x the window's median (yhg01's flow-matching run, its first 31
    500-step means) was let through the batch's fast path where it ended a batch of 3."""
    values = [24065.4, 751.3, 1461.8, 3589.4, 209.2, 1918.4, 1503.4, 70426.8, 16840.0,
              57704053.6, 17516.4, 141.4, 78.8, 1123.3, 561.5, 159.8, 137.0, 10949.1, 246.8,
              422758.6, 283.3, 240.7, 202.6, 338.1, 328.2, 573.2, 47321.8, 527.2, 8789.1,
              1704.0, 114.7]  # fmt: skip
    rows = [(500 * (i + 1), "train", {"loss": v}) for i, v in enumerate(values)]
    spike_at = 500 * 27
    for size in (1, 2, 3, 5, 50):
        opened = [a.opened_step for a in replay(rows, batch_size=size).of("spike")]
        assert spike_at in opened, (size, opened)


def test_recent_pairs_is_push() -> None:
    rng = np.random.default_rng(40)
    for _ in range(200):
        old = [[i, float(i)] for i in range(int(rng.integers(0, 70)))]
        n = int(rng.integers(0, 150))
        steps, values = np.arange(100, 100 + n), rng.normal(size=n)
        want = [list(p) for p in old]
        for s, v in zip(steps.tolist(), values.tolist(), strict=True):
            push(want, [s, v], 64)
        got = recent_pairs(old, steps, values, 64)
        assert got == want[-64:]
        assert all(a is not b for a in got for b in old)  # copies, never the old lists
    assert math.isnan(spike._median_floor(np.ones(3), *[np.array([], dtype=np.int64)] * 2))


@pytest.mark.parametrize("seed", range(20))
def test_the_calm_record_of_a_batch_is_the_one_point_by_point(seed: int) -> None:
    """`calm_record.extend` (a batch at once) keeps the record `note` keeps point by point,
    whatever the calm pattern and wherever the batches are cut."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 120))
    calm = rng.random(n) < rng.uniform(0.2, 0.95)
    steps = np.cumsum(rng.integers(1, 5, n))
    by_point: list[int] = []
    open_steps = 0
    for step, c in zip(steps.tolist(), calm.tolist(), strict=True):
        open_steps = calm_record.note(by_point, open_steps, step, c)
    cuts = sorted(set(rng.integers(0, n + 1, int(rng.integers(0, 6))).tolist()) | {0, n})
    by_batch: list[int] = []
    batch_open = 0
    for lo, hi in itertools.pairwise(cuts):
        by_batch, batch_open = calm_record.extend(by_batch, batch_open, steps[lo:hi], calm[lo:hi])
    assert (by_batch, batch_open) == (by_point, open_steps)


def test_failed_evaluations_beside_a_calm_training_loss_roll_back_to_an_evaluation() -> None:
    """Validation NaN from step 1000 on while training stays calm: the divergence (at its
    third NaN evaluation, or at the end of a run that ends on its first) rolls back to the
    last evaluation within 5 % of the best (900: weights seen to evaluate), never to a step
    after the first failure."""
    for first_nan in (100, 120):
        rows = []
        for i in range(1, 121):
            rows.append((10 * i, "train", {"loss": 1.5 + 0.01 * math.sin(i)}))
            if i % 10 == 0:
                rows.append((10 * i, "val", {"loss": 2.0 if i < first_nan else math.nan}))
        [div] = replay(rows).of("divergence")
        back, opened = 10 * first_nan - 100, 10 * first_nan + 200 if first_nan < 120 else 1200
        assert div.opened_step == opened, div
        assert f"Roll back to step {back}, the last evaluation within 5 %" in div.message, div
