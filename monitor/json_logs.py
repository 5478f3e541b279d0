"""Read JSON training logs: a Trainer `trainer_state.json`, a Sacred `metrics.json` and a
DLLogger `nvlog.json` (read by their own modules), per-epoch histories (Keras'
`history.history`, one model's or several, or one a record: DonkeyCar's `database.json`),
records (a JSON list or JSON lines), a Keras Tuner `trial.json`, NVIDIA's training_stats lines
and YOLACT's typed JSON lines (their own modules)."""

from __future__ import annotations

import itertools
import json
import math
import re
from typing import Any

from lossmon.server.boosting_logs import read_evals_result
from lossmon.server.dllogger_logs import read_nvlog
from lossmon.server.log_fields import (
    EPOCH,
    HISTORY_TRAIN,
    HISTORY_VAL,
    LIST_TRAIN,
    LR,
    RECORD_LR,
    RECORD_STEP,
    RECORD_TRAIN,
    RECORD_VAL,
    RL_STEP,
    RL_TRAIN,
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
    tensorboard_split,
    validation_after,
    validation_twin,
)
from lossmon.server.sacred_logs import read_sacred
from lossmon.server.text_logs import Row
from lossmon.server.trainer_console import python_literal
from lossmon.server.training_log import EXPECTED, Log, LogError
from lossmon.server.training_stats_logs import read_training_stats
from lossmon.server.yolact_logs import is_yolact, read_yolact

#: The keys under which a log keeps each split's values apart.
TRAIN_SPLITS = ("train", "training")
VAL_SPLITS = ("val", "valid", "validation", "test")
SPLIT_KEYS = frozenset((*TRAIN_SPLITS, *VAL_SPLITS))
#: The keys under which a record may keep its values apart from what describes it (its epoch,
#: its checkpoint's path): Keras callbacks' `logs`, a checkpoint list's `metrics`.
VALUE_KEYS = frozenset(("metrics", "logs", "scalars"))
#: …and the words after a split's name under which a record keeps that split's values
#: (`"val_metrics": {"loss": ...}`).
SPLIT_VALUES = ("metrics", "stats", "results", "logs")
#: Names that count steps or epochs, never taken from under such a key.
COUNTERS = frozenset((*RECORD_STEP, *RL_STEP, *EPOCH))
#: The largest share of a JSON-lines text's lines that may be no JSON record: each starts a
#: launch (its command line) whose records follow.
LAUNCH_LINES = 0.25


def read_json(text: str, lines: list[str], name: str = "") -> list[Log] | None:
    """Read a JSON document or JSON lines: one Log per run (per model, where a history holds
    several). Return None when the text is neither (a text log may begin with a bracket).
    `name`, the file's, may say what unnamed lists hold (`loss_history.json`)."""
    whole = _json(text)
    if whole is None and text.lstrip().startswith("{"):
        whole = _printed_dict(text)
    if isinstance(whole, dict) and (trainer := _log_history(whole)) is not None:
        return [_trainer_state(trainer)]
    if isinstance(whole, dict) and (frame := _frame_history(whole)) is not None:
        return [_history_json(frame)]
    if isinstance(whole, dict) and (sacred := read_sacred(whole)) is not None:
        return [sacred]
    if isinstance(whole, dict) and (nvlog := read_nvlog(whole)) is not None:
        return [nvlog]
    if isinstance(whole, dict) and (golden := _golden_values(whole)) is not None:
        return [golden]
    if isinstance(whole, dict) and (trial := _keras_tuner_trial(whole)) is not None:
        return [trial]
    if isinstance(whole, dict) and (evals := read_evals_result(whole)) is not None:
        return [evals]
    if isinstance(whole, dict) and len(named := _named_models(whole)) > 1:
        return _models(named)
    if isinstance(whole, dict) and (history := _history_lists(whole)) is not None:
        return [_history_json(history)]
    if isinstance(whole, dict) and (ludwig := _split_features(whole)) is not None:
        return [ludwig]
    if isinstance(whole, dict) and (
        (heads := _history_heads(whole)) or len(heads := _model_histories(whole)) > 1
    ):
        return _models(heads)
    if isinstance(whole, dict) and (numbered := _numbered_records(whole)) is not None:
        return [read_records(numbered, "JSON records keyed by epoch")]
    if isinstance(whole, dict) and (inner := _numbered_inside(whole)) is not None:
        return [read_records(inner[1], f"JSON records keyed by epoch under {inner[0]!r}")]
    if isinstance(whole, dict) and (nested := _nested(whole)) is not None:
        return [read_records(nested[1], f"JSON records under {nested[0]!r}")]
    if isinstance(whole, dict) and (split := _split_records(whole)) is not None:
        return [read_records(split, "JSON records under 'train' and 'val'")]
    if isinstance(whole, dict) and (report := _report_history(whole)) is not None:
        return [_history_json(report)]
    if isinstance(whole, dict) and (models := _loss_lists(whole, name)):
        return models
    if isinstance(whole, dict) and (by_epoch := _losses_by_epoch(whole, name)) is not None:
        return [by_epoch]
    if isinstance(whole, dict) and (epoch := _epoch_metrics(whole, name)) is not None:
        return [epoch]
    if isinstance(whole, dict) and len(lists := _separate_runs(whole)) > 1:
        return _record_runs(lists)
    if isinstance(whole, dict) and (lists := _models_records(whole)):
        return _record_runs(lists, "model")
    if isinstance(whole, dict) and (scalars := _scalars_by_tag(whole)) is not None:
        return [read_records(scalars, "JSON scalars by tag")]
    if isinstance(whole, dict) and name == "metrics.json" and EPOCH_SUMMARY <= whole.keys():
        raise LogError(
            "AllenNLP's final metrics.json: the run's summary, no history (its "
            "metrics_epoch_N.json files given together are the run)"
        )
    if isinstance(whole, dict) and choose(whole, (*RECORD_STEP, *EPOCH)) is None:
        raise LogError(f"a JSON object without log_history; expected {EXPECTED}")
    if isinstance(whole, list) and (scalar := _tensorboard_json(whole, name)) is not None:
        return [scalar]
    if isinstance(whole, list) and whole and all(isinstance(r, dict) for r in whole):
        return _record_histories(whole) or [read_records(whole, "JSON list of records")]
    records = [_json(line) for line in lines if line.strip()]
    if not all(isinstance(r, dict) for r in records):
        return _launches(records)
    if (stats := read_training_stats(records)) is not None:
        return stats
    if is_yolact(records):
        return read_yolact(records)
    runs = [_nested(r) for r in records]
    if len(runs) > 1 and all(runs):
        # A sweep's JSON lines: one run a line, its settings beside its records.
        logs = [read_records(run[1], f"JSON records under {run[0]!r}") for run in runs if run]
        for n, log in enumerate(logs, start=1):
            log.part = f"line {n} of {len(logs)}"
        return logs
    return _launches(records)


def _log_history(whole: dict[str, Any]) -> list[Any] | None:
    """Return a Trainer's log_history: under its own name, or the one list under a name that
    ends in it (`raw_log_history`, a script's copy beside its per-metric extracts)."""
    if isinstance(whole.get("log_history"), list):
        return whole["log_history"]
    found = [
        value
        for key, value in whole.items()
        if isinstance(value, list) and normalise(key).endswith("loghistory")
    ]
    return found[0] if len(found) == 1 else None


def _keras_tuner_trial(whole: dict[str, Any]) -> Log | None:
    """Read a Keras Tuner `trial.json` (AutoKeras' too): each metric's observations, `{"value":
    [0.41], "step": 3}` an epoch counted from 0 (step = epoch + 1). None when the file is no
    trial; a LogError when its tuner kept only each metric's best epoch (Keras Tuner from 1.0.2
    on), which is no curve."""
    metrics = whole.get("metrics")
    metrics = metrics.get("metrics") if isinstance(metrics, dict) else None
    if "trial_id" not in whole or not isinstance(metrics, dict):
        return None
    observed = {
        name: m["observations"]
        for name, m in metrics.items()
        if isinstance(m, dict) and isinstance(m.get("observations"), list) and m["observations"]
    }
    chosen = {
        "train": choose(observed, HISTORY_TRAIN, is_train_loss),
        "val": choose(observed, HISTORY_VAL, is_val_loss),
    }
    keys = {split: name for split, name in chosen.items() if name is not None}
    if not keys:
        raise LogError("a Keras Tuner trial.json without a loss metric")
    rows: list[Row] = []
    for split, name in keys.items():
        for n, seen in enumerate(observed[name], start=1):
            where = f"{name}, observation {n}"
            raw = seen.get("value") if isinstance(seen, dict) else None
            if isinstance(raw, list) and _numbers(raw):
                # One step reported more than once (a tuner's executions or folds): their mean,
                # as the tuner reads it.
                raw = math.fsum(raw) / len(raw)
            step = read_step(seen.get("step"), where) + 1 if isinstance(seen, dict) else None
            if step is not None and (value := read_value(raw, where)) is not None:
                rows.append((step, split, row_values(split, value)))
    if all(len(observed[name]) < 2 for name in keys.values()):
        raise LogError(
            "a Keras Tuner trial.json with one value a metric (the tuner kept only its best "
            "epoch): no curve to replay"
        )
    rows.sort(key=lambda row: (row[0], row[1] != "train"))
    return Log("keras_tuner_trial", "Keras Tuner trial.json (step = epoch + 1)", rows, keys)


#: Megatron-LM's name for the language-model loss, in its logs and golden values.
LM_LOSS = "lm loss"


def _golden_values(whole: dict[str, Any]) -> Log | None:
    """Read Megatron-LM's golden values (its functional tests' curves): each metric under its
    name, `{"start_step": 1, "end_step": 50860, "step_interval": 5, "values": {"1": 12.66,
    ...}}` (or `values` a list from `start_step` every `step_interval`), MindSpeed's baselines a
    plain list from step 1; the training loss is `lm loss`. The writer pads the steps a run
    never reached with the string "nan": that tail is passed over (a NaN the run logged is a
    number, kept). None when the object holds no such `lm loss`."""
    entry = whole.get(LM_LOSS)
    if isinstance(entry, list) and entry and all(_number_or_text(v) for v in entry):
        pairs = list(enumerate(entry, start=1))
    elif isinstance(entry, dict) and isinstance(values := entry.get("values"), (dict, list)):
        where = f"{LM_LOSS!r}"
        if isinstance(values, dict):
            pairs = [(read_step(k, f"{where} step {k!r}"), v) for k, v in values.items()]
        else:
            start = read_step(entry.get("start_step", 1), f"{where} start_step")
            every = read_step(entry.get("step_interval", 1), f"{where} step_interval")
            pairs = [(start + i * every, v) for i, v in enumerate(values)]
    else:
        return None
    while pairs and isinstance(pairs[-1][1], str) and pairs[-1][1].strip().lower() == "nan":
        pairs.pop()
    rows: list[Row] = []
    for step, raw in pairs:
        value = read_value(raw, f"{LM_LOSS!r} at step {step}")
        if value is not None:
            rows.append((step, "train", {"loss": value}))
    return Log("json_history", "Megatron-LM golden values", rows, {"train": LM_LOSS})


def _number_or_text(value: Any) -> bool:
    return isinstance(value, (int, float, str)) and not isinstance(value, bool)


def _nested(whole: dict[str, Any]) -> tuple[str, list[dict[str, Any]]] | None:
    """Return the one list of records (each with a step or an epoch, and a loss) that an
    object holds beside its settings, with its key: a sweep's run, `{"lr": 2.0, "curve":
    [{"epoch": 1, "train_loss": 8.2, "test_loss": 8.7}, ...]}`. None when there is not one."""
    found = _record_lists(whole)
    return found[0] if len(found) == 1 else None


def _scalars_by_tag(whole: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Return, merged into one record a step, the points of an object that keeps each
    metric's under its name, as TensorBoard's scalars are dumped (`{"train_loss": [{"step": 5,
    "value": 0.77}, ...], "eval_loss": [...]}`, a `wall_time` beside them or not); None for
    any other object."""
    merged: dict[Any, dict[str, Any]] = {}
    for tag, points in whole.items():
        if not isinstance(points, list) or not points:
            return None
        for point in points:
            if not isinstance(point, dict) or not {"step", "value"} <= point.keys():
                return None
            if not _whole(point["step"]):  # a step of text would not sort with the others
                return None
            merged.setdefault(point["step"], {"step": point["step"]})[str(tag)] = point["value"]
    return [merged[step] for step in sorted(merged)] if merged else None


def _record_runs(lists: list[tuple[str, list[dict[str, Any]]]], what: str = "list") -> list[Log]:
    """Read each list of records an object holds under a name of its own as a run (a project's
    `train_loss_curves.json`: `{"ae_val_loss": [{"step": 5000, "val_loss": 0.12}, ...],
    "diff_train_loss": [{"step": 0, "loss": 30.5}, ...]}`)."""
    logs = [read_records(records, f"JSON records under {key!r}") for key, records in lists]
    for n, log in enumerate(logs, start=1):
        log.part = f"{what} {n} of {len(logs)}"
    return logs


def _models_records(whole: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Return each model's list of records where an object keeps its models under their names,
    each with its settings beside its history (`{"baseline_cnn": {"image_size": 224, "history":
    [{"epoch": 1, "train_loss": 0.68, "val_loss": 0.69}, ...]}, "mobilenetv2": {...}}`), keyed
    `model/list`."""
    return [
        (f"{key}/{nested[0]}", nested[1])
        for key, value in whole.items()
        if isinstance(value, dict) and (nested := _nested(value)) is not None
    ]


def _separate_runs(whole: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Return the lists of records an object holds when each is a run of its own: three records
    or more each, no two at the same steps (a run's `train_history` and `val_history` share
    their epochs: the splits of one run, not two runs), else none."""
    lists = _record_lists(whole)
    if len(lists) < 2 or any(len(records) < 3 for _, records in lists):
        return []
    axes = [tuple(_step_of(r, _axis(records)) for r in records) for _, records in lists]
    return lists if len(set(axes)) == len(axes) else []


def _axis(records: list[dict[str, Any]]) -> str:
    """Return the key that counts a list's records: its step, else its epoch."""
    names = {k for r in records for k in r}
    return choose(names, RECORD_STEP) or choose(names, EPOCH) or ""


def _record_lists(whole: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Return the lists of records (each with a step or an epoch, and a loss) an object holds,
    with their keys."""
    return [
        (key, value)
        for key, value in whole.items()
        if isinstance(value, list)
        and value
        and all(isinstance(r, dict) for r in value)
        and (names := {k for r in value for k in r})
        and choose(names, (*RECORD_STEP, *EPOCH)) is not None
        and (choose(names, HISTORY_TRAIN, is_train_loss) or choose(names, HISTORY_VAL, is_val_loss))
    ]


def _json(text: str) -> Any:
    """Return the text's JSON value, None when it is no JSON."""
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError:
        return None
    except RecursionError:
        raise LogError("JSON nested too deeply to be a training log") from None


#: How a JSON document begins (an object's first key or its end, an array of objects, arrays,
#: strings or numbers): not a text log's `[2021-10-12 10:00:01] INFO` or `[INFO]`.
_JSON_START = re.compile(
    r'\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:[{\["\]]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\s*[,\]]|$))'
)


def json_error(text: str) -> str | None:
    """Say why a file that starts as JSON is no JSON (where it breaks, and whether the text
    ends there: a file cut short); None when it is JSON or does not start as JSON. For the
    error of a file no format reads, so a truncated `trainer_state.json` is told as such, not
    as an unknown format."""
    if not _JSON_START.match(text):
        return None
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{error.msg}: line {error.lineno}, column {error.colno}"
        rest = text[error.pos :].rstrip()
        # Broken at the very end, or in a string the last line leaves open.
        if not rest or (error.msg.startswith("Unterminated string") and "\n" not in rest):
            return f"its JSON ends early ({where}): the file was cut short or copied mid-write"
        return f"it is no valid JSON ({where})"
    except RecursionError:
        return "its JSON is nested too deeply"
    return None


#: Python prints non-finite floats bare (`nan`, `inf`), which a literal does not read.
_BARE_FLOAT = re.compile(r"(?<![\w'\".])(-?(?:nan|inf))(?![\w'\"])")


def _printed_dict(text: str) -> dict[str, Any] | None:
    """Return the dict a Python program printed (`print(history.history)`: `{'loss': [4.85,
    ...], 'val_loss': [...]}`, single quotes, no JSON, `nan` bare), None when the text is no
    such literal."""
    stripped = text.strip()
    if not stripped.endswith("}"):
        return None  # a dict and then more text (`Done.`): no literal, and no parse of it
    try:
        value = python_literal(_BARE_FLOAT.sub(r"'\1'", stripped))
        # As JSON would hold it (keys as text, tuples as lists), or nothing (a set, bytes).
        value = json.loads(json.dumps(_nonfinite(value)))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _nonfinite(value: Any) -> Any:
    """Return a printed literal with its bare `nan` and `inf` (quoted to be read) as floats."""
    if isinstance(value, dict):
        return {k: _nonfinite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_nonfinite(v) for v in value]
    if isinstance(value, str) and value in ("nan", "-nan", "inf", "-inf"):
        return float(value)
    return value


def _json_int(raw: str) -> int:
    # A whole number a float cannot hold (over 308 digits) is no loss and no step; the
    # int() of one over 4300 digits raises ValueError of its own.
    if len(raw.lstrip("-")) > 308:
        raise LogError(f"a JSON number of {len(raw)} digits, too large to be a loss or a step")
    return int(raw)


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
            value = read_value(entry.get(key), where)
            if value is not None:
                rows.append((read_step(entry["step"], where), split, {metric: value}))
                columns[split] = key
    return Log("trainer_state", "Trainer log_history", rows, columns)


def read_records(records: list[Any], what: str, keys: list[str] | None = None) -> Log:
    """Read records (dicts, a value a key) with a step key (or an epoch) and loss keys into
    one Log; `what` names them in its format. `keys`, where given, are those the losses are
    chosen from (the whole file's, for one launch of several: each read on the same loss)."""
    records = [_split_flattened(r) if isinstance(r, dict) else r for r in records]
    keys = keys or _keys(records)
    step_key = choose(keys, RECORD_STEP) or choose(keys, RL_STEP)
    if step_key is None and choose(keys, EPOCH) is None and _epoch_stats(records):
        # The DETR family's `log.txt` (a record an epoch of its `train_`/`test_` meters) where a
        # fork dropped the epoch (Open-GroundingDino's), SAM 2's `train_stats.json` without its
        # `Trainer/` counters: its records are its epochs (a resumed run's appended records
        # number on, as its epochs did).
        records = [{**r, "epoch": n} for n, r in enumerate(records, start=1)]
        keys, what = [*keys, "epoch"], f"{what} (a record an epoch)"
    # Records of epochs (a custom loop's `{"epoch": 3, "train_loss": ..., "test_loss": ...}`)
    # name their losses as a per-epoch history does.
    per_epoch = step_key is None and (step_key := choose(keys, EPOCH)) is not None
    if step_key is None:
        raise LogError(
            f"{what} without a step key; expected step, iter, iteration, global_step or epoch"
        )
    train_names: tuple[str, ...] = HISTORY_TRAIN if per_epoch else RECORD_TRAIN
    val_names = HISTORY_VAL if per_epoch else RECORD_VAL
    if normalise(step_key) in RL_STEP:
        train_names = RL_TRAIN
        what = f"{what} (step = {step_key}, an RL trainer's)"
    chosen = {
        "train": choose(keys, train_names, is_train_loss),
        "val": choose(keys, val_names, is_val_loss),
        "lr": choose(keys, RECORD_LR),
    }
    if chosen["train"] is not None:
        # The training loss's own evaluation (`val_optim_loss` by `trn_optim_loss`).
        chosen["val"] = validation_twin(chosen["train"], keys, chosen["val"])
    if chosen["val"] is None and chosen["train"] is not None:
        chosen["val"] = validation_after(chosen["train"], keys)  # `loss_val` by `loss_train`
    if chosen["train"] is None and chosen["val"] is None:
        # Losses named by their part alone (a GAN's `gen/loss` and `dis/loss`): the total,
        # else the first.
        part = loss_part(normalise(k) for k in keys)
        chosen["train"] = next((k for k in keys if normalise(k) == part), None)
        if chosen["train"] is not None:
            # The same part evaluated, under Keras' prefix (`val_total` beside `total`); not
            # a count of samples (`val_correct` of `val_total`).
            twin = f"val_{chosen['train']}"
            chosen["val"] = twin if twin in keys and not _counts(records, twin) else None
    if chosen["train"] is None and chosen["val"] is None:
        raise LogError(f"{what} without a loss key; expected loss, train_loss, val_loss, ...")
    counted = False
    # Only the training records with a loss judge the counters: MMDetection's log.json opens
    # with a record of its environment and config, and its evaluations (`mode: val`) count
    # their own batches (MMClassification's, with a learning rate and no loss, at iter 157
    # after a training epoch's iter 700).
    losses = [k for split, k in chosen.items() if k and split != "lr"]
    valued = [
        r for r in records if any(r.get(k) is not None for k in losses) and not _evaluation(r)
    ]
    restarts = _restarts(valued, step_key)
    # Every record with a loss, evaluations too, must have the global step to be read at it.
    scored = [r for r in records if any(r.get(k) is not None for k in losses)]
    steady = next(
        (k for k in keys if k != step_key and normalise(k) in RECORD_STEP
         and not _restarts(valued, k, strictly=True)
         and all(r.get(k) is not None for r in scored)),
        None,
    ) if restarts else None  # fmt: skip
    if steady is not None:
        # A step counted within its epoch beside a global one (`"global_step": 30031,
        # "epoch": 1, "step": 0`): the global one.
        what = f"{what} (step = {steady}: {step_key} restarts each epoch)"
        step_key = steady
    elif restarts and not _restarts(valued, "epoch", strictly=True):
        # A resumed run whose step counter started again while its epochs went on: the
        # epoch orders the records.
        step_key, what = "epoch", f"{what} (step = epoch: the step counter restarts)"
    elif restarts and _grows(valued, ("epoch", step_key)):
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
            if key is not None and (value := read_value(record.get(key), where)) is not None
        }
        if "train" in values and _evaluation(record):
            # MMDetection's validation records carry their loss under the training key.
            values["val"] = values.pop("train")
        if counted:
            count += "train" in values
            step = max(count, 1)
        elif values and (raw := _step_of(record, step_key)) is not None:
            step = read_step(raw, where)
        else:
            continue
        rows += [(step, split, row_values(split, value)) for split, value in values.items()]
    if per_epoch and not counted:
        # Epochs counted from 0 are numbered from 1, as a per-epoch history's steps are.
        offset = 1 if rows and min(r[0] for r in rows) == 0 else 0
        rows = [(step + offset, split, values) for step, split, values in rows]
        what += " (step = epoch + 1)" if offset else " (step = epoch)"
    if chosen["val"] is None:
        # Validation read from evaluation records, under the training key.
        chosen["val"] = chosen["train"]
    columns = {s: k for s, k in chosen.items() if k is not None and any(r[1] == s for r in rows)}
    return Log("jsonl", what, rows, columns)


def _epoch_stats(records: list[Any]) -> bool:
    """Whether records are a trainer's per-epoch stats: each a dict with the epoch's mean
    training loss, the DETR family's `train_loss` beside its `train_lr` (`{"train_lr": ...,
    "train_loss": ..., "test_...": ...}`), or SAM 2's `Losses/train_all_loss` (its
    `train_stats.json`, where a fork dropped the `Trainer/` counters)."""
    return bool(records) and all(
        isinstance(r, dict)
        and (("train_loss" in r and "train_lr" in r) or "Losses/train_all_loss" in r)
        for r in records
    )


def _evaluation(record: Any) -> bool:
    """Whether a record is an evaluation's by its `mode` (MMDetection's `"mode": "val"`)."""
    return isinstance(record, dict) and named_split(str(record.get("mode", "")).lower()) == "val"


def _split_flattened(record: dict[str, Any]) -> dict[str, Any]:
    """Return a record whose values are kept per split (`{"epoch": 1, "train": {"loss": 0.5,
    "acc": 0.8}, "val": {...}}`, prototypical networks' `trace.txt`; `"val_metrics": {...}`
    beside `"train_loss"`) with those values named as a logger names them (`train/loss`,
    `val/loss`), and one whose values are kept under a key of their own (`{"epoch": 1, "path":
    "epoch_01.pt", "metrics": {"train_loss": ...}}`, a checkpoint list's) with them beside its
    epoch, under their names (a name it has keeps its value; beside a loss of its own, an
    evaluation's values only); any other record as it is."""
    if not any(
        (_split_kept(k) or k in VALUE_KEYS) and isinstance(v, dict) for k, v in record.items()
    ):
        return record
    flat: dict[str, Any] = {}
    nested: dict[str, Any] = {}
    for key, value in record.items():
        if (split := _split_kept(key)) and isinstance(value, dict):
            flat.update({f"{split}/{name}": v for name, v in value.items()})
        elif key in VALUE_KEYS and isinstance(value, dict):
            # Values only: a counter under it (`"logs": {"iter": 50}`) does not number the
            # record, whose own epoch or step does.
            nested.update({n: v for n, v in value.items() if normalise(n) not in COUNTERS})
        else:
            flat[key] = value
    if any("loss" in key.lower() for key in flat):
        # The record's own losses are its training's: of what it keeps under a key of its
        # own, only an evaluation's values join them (`"logs": {"val_loss": ...}`).
        nested = {n: v for n, v in nested.items() if named_split(n.lower()) == "val"}
    return {**nested, **flat}


def _split_kept(key: str) -> str | None:
    """Return the split whose values a record keeps under `key`: the split's own name
    (`val`), or with a word for its values after it (`val_metrics`, `train_stats`); None for
    any other key."""
    split, _, what = key.partition("_")
    if split in SPLIT_KEYS and what in ("", *SPLIT_VALUES):
        return split
    return None


def _launches(records: list[Any]) -> list[Log] | None:
    """Read JSON lines appended launch after launch: one Log per launch with records. A
    launch opens after a line of its own that is no JSON record (Barlow Twins' and VICReg's
    `stats.txt` open each with its command line), or, in records of epochs alone, where the
    epoch goes back (BLIP's and ALBEF's `log.txt`, a line an epoch, each launch from epoch
    0), or where a step goes back in an epoch that did not go on. None when lines that are no
    record are more than a LAUNCH_LINES share of the text (a text log with a few JSON lines in
    it)."""
    if sum(not isinstance(r, dict) for r in records) > LAUNCH_LINES * len(records):
        return None
    keys = _keys([_split_flattened(r) for r in records if isinstance(r, dict)])
    epochs = _epochs_alone(keys)
    # A step counted within its epoch (MMCV's `"epoch": 3, "iter": 50`): a launch opens where
    # the step goes back in an epoch that did not go on (MMDetection's tutorial log, each
    # launch appended from epoch 1), judged between training records with a loss (an
    # evaluation counts its own batches; a checkpoint's record, the run's last epoch).
    loss = choose(keys, RECORD_TRAIN, is_train_loss)
    within = None if epochs or not loss else (choose(keys, RECORD_STEP), choose(keys, EPOCH), loss)
    launches: list[list[dict[str, Any]]] = [[]]
    trained: dict[str, Any] | None = None  # the launch's latest training record
    for record in records:
        if not isinstance(record, dict):
            if launches[-1]:
                launches.append([])
                trained = None
            continue
        if launches[-1] and _opens_launch(launches[-1][-1], trained, record, epochs, within):
            launches.append([])
        if not _evaluation(record) and record.get(loss) is not None:
            trained = record
        launches[-1].append(record)
    launches = [launch for launch in launches if launch]
    logs = [read_records(launch, "JSON lines", keys) for launch in launches]
    if len(logs) > 1:
        for n, log in enumerate(logs, start=1):
            log.part = f"launch {n} of {len(logs)}"
    return logs


def _opens_launch(
    before: dict[str, Any],
    trained: dict[str, Any] | None,
    record: dict[str, Any],
    epochs: str | None,
    within: tuple[str | None, str | None, str] | None,
) -> bool:
    """Whether `record` opens a launch of its own: its epoch goes back from the record
    `before` it in records of epochs alone; else, a training record whose step counted within
    the epoch goes back from the latest training record `trained` while its epoch does not
    go on."""
    if epochs:
        return _goes_back(before, record, epochs)
    step, epoch, loss = within or (None, None, None)
    if not (step and epoch and loss and trained) or _evaluation(record):
        return False
    if record.get(loss) is None:
        return False  # a record without the loss (a learning rate alone at iter 0)
    a, b = trained.get(epoch), record.get(epoch)
    held = isinstance(a, int) and isinstance(b, int) and b <= a  # the epoch did not go on
    return held and _goes_back(trained, record, step)


def _keys(records: list[Any]) -> list[str]:
    """Return the keys of the records, in the order they first appear."""
    keys: dict[str, None] = {}
    for record in records:
        keys.update(dict.fromkeys(record))
    return list(keys)


def _epochs_alone(keys: list[str]) -> str | None:
    """Return the epoch key of records that count epochs and no step (as read_records reads
    them), None where a step key orders them."""
    if choose(keys, RECORD_STEP) or choose(keys, RL_STEP):
        return None
    return choose(keys, EPOCH)


def _goes_back(before: dict[str, Any], record: dict[str, Any], key: str) -> bool:
    """Whether the record's whole-number `key` is below the record's before it."""
    a, b = before.get(key), record.get(key)
    return isinstance(a, int) and isinstance(b, int) and b < a


def _step_of(record: dict[str, Any], key: str) -> Any:
    """Return the record's step: under `key`, or under a split's name for it (fairseq's
    validation records count `valid_num_updates`)."""
    if record.get(key) is not None:
        return _counted(record[key])
    return next(
        (_counted(v) for k, v in record.items() if k.endswith(f"_{key}") and v is not None), None
    )


#: A counter printed with its total (ms-swift's `"global_step/max_steps": "10/438"`); a step
#: beyond 18 digits is no step (read_step says so).
_COUNT_OF_TOTAL = re.compile(r"\s*(\d{1,18})\s*/\s*\d+\s*")


def _counted(value: Any) -> Any:
    """Return a counter's value: the count of one printed with its total, else as it is."""
    if isinstance(value, str) and (match := _COUNT_OF_TOTAL.fullmatch(value)):
        return int(match[1])
    return value


def _restarts(records: list[Any], key: str, *, strictly: bool = False) -> bool:
    """Whether `key`'s values (where given, all whole numbers) ever go back (with `strictly`,
    also repeat); True when a record lacks it or it is not a whole number."""
    values = [_counted(r.get(key)) for r in records]
    if not all(isinstance(v, (int, float)) and float(v).is_integer() for v in values):
        return True
    pairs = zip(values, values[1:], strict=False)
    return any(b < a or (strictly and b == a) for a, b in pairs)


def _grows(records: list[Any], keys: tuple[str, str]) -> bool:
    """Whether every record has whole numbers under both keys, the pair never going back
    (an evaluation's record may repeat its train record's)."""
    pairs = [tuple(r.get(k) for k in keys) for r in records]
    whole = all(_whole(v) for pair in pairs for v in pair)
    return whole and all(a <= b for a, b in zip(pairs, pairs[1:], strict=False))


def _whole(value: Any) -> bool:
    """Whether a JSON value is a whole number (a bool is none)."""
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and float(value).is_integer()
    )


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
    if (split := _split_lists(whole)) is not None:
        return {**split, **({"epoch": epochs} if epochs is not None else {})}
    # Under any key: `history`, `metrics`, a results file's `training_history`, ...
    others = [v for k, v in whole.items() if k not in ("history", "metrics")]
    for holder in (whole, whole.get("history"), whole.get("metrics"), *others):
        if not isinstance(holder, dict):
            continue
        lists = {k: v for k, v in holder.items() if _numbers(v)}
        if choose(lists, LIST_TRAIN, is_train_loss) or choose(lists, HISTORY_VAL, is_val_loss):
            return {**lists, **({"epoch": epochs} if epochs is not None else {})}
    return None


def _frame_history(whole: dict[str, Any]) -> dict[str, list[float]] | None:
    """Return the history lists of a DataFrame saved with pandas' `to_json()` (`{"loss": {"0":
    0.69, "1": 0.52}, "val_loss": {...}}`: `pd.DataFrame(history.history)`, each column keyed by
    its row number) in row order, None for any other object or for one without a loss."""
    if not whole or not all(isinstance(v, dict) and v for v in whole.values()):
        return None
    rows = next(iter(whole.values())).keys()
    if not all(k.strip().isdigit() for k in rows) or any(v.keys() != rows for v in whole.values()):
        return None
    order = sorted(rows, key=int)
    if [int(k) for k in order] != list(range(int(order[0]), int(order[0]) + len(order))):
        return None  # rows missing: no list index would be their epoch
    cells = (x for column in whole.values() for x in column.values())
    if not all(x is None or _numbers([x]) for x in cells):
        return None
    # pandas writes NaN as null.
    columns = {
        name: [math.nan if column[k] is None else column[k] for k in order]
        for name, column in whole.items()
    }
    return _history_lists(columns)


def _record_histories(records: list[dict[str, Any]]) -> list[Log]:
    """Return the runs of a JSON list of records that count no steps, each holding a model's
    per-epoch history among its settings (DonkeyCar's `models/database.json`: a record a
    trained pilot, its Keras `history.history` under `History`): one Log a record that holds
    one, in file order; none when a record counts steps or epochs, or none holds a history."""
    keys = {normalise(k) for record in records for k in record}
    if keys & {*RECORD_STEP, *RL_STEP, *EPOCH}:
        return []
    logs = []
    for n, record in enumerate(records, start=1):
        if (lists := _history_lists(record)) is not None:
            log = _history_json(lists)
            if len(records) > 1:
                log.part = f"record {n} of {len(records)}"
            logs.append(log)
    return logs


def _split_lists(whole: dict[str, Any]) -> dict[str, list[float]] | None:
    """Return the lists of a history kept per split (`{"train": {"loss": [...]}, "val":
    {"loss": [...]}}`) under one set of names, the evaluation's named as a history names them
    (`val_loss`); None when it is not one."""
    train = next((whole[k] for k in TRAIN_SPLITS if isinstance(whole.get(k), dict)), None)
    val = next((whole[k] for k in VAL_SPLITS if isinstance(whole.get(k), dict)), None)
    if train is None or val is None:
        return None
    lists = {k: v for k, v in train.items() if _numbers(v)}
    lists.update({f"val_{k}": v for k, v in val.items() if _numbers(v)})
    if not (choose(lists, LIST_TRAIN, is_train_loss) and choose(lists, HISTORY_VAL, is_val_loss)):
        return None
    return lists


def _split_features(whole: dict[str, Any]) -> Log | None:
    """Return the history of a file kept per split, then per output feature (Ludwig's
    `training_statistics.json`: `{"training": {"label": {"loss": [...]}, "combined": {"loss":
    [...]}}, "validation": {...}, "test": {...}}`), read on the output feature's loss, training
    and validation (the test split where no validation was kept), a point an evaluation: an
    epoch, or `evaluation_frequency` steps where the file says so; None for any other object.
    `combined` sums the features' losses and the regularisation: it is read only where
    several features share it."""
    train_key = next((k for k in TRAIN_SPLITS if isinstance(whole.get(k), dict)), None)
    held = [k for k in VAL_SPLITS if isinstance(whole.get(k), dict)]
    train = whole.get(train_key) if train_key else None
    if (
        not isinstance(train, dict)
        or not held
        or not all(isinstance(v, dict) for v in train.values())
    ):
        return None
    features = [k for k, v in train.items() if k != "combined" and _numbers(v.get("loss"))]
    feature = features[0] if len(features) == 1 else "combined"

    def loss_of(split: str) -> list[float] | None:
        entry = whole[split].get(feature)
        found = entry.get("loss") if isinstance(entry, dict) else None
        return found if _numbers(found) and found else None

    if (losses := loss_of(str(train_key))) is None:
        return None
    lists = {"loss": losses}
    val_key = next((k for k in held if loss_of(k) is not None), None)
    if val_key is not None and (val := loss_of(val_key)) is not None:
        lists["val_loss"] = val
    log = _history_json(lists)
    names = {"train": train_key, "val": val_key}
    log.columns = {split: f"{names[split]}/{feature}/loss" for split in log.columns}
    frequency = whole.get("evaluation_frequency")
    every = _evaluation_steps(frequency) if isinstance(frequency, dict) else 1
    if every > 1:
        log.rows = [(step * every, split, values) for step, split, values in log.rows]
        log.format = log.format.replace("list index + 1", f"{every} x (list index + 1)")
    log.format = f"{log.format[:-1]}; Ludwig statistics, output feature {feature!r})"
    return log


def _evaluation_steps(frequency: dict[str, Any]) -> int:
    """Return the steps between two of Ludwig's evaluations (`{"frequency": 50, "period":
    "step"}`), 1 where it evaluates once an epoch."""
    every = frequency.get("frequency")
    return (
        every if isinstance(every, int) and every > 1 and frequency.get("period") == "step" else 1
    )


def _models(histories: dict[str, dict[str, list[float]]]) -> list[Log]:
    """Return one run per model's history, each named by its model."""
    logs = [_history_json(lists) for lists in histories.values()]
    for n, (head, log) in enumerate(zip(histories, logs, strict=True), start=1):
        log.part = f"model {head!r} ({n} of {len(histories)})"
    return logs


#: Words in a key that name a metric, a history or a split, never a model.
_NOT_MODELS = (
    "loss", "acc", "history", "metric", "score", "error", "auc", "f1", "mae", "mse", "precision",
    "recall", *TRAIN_SPLITS, *VAL_SPLITS, "eval",
)  # fmt: skip


def _named_models(whole: dict[str, Any]) -> dict[str, dict[str, list[float]]]:
    """Return the histories of an object that holds nothing at its top but models' histories
    under their names (`{"CNN1D": {"train_loss": [...], ...}, "LSTM": {...}}`, a comparison's
    results, a `test_results` beside them left out), none where it holds lists of its own; a
    key that names a metric, a history or a split is no model (`{"loss": {"train": [...], "val":
    [...]}, "accuracy": {...}}`, `{"train_history": {...}, "val_history": {...}}`: one run's
    series)."""
    if any(_numbers(v) for v in whole.values()):
        return {}
    named = {k: v for k, v in whole.items() if not any(w in normalise(k) for w in _NOT_MODELS)}
    return _model_histories(named)


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


def _model_histories(
    whole: dict[str, Any], path: tuple[str, ...] = ()
) -> dict[str, dict[str, list[float]]]:
    """Return the per-epoch histories of models kept under their names, at any depth up to
    MODEL_DEPTH (`{"vae": {"vae_b64": {"train": [...], "val": [...], "best_epoch": 9}}}`), by
    their names joined with `/`."""
    found: dict[str, dict[str, list[float]]] = {}
    for key, value in whole.items():
        if not isinstance(value, dict):
            continue
        lists = {k: v for k, v in value.items() if _numbers(v)}
        if choose(lists, LIST_TRAIN, is_train_loss) or choose(lists, HISTORY_VAL, is_val_loss):
            found["/".join((*path, str(key)))] = lists
        elif len(path) + 1 < MODEL_DEPTH:
            found.update(_model_histories(value, (*path, str(key))))
    return found


#: How deep models' histories may be kept in one object (a results file's group / model).
MODEL_DEPTH = 3


#: The names a report gives its one training history.
REPORT_HISTORIES = ("history", "traininghistory", "trainhistory", "fithistory", "losshistory")


def _report_history(whole: dict[str, Any]) -> dict[str, list[float]] | None:
    """Return the one per-epoch history kept deeper in a report under a name that says so
    (`{"model": ..., "training": {"epochs": 25, "history": {"train_loss": [...]}}}`), None
    where there are several or its name does not say history."""
    found = _model_histories(whole)
    if len(found) != 1:
        return None
    [(path, lists)] = found.items()
    return lists if normalise(path.rsplit("/", 1)[-1]) in REPORT_HISTORIES else None


#: The least first column of TensorBoard's JSON download: a wall time in seconds (1973 on).
WALL_TIME_MIN = 1e8


def _tensorboard_json(whole: list[Any], name: str) -> Log | None:
    """One scalar of TensorBoard's JSON download (`[[wall_time, step, value], ...]`), its split
    from the file name as for the CSV download; None for any other list."""
    if not whole or not all(
        isinstance(r, list) and len(r) == 3 and _numbers(r) and r[0] >= WALL_TIME_MIN for r in whole
    ):
        return None  # a matrix, a palette, a mesh's faces: no wall time in its first column
    split = tensorboard_split(name.rsplit(".", 1)[0])
    rows: list[Row] = []
    for n, (_, step, value) in enumerate(whole, start=1):
        if not float(step).is_integer() or step < 0:
            raise LogError(f"record {n}: step {step!r} is not a whole number")
        rows.append((int(step), split, row_values(split, float(value))))
    words = f"TensorBoard scalar JSON export ({split}, from the file name)"
    return Log("tensorboard_json", words, rows, {split: "value"})


#: AllenNLP's trainer keeps a file an epoch in its serialization folder: a Log's kind.
EPOCH_METRICS = "epoch_metrics"
EPOCH_FILE = re.compile(r"metrics_epoch_(\d+)\.json(?:\.(?:gz|xz|bz2))?")
#: The split each of its losses is.
EPOCH_FILE_LOSSES = {"train": "training_loss", "val": "validation_loss"}
#: Keys of the summary it writes at the end (`metrics.json`: the last epoch's and the best).
EPOCH_SUMMARY = frozenset({"best_epoch", "training_duration", "training_loss"})


def _epoch_metrics(whole: dict[str, Any], name: str) -> Log | None:
    """Return one epoch of a run kept as a file an epoch (AllenNLP's `metrics_epoch_3.json`:
    its `epoch`, counted from 0, its `training_loss` and `validation_loss` beside accuracies
    and the best so far) at step = epoch + 1; None for any other object. The folder's files
    given together are the run (log_pairs joins them)."""
    numbered = EPOCH_FILE.fullmatch(name)
    epoch = whole.get("epoch", int(numbered[1]) if numbered else None)
    if isinstance(epoch, float) and epoch.is_integer():
        epoch = int(epoch)
    if numbered is None or not isinstance(epoch, int) or isinstance(epoch, bool):
        return None
    values = {
        split: value
        for split, key in EPOCH_FILE_LOSSES.items()
        if (value := read_value(whole.get(key), name)) is not None
    }
    if not values:
        return None
    rows: list[Row] = [(epoch + 1, split, row_values(split, v)) for split, v in values.items()]
    columns = {split: EPOCH_FILE_LOSSES[split] for split in values}
    words = f"AllenNLP metrics of epoch {epoch} (step = epoch + 1; a file an epoch)"
    return Log(EPOCH_METRICS, words, rows, columns)


#: A key that numbers an epoch: `3`, or `epoch3` / `epoch_3` (a thesis's `stats.json`).
_EPOCH_KEY = re.compile(r"\s*(?:epoch[\s_-]?)?(\d+)\s*$", re.IGNORECASE)


def _numbered_records(whole: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Return the records of an object keyed by epoch number (`{"1": {"train_loss": ...,
    "val_loss": ...}, "2": {...}}`, a loop's `history[epoch] = {...}` dumped, or `"epoch1"`;
    keys in any order) as records with that epoch, in epoch order; None for any other object.
    A record's own step or epoch key wins."""
    # Beside them, a run's totals (`"train_time": 5012.3`) are no records.
    records = {k: v for k, v in whole.items() if isinstance(v, dict)}
    epochs = {k: _epoch_number(k) for k in records}
    if (
        not records
        or any(isinstance(v, list) for v in whole.values())
        or not all(records.values())
        or None in epochs.values()
    ):
        return None
    # A loss among their numbers, or they are no records of epochs (a label map, configs).
    numeric = {
        k
        for v in records.values()
        for k, x in v.items()
        if isinstance(x, (int, float)) and not isinstance(x, bool)
    }
    if not (
        choose(numeric, (*HISTORY_TRAIN, *RECORD_TRAIN), is_train_loss)
        or choose(numeric, (*HISTORY_VAL, *RECORD_VAL), is_val_loss)
    ):
        return None
    return [
        {"epoch": epochs[k], **v}
        for k, v in sorted(records.items(), key=lambda kv: epochs[kv[0]] or 0)
    ]


def _epoch_number(key: str) -> int | None:
    """Return the epoch a record's key numbers (`3`, `epoch3`), None where it numbers none."""
    match = _EPOCH_KEY.match(key)
    return int(match[1]) if match else None


def _numbered_inside(whole: dict[str, Any]) -> tuple[str, list[dict[str, Any]]] | None:
    """Return the one object keyed by epoch number that an object keeps beside its settings
    (a results page's `{"run_id": ..., "config": {...}, "metrics": {"5": {...}, "10": {...}}}`),
    as records in epoch order with its key; None where there is not exactly one."""
    found = [
        (str(key), numbered)
        for key, value in whole.items()
        if isinstance(value, dict) and (numbered := _numbered_records(value)) is not None
    ]
    return found[0] if len(found) == 1 else None


def _split_records(whole: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Return the records of an object that keeps them per split (`{"train": [{"epoch": 1,
    "loss": 1.1, ...}, ...], "val": [...]}`) as one list in step order, the evaluation's values
    named as a history names them (`val_loss`); records that count nothing are epochs where
    both splits hold as many; None when it is neither."""
    lists = {
        split: value
        for split, value in whole.items()
        if isinstance(value, list) and value and all(isinstance(r, dict) for r in value)
    }
    train = next((lists[k] for k in TRAIN_SPLITS if k in lists), None)
    val = next((lists[k] for k in VAL_SPLITS if k in lists), None)
    if train is None or val is None:
        return None
    counters = (*RECORD_STEP, *EPOCH)
    renamed = [
        {k if normalise(k) in counters else f"val_{k}": v for k, v in r.items()} for r in val
    ]
    merged = [*train, *renamed]
    step_key = choose({k for r in merged for k in r}, counters)
    if step_key is None and len(train) == len(val):
        # No counter in any record, as many on each side (a hand-written loop's `{"train":
        # [{"loss": ...}, ...], "val": [...]}`): a record an epoch, the training one first.
        return [
            {"epoch": n, **record}
            for n, pair in enumerate(zip(train, renamed, strict=True), start=1)
            for record in pair
        ]
    if step_key is None or not all(isinstance(r.get(step_key), (int, float)) for r in merged):
        return None
    return sorted(merged, key=lambda r: r[step_key])


def _loss_lists(whole: dict[str, Any], name: str) -> list[Log]:
    """Return the runs of a file named for losses or a training history
    (`loss_history.json`, `training_history.json`) that holds nothing but lists of numbers
    under other names (`{"lstm": [...], "gru": [...]}`), or such lists grouped one level
    deeper (a benchmark's `{"Nations": {"TransE": [...], "DistMult": [...]}, ...}`, named
    `Nations/TransE`): each list a model's training loss, one point an epoch; none when the
    file's name or contents say otherwise."""
    named = any(word in name.lower() for word in ("loss", "history"))
    if not named or not whole:
        return []
    lists = whole if all(map(_numbers, whole.values())) else _grouped_lists(whole)
    logs = []
    for n, (key, values) in enumerate(lists.items(), start=1):
        rows: list[Row] = [(i, "train", {"loss": float(v)}) for i, v in enumerate(values, 1)]
        log = Log("json_history", "JSON lists of losses (step = list index + 1)", rows,
                  {"train": key})  # fmt: skip
        if len(lists) > 1:
            log.part = f"model {key!r} ({n} of {len(lists)})"
        logs.append(log)
    return logs


def _losses_by_epoch(whole: dict[str, Any], name: str) -> Log | None:
    """Return the losses of an object keyed by epoch number whose values are numbers, in a file
    named for losses (`loss_history_flow.json`: `{"0": 0.206, "1": 0.124, ...}`, a loop's
    `losses[epoch] = loss` dumped): one point an epoch, epochs counted from 0 numbered from 1;
    None for any other object."""
    if "loss" not in name.lower() or not whole:
        return None
    if not all(
        k.strip().isdigit() and isinstance(v, (int, float)) and not isinstance(v, bool)
        for k, v in whole.items()
    ):
        return None
    epochs = sorted((int(k), float(v)) for k, v in whole.items())
    offset = 1 if epochs[0][0] == 0 else 0
    rows: list[Row] = [(epoch + offset, "train", {"loss": v}) for epoch, v in epochs]
    step = "epoch + 1" if offset else "epoch"
    return Log("json_history", f"JSON losses keyed by epoch (step = {step})", rows, {"train": name})


def _grouped_lists(whole: dict[str, Any]) -> dict[str, list[float]]:
    """Return the lists of numbers an object keeps in groups, each group an object of
    nothing but such lists, by `group/name`; none when anything else is there."""
    if not all(isinstance(group, dict) and group for group in whole.values()):
        return {}
    if not all(_numbers(v) for group in whole.values() for v in group.values()):
        return {}
    return {f"{g}/{k}": v for g, group in whole.items() for k, v in group.items()}


#: The suffixes of a list that holds another list's own steps (torch-rnn's checkpoint keeps
#: `val_loss_history_it`, the iteration of each validation, beside `val_loss_history`).
OWN_STEPS = ("_it", "_iter", "_iters", "_step", "_steps")


def _history_json(lists: dict[str, list[float]]) -> Log:
    """A per-epoch history: step = epoch (its `epoch` list, 0-based + 1), else the list index
    + 1. An epoch list shorter than the series is not used. In a history numbered by index, a
    list with its own steps beside it (`val_loss_history_it`) is at those steps; else a list
    shorter than the series (val evaluated every k epochs) takes every k-th step, ending at the
    last, where the lengths divide; else its values are at the first steps, as the words say."""
    companions = {k + suffix for k in lists for suffix in OWN_STEPS} & set(lists)
    names = [k for k in lists if k != "epoch" and k not in companions]
    chosen = {
        "train": choose(names, LIST_TRAIN, is_train_loss),
        "val": choose(names, HISTORY_VAL, is_val_loss),
        "lr": choose(names, LR, is_lr),
    }
    if chosen["val"] is None and chosen["train"] is not None:
        chosen["val"] = validation_after(chosen["train"], names)  # `loss_val` by `loss_train`
    keys = {split: key for split, key in chosen.items() if key is not None}
    # The series the steps number: the training loss's (or the validation loss's).
    series = len(lists[keys["train"] if "train" in keys else keys["val"]])
    epochs = lists.get("epoch")
    notes: list[str] = []
    by_epoch = epochs is not None and len(epochs) >= series
    by_epoch = by_epoch and all(float(e).is_integer() for e in epochs or ())
    if epochs is not None and by_epoch:
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
        # Its own steps count as the list index does (torch-rnn's iterations), not epochs.
        own = None if by_epoch else _own_steps(lists, key)
        if own is not None:
            at = own[0]
            notes.append(f"{key!r} at its {own[1]!r} steps")
        elif len(values) < series:
            if series % len(values) == 0:
                every = series // len(values)
                at = steps[every - 1 : series : every]
                notes.append(f"{key!r} every {every} epochs")
            else:
                notes.append(f"{key!r} at the first {len(values)} of {series} epochs")
        pairs = zip(at, values, strict=False)
        rows += [(step, split, row_values(split, float(v))) for step, v in pairs]
    return Log("json_history", f"JSON history ({'; '.join(notes)})", rows, keys)


def _own_steps(lists: dict[str, list[float]], key: str) -> tuple[list[int], str] | None:
    """Return the steps a list keeps beside it (whole numbers, rising, one per value) and
    their list's name; None when it keeps none."""
    for name in (key + suffix for suffix in OWN_STEPS):
        own = lists.get(name)
        if own is None or len(own) != len(lists[key]):
            continue
        rising = all(a < b for a, b in itertools.pairwise(own))
        if rising and all(float(s).is_integer() for s in own):
            return [int(s) for s in own], name
    return None


def _counts(records: list[Any], key: str) -> bool:
    """Whether every number under `key` is whole: a count, not a loss."""
    values = [r.get(key) for r in records if isinstance(r, dict)]
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return bool(numbers) and all(_whole(v) for v in numbers)
