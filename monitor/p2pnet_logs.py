"""Read P2PNet's `run_log.txt` (the crowd-counting model of Song et al., 2021, and its many
forks): after an `Eval Log <date>` header and the arguments, each epoch writes
`loss/loss@E: X`, `loss/loss_ce@E: X` and `[ep E][lr LR][Ts]` with no newline between them
(some forks add one), an evaluation's `mae:..., mse:...` among them.

The loss is `loss/loss`, the epoch's mean of the weighted total (its terms, `loss/loss_ce`
and the point loss, are parts of it); the evaluation reports counts, not a loss. Epochs are
printed from 0: step = E + 1. A launch that prints an epoch again (the same file appended by a
fresh start) is a run apart; one resumed from a checkpoint goes on from its epoch.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

# An epoch's loss, or the `[ep E][lr LR]` written after it, in the order they are printed.
_RECORD = re.compile(rf"loss/loss@(\d+):\s*({NUMBER})|\[ep (\d+)\]\[lr ({NUMBER})\]")


def read_p2pnet(lines: list[str]) -> TextLog:
    """Return the log's runs: each epoch's `loss/loss`, and the learning rate it printed."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    previous = -1
    for n, line in enumerate(lines, start=1):
        if "loss/loss@" not in line and "[ep " not in line:
            continue
        for m in _RECORD.finditer(line):
            if m[3] is not None:
                if int(m[3]) + 1 == previous:
                    rows.append((previous, "lr", {"lr": number(m[4], f"line {n}")}))
                continue
            step = int(m[1]) + 1
            if step <= previous:
                runs.append((rows, first, last))
                rows, first = [], n
            matched += 1
            first, last, previous = first or n, n, step
            rows.append((step, "train", {"loss": number(m[2], f"line {n}")}))
    runs.append((rows, first, last))
    runs = [run for run in runs if run[0]]
    fmt = "P2PNet run_log.txt (step = epoch + 1)"
    return appended_runs("p2pnet", fmt, runs, {"train": "loss/loss", "lr": "lr"}, matched)
