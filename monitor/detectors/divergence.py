"""Divergence (critical): the run is broken and will not come back by itself.

Eight rules, any of which makes the condition hold at a point:
- check_finite: a NaN/±Inf training loss (at once: this is the fast path at ingest); a
  NaN/±Inf validation loss at once when training is no number either, else once
  VAL_SUSTAIN_EVALS evaluations in a row were, or the run ended on one (a lone one beside a
  finite training loss is an evaluation that failed: a spike, spike.py);
- divergence_threshold: the loss level above an absolute bound (Lightning's rule);
- negative: a point below 0 where the run's stated loss kind cannot be (sign_rule.py);
- blow-up: the loss level orders of magnitude above its best, a tenth of its initial level
  and its recent typical level (never excused by the warm-up), held until the level is back
  near its best;
- early rise: before the run has a settled best, the loss several times its first logged
  value at two points in a row (a learning rate far too high, on a run of 3–10 points), or,
  once it fell and went back above twice its first value beyond its noise, several times the
  lowest level it fell to (a level shift after a handful of epochs);
- sustained rise: the smoothed level well above its running best (relative to the best, to
  the initial level and to the loss's own noise) that is still climbing after
  `fast_sustain_steps`, or has not fallen back after `sustain_steps`, or has settled there
  for `settle_steps` (a level shift that never comes back); a spike that recovers is a
  spike, never a divergence;
- validation: validation loss far above its best (by `rise_floor` of its first evaluation
  too) over several evaluations while the training loss does not keep falling (that would be
  overfitting); and `blowup_factor` times its best (and its first evaluation) at once beside
  training that rose with it, at the second such evaluation (or the next one still
  STILL_BLOWN times it, or no number) beside training that holds, at the third in a row beside
  training that keeps falling (one such evaluation is a validation spike, spike.py);
- joint rise: validation well above its best over its last few evaluations while the
  training level has risen well above its lowest — both series worse at once, the signature of
  a learning rate too high or a bad resume on a sparse log (a handful of Trainer means), where
  the training rules alone have too few points;
- end-of-run climb: once the run has ended, a training loss that climbed steadily over at
  least 30 % of it to `climb_factor` times its best and never came back (a creep under
  `rise_factor` that a healing hump resembles while it climbs), or that ended on a jump it
  never came back from (a training spike still open, twice the level before it: end_jump.py).

The sustained rise is in rise_rule.py, the end-of-run climb in climb_rule.py, the jump in
end_jump.py and the validation rules in val_rules.py; this module holds their state and judges
the points in step order.

A loss centred on zero (two of its first three points exactly 0: a KL penalty that is 0 until
the policy moves; half of its first ZERO_HEAD: a hinge loss 0 at most batches; or points of
both signs, each at least SIGNED_SHARE of its noise reference: a policy-gradient loss) has no
multiple of its start or of its best, and a level rising from 0 is no rise: only the blow-up
judges it (besides the finite and threshold checks), against its recent typical size (the
median magnitude of the non-zero points of its noise reference), held until its level is back
within SETTLED × that size; a step is calm within CALM_NOISES × that size. Such a loss is
judged point by point.

Windows are stated in steps and turned into logged points by the run's cadence (its median
interval between training points), so a run logged every step and one logged every 50 steps
(Trainer means) are judged alike.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import numpy as np

from lossmon.server.detectors import (
    calm_record,
    climb_rule,
    end_jump,
    loss_noise,
    rise_rule,
    schedule,
    sign_rule,
    val_rules,
)
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
    points_for,
    push,
    recent_pairs,
    refresh_points,
    rolling_median,
)
from lossmon.server.detectors.cadence import cadence, epoch_cut, in_epochs, in_two, split_batch
from lossmon.server.detectors.rise_rule import Reason
from lossmon.server.detectors.spike import Unrecovered

NAME = "divergence"
HISTORY = 64  # recent raw points kept to find the rollback step
#: Raw points in a row, every one high, that an early rise needs when every step is logged.
EARLY_STREAK = 4
EARLY_RELEASE = 2.0  # a fired early rise ends once the level is below this multiple of the start
#: The first training points in which a loss 0 at half of them is centred on zero.
ZERO_HEAD = 8
#: The blow-up rule's reference is the best, or the starting level over this (a run that has
#: learnt little is judged against where it started).
SETTLED = 10.0
REF_STEPS = 100  # recent steps whose spread is the loss's noise (at least 30 points)
REFRESH = 8  # points between recomputations of that spread (bounded cost)
#: The fall of the training level since the validation best (a fraction of it) that makes
#: training "keep falling": a blown-up evaluation beside it is a validation spike, not yet a
#: divergence (issue 12: no critical from the validation rule while training keeps falling).
TRAIN_FALL = 0.1
#: …and the rise of its latest point above that level (a fraction of it) under which training
#: holds: one evaluation blown up beside a training loss that holds is a validation spike until
#: the next evaluation is blown up too (a 3,600x evaluation of a YOLO objectness loss, a 100x
#: one of a U-Net, each back at the next while training went on as before).
TRAIN_HOLD = 0.5
#: Consecutive blown-up evaluations that make a divergence beside a training loss that holds…
VAL_HELD_EVALS = 2
#: …or an evaluation after the first still this multiple of the best (and far above it for
#: the validation rule), or no number: not coming back (a jump of 10^5 that stays at 50x). One
#: at 7-10x after a 170x one is a spike on its way back (holdout rh01).
STILL_BLOWN = 10.0
#: Validation above this multiple of its best has jumped (the spike detector's validation
#: factor): a training rollback goes before the evaluation where it began.
VAL_JUMP = 1.8
#: Consecutive evaluations above val_rise_factor × the best that the validation rule needs
#: (two of a noisy validation, single-batch or a tiny set, come by chance), and blown up
#: beyond blowup_factor × it that make a blow-up divergence beside a falling training loss.
VAL_SUSTAIN_EVALS = 3
#: Why a step is the one to roll back to, by default (rise_rule.rollback_level's bound).
CALM = (
    "the last step before the excursion whose training loss and its short median were both "
    f"within the noise of its best level and at most {1 + rise_rule.ROLLBACK_SHARE:g}× it, "
    "with no rise under way"
)
#: Why a step of a loss centred on 0 is the one to roll back to.
CALM_SIZE = (
    "the last step before the excursion whose training loss and its short median were both "
    f"within {rise_rule.CALM_NOISES:g}× its recent typical size"
)
#: Training points a young run's long batch takes point by point before the quiet path may
#: judge the rest (at least its warm-up and a few best windows).
YOUNG_POINTS = 64
#: Durations in steps counted in epochs on a per-epoch log. Not val_sustain_steps: a
#: validation rule after two evaluations would call a noisy early regime (validation jumping
#: by decades from epoch to epoch, as training bumps) a divergence.
DURATIONS = ("warmup_steps", "fast_sustain_steps", "sustain_steps", "settle_steps")
#: Evaluations kept (outside an open excursion) to measure validation's own noise.
VAL_REF = 30
#: Evaluations from which that noise is measured.
VAL_NOISE_MIN = 8
#: The share of each sign among the noise reference's points that makes a loss centred on 0.
SIGNED_SHARE = 0.2


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the divergence rules over the new train (and val) points."""
    cut = epoch_cut(state or {}, batch, settings["key"], settings["val_key"])
    if cut is not None:
        return in_two(evaluate, state, batch, cut, settings, loss_kind)
    st: dict[str, Any] = dict(state) if state else {}
    train = fresh(st, settings["key"], batch.get(settings["key"]))
    val = fresh(st, settings["val_key"], batch.get(settings["val_key"]))
    st["thinned"] = climb_rule.record(st.get("thinned"), train.steps, train.values)
    # Windows in steps become logged points at this run's cadence.
    every = cadence(st, train.steps, val.steps)
    cfg = {
        **in_epochs(st, settings, DURATIONS),
        # A median needs a few points even on sparse logs: the minimum of single noisy
        # points would sit far below the loss's real level.
        "window": max(3, points_for(int(settings["window_steps"]), every)),
        "best_window": max(7, points_for(int(settings["best_window_steps"]), every)),
        "min_points": 3,
        "ref_window": max(30, points_for(REF_STEPS, every)),
        "sparse": every > 1,
        "every": every,
        # Points in a row the early rule needs: a sparse point is many steps of evidence; when
        # every step is logged, one judgement whose last EARLY_STREAK raw points are all high
        # (tiny-batch noise makes a high median of 3 common, three high batches in a row not).
        "early_points": 2 if every > 1 else 1,
        "nonnegative": sign_rule.kind_judged(loss_kind),
    }
    schedule.advance(st, batch, settings["lr_key"])
    if _calm(st):
        quiet = _quiet(st, train, val, cfg)
        if quiet is not None:
            st.update(quiet)
            return st, []
        forming = _forming(st, train, cfg)
        if forming is not None:
            # A young run's long first batch (an import, a client back from an outage): its
            # first levels form point by point, and the rest may still take the quiet path.
            early, late = split_batch({"train": train, "val": val}, forming)
            train, val = late["train"], late["val"]
            st, found = _step_by_step(st, _merged(early["train"], early["val"]), cfg)
            if _calm(st):
                quiet = _quiet(st, train, val, cfg)
                if quiet is not None:
                    st.update(quiet)
                    return st, found
            st, more = _step_by_step(st, _merged(train, val), cfg)
            return st, [f for f in found if not f.ongoing] + more
    elif _still_nonfinite(train, val, cfg):
        return _extend_nonfinite(st, train, val, settings["key"], settings["val_key"])
    return _step_by_step(st, _merged(train, val), cfg)


def finish(
    state: dict[str, Any] | None,
    settings: Mapping[str, Any],
    jump: Unrecovered | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Judge a run that has ended: its last evaluation NaN/±Inf (fewer than VAL_SUSTAIN_EVALS
    of them, so no divergence yet) is final weights that do not evaluate, a divergence, rolled
    back to the last evaluation within 5 % of the validation best (weights seen calm); a
    training loss that ended on a steady climb well above its best (climb_rule.py) diverged,
    rolled back to the step of that best; so did one that ended on `jump`, the training
    loss's spike still open, far above its level before it (end_jump.py)."""
    st: dict[str, Any] = dict(state) if state else {}
    eps = Episodes(st, NAME)
    if eps.open is not None:
        return st, eps.findings()
    failed = int(st.get("val_nonfinite", 0))
    if not failed or not settings["check_finite"]:
        # Once an end rule fired it is not judged again (the key is the climb's, the first
        # such rule): points that come after the end (a spool flushed late) would close its
        # episode and open another at each evaluation.
        if not st.get("climbed"):
            _end_rules(st, eps, settings, jump)
        return st, eps.findings()
    step, value = int(st["val_step"]), dec(st.get("val_last"))
    in_a_row = f" ({failed} evaluations in a row)" if failed > 1 else ""
    words = f"{settings['val_key']} is {value} at the run's last evaluation{in_a_row}"
    where = (settings["val_key"], value, dec(st.get("val_best")))
    origin = int(st.get("val_failed_since", step))
    _report(eps, step, True, [("nonfinite", words)], where, calm_record.known(st.get("val_calm")),
            origin, "the last evaluation within 5 % of the validation best")  # fmt: skip
    return st, eps.findings()


def _end_rules(
    st: dict[str, Any], eps: Episodes, settings: Mapping[str, Any], jump: Unrecovered | None
) -> None:
    """Judge how the training loss ended: a steady climb, else a jump it never came back from.
    A loss centred on 0 (`_anchored`) has neither a level to climb from nor one to jump from."""
    if _anchored(st.get("firsts", []), st.get("head", []), st.get("ref", [])):
        return
    key = settings["key"]
    climb = climb_rule.judge(st.get("thinned"), settings)
    if climb is not None:
        st["climbed"] = True
        _report(eps, climb.last_step, True, [("climb", climb_rule.words(climb, key))],
                (key, climb.last, climb.best), [climb.best_step], climb.best_step + 1,
                "the step of its lowest level before the climb")  # fmt: skip
    elif jump is not None and end_jump.holds(jump, st.get("thinned"), settings):
        st["climbed"] = True
        origin = jump.last_step if jump.rollback_step is None else jump.rollback_step + 1
        _report(eps, jump.last_step, True, [("end_jump", end_jump.words(jump, key))],
                (key, jump.latest, jump.before), calm_record.known(jump.rollback_step), origin,
                "the last step before the jump")  # fmt: skip


def _calm(st: Mapping[str, Any]) -> bool:
    """Return whether no rule holds or is pending: the quiet path may judge the next points."""
    return st.get("episode") is None and st.get("rise") is None and not st.get("frozen")


def _forming(st: Mapping[str, Any], train: Series, cfg: Mapping[str, Any]) -> int | None:
    """Return the step up to which a long batch of a run whose first levels are still forming
    goes point by point (its warm-up and YOUNG_POINTS training points, or 4 best windows),
    or None when the batch is short or the levels have formed."""
    first_step = st.get("first_step")
    if first_step is None and train.steps.size:
        first_step = int(train.steps[0])
    warm_until = (first_step if first_step is not None else 0) + int(cfg["warmup_steps"])
    forming = not math.isfinite(dec(st.get("best"))) or (
        train.steps.size > 0 and int(train.steps[0]) < warm_until
    )
    if not forming:
        return None
    head = max(YOUNG_POINTS, 4 * int(cfg["best_window"]),
               int(train.steps.searchsorted(warm_until, side="left")) + 1)  # fmt: skip
    return int(train.steps[head - 1]) if train.steps.size > 2 * head else None


def _merged(train: Series, val: Series) -> list[tuple[int, int, float]]:
    """Return the training (0) and validation (1) points in step order, training first."""
    points = [(s, 0, v) for s, v in zip(train.steps.tolist(), train.values.tolist(), strict=True)]
    points += ((s, 1, v) for s, v in zip(val.steps.tolist(), val.values.tolist(), strict=True))
    points.sort(key=lambda t: (t[0], t[1]))
    return points


def _still_nonfinite(train: Series, val: Series, cfg: Mapping[str, Any]) -> bool:
    """Return whether every new point is NaN/±Inf while the run's divergence is open: a
    diverged run logging NaN to its planned end (nothing there for the rules to learn)."""
    values = np.concatenate([train.values, val.values])
    return bool(cfg["check_finite"]) and values.size > 0 and not np.isfinite(values).any()


def _extend_nonfinite(
    st: dict[str, Any], train: Series, val: Series, key: str, val_key: str
) -> tuple[dict[str, Any], list[Finding]]:
    """Extend the open episode over a batch of non-finite points, with the evidence and the
    latest words the loop would give at the batch's last point (a training point before an
    evaluation at the same step)."""
    eps = Episodes(st, NAME)
    ep = eps.open
    assert ep is not None  # the caller's condition
    evidence = dict(ep["evidence"])
    evidence["rules"] = sorted(set(evidence.get("rules", [])) | {"nonfinite"})
    if train.values.size:
        tail = zip(train.steps[-HISTORY:].tolist(), train.values[-HISTORY:].tolist(), strict=True)
        st["hist"] = [*st.get("hist", []), *([s, enc(v)] for s, v in tail)][-HISTORY:]
        st["train_holds"] = True
    step, which, value = max(
        (int(s.steps[-1]), which, float(s.values[-1]))
        for which, s in enumerate((train, val))
        if s.values.size
    )
    name = (key, val_key)[which]
    # The loop speaks of validation only while no training rule holds; then of training, with
    # its last value.
    speaker = key if which == 0 or st.get("train_holds") else val_key
    hist = st.get("hist") or []
    if evidence.get("key") == speaker:
        at_speaker = value if speaker == name else dec(hist[-1][1]) if hist else math.nan
        evidence["value"] = enc(at_speaker)
    if val.values.size:  # as the loop keeps them, for the next evaluation's rules
        st["val_last"], st["val_step"] = enc(float(val.values[-1])), int(val.steps[-1])
    said = f"{name} is {value}"
    if speaker != name and hist:
        # The series the words are about first, with its own last value.
        said = f"{speaker} is {dec(hist[-1][1]):.4g}, and {said}"
    latest = f"Divergence on {speaker} still holds: {said}."
    if evidence.get("rollback_step") is not None:
        latest += f" The step to roll back to is still {evidence['rollback_step']}."
    eps.update(step, True, severity="critical", message=latest, evidence=evidence)
    return st, eps.findings()


def _val_jump(jump: int | None, step: int, v: float, val_best: float) -> int | None:
    """Return where validation's jump above VAL_JUMP times its best began (None once it is back
    at its calm level): a checkpoint saved from that step on saw it."""
    if v <= rise_rule.calm_level(val_best, math.nan):
        return None
    if val_best > 0 and v > VAL_JUMP * val_best:
        return step if jump is None else jump
    return jump


def _below_zero(st: Mapping[str, Any], train: Series, val: Series) -> bool:
    """Return whether a new point of either series is below the lowest value a
    non-negative loss may log (the sign rule holds there: the loop decides)."""
    firsts = st.get("firsts") or [math.nan]
    for values, first in ((train.values, firsts[0]), (val.values, dec(st.get("val_first")))):
        low = float(np.fmin.reduce(values)) if values.size else math.nan
        if not math.isfinite(first):
            first = next((float(x) for x in values if math.isfinite(x)), math.nan)
        if low < sign_rule.lowest(first):
            return True
    return False


def _blowup_words(
    level: tuple[str, float, float, int],
    best: float,
    initial: float,
    first: tuple[float, str],
    typical: float,
) -> str:
    """Return how far a blown-up level is above the reference that made it a blow-up (the
    highest of the best, a tenth of where the run started, the recent typical level), as the
    ratio to that quantity itself: "17.5× its first value", never a factor it did not reach.
    `level` is the series, its short median, its latest point and how many points that median
    is of (named when more than one: a median of 476.6 and 45008 is no logged value); `first`
    is where the run started and its name."""
    key, short, latest, points = level
    known = [
        (best, best, "its best level"),
        (initial / SETTLED, initial, "its initial level"),
        (first[0] / SETTLED, first[0], first[1]),
        (typical, typical, "its recent typical level"),
    ]
    _, of, what = max((x for x in known if math.isfinite(x[0])), key=lambda x: x[0])
    named = (
        f" (the median of its last {points} points; the latest {latest:.4g})"
        if points > 1 and latest != short
        else ""
    )
    words = f"{key} level {short:.4g}{named} is {_times(short / of)}× {what} ({of:.4g})"
    if of is not best and 0 < best < of:
        words += f" and {_times(short / best)}× its best level ({best:.4g})"
    return words


def _times(ratio: float) -> str:
    """Return a ratio as words give it: three significant digits, whole from 100 up (1,184×,
    not 1.18e+03×)."""
    return f"{ratio:,.0f}" if ratio >= 100 else f"{ratio:.3g}"


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
    ref_window = int(cfg["ref_window"])
    with np.errstate(all="ignore"):
        big = max(
            (float(np.abs(x).max()) for x in (values, np.asarray(win + long + ref)) if x.size),
            default=0.0,
        )
    if not big < 1e300:  # also False for NaN: non-finite points go point by point
        return None
    if cfg["nonnegative"] and _below_zero(st, train, val):
        return None
    first_step = st.get("first_step")
    steps_all = [int(x.steps[0]) for x in (train, val) if x.steps.size]
    if first_step is None and steps_all:
        first_step = min(steps_all)
    warmup = int(cfg["warmup_steps"])
    best, initial, scale = dec(st.get("best")), dec(st.get("initial")), dec(st.get("scale"))
    if not math.isfinite(best) or first_step is None:
        return None  # the first levels are still forming: point by point
    if train.steps.size and int(train.steps[0]) - first_step < warmup:
        return None
    firsts, head = st.get("firsts", []), st.get("head", [])
    if train.values.size and (
        len(head) < ZERO_HEAD
        or _zero_start(firsts, head)
        or _both_signs([*ref, *train.values.tolist()])
    ):
        return None  # how it started is still being learnt, or it may be centred on 0 (rare)
    since = int(st.get("since", 0))
    # Kept as stored (encoded, which enc(dec(x)) leaves as it is); the new points are finite.
    old_hist = st.get("hist", [])
    out: dict[str, Any] = {
        "win": win,
        "long": long,
        "ref": ref,
        "hist": [] if n else [list(p) for p in old_hist],
        "train_holds": bool(st.get("train_holds", False)),
    }
    train_low = dec(st.get("train_low"))
    train_low_step: int | None = st.get("train_low_step")
    val_at_low = dec(st.get("val_at_low"))
    train_high = median(win) if win else math.nan
    level_of = np.empty(0)  # the training level at each new point (the loop's median(win))
    if n:
        level = rolling_median(win, values, window)
        level_of = level
        short = rolling_median(win, values, min(3, window))
        # Where training last fell to a new lowest (its first level is none: no fall), and
        # validation's latest evaluation then (before it at its step, as the loop has it).
        lows = np.fmin.accumulate(np.concatenate([[train_low], level]))
        fell = np.flatnonzero(level < lows[:-1])
        if fell.size:
            train_low_step = int(train.steps[fell[-1]])
            j = int(val.steps.searchsorted(train_low_step, side="left")) - 1
            val_at_low = float(val.values[j]) if j >= 0 else dec(st.get("val_last"))
        train_low = float(np.fmin(train_low, level.min()))
        train_high = float(np.fmax(train_high, level.max()))
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
            n, len(ref), since, math.isfinite(scale), 8, ref_window, REFRESH
        )
        ext = np.concatenate([np.asarray(ref, dtype=np.float64), values])
        warm = train.steps - first_step >= warmup
        judged = warm & np.isfinite(bests)
        with np.errstate(all="ignore"):
            ref_level = np.where(np.isfinite(init), np.maximum(bests, init / SETTLED), bests)
            blowup = (ref_level > 0) & (short > float(cfg["blowup_factor"]) * ref_level)
            # The rise's limit without its noise term, which can only raise it: where the
            # level stays within that, no noise makes a rise, and only the last spread (the
            # state's) is needed.
            bound = np.maximum(
                (float(cfg["rise_factor"]) - 1.0) * np.abs(bests),
                float(cfg["rise_floor"]) * np.where(np.isfinite(init), np.abs(init), 0.0),
            )
            above = judged & (level - bests > bound)
        if (judged & blowup).any():
            return None
        if above.any():
            scales = loss_noise.reference_scales(ext, refresh, len(ref), ref_window)
            at = np.asarray(refresh, dtype=np.int64).searchsorted(np.arange(n), side="left")
            at -= 1
            sb = np.where(at >= 0, np.asarray([scale, *scales])[at + 1], scale)
            with np.errstate(all="ignore"):
                limit = np.maximum(
                    bound, float(cfg["rise_noise"]) * np.where(np.isfinite(sb), sb, 0.0)
                )
                rise = (level - bests > limit) & (limit > 0)
            if (judged & rise).any():
                return None
        else:
            scales = loss_noise.reference_scales(ext, refresh[-1:], len(ref), ref_window)
        scale = scales[-1] if scales else scale
        with np.errstate(all="ignore"):
            bound = rise_rule.rollback_level(bests, scale)
            calm = (values <= bound) & (short <= bound)
        out["calm_ends"], out["calm_open"] = calm_record.extend(
            calm_record.of_state(st), int(st.get("calm_open", 0)), train.steps, calm
        )
        out.update(
            win=[*win, *values[-window:].tolist()][-window:],
            long=[*long, *values[-best_window:].tolist()][-best_window:],
            ref=ext[-ref_window:].tolist(),
            hist=recent_pairs(old_hist, train.steps, values, HISTORY),
            train_holds=False,
            climb=_trailing_rises(short, dec(st.get("prev_short")), int(st.get("climb", 0))),
            prev_short=enc(float(short[-1])),
        )
    # Validation points: their rule alone (no training rule holds), in step order.
    val_best, val_since = dec(st.get("val_best")), st.get("val_since")
    val_far = int(st.get("val_far", 0))
    train_at_val_best = dec(st.get("train_at_val_best"))
    val_best_step = st.get("val_best_step")
    val_recent: list[float] = list(st.get("val_recent", []))
    val_high: list[Any] | None = st.get("val_high")
    val_first = dec(st.get("val_first"))
    val_ref: list[float] = list(st.get("val_ref", []))
    val_pending: list[float] = list(st.get("val_pending", []))
    val_jump = st.get("val_jump")
    if val.values.size and int(st.get("val_blown", 0)):
        return None  # the evaluation after a blown-up one may confirm it: point by point
    for step, v in zip(val.steps.tolist(), val.values.tolist(), strict=True):
        if math.isfinite(v):
            val_first = v if math.isnan(val_first) else val_first
            if val_rules.blowup(v, val_best, val_first, cfg) is not None:
                return None
            if not math.isfinite(val_best) or v < val_best:
                val_best, val_best_step, val_recent, val_high = v, step, [], None
                train_at_val_best = _level_at(step, train.steps, level_of, win)
            else:
                push(val_recent, v, int(cfg["joint_evaluations"]))
                val_high = val_rules.high_since_best(val_high, step, v, val_best, cfg)
            val_pending = _learn_val_noise(val_ref, val_pending, v, val_best, cfg)
            if v <= rise_rule.calm_level(val_best, math.nan):
                out["val_calm"] = step
            val_jump = _val_jump(val_jump, step, v, val_best)
            far = val_rules.far_above(v, val_best, val_first, cfg)
            val_since = (val_since if val_since is not None else step) if far else None
            val_far = val_far + 1 if far else 0
        elif cfg["check_finite"]:
            return None
        warm_v = step - first_step >= warmup
        if warm_v and val_since is not None and val_far >= VAL_SUSTAIN_EVALS:
            if step - val_since >= int(cfg["val_sustain_steps"]):
                return None
        # The joint rule with the batch's highest training level against its lowest: if it
        # could hold here, the loop decides.
        if warm_v and val_rules.joint_may_hold(
            val_recent, val_best, val_high, step, train_low, cfg
        ):
            margins = val_rules.joint_margins(
                scale,
                (initial, dec(st.get("first_value")), train_low),
                val_first,
                _val_noise(val_ref),
                cfg,
            )
            joint = val_rules.joint_rise(
                val_recent, val_best, val_high, step, train_high, train_low, margins, cfg
            )
            if joint:
                return None
    if val.values.size:
        out["val_last"] = enc(float(val.values[-1]))
        out["val_step"] = int(val.steps[-1])
        out["val_nonfinite"] = 0  # every new evaluation was finite (or this path returned)
        out["val_blown"] = 0  # and none blown up (the loop's count of them in a row ends)
    out["val_first"] = enc(val_first)
    out.update(val_ref=val_ref, val_pending=val_pending, val_jump=val_jump)
    out.update(
        scale=enc(scale),
        since=since,
        best=enc(best),
        initial=enc(initial),
        rise=None,
        val_best=enc(val_best),
        val_since=val_since,
        val_far=val_far,
        train_at_val_best=enc(train_at_val_best),
        val_best_step=val_best_step,
        val_recent=val_recent,
        val_high=val_high,
        train_low=enc(train_low),
        train_low_step=train_low_step,
        val_at_low=enc(val_at_low),
        first_step=first_step,
    )
    return out


def _learn_val_noise(
    val_ref: list[float], pending: list[float], v: float, val_best: float, cfg: Mapping[str, Any]
) -> list[float]:
    """Add an evaluation to what validation's noise is measured on; return the evaluations
    held back. One above the joint factor is held back while validation stays that high (it
    may be the rise the joint rule judges); once validation is back under the factor, what
    was held back was a burst of noise and joins the rest."""
    if val_best > 0 and v > float(cfg["joint_val_factor"]) * val_best:
        return [*pending, v][-VAL_REF:]
    for x in (*pending, v):
        push(val_ref, x, VAL_REF)
    return []


def _val_noise(val_ref: list[float]) -> float:
    """Return the noise of the evaluations outside an open excursion (NaN before
    VAL_NOISE_MIN of them: too few to tell a noisy validation from a rising one)."""
    return loss_noise.of_row(val_ref) if len(val_ref) >= VAL_NOISE_MIN else math.nan


def _starting_level(
    first_value: float, first_point: float, val_start: list[Any] | None, cfg: Mapping[str, Any]
) -> tuple[float, str]:
    """Return the run's starting level and the words naming it: the lowest of the first
    training point, the median of the first three (every step logged) and an evaluation made
    before the first training point (the untrained model's loss); that evaluation alone when
    the first point is `early_factor` times below it (a lucky first batch).

    A learning rate that blows the loss up at its 2nd step leaves one training point at the
    starting level (1.6 → 11.8 → 11.6 …), the median of three none; a first batch low by
    chance is answered by the streak of raw points the early rule also asks for.
    """
    before = f"{cfg['val_key']} before training, at step {val_start[0]}" if val_start else ""
    if val_start is not None and float(val_start[1]) < min(first_value, first_point):
        return float(val_start[1]), before
    if val_start is not None and _lucky(first_point, val_start, cfg):
        return float(val_start[1]), before
    if cfg["sparse"] or first_point <= first_value:
        return first_point, "its first point"
    return first_value, "the median of its first 3 points"


def _lucky(first: float, val_start: list[Any], cfg: Mapping[str, Any]) -> bool:
    """Whether a first training level is a lucky batch, `early_factor` times below the
    evaluation of the untrained model (a per-sample loss near 0 by chance): no starting level."""
    return float(cfg["early_factor"]) * first < float(val_start[1])


def _level_at(step: int, steps: np.ndarray, levels: np.ndarray, before: list[float]) -> float:
    """Return the training level at a validation `step`: at the last new training point up to
    it, else the window the batch started with (what the loop's median(win) is there)."""
    i = int(steps.searchsorted(step, side="right")) - 1
    if i >= 0 and levels.size:
        return float(levels[i])
    return median(before) if before else math.nan


def _trailing_rises(short: np.ndarray, before: float, climb: int) -> int:
    """Return how many points in a row, up to the last, the short level has risen."""
    rose = np.diff(np.concatenate([[before], short])) > 0
    if rose.all():
        return climb + int(rose.size)
    return int(rose.size - 1 - np.flatnonzero(~rose)[-1])


def _step_by_step(
    st: dict[str, Any], points: list[tuple[int, int, float]], cfg: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the rules point by point over the merged train (0) and val (1) points."""
    win: list[float] = list(st.get("win", []))
    long: list[float] = list(st.get("long", []))
    ref: list[float] = list(st.get("ref", []))
    hist: list[list[float]] = [[p[0], dec(p[1])] for p in st.get("hist", [])]
    window, best_window = int(cfg["window"]), int(cfg["best_window"])
    # The windows' medians at every finite training point, as the loop's pushes would make
    # them (`rolling_median` gives `median`'s values), computed at once.
    finite = np.asarray([v for _, which, v in points if which == 0], dtype=np.float64)
    finite = finite[np.isfinite(finite)]
    levels = rolling_median(win, finite, window).tolist()
    shorts = rolling_median(win, finite, min(3, window)).tolist()
    longs = rolling_median(long, finite, best_window).tolist()
    n_win, n_long = len(win), len(long)
    pushed = 0  # finite training points taken so far
    scale = dec(st.get("scale"))
    since = int(st.get("since", 0))
    best = dec(st.get("best"))
    initial = dec(st.get("initial"))
    firsts: list[float] = list(st.get("firsts", []))
    head: list[float | None] = list(st.get("head", []))  # the first ZERO_HEAD training points
    if "head" not in st and firsts:
        # A state saved before they were kept: its first points, None for the rest (the
        # points after the upgrade are no start).
        head = [*firsts, *[None] * (ZERO_HEAD - len(firsts))]
    first_value = dec(st.get("first_value"))
    val_start = st.get("val_start")  # [step, value]: an evaluation before any training point
    val_last = dec(st.get("val_last"))
    val_step: int | None = st.get("val_step")  # the step of the latest evaluation
    val_first = dec(st.get("val_first"))
    val_calm = st.get("val_calm")  # the last evaluation within 5 % of the validation best
    val_jump = st.get("val_jump")  # where validation's jump above VAL_JUMP x its best began
    early = int(st.get("early", 0))
    blown_up = bool(st.get("blown_up", False))  # a blow-up fired, the level not back near its best
    climb = int(st.get("climb", 0))
    prev_short = dec(st.get("prev_short"))
    calm_ends = calm_record.of_state(st)  # the last step of each calm stretch, latest last
    # How many entries of the record the stretch under way holds (0: the last training point
    # was not calm; a state from before kept a bool: True is one).
    calm_open = int(st.get("calm_open", 0))
    rise: dict[str, Any] | None = st.get("rise")
    val_best = dec(st.get("val_best"))
    val_since = st.get("val_since")
    val_far = int(st.get("val_far", 0))
    val_nonfinite = int(st.get("val_nonfinite", 0))  # the latest evaluations' NaN/±Inf run
    val_blown = int(st.get("val_blown", 0))  # the latest evaluations blown up, in a row
    val_failed_since: int | None = st.get("val_failed_since")  # …and the step of its first
    train_at_val_best = dec(st.get("train_at_val_best"))
    val_best_step = st.get("val_best_step")
    val_recent: list[float] = list(st.get("val_recent", []))
    val_high: list[Any] | None = st.get("val_high")  # [first step above the joint factor, peak]
    val_ref: list[float] = list(st.get("val_ref", []))  # evaluations whose excursion ended
    val_pending: list[float] = list(st.get("val_pending", []))  # the open excursion's
    train_low = dec(st.get("train_low"))
    # Where training last fell to a new lowest, and validation's latest evaluation then.
    train_low_step: int | None = st.get("train_low_step")
    val_at_low = dec(st.get("val_at_low"))
    first_step = st.get("first_step")
    train_holds = bool(st.get("train_holds", False))
    val_holds = bool(st.get("val_holds", False))
    # Once a training rule has held, the noise reference stops learning: the swings of a run
    # that blew up are not its noise, and learning them would blind the rules to the next
    # excursion and call every point of the chaos calm.
    frozen = bool(st.get("frozen", False))
    eps = Episodes(st, NAME)
    ref_window = int(cfg["ref_window"])
    key, val_key = cfg["key"], cfg["val_key"]
    for step, which, v in points:
        if first_step is None:
            first_step = step
        warm = step - first_step >= int(cfg["warmup_steps"])
        reasons: list[Reason] = []
        failed = False  # validation no number at VAL_SUSTAIN_EVALS evaluations in a row
        held: Reason | None = None  # the blow-up held this point, if any
        origin = step
        if which == 1:  # a validation point
            if pushed:
                train_now = levels[pushed - 1]
            else:
                train_now = median(win) if win else math.nan
            if not firsts and val_start is None and math.isfinite(v):
                val_start = [step, v]
            val_last, val_before = v, val_step
            val_step = step
            if math.isfinite(v):
                val_nonfinite = 0
                val_first = v if math.isnan(val_first) else val_first
                if cfg["nonnegative"] and v < sign_rule.lowest(val_first):
                    reasons.append(("negative", sign_rule.words(val_key, v, cfg["nonnegative"])))
                blown = val_rules.blowup(v, val_best, val_first, cfg)
                # Not while training keeps falling (its level and a point logged since the
                # evaluation before, TRAIN_FALL below its level at the validation best): one
                # evaluation blown up beside a falling training loss is a validation spike
                # (spike.py), a divergence once it lasts (VAL_SUSTAIN_EVALS in a row). Beside
                # training that holds (TRAIN_HOLD), once the next evaluation is blown up too.
                latest_step, latest = hist[-1] if hist else (None, math.nan)
                below = train_at_val_best - TRAIN_FALL * abs(train_at_val_best)
                falling = (
                    latest_step is not None
                    and (val_before is None or latest_step > val_before)
                    and train_now < below
                    and latest < below
                )
                # Training's level at the validation best, or where it started when that best
                # came before any training point (an evaluation at step 0).
                held_at = next(
                    (x for x in (train_at_val_best, initial, first_value) if math.isfinite(x)),
                    math.nan,
                )
                holding = latest_step is not None and latest <= held_at + TRAIN_HOLD * abs(held_at)
                needed = VAL_SUSTAIN_EVALS if falling else VAL_HELD_EVALS if holding else 1
                after_blown = val_blown > 0 and not falling  # the one before blown, not falling
                val_blown = val_blown + 1 if blown is not None else 0
                if blown is not None and val_blown >= needed:
                    reasons.append(("blowup", blown))
                elif (
                    blown is None
                    and after_blown
                    and v > STILL_BLOWN * val_best
                    and val_rules.far_above(v, val_best, val_first, cfg)
                ):
                    # Not back: still STILL_BLOWN times its best after a blow-up.
                    ratio = f"{v / val_best:.3g}× its best ({val_best:.4g})"
                    reasons.append(("blowup", f"{val_key} is {v:.4g}, still {ratio}"))
                if not math.isfinite(val_best) or v < val_best:
                    val_best, train_at_val_best, val_best_step = v, train_now, step
                    val_recent, val_high = [], None
                else:
                    push(val_recent, v, int(cfg["joint_evaluations"]))
                    val_high = val_rules.high_since_best(val_high, step, v, val_best, cfg)
                val_pending = _learn_val_noise(val_ref, val_pending, v, val_best, cfg)
                if v <= rise_rule.calm_level(val_best, math.nan):
                    val_calm = step
                val_jump = _val_jump(val_jump, step, v, val_best)
                far = val_rules.far_above(v, val_best, val_first, cfg)
                val_since = (val_since if val_since is not None else step) if far else None
                val_far = val_far + 1 if far else 0
            if not math.isfinite(v) and cfg["check_finite"]:
                # Beside a finite training loss one evaluation that is no number is one that
                # failed (a spike, spike.py): divergence once it lasts, or while one holds, or
                # right after a blown-up evaluation.
                if not val_nonfinite or val_failed_since is None:
                    val_failed_since = step
                val_nonfinite += 1
                if (
                    eps.open is not None
                    or (hist and not math.isfinite(hist[-1][1]))
                    or val_blown > 0
                ):
                    reasons.append(("nonfinite", f"{val_key} is {v}"))
                elif val_nonfinite >= VAL_SUSTAIN_EVALS:
                    reasons.append(
                        ("nonfinite", f"{val_key} is {v} at {val_nonfinite} evaluations in a row")
                    )
                    origin, failed = val_failed_since, True
            if not math.isfinite(v):
                val_blown = 0  # no number is no blow-up: the run of blown evaluations ends
            # Validation far above its best while training keeps falling is overfitting.
            train_falling = train_now < train_at_val_best
            if warm and val_since is not None and not train_falling and math.isfinite(v):
                if step - val_since >= int(cfg["val_sustain_steps"]) and (
                    val_far >= VAL_SUSTAIN_EVALS
                ):
                    reasons.append(
                        (
                            "val_rise",
                            f"{val_key} is {v:.4g}, above {cfg['val_rise_factor']:g}× its best "
                            f"({val_best:.4g}) since step {val_since}",
                        )
                    )
                    origin = int(val_since)
            open_rules = (eps.open or {}).get("evidence", {}).get("rules", [])
            restart = val_high is not None and schedule.scheduled(
                st, int(val_high[0]), every=float(cfg["every"])
            )
            # An evaluation that is no number is judged by the rule for such (above), never by
            # the medians of the finite evaluations before it.
            asked = (
                math.isfinite(v)
                and not restart
                and val_rules.joint_may_hold(val_recent, val_best, val_high, step, train_low, cfg)
            )
            joint = (
                val_rules.joint_rise(
                    val_recent,
                    val_best,
                    val_high,
                    step,
                    train_now,
                    train_low,
                    val_rules.joint_margins(
                        scale,
                        (initial, first_value, train_low),
                        val_first,
                        _val_noise(val_ref),
                        cfg,
                    ),
                    cfg,
                    fired="joint_rise" in open_rules,
                    train_raw=_train_since(hist, val_best_step),
                    since_low=None if train_low_step is None else (train_low_step, val_at_low),
                )
                if asked
                else None
            )
            if warm and joint is not None and val_best_step is not None:
                # Its words give the same evaluation against the same best, with more: the
                # validation rule's sentence goes (the rule stays named).
                reasons = [(n, "" if n == "val_rise" else t) for n, t in reasons]
                reasons.append(("joint_rise", joint))
                origin = int(val_best_step) + 1
            # A validation point never clears what the training rules found, nor a training
            # point what the validation rules found: each holds until its series' next point.
            val_holds = bool(reasons)
            holds = val_holds or train_holds
            nan_train = bool(hist) and not math.isfinite(hist[-1][1])
            if reasons and nan_train and train_holds and {n for n, _ in reasons} == {"nonfinite"}:
                # Both series are no number and the training rule holds: the words speak of
                # training first, as at its own point (and as a batch of NaN alone extends them).
                reasons = [("nonfinite", f"{key} is {hist[-1][1]:.4g}, and {val_key} is {v}")]
                where = (key, hist[-1][1], best)
            elif reasons:
                if nan_train:
                    # The training loss is no number now: words that quote its last finite
                    # level alone would hide it.
                    reasons.append(("nonfinite", f"{key} is {hist[-1][1]} at step {hist[-1][0]}"))
                # The words speak of the series whose rules they give: validation's here.
                where = (val_key, v, val_best)
            else:
                where = (key, hist[-1][1] if hist else math.nan, best)
            # Validation's own rules roll back to an evaluation: its weights were seen calm.
            if "blowup" in dict(reasons) or (
                ("val_rise" in dict(reasons) or failed) and not train_holds
            ):
                _report(eps, step, holds, reasons, where, calm_record.known(val_calm), origin,
                        "the last evaluation within 5 % of the validation best")  # fmt: skip
            elif "joint_rise" in dict(reasons):
                _report(eps, step, holds, reasons, where, calm_record.known(val_best_step), origin,
                        "where validation was at its best")  # fmt: skip
            else:
                _report(eps, step, holds, reasons, where, calm_ends, origin)
            continue
        push(hist, [step, v], HISTORY)
        if not math.isfinite(v):
            if cfg["check_finite"]:
                reasons.append(("nonfinite", f"{key} is {v}"))
            train_holds = bool(reasons)
            holds = train_holds or val_holds
            calm_open = 0
            _report(eps, step, holds, reasons, (key, v, best), calm_ends, origin, val_jump=val_jump)
            continue
        if len(firsts) < 3:
            firsts.append(v)
        if len(head) < ZERO_HEAD:
            head.append(v)
        anchored = _anchored(firsts, head, ref)
        if cfg["nonnegative"] and v < sign_rule.lowest(firsts[0]):
            reasons.append(("negative", sign_rule.words(key, v, cfg["nonnegative"])))
        # The first level: the first value on sparse logs (each point a mean or a sample
        # far apart), the median of the first three when every step is logged.
        first_value = firsts[0] if cfg["sparse"] else median(firsts)
        level, short, lv = levels[pushed], shorts[pushed], longs[pushed]
        pushed += 1
        n_win, n_long = min(window, n_win + 1), min(best_window, n_long + 1)
        if level < train_low:  # a fall to a new lowest (the first level is none)
            train_low_step, val_at_low = step, val_last
        train_low = level if not level >= train_low else train_low
        # How many points in a row the short level has risen (an accelerating blow-up).
        climb = climb + 1 if short > prev_short else 0
        prev_short = short
        # While the early rule holds, the run has no healthy level to learn from.
        settling = early < int(cfg["early_points"])
        if n_win >= window and not math.isfinite(initial) and settling:
            initial = level
        if n_long >= best_window and settling:
            # The best is tracked on a longer median: the minimum of a noisy short median
            # sits far below the loss's real level in a tiny-batch run.
            if not math.isfinite(best) or lv < best:
                best = lv
        thr = cfg["divergence_threshold"]
        if thr is not None and short > thr:
            reasons.append(("threshold", f"{key} level {short:.4g} is above the bound {thr:g}"))
        # Against the best, once the run has fallen an order of magnitude below its start
        # (a loss 1000x its best is a blow-up even when it stays under 100x its start), and
        # never against less than its recent typical level (the median of its noise
        # reference: a loss swinging over decades has lucky lows, not a best to be 100x of).
        typical = median(ref) if len(ref) >= 8 else math.nan
        if anchored:  # its typical size: the level of a loss centred on 0 is no scale
            sizes = [abs(x) for x in ref if x != 0.0]  # a penalty is exactly 0 until it is not
            typical = median(sizes) if len(sizes) >= 8 else math.nan
        # Every step logged, the first level is the median of the first three points: named so
        # (its first value alone may be lower or higher).
        first_named = (
            "its first value" if cfg["sparse"] or len(firsts) < 3 else "its first 3 points' median"
        )
        first_ref = first_value
        if val_start is not None and _lucky(first_value, val_start, cfg):
            first_ref, first_named = float(val_start[1]), f"{val_key} before training"
        refs = (typical,) if anchored else (best, initial / SETTLED, first_ref / SETTLED, typical)
        known = [x for x in refs if math.isfinite(x)]
        ref_level = max(known) if known else math.nan
        # Orders of magnitude are never excused by the warm-up; on a heavy-tailed loss, at
        # each of the last three points (two single batches can land that high together).
        high = float(cfg["blowup_factor"]) * ref_level
        if (
            ref_level > 0
            and short > high
            and (
                min(p[1] for p in hist[-3:]) > high
                or not math.isfinite(scale)
                or not _heavy(hist, ref, float(cfg["rise_noise"]) * scale)
            )
        ):
            reasons.append(
                (
                    "blowup",
                    _blowup_words(
                        (key, short, v, min(3, n_win)),
                        math.nan if anchored else best,
                        math.nan if anchored else initial,
                        (math.nan if anchored else first_ref, first_named),
                        typical,
                    ),
                )
            )
            blown_up = True
        elif blown_up and (
            level > SETTLED * typical if anchored else _far_above(level, best, initial, cfg)
        ):
            # Once blown up, it holds until the level is back near its best: a loss that
            # fell from 1000x its best to 20x it (Adam's weights wrecked, at chance level) has
            # not recovered.
            said = (
                f"{level / typical:.3g}× its recent typical level ({typical:.4g})"
                if anchored
                else rise_rule.above(level, best)
            )
            held = ("blowup", f"{key} level {level:.4g} is still {said}")
            reasons.append(held)
        else:
            blown_up = False
        if not math.isfinite(best) or not settling:
            # Early rise: no settled best yet, the loss several times its first value.
            now = v if cfg["sparse"] else short
            start, named = _starting_level(first_value, firsts[0], val_start, cfg)
            against = "its starting level"
            # A loss that fell and then went back above twice its first value (a level shift
            # after a handful of epochs, 368 -> 4716 where it started at 1675): judged against
            # the lowest level it fell to, no lower than an early_factor-th of its start, once
            # its noise is known and the rise is beyond it (single batches of 1 swing
            # 0.005-2.5; a new task's loss falling from its jump within an epoch stays inside).
            floor = start / float(cfg["early_factor"])
            fell_to = max(train_low, floor)
            if (
                math.isfinite(train_low)
                and fell_to < start
                and now > 2.0 * firsts[0]
                and now - fell_to > float(cfg["rise_noise"]) * scale  # False while unknown
            ):
                against = (
                    "the lowest level it fell to"
                    if train_low >= floor
                    else f"1/{float(cfg['early_factor']):g} of its starting level"
                )
                start, named = fell_to, f"from {start:.4g}, {named}"
            high = len(firsts) >= (1 if cfg["sparse"] else 3) and start > 0 and not anchored
            # Against an evaluation, the loss must also have risen on its own scale, or
            # validation with it (a training loss summed where validation is averaged starts
            # above it and is not a rise).
            risen = now > 2.0 * firsts[0] or (
                val_start is not None
                and val_last > float(cfg["early_factor"]) * float(val_start[1])
            )
            # Every step logged: every raw point of the streak high too, not only their
            # medians (a blow-up stays up, tiny-batch noise dips). A sparse point is its own.
            streak = [] if cfg["sparse"] else [p[1] for p in hist[-EARLY_STREAK:]]
            above = min([now, *streak]) > float(cfg["early_factor"]) * start
            fired = early >= int(cfg["early_points"])
            high = high and above and risen
            holding = False  # held by the release bound alone: its words quote that level
            if fired and not high:
                # Once fired, it holds until the level is back near the start: a run that blew
                # up and swings between lulls and bursts far above it has not come back.
                high = holding = start > 0 and level > EARLY_RELEASE * start
            early = early + 1 if high else 0
            if early >= int(cfg["early_points"]):
                what = key if cfg["sparse"] else f"{key} level (median of its last 3 points)"
                said = (
                    f"{key} level {level:.4g} is still {level / start:.3g}× {against} "
                    f"({start:.4g}, {named}), not back under {EARLY_RELEASE:g}× it"
                    if holding
                    else f"{what} is {now:.4g}, {now / start:.3g}× {against} "
                    f"({start:.4g}, {named}), and has not come back"
                )
                reasons.append(("early_rise", said))
                # The first high point: where the streak of raw points began, every step logged.
                back = early + (0 if cfg["sparse"] else EARLY_STREAK - 1)
                origin = int(hist[max(0, len(hist) - back)][0])
        elif warm and not anchored:
            every = float(cfg["every"])
            hot = (
                schedule.scheduled(st, step, every),
                schedule.scheduled(st, step, every, grace=int(cfg["sustain_steps"])),
            )
            heavy = partial(_heavy, hist, ref, float(cfg["rise_noise"]) * scale)
            rise, reason = rise_rule.advance(
                rise, step, v, level, short, climb, best, initial, scale, cfg, hot, heavy
            )
            if reason is not None:
                if reasons and reasons[-1] == held:
                    # The rise says the same level and ratio to the best, with its median's
                    # span and since when: one sentence for both (the rule stays named).
                    reasons[-1] = ("blowup", "")
                reasons.append(reason)
                origin = int(rise["start"]) if rise else step
        if rise is None and not frozen and not val_holds:
            # The noise reference learns only outside excursions, like the spike detector's
            # (validation's rules holding is one: its training points rose with it).
            push(ref, v, ref_window)
            since += 1
            if len(ref) >= 8 and (not math.isfinite(scale) or since >= REFRESH):
                scale = loss_noise.of_row(ref)
                since = 0
        # Before a settled best, calm is the starting level the early rule judges against (a
        # median of three that holds a blown-up second point is no calm level: k02 rolled back
        # to a step 5.9x its first).
        calm_ref = (
            best
            if math.isfinite(best)
            else _starting_level(first_value, firsts[0], val_start, cfg)[0]
        )
        bound = rise_rule.rollback_level_of(calm_ref, scale)
        if anchored and math.isfinite(typical):  # the level it keeps, not a best it has no ratio to
            bound = max(bound, rise_rule.CALM_NOISES * typical)
        calm = bool(rise is None and not reasons and v <= bound and short <= bound)
        calm_open = calm_record.note(calm_ends, calm_open, step, calm)
        train_holds = bool(reasons)
        # Frozen while an incident lasts; a rise settled and nothing holding: it learns again.
        frozen = train_holds or (frozen and (rise is not None or val_holds))
        holds = train_holds or val_holds
        if anchored:
            _report(eps, step, holds, reasons, (key, v, best), calm_ends, origin, CALM_SIZE,
                    val_jump=val_jump)  # fmt: skip
        elif math.isfinite(best):
            _report(eps, step, holds, reasons, (key, v, best), calm_ends, origin, val_jump=val_jump)
        else:  # no settled best yet: calm is the starting level
            _report(eps, step, holds, reasons, (key, v, best), calm_ends, origin,
                    "the last step at its starting level, before the rise",
                    val_jump=val_jump)  # fmt: skip
    if pushed:
        win = [*win, *finite[-window:].tolist()][-window:]
        long = [*long, *finite[-best_window:].tolist()][-best_window:]
    st.update(
        win=win,
        long=long,
        ref=ref,
        hist=[[p[0], enc(p[1])] for p in hist],
        scale=enc(scale),
        since=since,
        best=enc(best),
        initial=enc(initial),
        first_value=enc(first_value),
        val_start=val_start,
        val_last=enc(val_last),
        val_step=val_step,
        val_first=enc(val_first),
        val_ref=val_ref,
        val_pending=val_pending,
        val_calm=val_calm,
        val_jump=val_jump,
        firsts=firsts,
        head=head,
        early=early,
        blown_up=blown_up,
        climb=climb,
        prev_short=enc(prev_short),
        calm_ends=calm_ends,
        calm_open=calm_open,
        rise=rise,
        val_best=enc(val_best),
        val_since=val_since,
        val_far=val_far,
        val_nonfinite=val_nonfinite,
        val_blown=val_blown,
        val_failed_since=val_failed_since,
        train_at_val_best=enc(train_at_val_best),
        val_best_step=val_best_step,
        val_recent=val_recent,
        val_high=val_high,
        train_low=enc(train_low),
        train_low_step=train_low_step,
        val_at_low=enc(val_at_low),
        first_step=first_step,
        train_holds=train_holds,
        val_holds=val_holds,
        frozen=frozen,
    )
    return st, eps.findings()


def _anchored(firsts: Sequence[float], head: Sequence[float | None], ref: Sequence[float]) -> bool:
    """Whether a training loss is centred on zero, so that no multiple of its start or its
    best says anything of it: it started at exactly 0 (`_zero_start`: two of its first three
    points, or four of its first ZERO_HEAD), or its noise reference (its first points until
    that holds 8) has points of both signs, each at least SIGNED_SHARE of them."""
    return _zero_start(firsts, head) or _both_signs(ref if len(ref) >= 8 else firsts, SIGNED_SHARE)


def _zero_start(firsts: Sequence[float], head: Sequence[float | None]) -> bool:
    """Whether two of the first three points are exactly 0 (a penalty before the policy moves;
    one 0 is a script's empty running loss printed before training), or half as many as
    ZERO_HEAD among the first ZERO_HEAD (a loss 0 at most batches, a hinge: a first level of one
    0 and one batch near 0 by chance is no start to be a multiple of)."""
    zeros = sum(f == 0.0 for f in head)
    return sum(f == 0.0 for f in firsts) >= 2 or 2 * zeros >= ZERO_HEAD


def _both_signs(values: Sequence[float], share: float = 0.0) -> bool:
    """Whether `values` hold points below and above 0, each more than `share` of them."""
    if not values or min(values) > 0.0 or max(values) < 0.0:
        return False  # one sign (a loss, nearly always): found without counting, per point
    below = sum(v < 0.0 for v in values)
    above = sum(v > 0.0 for v in values)
    return min(below, above) > share * len(values)


def _far_above(level: float, best: float, initial: float, cfg: Mapping[str, Any]) -> bool:
    """Whether `level` is still beyond the rise limit of `best` (its noise aside): rise_factor
    times it, or rise_floor of the initial level above it (a loss near 0)."""
    if not math.isfinite(best):
        return False  # no settled best yet: the early rule judges such a run
    floor = float(cfg["rise_floor"]) * abs(initial) if math.isfinite(initial) else 0.0
    return level - best > max((float(cfg["rise_factor"]) - 1.0) * abs(best), floor)


def _train_since(hist: list[list[float]], step: int | None) -> tuple[list[float], float]:
    """Return the last three raw training points since `step` and the highest of them all
    (NaN when none)."""
    after = [v for s, v in hist if step is not None and s > step and math.isfinite(v)]
    return after[-3:], max(after, default=math.nan)


def _heavy(hist: list[list[float]], ref: list[float], margin: float) -> bool:
    """Whether the recent raw points (the rollback history, longer than the noise reference)
    hold enough lone outliers, `margin` above their neighbours and the reference's median,
    to call the loss heavy-tailed."""
    if not math.isfinite(margin):
        return False
    raw = [v for _, v in hist if math.isfinite(v)]
    return heavy_tailed(lone_highs(raw, median(ref) if ref else -math.inf, margin), len(raw))


def _report(
    eps: Episodes,
    step: int,
    holds: bool,
    reasons: list[Reason],
    where: tuple[str, float, float],
    calm_steps: Sequence[int],
    origin: int,
    calm: str = CALM,
    *,
    val_jump: int | None = None,
) -> None:
    """Open, extend or close the divergence episode at `step`.

    `where` is the series that triggered (key, its value, its best), so the words and the
    evidence speak of one series; `calm_steps` are steps known calm (latest last): the last
    one before the excursion's `origin` is the step to roll back to, and `calm` says what
    makes it one (by default a training level within the noise of its best).
    """
    if not holds:
        eps.update(step, False)
        return
    key, value, best = where
    # One sentence per fact: a blow-up already says how far above its start the loss is.
    names = {name for name, _ in reasons}
    said = [(n, t) for n, t in reasons if t and not (n == "early_rise" and "blowup" in names)]
    ep = eps.open
    if ep is None:
        rb = next((s for s in reversed(calm_steps) if s < origin), None)
        if rb is not None and val_jump is not None and rb >= val_jump:
            # An evaluation after that step's update had already jumped (the training loss
            # at a step is the weights before it): the step before the jump.
            rb = next((s for s in reversed(calm_steps) if s < val_jump), None)
            calm = f"{calm}, before validation jumped at step {val_jump}"
        evidence: dict[str, Any] = {
            "key": key,
            "value": enc(value),
            "best": enc(best),
            "rollback_step": rb,
            "rollback_why": calm if rb is not None else None,
            "rules": [name for name, _ in reasons],
        }
        message = f"Divergence on {key}: " + "; ".join(text for _, text in said) + "."
        if rb is not None:
            message += f" Roll back to step {rb}, {calm}."
        elif calm_steps:
            # Every calm step known is at or after the excursion's first step (a training
            # loss still calm where validation already blew up): none to roll back to.
            when = "where" if calm_steps[-1] == origin else "after"
            message += (
                f" No step before step {origin} is known to have been calm (the training loss "
                f"was last calm at step {calm_steps[-1]}, {when} the excursion began): restart "
                "from the start or your last good checkpoint."
            )
        else:
            message += " No step before it is known to have been calm: restart from the start."
        eps.update(step, True, severity="critical", message=message, evidence=evidence)
        return
    evidence = dict(ep["evidence"])
    if evidence.get("key") == key:
        evidence["value"] = enc(value)
    evidence["rules"] = sorted(set(evidence.get("rules", [])) | {n for n, _ in reasons})
    latest = ""
    if reasons:
        # The latest words, beside the opening ones: where the run is now. They name no
        # opening step: a later episode may carry on an alert that `keep_firing_for` held open.
        latest = f"Divergence on {key} still holds: " + "; ".join(text for _, text in said) + "."
        if evidence.get("rollback_step") is not None:
            latest += f" The step to roll back to is still {evidence['rollback_step']}."
    eps.update(step, True, severity="critical", message=latest, evidence=evidence)
