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
at step = the printed epoch (+ 1 in a log whose first epoch is 0), with the epoch's lr. Of
several losses the `Total`, else the first, the same in every run of the file. Evaluations
print PSNR, no loss. Runs and resumes as `Launches` tells them apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Launches, TextLog, appended_runs, number

_EPOCH = re.compile(rf"\s*\[Epoch (\d+)\]\s+Learning rate: ({NUMBER})\s*")
_BATCH = re.compile(r"\s*\[(\d+)/(\d+)\]\s+((?:\[[^\]:]+: [^\]]+\])+).*")
_LOSS = re.compile(rf"\[([^\]:]+): ({NUMBER})\]")


def read_edsr(lines: list[str]) -> TextLog:
    """Return the log's runs: each epoch's mean loss at its epoch, and its lr."""
    launches = Launches()
    matched = 0
    offset: int | None = None  # 1 where the log counts its epochs from 0
    epoch: tuple[int, float] | None = None  # the open epoch's step and lr
    mean: tuple[int, float] | None = None  # its last print's line and loss
    name: str | None = None

    def close() -> None:
        if epoch is not None and mean is not None:
            step, lr = epoch
            launches.add(
                mean[0], step, [(step, "train", {"loss": mean[1]}), (step, "lr", {"lr": lr})]
            )

    for n, line in enumerate(lines, start=1):
        if "[Epoch" in line and (m := _EPOCH.fullmatch(line)):
            close()
            printed = int(m[1])
            offset = (1 if printed == 0 else 0) if offset is None else offset
            epoch, mean = (printed + offset, number(m[2], f"line {n}")), None
            matched += 1
        elif epoch is not None and line.lstrip().startswith("[") and (m := _BATCH.fullmatch(line)):
            losses = dict(_LOSS.findall(m[3]))
            name = name or ("Total" if "Total" in losses else next(iter(losses), None))
            if name in losses:
                mean = (n, number(losses[name], f"line {n}"))
                matched += 1
    close()
    fmt = "EDSR training log (step = the printed epoch, its last print's mean)"
    columns = {"train": name, "lr": "Learning rate"} if name else {}
    return appended_runs("edsr", fmt, launches.done(), columns, matched)
