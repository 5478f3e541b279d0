"""PyTorch Lightning: a Logger that streams a Trainer's metrics to lossmon.

    from lossmon.integrations.lightning import LossmonLogger
    trainer = L.Trainer(logger=LossmonLogger(project="mnist", name="baseline"))

Hyperparameters (``self.save_hyperparameters()`` and ``log_hyperparams``) become the run's
config; metrics logged with ``self.log(...)`` become series (``loss``/``train_loss`` →
``train/loss``, ``val_loss`` → ``val/loss``, ``val_acc`` → ``val/acc``, others by name);
``finalize`` sets the run's status (Lightning's "success" → finished, "failed" → failed).
For ``lightning.pytorch.Trainer`` (``import lightning as L``), the package's current name.

Acting on alerts (a Logger sees no trainer, so this is a Callback beside it)::

    trainer = L.Trainer(logger=LossmonLogger(project="mnist", stop_on=("divergence",)),
                        callbacks=[LossmonStopping(), ModelCheckpoint(every_n_train_steps=50)])

``LossmonStopping`` sets ``trainer.should_stop`` once the run should stop (an alert of a
``stop_on`` detector, or a stop request from the run page), logging why and the step to roll
back to. When an overfitting alert opens, it finds the ModelCheckpoint file of the latest step
at or before the alert's best step and keeps it as ``lossmon-best-step=<n>.ckpt`` beside it
(a hard link: instant, and it survives the top-k pruning that deletes the original name).
"""

from __future__ import annotations

import logging
import os
from argparse import Namespace
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lossmon.integrations._common import (
    AlertWatch,
    RunOwner,
    checkpoint_at_or_before,
    missing,
    numeric,
)
from lossmon.run import Run

try:
    from lightning.pytorch.callbacks import Callback
    from lightning.pytorch.loggers.logger import Logger, rank_zero_experiment
    from lightning.pytorch.utilities import rank_zero_only
except ImportError as error:
    raise missing("lightning") from error

__all__ = ["LossmonLogger", "LossmonStopping"]

logger = logging.getLogger("lossmon.client")


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


class LossmonStopping(Callback):
    """Act on the run's alerts: stop training, and keep the best step's checkpoint.

    Uses the ``LossmonLogger`` among the trainer's loggers, or ``run=``. Every process asks
    rank zero's decision (``reduce_boolean_decision``, as ``EarlyStopping`` does), so all
    ranks stop at the same step.
    """

    def __init__(self, run: Run | None = None) -> None:
        super().__init__()
        self._run = run
        self._watch = AlertWatch()
        self.best_checkpoint: Path | None = None

    def _find_run(self, trainer: Any) -> Run | None:
        if self._run is not None:
            return self._run
        for candidate in trainer.loggers:
            if isinstance(candidate, LossmonLogger) and candidate._owner.started:
                return candidate._owner.handle
        return None

    def on_train_batch_end(
        self, trainer: Any, pl_module: Any, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        run = self._find_run(trainer) if trainer.is_global_zero else None
        stop = False
        if run is not None:
            self._watch.attach(run)
            stop = self._watch.stop_now(run, trainer.global_step, "Lightning")
            best = self._watch.new_best_step()
            if best is not None:
                self._keep_best(trainer, best)
        if trainer.world_size > 1:
            stop = trainer.strategy.reduce_boolean_decision(stop, all=False)
        if stop:
            trainer.should_stop = True

    def _keep_best(self, trainer: Any, best: int) -> None:
        paths: set[str] = set()
        for checkpoint in trainer.checkpoint_callbacks:
            paths.update(str(p) for p in getattr(checkpoint, "best_k_models", {}))
            directory = getattr(checkpoint, "dirpath", None)
            if directory and os.path.isdir(directory):
                paths.update(
                    str(p)
                    for p in Path(directory).glob("*.ckpt")
                    if not p.name.startswith("lossmon-best")
                )
        found = checkpoint_at_or_before(paths, best)
        if found is None:
            logger.warning(
                "lossmon: overfitting; the best step is %d, and no ModelCheckpoint "
                "file is at or before it",
                best,
            )
            return
        kept = found.with_name(f"lossmon-best-step={best}.ckpt")
        try:
            if not kept.exists():
                os.link(found, kept)
        except OSError as error:  # a file system without hard links: name the file instead
            logger.warning("lossmon: could not keep %s as %s (%s)", found, kept.name, error)
            kept = found
        self.best_checkpoint = kept
        logger.warning("lossmon: overfitting; the best step is %d: kept %s", best, kept)
