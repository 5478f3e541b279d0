"""Read the console log of Darknet (`darknet detector train`, pjreddie's and AlexeyAB's):
a line an iteration, `28: 452.600037, 471.978027 avg, 0.000000 rate, 1.169890 seconds, 28
images` (AlexeyAB's: `... avg loss, 0.001000 rate, ..., 4.85 hours left`), between its
`Region ...` lines of each output layer's IOU and recall.

The training loss is the first number, the iteration's own; the second is Darknet's moving
average of it (0.9 avg + 0.1 loss), which starts again at a resume. The lr is the rate.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, number

_ITERATION = re.compile(
    rf"\s*(\d+): ({NUMBER}), {NUMBER} avg(?: loss)?, ({NUMBER}) rate,.*"
)  # fmt: skip


def read_darknet(lines: list[str]) -> TextLog:
    """Return the log's iterations: train at the printed iteration, lr its rate."""
    rows: list[Row] = []
    for n, line in enumerate(lines, start=1):
        if m := _ITERATION.fullmatch(line):
            step = int(m[1])
            rows.append((step, "train", {"loss": number(m[2], f"line {n}")}))
            rows.append((step, "lr", {"lr": number(m[3], f"line {n}")}))
    columns = {"train": "loss (the first number)", "lr": "rate"} if rows else {}
    fmt = "Darknet console log (step = iteration)"
    return TextLog("darknet", fmt, rows, columns, len(rows) // 2)
