"""Read PySlowFast's `json_stats` records: `json_stats: {"_type": "train_epoch", "epoch":
"3/200", "loss": 1.23, "lr": 0.1, "top1_err": ...}` a line, as its `json_stats.log` keeps
them, also behind a logging record's prefix (`[06/21 17:58:49][INFO] logging.py: 99:
json_stats: {...}`) in its `stdout.log`.

Records are `train_iter_` (every LOG_PERIOD iterations: `"iter": "10/316"`, the loss the
median of the last minibatches'), `train_epoch` (the epoch's mean loss), `val_iter` and
`val_epoch` (errors or mAP, a loss in some forks). The training loss is read on the
iteration records where the log has them, at step = (epoch - 1) x iterations + iter; else on
the epoch records, at step = epoch (printed from 1). A validation epoch's loss, where it has
one, is read at its epoch's end. The lr is the training record's; one printed as 0 at every
record of a run (`"lr": 0.000`, three decimals of a small lr) says nothing and is passed over.

Launches appended to one file (its counter starting again, or counting to another total)
are runs apart.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lossmon.server.text_logs import Row, TextLog, appended_runs, number

_RECORD = re.compile(r"json_stats:\s*(\{.*\})\s*")
_COUNT = re.compile(r"\s*(\d+)\s*(?:/\s*(\d+))?\s*")


def read_slowfast(lines: list[str]) -> TextLog:
    """Return the log's runs: training (and validation) losses and lr of each launch."""
    records: list[tuple[int, dict[str, Any]]] = []
    for n, line in enumerate(lines, start=1):
        if "json_stats:" not in line:
            continue  # most lines of a stdout.log: no pass of the pattern over them
        if (m := _RECORD.search(line)) is None:
            continue
        try:
            record = json.loads(m[1])
        except json.JSONDecodeError:
            continue  # a line cut short where the run was killed
        if isinstance(record, dict) and isinstance(record.get("_type"), str):
            records.append((n, record))
    per_iter = any(_is(r, "train_iter") and r.get("loss") is not None for _, r in records)
    train_type = "train_iter" if per_iter else "train_epoch"
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = 0
    position: tuple[int, int] | None = None
    total: int | None = None
    iters = 1  # the iterations of an epoch, as the last training record counted them
    for n, record in records:
        epoch, epochs = _count(record.get("epoch"))
        if epoch is None:
            continue
        where = f"line {n}"
        if _is(record, train_type):
            i, of = _count(record.get("iter")) if per_iter else (0, 1)
            if i is None:
                continue
            iters = of or iters
            if position is not None and ((epoch, i) <= position or epochs != total):
                runs.append((rows, first, last))
                rows, first = [], n
            first = first or n
            position, total, last = (epoch, i), epochs, n
            step = (epoch - 1) * iters + i if per_iter else epoch
            if record.get("loss") is not None:
                rows.append((step, "train", {"loss": number(record["loss"], where)}))
            if record.get("lr") is not None:
                rows.append((step, "lr", {"lr": number(record["lr"], where)}))
        elif _is(record, "val_epoch") and record.get("loss") is not None and position is not None:
            step = epoch * iters if per_iter else epoch
            rows.append((step, "val", {"loss": number(record["loss"], where)}))
        last = n if position is not None else last
    runs.append((rows, first, last))
    runs = [(_printed_lr(rows), first, last) for rows, first, last in runs]
    runs = [run for run in runs if any(r[1] != "lr" for r in run[0])]
    how = "(epoch - 1) x iterations + iter" if per_iter else "epoch"
    fmt = f"PySlowFast json_stats log ({train_type} records, step = {how})"
    columns = {"train": "loss", "val": "loss", "lr": "lr"}
    return appended_runs("slowfast", fmt, runs, columns, len(records))


def _is(record: dict[str, Any], kind: str) -> bool:
    """Whether a record is of a kind (`train_iter` is `train_iter_` in later versions)."""
    return str(record["_type"]).rstrip("_") == kind


def _count(raw: Any) -> tuple[int | None, int | None]:
    """Return a printed `"3/200"` as (3, 200), a bare number as (it, None)."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw, None
    if isinstance(raw, str) and (m := _COUNT.fullmatch(raw)):
        return int(m[1]), int(m[2]) if m[2] else None
    return None, None


def _printed_lr(rows: list[Row]) -> list[Row]:
    """Return a run's rows without its lr where that was printed as 0 at every record."""
    if all(r[2]["lr"] == 0 for r in rows if r[1] == "lr"):
        return [r for r in rows if r[1] != "lr"]
    return rows
