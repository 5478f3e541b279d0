"""Read a Sacred run's `metrics.json` (its FileStorageObserver's run folder): each metric under
its name, `{"trainLoss": {"steps": [0, 1, ...], "values": [...], "timestamps": [...]}, ...}`,
as `_run.log_scalar(name, value[, step])` wrote it.

The training loss, the validation loss (`validLoss`, `Validation.loss`; a test loss where no
validation was logged) and the lr are chosen by name as in a per-epoch history. The steps are
the training loss's own, + 1 where they count from 0 (Sacred numbers a metric logged without a
step from 0). A series logged at the training loss's steps shares them. One logged at other
times (an epoch's validation beside a loss logged every minibatch, each with its own counter)
is put on the training loss's axis by Sacred's timestamps: at the step of the last training
value logged before it (0, where it came before any). Without timestamps it keeps its own
steps, shifted alike: the counters are then taken to count the same thing.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime
from typing import Any

from lossmon.server.log_fields import (
    HISTORY_VAL,
    LIST_TRAIN,
    LR,
    choose,
    is_lr,
    is_train_loss,
    is_val_loss,
    read_step,
    read_value,
    row_values,
)
from lossmon.server.text_logs import Row
from lossmon.server.training_log import Log

Metric = dict[str, list[Any]]


def read_sacred(whole: dict[str, Any]) -> Log | None:
    """Return the run's losses and lr, None when the object is no Sacred `metrics.json` (every
    value a metric: `steps` and `values` lists of one length)."""
    if not whole or not all(_is_metric(v) for v in whole.values()):
        return None
    chosen = {
        "train": choose(whole, LIST_TRAIN, is_train_loss),
        "val": choose(whole, HISTORY_VAL, is_val_loss),
        "lr": choose(whole, LR, is_lr),
    }
    keys = {split: key for split, key in chosen.items() if key is not None}
    if "train" not in keys and "val" not in keys:
        return None
    axis: Metric = whole[keys.get("train") or keys["val"]]
    own = [read_step(s, "Sacred step") for s in axis["steps"]]
    offset = 1 if own and min(own) == 0 else 0
    steps = [s + offset for s in own]
    times = _times(axis)
    notes = ["step = Sacred's step + 1" if offset else "step = Sacred's step"]
    rows: list[Row] = []
    for split, key in keys.items():
        metric: Metric = whole[key]
        if metric["steps"] == axis["steps"]:
            at = steps
        elif times is not None and (placed := _placed(_times(metric), times, steps)) is not None:
            at = placed
            notes.append(f"{key!r} at the last step logged before it")
        else:
            at = [read_step(s, f"Sacred step of {key!r}") + offset for s in metric["steps"]]
        for step, raw in zip(at, metric["values"], strict=True):
            value = read_value(raw, f"{key!r} at step {step}")
            if value is not None:
                rows.append((step, split, row_values(split, value)))
    return Log("sacred", f"Sacred metrics.json ({'; '.join(notes)})", rows, keys)


def _is_metric(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(steps := value.get("steps"), list)
        and isinstance(values := value.get("values"), list)
        and len(steps) == len(values)
    )


def _times(metric: Metric) -> list[datetime] | None:
    """Return a metric's timestamps (ISO 8601, as Sacred writes them), None where it has none
    for each value or one is no time."""
    stamps = metric.get("timestamps")
    if not isinstance(stamps, list) or len(stamps) != len(metric["values"]):
        return None
    try:
        return [datetime.fromisoformat(s) for s in stamps]
    except (TypeError, ValueError):
        return None


def _placed(
    times: list[datetime] | None, axis_times: list[datetime], axis_steps: list[int]
) -> list[int] | None:
    """Return, for each time, the step of the last value of the axis logged at or before it
    (0 before the first); None without times."""
    if times is None:
        return None
    placed = []
    for t in times:
        k = bisect_right(axis_times, t)
        placed.append(axis_steps[k - 1] if k else 0)
    return placed
