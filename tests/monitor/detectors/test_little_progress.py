"""Little progress (plateau, info): a model that barely learns, though it keeps making tiny
new bests, is reported; a run that converged after real progress, or whose training still
falls, is not (issue 12: the held-out misses d03, c14 and e23 had this shape)."""

from __future__ import annotations

import numpy as np
import pytest

from lossmon.server.detectors import plateau, series, validate_settings

SETTINGS = dict(validate_settings()["plateau"])


def epochs(train: list[float] | np.ndarray, val: list[float] | np.ndarray, **settings):
    """Return the plateau findings of an epoch log (one train mean and one evaluation each)."""
    steps = np.arange(1, len(val) + 1)
    batch = {"train/loss": series(steps, np.asarray(train)), "val/loss": series(steps, val)}
    _, found = plateau.evaluate(None, batch, {**SETTINGS, **settings})
    return found


def test_a_model_stuck_near_its_base_rates_is_reported_by_its_sixth_evaluation() -> None:
    """A multi-label head at its base rates: validation 0.974 -> 0.948 over 15 epochs with a
    new best every few, training flat at ~0.97 after its first epoch."""
    val = [0.9737, 0.9647, 0.9617, 0.9592, 0.9575, 0.9569, 0.9555, 0.956, 0.9536, 0.95,
           0.9491, 0.9505, 0.949, 0.9487, 0.9485]  # fmt: skip
    train = [1.148, 0.981, 0.974, 0.973, 0.971, 0.969, 0.97, 0.968, 0.968, 0.968, 0.969,
             0.968, 0.968, 0.967, 0.967]  # fmt: skip
    [found] = epochs(train, val)
    assert found.evidence["rule"] == "little_progress" and found.start_step == 6
    assert "improved by only 1.7 % since its first evaluation (0.9737; its best is 0.9569)" in (
        found.message
    )


@pytest.mark.parametrize(
    ("name", "train", "val"),
    [
        (
            "converged after real progress",
            np.geomspace(2.0, 0.3, 30),
            np.r_[np.geomspace(2.1, 0.6, 10), 0.6 - 0.001 * np.arange(20)],
        ),
        (
            "a fine-tune whose first evaluation is already near its best, training falling",
            np.geomspace(0.5, 0.02, 15),
            0.31 - 0.002 * np.arange(15),
        ),
    ],
)
def test_a_run_that_learned_or_still_learns_is_not_little_progress(name, train, val) -> None:
    assert not [f for f in epochs(train, val) if f.evidence.get("rule") == "little_progress"]


def test_a_named_metric_keeps_torchs_rule_alone() -> None:
    """`plateau` on a metric the user names (a training series, or mode max) is torch's rule
    only: the little-progress rule watches a validation loss."""
    settings = dict(SETTINGS, key="train/loss", mode="min")
    steps = np.arange(1, 16)
    flat = series(steps, 0.97 - 0.001 * steps)
    _, found = plateau.evaluate(None, {"train/loss": flat}, settings)
    assert not [f for f in found if f.evidence.get("rule") == "little_progress"]


def test_validation_alone_is_not_little_progress() -> None:
    """Without a training series beside it, a creeping validation loss says nothing about
    whether the model learns (and `plateau` on it stays torch's rule alone)."""
    steps = np.arange(1, 21)
    creeping = series(steps, 0.97 - 0.001 * steps)
    _, found = plateau.evaluate(None, {"val/loss": creeping}, SETTINGS)
    assert not [f for f in found if f.evidence.get("rule") == "little_progress"]


def test_losses_getting_worse_are_not_little_progress() -> None:
    """Training and validation both climbing (a learning rate too high): their tiny 'progress'
    is not a model that barely learns, and advice to raise the learning rate would be wrong."""
    steps = np.arange(1, 21)
    train = 1.0 + 0.03 * steps
    val = 1.1 + 0.03 * steps
    batch = {"train/loss": series(steps, train), "val/loss": series(steps, val)}
    _, found = plateau.evaluate(None, batch, SETTINGS)
    assert not [f for f in found if f.evidence.get("rule") == "little_progress"]


def test_a_run_that_moved_out_of_the_bands_is_reported_once() -> None:
    """A slow fine-tune (az05's shape): validation gains 0.15 % an evaluation, under 5 % in
    all, and its noisy training means jump 10 % for two evaluations mid-run. Little progress
    opens by the 5th evaluation and ends at the jump; the calm that follows reports nothing
    again: a run that moved out of the bands once has shown it can move (one info, not one
    per lull)."""
    val = 1.3712 * (1 - 0.0015 * np.arange(30))
    train = 1.30 + 0.01 * np.sin(np.arange(30))
    train[12:14] = 1.43
    found = epochs(train, val, stall=False)  # its crawl is also the stall rule's, later
    episodes = {f.start_step: f.end_step for f in found}
    assert len(episodes) == 1 and min(episodes) <= 6, [(f.start_step, f.end_step) for f in found]


def test_the_last_words_are_those_of_the_last_step_the_rule_held() -> None:
    """A never-learned VGG (held-out bm02): validation crawls down until, at its 25th
    evaluation, it has improved by 5.1 % and the rule ends. The alert's last words are the
    24th's (4.9 %, its best 0.618777 then), said at step 24, not at the step it ended."""
    val = np.linspace(0.650889, 0.618777, 24).tolist() + [0.617815]
    train = np.linspace(0.70, 0.68, 25)
    [found] = epochs(train, val)
    assert found.end_step == 25 and found.latest_step == 24
    assert "its best is 0.618777" in found.latest
