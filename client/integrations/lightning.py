"""PyTorch Lightning: a Logger that streams a Trainer's metrics to lossmon.

    from lossmon.integrations.lightning import LossmonLogger
    trainer = L.Trainer(logger=LossmonLogger(project="mnist", name="baseline"))

Hyperparameters (``self.save_hyperparameters()`` and ``log_hyperparams``) become the run's
config; metrics logged with ``self.log(...)`` become series (``loss``/``train_loss`` →
``train/loss``, ``val_loss`` → ``val/loss``, ``val_acc`` → ``val/acc``, others by name);
``finalize`` sets the run's status (Lightning's "success" → finished, "failed" → failed).
For ``lightning.pytorch.Trainer`` (``import lightning as L``), the package's current name.
"""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Mapping
from typing import Any

from lossmon.integrations._common import RunOwner, missing, numeric
from lossmon.run import Run

try:
    from lightning.pytorch.loggers.logger import Logger, rank_zero_experiment
    from lightning.pytorch.utilities import rank_zero_only
except ImportError as error:
    raise missing("lightning") from error

__all__ = ["LossmonLogger"]


class LossmonLogger(Logger):
    """A Lightning ``Logger`` writing to a lossmon run.

    Takes ``lossmon.init``'s keyword arguments (``project``, ``name``, ``config``, ``url``,
    ``token``, …) and starts the run on first use, or an existing ``run=`` (left running at
    the end unless ``finish=True``). Only rank zero logs.
    """

    def __init__(
        self, *, run: Run | None = None, finish: bool | None = None, **init_kwargs: Any
    ) -> None:
        super().__init__()
        self._owner = RunOwner(run, init_kwargs, finish)
        self._run_name = init_kwargs.get("name")

    @property
    def name(self) -> str | None:
        return self._owner.handle.name if self._owner.started else self._run_name

    @property
    def version(self) -> str | None:
        return self._owner.handle.client_run_id if self._owner.started else None

    @property
    @rank_zero_experiment
    def experiment(self) -> Run:
        """The lossmon ``Run`` (started now if it is not yet)."""
        return self._owner.handle

    @rank_zero_only
    def log_hyperparams(
        self, params: Mapping[str, Any] | Namespace, *args: Any, **kwargs: Any
    ) -> None:
        """Merge the hyperparameters into the run's config (the config of a new run)."""
        if isinstance(params, Namespace):
            params = vars(params)
        self._owner.add_config(dict(params or {}))

    @rank_zero_only
    def log_metrics(self, metrics: Mapping[str, Any], step: int | None = None) -> None:
        """Send the metrics of one step (Lightning passes the optimizer steps taken)."""
        values = numeric(metrics)
        if values:
            run = self._owner.run()
            run.log_metrics(values, step=self._step(step))

    def _step(self, step: int | None) -> int:
        # Lightning passes the step; a direct call without one continues from the last.
        if step is None:
            step = getattr(self, "_last_step", 0)
        self._last_step: int = step
        return step

    @rank_zero_only
    def finalize(self, status: str) -> None:
        """Set the run's status: "success"/"finished" → finished; anything else → failed."""
        self._owner.finish("finished" if status in ("success", "finished") else "failed")
