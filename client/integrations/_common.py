"""What every integration shares: owning (or borrowing) a run, and naming metrics.

Frameworks name the same things differently (``loss``, ``train_loss``, ``eval_loss``,
``val_loss``, ``learning_rate``); :func:`metric_key` maps them onto lossmon's keys so that the
service's detectors find ``train/loss`` and ``val/loss`` whichever loop produced them.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import lossmon
from lossmon.run import Run
from lossmon.values import check_key, jsonable

logger = logging.getLogger("lossmon.client")

# Exact names first; then the prefixes below. Anything else keeps its name.
_KEYS = {
    "loss": "train/loss",
    "train_loss": "train/loss",
    "train/loss": "train/loss",
    "training_loss": "train/loss",
    "train_loss_step": "train/loss",
    "train_loss_epoch": "train/loss_epoch",
    "val_loss": "val/loss",
    "val/loss": "val/loss",
    "valid_loss": "val/loss",
    "validation_loss": "val/loss",
    "eval_loss": "val/loss",
    "eval/loss": "val/loss",
    "val_loss_epoch": "val/loss",
    "learning_rate": "lr",
}
_VAL_PREFIXES = ("val_", "valid_", "validation_", "eval_")
# A test set's metrics (Lightning's `trainer.test`, the Trainer's `metric_key_prefix="test"`)
# go under test/, beside train/ and val/ (no detector watches them).
_TEST_PREFIX = "test_"

# Loss names (Keras strings and classes, torch modules) → DESIGN's loss kinds.
_LOSS_KINDS = {
    "categoricalcrossentropy": "cross_entropy",
    "sparsecategoricalcrossentropy": "cross_entropy",
    "crossentropyloss": "cross_entropy",
    "nllloss": "nll",
    "binarycrossentropy": "bce",
    "bceloss": "bce",
    "bcewithlogitsloss": "bce",
    "meansquarederror": "mse",
    "mse": "mse",
    "mseloss": "mse",
    "meanabsoluteerror": "mae",
    "mae": "mae",
    "l1loss": "mae",
    "huber": "huber",
    "huberloss": "huber",
    "hinge": "hinge",
}


def missing(package: str) -> ImportError:
    """Return the ImportError an integration raises when its framework is not installed."""
    return ImportError(
        f"lossmon: this integration needs the {package!r} package, which is not installed "
        f"here (pip install {package})"
    )


def metric_key(name: str) -> str | None:
    """Return lossmon's key for a framework's metric name, or None when it cannot be a key.

    ``loss``/``train_loss`` → ``train/loss``; ``val_loss``/``eval_loss`` → ``val/loss``;
    ``val_acc``/``eval_accuracy`` → ``val/acc``/``val/accuracy``; ``test_loss`` →
    ``test/loss``; ``learning_rate`` → ``lr``; anything else as it is.
    """
    key = _KEYS.get(name)
    if key is None:
        key = name
        for prefix in _VAL_PREFIXES:
            if name.startswith(prefix) and len(name) > len(prefix):
                key = "val/" + name[len(prefix) :]
                break
        if name.startswith(_TEST_PREFIX) and len(name) > len(_TEST_PREFIX):
            key = "test/" + name[len(_TEST_PREFIX) :]
    try:
        check_key(key)
    except (TypeError, ValueError):
        return None
    return key


def loss_kind(name: object) -> str | None:
    """Return DESIGN's loss kind for a loss given by name, class or instance, if known."""
    if name is None:
        return None
    text = name if isinstance(name, str) else getattr(name, "__name__", type(name).__name__)
    return _LOSS_KINDS.get(text.replace("_", "").lower())


def numeric(metrics: Mapping[str, Any]) -> dict[str, Any]:
    """Keep the values lossmon can store (numbers and scalars with ``.item()``), keyed."""
    out: dict[str, Any] = {}
    for name, value in metrics.items():
        if isinstance(value, bool) or not (
            isinstance(value, (int, float)) or callable(getattr(value, "item", None))
        ):
            continue
        if getattr(value, "ndim", 0) not in (0, None) and getattr(value, "size", 1) != 1:
            continue  # a vector (per-class metric): not a point of a series
        key = metric_key(str(name))
        if key is not None:
            out[key] = value
    return out


class RunOwner:
    """Start the run lazily from ``lossmon.init`` keyword arguments, or borrow ``run=``.

    A run this object started is finished by it; a borrowed run is left to its owner
    (``finish=True`` overrides that). A finished run that gets more metrics (an evaluation
    after training) is resumed under the same ``client_run_id``; the client's exit hook
    finishes it again.
    """

    def __init__(
        self, run: Run | None, init_kwargs: Mapping[str, Any], finish: bool | None = None
    ) -> None:
        if run is not None and init_kwargs:
            raise TypeError(
                "lossmon: give run= or lossmon.init() keyword arguments "
                f"({', '.join(sorted(init_kwargs))}), not both"
            )
        self._run = run
        self._kwargs = dict(init_kwargs)
        self._owned = run is None
        self._finish = self._owned if finish is None else finish
        self._finished = False

    @property
    def started(self) -> bool:
        return self._run is not None

    @property
    def handle(self) -> Run:
        """Return the run (started if it is not yet; a finished run stays finished)."""
        return self._run if self._run is not None else self.run()

    def run(self, config: Mapping[str, Any] | None = None) -> Run:
        """Return the run to log to, starting it (``config`` under the user's) or resuming it."""
        if self._run is None:
            kwargs = dict(self._kwargs)
            kwargs["config"] = jsonable({**(config or {}), **dict(kwargs.get("config") or {})})
            self._run = lossmon.init(**kwargs)
        elif self._finished:
            self._finished = False
            if self._owned:
                self._run = lossmon.init(
                    **{**self._kwargs, "client_run_id": None, "resume": self._run.client_run_id}
                )
        return self._run

    def add_config(self, config: Mapping[str, Any]) -> None:
        """Merge ``config`` into the run's config, starting the run with it if not started.

        Never waits on the network: a started run queues it for its sender
        (``Run.update_config``), which sends it like points (offline: to the spool).
        """
        if self._run is None:
            self.run(config)
            return
        self._run.update_config(config)

    def begin_training(self) -> None:
        """Mark the run's training as under way: a process that exits before `finish` (an
        exception the script caught, a notebook cell interrupted) finishes it "failed"."""
        self.handle._exit_status = "failed"

    def finish(self, status: str = "finished", summary: Mapping[str, Any] | None = None) -> None:
        """Finish the run if this object should; otherwise only ask the sender to flush."""
        if self._run is None or self._finished:
            return
        self._run._exit_status = status  # training ended, so: a borrowed run goes on
        if self._finish:
            self._run.finish(status, summary=summary)
            self._finished = True
        else:
            self._run.flush()


# ---------------------------------------------------------------------- the closed loop

_STEP_IN_NAME = re.compile(r"(?:checkpoint-|step=)(\d+)")


def checkpoint_at_or_before(paths: Iterable[str | os.PathLike[str]], step: int) -> Path | None:
    """Return the checkpoint of the latest step at or before ``step``, by its name.

    Names as the frameworks write them: the Trainer's ``checkpoint-<step>`` folders and
    Lightning's ``…step=<step>….ckpt`` files. None when no name says a step that early.
    """
    found: list[tuple[int, Path]] = []
    for path in paths:
        match = _STEP_IN_NAME.search(Path(path).name)
        if match is not None and int(match[1]) <= step:
            found.append((int(match[1]), Path(path)))
    return max(found)[1] if found else None


class AlertWatch:
    """Carry the sender thread's news to the training thread, each piece once.

    ``attach(run)`` registers an ``on_alert`` callback that only records an overfitting
    alert's best step (an assignment: nothing else runs on the sender thread). The
    integration's step hook then asks :meth:`stop_now` and :meth:`new_best_step`.
    """

    def __init__(self) -> None:
        self._run: Run | None = None
        self._stopped = False
        self._best_step: int | None = None
        self._told_best: int | None = None

    def attach(self, run: Run) -> None:
        if run is not self._run:
            self._run = run
            run.on_alert(self._on_alert)

    def _on_alert(self, alert: lossmon.Alert) -> None:
        if alert.state == "firing" and alert.detector == "overfitting":
            self._best_step = alert.best_step

    def stop_now(self, run: Run, step: int, what: str) -> bool:
        """True the first time the run should stop; logs why and where to roll back."""
        if self._stopped or not run.should_stop:
            return False
        self._stopped = True
        logger.warning(
            "lossmon: stopping training at step %d (%s): %s", step, what, run.stop_reason
        )
        return True

    def new_best_step(self) -> int | None:
        """The best step of an overfitting alert not yet acted on, once."""
        best = self._best_step
        if best is None or best == self._told_best:
            return None
        self._told_best = best
        return best
