"""Hugging Face Transformers: a TrainerCallback that streams a Trainer's run to lossmon.

    from lossmon.integrations.transformers import LossmonCallback
    trainer = Trainer(model=model, args=args, train_dataset=train,
                      callbacks=[LossmonCallback(project="gpt-small", name="lr-3e-4")])

How a NaN/Inf training loss gets through: the Trainer's ``logging_nan_inf_filter`` (on by
default) replaces a non-finite step loss by the average of the window before it, so the
``loss`` that reaches ``on_log`` never shows a divergence. This callback does not turn the
filter off (that would change the Trainer's own logs: its running sum stays NaN for the rest
of training). Instead it registers a forward hook on the model and keeps the raw loss the
model returns in training mode (``outputs.loss``, detached, never read on the training
thread), and sends it at ``on_step_end`` as ``train/loss`` for every optimizer step: the mean
of the micro-batch losses under gradient accumulation, or their sum when the Trainer passed
``num_items_in_batch`` (then each one is already divided by the step's item count).
Where the model returns no loss (a custom ``compute_loss``, label smoothing or a
``compute_loss_func``), the callback falls back to the Trainer's logged ``loss``; set
``logging_nan_inf_filter=False`` in that case to see non-finite losses.

Other logged values: ``eval_loss`` → ``val/loss``, ``eval_<m>`` → ``val/<m>``,
``learning_rate`` → ``lr``, ``grad_norm`` and ``epoch`` by name; the end-of-training
summary (``train_runtime``, …) becomes the run's summary. The config is the
TrainingArguments (``to_sanitized_dict``), the model's config under ``model``, and
``loss_kind: cross_entropy`` for language-model heads (so the service derives perplexity).
"""

from __future__ import annotations

import logging
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
    import torch
    from transformers import TrainerCallback
except ImportError as error:
    raise missing("transformers") from error

__all__ = ["LossmonCallback"]

logger = logging.getLogger("lossmon.client")

_LM_HEADS = (
    "ForCausalLM",
    "LMHeadModel",
    "ForMaskedLM",
    "ForConditionalGeneration",
    "ForSeq2SeqLM",
    "ForPreTraining",
)
_SUMMARY = (
    "train_runtime",
    "train_samples_per_second",
    "train_steps_per_second",
    "total_flos",
    "train_loss",
)


class LossmonCallback(TrainerCallback):
    """A ``TrainerCallback`` writing to a lossmon run.

    Takes ``lossmon.init``'s keyword arguments (``project``, ``name``, ``config``, …), or an
    existing ``run=`` (left running at the end unless ``finish=True``). Only the main
    process logs.
    """

    def __init__(
        self, *, run: Run | None = None, finish: bool | None = None, **init_kwargs: Any
    ) -> None:
        self._owner = RunOwner(run, init_kwargs, finish)
        self._losses: list[Any] = []
        self._summed = False
        self._hooked: Any = None
        self._hook: Any = None
        self._raw_seen = False
        self._warned = False
        self._summary: dict[str, Any] = {}
        self._watch = AlertWatch()
        self.best_checkpoint: Path | None = None  # kept on an overfitting alert

    # ------------------------------------------------------------------ the raw loss

    def _capture(self, module: Any, args: Any, kwargs: Mapping[str, Any], output: Any) -> None:
        if not module.training or not torch.is_grad_enabled():
            return  # evaluation and generation
        loss = output.get("loss") if isinstance(output, Mapping) else getattr(output, "loss", None)
        if isinstance(loss, torch.Tensor) and loss.numel() == 1:
            self._losses.append(loss.detach().reshape(()))
            self._summed = kwargs.get("num_items_in_batch") is not None

    def _attach(self, model: Any) -> None:
        if model is None or self._hooked is model:
            return
        self._detach()
        self._hook = model.register_forward_hook(self._capture, with_kwargs=True)
        self._hooked = model

    def _detach(self) -> None:
        if self._hook is not None:
            self._hook.remove()
        self._hook = self._hooked = None
        self._losses.clear()

    # ------------------------------------------------------------------ callbacks

    def _config(self, args: Any, model: Any) -> dict[str, Any]:
        config: dict[str, Any] = dict(args.to_sanitized_dict())
        model_config = getattr(model, "config", None)
        if model_config is not None and hasattr(model_config, "to_dict"):
            config["model"] = model_config.to_dict()
        if model is not None and type(model).__name__.endswith(_LM_HEADS):
            config["loss_kind"] = "cross_entropy"
        return config

    def on_train_begin(
        self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any
    ) -> None:
        if state.is_world_process_zero:
            self._watch.attach(self._owner.run(self._config(args, model)))
            self._owner.begin_training()
            self._attach(model)

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if not self._losses or not state.is_world_process_zero:
            self._losses.clear()
            return
        if len(self._losses) == 1:
            loss = self._losses[0]
        else:  # gradient accumulation: one loss per micro-batch
            stacked = torch.stack(self._losses)
            loss = stacked.sum() if self._summed else stacked.mean()
        self._losses = []
        self._raw_seen = True
        self._owner.run().log(state.global_step, loss=loss)
        self._act(args, state, control)

    def _act(self, args: Any, state: Any, control: Any) -> None:
        """Stop when the run should (its stop_on alert or a stop request); keep the best."""
        run = self._owner.handle
        self._watch.attach(run)
        if self._watch.stop_now(run, state.global_step, "Trainer"):
            control.should_training_stop = True
        best = self._watch.new_best_step()
        if best is not None:
            self._keep_best(args, state, best)

    def _keep_best(self, args: Any, state: Any, best: int) -> None:
        """Mark the checkpoint of the best step as the Trainer's best: rotation spares it."""
        found = checkpoint_at_or_before(Path(args.output_dir).glob("checkpoint-*"), best)
        if found is None:
            logger.warning(
                "lossmon: overfitting; the best step is %d, and %s holds no "
                "checkpoint at or before it",
                best,
                args.output_dir,
            )
            return
        self.best_checkpoint = found
        if getattr(args, "metric_for_best_model", None) is None:
            # save_total_limit's rotation never deletes state.best_model_checkpoint, and
            # load_best_model_at_end loads it.
            state.best_model_checkpoint = str(found)
        logger.warning("lossmon: overfitting; the best step is %d: keep %s", best, found)

    def on_log(
        self,
        args: Any,
        state: Any,
        control: Any,
        logs: Mapping[str, Any] | None = None,
        model: Any = None,
        **kwargs: Any,
    ) -> None:
        if not state.is_world_process_zero or not logs:
            return
        values = numeric({k: v for k, v in logs.items() if k not in _SUMMARY})
        if "train/loss" in values and self._raw_seen:
            del values["train/loss"]  # the raw per-step loss is already there
        elif "train/loss" in values and not self._warned and args.logging_nan_inf_filter:
            self._warned = True
            logger.warning(
                "lossmon: the model returns no loss to read; train/loss is the "
                "Trainer's logged loss, which hides NaN/Inf steps unless "
                "logging_nan_inf_filter=False"
            )
        self._summary.update((k, logs[k]) for k in _SUMMARY if k in logs)
        if values:
            self._owner.run(self._config(args, model)).log_metrics(values, step=state.global_step)

    def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        self._detach()
        if state.is_world_process_zero:
            summary = {k: float(v) for k, v in self._summary.items() if isinstance(v, (int, float))}
            self._owner.finish("finished", summary)
