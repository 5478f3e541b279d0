"""Read the prints of Trax's training loop (`trax.supervised.training.Loop`), as the
deeplearning.ai NLP Specialization's notebooks keep them:

    Step    100: Ran 10 train steps in 4.52 secs
    Step    100: train CrossEntropyLoss |  0.20432453
    Step    100: eval  CrossEntropyLoss |  0.10271318
    Step    100: eval          Accuracy |  1.00000000

step = the printed step; train = the `train` line's value (the loss the loop optimises, the
mean over the steps since the last report; Trax prints no other), val = the `eval` line of the
same name (the evaluation's other metrics, an accuracy, are left). A step that does not go
forward starts another run: the notebook trains a model again, from step 1.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_PRINT = re.compile(rf"\s*Step\s+(\d+): (train|eval)\s+(\S+)\s*\|\s*({NUMBER})\s*")


def read_trax(lines: list[str]) -> TextLog:
    """Return the runs of Trax's loop: its training loss and the evaluation of that loss."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    train_name: str | None = None
    for n, line in enumerate(lines, start=1):
        if "Step" not in line or (m := _PRINT.fullmatch(line)) is None:
            continue
        step, split, name = int(m[1]), m[2], m[3]
        if split == "eval" and name != train_name:
            continue  # an accuracy, or an evaluation of another metric
        if split == "train":
            if rows and step <= rows[-1][0]:
                runs.append((rows, first, last))
                rows = []
            if not rows:
                first = n
            train_name = name
        elif not rows or step != rows[-1][0]:
            continue  # an evaluation before its step's training line
        value = {"loss": number(m[4], f"line {n}")}
        rows.append((step, "train" if split == "train" else "val", value))
        last, matched = n, matched + 1
    if rows:
        runs.append((rows, first, last))
    fmt = "Trax training loop prints (step = the printed step)"
    names = {"train": train_name, "val": train_name} if train_name else {}
    return appended_runs("trax", fmt, runs, names, matched)
