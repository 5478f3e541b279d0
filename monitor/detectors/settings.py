"""Detector settings: every default in one place, each one documented, and their validation.

A project stores only its overrides (a partial nested dict); `validate_settings` merges them
onto the defaults and names the first bad setting it meets, so an API can answer 400 with it.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class SettingsError(ValueError):
    """A detector setting is unknown or has a bad value; `path` names it (`plateau.patience`)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@dataclass(frozen=True)
class Setting:
    """One setting: its default, its type, its allowed range and what it means."""

    default: Any
    kind: str  # bool | int | float | float? (float or null) | str
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    above: float | None = None  # strictly greater than
    choices: tuple[str, ...] = ()


def _lifecycle(for_steps: int, keep: int) -> dict[str, Setting]:
    return {
        "enabled": Setting(True, "bool", "Run this detector at all."),
        "for": Setting(
            for_steps,
            "int",
            "Steps the condition must hold before the alert fires (pending until then).",
            minimum=0,
        ),
        "keep_firing_for": Setting(
            keep,
            "int",
            "Steps a firing alert stays firing after the condition clears (against flapping).",
            minimum=0,
        ),
    }


SPEC: dict[str, dict[str, Setting]] = {
    "divergence": {
        **_lifecycle(0, 50),
        "key": Setting("train/loss", "str", "Series watched for divergence."),
        "val_key": Setting("val/loss", "str", "Validation series of the validation rule."),
        "lr_key": Setting(
            "lr",
            "str",
            "Learning-rate series (train/lr when absent): a rise that begins just after the "
            "learning rate returns to a value it already had (a warm restart) is the schedule.",
        ),
        "check_finite": Setting(
            True,
            "bool",
            "A NaN or ±Inf training loss is divergence, at once (Lightning's check_finite); an "
            "evaluation at the third in a row or the run's last (one or two alone are a spike).",
        ),
        "divergence_threshold": Setting(
            None,
            "float?",
            "Absolute bound: the loss level (median of the last 3 points) above it is "
            "divergence (Lightning's divergence_threshold). null: off.",
        ),
        "warmup_steps": Setting(
            20,
            "int",
            "Steps at the start during which the rise rules are not applied (the blow-up, "
            "early-rise and non-finite rules apply from the first point).",
            minimum=0,
        ),
        "window_steps": Setting(
            11,
            "int",
            "Steps covered by the rolling median that gives the smoothed loss level (at the "
            "run's cadence: 11 points when it logs every step, 1 when every 11 or more).",
            minimum=1,
            maximum=1001,
        ),
        "rise_factor": Setting(
            2.0,
            "float",
            "Sustained rise: the level exceeds its running best by this factor.",
            above=1.0,
        ),
        "best_window_steps": Setting(
            31,
            "int",
            "Steps covered by the longer rolling median whose minimum is the running best.",
            minimum=1,
            maximum=1001,
        ),
        "rise_noise": Setting(
            5.0,
            "float",
            "…and the rise also exceeds this many robust standard deviations (1.4826 × MAD) "
            "of the recent raw loss (so tiny-batch noise is not a rise); in the joint rule, "
            "validation's rise as many of its own.",
            minimum=0.0,
        ),
        "rise_floor": Setting(
            0.1,
            "float",
            "…and the rise also exceeds this fraction of the initial loss level (so a loss "
            "near zero does not 'double' on noise; the joint rule's, of the first value once "
            "training fell to near 0 from it); the validation rule's, this fraction of the "
            "first evaluation.",
            minimum=0.0,
        ),
        "fast_sustain_steps": Setting(
            10,
            "int",
            "Steps (and at least 5 logged points) after which a rise that "
            "is still at its peak counts as divergence (a blow-up under way).",
            minimum=0,
        ),
        "sustain_steps": Setting(
            30,
            "int",
            "Steps (and at least 3 logged points) after which a rise that has not fallen "
            "back below recovery_fraction of its peak counts as divergence.",
            minimum=0,
        ),
        "recovery_fraction": Setting(
            0.5,
            "float",
            "A rise that has already fallen back below this fraction of its peak is "
            "recovering (a spike), not divergence — until settle_steps.",
            minimum=0.0,
            maximum=1.0,
        ),
        "settle_steps": Setting(
            150,
            "int",
            "Steps (and at least 5 logged points) after which a level still above rise_factor "
            "× its best is divergence however it got there (a level shift that stays).",
            minimum=1,
        ),
        "climb_factor": Setting(
            1.3,
            "float",
            "End-of-run climb: a training loss that rose steadily over at least 30 % of the run "
            "(the medians of 5 stretches since its best each higher) and ended this multiple "
            "of its best level (by rise_noise noises and rise_floor of its first value too) "
            "diverged; judged when the run ends. A loss whose best level is 0 or below: this "
            "minus 1 of the way back from its best to its starting level, once it fell by "
            "rise_floor of its size.",
            above=1.0,
        ),
        "blowup_factor": Setting(
            100.0,
            "float",
            "The level of the last 3 points above this multiple of max(running best, a tenth "
            "of the initial level and of the first value, the median of its recent points) is "
            "divergence at once, warm-up or not (orders of magnitude), held until the level is "
            "back within the rise limit of its best; so is one evaluation above this multiple "
            "of max(validation best, first evaluation), unless training keeps falling beside "
            "it (a spike then, until three evaluations in a row are). A loss centred on 0 (a "
            "KL penalty, a policy loss) is judged against its recent typical size alone.",
            above=1.0,
        ),
        "early_factor": Setting(
            5.0,
            "float",
            "Before the run has a settled best: the loss above this multiple of its first "
            "logged value at two logged points in a row is divergence (short runs); at four "
            "raw points in a row when every step is logged (one high batch is noise). A loss "
            "that fell and went back above twice its first value, beyond its noise, is judged "
            "against the lowest level it fell to (no lower than its start divided by this).",
            above=1.0,
        ),
        "val_rise_factor": Setting(
            3.0,
            "float",
            "Validation rule: validation loss above this multiple of its best, while the "
            "training loss is not below its level at the validation best …",
            above=1.0,
        ),
        "val_sustain_steps": Setting(
            50,
            "int",
            "… for at least this many steps of consecutive evaluations (and at least 3 of them).",
            minimum=0,
        ),
        "joint_val_factor": Setting(
            1.25,
            "float",
            "Joint rule: the median of the last joint_evaluations evaluations above this "
            "multiple of the validation best …",
            above=1.0,
        ),
        "joint_train_factor": Setting(
            1.5,
            "float",
            "… while the training level is above this multiple of its lowest (both series "
            "worse at once: the run is getting worse, not overfitting).",
            above=1.0,
        ),
        "joint_evaluations": Setting(
            3, "int", "Evaluations after the validation best that the joint rule needs.", minimum=1
        ),
    },
    "spike": {
        # No `for`: the short median already keeps a lone outlier batch from being a spike,
        # and on an epoch-level history one evaluation is all a spike lasts.
        **_lifecycle(0, 10),
        "key": Setting("train/loss", "str", "Series watched for spikes."),
        "val_key": Setting("val/loss", "str", "Validation series watched for spikes."),
        "lr_key": Setting(
            "lr",
            "str",
            "Learning-rate series (train/lr when absent): a jump that begins just after the "
            "learning rate returns to a value it already had (a warm restart) is the schedule.",
        ),
        "val_factor": Setting(
            1.8,
            "float",
            "Validation spike: an evaluation above this multiple of both its best and the "
            "evaluation before (counted in evaluations: the next one back below it resolves it); "
            "1.5 times both is one too where it stands 20 noises above the 16 evaluations before.",
            above=1.0,
        ),
        "warmup_steps": Setting(
            8, "int", "Steps at the start during which no spike is reported.", minimum=0
        ),
        "window_points": Setting(
            100,
            "int",
            "Recent logged points forming the reference distribution (median, MAD); with every "
            "step logged, a young run's is the later half of the points it has taken in so far "
            "(its first descent is not noise).",
            minimum=8,
            maximum=5000,
        ),
        "min_points": Setting(
            12,
            "int",
            "Logged points needed in the reference window before spikes are judged.",
            minimum=3,
        ),
        "short_window_steps": Setting(
            3,
            "int",
            "Steps covered by the short median compared with the reference (3 points when "
            "every step is logged, 1 on sparser logs): a lone outlier batch is not a spike.",
            minimum=1,
            maximum=51,
        ),
        "z_threshold": Setting(
            10.0,
            "float",
            "Robust z-score (median/MAD) of the short median that is a spike.",
            above=0.0,
        ),
        "min_ratio": Setting(
            1.5,
            "float",
            "…and the short median is at least this multiple of the reference median.",
            minimum=1.0,
        ),
        "recover_steps": Setting(
            150,
            "int",
            "Steps after which a spike still open is reported as 'did not recover' (a level "
            "shift), with the level before it.",
            minimum=1,
        ),
        "repeat_hint": Setting(
            3,
            "int",
            "After this many spike episodes the message adds a hint on their cause.",
            minimum=1,
        ),
    },
    "overfitting": {
        **_lifecycle(0, 0),
        "train_key": Setting("train/loss", "str", "Training series."),
        "val_key": Setting("val/loss", "str", "Validation series."),
        "patience": Setting(
            2,
            "int",
            "Evaluations after the best (lowest) validation loss before the trend since the "
            "best is judged.",
            minimum=1,
        ),
        "confirmations": Setting(
            1,
            "int",
            "Consecutive evaluations the rule must hold before it is reported.",
            minimum=1,
        ),
        "min_delta": Setting(
            0.0,
            "float",
            "Absolute margin (loss units) by which validation must be above its best to count "
            "as risen (the larger of this and min_rise applies).",
            minimum=0.0,
        ),
        "min_rise": Setting(
            0.05,
            "float",
            "Fraction of the best validation loss by which the latest evaluation and the "
            "median of the evaluations since the best must be above the best; a reported "
            "overfit holds until that median is back within half of it (or of the median's "
            "rise when it was reported, if less, but within no less than a quarter of it).",
            minimum=0.0,
        ),
        "rise_noise": Setting(
            3.0,
            "float",
            "…and by this many noise units of one evaluation (robust spread of the successive "
            "differences of the last 16 evaluations; after a U-turn, 3 or more falling into the "
            "best and every one since rising, each side around its own median; used from 7 "
            "evaluations on).",
            minimum=0.0,
        ),
        "steady_evaluations": Setting(
            5,
            "int",
            "Evaluations since the best, each higher than the one before, that are a rise "
            "as soon as the latest is above the level around the best by rise_noise noise "
            "units and half of min_rise, and more evaluations have passed since the best than "
            "twice the run's usual wait between new bests (a slow, steady overfit caught "
            "before min_rise).",
            minimum=2,
        ),
        "train_window_steps": Setting(
            200,
            "int",
            "The smoothed training level at an evaluation is the median of the training points "
            "logged since the evaluation before, over at most this many steps (and at least the "
            "last 3 logged points: a Trainer point is already a mean over its interval; never "
            "the untrained point logged at step 0 once a later one is there).",
            minimum=1,
        ),
        "min_train_improvement": Setting(
            0.1,
            "float",
            "Smoothed training loss must have fallen by this fraction since the best step "
            "(half of it beside a decisive rise of validation: four of its last five "
            "evaluations a quarter above the level around the best).",
            minimum=0.0,
            maximum=1.0,
        ),
        "min_gap_increase": Setting(
            0.01,
            "float",
            "The gap (val − smoothed train) must have grown by this fraction of the best "
            "validation loss since the best step.",
            minimum=0.0,
        ),
    },
    "plateau": {
        **_lifecycle(0, 0),
        "key": Setting("val/loss", "str", "Series watched (as the metric given to the scheduler)."),
        "mode": Setting(
            "min", "str", "min: lower is better; max: higher is better.", choices=("min", "max")
        ),
        "threshold": Setting(
            1e-3,
            "float",
            "Minimal improvement that counts (ReduceLROnPlateau's threshold).",
            minimum=0.0,
        ),
        "threshold_mode": Setting(
            "rel", "str", "rel: relative to the best; abs: absolute.", choices=("rel", "abs")
        ),
        "patience": Setting(
            10,
            "int",
            "Points of the series without improvement tolerated (the cut comes on the next one). "
            "Torch's rule opens the plateau once a run: once progress resumed after it, its "
            "later cuts (a noisy series improving in steps) report nothing.",
            minimum=0,
        ),
        "cooldown": Setting(
            0, "int", "Points after a cut during which bad points are not counted.", minimum=0
        ),
        "stall": Setting(
            True,
            "bool",
            "Also report stalled progress (a separate rule from torch's): on train_key when the "
            "run has fewer than stall_min_points points of key, else on key (mode min).",
        ),
        "train_key": Setting("train/loss", "str", "Training series the stall rule watches."),
        "lr_key": Setting(
            "lr", "str", "Learning-rate series (train/lr is read when this one is absent)."
        ),
        "stall_min_points": Setting(
            8,
            "int",
            "Logged points of the watched series before the stall rule judges progress (fewer "
            "points ask for more evidence: see stall_noise).",
            minimum=8,
        ),
        "stall_min_steps": Setting(
            200,
            "int",
            "Steps the watched series must span before the stall rule judges progress (a "
            "frozen series is judged before).",
            minimum=0,
        ),
        "stall_ratio": Setting(
            0.2,
            "float",
            "Stalled after progress: the latest half of the run (in steps) changed by no more "
            "than stall_noise standard errors, and even its upper bound (change + 2 standard "
            "errors) is at most this fraction of what the run improved, at its pace before "
            "that half (or over its second eighth), over as many steps (a run that made all "
            "its progress in its first eighth: the same, judged on all the run after that "
            "eighth) …",
            minimum=0.0,
        ),
        "stall_min_progress": Setting(
            0.02,
            "float",
            "… or stuck: over the whole run (or all of it after its first eighth), an "
            "improvement whose upper bound is at most this fraction of the level (a crawl), or "
            "2.5 times it when that improvement is within stall_noise standard errors (stuck "
            "in the noise, from the start or since a fall in the first eighth).",
            minimum=0.0,
        ),
        "stall_noise": Setting(
            1.5,
            "float",
            "Standard errors within which a change counts as none (times 1 + 4 / blocks in the "
            "latest half: few points ask for more evidence); a rise beyond it is not a stall.",
            minimum=0.0,
        ),
        "stall_frozen_range": Setting(
            1e-3,
            "float",
            "The last three quarters of the run (in steps; at least 4 logged points) varying "
            "by less than this fraction of their level is a stall (frozen), however few the "
            "points, reported at once; so are its last 5 logged points at one value (to 1e-4) "
            "above 1 % of its largest level (not a loss printed to its last digit), and its "
            "first 5 at exactly 0 straight after a positive point of 3 significant digits or "
            "more at least half its largest level (a degenerate objective, which no warm-up or "
            "decayed learning rate excuses). Validation is judged for this from its 5th "
            "evaluation, before it has stall_min_points.",
            minimum=0.0,
        ),
        "lr_decayed_fraction": Setting(
            0.1,
            "float",
            "A learning rate below this fraction of its peak explains a flattening loss: no "
            "stall is reported then (a loss that never improved from its first points is "
            "reported all the same).",
            minimum=0.0,
            maximum=1.0,
        ),
        "chance": Setting(
            True,
            "bool",
            "Also report key (mode min) stuck at chance level since its first evaluation: "
            "within 2.5 % of ln k (k = 2…10 classes, a uniform guess) at every one, for "
            "cross-entropy, BCE, NLL or an unstated loss kind.",
        ),
        "chance_evaluations": Setting(
            3,
            "int",
            "Evaluations of key, all at chance level, before the chance rule reports it.",
            minimum=2,
        ),
        "little_progress": Setting(
            True,
            "bool",
            "Also report key (mode min) that has barely improved: by less than 5 % since its "
            "first evaluation, moving within 3 % over its last little_progress_evaluations, "
            "and the training loss within 3 % over them (a model that is not learning). Once "
            "a run: a run that moved out of those bands has shown it can move.",
        ),
        "little_progress_evaluations": Setting(
            5,
            "int",
            "Evaluations of key the little-progress rule looks back over (and needs at least).",
            minimum=4,
        ),
    },
    "regularization": {
        **_lifecycle(50, 50),
        "loss_key": Setting("train/loss", "str", "Total loss series (data loss + penalty)."),
        "reg_key": Setting("train/reg", "str", "Penalty series."),
        "max_share": Setting(
            0.5,
            "float",
            "Penalty share of the total loss (median of the window) above which "
            "the model is held back more than it learns.",
            above=0.0,
            maximum=1.0,
        ),
        "window": Setting(
            25, "int", "Points in the rolling median of the share.", minimum=1, maximum=1001
        ),
        "warmup_steps": Setting(100, "int", "Steps at the start not judged.", minimum=0),
    },
    "perplexity": {
        **_lifecycle(50, 50),
        "loss_key": Setting("train/loss", "str", "Loss series (nats)."),
        "ppl_key": Setting("train/ppl", "str", "Perplexity series."),
        "reg_key": Setting(
            "train/reg", "str", "Penalty series (exp of the data loss also matches)."
        ),
        "tolerance": Setting(
            0.05,
            "float",
            "Allowed |ln(ppl) − loss| in nats (median of the window) …",
            minimum=0.0,
        ),
        "rel_tolerance": Setting(0.02, "float", "… plus this fraction of the loss.", minimum=0.0),
        "window": Setting(
            25, "int", "Points in the rolling median of the mismatch.", minimum=1, maximum=1001
        ),
    },
    "stale": {
        "enabled": Setting(True, "bool", "Mark silent runs stale."),
        "min_seconds": Setting(
            600.0, "float", "Never stale before this many seconds of silence.", minimum=0.0
        ),
        "interval_multiple": Setting(
            20.0,
            "float",
            "Stale after this multiple of the run's median interval between "
            "batches, when that is longer than min_seconds.",
            minimum=1.0,
        ),
        "intervals": Setting(
            50, "int", "Recent intervals kept for the median.", minimum=1, maximum=1000
        ),
    },
}


#: Settings renamed when their unit became explicit (issue 12): a PUT or a run config that
#: still uses the old name gets a 400 naming the new one, never a silent change of meaning.
RENAMED = {
    "divergence.window": "divergence.window_steps",
    "divergence.best_window": "divergence.best_window_steps",
    "spike.window": "spike.window_points",
    "spike.short_window": "spike.short_window_steps",
    "overfitting.train_window": "overfitting.train_window_steps",
}


def translate_renamed(partial: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Return overrides with renamed settings under their new names (a run's config: a
    training run is never refused over a rename; a PUT gets the 400 instead)."""
    if not isinstance(partial, Mapping):
        return partial  # validate_settings names the error
    out: dict[str, Any] = {}
    for det, section in partial.items():
        if not isinstance(section, Mapping):
            out[det] = section
            continue
        out[det] = {
            RENAMED.get(f"{det}.{key}", f"{det}.{key}").split(".", 1)[1]: value
            for key, value in section.items()
        }
    return out


def defaults() -> dict[str, dict[str, Any]]:
    """Return a fresh copy of all default settings."""
    return {det: {k: s.default for k, s in spec.items()} for det, spec in SPEC.items()}


def _check(path: str, s: Setting, value: Any) -> Any:
    if s.kind == "bool":
        if not isinstance(value, bool):
            raise SettingsError(path, "must be true or false")
        return value
    if s.kind == "str":
        if not isinstance(value, str) or not value:
            raise SettingsError(path, "must be a non-empty string")
        if s.choices and value not in s.choices:
            raise SettingsError(path, "must be one of " + ", ".join(s.choices))
        return value
    if s.kind == "float?" and value is None:
        return None
    if s.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(path, f"must be an integer{_range(s)}")
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SettingsError(path, f"must be a number{_range(s)}")
    elif not math.isfinite(value):
        raise SettingsError(path, "must be a finite number")
    if (
        (s.minimum is not None and value < s.minimum)
        or (s.maximum is not None and value > s.maximum)
        or (s.above is not None and value <= s.above)
    ):
        what = "an integer" if s.kind == "int" else "a number"
        raise SettingsError(path, f"must be {what}{_range(s)}")
    return value if s.kind == "int" else float(value)


def _range(s: Setting) -> str:
    parts = []
    if s.above is not None:
        parts.append(f"> {s.above:g}")
    if s.minimum is not None:
        parts.append(f">= {s.minimum:g}")
    if s.maximum is not None:
        parts.append(f"<= {s.maximum:g}")
    return (" " + " and ".join(parts)) if parts else ""


def validate_settings(partial: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Merge a partial override onto the defaults, or raise SettingsError naming the bad one."""
    merged = defaults()
    if partial is None:
        return merged
    if not isinstance(partial, Mapping):
        raise SettingsError("(root)", "must be an object of detector sections")
    for det, section in partial.items():
        if det not in SPEC:
            raise SettingsError(str(det), "unknown detector (known: " + ", ".join(SPEC) + ")")
        if not isinstance(section, Mapping):
            raise SettingsError(str(det), "must be an object of settings")
        for key, value in section.items():
            path = f"{det}.{key}"
            if path in RENAMED:
                raise SettingsError(path, f"renamed: use {RENAMED[path]} (its unit is stated)")
            if key not in SPEC[det]:
                raise SettingsError(path, "unknown setting")
            merged[det][key] = _check(path, SPEC[det][key], copy.deepcopy(value))
    for det, sec in merged.items():
        if "min_points" in sec and sec["min_points"] > sec["window_points"]:
            raise SettingsError(f"{det}.min_points", "must be <= window_points")
    return merged


def markdown_table() -> str:
    """Return the settings table (setting | default | meaning) for the README."""
    lines = ["| setting | default | meaning |", "| --- | --- | --- |"]
    for det, spec in SPEC.items():
        for key, s in spec.items():
            default = (
                "null"
                if s.default is None
                else (
                    str(s.default).lower()
                    if isinstance(s.default, bool)
                    else f"`{s.default}`"
                    if isinstance(s.default, str)
                    else f"{s.default:g}"
                )
            )
            doc = s.doc.replace("|", "\\|")  # a pipe would end the table cell
            lines.append(f"| `{det}.{key}` | {default} | {doc} |")
    return "\n".join(lines)
