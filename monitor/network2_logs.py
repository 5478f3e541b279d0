"""Read the monitor prints of `network2.py` from Michael Nielsen's "Neural Networks and Deep
Learning", as learners keep them: `Epoch 0 training complete`, then `Cost on training data:
0.47` and `Cost on evaluation data: 0.78` (each the cost over the whole set after that epoch,
its L2 penalty included), among the accuracy lines.

step = the printed epoch + 1 (network2 counts from 0); a run whose epoch goes back (the
network trained again in the same session) is a run apart. A learner's own prefix or Markdown
emphasis around a line (`--Cost on ...`, `_Epoch 3 training complete_`) is no part of it.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_AROUND = r"[\s*_#>-]*"
_EPOCH = re.compile(rf"{_AROUND}Epoch (\d+) training complete{_AROUND}")
_COST = re.compile(rf"{_AROUND}Cost on (training|evaluation) data: ({NUMBER}){_AROUND}")
_SPLITS = {"training": "train", "evaluation": "val"}


def read_network2(lines: list[str]) -> TextLog:
    """Return network2's runs: the cost on the training and evaluation data after each epoch."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    step = first = last = matched = 0
    for n, line in enumerate(lines, start=1):
        if "training complete" in line and (m := _EPOCH.fullmatch(line)):
            epoch = int(m[1]) + 1
            if rows and epoch <= step:
                runs.append((rows, first, last))
                rows, first = [], 0
            step, matched = epoch, matched + 1
        elif step and "Cost on" in line and (m := _COST.fullmatch(line)):
            rows.append((step, _SPLITS[m[1]], {"loss": number(m[2], f"line {n}")}))
            first, last, matched = first or n, n, matched + 1
    if rows:
        runs.append((rows, first, last))
    fmt = "network2.py monitor prints (step = epoch + 1)"
    return appended_runs(
        "network2",
        fmt,
        runs,
        {"train": "Cost on training data", "val": "Cost on evaluation data"},
        matched,
    )
