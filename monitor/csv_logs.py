"""Read training logs kept as CSV tables: Lightning's CSVLogger `metrics.csv`, Keras'
CSVLogger and other per-epoch histories (runs appended to one file apart; one saved on its
side, a row a metric), runs interleaved in one table by their iteration counter, runs one
after another named in a run column (Neptune's export, concatenated histories), RL progress
tables (Spinning Up's `progress.txt`),
Ultralytics' `results.csv`, lossmon's curve CSV, and W&B and TensorBoard exports."""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from lossmon.server import boosting_logs
from lossmon.server.detectors import replay
from lossmon.server.log_fields import (
    EPOCH,
    EPOCH_TRAIN,
    EPOCH_VAL,
    ERROR_MEASURES,
    EVALUATION_WORDS,
    LOSS_FUNCTIONS,
    LR,
    MISSING,
    RECORD_STEP,
    RL_TRAIN,
    STEP_TRAIN,
    STEP_VAL,
    TOTAL_TRAIN,
    TOTAL_VAL,
    choose,
    is_lr,
    is_train_loss,
    is_val_loss,
    loss_part,
    named_split,
    normalise,
    read_step,
    read_value,
    row_values,
    split_totals,
    tensorboard_split,
    train_twin,
    validation_after,
)
from lossmon.server.text_logs import Row
from lossmon.server.training_log import EXPECTED, Log, LogError

Numbered = list[tuple[int, list[str], int]]  # (line, cells, step) of each row
Titled = tuple[str, Numbered, str | None]  # a run's words, its rows and its name, if named

#: Step columns, normalised: Lightning's and a trainer's `global_step` (simpletransformers'
#: `training_progress_scores.csv`), then an RL progress.csv's environment steps
#: (`time/total_timesteps`, `total/steps`, `timesteps_total`, `total timesteps`).
#: totalenvinteracts: Spinning Up's `progress.txt` (`TotalEnvInteracts`; `Time Steps` in forks,
#: a step column only where it rises at every row: elsewhere an episode's length or a sequence
#: model's window). frames: torch-ac's (rl-starter-files' `log.csv`, `update,frames,FPS,...`),
#: a step column only where it rises at every row too (elsewhere a clip's length).
OPTIMISER_STEP_COLUMNS = ("step", "globalstep")
STEP_COLUMNS = (
    *OPTIMISER_STEP_COLUMNS, "timetotaltimesteps", "totalsteps", "timestepstotal",
    "totaltimesteps", "totalenvinteracts", "timesteps", "frames",
)  # fmt: skip
RISING_STEP_COLUMNS = ("timesteps", "frames")


#: The header pandas writes for an unnamed Series saved with its index.
PANDAS_SERIES = ["", "0"]
#: The column of a long table that names each value's split (`epoch,split,metric,value`).
SPLIT_COLUMNS = ("split", "phase", "subset", "stage")
#: Columns named by their split alone, read as its losses in a file named for them.
TRAIN_ALONE = ("train", "training")
HELD_OUT_ALONE = ("valid", "val", "validation", "eval", "dev", "test")


def _delimiter(line: str) -> str:
    """A tab-separated header has tabs and no commas; a semicolon-separated one (Keras'
    CSVLogger with `separator=";"`: `epoch;loss;val_loss`) semicolons between names and no
    space or comma at all (a log line's "not found; training from base model" is prose)."""
    if "\t" in line and "," not in line:
        return "\t"
    if ";" in line and "," not in line and not any(c.isspace() for c in line.strip()):
        return ";"
    return ","


def is_table(lines: list[str]) -> bool:
    """Whether the lines are a CSV table: a header, then (if anything) a row with a number in
    a cell (a prose line with a comma, "Training started, good luck", then log lines is no
    header)."""
    filled = (line.strip() for line in lines if line.strip())
    first, second = next(filled, ""), next(filled, None)
    repeated = second == first
    if repeated:
        # The header written again before the first row (a logger that writes it at each
        # launch): the row after it then has the header's cells.
        second = next((line for line in filled if line != first), None)
    delimiter = _delimiter(first)
    if not _is_header(first, delimiter):
        return False
    if second is None:
        return True  # a header without rows, which read_table says
    try:
        cells = next(csv.reader([second], delimiter=delimiter))
        width = len(next(csv.reader([first], delimiter=delimiter)))
    except csv.Error:
        return True  # a cell over the field limit, which read_table says
    return any(_is_number(c) for c in cells) and (not repeated or len(cells) == width)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _is_header(line: str, delimiter: str = ",") -> bool:
    """Whether a first line is a CSV header: two or more names (words, possibly with spaces,
    but no colon and no number of their own: a text log's "step 250: train loss 2.1, val
    loss 2.2" has both); the first may be empty (pandas' unnamed index column). A colon
    between digits is a range within a name (YOLOv5's `metrics/mAP_0.5:0.95`), one between
    letters part of a name (a per-site `test/loss_BEE:LU`). A name may be wrapped in tildes
    (pytorch-metric-learning's record-keeper writes its counter `~iteration~`); a name may be
    written in any script (`训练/损失`), and may carry its unit (`test_error(%)`, `acc %`)."""
    try:
        cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter))]
    except csv.Error:  # a cell over the csv module's field limit: no header's
        return False
    name = re.compile(
        r"(~?)[^\W\d](?:[\w./\-()\[\]@ %]|(?<=\d):(?=\d)|(?<=[A-Za-z]):(?=[A-Za-z]))*\1"
    )
    # "step 250", not "mAP50-95(B)" or "mAP_0.5:0.95"
    number = re.compile(r"(?<![\w.\-/()\[\]@])(?<!\d:)\d")
    if cells == PANDAS_SERIES or _epochs_header(cells):
        return True
    named = cells[1:] if cells and cells[0] == "" else cells
    return len(cells) >= 2 and all(name.fullmatch(c) and not number.search(c) for c in named)


def read_table(path: Path, text: str) -> list[Log]:
    """Read a CSV table that :func:`is_table` accepts: one Log per run the file holds. Raise
    LogError when it has no rows or no loss column."""
    first = text.lstrip().partition("\n")[0]
    # Lines split as the text reader splits them (CR-only line endings too).
    reader = csv.reader(text.lstrip().splitlines(), delimiter=_delimiter(first))
    header = [c.strip() for c in next(reader)]
    if header == PANDAS_SERIES:
        # An unnamed pandas Series saved with its index (`pd.Series(losses).to_csv(
        # "generators_loss.csv")`): the file's name says what it holds, a bare loss.
        if "loss" not in path.name.lower():
            raise LogError(
                "an unnamed pandas Series (header `,0`) in a file whose name names no loss; "
                "expected a file named for its losses (train_loss.csv)"
            )
        header = ["", "loss"]
    try:
        # Blank lines (some writers double every line break) and all-empty rows are no rows.
        body = [(reader.line_num, r) for r in reader if any(c.strip() for c in r)]
    except csv.Error as error:  # the csv module's field limit (131072 characters)
        raise LogError(f"line {reader.line_num}: {error}") from None
    # The header written again among the rows (a logger that writes it at each launch into
    # one file; rl-starter-files' `log.csv`, before each of a run's first rows) is no row.
    body = [(n, r) for n, r in body if [c.strip() for c in r] != header]
    if not body:
        raise LogError("a CSV header without rows")
    if (wide := _long_table(header, body) or _transposed_table(header, body)) is not None:
        return read_table(path, wide)
    body, appended = _table_rows(body, len(header))
    lower = {c.lower() for c in header}
    # YOLOv10's two heads name their losses `train/box_om` (one-to-many) and `train/box_oo`.
    ultralytics = any({f"train/cls_{x}", f"val/cls_{x}"} <= lower for x in ("loss", "om"))
    short = [n for n, r in body if len(r) < len(header)]
    if ultralytics and short and len(short) < len(body):
        # YOLOv5's segment trainer ends its results.csv with the validation of its best
        # weights: the metrics and validation losses alone, each cell under another column's
        # name. No epoch (nor is a row cut off by an interrupted write): passed over, where
        # other rows are as wide as the header.
        body = [(n, r) for n, r in body if len(r) >= len(header)]
        said = f"line {short[0]}" if len(short) == 1 else f"{len(short)} lines"
        appended = ", ".join(
            filter(None, (appended, f"{said} shorter than the header passed over"))
        )
    if {"step", "split", "loss"} <= lower:
        return [_curve_csv(path)]
    if [normalise(c) for c in header] == ["walltime", "step", "value"]:
        return [_tensorboard_csv(path, body)]
    if _is_wandb(header):
        return _wandb_csv(header, body)
    if (dvclive := _dvclive_metric(path, header, body)) is not None:
        return [dvclive]

    column_of: dict[str, int] = {}  # a name's first column (header.index, once for all)
    for i, name in enumerate(header):
        column_of.setdefault(name, i)

    def filled(name: str) -> int:
        i = column_of[name]
        return sum(1 for _, r in body if i < len(r) and r[i].strip() not in ("", *MISSING))

    # A column filled once beside a longer history is a summary (a Trainer log_history
    # saved as CSV has the run's mean `train_loss` in its last row), not a series; a log of
    # one epoch has only such columns.
    counts = {c: filled(c) for c in header}
    present = [c for c in header if counts[c] >= 2]
    once = [c for c in header if counts[c] == 1]
    by_norm = {normalise(c): c for c in present}
    for norm, step_col in by_norm.items():
        epoch_col = by_norm.get(norm.removesuffix("step") + "epoch")
        if norm.endswith("step") and epoch_col is not None:
            # Lightning logs both (on_step and on_epoch): of a training value the finer of the
            # two (one batch every log_every_n_steps, or the epoch means when an epoch is
            # shorter than that) is the series to watch; of an evaluation's, the epoch's (its
            # steps are the batches of one evaluation).
            finer = counts[step_col] >= counts[epoch_col]
            evaluation = norm.startswith(EVALUATION_WORDS)
            present.remove(epoch_col if finer and not evaluation else step_col)
    if ultralytics:
        present = _ultralytics_columns(present, body, column_of)
    # The step column: Lightning's `step`, or the environment steps of an RL progress.csv
    # (stable-baselines3's `time/total_timesteps`, OpenAI baselines' `total/steps`, RLlib's
    # `timesteps_total`), which advance unevenly between rows. One empty throughout is none (a
    # Ray Tune trial's `timesteps_total` where it counts no environment steps).
    step_column = next(
        (
            c
            for c in header
            if normalise(c) in STEP_COLUMNS
            and counts[c]
            and (normalise(c) not in RISING_STEP_COLUMNS or _rises(_numbers(body, column_of[c])))
        ),
        None,
    )
    batches = None if step_column is not None else _batch_counter(header, body)
    step_column = step_column or batches
    interleaved = None if step_column is not None else _interleaved_runs(header, body)
    stepped = step_column is not None or interleaved is not None
    train_names: tuple[str, ...] = STEP_TRAIN if stepped else EPOCH_TRAIN
    val_names = STEP_VAL if stepped else EPOCH_VAL
    rl_steps = step_column is not None and normalise(step_column) not in OPTIMISER_STEP_COLUMNS
    if rl_steps and not batches:
        train_names = RL_TRAIN
    chosen = {
        "train": choose(present, train_names, is_train_loss),
        "val": choose(present, val_names, is_val_loss),
        "lr": choose(present, LR, _is_yolo_lr if ultralytics else is_lr),
    }
    cv = boosting_logs.cv_columns(present)
    if cv is not None:  # xgb.cv's result: the folds' means, training and held-out
        chosen = {"train": cv.get("train"), "val": cv.get("val"), "lr": None}
    if ultralytics and chosen["train"] is None and chosen["val"] is None:
        # YOLOv10's head losses say their split, not "loss" (`train/box_om`, `val/box_om`).
        for split, prefix in (("train", "train/"), ("val", "val/")):
            chosen[split] = next((c for c in present if c.lower().startswith(prefix)), None)
    if chosen["train"] is None and chosen["val"] is not None:
        chosen["train"] = train_twin(chosen["val"], present)
    if chosen["val"] is None and chosen["train"] is not None:
        chosen["val"] = validation_after(chosen["train"], present)
    if chosen["train"] is None and chosen["val"] is None:
        # A split's total (`train_total`, `valid_total`) where it is no count.
        wanted = {normalise(c): c for c in present if normalise(c) in (*TOTAL_TRAIN, *TOTAL_VAL)}
        values = {norm: _numbers(body, column_of[c]) for norm, c in wanted.items()}
        chosen.update({split: wanted[norm] for split, norm in split_totals(values).items()})
    if chosen["train"] is None and chosen["val"] is None:
        chosen = {  # a log of one epoch: its columns are filled once each
            "train": choose(once, train_names, is_train_loss),
            "val": choose(once, val_names, is_val_loss),
            "lr": choose(once, LR, is_lr),
        }
    # Losses named by their part alone (`recon_loss` beside `kld`, a GAN's `d_loss` and
    # `g_loss`): the total, else the first; without any, a value named `total` alone.
    part = loss_part(normalise(c) for c in present)
    named = "loss" in path.name.lower() and part in (None, "total")
    if chosen["train"] is None and chosen["val"] is None and named:
        # Columns named by their split alone in a file named for losses (`losses.txt`:
        # `train,valid`): the name says what they hold, a `total` beside them is their sum.
        by_split = {normalise(c): c for c in present}
        chosen["train"] = next((by_split[w] for w in TRAIN_ALONE if w in by_split), None)
        held_out = next((by_split[w] for w in HELD_OUT_ALONE if w in by_split), None)
        chosen["val"] = held_out if chosen["train"] is not None else None
    if chosen["train"] is None and chosen["val"] is None:
        chosen["train"] = next((c for c in present if normalise(c) == part), None)
    if chosen["train"] is None and chosen["val"] is None:
        # No loss at all: a regression's error measure (`Epoch,RMSE`) is what it minimises.
        chosen["train"] = choose(present, ERROR_MEASURES)
    if chosen["train"] is None and chosen["val"] is None:
        names = ", ".join(header[:20])
        if len(header) > 20:
            names += f" (and {len(header) - 20} more)"
        raise LogError(
            f"a CSV with columns {names} but no loss column; expected loss, "
            "train_loss, train_loss_step, val_loss, eval_loss, ..."
        )
    train = chosen["train"]
    bare = train is not None and named_split(train.lower()) is None
    by_name = not stepped and bare and chosen["val"] is None
    by_name = by_name and named_split(path.name.lower()) == "val"
    if by_name:
        # A loss named for no split (`loss`, `MSE`) in a file named for validation
        # (3D-ResNets-PyTorch's `val.log` beside its `train.log`, DeepPurpose's
        # `valid_markdowntable.txt`) is the validation loss: the name says what the content
        # does not.
        chosen["val"], chosen["train"] = chosen["train"], None
    index = {split: header.index(c) for split, c in chosen.items() if c is not None}
    columns = {split: c for split, c in chosen.items() if c is not None}
    if step_column is not None:
        at = header.index(step_column)
        # A row whose step is a word (a script's `epoch_end` summary row) is no point of the
        # run: passed over, and the words say so; any other non-number is an error.
        marked = [(line, r) for line, r in body if _MARKER.fullmatch(_cell(r, at).strip())]
        body = [(line, r) for line, r in body if not _MARKER.fullmatch(_cell(r, at).strip())]
        steps = [(line, r, read_step(_cell(r, at).strip(), f"line {line}")) for line, r in body]
        # Lightning's CSVLogger writes an epoch column beside the step; other writers may not.
        words = "Lightning CSVLogger metrics" if "epoch" in lower else "CSV with a step column"
        if rl_steps:
            words = f"RL progress.csv (step = {step_column})"
        if batches:
            counted = "batch rows" if "epoch" in lower else "counted rows"
            words = f"CSV of {counted} (step = {step_column})"
        if marked:
            first = _cell(marked[0][1], at).strip()
            words += f" ({len(marked)} rows whose step is {first!r} passed over)"
        # Several runs' histories one after another (W&B histories concatenated under a run
        # id), each at its own steps: a run each, named.
        blocks = _run_blocks(header, body, at)
        if blocks is None:
            runs: list[Titled] = [(words, steps, None)]
        else:
            at_line = {line: (line, r, step) for line, r, step in steps}
            runs = []
            for name, block in blocks:
                launches = _launches([at_line[line] for line, _ in block])
                many = len(launches) > 1
                runs += [(words, n, f"{name} #{k}" if many else name)
                         for k, n in enumerate(launches, start=1)]  # fmt: skip
        kind = "lightning_csv"
    elif interleaved is not None:
        runs, kind = [(fmt, numbered, None) for fmt, numbered in interleaved], "lightning_csv"
    else:
        epoch_at = next((i for i, c in enumerate(header) if normalise(c) == "epoch"), None)
        # A row whose epoch is a word (a script's closing `test` row of the held-out set) is
        # no epoch of the run: passed over, as a step column's are, and the words say so. The
        # header written again (CSVLogger's next run, its columns the same or not) is no such
        # row, nor is every row of a column of words (nothing would be left to read).
        words_at: dict[int, str] = {}
        if epoch_at is not None:
            epoch_name = normalise(header[epoch_at])
            for ln, r in body:
                cell = _cell(r, epoch_at).strip()
                if _MARKER.fullmatch(cell) and normalise(cell) != epoch_name:
                    words_at[ln] = cell
            if len(words_at) < len(body):
                body = [(ln, r) for ln, r in body if ln not in words_at]
            else:
                words_at = {}
        if (blocks := _run_blocks(header, body, epoch_at)) is not None:
            # Several runs' rows one run after another, each named in its run column.
            runs = [run for name, rows in blocks for run in _named(name, header, rows, index)]
        else:
            runs = [(fmt, n, None) for fmt, n in _epoch_runs(header, body, index.get("train"))]
        kind = "keras_csv"
        if cv is not None:  # a row a boosting round, counted from 0 as XGBoost prints them
            words = "xgb.cv result, the folds' mean (step = row - 1, the boosting round)"
            runs = [(words, [(ln, r, step - 1) for ln, r, step in n], t) for _, n, t in runs]
        if ultralytics:
            yolo = "Ultralytics results.csv"
            runs = [(fmt.replace("Keras history", yolo), n, t) for fmt, n, t in runs]
            kind = "ultralytics_csv"
        if by_name:  # one series, whose split the name says: joined with the training file's
            runs = [(f"{fmt}, validation as the file name says", n, t) for fmt, n, t in runs]
            kind = "named_table"
        if words_at:
            said = ", ".join(repr(w) for w in dict.fromkeys(words_at.values()))
            count = f"{len(words_at)} row{'s' if len(words_at) > 1 else ''}"
            passed = f"{count} whose epoch is {said}"
            runs = [(f"{fmt} ({passed} passed over)", n, t) for fmt, n, t in runs]
    if appended:
        runs = [(f"{fmt} ({appended})", numbered, title) for fmt, numbered, title in runs]
    read = []
    for fmt, numbered, title in runs:
        rows: list[Row] = []
        for line, cells, step in numbered:
            for split, i in index.items():
                cell = _cell(cells, i).strip()
                value = (
                    None
                    if cell in MISSING
                    else read_value(cell, f"line {line}, column {header[i]}")
                )
                if value is not None:
                    rows.append((step, split, row_values(split, value)))
        read.append((fmt, numbered, rows, title))
    if any(rows for _, _, rows, _ in read):
        # A launch appended to the history that died before its first value (its epoch `0`
        # alone on a line) is no run of it.
        read = [run for run in read if run[2]]
    logs = []
    for n, (fmt, numbered, rows, title) in enumerate(read, start=1):
        log = Log(kind, fmt, rows, dict(columns))
        if len(read) > 1:
            log.part = f"run {n} of {len(read)} (lines {numbered[0][0]}-{numbered[-1][0]})"
        log.title = title
        logs.append(log)
    return logs


def _long_table(header: list[str], body: list[tuple[int, list[str]]]) -> str | None:
    """Return a long ("tidy") table, one value a row with its series named in the middle column
    (`Epoch,Loss,Value`: disentangling-vae's `train_losses.log`), or by its split and its name
    in two (`epoch,split,metric,value`: a series `train_loss`), as the wide CSV table it
    stands for; None when the table is no such thing."""
    split_named = len(header) == 4 and normalise(header[1]) in SPLIT_COLUMNS
    if len(header) != 3 + split_named or choose(header[:1], (*RECORD_STEP, *EPOCH)) is None:
        return None
    if normalise(header[1]) == "split" and normalise(header[2]) == "loss":
        return None  # lossmon's own curve CSV (`step,split,loss[,reg,ppl]`)
    rows = [[c.strip() for c in r] for _, r in body if len(r) == len(header)]
    names = [r[-2] for r in rows]
    if len(rows) != len(body) or not names or any(_is_number(n) or not n for n in names):
        return None
    if split_named:
        # Only a column of splits names a split (a `stage` of `pretrain` and `finetune` is none).
        if any(normalise(r[1]) not in (*TRAIN_ALONE, *HELD_OUT_ALONE) for r in rows):
            return None
        rows = [[step, f"{split}_{name}", value] for step, split, name, value in rows]
        names = [r[1] for r in rows]
    order = list(dict.fromkeys(names))
    if len(order) > len(names) // 2:
        return None  # names that do not repeat: a column of labels, not of series
    wide: dict[str, dict[str, str]] = {}
    for step, name, value in rows:
        wide.setdefault(step, {})[name] = value
    out = [",".join([header[0], *order])]
    out += [",".join([step, *(values.get(n, "") for n in order)]) for step, values in wide.items()]
    return "\n".join(out) + "\n"


def _transposed_table(header: list[str], body: list[tuple[int, list[str]]]) -> str | None:
    """Return a history saved on its side (`pd.DataFrame(history.history).T.to_csv(...)`: a
    row a metric under a header of epochs `,0,1,2,...`) as the table it stands for, a row an
    epoch; None when the table is no such thing."""
    if not _epochs_header(header):
        return None
    epochs = header[1:]
    rows = [[c.strip() for c in r] for _, r in body]
    names = [r[0] for r in rows]
    if any(len(r) != len(header) for r in rows) or len(set(names)) < len(names):
        return None
    if any(not n or _is_number(n) for n in names) or not any("loss" in normalise(n) for n in names):
        return None
    text = io.StringIO()
    table = csv.writer(text, lineterminator="\n")  # a name with a comma stays one cell
    table.writerow(["epoch", *names])
    table.writerows([epoch, *(r[i] for r in rows)] for i, epoch in enumerate(epochs, start=1))
    return text.getvalue()


def _epochs_header(cells: list[str]) -> bool:
    """Whether a header is an empty cell and then epochs counted from 0 or 1 (`,0,1,2`: a
    history saved on its side)."""
    epochs = cells[1:]
    if not cells or cells[0] or len(epochs) < 2 or not all(e.isdecimal() for e in epochs):
        return False
    first = int(epochs[0])
    return first <= 1 and [int(e) for e in epochs] == list(range(first, first + len(epochs)))


def _table_rows(
    body: list[tuple[int, list[str]]], width: int
) -> tuple[list[tuple[int, list[str]]], str]:
    """Return a table's rows without the text a script appended after them (Keras' console
    output, a final report: only lines of one cell after the last row of several), and the
    words saying what was passed over ("" when nothing)."""
    end = 1 + max((i for i, (_, cells) in enumerate(body) if len(cells) >= 2), default=-1)
    if width < 2 or end in (0, len(body)):
        return body, ""
    return body[:end], f"text after line {body[end - 1][0]} passed over"


def _ultralytics_columns(
    present: list[str], body: list[tuple[int, list[str]]], column_of: dict[str, int]
) -> list[str]:
    """Return the columns to choose from in an Ultralytics YOLO `results.csv` (YOLOv8's or
    YOLOv5's): its learning rates and, of its box, cls and dfl (v5: obj) losses, the
    classification loss, whose overfitting and instabilities show (the held-out corpus reads
    it too). Where the classification loss is 0 at every epoch (YOLOv5 computes none for a
    model of one class) it says nothing, and the box loss is read instead. A pose model's
    keypoint loss (`pose_loss`) is its task's: read before the others (whose validation may be
    NaN at every epoch beside it). YOLOv10 logs each loss of its one-to-many head (`box_om`)
    beside its one-to-one head's (`box_oo`): the first head's box loss is read, where the
    held-out YOLOv10 runs' stalls, overfits and inf epochs show (their classification losses
    fall smoothly through them)."""

    def zeros(name: str) -> bool:
        i = column_of[name]
        return all(_is_zero(_cell(cells, i)) for _, cells in body)

    loss = ultralytics_loss(present, zeros)
    return [c for c in present if c.lower().endswith(loss) or _is_yolo_lr(normalise(c))]


def ultralytics_loss(names: list[str], zeros: Callable[[str], bool]) -> str:
    """Return the end of the name of the Ultralytics loss to read among `names` (a results
    file's columns, its console's header), `zeros` telling a loss that is 0 at every epoch:
    the pose loss, else YOLOv10's one-to-many box loss, else the classification loss, or the
    box loss where that is 0 throughout (see `_ultralytics_columns` for why)."""
    cls = [c for c in names if c.lower().endswith("cls_loss")]
    pose = [c for c in names if c.lower().endswith("pose_loss")]
    loss = "box_loss" if cls and all(zeros(c) for c in cls) else "cls_loss"
    if any(c.lower().endswith("box_om") for c in names):
        loss = "box_om"
    if pose and not all(zeros(c) for c in pose):
        loss = "pose_loss"
    return loss


def _is_yolo_lr(norm: str) -> bool:
    """Whether a normalised Ultralytics column is a learning rate: YOLOv8's lr/pg0, YOLOv5's
    x/lr0."""
    return is_lr(norm.removeprefix("x"))


def _is_zero(cell: str) -> bool:
    try:
        return float(cell) == 0
    except ValueError:
        return False


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
    """One scalar of a TensorBoard export, its split from the file name."""
    split = tensorboard_split(path.stem)
    rows: list[Row] = []
    for line, cells in body:
        value = read_value(_cell(cells, 2).strip(), f"line {line}, column Value")
        if value is not None:
            rows.append((read_step(_cell(cells, 1).strip(), f"line {line}, column Step"), split,
                         row_values(split, value)))  # fmt: skip
    words = f"TensorBoard scalar export ({split}, from the file name)"
    return Log("tensorboard_csv", words, rows, {split: "Value"})


#: The folder DVCLive writes its metric files under (`dvclive/plots/metrics/`).
DVCLIVE_METRICS = "metrics"


def _dvclive_metric(path: Path, header: list[str], body: list[tuple[int, list[str]]]) -> Log | None:
    """One loss (or the learning rate) of DVCLive's, `dvclive/plots/metrics/train/loss.tsv`
    (`step<TAB>loss`, older versions with a `timestamp` first); None for any other table.
    DVCLive writes a metric logged as `train/loss` to the folders its name gives, under
    `metrics/`: the series is training under a `train` folder (or none), an evaluation's under
    any other (`eval/`, `val/synth/`, `test/`), the learning rate where the metric is one."""
    folders = [part.lower() for part in path.parent.parts]
    counters = [normalise(c) for c in header[:-1]]
    if DVCLIVE_METRICS not in folders or counters not in (["step"], ["timestamp", "step"]):
        return None
    norm = normalise(header[-1])
    under = folders[len(folders) - folders[::-1].index(DVCLIVE_METRICS) :]
    if is_lr(norm):
        split = "lr"
    elif not any(word in norm for word in LOSS_FUNCTIONS):
        return None  # an accuracy, a score: no series of a loss
    elif not under or any(named_split(folder) == "train" for folder in under):
        split = "train"
    else:
        split = "val"
    at = len(header) - 2
    rows: list[Row] = []
    for line, cells in body:
        value = read_value(_cell(cells, at + 1).strip(), f"line {line}, column {header[-1]}")
        if value is not None:
            step = read_step(_cell(cells, at).strip(), f"line {line}, column step")
            rows.append((step, split, row_values(split, value)))
    words = f"DVCLive metric ({split}, from its folder)"
    return Log("dvclive_tsv", words, rows, {split: header[-1]})


#: A step cell that is a word, not a number (nan and inf are numbers): a summary row's marker.
_MARKER = re.compile(r"(?!(?i:nan|inf|infinity)$)[A-Za-z_]+")

_WANDB = re.compile(r"(?P<run>.+?) - (?P<key>\S+?)(?P<bound>__MIN|__MAX)?")


def _is_wandb(header: list[str]) -> bool:
    """Whether a header is a W&B chart export's: `<run> - <key>` columns after the x column,
    with their `__MIN`/`__MAX` bounds or after a `Step` column (a " - " in a name is none)."""
    named = [m for c in header[1:] if (m := _WANDB.fullmatch(c))]
    if not named or _WANDB.fullmatch(header[0]):
        return False
    return any(m["bound"] for m in named) or normalise(header[0]) == "step"


def _wandb_csv(header: list[str], body: list[tuple[int, list[str]]]) -> list[Log]:
    """A W&B chart export: the x column first (a step, or an epoch counted from 0), then
    `<run> - <key>` columns; one log per run, each split from its key by the usual names."""
    by_run: dict[str, dict[str, int]] = {}
    for i, name in enumerate(header[1:], start=1):
        m = _WANDB.fullmatch(name)
        if m and not m["bound"]:
            by_run.setdefault(m["run"], {})[m["key"]] = i
    epoch = "epoch" in normalise(header[0])
    xs = [(line, cells, read_step(_cell(cells, 0).strip(), f"line {line}")) for line, cells in body]
    offset = 1 if epoch and xs and xs[0][2] == 0 else 0
    logs: list[Log] = []
    for n, (run, keys) in enumerate(by_run.items(), start=1):
        chosen = {
            "train": choose(keys, STEP_TRAIN, is_train_loss),
            "val": choose(keys, STEP_VAL, is_val_loss),
            "lr": choose(keys, LR, is_lr),
        }
        rows: list[Row] = []
        for line, cells, x in xs:
            for split, key in chosen.items():
                if key is None:
                    continue
                value = read_value(_cell(cells, keys[key]).strip(), f"line {line}, column {key}")
                if value is not None:
                    rows.append((x + offset, split, row_values(split, value)))
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


#: Counters of batches across epochs, normalised (3D-ResNets-PyTorch's `train_batch.log`:
#: `epoch batch iter loss ...`).
BATCH_COUNTERS = ("iter", "iteration")
#: The most runs told apart in one table of interleaved runs: a few writers share a file; a
#: counter that goes back at nearly every row is no such table, and sorting its rows out would
#: take time quadratic in them.
INTERLEAVED_RUNS = 100


def _batch_counter(header: list[str], body: list[tuple[int, list[str]]]) -> str | None:
    """Return the column that counts a per-batch table's rows across its epochs, None where
    the table is none: a row a batch (its epoch repeats from row to row) with an `iter` column
    that grows at every row, the step (read by its epoch, each row would be a run). Without
    an epoch column, an `iter` column that grows at every row is the step too (a hand-kept
    table of self-play iterations starting at 24: its rows' count would not be)."""
    epoch_at = next((i for i, c in enumerate(header) if c.lower() == "epoch"), None)
    at = next((i for i, c in enumerate(header) if normalise(c) in BATCH_COUNTERS), None)
    if at is None:
        return None
    if epoch_at is None:
        numbers = _numbers(body, at)
        whole = len(numbers) == len(body) and all(x.is_integer() for x in numbers)
        return header[at] if whole and _rises(numbers) else None
    epochs = [_cell(r, epoch_at).strip() for _, r in body]
    try:
        counts = [float(_cell(r, at)) for _, r in body]
    except ValueError:
        return None
    repeats = any(a == b for a, b in zip(epochs, epochs[1:], strict=False))
    grows = all(a < b for a, b in zip(counts, counts[1:], strict=False))
    return header[at] if repeats and grows else None


def _interleaved_runs(
    header: list[str], body: list[tuple[int, list[str]]]
) -> list[tuple[str, Numbered]] | None:
    """Return the runs of a table without an epoch column into which several runs wrote in
    turns, a block of rows at a time (pytorch-metric-learning's record-keeper
    `loss_histories.csv` of runs sharing a folder): its `iter`/`iteration` counter restarts,
    and each row continues the run whose last count is the largest below its own (a new run
    where none is). None where the counter never goes back, where the runs only follow one
    another (no row goes back to an earlier run: appended runs, read as they always were), or
    where two runs could take a row (their last counts equal: the file does not say which)."""
    if any(c.lower() == "epoch" for c in header):
        return None
    at = next((i for i, c in enumerate(header) if normalise(c) in BATCH_COUNTERS), None)
    if at is None:
        return None
    try:
        counts = [float(_cell(r, at)) for _, r in body]
    except ValueError:
        return None
    if not all(c.is_integer() for c in counts) or all(
        a <= b for a, b in zip(counts, counts[1:], strict=False)
    ):
        return None
    runs: list[Numbered] = []
    # (a run's last count, its index), kept in order: a row finds its run by bisection.
    lasts: list[tuple[int, int]] = []
    went_back = False
    for (line, cells), count in zip(body, map(int, counts), strict=True):
        above = bisect.bisect_left(lasts, (count, -1))
        if above == 0:
            if len(runs) == INTERLEAVED_RUNS:
                return None
            lasts.insert(0, (count, len(runs)))
            runs.append([(line, cells, count)])
            continue
        last, n = lasts.pop(above - 1)
        if above > 1 and lasts[above - 2][0] == last:
            return None
        went_back = went_back or n != len(runs) - 1
        bisect.insort(lasts, (count, n))
        runs[n].append((line, cells, count))
    if not went_back:
        return None
    words = f"CSV of interleaved runs (step = {header[at]}, rising within each run)"
    return [(words, run) for run in runs]


#: Columns naming the run each row belongs to, in a table of several runs one after another
#: (a Neptune export's `id`, runs' histories concatenated with pandas under `run_id`).
RUN_COLUMNS = ("id", "runid", "run", "runname", "experiment", "experimentid", "trialid")
#: The step axis of such an export (Neptune's `x`, the epoch written as a float: `3.0`).
BLOCK_STEP = ("x",)


def _rises(values: list[float]) -> bool:
    """Whether numbers rise strictly from each to the next (at least two of them)."""
    return len(values) >= 2 and all(a < b for a, b in itertools.pairwise(values))


def _run_blocks(
    header: list[str], body: list[tuple[int, list[str]]], step_at: int | None
) -> list[tuple[str, list[tuple[int, list[str]]]]] | None:
    """Return the runs of a table whose run column (RUN_COLUMNS) names each row's run, each
    run's rows together, as (its name, its rows); None when there is no such column, or its
    values are no runs (a row number, one value throughout, a run's rows apart). A run resumed
    under a new name (its steps or epochs, column `step_at`, go on where the last name's
    stopped) is one run, the first name's."""
    at = next((i for i, c in enumerate(header) if normalise(c) in RUN_COLUMNS), None)
    if at is None:
        return None
    blocks: list[tuple[str, list[tuple[int, list[str]]]]] = []
    for line, cells in body:
        run = _cell(cells, at).strip()
        if not run:
            return None
        if blocks and blocks[-1][0] == run:
            blocks[-1][1].append((line, cells))
        elif any(name == run for name, _ in blocks):
            return None  # interleaved rows of several runs, or a name used twice
        else:
            blocks.append((run, [(line, cells)]))
    runs = sum(len(rows) >= 2 for _, rows in blocks)
    if runs < 2 or 2 * runs < len(blocks):
        return None  # names of rows, not of runs (a run cut after one row may be among them)
    if step_at is None:
        return blocks
    joined = blocks[:1]
    for name, rows in blocks[1:]:
        last = _cell(joined[-1][1][-1][1], step_at).strip()
        first = _cell(rows[0][1], step_at).strip()
        if _is_number(last) and _is_number(first) and float(first) > float(last):
            joined[-1][1].extend(rows)  # the epochs go on: one run, resumed under another name
        else:
            joined.append((name, rows))
    return joined if len(joined) > 1 else None


def _launches(numbered: Numbered) -> list[Numbered]:
    """Split one named run's rows where its step does not rise (a name used for two launches,
    each from its first step): one run each."""
    out: list[Numbered] = [[]]
    for row in numbered:
        if out[-1] and row[2] <= out[-1][-1][2]:
            out.append([])
        out[-1].append(row)
    return out


def _named(
    name: str, header: list[str], block: list[tuple[int, list[str]]], index: dict[str, int]
) -> list[Titled]:
    """Return the runs of one named run's rows, titled with its name; where its epochs start
    again (a name used for two launches) each is numbered (`a #2`): one title, one run."""
    runs = _block_runs(header, block, index)
    if len(runs) == 1:
        return [(runs[0][0], runs[0][1], name)]
    return [(fmt, numbered, f"{name} #{k}") for k, (fmt, numbered) in enumerate(runs, start=1)]


def _block_runs(
    header: list[str], block: list[tuple[int, list[str]]], index: dict[str, int]
) -> list[tuple[str, Numbered]]:
    """Return the runs of one run's rows: at its epochs (or the export's step axis,
    BLOCK_STEP) as a per-epoch history's, else at its row count."""
    x_at = next((i for i, c in enumerate(header) if normalise(c) in BLOCK_STEP), None)
    if x_at is None or any(c.lower() == "epoch" for c in header):
        return _epoch_runs(header, block, index.get("train"))
    xs = [_cell(r, x_at).strip() for _, r in block]
    if not all(_is_number(x) and float(x).is_integer() for x in xs):
        return _epoch_runs(header, block, index.get("train"))  # no epochs: at the row count
    named = [c if i != x_at else "epoch" for i, c in enumerate(header)]
    runs = _epoch_runs(named, block, index.get("train"))
    x = repr(header[x_at])
    words = [fmt.replace("its epoch", f"its {x}").replace("epoch", f"its {x}") for fmt, _ in runs]
    return [(fmt, numbered) for fmt, (_, numbered) in zip(words, runs, strict=True)]


def _numbers(body: list[tuple[int, list[str]]], i: int) -> list[float]:
    """Return the numbers of a column, its cells that are none passed over."""
    cells = (_cell(r, i).strip() for _, r in body)
    return [float(c) for c in cells if _is_number(c)]


def _cell(cells: list[str], i: int) -> str:
    return cells[i] if i < len(cells) else ""


#: The run's length after an epoch's number (`1/500`).
_OF_TOTAL = re.compile(r"(?<=\d)\s*/\s*\d+$")


def _epoch_runs(
    header: list[str], body: list[tuple[int, list[str]]], train_at: int | None
) -> list[tuple[str, Numbered]]:
    """Return the runs of a per-epoch history, each with its words and its numbered rows.

    Keras' CSVLogger counts epochs from 0: step = epoch + 1; a history whose epochs start at
    1 keeps them; without an epoch column, step = the row's number. CSVLogger(append=True)
    puts each new run after the last one: where the epoch counter starts again (or the
    header is written again) a new run begins. An epoch column left empty on rows of values
    (test-tube's `metrics.csv`, Lightning's old logger: a row a training step, the epoch only
    on the rows that mark one) counts no step: step = the count of training rows (column
    `train_at`), an evaluation's row at the count it follows. So does an epoch column that
    repeats on the rows of its epoch and never goes back (the same logger's rows a training
    step, each with its epoch, and the evaluation's row after them); where each epoch has one
    training row at most, its rows (a training row, an evaluation's) share the epoch's step.
    """
    epoch_at = next((i for i, c in enumerate(header) if c.lower() == "epoch"), None)
    if epoch_at is None:
        return [("Keras history (step = row)", [(ln, r, n) for n, (ln, r) in enumerate(body, 1)])]
    epochs = [_cell(r, epoch_at).strip() for _, r in body]
    repeated = all(epochs) and _repeated_epochs(epochs)
    shared = repeated and train_at is not None and _one_training_row(body, epochs, train_at)
    if train_at is not None and (not all(epochs) or repeated) and not shared:
        counted: Numbered = []
        count = 0
        for line, cells in body:
            count += _cell(cells, train_at).strip() not in ("", *MISSING)
            counted.append((line, cells, max(count, 1)))
        return [
            ("CSV of step rows (step = training row count; the epoch column marks epochs)", counted)
        ]
    header_norm = [normalise(c) for c in header]
    runs: list[Numbered] = [[]]
    for line, cells in body:
        if [normalise(c) for c in cells] == header_norm:
            runs.append([])
            continue
        # An epoch printed with the run's length (`1/500`) is the epoch before the slash.
        cell = _OF_TOTAL.sub("", _cell(cells, epoch_at).strip())
        epoch = read_step(cell, f"line {line}, column {header[epoch_at]}")
        if runs[-1] and (epoch < runs[-1][-1][2] or (epoch == runs[-1][-1][2] and not shared)):
            runs.append([])
        runs[-1].append((line, cells, epoch))
    out = []
    for run in filter(None, runs):
        # Epochs from 0 are shifted to 1; a column counting in larger strides (0, 250,
        # 500, ...) holds steps, not epochs.
        distinct = sorted({epoch for _, _, epoch in run})
        stride = distinct[1] - distinct[0] if len(distinct) > 1 else 1
        offset = 1 if run[0][2] == 0 and stride == 1 else 0
        words = "Keras history (step = epoch + 1)" if offset else "Keras history (step = epoch)"
        if stride > 1:
            words = "Keras history (step = its epoch column, which counts steps)"
        out.append((words, [(line, cells, epoch + offset) for line, cells, epoch in run]))
    return out


def _repeated_epochs(cells: list[str]) -> bool:
    """Whether an epoch column holds each epoch but its last (or its only one) on several rows
    and never goes back (rows of training steps, or of a training row and an evaluation's, each
    with its epoch): two such epochs at least, or three rows each. Never appended CSVLogger
    runs, which start their epochs again, nor one row an earlier launch left before a run's
    first (`0, 0, 1`)."""
    if not all(_is_number(c) for c in cells):
        return False
    epochs = [float(c) for c in cells]
    if any(a > b for a, b in itertools.pairwise(epochs)):
        return False
    counts = Counter(epochs)
    ordered = sorted(counts)
    heads = [counts[e] for e in ordered[:-1] or ordered]
    return min(heads) > 1 and (len(heads) > 1 or heads[0] > 2)


def _one_training_row(body: list[tuple[int, list[str]]], epochs: list[str], train_at: int) -> bool:
    """Whether each epoch has one row with a training loss at most (its other rows the
    evaluation's, or another series')."""
    trained = Counter(
        epoch for epoch, (_, cells) in zip(epochs, body, strict=True)
        if _cell(cells, train_at).strip() not in ("", *MISSING)
    )  # fmt: skip
    return max(trained.values(), default=0) <= 1
