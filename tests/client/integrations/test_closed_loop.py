"""Real tiny CPU trainings that diverge and stop themselves (Lightning, Trainer, Keras).

Each run is healthy for a while, then its learning rate jumps (the schedule bug that makes
real runs blow up) and it diverges. With ``stop_on=("divergence",)`` the service's alert
reaches the loop in a points answer and the integration ends training: within two flush
intervals of the alert opening, far short of the run's max steps.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.client.conftest import FAST

os.environ.setdefault("KERAS_BACKEND", "torch")
torch = pytest.importorskip("torch")

FLUSH = 0.5  # seconds: the flush interval of these runs
SETTINGS = {**FAST, "flush_interval": FLUSH}
JUMP_AT = 60  # the step at which the learning rate jumps
MAX_STEPS = 20_000


def alert_opened_at(server: Any, run_id: int, detector: str) -> float:
    resp = requests.get(f"{server.url}/api/v1/alerts", params={"run": run_id}, timeout=10)
    resp.raise_for_status()
    [alert] = [a for a in resp.json()["alerts"] if a["detector"] == detector]
    return dt.datetime.fromisoformat(alert["opened_at"]).timestamp()


def stopped_record(caplog: pytest.LogCaptureFixture) -> logging.LogRecord:
    [record] = [r for r in caplog.records if "stopping training at step" in r.getMessage()]
    return record


def check_stopped(server: Any, run: Any, caplog: pytest.LogCaptureFixture,
                  steps_taken: int) -> None:
    assert run.should_stop and run.stop_alert is not None, run.stop_reason
    assert run.stop_alert.detector == "divergence"
    assert JUMP_AT < steps_taken < MAX_STEPS // 10, steps_taken
    record = stopped_record(caplog)
    rollback = run.stop_alert.rollback_step
    assert rollback is not None and rollback <= JUMP_AT + 5
    assert f"roll back to step {rollback}" in record.getMessage()
    waited = record.created - alert_opened_at(server, run.id, "divergence")
    assert waited < 2 * FLUSH, waited


# ------------------------------------------------------------------ Lightning


def test_lightning_run_that_diverges_stops_itself(server: Any, caplog: Any,
                                                  tmp_path: Path) -> None:
    L = pytest.importorskip("lightning")
    from lossmon.integrations.lightning import LossmonLogger, LossmonStopping

    class Regressor(L.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.net = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(),
                                           torch.nn.Linear(8, 1))

        def training_step(self, batch: Any, batch_idx: int) -> Any:
            x, y = batch
            loss = torch.nn.functional.mse_loss(self.net(x), y)
            self.log("train_loss", loss)
            return loss

        def configure_optimizers(self) -> Any:
            optimizer = torch.optim.SGD(self.parameters(), lr=0.05)
            jump = torch.optim.lr_scheduler.LambdaLR(
                optimizer, lambda step: 1.0 if step < JUMP_AT else 2_000.0)
            return {"optimizer": optimizer, "lr_scheduler": {"scheduler": jump,
                                                             "interval": "step"}}

    generator = torch.Generator().manual_seed(0)
    x = torch.randn(256, 3, generator=generator)
    y = x @ torch.tensor([[1.0], [-2.0], [0.5]])
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=8)
    logger = LossmonLogger(project=server.project, name="lightning-diverges", url=server.url,
                           token=server.token, stop_on=("divergence",), **SETTINGS)
    trainer = L.Trainer(max_steps=MAX_STEPS, logger=logger, callbacks=[LossmonStopping()],
                        log_every_n_steps=1, accelerator="cpu", enable_checkpointing=False,
                        enable_progress_bar=False, enable_model_summary=False,
                        default_root_dir=tmp_path)
    torch.manual_seed(0)
    with caplog.at_level(logging.WARNING, logger="lossmon.client"):
        trainer.fit(Regressor(), loader)
    check_stopped(server, logger.experiment, caplog, trainer.global_step)


# ------------------------------------------------------------------ Transformers Trainer


def test_trainer_run_that_diverges_stops_itself(server: Any, caplog: Any,
                                                tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    pytest.importorskip("accelerate")
    from transformers import GPT2Config, GPT2LMHeadModel, Trainer, TrainingArguments

    from lossmon.integrations.transformers import LossmonCallback

    torch.manual_seed(0)
    model = GPT2LMHeadModel(GPT2Config(n_layer=1, n_head=2, n_embd=32, vocab_size=64,
                                       n_positions=16))
    generator = torch.Generator().manual_seed(1)
    start = torch.randint(0, 60, (4096, 1), generator=generator)
    ids = (start + torch.arange(16)) % 64
    data = [{"input_ids": row, "labels": row} for row in ids]
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    jump = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: 1.0 if step < JUMP_AT else 1e6)
    args = TrainingArguments(output_dir=str(tmp_path / "out"), max_steps=MAX_STEPS,
                             per_device_train_batch_size=8, logging_steps=10,
                             save_strategy="no", report_to=[], use_cpu=True,
                             disable_tqdm=True, seed=0)
    callback = LossmonCallback(project=server.project, name="trainer-diverges",
                               url=server.url, token=server.token, stop_on=("divergence",),
                               **SETTINGS)
    trainer = Trainer(model=model, args=args, train_dataset=data, callbacks=[callback],
                      optimizers=(optimizer, jump))
    with caplog.at_level(logging.WARNING, logger="lossmon.client"):
        trainer.train()
    check_stopped(server, callback._owner.handle, caplog, trainer.state.global_step)


# ------------------------------------------------------------------ Keras


def test_keras_run_that_diverges_stops_itself(server: Any, caplog: Any) -> None:
    keras = pytest.importorskip("keras")
    import numpy as np

    from lossmon.integrations.keras import LossmonCallback

    class Jump(keras.callbacks.Callback):
        step = 0

        def on_train_batch_begin(self, batch: int, logs: Any = None) -> None:
            if self.step == JUMP_AT:
                self.model.optimizer.learning_rate.assign(50.0)
            self.step += 1

    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="tanh"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse")
    rng = np.random.default_rng(0)
    x = rng.normal(size=(256, 4)).astype("float32")
    y = (x @ np.array([1.0, -2.0, 0.5, 0.0]))[:, None].astype("float32")
    callback = LossmonCallback(project=server.project, name="keras-diverges", url=server.url,
                               token=server.token, stop_on=("divergence",), **SETTINGS)
    epochs = MAX_STEPS // 32  # 32 batches an epoch
    with caplog.at_level(logging.WARNING, logger="lossmon.client"):
        history = model.fit(x, y, batch_size=8, epochs=epochs, verbose=0,
                            callbacks=[Jump(), callback])
    assert len(history.epoch) < epochs
    check_stopped(server, callback._owner.handle, caplog, callback._step)


# ------------------------------------------------------------------ the best checkpoint


def test_trainer_keeps_the_best_steps_checkpoint_on_overfitting(
    live_server_factory: Any, sqlite_url: str, caplog: Any, tmp_path: Path
) -> None:
    """An overfitting alert names the best step; its checkpoint survives save_total_limit."""
    pytest.importorskip("transformers")
    pytest.importorskip("accelerate")
    import time

    from transformers import (
        GPT2Config,
        GPT2LMHeadModel,
        Trainer,
        TrainerCallback,
        TrainingArguments,
    )

    from lossmon.integrations.transformers import LossmonCallback

    server = live_server_factory(sqlite_url, extra_env={"LOSSMON_EVALUATE_INTERVAL_S": "0.3"})
    best = 40

    class Validation(TrainerCallback):
        """Validation loss of a model that memorises its data: best at step 40, then up."""

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            step = state.global_step
            if step % 10 == 0:
                value = 4.0 - 0.02 * step if step <= best else 3.2 + 0.03 * (step - best)
                callback._owner.handle.log(step, split="val", loss=value)
            time.sleep(0.03)

    torch.manual_seed(0)
    model = GPT2LMHeadModel(GPT2Config(n_layer=1, n_head=2, n_embd=32, vocab_size=64,
                                       n_positions=16))
    ids = (torch.randint(0, 60, (64, 1), generator=torch.Generator().manual_seed(1))
           + torch.arange(16)) % 64
    args = TrainingArguments(output_dir=str(tmp_path / "out"), max_steps=250,
                             learning_rate=5e-3, per_device_train_batch_size=8,
                             logging_steps=10, save_strategy="steps", save_steps=10,
                             save_total_limit=12, report_to=[], use_cpu=True,
                             disable_tqdm=True, seed=0)
    callback = LossmonCallback(project=server.project, name="trainer-overfits",
                               url=server.url, token=server.token, **SETTINGS)
    trainer = Trainer(model=model, args=args, callbacks=[callback, Validation()],
                      train_dataset=[{"input_ids": r, "labels": r} for r in ids])
    with caplog.at_level(logging.WARNING, logger="lossmon.client"):
        trainer.train()
    kept = tmp_path / "out" / f"checkpoint-{best}"
    assert callback.best_checkpoint == kept and kept.is_dir()
    assert not (tmp_path / "out" / f"checkpoint-{best + 10}").exists()  # rotation ran
    assert trainer.state.global_step == 250  # overfitting is not in stop_on: no stop
    assert any(f"keep {kept}" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("names", "step", "expected"),
    [
        (["checkpoint-10", "checkpoint-40", "checkpoint-50"], 45, "checkpoint-40"),
        (["checkpoint-10", "checkpoint-40"], 40, "checkpoint-40"),
        (["epoch=0-step=30.ckpt", "epoch=1-step=60.ckpt", "last.ckpt"], 59, "epoch=0-step=30.ckpt"),
        (["checkpoint-50", "last.ckpt"], 45, None),
    ],
)
def test_checkpoint_at_or_before(names: list[str], step: int, expected: str | None) -> None:
    from lossmon.integrations._common import checkpoint_at_or_before

    found = checkpoint_at_or_before([Path("/ckpt") / n for n in names], step)
    assert (found.name if found else None) == expected
