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
# The marker before an evaluation, with its step (`# Save eval, global step 1000`, `# Final,
# step 12000 ...`), or the start a launch's first evaluation belongs to (`# Start step 0`).
_MARK = re.compile(r"# ?(Start step|Final, step|[^#]{0,80}?global step) (\d+)\b")


def read_tfnmt(lines: list[str]) -> TextLog:
    """Return the runs of a tensorflow/nmt console: training and dev perplexities as losses."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    step = 0
    start: int | None = None  # the run's first training step
    marked = False  # a marker came since the last training line: an evaluation has its step
    before: tuple[str, int] | None = None  # a launch's first evaluation, before its start
    evaluated: set[int] = set()
    for n, line in enumerate(lines, start=1):
        if "ppl" in line and (m := _TRAIN.fullmatch(line)):
            step, marked = int(m[1]), False
            if start is not None and step <= start:
                runs.append((rows, first, last))
                rows, first, evaluated = [], 0, set()
            start = step if not rows or start is None else start
            rows.append((step, "train", _values(m[3], n)))
            rows.append((step, "lr", {"lr": number(m[2], f"line {n}")}))
        elif "perplexity" in line and (m := _DEV.fullmatch(line)):
            if not marked:
                before = (m[1], n)  # a launch's first evaluation: its step comes next
                continue
            if step in evaluated:
                continue
            evaluated.add(step)
            rows.append((step, "val", _values(m[1], n)))
        elif line.startswith("#"):
            m = _MARK.match(line) if "step" in line else None
            if m is None:
                marked = False  # another section (`# log_file=...`, a launch's first line)
                continue
            step, marked = int(m[2]), True
            if m[1] != "Start step" or before is None:
                continue
            if start is not None and step <= start:
                runs.append((rows, first, last))  # a new launch, from its start
                rows, first, evaluated, start = [], 0, set(), None
            value, at = before
            before = None
            evaluated.add(step)
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
