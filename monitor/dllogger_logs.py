"""Read the logs of NVIDIA's DLLogger, as NVIDIA's DeepLearningExamples (Tacotron 2, WaveGlow,
FastPitch, ...) write them: its JSON lines, `DLLL {"type": "LOG", "step": [1, 12, 390],
"data": {"train_loss": 20.6, "lrate_change": "3.76E-04 -> 3.79E-04"}}` a line, and the single
JSON object of its first versions (`nvlog.json`: `{"run": {...}, "epoch": {"x": [0, 1, ...],
"val_iter_loss": [...]}, "iter": {"x": [[0, 1, ...], ...], "train_iteration_loss": [[...],
...]}}`, the `iter` lists one per epoch).

Neither keeps a global step: the training loss of an iteration is read at the iterations of
the epochs before it + its iteration (counted from 1), an epoch's values (its validation) at
the end of the epoch; where nothing is logged per iteration, step = epoch (counted from 1).
An lr printed as a change (`lrate_change`, `3.76E-04 -> 3.79E-04`) is the value set, after
the arrow.
"""

from __future__ import annotations

import json
from typing import Any

from lossmon.server.log_fields import (
    HISTORY_VAL,
    LR,
    STEP_TRAIN,
    STEP_VAL,
    choose,
    is_lr,
    is_train_loss,
    is_val_loss,
    read_value,
    row_values,
)
from lossmon.server.text_logs import Row, TextLog, appended_runs
from lossmon.server.training_log import Log

_PREFIX = "DLLL "
#: An epoch's training loss, where the log keeps none per iteration.
_EPOCH_TRAIN = ("trainepochavgloss", "avgtrainloss", "trainloss", "loss")


def read_nvlog(whole: dict[str, Any]) -> Log | None:
    """Return the run of an early DLLogger `nvlog.json`, None when the object is none (a `run`
    beside `epoch` and `iter` sections, each with its `x` list)."""
    epoch, iters = whole.get("epoch"), whole.get("iter")
    if not (
        isinstance(whole.get("run"), dict)
        and isinstance(epoch, dict)
        and isinstance(iters, dict)
        and isinstance(epoch.get("x"), list)
        and isinstance(iters.get("x"), list)
        and all(isinstance(x, list) for x in iters["x"])
    ):
        return None
    per_iter = [k for k, v in iters.items() if k != "x" and _lists(v, iters["x"])]
    per_epoch = [k for k, v in epoch.items() if k != "x" and _lists([v], [epoch["x"]])]
    train = choose(per_iter, STEP_TRAIN, is_train_loss)
    # The end of each epoch: the iterations of it and of the epochs before (x counts from 0).
    ends = [0]
    for x in iters["x"]:
        ends.append(ends[-1] + (int(x[-1]) + 1 if x else 0))
    rows: list[Row] = []
    columns: dict[str, str] = {}
    if train is not None:
        columns["train"] = train
        lr = choose(per_iter, LR, is_lr)
        for split, key in (("train", train), ("lr", lr)):
            if key is None:
                continue
            columns[split] = key
            for e, (xs, values) in enumerate(zip(iters["x"], iters[key], strict=True)):
                for x, raw in zip(xs, values, strict=True):
                    rows += _row(ends[e] + int(x) + 1, split, raw, f"{key!r} of epoch {e + 1}")
        epoch_steps = ends[1:]
        how = "iterations of the epochs before + iteration + 1"
    else:
        epoch_steps = list(range(1, len(epoch["x"]) + 1))
        how = "epoch + 1"
    chosen = {
        "train": None if train else choose(per_epoch, _EPOCH_TRAIN, is_train_loss),
        "val": choose(per_epoch, HISTORY_VAL, is_val_loss),
        "lr": None if "lr" in columns else choose(per_epoch, LR, is_lr),
    }
    for split, key in chosen.items():
        if key is None:
            continue
        columns[split] = key
        for step, raw in zip(epoch_steps, epoch[key], strict=False):
            rows += _row(step, split, raw, f"{key!r}")
    if "train" not in columns and "val" not in columns:
        return None
    return Log("dllogger", f"DLLogger nvlog.json (step = {how})", rows, columns)


def _lists(value: Any, like: list[Any]) -> bool:
    """Whether a section's metric holds a list beside each of its `x` lists, of its length."""
    return (
        isinstance(value, list)
        and len(value) == len(like)
        and all(isinstance(v, list) and len(v) == len(x) for v, x in zip(value, like, strict=True))
    )


def _row(step: int, split: str, raw: Any, where: str) -> list[Row]:
    if isinstance(raw, str) and "->" in raw:
        raw = raw.rsplit("->", 1)[1].strip()  # an lr change: the value set
    value = read_value(raw, where)
    return [] if value is None else [(step, split, row_values(split, value))]


def read_dllogger(lines: list[str]) -> TextLog:
    """Return the runs of DLLogger JSON lines (`DLLL {...}`): training loss and lr per
    iteration, validation per epoch. A step that goes back (a launch appended) starts a run."""
    records: list[tuple[int, list[int], dict[str, Any]]] = []
    for n, line in enumerate(lines, start=1):
        text = line.lstrip()
        if not text.startswith(_PREFIX):
            continue
        try:
            record = json.loads(text[len(_PREFIX) :])
        except json.JSONDecodeError:
            continue  # a line cut short where the run was killed
        if not isinstance(record, dict) or record.get("type") != "LOG":
            continue
        step, data = record.get("step"), record.get("data")
        # `"step": "PARAMETER"` (the run's settings) and `[]` (its final summary) are no step.
        if isinstance(step, list) and step and isinstance(data, dict):
            if all(isinstance(s, int) and not isinstance(s, bool) for s in step):
                records.append((n, step, data))
    iterations = [(s, d) for _, s, d in records if len(s) >= 2]
    names = {k for _, d in iterations for k in d}
    train = choose(names, STEP_TRAIN, is_train_loss)
    lr = choose(names, (*LR, "lratechange", "lrate"), is_lr)
    epoch_names = {k for _, s, d in records if len(s) == 1 for k in d}
    val = choose(epoch_names, STEP_VAL, is_val_loss)
    if train is None:  # no iteration's loss: each epoch's
        train = choose(epoch_names, _EPOCH_TRAIN, is_train_loss)
        lr = lr or choose(epoch_names, (*LR, "lrate"), is_lr)
    epoch_base = 0 if any(s[0] == 0 for _, s, _ in records) else 1
    iter_base = 0 if any(s[1] == 0 for s, _ in iterations) else 1
    # The iterations of an epoch: as the record says (`[epoch, iteration, of]`), else the most seen.
    most = max((s[1] - iter_base + 1 for s, _ in iterations), default=0)
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = 0
    previous: int | None = None
    per_epoch = most
    for n, step, data in records:
        epoch = step[0] - epoch_base
        keys: list[tuple[str, str | None]] = [("train", train), ("lr", lr), ("val", val)]
        if iterations and len(step) >= 2:
            per_epoch = step[2] if len(step) > 2 else most
            at, keys = epoch * per_epoch + step[1] - iter_base + 1, keys[:2]
        elif iterations:  # an epoch's record: at its end
            at, keys = (epoch + 1) * per_epoch, keys[2:]
        else:
            at = epoch + 1
        found = [(split, key) for split, key in keys if key is not None and key in data]
        if not found:
            continue
        if previous is not None and at < previous:
            runs.append((rows, first, last))
            rows, first = [], n
        first, last, previous = first or n, n, at
        for split, key in found:
            rows += _row(at, split, data[key], f"line {n}, {key!r}")
    runs.append((rows, first, last))
    runs = [run for run in runs if run[0]]
    how = "iterations of the epochs before + iteration" if iterations else "epoch"
    fmt = f"DLLogger JSON lines (step = {how})"
    columns = {s: k for s, k in (("train", train), ("val", val), ("lr", lr)) if k is not None}
    return appended_runs("dllogger", fmt, runs, columns, len(records))
