"""Keras 3 on torch: a real model.fit streams per batch and per epoch through the callback."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.client.conftest import FAST, find_run, read_run, read_series

os.environ.setdefault("KERAS_BACKEND", "torch")
keras = pytest.importorskip("keras", reason="CI installs keras; a laptop may not")
from lossmon.integrations.keras import LossmonCallback  # noqa: E402

BATCHES = 6  # per epoch: 96 training rows in batches of 16
EPOCHS = 3


def data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(128, 4)).astype("float32")
    y = (x @ np.array([1.0, -2.0, 0.5, 0.0]) + 0.1 * rng.normal(size=128)).astype("float32")
    return x, y[:, None]


def test_a_fit_lands_per_batch_and_per_epoch(server: Any) -> None:
    assert keras.backend.backend() == "torch"
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((4,)),
            keras.layers.Dense(
                16, activation="tanh", kernel_regularizer=keras.regularizers.L2(1e-3)
            ),
            keras.layers.Dense(1),
        ]
    )
    model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse", metrics=["mae"])
    callback = LossmonCallback(
        project=server.project,
        name="keras-mlp",
        url=server.url,
        token=server.token,
        config={"data": "synthetic"},
        **FAST,
    )
    x, y = data()
    history = model.fit(
        x, y, batch_size=16, epochs=EPOCHS, validation_split=0.25, verbose=0, callbacks=[callback]
    )
    assert "compute_loss" not in model.__dict__  # the model is left as it was
    run = callback._owner.handle
    assert run.id is not None
    steps = list(range(BATCHES * EPOCHS))
    losses = read_series(server.url, run.id, "train/loss")
    assert losses["steps"] == steps
    # The raw batch loss, not Keras's running epoch mean: the epoch's mean of our points is
    # Keras's epoch loss.
    for epoch in range(EPOCHS):
        batch = losses["values"][epoch * BATCHES : (epoch + 1) * BATCHES]
        assert np.mean(batch) == pytest.approx(float(history.history["loss"][epoch]), rel=1e-4)
    regs = read_series(server.url, run.id, "train/reg")
    assert regs["steps"] == steps and 0 < regs["values"][0] < losses["values"][0]
    assert read_series(server.url, run.id, "mae")["steps"] == steps
    epoch_ends = [BATCHES * (e + 1) - 1 for e in range(EPOCHS)]
    val = read_series(server.url, run.id, "val/loss")
    assert val["steps"] == epoch_ends
    assert val["values"] == pytest.approx([float(v) for v in history.history["val_loss"]])
    assert read_series(server.url, run.id, "val/mae")["steps"] == epoch_ends
    assert read_series(server.url, run.id, "train/loss_epoch")["steps"] == epoch_ends
    assert read_series(server.url, run.id, "lr")["values"] == pytest.approx([0.05] * EPOCHS)
    info = read_run(server.url, run.id)
    assert info["status"] == "finished" and info["name"] == "keras-mlp"
    config = info["config"]
    assert config["data"] == "synthetic" and config["loss_kind"] == "mse"
    assert config["epochs"] == EPOCHS and config["optimizer"] == "SGD"
    assert config["lr"] == pytest.approx(0.05)
    assert set(info["summary"]) == {"train/loss", "mae", "val/loss", "val/mae"}


CRASHING_FIT = """
import os
os.environ["KERAS_BACKEND"] = "torch"
import keras, numpy as np
from lossmon.integrations.keras import LossmonCallback

class Crash(keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        if batch == 3:
            raise RuntimeError("a crash inside fit")

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
callback = LossmonCallback(project={project!r}, client_run_id="keras-crash", url={url!r},
                           token={token!r}, flush_interval=0.05)
x = np.zeros((64, 4), "float32")
try:
    model.fit(x, x[:, :1], batch_size=8, epochs=2, verbose=0, callbacks=[callback, Crash()])
except RuntimeError:
    pass  # caught by the script (a notebook cell interrupted is the same)
"""


def test_a_fit_that_crashed_is_failed_even_if_the_script_caught_it(
    server: Any, script: Callable[..., subprocess.Popen[str]], home: Path
) -> None:
    proc = script(CRASHING_FIT.format(project=server.project, url=server.url, token=server.token),
                  env={"LOSSMON_HOME": str(home)})
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    run = find_run(server.url, server.project, "keras-crash")
    assert run is not None and run["status"] == "failed"
    assert read_series(server.url, run["id"], "train/loss")["steps"] == [0, 1, 2, 3]
