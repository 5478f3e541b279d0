"""Plateau: exactly torch's ReduceLROnPlateau rule, so a user can predict when it opens.

The condition opens on the point at which ReduceLROnPlateau, fed the same values in the same
order, would cut the learning rate for the first time; it holds (through later cuts, and
through new bests that gain under RESUME of what the series had gained before it) until the
series' progress resumes. Severity info: a plateau is a hint, not an incident.

Torch's rule opens it once a run: once progress resumed after a plateau, its later cuts (a
noisy series improving in steps cuts again and again) report nothing. The same alert also
opens on stalled progress (monitor/detectors/stall.py), which torch's rule
cannot see: on the training loss of a run with no validation series (or fewer than
`stall_min_points` evaluations), and on a slowly crawling validation loss. A validation series
with fewer evaluations than that is still judged for one thing, by a rule of its own: frozen at
one value (a dead model repeats its evaluation), which needs no history to tell from noise.

A run that ends before torch's patience runs out (ten evaluations: most fine-tunes and course
runs evaluate 5-30 times) is judged once more when it finishes (`finish`): a series that had
not improved beyond torch's threshold for its last END_POINTS points and END_SHARE of all of
them stopped improving long before the end, which is worth an info with the step to keep.
A training loss logged at every step from the first with no evaluation is also judged by the
stall rule as a per-epoch log would be (a Keras fit without validation data numbers its epochs
so, and the stall rule's span in steps is longer than most such fits); told only when the run
ends short of that span, as a per-step run's start looks the same while it runs.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from typing import Any

import numpy as np

from lossmon.server.detectors import chance, progress, stall, zero_fall
from lossmon.server.detectors.base import (
    Batch,
    Episodes,
    Finding,
    dec,
    enc,
    fresh,
    new_points,
    sorted_median,
)
from lossmon.server.detectors.cadence import EPOCH_STEPS, epoch_log

NAME = "plateau"
#: The share of its earlier progress a loss (mode min) must gain on its best at a plateau's
#: opening for the plateau to end (a new best beyond torch's threshold alone does not).
RESUME = 0.1
#: The end rule: a finished run whose series had not improved for at least this many of its
#: last points…
END_POINTS = 4
#: …and at least this share of all its points (a long run's last four evaluations are no
#: plateau).
END_SHARE = 0.3
#: One rule's verdict at a step: (step, the rule's order, rule, holds, words, evidence).
RuleVerdict = tuple[int, int, str, bool, str, dict[str, Any]]


def is_better(a: float, best: float, mode: str, threshold: float, threshold_mode: str) -> bool:
    """Return torch's `_is_better`, with the same float arithmetic (NaN is never better)."""
    if mode == "min" and threshold_mode == "rel":
        return a < best * (1.0 - threshold)
    if mode == "min":
        return a < best - threshold
    if threshold_mode == "rel":
        return a > best * (threshold + 1.0)
    return a > best + threshold


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Feed the new points of `settings['key']` to the scheduler rule; report the plateau."""
    st: dict[str, Any] = dict(state) if state else {}
    key = settings["key"]
    mode = settings["mode"]
    thr = float(settings["threshold"])
    thr_mode = settings["threshold_mode"]
    patience = int(settings["patience"])
    worse = math.inf if mode == "min" else -math.inf
    best = dec(st["best"]) if "best" in st else worse
    bad = int(st.get("bad", 0))
    cooldown = int(st.get("cooldown", 0))
    best_step = st.get("best_step")
    # The extreme value itself (what the run page shows as best): torch's `best` moves only
    # on an improvement beyond the threshold.
    top = dec(st["top"]) if "top" in st else worse
    top_step = st.get("top_step")
    cuts = int(st.get("cuts", 0))
    cut_step = st.get("cut_step")  # where torch's rule cut the learning rate last
    # The first finite values (up to 3), whose median is where the series started; None on a
    # state saved before they were kept (its start is unknown: no plateau is held over a crawl).
    starts: list[float] | None = (
        [dec(x) for x in st["starts"]] if st.get("starts") is not None
        else None if math.isfinite(dec(st.get("top"))) else []
    )  # fmt: skip
    held: list[Any] | None = st.get("held")
    crawl = bool(st.get("crawl")) and starts is not None
    eps = Episodes(st, NAME)
    # Every rule's verdicts, merged in step order.
    verdicts: list[RuleVerdict] = []
    # Torch's rule holds from a cut until an improvement (states from before the stall rule
    # have only the episode).
    torch_was = bool(st.get("torch_on", eps.open is not None))
    torch_open = torch_was
    recovered = bool(st.get("recovered"))
    s = batch.get(key)
    points = int(st.get("points", 0))
    for step, v in new_points(st, key, s) if s is not None else ():
        points += 1
        improved = is_better(v, best, mode, thr, thr_mode)
        if is_better(v, top, mode, 0.0, "abs"):
            top, top_step = v, step
        if improved:
            best, bad, best_step = v, 0, step
        else:
            bad += 1
        if cooldown > 0:
            cooldown -= 1
            bad = 0  # torch ignores bad epochs in cooldown
        cut = bad > patience
        if cut:
            cooldown = int(settings["cooldown"])
            bad = 0
            cuts += 1
            cut_step = step
        if starts is not None and len(starts) < 3 and math.isfinite(v):
            starts.append(v)
        if cut and not torch_open:
            held = [enc(top), top_step]  # the best when the plateau opened
        resumed = improved and _resumed(top, held, starts, mode)
        # Torch's words hold from a cut until a new best; the crawl's from a new best too
        # small to end the plateau until the next cut.
        crawl = not cut and (crawl or (torch_open and improved))
        if torch_open and resumed and not cut:
            # Progress resumed after a plateau: torch's later cuts in this run (a noisy
            # series improving in steps cuts again and again) report nothing; a later stall
            # is the stall rule's to judge.
            recovered = True
        torch_open = (cut and not recovered) or (torch_open and not resumed)
        if torch_open:
            words = (
                _crawl_message(key, (top, top_step), held, starts, cuts)
                if crawl
                else _torch_message(
                    key, (best, best_step), (top, top_step), thr, thr_mode, patience, cut_step
                )
            )
            verdicts.append(
                (
                    step,
                    0,
                    "torch",
                    True,
                    words,
                    {
                        "key": key,
                        "value": enc(v),
                        "best": enc(top),
                        "best_step": top_step,
                        "threshold_best": enc(best),
                        "threshold_best_step": best_step,
                        "patience": patience,
                        "threshold": thr,
                        "threshold_mode": thr_mode,
                        "mode": mode,
                        "cuts": cuts,
                        "cut_step": cut_step,
                    },
                )
            )
        else:
            verdicts.append((step, 0, "torch", False, "", {}))
    rising = _lr_rising(st, batch, settings)
    verdicts += _stall_verdicts(st, batch, settings, rising)
    verdicts += _chance_verdicts(st, batch, settings, loss_kind, rising)
    verdicts += _progress_verdicts(st, batch, settings, rising)
    rules = ("torch", "chance", "little_progress", "stall", "frozen")
    on = {rule: bool(st.get(f"{rule}_on")) for rule in rules} | {"torch": torch_was}
    # Each holding rule's latest words, kept across batches: a rule that still holds in a
    # later batch without a new verdict there still speaks with its own words.
    said: dict[str, tuple[str, dict[str, Any]]] = {
        rule: (words[0], words[1]) for rule, words in st.get("said", {}).items()
    }
    ordered = sorted(verdicts, key=lambda x: x[:2])
    for i, (step, _, rule, holds, message, evidence) in enumerate(ordered):
        on[rule] = holds
        if holds:
            said[rule] = (message, evidence)
        if i + 1 < len(ordered) and ordered[i + 1][0] == step:
            continue  # every rule's verdict at this step first: no words of a rule just ended
        speaking = next((rule for rule in rules if on[rule]), None)
        if speaking is not None:
            # Torch's words when its rule holds: that is the rule the user can predict; then
            # the most specific of the others.
            message, evidence = said.get(speaking, ("", {}))
            eps.update(step, True, severity="info", message=message, evidence=evidence)
        else:
            eps.update(step, False)
    st.update({f"{rule}_on": on[rule] for rule in rules})
    st["said"] = {rule: list(words) for rule, words in said.items() if on[rule]}
    st.update(best=enc(best), bad=bad, cooldown=cooldown, best_step=best_step, cuts=cuts)
    st["points"] = points
    st["cut_step"] = cut_step
    st.update(top=enc(top), top_step=top_step, held=held, crawl=crawl, recovered=recovered)
    st["starts"] = None if starts is None else [enc(x) for x in starts]
    return st, eps.findings()


def finish(
    state: dict[str, Any] | None, settings: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Finding]]:
    """Judge a run that has ended before torch's patience ran out: its series had not improved
    beyond the threshold for its last END_POINTS points and END_SHARE of all its points (a
    10-epoch run best at epoch 4). An info, once a run: a plateau already told, or cut by
    torch's rule, is left as it is; a loss at exactly 0 has nothing left to improve. A run
    that logged no validation is judged on its training loss (`_finish_train_only`)."""
    st: dict[str, Any] = dict(state) if state else {}
    eps = Episodes(st, NAME)
    if int(st.get("episodes", 0)) > 0 or int(st.get("cuts", 0)) > 0:
        return st, eps.findings()
    no_val = st.get("best_step") is None and st.get("last", {}).get(settings["key"]) is None
    found = (_finish_train_only if no_val else _finish_validation)(st, settings)
    if found is not None:
        step, message, evidence = found
        eps.update(step, True, severity="info", message=message, evidence=evidence)
    return st, eps.findings()


def _finish_validation(
    st: Mapping[str, Any], settings: Mapping[str, Any]
) -> tuple[int, str, dict[str, Any]] | None:
    """The end rule on `key` (torch's series): its last END_POINTS and END_SHARE of its points
    without a new best beyond the threshold. Return the finding's step, words and evidence, or
    None."""
    key, top, top_step = settings["key"], dec(st.get("top")), st.get("top_step")
    points, bad, best_step = int(st.get("points", 0)), int(st.get("bad", 0)), st.get("best_step")
    last = st.get("last", {}).get(key)
    # A state saved before points were counted has none (its `bad` counted from earlier): no
    # judgement, rather than "its last 10 of 5 points". A loss at exactly 0 has converged.
    stopped = END_POINTS <= bad <= points and bad >= END_SHARE * points
    if best_step is None or last is None or not stopped or top == 0:
        return None
    message = (
        f"{key} had not improved on its best ({top:.6g} at step {top_step}) by more than "
        f"its threshold ({float(settings['threshold']):g}, {settings['threshold_mode']}) "
        f"for its last {bad} of {points} points when the run ended: what came after step "
        f"{best_step} did not improve it (the run ended before torch's patience, "
        f"{int(settings['patience'])}, ran out). Keep the checkpoint of step {top_step}."
    )
    evidence = {
        "key": key,
        "best": enc(top),
        "best_step": top_step,
        "threshold_best_step": best_step,
        "points_since_best": bad,
        "points": points,
        "at_end": True,
        "rule": "end",
    }
    return int(last), message, evidence


def _finish_train_only(
    st: Mapping[str, Any], settings: Mapping[str, Any]
) -> tuple[int, str, dict[str, Any]] | None:
    """The end rule for a run with no validation series: its training loss had not improved
    beyond the threshold for its last END_POINTS and END_SHARE of its points. Only a run of
    fewer than stall.BLOCKS points (an epoch log: the stall rule's summary holds each point as
    its own level); a longer one's lowest point, or block, is its noise's luck, and the stall
    rule judges it on evidence. Never where the learning rate had decayed below
    `lr_decayed_fraction` of its peak (a healthy run's loss flattens as its schedule runs out),
    nor for a positive loss that reached ~0 (converged). A stall the per-epoch reading held is
    told first (`_finish_held`). It reads the stall rule's summary, so it needs `stall` on.
    Return the finding's step, words and evidence, or None."""
    sm = st.get("stall_train")
    if not sm or int((st.get("stall_val") or {}).get("n", 0)):
        return None
    if (held := _finish_held(st, settings)) is not None:
        return held
    if int(sm["size"]) > 1:
        return None
    if len(sm["levels"]) <= END_POINTS:  # no finite point, or too few to have stopped
        return None
    lr_now, lr_peak = dec(st.get("lr_now")), dec(st.get("lr_peak"))
    if math.isfinite(lr_now) and lr_now <= float(settings["lr_decayed_fraction"]) * lr_peak:
        return None
    levels, at = sm["levels"], sm["at"]
    threshold, rel = float(settings["threshold"]), settings["threshold_mode"] == "rel"
    best_i = 0
    for i, level in enumerate(levels):
        # Torch's threshold, measured from |best| (torch's own test would count any point of
        # a flat negative loss as a new best).
        if level < levels[best_i] - threshold * (abs(levels[best_i]) if rel else 1.0):
            best_i = i
    since, peak = len(levels) - 1 - best_i, max(levels)
    # The words name the lowest point, as the run page shows it (a later point within the
    # threshold of the threshold's best can be lower).
    low_i = min(range(len(levels)), key=levels.__getitem__)
    best = levels[low_i]
    converged = 0 < peak and best <= stall.CONVERGED * peak
    if since < max(END_POINTS, END_SHARE * len(levels)) or converged:
        return None
    key, points, best_step = settings["train_key"], len(levels), int(at[low_i])
    message = (
        f"{key} had not improved on its best ({best:.6g} at step {best_step}) by more than its "
        f"threshold ({threshold:g}, {settings['threshold_mode']}) for its last {since} of "
        f"{points} points when the run ended (its last {levels[-1]:.6g}), and the run logged "
        f"no validation to say whether the model still improved. Keep the checkpoint of step "
        f"{best_step}."
    )
    evidence = {
        "key": key,
        "best": enc(best),
        "best_step": best_step,
        "threshold_best_step": int(at[best_i]),
        "points_since_best": since,
        "points": points,
        "at_end": True,
        "rule": "end",
    }
    return int(at[-1]), message, evidence


def _finish_held(
    st: Mapping[str, Any], settings: Mapping[str, Any]
) -> tuple[int, str, dict[str, Any]] | None:
    """The stall the per-epoch reading of a training loss at every step held (`_hold`), told
    once the run has ended before the stall rule's span in steps, a finite point at every step
    of it: a per-epoch log, not a per-step run's start. Only where the stall still holds at
    the end (as an open stall does, until the level beats the stalled one beyond the noise)
    and the learning rate had not decayed below `lr_decayed_fraction` of its peak (or the loss
    never improved from its first points, which no decay explains). A stall
    the reading saw but had not yet confirmed (its next eighth of the run never came) is told
    where the whole run, judged at its end, is stalled: a run that has ended has no more
    judgements to wait for."""
    sm, last = st["stall_train"], st.get("last", {}).get("stall:train")
    min_steps = int(settings["stall_min_steps"])
    seen = st.get("stall_held") or math.isfinite(dec(st.get("stall_held_pending")))
    if not seen or last is None or last - int(sm["first"]) >= min_steps:
        return None
    if int(sm["n"]) != last - int(sm["first"]) + 1:
        return None  # not a point at every step: held on the first points, not on the run's
    lr_now, lr_peak = dec(st.get("lr_now")), dec(st.get("lr_peak"))
    decayed = math.isfinite(lr_now) and lr_now <= float(settings["lr_decayed_fraction"]) * lr_peak
    in_epochs = {**settings, "stall_min_steps": math.ceil(min_steps / EPOCH_STEPS)}
    j = stall.judge(sm, in_epochs, words=True)
    if j is None or (decayed and not j.get("never_improved")):
        return None
    if st.get("stall_held"):
        held_level = dec(st["stall_held"][1])
        margin = max(j["noise"], float(settings["stall_min_progress"]) * abs(held_level))
        if not (j["stalled"] or j["level"] > held_level - margin):
            return None
    elif not j["stalled"]:
        return None
    key = settings["train_key"]
    evidence = {**_stall_evidence(key, j, lr_now, lr_peak), "at_end": True}
    return int(last), _stall_message(key, j, lr_now, lr_peak), evidence


def _resumed(top: float, held: list[Any] | None, starts: list[float] | None, mode: str) -> bool:
    """Return whether the loss, at its best `top`, has resumed its progress since its plateau
    opened (`held`: the best then): by more than RESUME of what it had gained from its start
    (the median of its first 3 values, not a random initialisation's first) to that best, in
    log terms for a positive loss, whose gains are relative. A crawl of tiny new bests, each
    beyond torch's threshold, is one plateau, not a new one every `patience` points. Mode max
    (an accuracy, say) ends a plateau at any new best, as torch's rule does."""
    if held is None or mode != "min" or not starts:
        return True
    gained, since = _gains(sorted_median(sorted(starts)), dec(held[0]), top)
    return not gained > 0 or since > RESUME * gained


def _gains(start: float, then: float, top: float) -> tuple[float, float]:
    """Return what a loss gained from `start` to `then`, and from `then` to `top` (NaN where a
    value is not finite: nothing to hold a plateau on)."""
    if not (math.isfinite(start) and math.isfinite(then) and math.isfinite(top)):
        return math.nan, math.nan
    if min(start, then, top) > 0:
        return math.log(start / then), math.log(then / top)
    return start - then, then - top


def _crawl_message(
    key: str,
    top: tuple[float, int | None],
    held: list[Any] | None,
    starts: list[float] | None,
    cuts: int,
) -> str:
    """Return the words while a plateau holds through new bests too small to end it."""
    assert held is not None and starts  # a plateau held over a crawl has opened, from a start
    then, since = dec(held[0]), held[1]
    start = sorted_median(sorted(starts))
    lower = f"{100 * (then - top[0]) / abs(then):.2g} % lower" if then else "lower"
    terms = ", in log terms" if min(start, then, top[0]) > 0 else ""
    return (
        f"{key} has improved little since its plateau opened: its best is {top[0]:.6g} at step "
        f"{top[1]}, {lower} than {then:.6g} (step {since}) then, under a tenth of its fall "
        f"before it (from {start:.6g}{terms}). Torch's patience restarts at each of these "
        f"small new bests ({cuts} cuts so far)."
    )  # fmt: skip


def _torch_message(
    key: str,
    kept: tuple[float, int | None],
    top: tuple[float, int | None],
    thr: float,
    thr_mode: str,
    patience: int,
    cut_step: int | None,
) -> str:
    """Return torch's words: the value its threshold is measured from (`kept`, the last one
    that beat the threshold), when lower the lowest value the run page shows (`top`), and
    the step torch would cut the learning rate at (an alert opens `for` steps later)."""
    rule = f"by more than its threshold ({thr:g}, {thr_mode}) for more than {patience} points"
    if kept[1] == top[1]:
        said = f"has not improved on its best ({top[0]:.6g} at step {top[1]}) {rule}"
    else:
        said = (
            f"has not improved on {kept[0]:.6g} (step {kept[1]}) {rule}; its best is "
            f"{top[0]:.6g} at step {top[1]}"
        )
    at = f" at step {cut_step}" if cut_step is not None else ""  # a state saved before
    return f"{key} {said}: ReduceLROnPlateau would cut the learning rate{at}."


class _Warmup:
    """Whether the learning rate logged by a step of this batch was still rising (its last
    value above the one before: a warm-up under way)."""

    def __init__(self, steps: np.ndarray, values: np.ndarray) -> None:
        # values[k] is the last learning rate after the first k - 1 new ones (two from before).
        self.steps, self.values = steps, values
        self.step_list, self.value_list = steps.tolist(), values.tolist()

    def over(self, steps: np.ndarray) -> np.ndarray:
        """Return the answer at each of `steps`."""
        k = self.steps.searchsorted(steps, side="right") + 1
        with np.errstate(invalid="ignore"):
            return self.values[k] > self.values[k - 1]

    def at(self, step: int) -> bool:
        """Return the answer at one step: `over`'s, in plain Python (judged once per stall
        judgement, where numpy's per-call cost is most of the work)."""
        k = bisect_right(self.step_list, step) + 1
        return bool(self.value_list[k] > self.value_list[k - 1])


def _lr_rising(st: dict[str, Any], batch: Batch, cfg: Mapping[str, Any]) -> _Warmup:
    """Read the batch's new learning rates; return whether each step was in a warm-up."""
    lr_key = cfg["lr_key"] if cfg["lr_key"] in batch else "train/lr"
    new = fresh(st, "warm:lr", batch.get(lr_key))
    ok = np.isfinite(new.values)
    before = [dec(x) for x in st.get("warm_lr", [None, None])]
    values = np.concatenate((before, new.values[ok]))
    st["warm_lr"] = [enc(float(x)) for x in values[-2:]]
    return _Warmup(new.steps[ok], values)


def _stall_verdicts(
    st: dict[str, Any],
    batch: Batch,
    cfg: Mapping[str, Any],
    rising: _Warmup,
) -> list[RuleVerdict]:
    """Advance the stall rule over the new points; return its verdicts (at judged steps).

    It watches `key` once that has `stall_min_points` finite points (and mode is min), the
    training loss before that and in runs without it; each series is judged at the block
    closes where `stall.advance` says a judgement is due, with the learning rate logged up to
    that step. A training loss whose validation series has just made a new best (by torch's
    threshold) is not stalled: the model still improves where it matters.
    """
    if not cfg["stall"]:
        return []
    key, train_key = cfg["key"], cfg["train_key"]
    lr_key = cfg["lr_key"] if cfg["lr_key"] in batch else "train/lr"
    new, arrived = {}, {}
    for name, k in (("lr", lr_key), ("train", train_key), ("val", key)):
        s = fresh(st, f"stall:{name}", batch.get(k))
        ok = np.isfinite(s.values)
        new[name], arrived[name] = (s.steps[ok], s.values[ok]), s.steps
    # A per-epoch log spans its minimum in epochs: decided within its first points, long
    # before the rule's first judgement (stall_min_points), so whatever the batches.
    if "stall_cadence" not in st and "stall_train" in st:
        st["stall_cadence"] = {"per_epoch": False}  # saved before: its first points are gone
    in_epochs = {**cfg, "stall_min_steps": math.ceil(int(cfg["stall_min_steps"]) / EPOCH_STEPS)}
    cadence = st.setdefault("stall_cadence", {})
    if epoch_log(cadence, arrived["train"], arrived["val"]):
        cfg = in_epochs
    # A training loss at every step from the first with no evaluation may be a per-epoch log
    # (a Keras fit without validation data) or a per-step run's start: judged both ways, the
    # per-epoch reading held until the run ends (`_finish_held`).
    every_step = cfg is not in_epochs and all(gap == 1 for gap in cadence.get("gaps") or [0])
    held_pending = dec(st.get("stall_held_pending"))
    lr_steps, lr_vals = new["lr"]
    lr_peak_before, lr_now_before = dec(st.get("lr_peak")), dec(st.get("lr_now"))
    lr_peaks = np.fmax.accumulate(np.append(lr_peak_before, lr_vals)) if lr_vals.size else None
    val_steps, val_vals = new["val"]
    val_best_before = dec(st.get("val_best"))
    val_new_best = bool(st.get("val_new_best", False))
    val_bests = np.fmin.accumulate(np.append(val_best_before, val_vals))

    def val_better(i: int) -> bool:
        # Torch's test of an improvement (threshold and its mode) against the best before.
        return is_better(
            float(val_vals[i]), float(val_bests[i]), "min", float(cfg["threshold"]),
            cfg["threshold_mode"],
        )  # fmt: skip

    min_points, min_span = int(cfg["stall_min_points"]), int(cfg["stall_min_steps"])
    val_n0 = int((st.get("stall_val") or {}).get("n", 0))
    open_level = dec(st.get("stall_level"))
    frozen_open = bool(st.get("stall_frozen", False))  # the open stall was a frozen series
    pending = dec(st.get("stall_pending"))
    out: list[RuleVerdict] = []
    # Which series is judged: the validation loss once it has min_points (mode min).
    val_judged = cfg["mode"] == "min"
    for name in ("train", "val"):
        sm = _copy(st.get(f"stall_{name}"))
        st[f"stall_{name}"] = sm
        steps, values = new[name]
        # A series judged nowhere in this batch is summarised in one go.
        judged = not val_judged or val_n0 < min_points if name == "train" else val_judged
        i = 0
        while i < steps.size:
            i, due = stall.advance(sm, steps, values, i, stop=judged)
            if not due:
                continue
            step = int(steps[i - 1])
            nval = val_n0 + int(val_steps.searchsorted(step, side="right"))
            watched = "val" if nval >= min_points and cfg["mode"] == "min" else "train"
            if name == "val" and (watched == "train" or st.get("frozen_val")):
                # Validation with too few evaluations for the fit is still judged for one
                # thing, its own rule: frozen at one value (a dead model) needs no history.
                frozen = _frozen_verdict(sm, cfg, key, watched == "train")
                st["frozen_val"] = frozen[3]
                out.append((step, *frozen[1:]))
            if name != watched:
                continue
            lr_now, lr_peak = lr_now_before, lr_peak_before
            if lr_peaks is not None:
                k = int(lr_steps.searchsorted(step, side="right"))
                if k:
                    lr_now, lr_peak = float(lr_vals[k - 1]), float(lr_peaks[k])
            improving = False
            if name == "train":
                k = int(val_steps.searchsorted(step, side="right"))
                improving = val_new_best if k == 0 else val_better(k - 1)
            # A loss that fell to exactly 0 is no schedule's doing: neither excuses it.
            degenerate = zero_fall.fell(sm)
            decayed = (
                math.isfinite(lr_now)
                and lr_now <= float(cfg["lr_decayed_fraction"]) * lr_peak
                and not degenerate
            )
            warming = rising.at(step) and not degenerate
            judged_already = None
            if decayed and not (improving or warming):
                # A decayed rate explains a loss that flattened, not one that never improved
                # from its first points while the rate was still high.
                judged_already = stall.judge(sm, cfg, words=True)
                decayed = not (judged_already and judged_already.get("never_improved"))
            if decayed or improving or warming:
                held_pending = math.nan
                # No stall holds whatever the fit says: only whether the series could be
                # judged at all (a verdict at this step) matters, not the fit itself.
                if stall.judgeable(sm, cfg):
                    open_level, pending, frozen_open = math.nan, math.nan, False
                    out.append((step, 1, "stall", False, "", {}))
                continue
            # The per-epoch reading, while the run is short of the span the stall rule needs.
            from_start = int(sm["first"]) <= 1 and step - int(sm["first"]) < min_span
            if name == "train" and every_step and nval == 0 and from_start:
                held_pending = _hold(st, sm, in_epochs, step, held_pending)
            # Only an open stall, or one that opens, needs the levels.
            j = judged_already or stall.judge(sm, cfg, words=math.isfinite(open_level))
            left_zero = st.get("stall_series") == name and not zero_fall.at_zero(sm)
            if frozen_open and open_level == 0.0 and left_zero:
                # Frozen at exactly 0: a point of that series off it ends the stall (the loss
                # measures something again), before the fit of the levels would notice.
                open_level, frozen_open = math.nan, False
                out.append((step, 1, "stall", False, "", {}))
                continue
            if j is None:
                continue
            if math.isfinite(open_level):
                # Once stalled, it holds until the level beats the stalled one beyond the noise.
                margin = max(j["noise"], float(cfg["stall_min_progress"]) * abs(open_level))
                holds = j["stalled"] or j["level"] > open_level - margin
                if frozen_open and not j.get("frozen"):
                    # A series frozen at one value that escapes it ends its stall with its
                    # latest level, not once the median of the run's latest half follows.
                    holds = holds and sm["levels"][-1] > open_level - margin
            else:
                # A new stall opens once every judgement for a further eighth of the run
                # confirms it: a fluke of the noise, or a pause, is not a stall. A frozen
                # series (one value, to stall_frozen_range) is no fluke: it opens at once.
                if not j["stalled"]:
                    pending = math.nan
                elif not math.isfinite(pending):
                    pending = float(step)
                confirmed = step - pending >= (pending - sm["first"]) / 8.0
                holds = j["stalled"] and (confirmed or bool(j.get("frozen")))
            if not holds:
                open_level, frozen_open = math.nan, False
                out.append((step, 1, "stall", False, "", {}))
                continue
            if not math.isfinite(open_level):
                open_level, frozen_open = j["level"], bool(j.get("frozen"))
                st["stall_series"] = name
            series_key = key if name == "val" else train_key
            words = _stall_message(series_key, j, lr_now, lr_peak)
            evidence = _stall_evidence(series_key, j, lr_now, lr_peak)
            out.append((step, 1, "stall", True, words, evidence))
    if val_vals.size:
        val_new_best = val_better(val_vals.size - 1)
    if lr_vals.size:
        lr_now_before, lr_peak_before = float(lr_vals[-1]), float(lr_peaks[-1])  # type: ignore[index]
    st.update(
        stall_level=enc(open_level),
        stall_pending=enc(pending),
        stall_held_pending=enc(held_pending),
        val_best=enc(float(val_bests[-1])),
        stall_frozen=frozen_open,
    )
    st.update(val_new_best=val_new_best, lr_peak=enc(lr_peak_before), lr_now=enc(lr_now_before))
    return out


def _hold(
    st: dict[str, Any],
    sm: Mapping[str, Any],
    in_epochs: Mapping[str, Any],
    step: int,
    pending: float,
) -> float:
    """Judge a training loss logged at every step as a per-epoch log would be judged, without
    a word: a stall that opens so is only noted (`stall_held`: its step and level), for
    `_finish_held` to tell if the run ends before the stall rule's span in steps. Return the
    step the stall is pending from."""
    if st.get("stall_held"):
        return pending
    j = stall.judge(sm, in_epochs, words=False)
    if j is None:
        return pending
    if not j["stalled"]:
        return math.nan
    pending = float(step) if not math.isfinite(pending) else pending
    if step - pending >= (pending - sm["first"]) / 8.0 or j.get("frozen"):
        st["stall_held"] = [step, enc(j["level"])]
    return pending


def _frozen_verdict(sm: dict[str, Any], cfg: Mapping[str, Any], key: str, few: bool) -> RuleVerdict:
    """Return the frozen rule's verdict on a validation series at a judged step: with `few`
    evaluations (under stall_min_points), whether they are frozen at one value; once there
    are enough, the stall rule judges validation and this rule ends (held False)."""
    j = stall.judge(sm, cfg, words=True) if few else None
    if j is None or not j.get("frozen"):
        return (0, 1, "frozen", False, "", {})
    tolerance = float(cfg["stall_frozen_range"])
    message = (
        f"{key} has not moved since step {j['since_step']}: every value since lies within "
        f"{tolerance:.2%} of {j['level']:.6g}. The model has stopped learning: check the "
        "learning rate and whether its outputs are constant."
    )
    if j.get("dropped_from") is not None:
        message = zero_fall.message(key, j["dropped_from"], j["since_step"])
    return (0, 1, "frozen", True, message, {
        "key": key, "rule": "frozen", "value": j["level"], "since_step": j["since_step"],
        "tolerance": tolerance, "dropped_from": j.get("dropped_from"),
    })  # fmt: skip


def _chance_verdicts(
    st: dict[str, Any],
    batch: Batch,
    cfg: Mapping[str, Any],
    loss_kind: str | None,
    rising: _Warmup,
) -> list[RuleVerdict]:
    """Advance the stuck-at-chance rule (chance.py) on `key` (mode min: a loss).

    Evaluations only: every classifier's training loss starts at ln k, and a stream cannot
    tell a run that never learns from one whose first evaluation, still to come, has. An
    evaluation made while the logged learning rate is still rising (a warm-up) is not
    counted: a model in warm-up has not been given the chance to learn.
    """
    key, train_key = cfg["key"], cfg["train_key"]
    judged = cfg["mode"] == "min" and key != train_key and not key.startswith("train/")
    if not cfg["chance"] or not judged or loss_kind not in chance.KINDS:
        return []
    train = batch.get(train_key)
    if "chance_start" not in st and train is not None:
        finite = train.values[np.isfinite(train.values)]
        st["chance_start"] = enc(float(finite[0])) if finite.size else None
    start = dec(st.get("chance_start"))
    val = fresh(st, "chance", batch.get(key))
    stated = loss_kind in chance.KINDS - {"unknown", None}
    needed = int(cfg["chance_evaluations"])
    counted = ~rising.over(val.steps)
    found = chance.advance(st.setdefault("chance", {}), key, val, needed, stated, start, counted)
    return [(step, 2, "chance", holds, words, ev) for step, holds, words, ev in found]


def _progress_verdicts(
    st: dict[str, Any],
    batch: Batch,
    cfg: Mapping[str, Any],
    rising: _Warmup,
) -> list[RuleVerdict]:
    """Advance the little-progress rule (progress.py) on `key` (mode min, not a training
    series), with the training loss logged beside it."""
    key, train_key = cfg["key"], cfg["train_key"]
    judged = cfg["mode"] == "min" and key != train_key and not key.startswith("train/")
    if not cfg["little_progress"] or not judged:
        return []
    val = fresh(st, "progress", batch.get(key))
    train = fresh(st, "progress:train", batch.get(train_key))
    needed = int(cfg["little_progress_evaluations"])
    found = progress.advance(
        st.setdefault("progress", {}), key, train_key, val, train, needed, rising.over
    )
    return [(step, 3, "little_progress", holds, words, ev) for step, holds, words, ev in found]


def _copy(sm: dict[str, Any] | None) -> dict[str, Any]:
    """Return a block summary that can be advanced without touching the one in `sm`."""
    if not sm or "at" not in sm:
        # None yet, or one from before this layout (rebuilt from the points that follow).
        return stall.blank()
    return dict(
        sm,
        pend=list(sm["pend"]),
        at=list(sm["at"]),
        levels=list(sm["levels"]),
        head=list(sm.get("head", [])),
    )


def _stall_evidence(key: str, j: Mapping[str, Any], lr: float, lr_peak: float) -> dict[str, Any]:
    """The stall rule's evidence: the levels its words name and the learning rate then."""
    return {
        "key": key,
        "rule": "stall",
        "value": j["level"],
        "level_before": j["level_before"],
        "level_first": j["level_first"],
        "since_step": j["since_step"],
        "improvement": j["improvement"],
        "improvement_before": j["improvement_before"],
        "lr": enc(lr),
        "lr_peak": enc(lr_peak),
        "dropped_from": j.get("dropped_from"),
    }


def _stall_message(key: str, j: Mapping[str, Any], lr: float, lr_peak: float) -> str:
    if j.get("dropped_from") is not None:
        return zero_fall.message(key, j["dropped_from"], j["since_step"])
    lr_words = f" The learning rate is {lr:.3g} (peak {lr_peak:.3g})." if math.isfinite(lr) else ""
    level, before, first = float(j["level"]), float(j["level_before"]), float(j["level_first"])
    # Every number in the sentence is one of the three levels or a difference of two of them.
    # A level still falling has fallen by too little for its earlier pace: "only" says so.
    side = "below" if level <= before else "above"
    now = (
        f"the same as the level before ({before:.6g})"
        if level == before
        else f"{'only ' if level < before else ''}{abs(before - level):.3g} {side} the level "
        f"before ({before:.6g})"
    )
    if first == before:
        earlier = f"the same as the run's first eighth ({first:.6g})"
    else:
        earlier_side = "below" if before < first else "above"
        earlier = f"{abs(first - before):.3g} {earlier_side} the run's first eighth ({first:.6g})"
    return (
        f"{key} has stalled: its level since step {j['since_step']} is {level:.6g}, {now}, "
        f"which was {earlier}.{lr_words} Raise or restore the learning rate, or stop the run."
    )
