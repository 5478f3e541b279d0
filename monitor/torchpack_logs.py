"""Read the console of torchpack's trainer (TorchQuantum's examples and notebooks use it).

After each epoch it prints the epoch's scalars, one a line: `+ [loss] = 1.0416`, `+
[loss/valid] = 1.0702`, `+ [lr/lr_group0] = 0.032725`, `+ [acc/valid] = 60`, between
`Epoch 7/15 started.` and `Epoch 8/15 started.`. Train is `loss` (the last minibatch's), val
the loss of the `valid` split, lr the first optimizer group's, at the epoch (counted from 1).

A notebook's cell output that Colab cut (`Streaming output truncated to the last 5000
lines.`) keeps its first lines and its last: an epoch started before the cut is no longer the
one a summary after it closes, so such a summary is numbered from the epoch started after it
(that epoch - 1), or from the summary before it (+ 1).
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, number

_STARTED = re.compile(r".*?\bEpoch (\d+)/\d+ started\.")
_SCALAR = re.compile(rf"\s*\+ \[([^\]\s]+)\] = ({NUMBER})\s*")
_TRUNCATED = re.compile(r".*Streaming output truncated to the last \d+ lines\b")
#: The name of a split's loss after `loss/`.
_VALID = ("valid", "val", "validation", "eval")


def read_torchpack(lines: list[str]) -> TextLog:
    """Return the epochs' summaries: train `loss`, val `loss/valid`, lr `lr/...` (the first
    such scalar) at the epoch they close."""
    summaries: list[tuple[int | None, dict[str, tuple[int, str]]]] = []  # (epoch, name: value)
    started: int | None = None  # the epoch started last, until a summary closes it
    after_summary = False
    for n, line in enumerate(lines, start=1):
        if m := _SCALAR.fullmatch(line):
            if not after_summary:
                summaries.append((started, {}))
                started, after_summary = None, True
            summaries[-1][1].setdefault(m[1], (n, m[2]))
            continue
        after_summary = False
        if " started." in line and (m := _STARTED.match(line)):
            started = int(m[1])
        elif "Streaming output truncated" in line and _TRUNCATED.match(line):
            started = None
    # A summary with no epoch started before it (after a cut) closes the epoch before the
    # one the next summary closes, else the one after the summary before it.
    epochs = [epoch for epoch, _ in summaries]
    for k in range(len(epochs) - 2, -1, -1):
        if epochs[k] is None and (following := epochs[k + 1]) is not None:
            epochs[k] = following - 1
    for k in range(1, len(epochs)):
        if epochs[k] is None and (before := epochs[k - 1]) is not None:
            epochs[k] = before + 1
    rows: list[Row] = []
    columns: dict[str, str] = {}
    for epoch, (_, scalars) in zip(epochs, summaries, strict=True):
        chosen = {
            "train": "loss" if "loss" in scalars else None,
            "val": next((f"loss/{s}" for s in _VALID if f"loss/{s}" in scalars), None),
            "lr": next((name for name in scalars if name.split("/")[0] == "lr"), None),
        }
        if epoch is None or (chosen["train"] is None and chosen["val"] is None):
            continue
        for split, name in chosen.items():
            if name is not None:
                at, raw = scalars[name]
                value = number(raw, f"line {at}")
                rows.append((epoch, split, {"lr": value} if split == "lr" else {"loss": value}))
                columns.setdefault(split, name)
    matched = len({r[0] for r in rows})
    return TextLog("torchpack", "torchpack trainer log (step = epoch)", rows, columns, matched)
