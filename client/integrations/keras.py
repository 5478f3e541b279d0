"""Keras 3: a Callback that streams ``model.fit`` to lossmon, per batch and per epoch.

    from lossmon.integrations.keras import LossmonCallback
    model.fit(x, y, validation_split=0.2, epochs=10,
              callbacks=[LossmonCallback(project="tabular", name="mlp")])

Per batch: ``train/loss`` and the compiled metrics under their names, at the global batch
step. On the torch backend (``KERAS_BACKEND=torch``, not jit-compiled) ``train/loss`` is the
batch's own loss and ``train/reg`` the layers' regularization losses (``model.losses``),
read from ``compute_loss`` as tensors and never read on the training thread; elsewhere it is
what Keras reports per batch, the running mean of the epoch so far (which flattens spikes).
Per epoch: the validation metrics as ``val/…`` (``val_loss`` → ``val/loss``), the epoch's
mean training loss as ``train/loss_epoch``, ``epoch`` and ``lr``, at the same global step.
The config is ``fit``'s parameters, the optimizer and its learning rate, the loss and its
``loss_kind`` (so a cross-entropy run gets perplexity), under the user's ``config``.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from lossmon.integrations._common import AlertWatch, RunOwner, loss_kind, missing, numeric
from lossmon.run import Run

try:
    import keras
except ImportError as error:
    raise missing("keras") from error

__all__ = ["LossmonCallback"]

logger = logging.getLogger("lossmon.client")


class LossmonCallback(keras.callbacks.Callback):
    """A Keras ``Callback`` writing to a lossmon run.

    Takes ``lossmon.init``'s keyword arguments (``project``, ``name``, ``config``, …), or an
    existing ``run=`` (left running at the end unless ``finish=True``). ``log_reg=False``
    skips reading ``model.losses`` (which evaluates the regularizers a second time).
    """

    def __init__(
        self,
        *,
        run: Run | None = None,
        finish: bool | None = None,
        log_reg: bool = True,
        **init_kwargs: Any,
    ) -> None:
        super().__init__()
        self._owner = RunOwner(run, init_kwargs, finish)
        self._log_reg = log_reg
        self._step = 0
        self._raw: tuple[Any, Any] | None = None
        self._patched: Any = None
        self._watch = AlertWatch()
        self.best_step: int | None = None  # of an overfitting alert: the weights to keep

    # ------------------------------------------------------------------ the raw batch loss

    def _patch(self) -> None:
        """Wrap the model's compute_loss to keep the batch's loss tensor (torch backend)."""
        model = self.model
        if keras.backend.backend() != "torch" or getattr(model, "jit_compile", False):
            return
        original = model.compute_loss
        takes_training = model._compute_loss_has_training_arg

        def compute_loss(
            x: Any = None,
            y: Any = None,
            y_pred: Any = None,
            sample_weight: Any = None,
            training: bool = True,
        ) -> Any:
            if takes_training:
                loss = original(x, y, y_pred, sample_weight, training=training)
            else:
                loss = original(x, y, y_pred, sample_weight)
            if training and loss is not None:
                reg = None
                if self._log_reg and model.losses:
                    reg = sum(term.detach().sum() for term in model.losses)
                self._raw = (loss.detach(), reg)
            return loss

        # An instance attribute shadows the class's method until _unpatch deletes it.
        self._patched = (model, model.__dict__.get("compute_loss"), takes_training)
        model.__dict__["compute_loss"] = compute_loss
        model._compute_loss_has_training_arg = True

    def _unpatch(self) -> None:
        if self._patched is not None:
            model, own, takes_training = self._patched
            del model.__dict__["compute_loss"]
            if own is not None:
                model.__dict__["compute_loss"] = own
            model._compute_loss_has_training_arg = takes_training
            self._patched = None

    # ------------------------------------------------------------------ callbacks

    def _config(self) -> dict[str, Any]:
        model = self.model
        config: dict[str, Any] = {k: v for k, v in (self.params or {}).items() if v is not None}
        optimizer = getattr(model, "optimizer", None)
        if optimizer is not None:
            config["optimizer"] = type(optimizer).__name__
            config["lr"] = _lr(optimizer)
        loss = getattr(model, "loss", None)
        if loss is not None:
            config["loss"] = loss if isinstance(loss, str) else type(loss).__name__
            kind = loss_kind(loss)
            if kind is not None:
                config["loss_kind"] = kind
        return config

    def on_train_begin(self, logs: dict[str, Any] | None = None) -> None:
        self._watch.attach(self._owner.run(self._config()))
        self._owner.begin_training()
        self._patch()

    def on_train_batch_end(self, batch: int, logs: dict[str, Any] | None = None) -> None:
        run = self._owner.run(self._config())
        values = numeric(logs or {})
        if self._raw is not None:
            loss, reg = self._raw
            self._raw = None
            values["train/loss"] = loss
            if reg is not None:
                values["train/reg"] = reg
        if values:
            run.log_metrics(values, step=self._step)
        self._watch.attach(run)
        if self._watch.stop_now(run, self._step, "Keras"):
            self.model.stop_training = True  # fit() ends after this batch
        best = self._watch.new_best_step()
        if best is not None:
            self.best_step = best
            logger.warning(
                "lossmon: overfitting; the best step is %d (epoch checkpoints "
                "at or before it hold the weights to keep)",
                best,
            )
        self._step += 1

    def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
        values = numeric(logs or {})
        epoch_values = {k: v for k, v in values.items() if k.startswith("val/")}
        if "train/loss" in values:
            epoch_values["train/loss_epoch"] = values["train/loss"]
        epoch_values["epoch"] = epoch
        optimizer = getattr(self.model, "optimizer", None)
        if optimizer is not None:
            lr = _lr(optimizer)
            if lr is not None:
                epoch_values["lr"] = lr
        # At the last batch's step, so validation lines up with the training curve.
        self._owner.run(self._config()).log_metrics(epoch_values, step=max(self._step - 1, 0))

    def on_train_end(self, logs: dict[str, Any] | None = None) -> None:
        self._unpatch()
        # The last epoch's values, read now that no step waits on them.
        summary = {k: _float(v) for k, v in numeric(logs or {}).items()}
        self._owner.finish("finished", {k: v for k, v in summary.items() if v is not None})


def _lr(optimizer: Any) -> float | None:
    """Read the optimizer's learning rate (once per epoch: a sync there costs nothing)."""
    value = getattr(optimizer.learning_rate, "value", optimizer.learning_rate)
    for read in ("item", "numpy"):
        method = getattr(value, read, None)
        if callable(method):
            try:
                return float(method())
            except (TypeError, ValueError, RuntimeError):
                break
    return value if isinstance(value, float) else None  # a schedule: not a number to log


def _float(value: Any) -> float | None:
    """Return a finite float for the run's summary (read at the end: no step to slow)."""
    number = float(value.item() if hasattr(value, "item") else value)
    return number if math.isfinite(number) else None
