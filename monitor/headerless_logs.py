"""Read training logs of bare numbers: a `step,loss` file (validation where its name says so),
an MLflow metric file, one column of losses under its name (`losses` and a value a line, as a
loop that appends to a file writes it), a file of bare numbers whose name says they are losses
(`train_loss.csv` as `np.savetxt` or pandas write a list, a value a line, or one line of
comma-separated values; `epoch,step,loss` lines), the `results.txt` of Ultralytics' YOLOv3/v5
and YOLOv7 (columns without a header), the `model.log` of sentdex's PyTorch tutorial
(`MODEL_NAME,time,acc,loss,val_acc,val_loss`), DeepXDE's `loss.dat` (columns under a comment
that names them), the metric files of Burn's learner (`train/epoch-1/Loss.log`, a
`value,count` line an iteration), mljar-supervised's learner logs
(`learner_fold_0_training.log`, an `iteration,train,validation` line a round) and DeepLabCut
2's `learning_stats.csv` (an `iteration, loss, lr` line a display interval)."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

from lossmon.server import text_logs
from lossmon.server.log_fields import (
    loss_split,
    named_split,
    normalise,
    read_step,
    read_value,
    row_values,
)
from lossmon.server.text_logs import Row
from lossmon.server.training_log import Log, LogError

# A value as Python, numpy, JSON or MLflow print it, non-finite ones included.
_VALUE_TEXT = rf"{text_logs.NUMBER}|nan|-?inf|NaN|-?Infinity"


def read_headerless(path: Path, lines: list[str]) -> list[Log] | None:
    """Read lines that are all `step,loss` pairs, or else all MLflow metric lines; None when
    they are neither."""
    if (burn := _burn_metric(path, lines)) is not None:
        return [burn]
    if (mljar := _mljar_learner(path, lines)) is not None:
        return [mljar]
    if (deeplabcut := _deeplabcut_stats(path, lines)) is not None:
        return [deeplabcut]
    if all(_STEP_LOSS.fullmatch(line) for line in lines if line.strip()):
        return [_step_loss(path, lines)]
    if all(_MLFLOW.fullmatch(line) for line in lines if line.strip()):
        return [_mlflow_metric(path, lines)]
    if all(_YOLO_RESULTS.fullmatch(line) for line in lines if line.strip()):
        return _yolo_results(lines)
    if (sentdex := _sentdex_model_log(lines)) is not None:
        return sentdex
    if (log := _deepxde(lines)) is not None:
        return [log]
    return _named_column(lines) or _named_file(path, lines) or _epoch_step_file(path, lines)


# One number a line.
_VALUE = re.compile(rf"\s*({_VALUE_TEXT})\s*")


def _named_column(lines: list[str]) -> list[Log] | None:
    """One column of losses under a name that says so (`losses`, `val_loss`): step = row
    number (1-based), the split from the name; None for anything else (bare numbers without
    a name could be any quantity)."""
    body = [line for line in lines if line.strip()]
    name = body[0].strip().strip('"')
    says_loss = any(word in normalise(name) for word in ("loss", "cost"))
    if len(body) < 2 or not says_loss:
        return None
    if not all(_VALUE.fullmatch(line) for line in body[1:]):
        return None
    split = loss_split(name)
    rows: list[Row] = []
    for n, line in enumerate(body[1:], start=1):
        value = read_value(line.strip(), f"line {n + 1}")
        if value is not None:
            rows.append((n, split, row_values(split, value)))
    return [Log("named_column", "one column of losses (step = row)", rows, {split: name})]


# One line of comma-separated numbers (a list written as one CSV row), a trailing comma allowed.
_VALUE_ROW = re.compile(rf"\s*(?:{_VALUE_TEXT})(?:\s*,\s*(?:{_VALUE_TEXT}))+\s*,?\s*")
# pandas' label of an unnamed column, written as the header of a list saved with to_csv.
_COLUMN_LABEL = re.compile(r"\s*\d+\s*")


#: Words of a file name that say its bare numbers are losses: a learning-rate range test's
#: (`lr_range_find.json`, `lr_find`, `range_test`) holds the loss at each step of its rising lr.
LOSS_FILE_WORDS = ("loss", "cost", "lrrange", "lrfind", "rangetest")


def _named_file(path: Path, lines: list[str]) -> list[Log] | None:
    """Bare numbers in a file whose name says they are losses (`train_loss.csv`,
    `val_losses.txt`, `losses.csv`, an lr range test's): step = position (1-based), the
    split from the name, training unless it says validation; None for anything else (bare
    numbers in a file named otherwise could be any quantity). The numbers are a value a
    line, under pandas' column label (`0`) or no header, one line of comma-separated values,
    or a JSON list."""
    stem = path.name.split(".")[0]
    if not any(word in normalise(stem) for word in LOSS_FILE_WORDS):
        return None
    body = [line.strip() for line in lines if line.strip()]
    listed = " ".join(body)
    if listed.startswith("[") and listed.endswith("]") and _VALUE_ROW.fullmatch(listed[1:-1]):
        # A JSON list of numbers (`json.dump(losses, f)`), on one line or a value a line.
        cells = [cell.strip() for cell in listed[1:-1].split(",")]
    elif len(body) == 1 and _VALUE_ROW.fullmatch(body[0]):
        cells = [cell.strip() for cell in body[0].rstrip(", ").split(",")]
    elif all(_VALUE.fullmatch(line) for line in body):
        # A first line that is a whole number above values that are not is pandas' label.
        labelled = _COLUMN_LABEL.fullmatch(body[0]) and not any(
            _COLUMN_LABEL.fullmatch(line) for line in body[1:]
        )
        cells = body[1:] if labelled else body
    else:
        return None
    split = loss_split(stem)
    rows: list[Row] = []
    for n, cell in enumerate(cells, start=1):
        value = read_value(cell, f"value {n}")
        if value is not None:
            rows.append((n, split, row_values(split, value)))
    words = f"bare numbers (step = position; {split}, from the file name)"
    return [Log("named_file", words, rows, {split: path.name})]


#: A second number this large is a Unix time in seconds (2001 on), not a step count.
UNIX_TIME = 1_000_000_000
# An `epoch,step,loss` line, as a hand-written logger appends one each display interval.
_EPOCH_STEP_LOSS = re.compile(rf"\s*(\d+)\s*,\s*(\d+)\s*,\s*({_VALUE_TEXT})\s*")


def _epoch_step_file(path: Path, lines: list[str]) -> list[Log] | None:
    """`epoch,step,loss` lines without a header in a file whose name says they are losses
    (`loss.csv`, zdf06): step = the second number, the finer count, which rises on every
    line while the first never falls and is never above it (a step counted within the epoch
    would restart, and a Unix time is no step: then the numbers are something else); the split
    from the name. None for anything else."""
    if not any(word in normalise(path.name.split(".")[0]) for word in LOSS_FILE_WORDS):
        return None
    body = [line for line in lines if line.strip()]
    matches = [m for line in body if (m := _EPOCH_STEP_LOSS.fullmatch(line))]
    if len(body) < 2 or len(matches) < len(body):
        return None
    epochs = [int(m[1]) for m in matches]
    steps = [int(m[2]) for m in matches]
    if any(a > b for a, b in pairwise(epochs)) or any(a >= b for a, b in pairwise(steps)):
        return None
    if any(e > s for e, s in zip(epochs, steps, strict=True)) or steps[-1] >= UNIX_TIME:
        return None  # no step count: fewer steps than epochs, or a clock's seconds
    split = loss_split(path.name.split(".")[0])
    rows: list[Row] = []
    for n, (step, m) in enumerate(zip(steps, matches, strict=True), start=1):
        value = read_value(m[3], f"line {n}")
        if value is not None:
            rows.append((step, split, row_values(split, value)))
    words = f"epoch,step,loss lines (step = the second number; {split}, from the file name)"
    return [Log("epoch_step_loss", words, rows, {split: "column 3"})]


# YOLOv3/v5/v7's results.txt, a line an epoch: `epoch/last_epoch  gpu_mem  box obj cls total
# labels img_size  P R mAP@.5 mAP@.5:.95  val_box val_obj val_cls` (v3: GIoU for box, F1 for
# mAP@.5:.95), whitespace-aligned, no header.
_YOLO_RESULTS = re.compile(
    rf"\s*(\d+)/\d+\s+\S+((?:\s+(?:{text_logs.NUMBER})){{13}})\s*"
)  # fmt: skip
#: Positions among the 13 numbers: the train and val box and classification losses.
_YOLO_BOX, _YOLO_CLS, _YOLO_VAL_BOX, _YOLO_VAL_CLS = 0, 2, 10, 12


def _yolo_results(lines: list[str]) -> list[Log]:
    """YOLO's results.txt read as its results.csv is (csv_logs): the classification loss, or
    the box loss where that is 0 at every epoch (a model of one class); step = epoch + 1.
    Runs appended to one file (the epoch counting again from where it began) are told apart;
    validation columns at 0 throughout are no validation (a run trained with `--notest`)."""
    runs: list[list[tuple[int, int, list[str]]]] = [[]]
    for n, line in enumerate(lines, start=1):
        if m := _YOLO_RESULTS.fullmatch(line):
            step = int(m[1]) + 1
            if runs[-1] and step <= runs[-1][-1][1]:
                runs.append([])
            runs[-1].append((n, step, m[2].split()))
    logs = [_yolo_run([(step, cells) for _, step, cells in run]) for run in runs]
    if len(logs) > 1:
        for k, (log, run) in enumerate(zip(logs, runs, strict=True), start=1):
            log.part = f"run {k} of {len(runs)} (lines {run[0][0]}-{run[-1][0]})"
    return logs


def _yolo_run(table: list[tuple[int, list[str]]]) -> Log:
    """One run of a YOLO results.txt (see `_yolo_results`)."""
    one_class = all(
        float(cells[_YOLO_CLS]) == 0.0 and float(cells[_YOLO_VAL_CLS]) == 0.0 for _, cells in table
    )
    train, val = (_YOLO_BOX, _YOLO_VAL_BOX) if one_class else (_YOLO_CLS, _YOLO_VAL_CLS)
    val_columns = range(_YOLO_VAL_BOX, _YOLO_VAL_CLS + 1)
    validated = any(float(cells[i]) != 0.0 for _, cells in table for i in val_columns)
    rows: list[Row] = []
    for step, cells in table:
        # The pattern took numbers only: float() reads each (nan and inf too).
        rows.append((step, "train", {"loss": float(cells[train])}))
        if validated:
            rows.append((step, "val", {"loss": float(cells[val])}))
    name = "box" if one_class else "cls"
    words = "YOLO results.txt (step = epoch + 1)"
    columns = {"train": name, "val": f"val {name}"} if validated else {"train": name}
    return Log("yolo_results_txt", words, rows, columns)


# The model.log of sentdex's "Deep Learning with PyTorch" series (part 8), a line a training
# batch: `MODEL_NAME,time,acc,loss,val_acc,val_loss`, the name `model-<unix time>` of the
# launch, then the time and four numbers, the epoch a fifth (an integer: last, as the lesson's
# code writes it, or first); the lesson's first demonstration writes `MODEL_NAME,time,
# in_sample,acc,loss` (or out_of_sample).
_N = text_logs.NUMBER
_SENTDEX = re.compile(
    rf"\s*(model-?\d+)\s*,\s*\d{{9,}}(?:\.\d*)?\s*,\s*"
    rf"((?:in|out_of)_sample\s*,\s*{_N}\s*,\s*{_N}|{_N}(?:\s*,\s*{_N}){{3,4}})\s*"
)
_SENTDEX_START = re.compile(r"\s*model-?\d+\s*,")
_SAMPLES = {"in_sample": "train", "out_of_sample": "val"}


def _sentdex_values(cells: list[str]) -> list[str] | None:
    """Return acc, loss, val_acc, val_loss of a line's numbers: four, or five with the epoch
    (an integer; the accuracies are rounded floats), None where neither end is one."""
    if len(cells) == 4:
        return cells
    if cells[-1].isdigit():
        return cells[:4]
    return cells[1:] if cells[0].isdigit() else None


def _sentdex_model_log(lines: list[str]) -> list[Log] | None:
    """Each launch's batches (step = its line number among them): train = the loss, val = the
    val_loss, read from the end of the line. None for any other file: a line that is no
    model.log line but the last (cut short while the loop still writes it), or accuracies
    outside 0..1 (then the columns are not the tutorial's)."""
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    runs: dict[str, list[tuple[int, list[Row]]]] = {}
    accuracies: list[float] = []
    for k, (n, line) in enumerate(numbered):
        if not (m := _SENTDEX.fullmatch(line)):
            if k and k == len(numbered) - 1 and _SENTDEX_START.match(line):
                break  # the last line, cut short
            return None
        run = runs.setdefault(m[1], [])
        step = len(run) + 1
        cells = [cell.strip() for cell in m[2].split(",")]
        if cells[0] in _SAMPLES:
            accuracies.append(float(cells[1]))
            split = _SAMPLES[cells[0]]
            run.append((n, [(step, split, {"loss": float(cells[2])})]))
            continue
        if (values := _sentdex_values(cells)) is None:
            return None
        acc, loss, val_acc, val_loss = (float(cell) for cell in values)
        accuracies += [acc, val_acc]
        run.append((n, [(step, "train", {"loss": loss}), (step, "val", {"loss": val_loss})]))
    if not runs or any(not 0 <= a <= 1 for a in accuracies):
        return None
    logs = []
    for k, (name, run) in enumerate(runs.items(), start=1):
        rows = [row for _, batch in run for row in batch]
        columns = {
            s: c
            for s, c in (("train", "loss"), ("val", "val_loss"))
            if any(r[1] == s for r in rows)
        }
        log = Log(
            "sentdex_model_log", "sentdex's model.log (step = the launch's batch)", rows, columns
        )
        if len(runs) > 1:
            log.part = f"run {k} of {len(runs)}, {name} (lines {run[0][0]}-{run[-1][0]})"
        logs.append(log)
    return logs


# DeepXDE's loss.dat (`dde.saveplot`, `np.savetxt` with this header): a row per evaluation,
# the step, then each loss term on the training points, the same terms on the test points,
# and the test metrics.
_DEEPXDE_HEADER = re.compile(r"#\s*step, loss_train, loss_test, metrics_test\s*")
_DEEPXDE_ROW = re.compile(rf"\s*(?:{_VALUE_TEXT})(?:\s+(?:{_VALUE_TEXT}))+\s*")


def _deepxde(lines: list[str]) -> Log | None:
    """DeepXDE's loss.dat: train = the sum of the loss terms on the training points, val = the
    same on the test points (what DeepXDE's own loss plot draws), at the logged step. The
    header names three groups but not their widths: a row of 1 + 2 n + m numbers is read with
    m = 1 metric when that count is even, none when it is odd (DeepXDE's examples log one
    metric or none). None for any other file."""
    body = [line for line in lines if line.strip()]
    if not body or not _DEEPXDE_HEADER.fullmatch(body[0]):
        return None
    table = [line.split() for line in body[1:]]
    widths = {len(cells) for cells in table}
    if not table or len(widths) != 1 or not all(_DEEPXDE_ROW.fullmatch(line) for line in body[1:]):
        return None
    width = widths.pop()
    terms = (width - 1 - (width - 1) % 2) // 2
    if terms == 0:
        return None
    rows: list[Row] = []
    for n, cells in enumerate(table, start=2):
        step = read_step(float(cells[0]), f"line {n}")
        values = [float(cell) for cell in cells[1 : 1 + 2 * terms]]
        rows.append((step, "train", {"loss": sum(values[:terms])}))
        rows.append((step, "val", {"loss": sum(values[terms:])}))
    words = f"DeepXDE loss.dat ({terms} loss terms summed)"
    return Log("deepxde_loss", words, rows, {"train": "loss_train", "val": "loss_test"})


# An MLflow metric file (mlruns/<experiment>/<run>/metrics/<name>): "<ms timestamp> <value>
# <step>" per line.
_MLFLOW = re.compile(rf"\s*\d{{10,14}} ({_VALUE_TEXT}) (-?\d+)\s*")


def _mlflow_metric(path: Path, lines: list[str]) -> Log:
    """One metric of an MLflow run, named by its path under `metrics/` (a metric `val/loss`
    is the file `metrics/val/loss`): its split from that name (as a TensorBoard tag's),
    training unless it says validation or learning rate. A value logged without a step is
    MLflow's at step 0: after the run's later steps, one is a summary (an Optuna study's
    best value logged at the end), passed over, not the first step's value again; a metric
    logged without a step at every epoch (every value at step 0) is its values in the order
    logged, counted from 1."""
    parts = path.parts
    named = "/".join(parts[len(parts) - parts[::-1].index("metrics") :] if "metrics" in parts
                     else parts[-1:])  # fmt: skip
    split = named_split(named.lower()) or "train"
    rows: list[Row] = []
    summaries = last = 0  # last: the largest step so far
    for n, line in enumerate(lines, start=1):
        if m := _MLFLOW.fullmatch(line):
            value = read_value(m[1], f"line {n}")
            step = read_step(m[2], f"line {n}")
            if step == 0 and last > 0:
                summaries += 1
            elif value is not None:
                rows.append((step, split, row_values(split, value)))
            last = max(last, step)
    words = f"MLflow metric file ({split}, from the file name)"
    if len(rows) > 1 and last == 0:
        rows = [(n, split, values) for n, (_, _, values) in enumerate(rows, start=1)]
        words = f"{words[:-1]}; logged without a step: step = the value's place)"
    if summaries:
        words = f"{words[:-1]}; {summaries} values logged at step 0 after the run passed over)"
    return Log("mlflow_metric", words, rows, {split: path.name})


# Burn's FileMetricLogger: `<split>/epoch-<N>/<Metric>.log`, a numeric entry a line (`value`,
# `value,count` for a mean over `count` items, and since 0.22 a last `value,final`).
_BURN_EPOCH = re.compile(r"epoch-(\d+)")
_BURN_ENTRY = re.compile(rf"({_VALUE_TEXT})(?:,(\d+|final))?")


def _burn_metric(path: Path, lines: list[str]) -> Log | None:
    """A loss metric file of Burn's learner (Rust): step = line number within the epoch
    the folder names, the split from the folder above (`train`, `valid`); None for any other
    file. Burn starts a file per epoch: each reads as its own run, an epoch long."""
    epoch = _BURN_EPOCH.fullmatch(path.parent.name)
    body = [line.strip() for line in lines if line.strip()]
    if epoch is None or path.suffix != ".log" or not body:
        return None
    if "loss" not in normalise(path.stem) or not all(_BURN_ENTRY.fullmatch(x) for x in body):
        return None
    # `train/epoch-1`, or a tagged split's `test/<tag>/epoch-1` (Burn 0.21).
    said = (named_split(p.name.lower()) for p in path.parents[1:3])
    split = "val" if next((s for s in said if s), "train") == "val" else "train"
    rows: list[Row] = []
    for n, line in enumerate(body, start=1):
        if line.endswith(",final"):
            continue  # the epoch's aggregate (Burn 0.22), not an iteration
        value = read_value(line.split(",")[0], f"line {n}")
        if value is not None:
            rows.append((n, split, row_values(split, value)))
    words = f"Burn metric file ({split} epoch {epoch[1]}; step = line)"
    return Log("burn_metric", words, rows, {split: path.stem})


# mljar-supervised's log of one learner's training on one fold (`_repeat_0` when repeated).
_MLJAR_NAME = re.compile(r"learner_fold_\d+(?:_repeat_\d+)?_training\.log")
#: Its neural network's log leaves the validation column empty (`0,0.898,`): trained on the
#: fold without an evaluation each epoch.
_MLJAR_LINE = re.compile(rf"\s*(\d+),({_VALUE_TEXT}),({_VALUE_TEXT})?\s*")
#: Eval metrics mljar may log that are scores (higher is better), not losses.
MLJAR_SCORES = ("auc", "accuracy", "f1", "r2", "spearman", "pearson", "average_precision")


def _mljar_learner(path: Path, lines: list[str]) -> Log | None:
    """mljar-supervised's learner log: the model's eval metric on the fold's training and
    validation data at each boosting round (or epoch), `iteration,train,validation` with no
    header (the validation empty in its neural network's); step = the round as written. The
    metric is a loss by default (logloss, rmse); where the `framework.json` beside the log
    names a score (`auc`), the log is refused rather than read upside down. None for any
    other file."""
    body = [line for line in lines if line.strip()]
    if not _MLJAR_NAME.fullmatch(path.name) or not body:
        return None
    matches = [m for line in body if (m := _MLJAR_LINE.fullmatch(line))]
    if len(matches) < len(body):
        return None
    if (metric := _mljar_metric(path.parent / "framework.json")) in MLJAR_SCORES:
        raise LogError(f"its eval metric is {metric}, a score (higher is better), not a loss")
    rows: list[Row] = []
    for n, m in enumerate(matches, start=1):
        step = int(m[1])
        for split, text in (("train", m[2]), ("val", m[3])):
            value = None if text is None else read_value(text, f"line {n}")
            if value is not None:
                rows.append((step, split, row_values(split, value)))
    words = "mljar-supervised learner log (step = round)"
    columns = {"train": "train", "val": "validation"}
    if not any(row[1] == "val" for row in rows):
        del columns["val"]
    return Log("mljar_learner", words, rows, columns)


def _deeplabcut_stats(path: Path, lines: list[str]) -> Log | None:
    """DeepLabCut 2's `learning_stats.csv` (TensorFlow engine): `iteration, loss, lr` with no
    header, each loss the mean over the display interval before its iteration (ywq02 was
    refused: three bare columns say nothing by themselves, the file's name does); an early
    version of its multi-animal trainer wrote `iteration: 5 loss: 0.69 scmap loss: ... lr:
    0.005` records with no line break between them (ywq01): the total `loss` of each (the
    released one writes a record a line, which the labelled-values reader reads). None for
    any other file."""
    body = [line for line in lines if line.strip()]
    if path.name != "learning_stats.csv" or not body:
        return None
    matches = [m for line in body if (m := _DEEPLABCUT_LINE.fullmatch(line))]
    if len(matches) < len(body):
        text = "".join(body)
        matches = list(_DEEPLABCUT_RECORD.finditer(text))
        if not matches or _DEEPLABCUT_RECORD.sub("", text).strip():
            return None
    rows: list[Row] = []
    for m in matches:
        for split, text in (("train", m[2]), ("lr", m[3])):
            rows.append((int(m[1]), split, row_values(split, float(text))))
    words = "DeepLabCut learning_stats.csv (step = iteration)"
    return Log("deeplabcut_stats", words, rows, {"train": "loss", "lr": "lr"})


#: A line of it: the iteration, the mean loss since the line before, the learning rate.
_DEEPLABCUT_LINE = re.compile(rf"\s*(\d+),\s*({_VALUE_TEXT}),\s*({_VALUE_TEXT})\s*")
#: A multi-animal record: the total loss first, then each part's (`scmap loss: X`), the rate.
_DEEPLABCUT_RECORD = re.compile(
    rf"\s*iteration: (\d+) loss: ({_VALUE_TEXT})(?: [a-z]+ loss: (?:{_VALUE_TEXT}))* "
    rf"lr: ({_VALUE_TEXT})"
)


def _mljar_metric(framework: Path) -> str | None:
    """The eval metric a learner's `framework.json` names, lower-cased; None when unknown."""
    try:
        params = json.loads(framework.read_text()).get("params", {})
    except (OSError, ValueError, AttributeError):
        return None
    metric = params.get("eval_metric") if isinstance(params, dict) else None
    return metric.lower() if isinstance(metric, str) else None


# `\s*,\s*|\s+`, not `\s*[,\t ]\s*`: one way to split a run of spaces keeps a long one linear.
_STEP_LOSS = re.compile(rf"\s*(\d+)(?:\s*,\s*|\s+)({text_logs.NUMBER})\s*")


def _step_loss(path: Path, lines: list[str]) -> Log:
    """Return `step loss` lines as one series: training, unless the file's name says
    validation (`test_loss.txt` beside `train_loss.txt`, as pycaffe scripts write them: the pair
    joins as one run)."""
    split = loss_split(path.name.split(".")[0])
    rows: list[Row] = []
    for line in lines:
        if m := _STEP_LOSS.fullmatch(line):
            rows.append((int(m[1]), split, row_values(split, float(m[2]))))
    words = "headerless step,loss lines" + (" (val, from the file name)" if split == "val" else "")
    return Log("step_loss", words, rows, {split: "column 2"})
