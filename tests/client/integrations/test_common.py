"""What the integrations share: metric names onto lossmon's keys, and a clear ImportError."""

from __future__ import annotations

import importlib
import sys

import pytest

from lossmon.integrations._common import loss_kind, metric_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("loss", "train/loss"),
        ("train_loss", "train/loss"),
        ("train_loss_step", "train/loss"),
        ("train/loss", "train/loss"),
        ("val_loss", "val/loss"),
        ("eval_loss", "val/loss"),
        ("validation_loss", "val/loss"),
        ("val_accuracy", "val/accuracy"),
        ("eval_runtime", "val/runtime"),
        ("test_loss", "test/loss"),
        ("test_accuracy", "test/accuracy"),
        ("learning_rate", "lr"),
        ("lr", "lr"),
        ("grad_norm", "grad_norm"),
        ("epoch", "epoch"),
        ("/bad", None),
    ],
)
def test_metric_names_map_onto_lossmon_keys(name: str, key: str | None) -> None:
    assert metric_key(name) == key


@pytest.mark.parametrize(
    ("loss", "kind"),
    [
        ("mse", "mse"),
        ("sparse_categorical_crossentropy", "cross_entropy"),
        ("binary_crossentropy", "bce"),
        ("Huber", "huber"),
        ("cosine", None),
    ],
)
def test_loss_names_give_loss_kinds(loss: str, kind: str | None) -> None:
    assert loss_kind(loss) == kind


@pytest.mark.parametrize(
    ("module", "package"),
    [
        ("torch", "torch"),
        ("lightning", "lightning"),
        ("transformers", "transformers"),
        ("keras", "keras"),
    ],
)
def test_a_missing_framework_names_the_package(
    monkeypatch: pytest.MonkeyPatch, module: str, package: str
) -> None:
    # As if it were not installed, even when this test session imported it already.
    loaded = [name for name in sys.modules if name.split(".")[0] == package]
    for name in {package, *loaded}:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, f"lossmon.integrations.{module}", raising=False)
    with pytest.raises(ImportError, match=f"needs the '{package}' package.*pip install {package}"):
        importlib.import_module(f"lossmon.integrations.{module}")
