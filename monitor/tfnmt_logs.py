"""Read the console of the TensorFlow Neural Machine Translation tutorial (`python -m nmt.nmt`,
tensorflow/nmt), which prints perplexities, never a loss:

    # Start step 0, lr 1, Thu Jan 17 12:06:14 2019
      eval dev: perplexity 17193.33, time 1s, Thu Jan 17 12:06:14 2019.
      step 100 lr 1 step-time 0.44s wps 12.75K ppl 1972.32 gN 16.54 bleu 0.00, Thu Jan ...
    # Save eval, global step 1000
      eval dev: perplexity 111.58, time 1s, Thu Jan 17 12:09:24 2019.

step = the printed step; train = the training perplexity since the last print, val = the dev
set's (the test set's is left), each at the step last printed (the first evaluation, printed
before `# Start step N`, at N); loss = ln of the perplexity (a
perplexity is the exp of the mean cross-entropy per word, the loss it trains on), the
perplexity kept beside it. The dev set evaluated again at one step (the final evaluation, the
best checkpoint's) keeps its first. A step back to the run's first is another launch.
"""

from __future__ import annotations

import math
import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_TRAIN = re.compile(
    rf"\s*step (\d+) lr ({NUMBER}) step-time \S+ wps \S+ ppl ({NUMBER}) gN \S+ bleu \S+.*"
)
_DEV = re.compile(rf"\s*eval dev: perplexity ({NUMBER}),.*")
# The step an evaluation belongs to, where no training line came before it.
_AT = re.compile(r"#\s*(?:Start step|Save eval, global step|.*, global step) (\d+)\b.*")


def read_tfnmt(lines: list[str]) -> TextLog:
    """Return the runs of a tensorflow/nmt console: training and dev perplexities as losses."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    step: int | None = None
    start: int | None = None  # the run's first training step
    before: tuple[str, int] | None = None
    evaluated: set[int] = set()
    for n, line in enumerate(lines, start=1):
        if "ppl" in line and (m := _TRAIN.fullmatch(line)):
            step = int(m[1])
            if start is not None and step <= start:
                runs.append((rows, first, last))
                rows, first, evaluated = [], 0, set()
            start = step if not rows or start is None else start
            rows.append((step, "train", _values(m[3], n)))
            rows.append((step, "lr", {"lr": number(m[2], f"line {n}")}))
        elif "perplexity" in line and (m := _DEV.fullmatch(line)):
            if step is None:
                before = (m[1], n)  # the evaluation before training: its step comes next
                continue
            if step in evaluated:
                continue
            evaluated.add(step)
            rows.append((step, "val", _values(m[1], n)))
        elif "step" in line and (m := _AT.fullmatch(line)):
            step = int(m[1])
            if before is None:
                continue
            evaluated.add(step)
            value, at = before
            before = None
            rows.append((step, "val", _values(value, at)))
            first = first or at
        else:
            continue
        first, last, matched = first or n, n, matched + 1
    if rows:
        runs.append((rows, first, last))
    runs = [(sorted(r, key=lambda row: (row[0], _ORDER[row[1]])), a, b) for r, a, b in runs]
    fmt = "tensorflow/nmt console (step = the printed step; loss = ln of the printed perplexity)"
    columns = {"train": "ppl", "val": "eval dev: perplexity", "lr": "lr"}
    return appended_runs("tfnmt", fmt, runs, columns, matched)


_ORDER = {"train": 0, "lr": 1, "val": 2}


def _values(ppl: str, line: int) -> dict[str, float]:
    """A printed perplexity as a point: its log, the loss, and the perplexity itself."""
    value = number(ppl, f"line {line}")
    return {"loss": math.log(value) if value > 0 else math.nan, "ppl": value}
