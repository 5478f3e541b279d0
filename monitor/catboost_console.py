"""Read CatBoost's printed console, a line every `verbose` iterations: `0:\tlearn: 0.5521551\t
test: 0.6458757\tbest: 0.6458757 (0)\ttotal: 72.4ms\tremaining: 57.8s` (`test1:`, ... for
further eval sets; `learn:` alone without one).

The line prints CatBoost's eval_metric without naming it: the objective's loss by default, but
a score where one was chosen (`eval_metric='AUC'`). `best:` tells them apart: it is the best
value so far of the last eval set, a running minimum only for a loss. A log whose `best:` is
not one holds no loss (catboost_info/test_error.tsv beside it does), and says so when no other
format reads more of its lines. Without an eval set (no `best:`), and while a score stands
still (AUC at 1.0 throughout), nothing tells a score from a loss: the values are read as the
loss. learn is training and `test` validation (the first eval set, as in test_error.tsv);
further sets are passed over. Fits printed one after another (the iteration going back) are
runs apart.
"""

from __future__ import annotations

import math
import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_LINE = re.compile(
    rf"\s*(\d+):\s+((?:(?:learn|test\d*): {NUMBER}\s+)+)(?:best: ({NUMBER}) \(\d+\)\s+)?total: .*"
)
_VALUE = re.compile(rf"(learn|test\d*): ({NUMBER})")


def read_catboost_console(lines: list[str]) -> TextLog | None:
    """Return the learn and test values CatBoost printed, at the printed iteration; None when
    no line is one. A log whose printed metric is a score is returned without rows, its format
    saying so."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    best_so_far = math.inf
    score_at = 0  # the first line whose best: is no running minimum
    for n, line in enumerate(lines, start=1):
        if not (m := _LINE.fullmatch(line)):
            continue
        step = int(m[1])
        if rows and step <= rows[-1][0]:
            runs.append((rows, first, last))
            rows, first, best_so_far = [], n, math.inf
        printed = {name: number(raw, f"line {n}") for name, raw in _VALUE.findall(m[2])}
        tests = [name for name in printed if name != "learn"]
        if m[3] is not None and tests:
            best = number(m[3], f"line {n}")
            if not score_at and (best > printed[tests[-1]] or best > best_so_far):
                score_at = n
            best_so_far = best
        for split, name in (("train", "learn"), ("val", "test")):
            if name in printed:
                rows.append((step, split, {"loss": printed[name]}))
        matched += 1
        first, last = first or n, n
    runs.append((rows, first, last))
    if not matched:
        return None
    if score_at:
        fmt = (
            f"CatBoost console log whose printed eval_metric is a score (line {score_at}: its "
            "best: is not the lowest value so far), not a loss; catboost_info/learn_error.tsv "
            "and test_error.tsv beside it hold the objective's loss"
        )
        return TextLog("catboost_console", fmt, [], {}, matched)
    fmt = "CatBoost console log (step = iteration)"
    return appended_runs("catboost_console", fmt, runs, {"train": "learn", "val": "test"}, matched)
