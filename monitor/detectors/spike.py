"""Spike (warning): the loss jumps far outside its recent distribution, then (usually) returns.

The statistic is the median of the last `short_window` points (so one outlier batch, common
with tiny batches, is not a spike) as a robust z-score against the median and MAD of the
recent reference window. On a per-epoch history a point is an epoch's mean: one EPOCH_JUMP
times the reference median is judged by itself, at LONE_Z robust scales. While a spike is
open the reference is frozen, so the condition clears exactly when the loss is back within the
recent distribution. Validation has its own rule (`_val_spikes`): one evaluation far above
its best and the one before, or one that jumps together with training.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NamedTuple

import numpy as np

from lossmon.server.detectors import schedule, spike_reference
from lossmon.server.detectors.base import (
    Batch,
    Episodes,
    Finding,
    Series,
    dec,
    enc,
    fresh,
    heavy_tailed,
    lone_highs,
    median,
    noise_of,
    points_for,
    push,
    recent_pairs,
    refresh_points,
    rollback_step,
    rolling_median,
    row_medians,
    sorted_median,
    windows,
)
from lossmon.server.detectors.cadence import cadence, epoch_cut, in_epochs, in_two

NAME = "spike"
REFRESH = 8  # points between recomputations of the reference median/MAD (bounded cost)
# On a sparse log each point is many steps of training: the reference follows every point.
SPARSE_REFRESH = 1
YOUNG_SPAN = 2  # a young run's reference is the later 1/YOUNG_SPAN of the points seen so far
SMOOTH = 0.25  # robust noise below this fraction of the level: a smooth series
#: Robust scales above its neighbours and the centre at which a lone point is an outlier of a
#: heavy-tailed loss (well below z_threshold: the tail is judged by how often such batches come).
LONE_Z = 3.0
VAL_FLOOR = 0.1  # a validation spike rises by at least this fraction of the first evaluation
VAL_Z = 6.0  # …and, once measurable, this many times the evaluations' noise
#: …and this fraction of where training started: a validation at 1e-4 of it is near 0, where
#: jumps of 6x and 80x are noise (a memorised fine-tune whose first evaluation is already there).
NEAR_ZERO = 0.01
VAL_NOISE_EVALS = 16  # recent evaluations (outside spikes) whose differences give that noise
VAL_NOISE_EVALS_MIN = 7  # evaluations needed before the noise is used
#: A jump under `val_factor` is a spike all the same where it stands CLEAR_Z noises above the
#: evaluations before it, CLEAR_FACTOR times both its best and the one before, its noise read
#: from a full VAL_NOISE_EVALS (a validation flat at 0.47 for 17 epochs read 0.78 for one:
#: 1.6x, some 30 noises; over fewer evaluations a falling series' noise is no measure).
CLEAR_Z = 20.0
CLEAR_FACTOR = 1.5
#: A warm restart's jump is at most this multiple of the level before it.
RESTART_MAX = 100.0
#: One point this many times the reference median, and EPOCH_JUMP times where the run started,
#: is a spike by itself whatever the cadence: no batch's noise reaches that far above the
#: run's own scale (a diffusion model's epoch at 50,000x); near 0 a batch may pass the first.
LONE_MAX = 100.0
#: …and this many times it in a smooth series (robust noise under SMOOTH of its level): a bad
#: batch there reaches 20x, not 50x; a per-epoch log the cadence cannot tell from a per-step
#: one (train-only, an epoch a step) jumping 78x for one epoch does (yqf01).
SMOOTH_LONE_MAX = 50.0
#: On a per-epoch log a point is an epoch's mean, not one batch: one this many times the
#: reference median is a spike by itself, even in a noisy series judged on the short median.
EPOCH_JUMP = 5.0
#: Validation and training jumping at one evaluation together (the model itself thrown off,
#: seen by both) is each one's evidence for the other: validation this many times its last
#: JOINT_POINTS evaluations, while training's latest point is JOINT_TRAIN times its
#: JOINT_POINTS points before, is a spike without the ratio to its best or its noise test.
JOINT_VAL = 1.5
JOINT_TRAIN = 2.0
JOINT_POINTS = 5
#: A loss that goes below 0 (a negative SI-SNR, a Gaussian NLL) is no multiple of its centre
#: there: above a centre at or below 0 a level is high once it rises by this share of how far
#: the run came down from where it started (or, above a centre below 0, once it is back above
#: 0: `_ratio_ok`).
NEGATIVE_SHARE = 0.1

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
    cut = epoch_cut(state or {}, batch, settings["key"], settings["val_key"])
    if cut is not None:
        return in_two(evaluate, state, batch, cut, settings, loss_kind)
    st: dict[str, Any] = dict(state) if state else {}
    new = fresh(st, settings["key"], batch.get(settings["key"]))
    val = fresh(st, settings["val_key"], batch.get(settings["val_key"]))
    every = cadence(st, new.steps, val.steps)
    starts_before = _note_start(st, new)
    # A smooth series (Trainer means, full-batch losses) can spike in one point; a noisy one
    # (single batches sampled far apart) needs the short median of 3 points, or its lone
    # outlier batches would read as spikes. Which one it is is judged at every point.
    settings = {
        **in_epochs(st, settings, ("warmup_steps", "recover_steps")),
        "short_noisy": int(settings["short_window_steps"]),
        "short_smooth": points_for(int(settings["short_window_steps"]), every),
        "sparse": every > 1,
        "every": every,
        "epochs": bool(st.get("epochs")),
    }
    schedule.advance(st, batch, settings["lr_key"])
    found = _val_spikes(st, val, settings, _TrainStart(starts_before, new), new)
    if st.get("episode") is None:
        quiet = _quiet(st, new, settings)
        if quiet is not None:
            st.update(quiet)
            return st, found
    st, train_found = _step_by_step(st, new, settings, loss_kind)
    return st, train_found + found


def _note_start(st: dict[str, Any], new: Series) -> list[float]:
    """Keep the run's first finite training values (up to 3; their median is where it
    started); return those kept before this batch. A state saved before they were kept has
    lost them: none are kept then."""
    if "starts" not in st and st.get("ref"):
        return []
    starts: list[float] = st.setdefault("starts", [])
    before = list(starts)
    if len(starts) < 3:
        finite = new.values[np.isfinite(new.values)]
        starts += finite[: 3 - len(starts)].tolist()
    return before


class _TrainStart:
    """Where training started as seen at a step: the median of the run's first finite
    training values logged up to it (the same whatever the batches)."""

    def __init__(self, before: list[float], new: Series) -> None:
        ok = np.isfinite(new.values)
        self.before, self.steps, self.values = before, new.steps[ok], new.values[ok]

    def at(self, step: int) -> float:
        k = int(self.steps.searchsorted(step, side="right"))
        starts = [*self.before, *self.values[: max(0, min(k, 3 - len(self.before)))].tolist()]
        return sorted_median(sorted(starts)) if starts else math.nan


def _val_spikes(
    st: dict[str, Any],
    val: Series,
    cfg: Mapping[str, Any],
    train_start: _TrainStart,
    train: Series,
) -> list[Finding]:
    """Advance the validation rule: an evaluation `val_factor` times both its best and the one
    before is a spike (validation measured on a whole set has no batch noise: one evaluation
    is enough); it resolves at the first evaluation back below `val_factor` × the best.

    A ratio alone is not enough where validation is near 0 or noisy: the jump must also exceed
    VAL_FLOOR of the first evaluation and NEAR_ZERO of where training started (the run's own
    scale, also when validation is near 0 from its first evaluation) and, once there are
    enough evaluations to measure it, VAL_Z times their noise (from successive differences).
    A smaller jump (CLEAR_FACTOR) is a spike where it stands CLEAR_Z noises above them.
    An evaluation that jumps with training (JOINT_VAL, JOINT_TRAIN) needs neither the ratio,
    nor the noise test, nor VAL_FLOOR (a run that fell 100x since its first evaluation), only
    NEAR_ZERO.
    """
    vs: dict[str, Any] = st.setdefault("val", {})
    joint = _JointTrain(vs, train)
    eps = Episodes(vs, NAME)
    best, prev = dec(vs.get("best")), dec(vs.get("prev"))
    first = dec(vs.get("first"))
    recent: list[float] = list(vs.get("recent", []))
    prev_step = vs.get("prev_step")
    factor = float(cfg["val_factor"])
    for step, v in zip(val.steps.tolist(), val.values.tolist(), strict=True):
        if not math.isfinite(v):
            # An evaluation that is no number beside finite ones: one that failed, a spike
            # until the next finite one (divergence's once it lasts or training is no number).
            if math.isfinite(prev):
                _nonfinite_evaluation(eps, step, v, prev, prev_step, best, cfg)
            continue
        first = v if math.isnan(first) else first
        start = train_start.at(step)
        near_zero = NEAR_ZERO * abs(start) if math.isfinite(start) else 0.0
        floor = max(VAL_FLOOR * abs(first), near_zero)
        high = best > 0 and v > factor * best and v - best > floor
        # A smaller jump is judged only against a full window of noise (CLEAR_Z).
        wide = best > 0 and len(recent) >= VAL_NOISE_EVALS and v > CLEAR_FACTOR * max(best, prev)
        clear = False
        if eps.open is None and len(recent) >= VAL_NOISE_EVALS_MIN and (high or wide):
            jump = v - median(recent[-3:])
            noise = noise_of(recent)
            high = high and jump > VAL_Z * noise
            clear = wide and v - best > floor and jump > CLEAR_Z * noise
        together = joint.jumped(step)
        together = together if eps.open is None and best > 0 else None
        if together is not None and len(recent) >= JOINT_POINTS:
            level = median(recent[-JOINT_POINTS:])
            together = together if level > 0 and v > JOINT_VAL * level else None
        else:
            together = None
        # A spike the clear rule opened holds while validation stays CLEAR_FACTOR above the
        # evaluation before it (under val_factor it would close at once though still up).
        before_spike = float((eps.open or {}).get("evidence", {}).get("before", prev))
        kept = eps.open is not None and bool(vs.get("clear")) and v > CLEAR_FACTOR * before_spike
        holds = (
            together is not None
            or clear
            or kept
            or (high and (eps.open is not None or v > factor * prev))
        )
        if holds:
            opened = (eps.open or {}).get("evidence", {})
            # Later evaluations of the spike are measured against the one before it began
            # (the one to roll back to), never against a spiking one.
            before, before_step = (
                float(opened.get("before", prev)),
                opened.get("rollback_step", prev_step),
            )
            evidence = {
                "key": cfg["val_key"],
                "value": v,
                "peak": max(v, float(opened.get("peak", v))),
                "median": best,
                "before": before,
                "rollback_step": before_step,
            }
            message = (
                f"Loss spike on {cfg['val_key']}: {v:.4g} at step {step}, "
                f"{v / best:.3g}× its best ({best:.4g}) and {v / before:.3g}× the evaluation "
                f"before the spike (step {before_step})."
            )
            if together is not None:
                message = message[:-1] + (
                    f", while {cfg['key']} jumped with it to {together[0]:.4g}, "
                    f"{together[0] / together[1]:.3g}× its {JOINT_POINTS} points before."
                )
            if eps.open is None:
                vs["clear"] = clear and not high and together is None
            eps.update(step, True, severity="warning", message=message, evidence=evidence)
        else:
            vs.pop("clear", None)
            eps.update(step, False)
            if not math.isfinite(best) or v < best:
                best = v
            push(recent, v, VAL_NOISE_EVALS)  # the noise learns only outside spikes
        prev, prev_step = v, step
    joint.jumped(None)
    vs.update(best=enc(best), prev=enc(prev), prev_step=prev_step, first=enc(first), recent=recent)
    vs["train_recent"], vs["train_fresh"] = joint.kept, joint.fresh
    return eps.findings()


class _JointTrain:
    """The training points met on the way through the evaluations of a batch (the last
    JOINT_POINTS + 1, kept in the validation state), to tell whether training jumped at an
    evaluation as well."""

    def __init__(self, vs: dict[str, Any], train: Series) -> None:
        ok = np.isfinite(train.values)
        self.steps, self.values = train.steps[ok], train.values[ok].tolist()
        self.kept: list[float] = list(vs.get("train_recent", []))
        self.taken = 0
        # Whether training points came since the last evaluation in batches before this one
        # (where a batch ends between them and the next evaluation).
        self.fresh = bool(vs.get("train_fresh", False))

    def jumped(self, step: int | None) -> tuple[float, float] | None:
        """Take the training points up to `step` (all of them at None, the batch's end);
        return (the latest, the median of the points before it) where a point came since the
        evaluation before, in this batch or an earlier one, and it is JOINT_TRAIN times that
        median, else None."""
        upto = (
            len(self.values) if step is None else int(self.steps.searchsorted(step, side="right"))
        )
        came = upto > self.taken
        if came:
            self.kept = [*self.kept, *self.values[max(self.taken, upto - JOINT_POINTS - 1) : upto]]
            del self.kept[: -JOINT_POINTS - 1]
        self.taken = max(self.taken, upto)
        if step is None:
            self.fresh = self.fresh or came
            return None
        came, self.fresh = came or self.fresh, False
        if not came or len(self.kept) <= JOINT_POINTS:
            return None
        latest, before = self.kept[-1], median(self.kept[:-1])
        return (latest, before) if before > 0 and latest > JOINT_TRAIN * before else None


def _nonfinite_evaluation(
    eps: Episodes,
    step: int,
    value: float,
    before: float,
    before_step: int | None,
    best: float,
    cfg: Mapping[str, Any],
) -> None:
    """Open (or extend) the validation spike at an evaluation that is NaN/±Inf; the one
    before it, finite, is the one to roll back to."""
    opened = (eps.open or {}).get("evidence", {})
    before, before_step = (
        float(opened.get("before", before)),
        opened.get("rollback_step", before_step),
    )
    evidence = {
        "key": cfg["val_key"],
        "value": enc(value),
        "peak": opened.get("peak", enc(value)),
        "median": best,
        "before": before,
        "rollback_step": before_step,
    }
    message = (
        f"Loss spike on {cfg['val_key']}: {value} at step {step}, the evaluation before "
        f"(step {before_step}) was {before:.4g} and its best {best:.4g}: an evaluation that "
        "failed (a divergence if it stays so)."
    )
    eps.update(step, True, severity="warning", message=message, evidence=evidence)


def _quiet(st: dict[str, Any], new: Series, cfg: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return the state after `new` when no point of it is a spike, computed with numpy.

    Without a spike every finite point joins the reference window, so the reference's
    medians are known in advance; None when some point is a spike (the caller then goes
    point by point).
    """
    if st.get("lone") is not None:
        return None  # a lone point waits for the next one: point by point
    ok = np.isfinite(new.values)
    steps, values = new.steps[ok], new.values[ok]
    n = values.size
    first_step = st.get("first_step")
    if first_step is None and new.steps.size:
        first_step = int(new.steps[0])
    ref: list[float] = list(st.get("ref", []))
    center, scale = st.get("center"), st.get("scale")
    since = int(st.get("since", 0))
    window, min_points = int(cfg["window_points"]), int(cfg["min_points"])
    seen = _seen(st, ref, window)
    if n == 0:
        return {"first_step": first_step, "ref": ref, "since": since, "center": center,
                "scale": scale, "short": list(st.get("short", [])), "seen": seen,
                "hist": [list(p) for p in st.get("hist", [])]}  # fmt: skip
    # When the reference is recomputed (after the push of point j), as the loop would.
    n_old = len(ref)
    refresh, since = refresh_points(
        n, n_old, since, center is not None, min_points, window, _refresh(cfg)
    )
    ext = np.concatenate([np.asarray(ref, dtype=np.float64), values]) if n_old else values
    ends = np.asarray(refresh, dtype=np.int64) + n_old + 1
    lengths = _reference_lengths(ends, n_old, seen, cfg)
    # The reference each point is judged against: the one before its own push.
    at = (ends - n_old - 1).searchsorted(np.arange(n), side="left") - 1
    c0 = math.nan if center is None else float(center)
    old_short = st.get("short", [])
    start = _start(st)  # where training started: what a centre at or below 0 is judged by
    with np.errstate(all="ignore"):
        # A lower bound of each point's reference median (NaN before there is one); a sparse
        # log's centre is the median of its latest `min_points` points, not of the window.
        medianed = np.minimum(lengths, int(cfg["min_points"])) if cfg["sparse"] else lengths
        low = np.where(at >= 0, _median_floor(ext, ends, medianed), c0)
        if (values > SMOOTH_LONE_MAX * np.where(low > 0, low, np.inf)).any():
            return None  # a point orders of magnitude above its reference: point by point
    if not cfg["sparse"] and int(cfg["short_smooth"]) == int(cfg["short_noisy"]):
        # Smooth or noisy, the short median is the same: when no point is above min_ratio
        # times a lower bound of its reference median, none is a spike, and only the last
        # reference (the state's) is needed.
        short = rolling_median(old_short, values, int(cfg["short_noisy"]))
        with np.errstate(all="ignore"):
            safe = np.isnan(low) | ((low > 0) & (short <= float(cfg["min_ratio"]) * low))
        if safe.all() or _below_ratio(
            ext, ends, lengths, at, c0, short, window, float(cfg["min_ratio"]), start
        ):
            c, spread = (
                _references(ext, ends[-1:], lengths[-1:], cfg)[0] if refresh else (None, None)
            )
            return _quiet_state(
                st, cfg, steps, values, ext, old_short, since, seen + n, first_step, c, spread
            )
    centers: list[float] = []
    scales: list[float] = []
    spreads: list[float] = []
    for c, spread in _references(ext, ends, lengths, cfg):
        centers.append(c)
        spreads.append(spread)
        scales.append(max(spread, 1e-3 * abs(c), 1e-12))
    s0 = math.nan if scale is None else float(scale)
    cb = np.where(at >= 0, np.asarray([c0, *centers])[at + 1], c0)
    sb = np.where(at >= 0, np.asarray([s0, *scales])[at + 1], s0)
    p0 = math.nan if st.get("spread") is None else float(st["spread"])
    pb = np.where(at >= 0, np.asarray([p0, *spreads])[at + 1], p0)
    with np.errstate(invalid="ignore"):
        smooth = pb < SMOOTH * np.abs(cb)
    shorts = np.where(smooth, int(cfg["short_smooth"]), int(cfg["short_noisy"]))
    if (shorts != shorts[0]).any():
        return None  # the series turns smooth (or noisy) within the batch: point by point
    short = rolling_median(old_short, values, int(shorts[0]))
    warm = steps - first_step >= int(cfg["warmup_steps"])
    with np.errstate(all="ignore"):
        threshold: float | np.ndarray = float(cfg["z_threshold"])
        if cfg["epochs"]:
            jump = (cb > 0) & (values > EPOCH_JUMP * cb)
            short = np.where(jump, np.fmax(short, values), short)
            threshold = np.where(jump, LONE_Z, threshold)
        z = (short - cb) / sb
        ratio_ok = _ratio_ok(short, cb, start, float(cfg["min_ratio"]))
        judged = warm & ~np.isnan(cb) & ~np.isnan(sb)
        if (judged & (z > threshold) & ratio_ok).any():
            return None
    c = centers[-1] if centers else None
    spread = spreads[-1] if spreads else None
    return _quiet_state(
        st, cfg, steps, values, ext, old_short, since, seen + n, first_step, c, spread
    )


def _quiet_state(
    st: dict[str, Any],
    cfg: Mapping[str, Any],
    steps: np.ndarray,
    values: np.ndarray,
    ext: np.ndarray,
    old_short: list[float],
    since: int,
    seen: int,
    first_step: int | None,
    center: float | None,
    spread: float | None,
) -> dict[str, Any]:
    """Return the state after a batch of finite points with no spike; `center` and `spread`
    are the last reference computed in it (None: none was)."""
    window = int(cfg["window_points"])
    hist = recent_pairs(st.get("hist", []), steps, values, 64)
    return {
        "restart_jump": False,  # no point of the batch jumped: any restart's jump is over
        "ref": ext[-window:].tolist(),
        "short": ([*old_short, *values[-int(cfg["short_noisy"]) :].tolist()])[
            -int(cfg["short_noisy"]) :
        ],
        "hist": hist,
        "center": st.get("center") if center is None else center,
        "spread": st.get("spread") if spread is None else spread,
        "scale": (
            st.get("scale")
            if center is None or spread is None
            else max(spread, 1e-3 * abs(center), 1e-12)
        ),
        "since": since,
        "seen": seen,
        "first_step": first_step,
    }


def _seen(st: Mapping[str, Any], ref: list[float], window: int) -> int:
    """Return how many points the reference window has taken in over the run (a state from
    before this count was kept: as many as it holds, or a mature run's once it is full)."""
    if "seen" in st:
        return int(st["seen"])
    return len(ref) if len(ref) < window else YOUNG_SPAN * window


def _reference_lengths(
    ends: np.ndarray, n_old: int, seen: int, cfg: Mapping[str, Any]
) -> np.ndarray:
    """Return how many of the latest points form the reference at each end.

    A young run's window would reach back into its first fast descent, whose spread hides
    a jump that stands far above the level the loss has reached (a loss at 3.7 that leaps
    to 8.5 is not 'within' a window that began at 11): with every step logged, the
    reference is then the later half of the points seen so far (at least `min_points`), up
    to `window_points`. A sparse log's spread is already its point-to-point noise."""
    full = np.minimum(ends, int(cfg["window_points"]))
    if cfg["sparse"]:
        return full
    young = np.maximum(int(cfg["min_points"]), (seen + ends - n_old) // YOUNG_SPAN)
    return np.minimum(full, young)


def _below_ratio(
    ext: np.ndarray,
    ends: np.ndarray,
    lengths: np.ndarray,
    at: np.ndarray,
    c0: float,
    short: np.ndarray,
    window: int,
    ratio: float,
    start: float,
) -> bool:
    """Return whether no short median is above `ratio` times the centre of the reference it is
    judged against (no point is then a spike, whatever the spreads).

    The exact centres where `_median_floor`'s bound was too loose (a loss falling fast within
    the batch): one selection over the windows, not every reference's spread and quantiles.
    A young run's windows, of different lengths, each take `median` (row_medians' values).
    """
    if not ends.size:
        return False
    if bool((lengths == window).all()):
        centres = row_medians(windows(ext, window)[ends - window])
    else:
        centres = np.array(
            [
                median(ext[end - length : end].tolist())
                for end, length in zip(ends.tolist(), lengths.tolist(), strict=True)
            ]
        )
    cb = np.where(at >= 0, np.concatenate(([c0], centres))[at + 1], c0)
    with np.errstate(invalid="ignore"):
        return not bool((~np.isnan(cb) & _ratio_ok(short, cb, start, ratio)).any())


def _median_floor(ext: np.ndarray, ends: np.ndarray, lengths: np.ndarray) -> float:
    """Return a value at or below the median of every reference window (the `lengths` items
    of `ext` up to each end): the order statistic of their union at the lower middle of the
    shortest (a window's k-th smallest is at least its union's k-th smallest)."""
    if not ends.size:
        return math.nan
    span = ext[max(0, int((ends - lengths).min())) : int(ends[-1])]
    k = (int(lengths.min()) - 1) // 2
    return float(np.partition(span, k)[k])


def _references(
    ext: np.ndarray, ends: np.ndarray, lengths: np.ndarray, cfg: Mapping[str, Any]
) -> list[tuple[float, float]]:
    """Return (centre, spread) of the reference window (the `lengths` items up to each end)."""
    if not ends.size:
        return []
    size = int(lengths[0])
    if not cfg["sparse"] and (ends.size == 1 or not bool((lengths == size).all())):
        # One window, or windows of different lengths (a young run's): each in plain Python.
        return [
            spike_reference.of_window(ext[end - length : end].tolist())
            for end, length in zip(ends.tolist(), lengths.tolist(), strict=True)
        ]
    with np.errstate(all="ignore"):
        if (lengths == size).all():
            return spike_reference.of_rows(windows(ext, size)[ends - size], cfg)
        return [
            spike_reference.of_rows(ext[end - length : end][None, :], cfg)[0]
            for end, length in zip(ends.tolist(), lengths.tolist(), strict=True)
        ]


def _usual_outliers(ref: list[float], center: float, scale: float, z: float) -> float:
    """Return the level a new spike must exceed on a loss with heavy tails (`heavy_tailed`):
    the highest lone outlier of the reference, `z` scales above its neighbours and the centre;
    else -inf. Single batches of such a loss often land far above its median, and two of them
    in a row make a short median as high: that is its noise, and only a level above every
    lone outlier seen lately is new."""
    lone = lone_highs(ref, center, z * scale)
    return float(lone.max()) if heavy_tailed(lone, len(ref)) else -math.inf


def _step_by_step(
    st: dict[str, Any], new: Series, cfg: Mapping[str, Any], loss_kind: str | None
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the rule point by point (a spike holds somewhere, or an episode is open)."""
    key = cfg["key"]
    ref: list[float] = list(st.get("ref", []))
    short: list[float] = list(st.get("short", []))
    hist: list[list[float]] = [list(p) for p in st.get("hist", [])]
    center = st.get("center")
    scale = st.get("scale")
    spread = st.get("spread")
    since = int(st.get("since", 0))
    window, min_points = int(cfg["window_points"]), int(cfg["min_points"])
    seen = _seen(st, ref, window)
    first_step = st.get("first_step")
    eps = Episodes(st, NAME)
    for step, v in zip(new.steps.tolist(), new.values.tolist(), strict=True):
        if first_step is None:
            first_step = step
        if not math.isfinite(v):
            continue  # non-finite values are divergence's business
        push(hist, [step, v], 64)
        push(short, v, int(cfg["short_noisy"]))
        smooth = center is not None and spread is not None and spread < SMOOTH * abs(center)
        level_of = short[-int(cfg["short_smooth"] if smooth else cfg["short_noisy"]) :]
        m = median(level_of)
        jump = cfg["epochs"] and center is not None and center > 0 and v > EPOCH_JUMP * center
        if jump:
            m = max(m, v)
        # How many points the level is the median of (1: the point itself), for the words.
        level_points = 1 if jump or m == v else len(level_of)
        warm = step - first_step >= int(cfg["warmup_steps"])
        holds = False
        z = 0.0
        # The z an epoch's jump needs is LONE_Z's (the words say which was passed).
        needed = LONE_Z if jump else float(cfg["z_threshold"])
        if center is not None and scale is not None and warm:
            z = (m - center) / scale
            ratio_ok = bool(_ratio_ok(m, center, _start(st), float(cfg["min_ratio"])))
            holds = z > needed and ratio_ok
            if holds and eps.open is None:
                # The outliers of the reference the centre is taken from: a young run's later
                # half, not the fast descent before it (whose noisy first points are no tail).
                length = int(_reference_lengths(np.asarray([len(ref)]), len(ref), seen, cfg)[0])
                holds = m > _usual_outliers(ref[-length:], center, scale, LONE_Z)
                if holds and center == 0.0:
                    # A loss exactly 0 at most batches (a hinge loss, a term that rarely
                    # fires) has no spread: its batches above 0 are its noise, and a level is
                    # new only above every point of the reference.
                    holds = m > max(ref[-length:])
        if holds and eps.open is None:
            # A jump that begins as a warm restart sends the learning rate back up is the
            # schedule's, for as long as it lasts: its points are ordinary ones, so the
            # reference follows the restarted level.
            restart = bool(st.get("restart_jump")) or schedule.scheduled(
                st, step, float(cfg["every"]), phase=False
            )
            # A jump of orders of magnitude back above where the run started is never the
            # schedule's (a resume gone wrong; a warm restart of a loss converged near 0 is).
            assert center is not None  # holds implies a reference
            starts = sorted(st.get("starts") or [])
            undone = bool(starts) and m >= sorted_median(starts)
            restart = restart and not (undone and m > RESTART_MAX * center)
            st["restart_jump"] = restart
            holds = not restart
        else:
            st["restart_jump"] = False
        lone, st["lone"] = st.get("lone"), None
        if lone is not None and not holds and eps.open is None:
            # The point before was orders of magnitude above the run and this one is back:
            # a spike of one point (had it stayed, the short median would have said so).
            _lone_spike(eps, st, lone, hist, center, scale, cfg, loss_kind)
        elif not holds and warm and _lone(st, v, center, scale, cfg, smooth=smooth):
            st["lone"] = [step, v]  # judged at the next point; not part of the reference
            continue
        if holds:
            ep = eps.open
            peak = max(m, float(ep["evidence"]["peak"])) if ep else m
            if ep is None:
                assert center is not None and scale is not None  # holds implies both
                rb = rollback_step(hist, step, center + 2.0 * scale)
                # The highest logged point since the last calm one, for the words: the level is
                # a short median (whose window can reach back to an earlier spike, or miss a
                # higher point the excursion began with).
                since_calm = [p for p in hist if rb is not None and p[0] > rb]
                top_step, top = max(since_calm or hist[-len(short) :], key=lambda p: p[1])
                evidence = {
                    "value": m,
                    "points": level_points,
                    "latest": v,
                    "peak": peak,
                    "highest": top,
                    "highest_step": int(top_step),
                    "median": center,
                    "mad_scale": scale,
                    "z": z,
                    "threshold": needed,
                    "rollback_step": rb,
                }
            else:
                # The words pair the level with its own z; the peak keeps the highest.
                peak_z = max(z, float(ep["evidence"].get("peak_z", ep["evidence"]["z"])))
                evidence = dict(ep["evidence"], value=m, peak=peak, z=z, peak_z=peak_z)
                evidence["threshold"] = needed
                evidence.update(points=level_points, latest=v)
                evidence["lasted"] = step - int(ep["start"])
                if v > float(evidence.get("highest", -math.inf)):
                    evidence.update(highest=v, highest_step=step)
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
        push(ref, v, window)
        since += 1
        seen += 1
        if len(ref) >= min_points and (center is None or since >= _refresh(cfg)):
            length = int(_reference_lengths(np.asarray([len(ref)]), len(ref), seen, cfg)[0])
            center, spread = (
                spike_reference.of_rows(np.asarray(ref[-length:])[None, :], cfg)[0]
                if cfg["sparse"]
                else spike_reference.of_window(ref[-length:])
            )
            # A flat loss has MAD 0: keep a floor so rounding noise is not a spike.
            scale = max(spread, 1e-3 * abs(center), 1e-12)
            since = 0
    st.update(
        ref=ref,
        short=short,
        hist=hist,
        center=center,
        scale=scale,
        spread=spread,
        since=since,
        seen=seen,
        first_step=first_step,
    )
    return st, eps.findings()


def _start(st: Mapping[str, Any]) -> float:
    """Return where training started: the median of the run's first finite values kept."""
    starts = sorted(st.get("starts") or [])
    return sorted_median(starts) if starts else math.nan


def _ratio_ok(short: Any, center: Any, start: float, ratio: float) -> np.ndarray:
    """Return whether each level is far enough above its centre for a spike, beside its
    robust z: `ratio` times a centre above 0; above a centre below 0 (a loss below 0 has no
    ratio), back above 0 or NEGATIVE_SHARE of how far the run came down from its start to that
    centre; above a centre of exactly 0, that share alone (a loss that started at 0, GRPO's KL
    term, has come down nowhere: nothing is; nor is a loss rounded to 0 printing its last
    digit)."""
    short, center = np.asarray(short, dtype=np.float64), np.asarray(center, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        span = start - center
        risen = ((center < 0) & (short > 0)) | (
            (span > 0) & (short - center > NEGATIVE_SHARE * span)
        )
        return np.where(center > 0, short > ratio * center, risen)


def _lone(
    st: Mapping[str, Any],
    v: float,
    center: float | None,
    scale: float | None,
    cfg: Mapping[str, Any],
    *,
    smooth: bool = False,
) -> bool:
    """Return whether one point of a log not read in epochs is LONE_MAX times its reference
    median (SMOOTH_LONE_MAX times in a smooth series), `z_threshold` robust scales above it
    and EPOCH_JUMP times where the run started (the median of 3 that judges per-step noise
    would hide it)."""
    if cfg["epochs"] or center is None or scale is None or center <= 0:
        return False
    multiple = SMOOTH_LONE_MAX if smooth else LONE_MAX
    if not (v > multiple * center and v - center > float(cfg["z_threshold"]) * scale):
        return False
    starts = sorted(st.get("starts") or [])
    return bool(starts) and v > EPOCH_JUMP * sorted_median(starts)


def _lone_spike(
    eps: Episodes,
    st: Mapping[str, Any],
    lone: list[Any],
    hist: list[list[float]],
    center: float | None,
    scale: float | None,
    cfg: Mapping[str, Any],
    loss_kind: str | None,
) -> None:
    """Report the one-point spike at `lone` (step, value), back at the point after it."""
    assert center is not None and scale is not None  # a lone point has a reference
    step, v = int(lone[0]), float(lone[1])
    evidence = {
        "value": v, "peak": v, "highest": v, "highest_step": step, "median": center,
        "mad_scale": scale, "z": (v - center) / scale, "threshold": float(cfg["z_threshold"]),
        "rollback_step": rollback_step(hist, step, center + 2.0 * scale),
    }  # fmt: skip
    count = int(st.get("episodes", 0)) + 1
    message = _message(cfg["key"], evidence, count, loss_kind, cfg)
    eps.update(step, True, severity="warning", message=message, evidence=evidence)


def _refresh(cfg: Mapping[str, Any]) -> int:
    """Return how many points pass between recomputations of the reference."""
    return SPARSE_REFRESH if cfg["sparse"] else REFRESH


def finish(
    state: dict[str, Any] | None, settings: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Finding]]:
    """Judge a run that has ended: a spike still open at its last point did not recover,
    however short the run was (a level shift on a log of a hundred evaluations never reaches
    `recover_steps`). Its latest words say so, with the level before it, instead of leaving a
    spike firing at the end. An evaluation that is no number is divergence's (`finish`)."""
    st: dict[str, Any] = dict(state) if state else {}
    st["val"] = dict(st.get("val") or {})
    found: list[Finding] = []
    for key, part in ((settings["key"], st), (settings["val_key"], st["val"])):
        eps = Episodes(part, NAME)
        ep = eps.open
        if ep is not None and math.isfinite(float(ep["evidence"].get("value", math.nan))):
            evidence = dict(ep["evidence"], at_end=True)
            words = _unrecovered(key, evidence, at_end=True)
            eps.update(int(ep["last"]), True, severity=ep["severity"], message=words,
                       evidence=evidence)  # fmt: skip
        found += eps.findings()
    return st, found


class Unrecovered(NamedTuple):
    """The training loss's spike still open at a run's end: its level then, its last point,
    the level before it and the last step before it (None when unknown)."""

    level: float
    latest: float
    before: float
    rollback_step: int | None
    last_step: int


def unrecovered(state: Mapping[str, Any] | None) -> Unrecovered | None:
    """Return the training loss's spike still open in a spike state, or None (divergence's
    end-of-run jump judges it when the run ends: end_jump.py)."""
    ep = (state or {}).get("episode")
    if not ep:
        return None
    ev = ep["evidence"]
    level, before = float(ev.get("value", math.nan)), float(ev.get("median", math.nan))
    latest = float(ev.get("latest", level))
    if not all(math.isfinite(v) for v in (level, before, latest)):
        return None
    rollback = ev.get("rollback_step")
    return Unrecovered(level, latest, before, None if rollback is None else int(rollback),
                       int(ep["last"]))  # fmt: skip


def _unrecovered(key: str, ev: Mapping[str, Any], *, at_end: bool = False) -> str:
    """Return the words of a spike that did not come back (a level shift): against the level
    before it, or a validation spike against the evaluation before it."""
    value, since = float(ev["value"]), ev.get("rollback_step")
    if at_end and "before" in ev:
        return (
            f"{key} did not recover by the end of the run: now {value:.4g}, "
            f"{value / float(ev['before']):.3g}× the evaluation before the spike "
            f"({float(ev['before']):.4g} at step {since})."
        )
    before = f" before step {since + 1}" if since is not None else ""
    when, lasted = (" by the end of the run", "") if at_end else ("", f", for {ev['lasted']} steps")
    now = f"now {value:.4g}"
    if int(ev.get("points", 1)) > 1:
        # The level is a short median: said so, with the point logged last beside it.
        now = (
            f"its level is now {value:.4g} (the median of its last {ev['points']} points; "
            f"the latest {float(ev['latest']):.4g})"
        )
    if ev["median"] <= 0:
        return f"{key} did not recover{when}: {now} against {ev['median']:.4g}."
    return (
        f"{key} did not recover{when}: {now}, {value / ev['median']:.3g}× the "
        f"level{before} ({ev['median']:.4g}){lasted}."
    )


def _message(
    key: str, ev: Mapping[str, Any], count: int, loss_kind: str | None, cfg: Mapping[str, Any]
) -> str:
    if ev.get("lasted", 0) >= int(cfg["recover_steps"]):
        return _unrecovered(key, ev)
    # A state saved before the highest point was kept words its peak level instead.
    top = (
        f"highest point {ev['highest']:.4g} at step {ev['highest_step']}"
        if "highest" in ev
        else f"peak {ev['peak']:.4g}"
    )
    needed = float(ev.get("threshold", cfg["z_threshold"]))
    msg = (
        f"Loss spike on {key}: level {ev['value']:.4g} ({top}) against a recent median of "
        f"{ev['median']:.4g} (robust z {ev['z']:.3g} > {needed:g})."
    )
    if ev.get("rollback_step") is not None:
        msg += f" Last step before it: {ev['rollback_step']}."
    if count >= int(cfg["repeat_hint"]):
        msg += f" This is spike number {count} in this run."
        hint = HINTS.get(loss_kind or "")
        if hint:
            msg += " " + hint
    return msg
