"""Read the training logs people keep into replay rows `(step, split, {"loss": v})`.

Splits are "train", "val" and "lr" (values `{"lr": v}`), as
:mod:`lossmon.server.detectors.replay` takes them. The format is recognised from the
content, never from the file name alone:

- Hugging Face Trainer `trainer_state.json`: its `log_history`; train `loss` and val
  `eval_loss` at their `step`, lr `learning_rate`; the final summary entry is skipped.
- A CSV with a `step` column (PyTorch Lightning's CSVLogger `metrics.csv`): each series from
  its first column present, rows whose cell is empty skipped.
- A CSV without one (Keras' CSVLogger, per-epoch histories): one point per epoch at
  step = epoch number starting at 1 (a 0-based `epoch` column + 1; without one, the row).
- lossmon's own curve CSV (`step,split,loss,reg,ppl` and its `<stem>.lr.csv`).
- JSON lines (or a JSON list) of dicts with a step-like key and loss-like keys.
- Text logs (:mod:`lossmon.server.text_logs`): nanoGPT, modded-nanogpt, llm.c (console and
  `main.log`) and Trainer console output (Python dicts, no step: step = count of train logs).

Non-finite values (`nan`, `NaN`, `inf`) are data and are kept.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lossmon.server import text_logs
from lossmon.server.detectors import replay
from lossmon.server.text_logs import Row

EXPECTED = (
    "a Trainer trainer_state.json (log_history), a CSV with a step column (Lightning "
    "CSVLogger) or an epoch column (Keras CSVLogger) and loss columns, a lossmon curve CSV "
    "(step,split,loss), JSON lines with a step and a loss, or a nanoGPT / modded-nanogpt / "
    "llm.c / Trainer console log"
)

# Column and key names, normalised (lower case, letters and digits only), in order of choice.
STEP_TRAIN = ("trainlossstep", "trainloss", "loss", "trainlossbatch")
STEP_VAL = ("valloss", "vallossepoch", "validloss", "validationloss", "evalloss")
EPOCH_TRAIN = ("loss", "trainloss", "trainingloss")
# A per-epoch history's held-out split is sometimes called "test" (used when nothing else is).
EPOCH_VAL = ("valloss", "validloss", "validationloss", "evalloss", "testloss")
LR = ("lr", "learningrate")
RECORD_STEP = ("step", "iter", "iteration", "globalstep")
RECORD_TRAIN = ("loss", "trainloss", "trainingloss", "losstrain", "trainlossstep")
RECORD_VAL = ("valloss", "evalloss", "validloss", "validationloss", "lossval", "vallossepoch")
RECORD_LR = ("lr", "learningrate", "trainlr", "trainlearningrate")


class LogError(Exception):
    """A file that cannot be read as a training log; the message says what was expected."""


@dataclass
class Log:
    """A training log read into replay rows, and what was read from it."""

    kind: str  # short name: trainer_state, lightning_csv, keras_csv, jsonl, nanogpt, ...
    format: str  # the words shown to a person
    rows: list[Row]
    columns: dict[str, str] = field(default_factory=dict)  # split → the column read for it
    #: Which of the runs appended to one file this is ("run 2 of 4 (lines 22-41)"), if several.
    part: str | None = None

    def points(self, split: str) -> int:
        """Return how many rows of one split were read."""
        return sum(1 for row in self.rows if row[1] == split)

    def describe(self) -> str:
        """Return e.g. "Trainer log_history — train 'loss' 150 points, val 'eval_loss' 15,
        lr 'learning_rate'"."""
        parts: list[str] = []
        unit = " points"  # after the first count only
        for split in ("train", "val"):
            if split in self.columns:
                parts.append(f"{split} {self.columns[split]!r} {self.points(split)}{unit}")
                unit = ""
            else:
                parts.append(f"no {split}")
        if "lr" in self.columns:
            parts.append(f"lr {self.columns['lr']!r}")
        where = f", {self.part}" if self.part else ""
        return f"{self.format}{where} — {', '.join(parts)}"


def read_logs(path: Path) -> list[Log]:
    """Read a training log whatever its format: one Log per run the file holds (several only
    where runs were appended to one history file). Raise LogError when it is none of them."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise LogError(f"{path.name}: not a text file; expected {EXPECTED}") from None
    try:
        logs = _read(path, text)
    except LogError as error:
        raise LogError(f"{path.name}: {error}") from None
    order = {"train": 0, "lr": 1}
    for log in logs:
        if not log.rows:
            raise LogError(f"{path.name}: read as {log.format}, but it holds no loss values")
        # Stable: rows of one step and split keep the file's order.
        log.rows.sort(key=lambda r: (r[0], order.get(r[1], 2)))
    return logs


def _read(path: Path, text: str) -> list[Log]:
    lines = text.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    if not first:
        raise LogError(f"the file is empty; expected {EXPECTED}")
    if first[0] in "{[":
        whole = _json(text)
        if isinstance(whole, dict) and isinstance(whole.get("log_history"), list):
            return [_trainer_state(whole["log_history"])]
        if isinstance(whole, dict) and _choose(whole, RECORD_STEP) is None:
            raise LogError(f"a JSON object without log_history; expected {EXPECTED}")
        if isinstance(whole, list) and whole and all(isinstance(r, dict) for r in whole):
            return [_records(whole, "JSON list of records")]
        records = [_json(line) for line in lines if line.strip()]
        if all(isinstance(r, dict) for r in records):
            return [_records(records, "JSON lines")]
    if _is_header(first):
        return _csv(path, text)
    return [_text_log(lines)]


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _value(raw: Any, where: str) -> float | None:
    """Return a cell's or a field's number (nan/inf kept), None when it is empty."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise LogError(f"{where}: {raw!r} is not a number")
    try:
        return float(raw)
    except ValueError:
        raise LogError(f"{where}: {raw!r} is not a number") from None


def _step(raw: Any, where: str) -> int:
    value = _value(raw, where)
    if value is None or not value.is_integer():
        raise LogError(f"{where}: step {raw!r} is not a whole number")
    return int(value)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _choose(
    names: Iterable[str], wanted: Sequence[str], other: Callable[[str], bool] | None = None
) -> str | None:
    """Return the first of `names` whose normalised form comes first in `wanted`, else the
    first that `other` accepts, else None."""
    names = list(names)
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(_norm(name), name)
    for want in wanted:
        if want in by_norm:
            return by_norm[want]
    return next((n for n in names if other is not None and other(_norm(n))), None)


def _other_train(norm: str) -> bool:
    return norm.startswith("train") and "loss" in norm


def _other_val(norm: str) -> bool:
    return norm.startswith("val") and "loss" in norm


def _other_lr(norm: str) -> bool:
    # Lightning's LearningRateMonitor: lr-Adam, lr-AdamW/pg1, ...
    return norm.startswith("lr")


# ---------------------------------------------------------------------------------- JSON


def _trainer_state(history: list[Any]) -> Log:
    rows: list[Row] = []
    columns: dict[str, str] = {}
    for n, entry in enumerate(history):
        if not isinstance(entry, dict) or "step" not in entry:
            continue
        where = f"log_history[{n}]"
        # The summary entry at the end has train_loss (the run's mean), never "loss".
        for split, key, metric in (
            ("train", "loss", "loss"),
            ("val", "eval_loss", "loss"),
            ("lr", "learning_rate", "lr"),
        ):
            value = _value(entry.get(key), where)
            if value is not None:
                rows.append((_step(entry["step"], where), split, {metric: value}))
                columns[split] = key
    return Log("trainer_state", "Trainer log_history", rows, columns)


def _records(records: list[Any], what: str) -> Log:
    keys: dict[str, None] = {}
    for record in records:
        keys.update(dict.fromkeys(record))
    step_key = _choose(keys, RECORD_STEP)
    if step_key is None:
        raise LogError(f"{what} without a step key; expected step, iter, iteration or global_step")
    chosen = {
        "train": _choose(keys, RECORD_TRAIN),
        "val": _choose(keys, RECORD_VAL),
        "lr": _choose(keys, RECORD_LR),
    }
    if chosen["train"] is None and chosen["val"] is None:
        raise LogError(f"{what} without a loss key; expected loss, train_loss, val_loss, ...")
    rows: list[Row] = []
    for n, record in enumerate(records, start=1):
        where = f"record {n}"
        for split, key in chosen.items():
            value = None if key is None else _value(record.get(key), where)
            if value is None or record.get(step_key) is None:
                continue
            rows.append((_step(record[step_key], where), split, _metric(split, value)))
    columns = {split: key for split, key in chosen.items() if key is not None}
    return Log("jsonl", what, rows, columns)


def _metric(split: str, value: float) -> dict[str, float]:
    return {"lr": value} if split == "lr" else {"loss": value}


# ----------------------------------------------------------------------------------- CSV


def _is_header(line: str) -> bool:
    """Whether a first line is a CSV header: two or more names, no spaces or colons in them
    (a text log's "step 250: train loss 2.1, val loss 2.2" has both)."""
    cells = next(csv.reader([line]))
    name = re.compile(r"[A-Za-z_][\w./\-()\[\]@]*")
    return len(cells) >= 2 and all(name.fullmatch(c.strip()) for c in cells)


def _csv(path: Path, text: str) -> list[Log]:
    reader = csv.reader(io.StringIO(text))
    header = [c.strip() for c in next(reader)]
    # Blank lines (some writers double every line break) and all-empty rows are no rows.
    body = [(reader.line_num, r) for r in reader if any(c.strip() for c in r)]
    if not body:
        raise LogError("a CSV header without rows")
    lower = {c.lower() for c in header}
    if {"step", "split", "loss"} <= lower:
        return [_curve_csv(path)]

    def filled(name: str) -> bool:
        i = header.index(name)
        return any(i < len(r) and r[i].strip() for _, r in body)

    present = [c for c in header if filled(c)]
    stepped = "step" in lower
    train_names, val_names = (STEP_TRAIN, STEP_VAL) if stepped else (EPOCH_TRAIN, EPOCH_VAL)
    chosen = {
        "train": _choose(present, train_names, _other_train),
        "val": _choose(present, val_names, _other_val),
        "lr": _choose(present, LR, _other_lr),
    }
    if chosen["train"] is None and chosen["val"] is None:
        raise LogError(
            f"a CSV with columns {', '.join(header)} but no loss column; expected loss, "
            "train_loss, train_loss_step, val_loss, eval_loss, ..."
        )
    index = {split: header.index(c) for split, c in chosen.items() if c is not None}
    columns = {split: c for split, c in chosen.items() if c is not None}
    if stepped:
        at = header.index(next(c for c in header if c.lower() == "step"))
        steps = [(line, r, _step(_cell(r, at).strip(), f"line {line}")) for line, r in body]
        runs = [("Lightning CSVLogger metrics", steps)]
        kind = "lightning_csv"
    else:
        runs = _epoch_runs(header, body)
        kind = "keras_csv"
    logs = []
    for n, (fmt, numbered) in enumerate(runs, start=1):
        rows: list[Row] = []
        for line, cells, step in numbered:
            for split, i in index.items():
                value = _value(_cell(cells, i).strip(), f"line {line}, column {header[i]}")
                if value is not None:
                    rows.append((step, split, _metric(split, value)))
        log = Log(kind, fmt, rows, dict(columns))
        if len(runs) > 1:
            log.part = f"run {n} of {len(runs)} (lines {numbered[0][0]}-{numbered[-1][0]})"
        logs.append(log)
    return logs


def _curve_csv(path: Path) -> Log:
    try:
        rows = replay.read_run(path)
    except (KeyError, ValueError) as error:
        raise LogError(f"not a valid lossmon curve CSV: {error}") from None
    columns = {s: "loss" for s in ("train", "val") if any(r[1] == s for r in rows)}
    if any(r[1] == "lr" for r in rows):
        columns["lr"] = f"{path.stem}.lr.csv"
    return Log("curve_csv", "lossmon curve CSV", rows, columns)


def _cell(cells: list[str], i: int) -> str:
    return cells[i] if i < len(cells) else ""


Numbered = list[tuple[int, list[str], int]]  # (line, cells, step) of each row


def _epoch_runs(header: list[str], body: list[tuple[int, list[str]]]) -> list[tuple[str, Numbered]]:
    """Return the runs of a per-epoch history, each with its words and its numbered rows.

    Keras' CSVLogger counts epochs from 0: step = epoch + 1; a history whose epochs start at
    1 keeps them; without an epoch column, step = the row's number. CSVLogger(append=True)
    puts each new run after the last one: where the epoch counter starts again (or the
    header is written again) a new run begins.
    """
    epoch_at = next((i for i, c in enumerate(header) if c.lower() == "epoch"), None)
    if epoch_at is None:
        return [("Keras history (step = row)", [(ln, r, n) for n, (ln, r) in enumerate(body, 1)])]
    header_norm = [_norm(c) for c in header]
    runs: list[Numbered] = [[]]
    for line, cells in body:
        if [_norm(c) for c in cells] == header_norm:
            runs.append([])
            continue
        epoch = _step(_cell(cells, epoch_at).strip(), f"line {line}, column {header[epoch_at]}")
        if runs[-1] and epoch <= runs[-1][-1][2]:
            runs.append([])
        runs[-1].append((line, cells, epoch))
    out = []
    for run in filter(None, runs):
        offset = 1 if run[0][2] == 0 else 0
        words = "Keras history (step = epoch + 1)" if offset else "Keras history (step = epoch)"
        out.append((words, [(line, cells, epoch + offset) for line, cells, epoch in run]))
    return out


def _text_log(lines: list[str]) -> Log:
    try:
        read = text_logs.read_text_log(lines)
    except ValueError as error:
        raise LogError(str(error)) from None
    if read is None:
        raise LogError(f"not a training log lossmon can read; expected {EXPECTED}")
    return Log(read.kind, read.format, read.rows, read.columns)


def series_of(log: Log) -> Mapping[str, dict[int, float]]:
    """Return the log's points by the client's keys: train/loss, val/loss (and train/reg,
    train/ppl, ... where a curve CSV has them), lr. A step logged twice keeps the later value."""
    out: dict[str, dict[int, float]] = {}
    for step, split, values in log.rows:
        for metric, value in values.items():
            key = "lr" if split == "lr" else f"{split}/{metric}"
            out.setdefault(key, {})[step] = value
    return out
