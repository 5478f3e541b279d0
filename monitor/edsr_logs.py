"""Read the `log.txt` of EDSR-PyTorch and the super-resolution trainers built on its code
(RCAN, RDN, SAN, HAN, HNCT, ...):

    [Epoch 2]	Learning rate: 1.00e-4
    [1600/16000]	[L1: 4.5712]	12.9+0.3s
    [16000/16000]	[L1: 4.1022]	12.8+0.2s
    Evaluation:
    [DIV2K x2]	PSNR: 33.765 (Best: 33.765 @epoch 2)

A batch line's value is the mean since the epoch began (it starts again at each epoch, so
its prints within an epoch are no points of the run), and its count is of examples, whose
batch size the log does not say: an epoch's point is its last print, the epoch's mean loss,
at step = the printed epoch (+ 1 where the log counts from 0), with the epoch's lr. Of
several losses the `Total`, else the first. Evaluations print PSNR, no loss. An epoch that
does not go forward starts another run (a launch from the start).
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_EPOCH = re.compile(rf"\s*\[Epoch (\d+)\]\s+Learning rate: ({NUMBER})\s*")
_BATCH = re.compile(r"\s*\[(\d+)/(\d+)\]\s+((?:\[[^\]:]+: [^\]]+\])+).*")
_LOSS = re.compile(rf"\[([^\]:]+): ({NUMBER})\]")


def read_edsr(lines: list[str]) -> TextLog:
    """Return the log's runs: each epoch's mean loss at its epoch, and its lr."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    epoch: tuple[int, float] | None = None  # the epoch's step and lr, while one is open
    mean: tuple[str, float] | None = None  # its last print's loss (name, value)
    offset = 0  # 1 where the run counts its epochs from 0

    def close() -> None:
        nonlocal mean
        if epoch is not None and mean is not None:
            rows.append((epoch[0], "train", {"loss": mean[1]}))
            rows.append((epoch[0], "lr", {"lr": epoch[1]}))
        mean = None

    name: str | None = None
    for n, line in enumerate(lines, start=1):
        if "[Epoch" in line and (m := _EPOCH.fullmatch(line)):
            close()
            printed = int(m[1])
            if rows and printed + offset <= rows[-1][0]:
                runs.append((rows, first, last))
                rows, first = [], 0
            offset = (1 if printed == 0 else 0) if not rows else offset
            epoch = (printed + offset, number(m[2], f"line {n}"))
            matched += 1
        elif epoch is not None and line.lstrip().startswith("[") and (m := _BATCH.fullmatch(line)):
            losses = dict(_LOSS.findall(m[3]))
            key = "Total" if "Total" in losses else next(iter(losses))
            mean, name = (key, number(losses[key], f"line {n}")), name or key
            first, last, matched = first or n, n, matched + 1
    close()
    if rows:
        runs.append((rows, first, last))
    fmt = "EDSR training log (step = the printed epoch, its last print's mean)"
    columns = {"train": name, "lr": "Learning rate"} if name else {}
    return appended_runs("edsr", fmt, runs, columns, matched)
