"""Read the epoch logs of Moment-DETR and the video-moment-retrieval trainers written from it
(QD-DETR, CG-DETR, TR-DETR, ...): `results/train.log`, `2023_08_19_16_07_49 [Epoch] 001
[Loss] loss_span 0.80 loss_giou 1.08 ... loss_overall 5.75` a line, and `results/val.log`, the
same with the evaluation's `[Metrics] {...}` after its losses.

The loss is `loss_overall`, the weighted sum of the terms printed before it (what is
backpropagated; a log without it, its terms' total or first, as labelled values are read).
A training line's epoch counts from 1 (Moment-DETR writes `epoch_i + 1`), an evaluation's from
0 (`epoch_i`, after the same epoch's training): step = the training line's epoch, the
evaluation's + 1. Runs appended to one file (an epoch printed again) are runs apart.
"""

from __future__ import annotations

import re

from lossmon.server.log_fields import loss_part, normalise
from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_LINE = re.compile(r"(?:.*\s)?\[Epoch\]\s+(\d+)\s+\[Loss\]\s+(.*?)(\s+\[Metrics\].*)?")
_TERM = re.compile(rf"([A-Za-z_][\w@.]*)\s+({NUMBER})(?!\S)")
#: The total Moment-DETR prints after its terms.
TOTAL = "loss_overall"


def read_moment_detr(lines: list[str]) -> TextLog:
    """Return the log's runs: each training line's `loss_overall`, each evaluation's."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    previous: dict[str, int] = {}  # the last step of each split in this run
    read = TOTAL
    for n, line in enumerate(lines, start=1):
        if "[Epoch]" not in line or not (m := _LINE.fullmatch(line.rstrip())):
            continue
        terms = dict(_TERM.findall(m[2]))
        name = TOTAL if TOTAL in terms else _total(terms)
        if name is None:
            continue
        matched += 1
        split = "val" if m[3] else "train"
        step = int(m[1]) + (split == "val")
        if step <= previous.get(split, -1):
            runs.append((rows, first, last))
            rows, first, previous = [], n, {}
        first, last, previous[split], read = first or n, n, step, name
        rows.append((step, split, {"loss": number(terms[name], f"line {n}")}))
    runs.append((rows, first, last))
    runs = [run for run in runs if run[0]]
    fmt = "Moment-DETR epoch log (step = epoch; an evaluation's epoch + 1)"
    return appended_runs("moment_detr", fmt, runs, {"train": read, "val": read}, matched)


def _total(terms: dict[str, str]) -> str | None:
    """Return the name of the loss a line without `loss_overall` is read on, if any."""
    part = loss_part(normalise(name) for name in terms)
    return next((name for name in terms if normalise(name) == part), None)
