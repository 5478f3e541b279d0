"""Validation alone: runs that log only their evaluations (TransMIL, eval-only Trainer states).

Nine held-out runs of this kind were labelled overfit by people reading their plots, and none
was reported while the rule wanted a training loss beside the validation: a validation that
turns up after its best is worth a warning even when nothing says why.
"""

from __future__ import annotations

import numpy as np

from lossmon.server.detectors import overfitting, series, validate_settings

CFG = validate_settings()["overfitting"]
EVERY = 200


def val_batch(val: list[float], first: int = 1) -> dict:
    steps = EVERY * np.arange(first, first + len(val))
    return {"val/loss": series(steps, np.asarray(val, dtype=float))}


def test_validation_alone_rising_after_its_best_is_reported_without_claiming_an_overfit() -> None:
    _, found = overfitting.evaluate(None, val_batch([0.80, 0.70, 0.82, 0.95, 1.10]), CFG)
    assert found, "a validation rising after its best, logged alone, must be reported"
    alert = found[0]
    assert alert.start_step <= 4 * EVERY
    assert alert.evidence["best_step"] == 2 * EVERY and alert.evidence["best"] == 0.70
    assert alert.evidence["validation_only"] is True and alert.evidence["train"] is None
    assert alert.message.startswith("Validation getting worse: val/loss is ")
    assert "No train/loss is logged" in alert.message
    assert f"Keep the checkpoint of step {2 * EVERY}" in alert.message
    assert "fell" not in alert.message  # no training level to have fallen


def test_validation_alone_that_keeps_improving_or_wobbles_is_silent() -> None:
    for val in (
        [1.0, 0.9, 0.8, 0.75, 0.72, 0.70],
        [1.0, 0.8, 0.7, 0.71, 0.695, 0.705, 0.70, 0.702],
        [1.0, 0.8, 0.7, 3.5, 1.2, 0.75, 0.70, 0.68],  # a spike that recovers
    ):
        _, found = overfitting.evaluate(None, val_batch(val), CFG)
        assert found == [], val


def test_a_run_that_ends_one_evaluation_above_its_best_says_so_at_the_end() -> None:
    state, found = overfitting.evaluate(None, val_batch([0.80, 0.70, 0.90]), CFG)
    assert found == []
    _, ended = overfitting.finish(state, CFG)
    assert ended and ended[0].evidence["at_end"] and ended[0].evidence["validation_only"]
    assert "while no train/loss is logged" in ended[0].message


def test_training_that_shows_up_later_starts_the_rule_again() -> None:
    """Two evaluations before any training point, then a training loss that falls while
    validation rises: judged as an ordinary overfit from the first evaluation with training
    beside it (a best judged alone would otherwise hold a training level of nothing, which
    no real training loss is ever below)."""
    state, found = overfitting.evaluate(None, val_batch([0.90, 0.80]), CFG)
    assert found == []
    steps = np.arange(2 * EVERY + 1, 6 * EVERY + 1)
    train = series(steps, 1.0 * np.exp(-(steps - steps[0]) / 300.0))
    batch = {"train/loss": train, **val_batch([0.85, 1.0, 1.2, 1.4], first=3)}
    _, found = overfitting.evaluate(state, batch, CFG)
    assert found, "an overfit with training beside it must still be reported"
    assert found[0].message.startswith("Overfitting: val/loss is ")
    assert found[0].evidence["train"] < found[0].evidence["train_at_best"]
    assert "validation_only" not in found[0].evidence
