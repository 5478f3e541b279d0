"""Lightning: a real Trainer.fit on CPU streams through LossmonLogger to a real server."""

from __future__ import annotations

from typing import Any

import pytest

from tests.client.conftest import FAST, read_run, read_series

pytest.importorskip("lightning", reason="CI installs lightning; a laptop may not")
import lightning as L  # noqa: E402
import torch  # noqa: E402

from lossmon.integrations.lightning import LossmonLogger  # noqa: E402


class Regressor(L.LightningModule):
    def __init__(self, lr: float = 0.05, hidden: int = 8, fail_at: int = -1) -> None:
        super().__init__()
        self.save_hyperparameters()
        self.net = torch.nn.Sequential(
            torch.nn.Linear(3, hidden), torch.nn.Tanh(), torch.nn.Linear(hidden, 1)
        )

    def training_step(self, batch: Any, batch_idx: int) -> Any:
        if self.global_step == self.hparams["fail_at"]:
            raise RuntimeError("the training step broke")
        x, y = batch
        loss = torch.nn.functional.mse_loss(self.net(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch: Any, batch_idx: int) -> None:
        x, y = batch
        self.log("val_loss", torch.nn.functional.mse_loss(self.net(x), y))

    def configure_optimizers(self) -> Any:
        return torch.optim.SGD(self.parameters(), lr=self.hparams["lr"])


def loaders() -> tuple[Any, Any]:
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(96, 3, generator=generator)
    y = x @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.1 * torch.randn(96, 1, generator=generator)
    data = torch.utils.data.TensorDataset(x, y)
    train, val = torch.utils.data.random_split(data, [64, 32], generator=generator)
    return (
        torch.utils.data.DataLoader(train, batch_size=8),
        torch.utils.data.DataLoader(val, batch_size=16),
    )


def trainer(logger: LossmonLogger, epochs: int) -> L.Trainer:
    return L.Trainer(
        max_epochs=epochs,
        logger=logger,
        log_every_n_steps=1,
        accelerator="cpu",
        enable_checkpointing=False,
        enable_progress_bar=False,
        enable_model_summary=False,
        num_sanity_val_steps=0,
    )


def test_a_fit_lands_as_series_config_and_status(server: Any) -> None:
    logger = LossmonLogger(
        project=server.project,
        name="lightning-fit",
        url=server.url,
        token=server.token,
        config={"loss_kind": "mse"},
        **FAST,
    )
    train, val = loaders()
    torch.manual_seed(0)
    trainer(logger, epochs=3).fit(Regressor(lr=0.05), train, val)
    run = logger.experiment
    assert run.id is not None and logger.version == run.client_run_id
    losses = read_series(server.url, run.id, "train/loss")
    assert losses["steps"] == list(range(24))  # 8 batches × 3 epochs, one point per step
    assert losses["values"][-1] < losses["values"][0]
    val_loss = read_series(server.url, run.id, "val/loss")
    assert val_loss["steps"] == [7, 15, 23]  # at the last training step of each epoch
    assert val_loss["values"][-1] < val_loss["values"][0]
    assert read_series(server.url, run.id, "epoch")["total"] > 0
    info = read_run(server.url, run.id)
    assert info["status"] == "finished" and info["name"] == "lightning-fit"
    # The hyperparameters (save_hyperparameters) merged under the user's config.
    assert info["config"] == {"loss_kind": "mse", "lr": 0.05, "hidden": 8, "fail_at": -1}


def test_a_crashing_fit_marks_the_run_failed(server: Any) -> None:
    logger = LossmonLogger(project=server.project, url=server.url, token=server.token, **FAST)
    train, val = loaders()
    with pytest.raises(RuntimeError, match="broke"):
        trainer(logger, epochs=2).fit(Regressor(fail_at=5), train, val)
    run = logger.experiment
    assert run.id is not None
    assert read_series(server.url, run.id, "train/loss")["steps"] == list(range(5))
    assert read_run(server.url, run.id)["status"] == "failed"
