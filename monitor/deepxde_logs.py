"""Read the table DeepXDE prints while `model.train()` runs (its console, or a notebook's or a
W&B run's capture of it):

    Training model...

    Step      Train loss                        Test loss                         Test metric
    0         [3.00e+00, 3.00e+00, 3.00e+00]    [2.34e+00, 3.00e+00, 3.00e+00]    []
    1000      [6.82e-01, 4.44e-01, 2.77e-01]    [5.47e-01, 4.44e-01, 2.77e-01]    []

Each row the loss terms (the PDE residual, each boundary and initial condition) on the training
points and on the test points: train = their sum, val = the test points' sum, at the printed
step, as DeepXDE's `loss.dat` is read (:mod:`lossmon.server.headerless_logs`). A table whose
steps go on from the one before (Adam, then L-BFGS on the same model) continues its run; one
that starts again from 0 is a run of its own (another model compiled and trained).
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, described_runs, number

_HEADER = re.compile(r"\s*Step\s+Train loss\s+Test loss\s+Test metric\s*")
_TERMS = rf"\[\s*((?:{NUMBER})(?:\s*,\s*(?:{NUMBER}))*)\s*\]"
_ROW = re.compile(rf"\s*(\d+)\s+{_TERMS}\s+{_TERMS}\s+\[[^\]]*\]\s*")
_SPLIT = re.compile(r"\s*,\s*")


def read_deepxde_console(lines: list[str]) -> TextLog | None:
    """DeepXDE's training table, each run apart; None where the file prints none."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    in_table = False
    for n, line in enumerate(lines, start=1):
        if _HEADER.fullmatch(line):
            in_table = True
            matched += 1
            continue
        row = _ROW.fullmatch(line) if in_table else None
        if row is None:
            continue
        step = int(row[1])
        if rows and step < rows[-1][0]:
            runs.append((rows, first, last))  # a table from 0 again: another model's run
            rows = []
        if not rows:
            first = n
        train = sum(number(v, f"line {n}") for v in _SPLIT.split(row[2]))
        test = sum(number(v, f"line {n}") for v in _SPLIT.split(row[3]))
        # L-BFGS's first row repeats the step Adam's table ended on: the later row stands.
        rows = [r for r in rows if r[0] != step]
        rows += [(step, "train", {"loss": train}), (step, "val", {"loss": test})]
        last, matched = n, matched + 1
    if rows:
        runs.append((rows, first, last))
    if not runs:
        return None
    described = [("DeepXDE training table (the loss terms summed)", r, a, b) for r, a, b in runs]
    columns = {"train": "Train loss", "val": "Test loss"}
    return described_runs("deepxde_console", described, columns, matched)
