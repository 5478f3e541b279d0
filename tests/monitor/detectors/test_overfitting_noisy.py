"""Overfitting on noisy validation, as a property over seeded synthetic runs.

Healthy runs whose validation falls and then flattens (or keeps falling) with noise of 2-30 %
an evaluation, over 5-40 evaluations while training keeps falling, must get no overfitting
warning once the rule can measure the noise (from the 7th evaluation on): the lowest of noisy
evaluations is a lucky one, and the level it is judged against is the median of the best and
its neighbours. Before the 7th evaluation nothing tells noise from a rise, and issue 12 wants a
rise reported by the 2nd-3rd evaluation after the best (test_overfitting_few_evals.py): a
noisy healthy run can look exactly like that, and that limit is stated here, not hidden.

Real overfits — validation falling to a minimum, then rising with noise while training falls —
must still be caught within a stated number of evaluations after the turn.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from lossmon.server.detectors import overfitting, series, validate_settings

CFG = validate_settings()["overfitting"]
EVAL_EVERY = 100
TRAIN_EVERY = 10
#: Evaluations from which the rule measures the validation noise (MIN_NOISE_DIFFS + 1).
MEASURED = overfitting.MIN_NOISE_DIFFS + 1
SEEDS = range(20)
NOISES = (0.02, 0.05, 0.1, 0.2, 0.3)
SIZES = (5, 8, 12, 20, 40)


def healthy(seed: int, n_eval: int, noise: float, shape: str) -> tuple:
    """Train falls (10 % noise a point, one every 10 steps); validation falls from 1.5-20x its
    floor, flattening in the first third ("flat") or still falling at the end ("falling"),
    with log-normal noise `noise` at every evaluation."""
    rng = np.random.default_rng(seed * 1000 + n_eval)
    last = n_eval * EVAL_EVERY
    t = np.arange(TRAIN_EVERY, last + 1, TRAIN_EVERY)
    train = (0.05 + 2.0 * np.exp(-t / (rng.uniform(0.2, 0.5) * last))) * np.exp(
        0.1 * rng.standard_normal(t.size)
    )
    vs = np.arange(EVAL_EVERY, last + 1, EVAL_EVERY)
    floor = 10 ** rng.uniform(-3, 0)
    start = floor * rng.uniform(1.5, 20)
    tau = last / rng.uniform(6, 15) if shape == "flat" else last * rng.uniform(0.5, 1.5)
    level = floor + (start - floor) * np.exp(-vs / tau)
    return (t, train), (vs, level * np.exp(noise * rng.standard_normal(vs.size)))


def overfit(seed: int, n_eval: int, noise: float, rise: float) -> tuple:
    """Validation falls to its minimum at 35 % of the evaluations (the turn), then rises by
    `rise` times the minimum per evaluation, with log-normal noise; train falls throughout."""
    rng = np.random.default_rng(seed * 1000 + n_eval)
    last = n_eval * EVAL_EVERY
    t = np.arange(TRAIN_EVERY, last + 1, TRAIN_EVERY)
    train = (0.01 + 2.0 * np.exp(-t / (0.4 * last))) * np.exp(0.1 * rng.standard_normal(t.size))
    vs = np.arange(EVAL_EVERY, last + 1, EVAL_EVERY)
    turn = max(1, round(0.35 * n_eval))
    floor = 10 ** rng.uniform(-3, 0)
    start = floor * rng.uniform(1.3, 3)
    i = np.arange(vs.size)
    level = np.where(
        i <= turn,
        floor + (start - floor) * (1 - i / turn) ** 2,
        floor * (1 + rise * (i - turn)),
    )
    return (t, train), (vs, level * np.exp(noise * rng.standard_normal(vs.size))), turn


def opened_at(train: tuple, val: tuple) -> int | None:
    """Index of the evaluation at which the first overfitting warning opened, or None."""
    batch = {"train/loss": series(*train), "val/loss": series(*val)}
    _, found = overfitting.evaluate(None, batch, CFG)
    if not found:
        return None
    return int(np.searchsorted(val[0], found[0].start_step))


def _healthy_openings() -> dict:
    out = {}
    for n, noise, shape, seed in itertools.product(SIZES, NOISES, ("flat", "falling"), SEEDS):
        out[(n, noise, shape, seed)] = opened_at(*healthy(seed, n, noise, shape))
    return out


@pytest.fixture(scope="module")
def openings() -> dict:
    return _healthy_openings()


def test_no_warning_once_the_noise_is_measured(openings) -> None:
    """From the 7th evaluation on, a noisy healthy run gets no overfitting warning. Aimed at 0;
    stated rate: at most 8 of the 1,000 runs (0.8 %; measured 8, from 4 noise draws: five
    evaluations rising in a row or two in a row 2-3 noises high — what a real overfit looks
    like — or a noise under-estimated from 7-9 evaluations). Judged against the best alone,
    22 of them were warned. It was 6 before the noise was read beside a U-turn (a fall into
    the best, every evaluation since higher): two flat runs whose lucky low is followed by
    three chance rises are now warned, the price of catching a clean U-turn of real logs
    (held-out be05: +57 % in four evaluations) by its third evaluation after the best."""
    late = [k for k, at in openings.items() if at is not None and at + 1 >= MEASURED]
    assert len(late) <= 8, late


def test_no_warning_at_low_noise(openings) -> None:
    """With 2 % noise an evaluation, no warning at all, whatever the number of evaluations."""
    loud = [k for k, at in openings.items() if k[1] <= 0.02 and at is not None]
    assert loud == []


def test_the_few_evaluation_limit_is_stated(openings) -> None:
    """Before the noise is measured, a noisy healthy run whose evaluations after a lucky low
    rise twice by more than min_rise is what issue 12 wants reported (a rise by the 2nd-3rd
    evaluation after the best): warned before their 7th evaluation, of the 200 runs at each
    noise, 0 % at 2 % noise, 4.5 % at 5 %, 22 % at 10 %, 45 % at 20 %, 54 % at 30 %
    (unchanged by the level around the best, which needs the noise). Guarded so it does not
    grow unnoticed."""
    early = {noise: 0 for noise in NOISES}
    for (_, noise, _, _), at in openings.items():
        if at is not None and at + 1 < MEASURED:
            early[noise] += 1
    runs = len(SIZES) * 2 * len(SEEDS)
    limits = {0.02: 0.0, 0.05: 0.05, 0.1: 0.22, 0.2: 0.45, 0.3: 0.54}
    assert all(early[z] <= limits[z] * runs for z in NOISES), early


def test_a_long_run_of_dense_noisy_evaluations_is_rarely_warned() -> None:
    """Validation evaluated 300 or 600 times (every epoch of a long run), still falling with
    2-5 % noise: the slow rules (five rises in a row, a line through the evaluations since the
    best) are tested at every evaluation, so chance alone makes such stretches. They must
    outlast the run's rhythm of new bests, and the steady one rise from the level around the
    best: warned in 17 of these 120 runs (42 before, judged from the lucky low at any wait;
    15 before the settled rule, whose median of the later half is judged against the noise of
    a median; the rest are early evaluations or five-noise excursions)."""
    warned = [
        (n, noise, seed)
        for n, noise, seed in itertools.product((300, 600), (0.02, 0.03, 0.05), SEEDS)
        if opened_at(*healthy(seed, n, noise, "falling")) is not None
    ]
    assert len(warned) <= 17, warned


def test_a_rise_that_settles_higher_step_by_step_is_warned() -> None:
    """A Keras LSTM's validation (bp06 in the held-out corpus): best at the 12th of 20
    epochs, then eight evaluations 5-19 % above it with one dip, while training halves. No
    single evaluation is three noises above the level around the best, but the median of the
    later half (+17 %) is three noises of a median above it: warned at the 18th."""
    # Epochs 1-10, then 11-20.
    val = np.array(
        [0.885, 0.706, 0.610, 0.551, 0.560, 0.541, 0.520, 0.486, 0.499, 0.491]
        + [0.476, 0.441, 0.464, 0.483, 0.490, 0.550, 0.513, 0.503, 0.524, 0.526]
    )
    train = np.array(
        [1.146, 0.785, 0.669, 0.615, 0.557, 0.544, 0.506, 0.452, 0.434, 0.435]
        + [0.401, 0.371, 0.384, 0.338, 0.313, 0.321, 0.260, 0.224, 0.200, 0.193]
    )
    steps = np.arange(1, 21)
    assert opened_at((steps, train), (steps, val)) == 17
    # The same evaluations with a jump among them (1.3x the one before) are a spike's, not a
    # settled rise.
    jumpy = val.copy()
    jumpy[15] = 0.64
    assert opened_at((steps, train), (steps, jumpy)) is None


def test_a_climb_after_a_best_between_spikes_is_warned() -> None:
    """A Keras LSTM's validation (ut04 in the held-out corpus): its best (0.0034 at epoch 5)
    sits between spikes (0.0206 before, 0.0243 after), so the level around it is theirs; the
    climb after them, 0.0066 to 0.0193 in 44 epochs while training falls 100x, stays under
    that level, but rises on its own line far beyond its scatter: warned. The same climb
    after a best whose next evaluation did not spike is the other rules' business."""
    head = [0.038, 0.0117, 0.0387, 0.0206, 0.0034, 0.0243, 0.0066, 0.0093, 0.0125]
    climb = list(np.linspace(0.0126, 0.0193, 41) * (1 + 0.02 * np.sin(np.arange(41))))
    val = np.array(head + climb)
    steps = np.arange(1, val.size + 1)
    train = 0.42 * np.exp(-0.2 * steps)
    at = opened_at((steps, train), (steps, val))
    assert at is not None and at <= 25
    # A best whose next evaluation is ordinary (no spike) leaves the climb to the sloped rule:
    # the new rule alone does not open on it.
    calm = val.copy()
    calm[5] = 0.0050
    assert overfitting._rise_after_jump(list(calm[5:]), 0.0034, CFG["min_rise"]) is False


@pytest.mark.parametrize(("train_fall", "warned"), [(0.08, True), (0.03, False)])
def test_a_decisive_rise_needs_half_the_training_fall(train_fall, warned) -> None:
    """Validation falls to its best at the 10th of 40 evaluations, then climbs to 1.8x it with
    3 % noise while training improves by `train_fall` only: under the decisive rule (four of
    the last five a quarter above the level around the best) half of min_train_improvement
    (5 %) is enough; 3 % is not (training as good as flat)."""
    rng = np.random.default_rng(4)
    vs = np.arange(EVAL_EVERY, 41 * EVAL_EVERY, EVAL_EVERY)
    i = np.arange(vs.size)
    val = np.where(i <= 9, 0.06 - 0.0025 * i, 0.0375 * (1 + 0.8 * (i - 9) / 30))
    val = val * np.exp(0.03 * rng.standard_normal(vs.size))
    t = np.arange(TRAIN_EVERY, vs[-1] + 1, TRAIN_EVERY)
    train = 0.08 * (1 - train_fall * np.clip((t - vs[9]) / (vs[-1] - vs[9]), 0, 1))
    train = train * np.exp(0.01 * rng.standard_normal(t.size))
    assert (opened_at((t, train), (vs, val)) is not None) == warned


def test_a_rise_that_holds_at_one_printed_value_still_runs_out_the_patience() -> None:
    """Validation printed with two decimals rises from its best (0.30) to 0.45 and holds there
    for 13 evaluations while training falls: only every second repeat is passed over as a
    re-log, so the rise is still reported."""
    t = np.arange(0, 2001, 10)
    train = 2.0 * 0.97 ** (t / 10)
    vals = np.array([0.60, 0.45, 0.36, 0.31, 0.30, 0.38, 0.45] + [0.45] * 13)
    vs = np.arange(100, 100 * vals.size + 1, 100)
    at = opened_at((t, train), (vs, vals))
    assert at is not None and at <= 13


def test_an_evaluation_logged_again_changes_nothing() -> None:
    """A run that evaluates every other epoch and logs the last result at each (YOLOv5's
    results.csv does) is judged as if each evaluation were logged once: a repeat is no new
    evaluation, and its zero difference would take the measured noise to 0 (110 of these 120
    healthy runs were warned on their ordinary noise, 2 when logged once)."""
    differ = []
    for n, noise, seed in itertools.product((12, 20, 40), (0.05, 0.1), SEEDS):
        (t, train), (vs, val) = healthy(seed, n, noise, "flat")
        twice = (np.repeat(vs, 2) + np.tile([0, EVAL_EVERY // 2], vs.size), np.repeat(val, 2))
        once, again = opened_at((t, train), (vs, val)), opened_at((t, train), twice)
        if (once is None) != (again is None):
            differ.append((n, noise, seed, once, again))
    assert differ == []


# (noise, rise per evaluation, evaluations in all, catch by this many evaluations after the turn)
OVERFITS = [
    (0.02, 0.1, 8, 2),
    (0.02, 0.3, 8, 2),
    (0.05, 0.3, 8, 2),
    (0.02, 0.1, 12, 5),
    (0.02, 0.3, 12, 5),
    (0.05, 0.3, 12, 5),
    (0.02, 0.1, 20, 6),
    (0.02, 0.3, 20, 5),
    (0.05, 0.3, 20, 5),
    (0.05, 0.1, 40, 8),
    (0.02, 0.3, 40, 4),
    (0.05, 0.3, 40, 5),
    # Slow overfits: 1.5-2 % a turn, within a few noises of each other (a line through them).
    (0.01, 0.015, 20, 9),
    (0.02, 0.015, 20, 11),
    (0.02, 0.015, 40, 11),
    (0.03, 0.02, 40, 11),
]


@pytest.mark.parametrize(("noise", "rise", "n_eval", "by"), OVERFITS)
def test_noisy_overfits_are_caught_after_the_turn(noise, rise, n_eval, by) -> None:
    """Validation U-shaped with noise while training falls: caught in every seed, never before
    the turn, and by `by` evaluations after it."""
    late = []
    for seed in SEEDS:
        train, val, turn = overfit(seed, n_eval, noise, rise)
        at = opened_at(train, val)
        if at is None or not 1 <= at - turn <= by:
            late.append((seed, None if at is None else at - turn))
    assert late == []
