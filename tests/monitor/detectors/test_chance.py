"""The plateau detector's chance rule: a classification loss stuck at ln k since its first
point (a model that never learned, in runs of 3–10 evaluations that torch's rule and the stall
rule cannot judge)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lossmon.server.detectors.chance import classes_of
from lossmon.server.detectors.replay import replay

RNG = np.random.default_rng(11)


def rows(train: list[float], val: list[float], every: int = 10) -> list:
    """Train every step; one evaluation every `every` steps (the val list, in order)."""
    out = [(s, "train", {"loss": float(v)}) for s, v in enumerate(train, start=1)]
    out += [((i + 1) * every, "val", {"loss": float(v)}) for i, v in enumerate(val)]
    order = {"train": 0, "val": 1}
    return sorted(out, key=lambda r: (r[0], order[r[1]]))


def at(k: int, n: int, spread: float = 0.005) -> list[float]:
    return list(math.log(k) * (1 + spread * RNG.uniform(-1, 1, n)))


@pytest.mark.parametrize("batch_size", [1, 7, 50])
def test_validation_at_ln_3_for_ten_evaluations_is_reported_at_the_third(batch_size) -> None:
    train = list(np.linspace(1.1, 1.0, 100))
    result = replay(rows(train, at(3, 10)), loss_kind="cross_entropy", batch_size=batch_size)
    [alert] = result.of("plateau")
    # The 3rd evaluation: a fine-tune evaluating 3-5 times in all is told (holdout s14).
    assert alert.severity == "info" and alert.opened_step == 30
    assert alert.evidence["rule"] == "chance" and alert.evidence["classes"] == 3
    assert "for all its 3 points since step 10" in alert.message
    assert "ln 3 = 1.099" in alert.message and "uniform guess over 3 classes" in alert.message
    assert "all its 10 points" in alert.end_message and alert.resolved_step is None


def test_a_classifier_that_leaves_chance_is_not_reported() -> None:
    """Every classifier starts at ln k: one that leaves it by its 3rd evaluation is healthy."""
    val = [*at(10, 2), 1.8, 1.2, 0.9, 0.7, 0.6, 0.55, 0.5, 0.48]
    result = replay(rows(list(np.linspace(2.3, 0.4, 100)), val), loss_kind="cross_entropy")
    assert result.alerts == []


def test_a_run_that_leaves_chance_after_the_report_resolves_and_stays_quiet() -> None:
    val = [*at(2, 6), 0.6, 0.5, *at(2, 6)]
    result = replay(rows(list(np.linspace(0.7, 0.4, 140)), val), loss_kind="bce")
    [alert] = result.of("plateau")
    assert alert.opened_step == 30 and alert.resolved_step == 70


@pytest.mark.parametrize("kind", ["mse", "mae", "hinge"])
def test_a_loss_that_is_not_a_classification_loss_is_never_at_chance(kind) -> None:
    train = list(np.linspace(0.69, 0.5, 100))
    # A finished run's validation flat for its last evaluations is the end rule's plateau (a
    # series that stopped improving), whatever its kind; never the chance rule's.
    alerts = replay(rows(train, at(2, 10)), loss_kind=kind).alerts
    assert [a.evidence.get("rule") for a in alerts] in ([], ["end"])
    [unstated] = replay(rows(train, at(2, 10)), loss_kind=None).of("plateau")  # judged…
    assert "If this is a classification loss, the model has not learned" in unstated.message


def test_the_training_loss_at_chance_is_left_to_the_stall_rule() -> None:
    """Every classifier's training loss starts at ln k: a run whose training loss sits at
    ln 10 for its first 250 steps, before its first evaluation (already off chance), and one
    with no evaluation at all, get nothing from the chance rule."""
    train = at(10, 250, 0.01) + list(np.linspace(2.2, 0.5, 250))
    result = replay(rows(train, [1.5, 1.0, 0.8, 0.7, 0.6], every=300), loss_kind="cross_entropy")
    assert result.alerts == []
    only_train = [r for r in rows(train, []) if r[0] <= 250]
    assert not [a for a in replay(only_train).alerts if a.evidence.get("rule") == "chance"]


def test_a_run_that_did_not_start_at_chance_is_not_judged() -> None:
    """A language-model fine-tune: validation flat near 2.2 (ln 9 = 2.197) for 6 epochs, but
    its training loss started at 2.6, not at a 9-class guess."""
    train = list(np.linspace(2.6, 2.1, 100))
    result = replay(rows(train, list(np.linspace(2.23, 2.18, 6)), every=16))
    assert not [a for a in result.alerts if a.evidence.get("rule") == "chance"], result.alerts


def test_class_counts_are_told_apart_only_where_ln_k_is() -> None:
    assert classes_of(math.log(2)) == 2 and classes_of(1.10) == 3 and classes_of(2.30) == 10
    assert classes_of(2.25) == 10  # nearer ln 10 (2.303) than ln 9 (2.197)
    assert classes_of(1.5) is None and classes_of(math.log(50)) is None


def test_evaluations_during_a_logged_warm_up_are_not_counted() -> None:
    """A binary fine-tune whose validation sits at ln 2 through a 600-step learning-rate
    warm-up (logged), then falls: neither the chance rule nor the stall rule says anything;
    without the learning rate logged the plateau is reported."""
    steps = np.arange(20, 3001, 20)
    lr = np.minimum(1.0, steps / 600)
    progress = np.cumsum(lr) / np.cumsum(lr)[-1]
    train = 0.693 - 0.5 * (1 - np.exp(-6 * progress**2.2)) + 0.01 * RNG.standard_normal(steps.size)
    val_steps = np.arange(100, 3001, 100)
    val = 0.6931 - 0.45 * (1 - np.exp(-6 * np.interp(val_steps, steps, progress) ** 2.2))
    rows = [(int(s), "train", {"loss": float(v)}) for s, v in zip(steps, train, strict=True)]
    rows += [(int(s), "val", {"loss": float(v)}) for s, v in zip(val_steps, val, strict=True)]
    with_lr = rows + [
        (int(s), "lr", {"lr": 2e-5 * float(x)}) for s, x in zip(steps, lr, strict=True)
    ]
    order = {"train": 0, "lr": 1, "val": 2}
    assert replay(sorted(with_lr, key=lambda r: (r[0], order[r[1]])), loss_kind="bce").alerts == []
    without = replay(sorted(rows, key=lambda r: (r[0], order[r[1]])), loss_kind="bce")
    # Without it, a plateau is reported within the warm-up (the chance rule holds from the 3rd
    # evaluation; the stalled training loss may open the alert a step before).
    assert [a.opened_step <= 600 for a in without.of("plateau")][:1] == [True], without.alerts
