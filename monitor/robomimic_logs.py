"""Read the console of robomimic's `train.py` (its `logs/log.txt`): each epoch's training and
validation values printed as an indented JSON object after a heading,

    Train Epoch 2
    {
        "L2_Loss": 0.0257,
        "Loss": 0.0257,
        "Optimizer/policy0_lr": 0.0001,
        ...
    }
    Validation Epoch 2
    { ... }

step = the printed epoch (robomimic counts from 1); train and val = `Loss` (the total the
policy's optimiser steps on), else the first name of a training loss, the same in every run of
the file; lr = the first optimiser's. Runs and resumes as `Launches` tells them apart.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lossmon.server.log_fields import EPOCH_TRAIN, choose, is_train_loss
from lossmon.server.text_logs import Launches, Row, TextLog, appended_runs

_HEADING = re.compile(r"(Train|Validation) Epoch (\d+)\s*")
#: Lines an epoch's object may span (a policy logs a few dozen values).
_BLOCK_LINES = 400


def read_robomimic(lines: list[str]) -> TextLog:
    """Return the log's runs: each epoch's training and validation loss, and the lr."""
    launches = Launches()
    matched = 0
    name: str | None = None
    lr_name: str | None = None
    pending: list[Row] = []
    pending_at = (0, 0)  # (step, line) of the values not yet added
    n = 0
    while n < len(lines):
        heading = _HEADING.fullmatch(lines[n].strip())
        n += 1
        if heading is None:
            continue
        values, n = _block(lines, n)
        if values is None:
            continue
        name = name or choose(values, ("loss", *EPOCH_TRAIN), is_train_loss)
        lr_name = lr_name or next((k for k in values if k.lower().endswith("_lr")), None)
        loss = _number(values.get(name)) if name else None
        if loss is None:
            continue
        matched += 1
        split, step = ("train" if heading[1] == "Train" else "val"), int(heading[2])
        if step != pending_at[0] and pending:
            launches.add(pending_at[1], pending_at[0], pending)
            pending = []
        pending_at = (step, n)
        pending = [r for r in pending if r[1] != split] + [(step, split, {"loss": loss})]
        lr = _number(values.get(lr_name)) if split == "train" and lr_name else None
        if lr is not None:
            pending.append((step, "lr", {"lr": lr}))
    if pending:
        launches.add(pending_at[1], pending_at[0], pending)
    fmt = "robomimic training log (step = the printed epoch)"
    columns = {"train": name, "val": name} if name else {}
    if lr_name:
        columns["lr"] = lr_name
    return appended_runs("robomimic", fmt, launches.done(), columns, matched)


def _block(lines: list[str], start: int) -> tuple[dict[str, Any] | None, int]:
    """Return the JSON object that opens on the line at `start` and the line after it, or
    (None, start) where none does. Its lines are indented, and it closes with a `}` at the
    start of a line (an object inside it closes indented): a line that is neither ends the
    search, so a heading with no object after it costs one line."""
    if start >= len(lines) or lines[start].strip() != "{":
        return None, start
    for end in range(start + 1, min(len(lines), start + _BLOCK_LINES)):
        line = lines[end].rstrip()
        if line == "}":
            try:
                found = json.loads("\n".join(lines[start : end + 1]))
            except ValueError:
                return None, end + 1
            return (found if isinstance(found, dict) else None), end + 1
        if not line.startswith((" ", "\t")):
            return None, end
    return None, start


def _number(value: Any) -> float | None:
    """Return a value that is a number (NaN and Infinity as Python's JSON writes them), else
    None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
