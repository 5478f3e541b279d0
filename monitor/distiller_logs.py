"""Read the console of Intel's Distiller `compress_classifier.py` and of the trainers written
from it (Analog Devices' ai8x-training `train.py`).

Each training epoch prints its running averages every few batches, `Epoch: [3][  10/ 207]
Overall Loss 1.09    Objective Loss 1.09    LR 0.001000    Time 0.12`, the last at `[207/
207]` being the epoch's mean; its evaluation follows under `--- validate (epoch=3)-----`,
`Epoch: [3][  11/  11]    Loss 1.15    Top1 45.9    Top5 91.9` at its last batch, then a
`==> Top1: ... Loss: 1.160` summary that repeats it rounded. The final `--- test ---` block
is no epoch's.

The training loss is the `Overall Loss` (the objective and any regulariser's terms, what is
backpropagated; the `Objective Loss` where none is printed) of each epoch's last batch, the
validation loss the `Loss` of its evaluation's last batch, the lr the `LR` beside the training
loss; step = epoch + 1 (Distiller counts epochs from 0). Runs appended to one file (an epoch
printed again, a new launch or a resume from an earlier checkpoint) are runs apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_BATCH = re.compile(r"\s*Epoch: \[(\d+)\]\[\s*(\d+)\s*/\s*(\d+)\]\s+(.*)")
_VALIDATE = re.compile(r"\s*--- validate \(epoch=(\d+)\)-*\s*")
# Any other block's heading (`--- test ---------`) ends a validation.
_BLOCK = re.compile(r"\s*---\s")
_FIELD = re.compile(rf"([^\W\d][\w ]*?)\s+({NUMBER})(?!\S)")
_TRAIN = ("Overall Loss", "Objective Loss")


def read_distiller(lines: list[str]) -> TextLog:
    """Return the log's runs: each epoch's training and validation loss and its lr."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    validating: int | None = None  # the epoch of the validation block the line is in
    trained: int | None = None  # the epoch of the last training mean read
    read: str | None = None  # the training loss's name
    for n, line in enumerate(lines, start=1):
        if "---" in line and (heading := _VALIDATE.fullmatch(line)):
            validating, matched = int(heading[1]), matched + 1
            continue
        if "---" in line and _BLOCK.match(line):
            validating = None
            continue
        if "Epoch: [" not in line or not (m := _BATCH.fullmatch(line)):
            continue
        matched += 1
        epoch, done, total = int(m[1]), int(m[2]), int(m[3])
        fields = dict(_FIELD.findall(m[4]))
        name = next((name for name in _TRAIN if name in fields), None)
        train = fields[name] if name else None
        if train is not None:
            validating = None
        if done != total:
            continue  # a running average within the epoch
        where = f"line {n}"
        if train is not None:
            if trained is not None and epoch <= trained:
                runs.append((rows, first, last))
                rows, first = [], n
            first, last, trained = first or n, n, epoch
            rows.append((epoch + 1, "train", {"loss": number(train, where)}))
            read = read or name
            if "LR" in fields:
                rows.append((epoch + 1, "lr", {"lr": number(fields["LR"], where)}))
        elif validating == epoch and "Loss" in fields:
            rows.append((epoch + 1, "val", {"loss": number(fields["Loss"], where)}))
            last = n
    runs.append((rows, first, last))
    runs = [run for run in runs if run[0]]
    fmt = "Distiller console (step = epoch + 1; each epoch's last batch)"
    columns = {"train": read or _TRAIN[0], "val": "Loss", "lr": "LR"}
    return appended_runs("distiller", fmt, runs, columns, matched)
