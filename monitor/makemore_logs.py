"""Read the training prints of Karpathy's makemore lectures ("Neural Networks: Zero to Hero"),
as learners' notebooks keep them: `print(f'{i:7d}/{max_steps:7d}: {loss.item():.4f}')`, a
line `      0/ 200000: 3.7918` every 10,000 steps (the loss of the one minibatch just trained
on; nothing names it, the layout alone says what it is).

step = the printed step; training only (the lectures evaluate each split once, at the end).
A launch begins at step 0, as the lecture's loop prints it (a script's `100/500: 0.4` batch
counter, which restarts at each epoch beside the epoch's own summary, never does), and ends
where its step goes back or its total changes; a repeated step keeps its later value. A lone
line is no run: a launch needs MIN_PRINTS prints.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_PRINT = re.compile(rf"\s*(\d+)/\s*(\d+): ({NUMBER})\s*")
#: Prints from which a launch is a run: the layout names no loss, so one line proves nothing.
MIN_PRINTS = 3


def read_makemore(lines: list[str]) -> TextLog:
    """Return makemore's runs: the printed minibatch loss at each printed step."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    total = first = last = 0
    for n, line in enumerate(lines, start=1):
        if ": " not in line or (m := _PRINT.fullmatch(line)) is None:
            continue
        step, of = int(m[1]), int(m[2])
        if step == 0:
            if rows:
                runs.append((rows, first, last))
            rows, total, first = [], of, n
        elif not rows or of != total or step > of or step < rows[-1][0]:
            if rows:
                runs.append((rows, first, last))
            rows = []  # no launch until the next step 0
            continue
        value = {"loss": number(m[3], f"line {n}")}
        if rows and step == rows[-1][0]:
            rows[-1] = (step, "train", value)
        else:
            rows.append((step, "train", value))
        last = n
    if rows:
        runs.append((rows, first, last))
    runs = [run for run in runs if len(run[0]) >= MIN_PRINTS]
    fmt = "makemore prints `step/ total: loss` (step = the printed step)"
    matched = sum(len(rows) for rows, _, _ in runs)
    return appended_runs("makemore", fmt, runs, {"train": "loss"}, matched)
