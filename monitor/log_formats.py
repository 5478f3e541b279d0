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
  Ultralytics YOLO's `results.csv` is one, read on its classification loss (`cls_loss`).
- lossmon's own curve CSV (`step,split,loss,reg,ppl` and its `<stem>.lr.csv`).
- A per-epoch history saved as JSON (Keras' `history.history`, or any object of per-epoch
  lists, also under `history` or `metrics`): step = epoch, from an `epoch(s)` list or the
  list index + 1; a shorter val list every k epochs where the lengths divide.
- A TensorBoard scalar export (`Wall time,Step,Value`): one series, learning rate or
  validation when the file name says so (lr, learning_rate; val, valid, eval, test: in
  TensorBoard's `run-<run>-tag-<tag>.csv`, the tag or else the run's last word), else
  training — the only thing a name decides.
- A W&B chart export (`Step,"<run> - train/loss","<run> - train/loss__MIN",...`): one log
  per run, its `__MIN`/`__MAX` columns passed over.
- A headerless `step,loss` file (a step and a number a line): the training loss.
- JSON lines (or a JSON list) of dicts with a step-like key and loss-like keys (a step that
  restarts each epoch: the records counted).
- Text logs: nanoGPT, modded-nanogpt, llm.c (console and `main.log`), Trainer console
  output (Python dicts, no step: step = count of train logs) (:mod:`lossmon.server.text_logs`),
  and labelled values as most scripts print them (`Epoch 3 | Train Loss: 0.41 | ...`,
  :mod:`lossmon.server.labelled_logs`): the one that recognises the most lines.

CSVs may be tab-separated and may carry pandas' unnamed index column; gzip-compressed files
are read as their content.

Non-finite values (`nan`, `NaN`, `inf`) are data and are kept.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import lzma
import re
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lossmon.server import labelled_logs, text_logs
from lossmon.server.detectors import replay
from lossmon.server.text_logs import Row

EXPECTED = (
    "a Trainer trainer_state.json (log_history), a CSV with a step column (Lightning "
    "CSVLogger) or an epoch column (Keras CSVLogger) and loss columns, a lossmon curve CSV "
    "(step,split,loss), a JSON history of per-epoch lists, a W&B or TensorBoard CSV export, "
    "JSON lines with a step and a loss, a nanoGPT / modded-nanogpt / llm.c / Trainer console "
    "log, or a text log printing labelled losses (Epoch 3 - loss: 0.41 - val_loss: 0.52)"
)

# Column and key names, normalised (lower case, letters and digits only), in order of choice.
# epoch/loss, epoch/val_loss: W&B's Keras callback.
STEP_TRAIN = (
    "trainlossstep", "trainloss", "loss", "trainlossbatch", "epochloss", "batchloss", "totalloss",
    "lossstep", "lossepoch", "cost",
)  # fmt: skip
STEP_VAL = ("valloss", "vallossepoch", "validloss", "validationloss", "evalloss", "epochvalloss")
EPOCH_TRAIN = (
    "loss", "trainloss", "trainingloss", "avgloss", "meanloss", "trainlosses", "totalloss",
    "lossepoch", "cost",
)  # fmt: skip
# A per-epoch history's held-out split is sometimes called "test" (used when nothing else is).
EPOCH_VAL = ("valloss", "validloss", "validationloss", "evalloss", "testloss", "vallosses")
# A JSON history's lists may be named by their split alone ({"train": [...], "val": [...]}).
HISTORY_TRAIN = (*EPOCH_TRAIN, "train")
HISTORY_VAL = (*EPOCH_VAL, "val", "valid", "validation")
LR = ("lr", "learningrate")
# current_steps: LLaMA-Factory's trainer_log.jsonl.
RECORD_STEP = ("step", "iter", "iteration", "globalstep", "currentsteps")
RECORD_TRAIN = ("loss", "trainloss", "trainingloss", "losstrain", "trainlossstep", "cost")
RECORD_VAL = ("valloss", "evalloss", "validloss", "validationloss", "lossval", "vallossepoch")
RECORD_LR = ("lr", "learningrate", "trainlr", "trainlearningrate")


#: The largest step kept: a float holds every whole number up to it, and the store's
#: 64-bit integers hold it.
MAX_STEP = 2**53
#: Compressed files read as they are: (name, magic bytes, decompress).
COMPRESSIONS: tuple[tuple[str, tuple[bytes, ...], Callable[[bytes], bytes]], ...] = (
    ("gzip", (b"\x1f\x8b",), gzip.decompress),
    ("xz", (b"\xfd7zXZ\x00",), lzma.decompress),
    ("bzip2", tuple(b"BZh%d" % level for level in range(1, 10)), bz2.decompress),
)

#: Kinds read from a CSV table, whose rows are kept as they are.
TABLES = frozenset({"lightning_csv", "keras_csv", "ultralytics_csv", "wandb_csv", "curve_csv"})


class LogError(Exception):
    """A file that cannot be read as a training log; the message says what was expected."""


@dataclass
class Log:
    """A training log read into replay rows, and what was read from it."""

    kind: str  # short name: trainer_state, lightning_csv, keras_csv, jsonl, labelled, ...
    format: str  # the words shown to a person
    rows: list[Row]
    columns: dict[str, str] = field(default_factory=dict)  # split → the column read for it
    #: Which of the runs appended to one file this is ("run 2 of 4 (lines 22-41)"), if several.
    part: str | None = None
    #: The run's own name, where the file gives one (a W&B export's run).
    title: str | None = None

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
    data = path.read_bytes()
    compression = next(
        (name for name, magic, _ in COMPRESSIONS if data.startswith(magic)), None
    )  # fmt: skip
    compressed = compression is not None
    try:
        raw = next(
            (open_(data) for name, _, open_ in COMPRESSIONS if name == compression), data
        )  # fmt: skip
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as error:
        # A damaged file raises any of these, depending on where it breaks.
        raise LogError(f"{path.name}: a damaged {compression} file ({error})") from None
    try:
        # UTF-16 with its byte-order mark: what Windows PowerShell's `>` writes.
        text = raw.decode("utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
    except UnicodeDecodeError:
        what = (
            f"a {compression} file whose content is not text" if compressed else "not a text file"
        )
        raise LogError(f"{path.name}: {what}; expected {EXPECTED}") from None
    try:
        logs = _read(path, text)
    except LogError as error:
        raise LogError(f"{path.name}: {error}") from None
    if compressed:
        for log in logs:
            log.format = f"{log.format}, {compression}"
    order = {"train": 0, "lr": 1}
    for log in logs:
        if not log.rows:
            raise LogError(f"{path.name}: read as {log.format}, but it holds no loss values")
        far = next((r[0] for r in log.rows if abs(r[0]) > MAX_STEP), None)
        if far is not None:
            raise LogError(f"{path.name}: read as {log.format}, but step {far:.3g} is beyond 2**53")
        # Stable: rows of one step and split keep the file's order. In a log of records (a
        # log appended to after a restart, LLaMA-Factory's repeated records) a step written
        # again keeps its latest value, as a client's re-sent point does; a CSV's rows stay
        # (its step may restart each epoch).
        if log.kind not in TABLES:
            log.rows = list({(r[0], r[1]): r for r in log.rows}.values())
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
        if isinstance(whole, dict) and (history := _history_lists(whole)) is not None:
            return [_history_json(history)]
        if isinstance(whole, dict) and (heads := _history_heads(whole)):
            logs = [_history_json(lists) for lists in heads.values()]
            for n, (head, log) in enumerate(zip(heads, logs, strict=True), start=1):
                log.part = f"model {head!r} ({n} of {len(heads)})"
            return logs
        if isinstance(whole, dict) and _choose(whole, RECORD_STEP) is None:
            raise LogError(f"a JSON object without log_history; expected {EXPECTED}")
        if isinstance(whole, list) and whole and all(isinstance(r, dict) for r in whole):
            return [_records(whole, "JSON list of records")]
        records = [_json(line) for line in lines if line.strip()]
        if all(isinstance(r, dict) for r in records):
            return [_records(records, "JSON lines")]
    if _is_table(lines):
        return _csv(path, text)
    if all(_STEP_LOSS.fullmatch(line) for line in lines if line.strip()):
        return [_step_loss(lines)]
    if all(_MLFLOW.fullmatch(line) for line in lines if line.strip()):
        return [_mlflow_metric(path, lines)]
    return _text_log(lines)


# An MLflow metric file (mlruns/<experiment>/<run>/metrics/<name>): "<ms timestamp> <value>
# <step>" per line.
_MLFLOW = re.compile(rf"\s*\d{{10,14}} ({text_logs.NUMBER}|nan|-?inf|NaN|-?Infinity) (-?\d+)\s*")


def _mlflow_metric(path: Path, lines: list[str]) -> Log:
    """One metric of an MLflow run, named by its path under `metrics/` (a metric `val/loss`
    is the file `metrics/val/loss`): its split from that name (as a TensorBoard tag's),
    training unless it says validation or learning rate."""
    parts = path.parts
    named = "/".join(parts[len(parts) - parts[::-1].index("metrics") :] if "metrics" in parts
                     else parts[-1:])  # fmt: skip
    split = _named_split(named.lower()) or "train"
    rows: list[Row] = []
    for n, line in enumerate(lines, start=1):
        if m := _MLFLOW.fullmatch(line):
            value = _value(m[1], f"line {n}")
            if value is not None:
                rows.append((_step(m[2], f"line {n}"), split, _metric(split, value)))
    words = f"MLflow metric file ({split}, from the file name)"
    return Log("mlflow_metric", words, rows, {split: path.name})


# `\s*,\s*|\s+`, not `\s*[,\t ]\s*`: one way to split a run of spaces keeps a long one linear.
_STEP_LOSS = re.compile(rf"\s*(\d+)(?:\s*,\s*|\s+)({text_logs.NUMBER})\s*")


def _step_loss(lines: list[str]) -> Log:
    rows: list[Row] = []
    for line in lines:
        if m := _STEP_LOSS.fullmatch(line):
            rows.append((int(m[1]), "train", {"loss": float(m[2])}))
    return Log("step_loss", "headerless step,loss lines", rows, {"train": "column 2"})


def _json(text: str) -> Any:
    """Return the text's JSON value, None when it is no JSON."""
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError:
        return None
    except RecursionError:
        raise LogError("JSON nested too deeply to be a training log") from None


def _json_int(raw: str) -> int:
    # A whole number a float cannot hold (over 308 digits) is no loss and no step; the
    # int() of one over 4300 digits raises ValueError of its own.
    if len(raw.lstrip("-")) > 308:
        raise LogError(f"a JSON number of {len(raw)} digits, too large to be a loss or a step")
    return int(raw)


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
    first that `other` accepts, else None. A name under a logger's namespace
    (`finetuning/train_loss_epoch`) is also known by its last part, where that part says its
    split and holds "loss" (`train/loss` is not known as `loss`)."""
    names = list(names)
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(_norm(name), name)
    for name in names:
        # A logger's namespace (`finetuning/train_loss_epoch`): the name after it, where
        # that name says its split itself (`train/loss` keeps its prefix: it is the split).
        tail = _norm(name.rsplit("/", 1)[-1])
        if "/" in name and "loss" in tail and tail.startswith(SPLIT_WORDS):
            by_norm.setdefault(tail, name)
    for want in wanted:
        if want in by_norm:
            return by_norm[want]
    return next((n for n in names if other is not None and other(_norm(n))), None)


SPLIT_WORDS = ("train", "val", "valid", "eval", "test")


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
    counted = False
    if _restarts(records, step_key) and not _restarts(records, "epoch", strictly=True):
        # A resumed run whose step counter started again while its epochs went on: the
        # epoch orders the records.
        step_key, what = "epoch", f"{what} (step = epoch: the step counter restarts)"
    elif _restarts(records, step_key) and _grows(records, ("epoch", step_key)):
        # A step counted within its epoch: (epoch, step) orders the records, which are
        # counted as the text logs' train values are.
        counted, what = True, f"{what} (step = train record count: the step restarts each epoch)"
    rows: list[Row] = []
    count = 0
    for n, record in enumerate(records, start=1):
        where = f"record {n}"
        values = {
            split: value
            for split, key in chosen.items()
            if key is not None and (value := _value(record.get(key), where)) is not None
        }
        if counted:
            count += "train" in values
            step = max(count, 1)
        elif values and record.get(step_key) is not None:
            step = _step(record[step_key], where)
        else:
            continue
        rows += [(step, split, _metric(split, value)) for split, value in values.items()]
    columns = {s: k for s, k in chosen.items() if k is not None and any(r[1] == s for r in rows)}
    return Log("jsonl", what, rows, columns)


def _restarts(records: list[Any], key: str, *, strictly: bool = False) -> bool:
    """Whether `key`'s values (where given, all whole numbers) ever go back (with `strictly`,
    also repeat); True when a record lacks it or it is not a whole number."""
    values = [r.get(key) for r in records]
    if not all(isinstance(v, (int, float)) and float(v).is_integer() for v in values):
        return True
    pairs = zip(values, values[1:], strict=False)
    return any(b < a or (strictly and b == a) for a, b in pairs)


def _grows(records: list[Any], keys: tuple[str, str]) -> bool:
    """Whether every record has whole numbers under both keys, the pair never going back
    (an evaluation's record may repeat its train record's)."""
    pairs = [tuple(r.get(k) for k in keys) for r in records]
    whole = all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer()
        for pair in pairs
        for v in pair
    )
    return whole and all(a <= b for a, b in zip(pairs, pairs[1:], strict=False))


def _metric(split: str, value: float) -> dict[str, float]:
    return {"lr": value} if split == "lr" else {"loss": value}


def _numbers(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    )


def _history_lists(whole: dict[str, Any]) -> dict[str, list[float]] | None:
    """Return the per-epoch lists of a JSON history (at the top, or under `history` or
    `metrics`, with an `epoch(s)` list beside them), None when it has no loss list."""
    epochs = next((whole[k] for k in ("epoch", "epochs") if _numbers(whole.get(k))), None)
    for holder in (whole, whole.get("history"), whole.get("metrics")):
        if not isinstance(holder, dict):
            continue
        lists = {k: v for k, v in holder.items() if _numbers(v)}
        if _choose(lists, HISTORY_TRAIN, _other_train) or _choose(lists, HISTORY_VAL, _other_val):
            return {**lists, **({"epoch": epochs} if epochs is not None else {})}
    return None


def _history_heads(whole: dict[str, Any]) -> dict[str, dict[str, list[float]]]:
    """Return the histories of several models saved in one JSON object, each under a prefix
    of its keys (`reg_loss`, `reg_val_loss`, ...; `cls_loss`, `cls_val_loss`, ...): the
    prefixes P with both P + "loss" and P + "val_loss" lists."""
    lists = {k: v for k, v in whole.items() if _numbers(v)}
    heads: dict[str, dict[str, list[float]]] = {}
    for key in lists:
        if key.endswith("val_loss") and (head := key[: -len("val_loss")]):
            if head + "loss" in lists:
                n = len(head)
                heads[head.rstrip("_/.-")] = {
                    k[n:]: v for k, v in lists.items() if k.startswith(head)
                }
    return heads


def _history_json(lists: dict[str, list[float]]) -> Log:
    """A per-epoch history: step = epoch (its `epoch` list, 0-based + 1), else the list index
    + 1. An epoch list shorter than the series is not used. A list shorter than the
    series (val evaluated every k epochs) takes every k-th step, ending at the last, where the
    lengths divide; else its values are at the first steps, as the words say."""
    names = [k for k in lists if k != "epoch"]
    chosen = {
        "train": _choose(names, HISTORY_TRAIN, _other_train),
        "val": _choose(names, HISTORY_VAL, _other_val),
        "lr": _choose(names, LR, _other_lr),
    }
    keys = {split: key for split, key in chosen.items() if key is not None}
    # The series the steps number: the training loss's (or the validation loss's).
    series = len(lists[keys["train"] if "train" in keys else keys["val"]])
    epochs = lists.get("epoch")
    notes: list[str] = []
    if epochs is not None and all(float(e).is_integer() for e in epochs) and len(epochs) >= series:
        offset = 1 if epochs[0] == 0 else 0
        steps = [int(e) + offset for e in epochs]
        notes.append("step = epoch + 1" if offset else "step = epoch")
    else:
        steps = list(range(1, max(len(v) for v in lists.values()) + 1))
        notes.append("step = list index + 1")
        if epochs is not None and len(epochs) < series:
            notes.append(f"its epoch list of {len(epochs)} for {series} values unused")
    rows: list[Row] = []
    for split, key in keys.items():
        values = lists[key]
        at = steps
        if len(values) < series:
            if series % len(values) == 0:
                every = series // len(values)
                at = steps[every - 1 : series : every]
                notes.append(f"{key!r} every {every} epochs")
            else:
                notes.append(f"{key!r} at the first {len(values)} of {series} epochs")
        pairs = zip(at, values, strict=False)
        rows += [(step, split, _metric(split, float(v))) for step, v in pairs]
    return Log("json_history", f"JSON history ({'; '.join(notes)})", rows, keys)


# ----------------------------------------------------------------------------------- CSV


def _delimiter(line: str) -> str:
    """A tab-separated header has tabs and no commas."""
    return "\t" if "\t" in line and "," not in line else ","


def _is_table(lines: list[str]) -> bool:
    """Whether the lines are a CSV table: a header, then (if anything) a row with a number in
    a cell (a prose line with a comma, "Training started, good luck", then log lines is no
    header)."""
    filled = (line.strip() for line in lines if line.strip())
    first, second = next(filled, ""), next(filled, None)
    delimiter = _delimiter(first)
    if not _is_header(first, delimiter):
        return False
    if second is None:
        return True  # a header without rows, which _csv says
    try:
        cells = next(csv.reader([second], delimiter=delimiter))
    except csv.Error:
        return True  # a cell over the field limit, which _csv says
    return any(_is_number(c) for c in cells)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _is_header(line: str, delimiter: str = ",") -> bool:
    """Whether a first line is a CSV header: two or more names (words, possibly with spaces,
    but no colon and no number of their own: a text log's "step 250: train loss 2.1, val
    loss 2.2" has both); the first may be empty (pandas' unnamed index column)."""
    try:
        cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter))]
    except csv.Error:  # a cell over the csv module's field limit: no header's
        return False
    name = re.compile(r"[A-Za-z_][\w./\-()\[\]@ ]*")
    number = re.compile(r"(?<![\w.\-/()\[\]@])\d")  # "step 250", not "mAP50-95(B)"
    named = cells[1:] if cells and cells[0] == "" else cells
    return len(cells) >= 2 and all(name.fullmatch(c) and not number.search(c) for c in named)


def _csv(path: Path, text: str) -> list[Log]:
    first = text.lstrip().partition("\n")[0]
    # Lines split as the text reader splits them (CR-only line endings too).
    reader = csv.reader(text.lstrip().splitlines(), delimiter=_delimiter(first))
    header = [c.strip() for c in next(reader)]
    try:
        # Blank lines (some writers double every line break) and all-empty rows are no rows.
        body = [(reader.line_num, r) for r in reader if any(c.strip() for c in r)]
    except csv.Error as error:  # the csv module's field limit (131072 characters)
        raise LogError(f"line {reader.line_num}: {error}") from None
    if not body:
        raise LogError("a CSV header without rows")
    lower = {c.lower() for c in header}
    if {"step", "split", "loss"} <= lower:
        return [_curve_csv(path)]
    if [_norm(c) for c in header] == ["walltime", "step", "value"]:
        return [_tensorboard_csv(path, body)]
    if _is_wandb(header):
        return _wandb_csv(header, body)

    column_of: dict[str, int] = {}  # a name's first column (header.index, once for all)
    for i, name in enumerate(header):
        column_of.setdefault(name, i)

    def filled(name: str) -> int:
        i = column_of[name]
        return sum(1 for _, r in body if i < len(r) and r[i].strip())

    # A column filled once beside a longer history is a summary (a Trainer log_history
    # saved as CSV has the run's mean `train_loss` in its last row), not a series; a log of
    # one epoch has only such columns.
    counts = {c: filled(c) for c in header}
    present = [c for c in header if counts[c] >= 2]
    once = [c for c in header if counts[c] == 1]
    by_norm = {_norm(c): c for c in present}
    for name in ("trainloss", "loss"):
        if f"{name}step" in by_norm and f"{name}epoch" in by_norm:
            # Lightning logs both (on_step and on_epoch): the finer of the two (one batch every
            # log_every_n_steps, or the epoch means when an epoch is shorter than that) is the
            # series to watch.
            step_col, epoch_col = by_norm[f"{name}step"], by_norm[f"{name}epoch"]
            if counts[epoch_col] > counts[step_col]:
                present.remove(step_col)
    if {"train/cls_loss", "val/cls_loss"} <= lower:
        # Ultralytics YOLO: of its box, cls and dfl losses, the classification loss is the one
        # whose overfitting and instabilities show (the held-out corpus reads it too).
        present = [c for c in present if c.lower().endswith("cls_loss") or _other_lr(_norm(c))]
    stepped = "step" in lower
    train_names, val_names = (STEP_TRAIN, STEP_VAL) if stepped else (EPOCH_TRAIN, EPOCH_VAL)
    chosen = {
        "train": _choose(present, train_names, _other_train),
        "val": _choose(present, val_names, _other_val),
        "lr": _choose(present, LR, _other_lr),
    }
    if chosen["train"] is None and chosen["val"] is None:
        chosen = {  # a log of one epoch: its columns are filled once each
            "train": _choose(once, train_names, _other_train),
            "val": _choose(once, val_names, _other_val),
            "lr": _choose(once, LR, _other_lr),
        }
    if chosen["train"] is None and chosen["val"] is None:
        names = ", ".join(header[:20])
        if len(header) > 20:
            names += f" (and {len(header) - 20} more)"
        raise LogError(
            f"a CSV with columns {names} but no loss column; expected loss, "
            "train_loss, train_loss_step, val_loss, eval_loss, ..."
        )
    index = {split: header.index(c) for split, c in chosen.items() if c is not None}
    columns = {split: c for split, c in chosen.items() if c is not None}
    if stepped:
        at = header.index(next(c for c in header if c.lower() == "step"))
        steps = [(line, r, _step(_cell(r, at).strip(), f"line {line}")) for line, r in body]
        # Lightning's CSVLogger writes an epoch column beside the step; other writers may not.
        words = "Lightning CSVLogger metrics" if "epoch" in lower else "CSV with a step column"
        runs = [(words, steps)]
        kind = "lightning_csv"
    else:
        runs = _epoch_runs(header, body)
        kind = "keras_csv"
        if "train/cls_loss" in lower:
            runs = [(fmt.replace("Keras history", "Ultralytics results.csv"), n) for fmt, n in runs]
            kind = "ultralytics_csv"
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
    except (KeyError, ValueError, csv.Error) as error:
        raise LogError(f"not a valid lossmon curve CSV: {error}") from None
    columns = {s: "loss" for s in ("train", "val") if any(r[1] == s for r in rows)}
    if any(r[1] == "lr" for r in rows):
        columns["lr"] = f"{path.stem}.lr.csv"
    return Log("curve_csv", "lossmon curve CSV", rows, columns)


def _tensorboard_csv(path: Path, body: list[tuple[int, list[str]]]) -> Log:
    """One scalar of a TensorBoard export: its split from the file name (the export holds
    none), training unless the name says validation or learning rate. In TensorBoard's own
    name (`run-<run>-tag-<tag>.csv`) the tag says it, else the run's last word (Keras' `train`
    and `validation` runs): the rest of a run's name (`test_lr0.1`) says nothing."""
    run, tagged, tag = path.stem.lower().partition("-tag-")
    if tagged:
        split = _named_split(tag) or _named_split(re.split(r"[^a-z]+", run)[-1]) or "train"
    else:
        split = _named_split(run) or "train"
    rows: list[Row] = []
    for line, cells in body:
        value = _value(_cell(cells, 2).strip(), f"line {line}, column Value")
        if value is not None:
            rows.append((_step(_cell(cells, 1).strip(), f"line {line}, column Step"), split,
                         _metric(split, value)))  # fmt: skip
    words = f"TensorBoard scalar export ({split}, from the file name)"
    return Log("tensorboard_csv", words, rows, {split: "Value"})


def _named_split(name: str) -> str | None:
    """Return the split a lower-case name says (lr before val before train), None if none."""
    for split, words in (
        ("lr", "lr|learning_rate"),
        ("val", "val|valid|validation|eval|test"),
        ("train", "train|training"),
    ):
        if re.search(rf"(?<![a-z])({words})(?![a-z])", name):
            return split
    return None


_WANDB = re.compile(r"(?P<run>.+?) - (?P<key>\S+?)(?P<bound>__MIN|__MAX)?")


def _is_wandb(header: list[str]) -> bool:
    """Whether a header is a W&B chart export's: `<run> - <key>` columns after the x column,
    with their `__MIN`/`__MAX` bounds or after a `Step` column (a " - " in a name is none)."""
    named = [m for c in header[1:] if (m := _WANDB.fullmatch(c))]
    if not named or _WANDB.fullmatch(header[0]):
        return False
    return any(m["bound"] for m in named) or _norm(header[0]) == "step"


def _wandb_csv(header: list[str], body: list[tuple[int, list[str]]]) -> list[Log]:
    """A W&B chart export: the x column first (a step, or an epoch counted from 0), then
    `<run> - <key>` columns; one log per run, each split from its key by the usual names."""
    by_run: dict[str, dict[str, int]] = {}
    for i, name in enumerate(header[1:], start=1):
        m = _WANDB.fullmatch(name)
        if m and not m["bound"]:
            by_run.setdefault(m["run"], {})[m["key"]] = i
    epoch = "epoch" in _norm(header[0])
    xs = [(line, cells, _step(_cell(cells, 0).strip(), f"line {line}")) for line, cells in body]
    offset = 1 if epoch and xs and xs[0][2] == 0 else 0
    logs: list[Log] = []
    for n, (run, keys) in enumerate(by_run.items(), start=1):
        chosen = {
            "train": _choose(keys, STEP_TRAIN, _other_train),
            "val": _choose(keys, STEP_VAL, _other_val),
            "lr": _choose(keys, LR, _other_lr),
        }
        rows: list[Row] = []
        for line, cells, x in xs:
            for split, key in chosen.items():
                if key is None:
                    continue
                value = _value(_cell(cells, keys[key]).strip(), f"line {line}, column {key}")
                if value is not None:
                    rows.append((x + offset, split, _metric(split, value)))
        if rows:
            columns = {split: key for split, key in chosen.items() if key is not None}
            words = "W&B chart export" + (" (step = epoch + 1)" if offset else "")
            log = Log("wandb_csv", words, rows, columns)
            log.part = f"run {run!r} ({n} of {len(by_run)})"
            log.title = run
            logs.append(log)
    if not logs:
        raise LogError(f"a W&B chart export with no loss column; expected {EXPECTED}")
    return logs


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
        # Epochs from 0 are shifted to 1; a column counting in larger strides (0, 250,
        # 500, ...) holds steps, not epochs.
        stride = run[1][2] - run[0][2] if len(run) > 1 else 1
        offset = 1 if run[0][2] == 0 and stride == 1 else 0
        words = "Keras history (step = epoch + 1)" if offset else "Keras history (step = epoch)"
        if stride > 1:
            words = "Keras history (step = its epoch column, which counts steps)"
        out.append((words, [(line, cells, epoch + offset) for line, cells, epoch in run]))
    return out


def _text_log(lines: list[str]) -> list[Log]:
    """Read a text log as the format that recognises most of its lines: a tool's, or
    labelled values (which need LABELLED_MIN_LINES lines, and lose a tie: they read a nanoGPT
    or llm.c log's lines too). One stray line of a tool's format (`val loss 1.9`, `iter 3:
    loss 1.8`) in a log of labelled values does not make the log that tool's."""
    try:
        tool = text_logs.read_text_log(lines)
        labelled = labelled_logs.read_labelled_log(lines)
    except ValueError as error:
        raise LogError(str(error)) from None
    matched = labelled.matched
    if matched >= labelled_logs.LABELLED_MIN_LINES and matched > (tool.matched if tool else 0):
        read: text_logs.TextLog | None = labelled
    else:
        read = tool
    if read is None:
        raise LogError(f"not a training log lossmon can read; expected {EXPECTED}")
    if not read.runs:
        return [Log(read.kind, read.format, read.rows, read.columns)]
    logs = []
    for n, (fmt, rows, first, last) in enumerate(read.runs, start=1):
        columns = {s: c for s, c in read.columns.items() if any(r[1] == s for r in rows)}
        log = Log(read.kind, fmt, rows, columns)
        log.part = f"run {n} of {len(read.runs)} (lines {first}-{last})"
        logs.append(log)
    return logs


def series_of(log: Log) -> Mapping[str, dict[int, float]]:
    """Return the log's points by the client's keys: train/loss, val/loss (and train/reg,
    train/ppl, ... where a curve CSV has them), lr. A step logged twice keeps the later value."""
    out: dict[str, dict[int, float]] = {}
    for step, split, values in log.rows:
        for metric, value in values.items():
            key = "lr" if split == "lr" else f"{split}/{metric}"
            out.setdefault(key, {})[step] = value
    return out
