"""Join the files of one run that each hold one series: a TensorBoard scalar export per tag
(`run-x_train-tag-epoch_loss.csv`, `run-x_validation-tag-epoch_loss.csv`), an MLflow run's
metric files (`metrics/train_loss`, `metrics/val_loss`), DVCLive's (`plots/metrics/train/loss.tsv`,
`plots/metrics/eval/loss.tsv`), bare losses in files named for them
(`train_loss.csv`, `val_loss.csv`), CatBoost's `learn_error.tsv` and `test_error.tsv`,
3D-ResNets-PyTorch's `train.log` and `val.log` (its lr beside the training loss), Moment-DETR's
`train.log` and `val.log`, pycaffe scripts' `train_loss.txt` and `test_loss.txt` (`iteration
loss` lines). Read
alone, a training file cannot show an overfit and a validation file cannot show what training
did; `lossmon backtest` and `lossmon import log` read the files given together as one run."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from lossmon.server.json_logs import EPOCH_METRICS
from lossmon.server.tensorboard_logs import KIND as EVENTS
from lossmon.server.tensorboard_logs import ONE_SPLIT
from lossmon.server.training_log import Log

#: DVCLive's metric files, a folder a split (`plots/metrics/train/loss.tsv`,
#: `plots/metrics/eval/loss.tsv`, `plots/metrics/train/lr.tsv`): one run the `metrics` folder.
DVCLIVE = "dvclive_tsv"
#: Formats whose file holds one series, its split read from the file name (DVCLive's: from its
#: folder).
ONE_SERIES = frozenset(
    {"tensorboard_csv", "tensorboard_json", "mlflow_metric", "named_file", "catboost_tsv",
     "moment_detr", "named_table", "step_loss", DVCLIVE, EVENTS}
)  # fmt: skip
#: A per-epoch history (Keras' CSV) of one training loss, its lr beside it: one series only
#: where it joins the validation file beside it that its name made one (`named_table`).
HISTORY = "keras_csv"
#: The words of a file name that say its split (log_fields.named_split's), and separators.
_SPLIT_WORDS = re.compile(
    r"(?<![a-z])(lr|learning_rate|val|valid|validation|eval|evaluation|test|train|training)"
    r"(?![a-z])"
)
_ORDER = {"train": 0, "lr": 1, "val": 2}

Read = tuple[Path, list[Log]]


def join_runs(logs: list[Read]) -> list[Read]:
    """Return the files read, with the one-series files of one run joined into one Log.

    Files join when they are in one folder and their names are the same once the split's
    word is taken out (`…_train-tag-loss` and `…_validation-tag-loss`), or, failing that, when
    a folder holds exactly one such file for each split it has; a learning rate's own file left
    over (`…-tag-lr-Adam`) joins the one run beside it named as it is. A group joins only where it
    has training or validation and no split twice; the joined run stands where its first
    file stood, and says which files it was read from. A folder's files of one epoch each
    (AllenNLP's `metrics_epoch_N.json`) are one run, its epochs in order."""
    logs = _epochs_joined(logs)
    single = {i: s for i, (_, runs) in enumerate(logs) if (s := _split(runs)) is not None}
    named = {i for i in single if logs[i][1][0].kind == "named_table"}
    # A training history is one series only beside a validation file named so.
    beside = {logs[i][0].parent for i in named}
    histories = {i for i in single if logs[i][1][0].kind == HISTORY}
    for i in [i for i in histories if logs[i][0].parent not in beside]:
        del single[i]
    by_name: defaultdict[tuple[Path, str], list[int]] = defaultdict(list)
    for i in single:
        path = logs[i][0]
        name = "" if logs[i][1][0].kind == DVCLIVE else _run_name(path)
        by_name[(_folder(logs[i]), name)].append(i)
    groups = [g for g in by_name.values() if _joinable(g, single, histories, named)]
    taken = {i for g in groups for i in g}
    by_folder: defaultdict[Path, list[int]] = defaultdict(list)
    for i in single:
        if i not in taken:
            by_folder[_folder(logs[i])].append(i)
    groups += [g for g in by_folder.values() if _joinable(g, single, histories, named)]
    _rates_beside(logs, single, groups)
    return _grouped(logs, groups, _join)


def _rates_beside(logs: list[Read], single: dict[int, str], groups: list[list[int]]) -> None:
    """Join each learning-rate file left over to the one run of its folder whose files' names
    start as its own does up to its split's word (`run-x-tag-lr-Adam.csv` beside
    `run-x-tag-training_loss.csv` and `run-x-tag-val_loss.csv`), where one run has no rate yet."""
    taken = {i for g in groups for i in g}
    for i, split in single.items():
        if split != "lr" or i in taken:
            continue
        stem = logs[i][0].name.lower()
        # Its split's words are the last, with any right before them (`train_learning_rate`);
        # a run named `lr_1e-3` or `val_fold1` holds one further back.
        words = list(_SPLIT_WORDS.finditer(stem))
        k = len(words) - 1
        while k > 0 and not stem[words[k - 1].end() : words[k].start()].strip("-_. "):
            k -= 1
        prefix = stem[: words[k].start()] if words else ""
        fits = [
            g for g in groups
            if _folder(logs[g[0]]) == _folder(logs[i])
            and all(single[k] != "lr" and logs[k][0].name.lower().startswith(prefix) for k in g)
        ]  # fmt: skip
        if len(fits) == 1:
            fits[0].append(i)


def _grouped(
    logs: list[Read], groups: list[list[int]], join: Callable[[list[Read]], Log]
) -> list[Read]:
    """Return the files read with each group's files replaced by `join` of them, where its
    first file stood."""
    first = {min(g): g for g in groups}
    joined = {i for g in groups for i in g}
    out: list[Read] = []
    for i, read in enumerate(logs):
        if i in first:
            out.append((read[0], [join([logs[k] for k in sorted(first[i])])]))
        elif i not in joined:
            out.append(read)
    return out


def _epochs_joined(logs: list[Read]) -> list[Read]:
    """Return the files read, with each folder's files of one epoch each joined into one run
    where its first file stood."""
    folders: defaultdict[Path, list[int]] = defaultdict(list)
    for i, (path, runs) in enumerate(logs):
        if len(runs) == 1 and runs[0].kind == EPOCH_METRICS:
            folders[path.parent].append(i)
    return _grouped(logs, [g for g in folders.values() if len(g) > 1], _epoch_run)


def _epoch_run(reads: list[Read]) -> Log:
    """Return one Log of a run's files of one epoch each, in epoch order."""
    epochs = [runs[0] for _, runs in reads]
    # An epoch kept twice (a resumed run's file written again): its later file's.
    kept = {(r[0], r[1]): r for log in epochs for r in log.rows}
    rows = sorted(kept.values(), key=lambda r: (r[0], _ORDER[r[1]]))
    columns = {split: c for log in epochs for split, c in log.columns.items()}
    words = f"AllenNLP metrics_epoch_N.json, one run in {len(epochs)} files (step = epoch + 1)"
    return Log(EPOCH_METRICS, words, rows, columns)


def _split(runs: list[Log]) -> str | None:
    """Return the one split a file's one run holds, where it is a one-series format."""
    if len(runs) != 1 or runs[0].kind not in (*ONE_SERIES, HISTORY):
        return None
    splits = {row[1] for row in runs[0].rows}
    if runs[0].kind in (HISTORY, EVENTS):
        # The lr beside its loss (3D-ResNets' `train.log`: epoch loss acc lr; Keras' `train/`
        # event file: epoch_loss, epoch_learning_rate).
        splits.discard("lr")
    return next(iter(splits)) if len(splits) == 1 else None


def _folder(read: Read) -> Path:
    """Return the folder of a run's files: the file's, or DVCLive's `metrics` folder above the
    folders of its splits, or the folder above Keras' `train/` and `validation/` event files."""
    path, runs = read
    if runs[0].kind == EVENTS and ONE_SPLIT in runs[0].format:
        # Keras' `logs/fit/<run>/train/` and `.../validation/`; add_scalars' `loss_training/`.
        return path.parent.parent
    if runs[0].kind != DVCLIVE:
        return path.parent
    folders = [part.lower() for part in path.parent.parts]
    return Path(*path.parent.parts[: len(folders) - folders[::-1].index("metrics")])


def _run_name(path: Path) -> str:
    """Return a file's name without its split's word, separators and suffix."""
    stem = path.name.lower().split(".", 1)[0]
    return re.sub(r"[^a-z0-9]+", "", _SPLIT_WORDS.sub("", stem))


def _joinable(
    group: list[int], single: dict[int, str], histories: set[int], named: set[int]
) -> bool:
    splits = [single[i] for i in group]
    if histories & set(group) and not named & set(group):
        return False  # a training history joins only a validation file named so
    return (
        len(group) > 1 and len(set(splits)) == len(splits) and bool({"train", "val"} & set(splits))
    )


def _join(reads: list[Read]) -> Log:
    """Return one Log of the files' rows, in step order (train, lr, val at a step)."""
    logs = [runs[0] for _, runs in reads]
    rows = sorted((row for log in logs for row in log.rows), key=lambda r: (r[0], _ORDER[r[1]]))
    names = {path: _shown(path, runs) for path, runs in reads}
    columns = {split: f"{names[path]}: {column}" for (path, runs) in reads
               for split, column in runs[0].columns.items()}  # fmt: skip
    kinds = sorted({log.format.split(" (", 1)[0].removesuffix(f", {ONE_SPLIT}") for log in logs})
    # Keras' event files count epochs, each alike: the joined run's steps are as theirs.
    steps = {log.format.partition(" (")[2] for log in logs}
    counted = f" ({steps.pop()}" if logs[0].kind == EVENTS and len(steps) == 1 else ""
    counted = "" if counted == " (" else counted
    others = ", ".join(names[path] for path, _ in reads[1:])
    return Log(logs[0].kind, f"{' + '.join(kinds)}{counted}, one run in {len(reads)} files",
               rows, columns, part=f"with {others}")  # fmt: skip


def _shown(path: Path, runs: list[Log]) -> str:
    """Return a file's name as a joined run shows it: with its folders under DVCLive's
    `metrics` folder (`train/loss.tsv`, `eval/loss.tsv`), whose names are the same, or Keras'
    run folder (`train/events.out.tfevents.…`)."""
    if runs[0].kind not in (DVCLIVE, EVENTS):
        return path.name
    return path.relative_to(_folder((path, runs))).as_posix()
