"""Read the progress lines of PyTorch's "NLP From Scratch" tutorials, as learners' notebooks
keep them: the name classifier's `5000 5% (0m 7s) 2.6262 Jurovic / Polish ✗ (Czech)` (the
loss of the one name just trained on), and the translator's and name generator's `1m 46s
(- 24m 56s) (5000 6%) 2.8500` / `0m 25s (5000 5%) 2.6405` (the mean over the iterations since
the print before).

step = the printed iteration; training only (the tutorials evaluate nothing while they train).
A launch whose iteration goes back (a cell run again into the same output) is a run apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_TIME = r"\d+m \d+s"
_CLASSIFIER = re.compile(rf"\s*(\d+) \d+% \({_TIME}\) ({NUMBER}) \S.*")
_TRANSLATOR = re.compile(rf"\s*{_TIME} (?:\(- {_TIME}\) )?\((\d+) \d+%\) ({NUMBER})\s*")


def read_tutorial(lines: list[str]) -> TextLog:
    """Return the tutorial's runs: the printed loss at each printed iteration."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = 0
    for n, line in enumerate(lines, start=1):
        if "%" not in line:
            continue
        m = _CLASSIFIER.fullmatch(line) or _TRANSLATOR.fullmatch(line)
        if m is None:
            continue
        step = int(m[1])
        if rows and step <= rows[-1][0]:
            runs.append((rows, first, last))
            rows, first = [], 0
        rows.append((step, "train", {"loss": number(m[2], f"line {n}")}))
        first, last = first or n, n
    if rows:
        runs.append((rows, first, last))
    fmt = "PyTorch NLP From Scratch tutorial prints (step = iteration)"
    matched = sum(len(rows) for rows, _, _ in runs)
    return appended_runs("pytorch_tutorial", fmt, runs, {"train": "loss"}, matched)
