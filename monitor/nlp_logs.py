"""Read the logs of the NLP training libraries Flair and AllenNLP into replay rows.

- Flair's `training.log` (and the same lines captured from a script's output): `epoch 3 -
  iter 40/100 - loss 0.51 - ... - lr: 0.100000` every tenth of an epoch, the iteration
  counted from the start of each epoch, and after each epoch `DEV : loss 0.4 - f1-score ...`
  (and `TEST : loss ...`). Train at step = (epoch - 1) * iterations + iter; validation, the
  DEV loss (the TEST loss where the model trains on its dev set too and evaluates nothing
  else), at the epoch's end, epoch * iterations; lr as the iter lines print it.
- Flair's `loss.tsv`: a row per epoch, `EPOCH  TIMESTAMP  ...  TRAIN_LOSS  ...  DEV_LOSS ...`;
  train TRAIN_LOSS, validation DEV_LOSS (else TEST_LOSS), lr LEARNING_RATE, at the epoch
  counted from 1.
- AllenNLP's `stdout.log`: after each `Epoch 3/9` (counted from 0) a table of its metrics,
  `Training |  Validation` above `loss  |  0.510  |  0.543`; both at step = epoch + 1.

Runs appended to one file (a script that trains twice) are told apart where the epoch count
starts again from its first epoch; a resumed training repeats a few epochs instead, and those
keep their latest values.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number
from lossmon.server.training_log import Log, LogError


def read_nlp_log(lines: list[str]) -> TextLog | None:
    """Return the log as the format of this module that recognises most of its lines reads
    it, None when none recognises a line. A value that is no number raises ValueError."""
    best = max((parse(lines) for parse in FORMATS), key=lambda log: log.matched)
    return best if best.matched else None


_FLAIR_ITER = re.compile(
    rf"\bepoch\s+(\d+)\s+-\s+iter\s+(\d+)/(\d+)\s+-\s+loss\s+({NUMBER})"
    rf"(?:.*?\blr:\s*({NUMBER}))?"
)
_FLAIR_EVAL = re.compile(rf"\b(DEV|TEST)\s*:\s*loss\s+({NUMBER})")
_FLAIR_EPOCH = re.compile(r"\bEPOCH\s+(\d+)\s+done\b")
_FLAIR_BAD_EPOCHS = re.compile(r"\bBAD EPOCHS \(no improvement\):")


def _flair(lines: list[str]) -> TextLog:
    """Flair's training.log: the iter lines at (epoch - 1) * iterations + iter, an epoch's
    evaluation at epoch * iterations."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = 0
    epoch = size = 0  # the epoch now trained, and its iterations
    matched = 0
    for n, line in enumerate(lines, start=1):
        if not any(word in line for word in ("epoch", "EPOCH", "DEV", "TEST")):
            continue  # every pattern below needs one of them: no slow search of the line
        if m := _FLAIR_ITER.search(line):
            if rows and int(m[1]) == 1 < epoch:  # a training started again
                runs.append((rows, first, last))
                rows = []
            first = first if rows else n
            epoch, size = int(m[1]), int(m[3])
            step = (epoch - 1) * size + int(m[2])
            rows.append((step, "train", {"loss": number(m[4], f"line {n}")}))
            if m[5] is not None:
                rows.append((step, "lr", {"lr": number(m[5], f"line {n}")}))
        elif m := _FLAIR_EVAL.search(line):
            if not size:
                continue  # an evaluation before any training has no step
            first = first if rows else n
            rows.append((epoch * size, m[1], {"loss": number(m[2], f"line {n}")}))
        elif m := _FLAIR_EPOCH.search(line):
            epoch = int(m[1])  # an epoch too short to print an iter line is one still
        elif _FLAIR_BAD_EPOCHS.search(line):
            pass  # no value, but a line of Flair's own (and labelled values read no such line)
        else:
            continue
        last = n
        matched += 1
    if rows:
        runs.append((rows, first, last))
    # The model evaluates on DEV, or only on TEST where it trains on its dev set too.
    val = "DEV" if any(r[1] == "DEV" for rows, _, _ in runs for r in rows) else "TEST"
    kept = ("train", "lr", val)
    runs = [
        ([(s, "val" if sp == val else sp, v) for s, sp, v in rows if sp in kept], a, b)
        for rows, a, b in runs
    ]
    columns = {"train": "epoch N - iter I/M - loss", "val": f"{val} : loss", "lr": "lr"}
    return appended_runs(
        "flair",
        "Flair training.log (step = (epoch - 1) * iterations + iter)",
        runs,
        columns,
        matched,
    )


_ALLEN_EPOCH = re.compile(r"\bEpoch\s+(\d+)/\d+\s*$")
_ALLEN_HEADER = re.compile(r"\bTraining\s+\|\s+Validation\s*$")
_ALLEN_LOSS = re.compile(rf"(?:^|\s)loss\s+\|\s+({NUMBER}|N/A)\s+\|\s+({NUMBER}|N/A)\s*$")


def _allennlp(lines: list[str]) -> TextLog:
    """AllenNLP's stdout.log: the `loss` row of each epoch's metrics table, at epoch + 1
    (where no `Epoch e/N` line was kept, the table's number)."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = 0
    epoch: int | None = None
    tables = 0
    header = False
    matched = 0
    for n, line in enumerate(lines, start=1):
        if "Epoch" not in line and "Validation" not in line and not (header and "loss" in line):
            continue  # every pattern below needs one of them: no slow search of the line
        if m := _ALLEN_EPOCH.search(line):
            if rows and epoch is not None and int(m[1]) == 0 < epoch:  # trained again
                runs.append((rows, first, last))
                rows = []
            epoch = int(m[1])
        elif _ALLEN_HEADER.search(line):
            header = True
            tables += 1
        elif header and (m := _ALLEN_LOSS.search(line)):
            step = epoch + 1 if epoch is not None else tables
            first = first if rows else n
            for split, cell in (("train", m[1]), ("val", m[2])):
                if cell != "N/A":
                    rows.append((step, split, {"loss": number(cell, f"line {n}")}))
            last = n
        else:
            continue
        matched += 1
    if rows:
        runs.append((rows, first, last))
    if not runs:
        return TextLog("allennlp", "AllenNLP log", [], {}, 0)
    columns = {"train": "loss | Training", "val": "loss | Validation"}
    return appended_runs("allennlp", "AllenNLP log (step = epoch + 1)", runs, columns, matched)


FORMATS: tuple[Callable[[list[str]], TextLog], ...] = (_flair, _allennlp)

#: Cells Flair writes for a value it did not compute.
_MISSING = frozenset({"", "_", "-"})


def read_flair_tsv(lines: list[str]) -> Log | None:
    """Return Flair's loss.tsv as a Log, None when the text is not one. A value that is no
    number raises LogError naming its line."""
    filled = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    if not filled:
        return None
    header = filled[0][1].rstrip("\r\n").split("\t")
    if header[0] != "EPOCH" or "TRAIN_LOSS" not in header:
        return None
    train = header.index("TRAIN_LOSS")
    lr = header.index("LEARNING_RATE") if "LEARNING_RATE" in header else None
    table = [(n, line.rstrip("\r\n").split("\t")) for n, line in filled[1:]]
    # Some versions write an empty train-evaluation field the header does not name, just
    # after TRAIN_LOSS: the fields after it then stand one further right, and are found
    # counting from the row's end.
    val = next(
        (
            i
            for i, name in enumerate(header)
            if name in ("DEV_LOSS", "TEST_LOSS")
            and any(_cell(row, i, len(header), train) not in _MISSING for _, row in table)
        ),
        None,
    )
    rows: list[Row] = []
    try:
        epochs = [int(row[0]) for _, row in table]
        base = 1 if epochs and epochs[0] == 0 else 0  # counted from 0 in older versions
        for (n, row), epoch in zip(table, epochs, strict=True):
            for split, i in (("train", train), ("lr", lr), ("val", val)):
                cell = _cell(row, i, len(header), train) if i is not None else ""
                if cell not in _MISSING:
                    key = "lr" if split == "lr" else "loss"
                    rows.append((epoch + base, split, {key: number(cell, f"line {n}")}))
    except ValueError as error:
        raise LogError(f"Flair loss.tsv, {error}") from None
    columns = {"train": "TRAIN_LOSS"}
    if val is not None:
        columns["val"] = header[val]
    if lr is not None:
        columns["lr"] = "LEARNING_RATE"
    step = "EPOCH + 1" if base else "EPOCH"
    return Log("flair_tsv", f"Flair loss.tsv (step = {step})", rows, columns)


def _cell(row: list[str], i: int, width: int, train: int) -> str:
    """Return the row's field of header column i (see read_flair_tsv on longer rows)."""
    if i > train and len(row) > width:
        i -= width
    return row[i].strip() if -len(row) <= i < len(row) else ""
