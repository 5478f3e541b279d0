"""Read CatBoost's printed console, a line every `verbose` iterations: `0:\tlearn: 0.5521551\t
test: 0.6458757\tbest: 0.6458757 (0)\ttotal: 72.4ms\tremaining: 57.8s` (`test1:`, ... for
further eval sets; `learn:` alone without one).

The line prints CatBoost's eval_metric without naming it: the objective's loss by default, but
a score where one was chosen (`eval_metric='AUC'`). `best:` tells them apart: it is the best
value so far of the last eval set, a running minimum only for a loss. A log whose `best:` is
not one is refused (catboost_info/test_error.tsv beside it holds the objective's loss), and so
is one without an eval set whose learn values end above where they began (a loss on the data
the model is fitted to falls). learn is training and `test` validation (the first eval set, as
in test_error.tsv); further sets are passed over. Fits printed one after another (the iteration
going back) are runs apart.
"""

from __future__ import annotations

import math
import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_LINE = re.compile(
    rf"\s*(\d+):\s+((?:(?:learn|test\d*): {NUMBER}\s+)+)(?:best: ({NUMBER}) \(\d+\)\s+)?total: .*"
)
_VALUE = re.compile(rf"(learn|test\d*): ({NUMBER})")


def _score(n: int, why: str) -> ValueError:
    """The error of a log whose printed metric is a score: why it is one, and where the loss
    is."""
    return ValueError(
        f"line {n}: CatBoost's printed eval_metric is a score, not a loss: {why}; "
        "catboost_info/learn_error.tsv and test_error.tsv beside the log hold the objective's loss"
    )


def read_catboost_console(lines: list[str]) -> TextLog | None:
    """Return the learn and test values CatBoost printed, at the printed iteration; None when
    no line is one. Raise ValueError when the printed metric is a score."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    best_so_far = math.inf
    for n, line in enumerate(lines, start=1):
        if not (m := _LINE.fullmatch(line)):
            continue
        step = int(m[1])
        if rows and step <= rows[-1][0]:
            runs.append((rows, first, last))
            rows, first, best_so_far = [], n, math.inf
        values = {name: number(raw, f"line {n}") for name, raw in _VALUE.findall(m[2])}
        tests = [name for name in values if name != "learn"]
        if m[3] is not None and tests:
            best = number(m[3], f"line {n}")
            if best > values[tests[-1]] or best > best_so_far:
                raise _score(
                    n, "its best: is not the lowest value so far (a score's is its highest)"
                )
            best_so_far = best
        for split, name in (("train", "learn"), ("val", "test")):
            if name in values:
                rows.append((step, split, {"loss": values[name]}))
        matched += 1
        first, last = first or n, n
    runs.append((rows, first, last))
    for rows, first, _ in runs:
        learn = [values["loss"] for _, split, values in rows if split == "train"]
        if len(learn) == len(rows) and len(learn) > 1 and learn[-1] > learn[0]:
            raise _score(first, "its learn values end above where they began (a loss falls)")
    if not matched:
        return None
    fmt = "CatBoost console log (step = iteration)"
    return appended_runs("catboost_console", fmt, runs, {"train": "learn", "val": "test"}, matched)
