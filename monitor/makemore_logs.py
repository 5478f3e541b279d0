"""Read the training prints of Karpathy's makemore lectures ("Neural Networks: Zero to Hero"),
as learners' notebooks keep them: `print(f'{i:7d}/{max_steps:7d}: {loss.item():.4f}')`, a
line `      0/ 200000: 3.7918` every 10,000 steps (the loss of the one minibatch just trained
on; nothing names it, the layout alone says what it is).

step = the printed step; training only (the lectures evaluate each split once, at the end). A
launch whose step goes back or whose total changes (a cell run again, the next exercise) is a
run apart; a lone line is no run (`3/10: 0.5` can be anything).
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
        if step > of:
            continue
        if rows and (step <= rows[-1][0] or of != total):
            runs.append((rows, first, last))
            rows, first = [], 0
        rows.append((step, "train", {"loss": number(m[3], f"line {n}")}))
        total, first, last = of, first or n, n
    if rows:
        runs.append((rows, first, last))
    runs = [run for run in runs if len(run[0]) >= MIN_PRINTS]
    fmt = "makemore prints `step/ total: loss` (step = the printed step)"
    matched = sum(len(rows) for rows, _, _ in runs)
    return appended_runs("makemore", fmt, runs, {"train": "loss"}, matched)
