"""Read the console of fatchord's WaveRNN (and the Tacotron and ForwardTacotron trainers of its
lineage): `| Epoch: 3/999999 (12/40) | Loss: 6.7277 | 2.4 steps/s | Step: 6k |` a batch, the
loss the epoch's running mean.

step = (epoch - 1) x batches of an epoch + batch. A launch counts its epochs to `(total steps -
the checkpoint's step) // batches + 1`, so one resumed from a checkpoint prints a smaller total
than the file's first launch: it continues that run, `(first total - its total) x batches`
steps on. A launch whose steps do not go on from the last (a new total, or its epochs
counted again) is a run apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_LINE = re.compile(
    rf"\s*\|\s*Epoch:\s*(\d+)/(\d+)\s*\((\d+)/(\d+)\)\s*\|\s*Loss:\s*({NUMBER})\s*\|.*"
)


def read_wavernn(lines: list[str]) -> TextLog:
    """Return the log's runs: each batch's running loss at its global step."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    totals: tuple[int, int] | None = None  # the run's first launch's (epochs, batches)
    launch: tuple[int, int] | None = None
    previous = 0
    for n, line in enumerate(lines, start=1):
        if "Epoch:" not in line or not (m := _LINE.fullmatch(line)):
            continue
        matched += 1
        epoch, epochs, batch, batches = (int(m[k]) for k in range(1, 5))
        if (
            totals is None
            or (epochs, batches) != launch
            and (batches != totals[1] or epochs > totals[0])
        ):
            totals = (epochs, batches)  # the first launch, or one of other settings
        launch = (epochs, batches)
        step = (totals[0] - epochs + epoch - 1) * batches + batch
        if rows and step <= previous:
            runs.append((rows, first, last))
            rows, first, totals = [], n, (epochs, batches)
            step = (epoch - 1) * batches + batch
        first, last, previous = first or n, n, step
        rows.append((step, "train", {"loss": number(m[5], f"line {n}")}))
    runs.append((rows, first, last))
    runs = [run for run in runs if run[0]]
    fmt = "WaveRNN console (step = (epoch - 1) x batches + batch, a resumed launch continued)"
    return appended_runs("wavernn", fmt, runs, {"train": "Loss"}, matched)
