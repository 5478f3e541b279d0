"""Read the logs of gradient-boosting libraries, one point per boosting iteration: CatBoost's
`catboost_info/learn_error.tsv` and `test_error.tsv`, XGBoost's and LightGBM's printed
evaluation lines, and their `evals_result` saved as JSON.

A boosting log names its series by evaluation set and metric, not by split and loss. The loss
is the objective's metric (`Logloss`, `MultiClass`, `rmse`, `binary_logloss`, `l2`, ...),
never a score printed beside it (accuracy, AUC, F1, error rates): it is what the model
minimises, and the same metric is read for every set. The sets say the splits: one named
`train` or `training` (CatBoost: the `learn` file) is training, and so is `validation_0` when
it comes first beside another set (scikit-learn's `eval_set=[(X_train, y_train), (X_val,
y_val)]`); the first other set is validation (further sets are passed over). A log of one
set other than `train`/`training` is validation alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from lossmon.server.log_fields import (
    named_split,
    normalise,
    read_step,
    read_value,
    row_values,
)
from lossmon.server.text_logs import NUMBER, Row, TextLog, number
from lossmon.server.training_log import Log, LogError

#: The objectives' metrics, normalised (CatBoost's, XGBoost's and LightGBM's names; a metric's
#: parameters after `:` or `@` left out).
LOSSES = frozenset({
    # CatBoost
    "logloss", "crossentropy", "multiclass", "multiclassonevsall", "multilogloss",
    "multicrossentropy", "rmse", "mae", "mape", "quantile", "expectile", "poisson", "tweedie",
    "huber", "lq", "logcosh", "rmsewithuncertainty", "multirmse", "survivalaft", "queryrmse",
    "querysoftmax", "querycrossentropy", "pairlogit", "pairlogitpairwise", "yetirank",
    "yetirankpairwise", "lambdamart", "focal", "loglinquantile", "rmsle", "msle", "smape",
    # XGBoost
    "mlogloss", "mphe", "poissonnloglik", "gammanloglik", "coxnloglik",
    "gammadeviance", "tweedienloglik", "aftnloglik",
    # LightGBM
    "l1", "l2", "binarylogloss", "crossentropylambda", "kullbackleibler", "gamma", "fair",
})  # fmt: skip

# A metric's name without its parameters: CatBoost's `Quantile:alpha=0.9`, XGBoost's
# `error@0.7`, LightGBM's `ndcg@5`.
_PARAMETERS = re.compile(r"[:@].*")


def is_loss(metric: str) -> bool:
    """Whether a boosting library's metric name is an objective's (not a score's)."""
    return normalise(_PARAMETERS.sub("", metric)) in LOSSES


def set_splits(sets: Sequence[str]) -> dict[str, str]:
    """Return the split of each evaluation set that is read (as the module's docstring says),
    by set name; sets left out are passed over."""
    train = next((s for s in sets if normalise(s) in ("train", "training", "learn")), None)
    if train is None and len(sets) > 1 and normalise(sets[0]) == "validation0":
        train = sets[0]
    val = next((s for s in sets if s != train), None)
    return {name: split for name, split in ((train, "train"), (val, "val")) if name is not None}


def _loss_metric(metrics: Sequence[str]) -> str | None:
    return next((m for m in metrics if is_loss(m)), None)


# CatBoost --------------------------------------------------------------------------------


def is_catboost(lines: list[str]) -> bool:
    """Whether the lines are a CatBoost error file: a tab-separated header `iter<TAB>metric...`
    naming a CatBoost loss (another table with an `iter` column is a CSV table's to read)."""
    first = next((line for line in lines if line.strip()), "")
    cells = first.strip().split("\t")
    return cells[0] == "iter" and any(map(is_loss, cells[1:]))


def read_catboost(name: str, lines: list[str]) -> Log:
    """Read a CatBoost error file: the objective's column at step = iter (0-based, as
    written). The file holds one set; its split is the file's name (`test_error.tsv`, or a
    name saying val, eval or test, is validation; `learn_error.tsv` and any other name
    training): the one thing a name decides, as in a TensorBoard export."""
    filled = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    header = filled[0][1].strip().split("\t")
    metric = _loss_metric(header[1:])
    assert metric is not None, "is_catboost accepts a header with a loss"
    at = header.index(metric)
    split = "val" if named_split(name.lower()) == "val" else "train"
    rows: list[Row] = []
    for n, line in filled[1:]:
        cells = line.strip().split("\t")
        if len(cells) <= at:
            raise LogError(f"line {n}: {len(cells)} cells under a header of {len(header)}")
        step = read_step(cells[0], f"line {n}, column iter")
        value = read_value(cells[at], f"line {n}, column {metric}")
        if value is not None:
            rows.append((step, split, row_values(split, value)))
    fmt = f"CatBoost error file ({split}, from the file name; step = iter)"
    return Log("catboost_tsv", fmt, rows, {split: metric})


# XGBoost and LightGBM printed evaluations -------------------------------------------------

# `[10]\tvalidation_0-logloss:0.52\tvalidation_1-logloss:0.55` (XGBoost) and
# `[10]\ttraining's binary_logloss: 0.52\tvalid_1's binary_logloss: 0.55` (LightGBM).
_ITERATION = re.compile(r"\s*\[(\d+)\]\s+(.*)")
_XGBOOST = re.compile(rf"([^\s:'-]+)-([^\s:]+):({NUMBER})(?=\s|$)")
_LIGHTGBM = re.compile(rf"(\S+)'s ([^\s:]+): ({NUMBER})(?=\s|$)")
# What LightGBM (`Early stopping, best iteration is:`, `Did not meet early stopping. Best
# iteration is:`) and older XGBoost (`Stopping. Best iteration:`) print before repeating the
# best iteration's line, which is no new point.
_BEST = re.compile(r"(?i).*\bbest iteration(?: is)?:\s*")


def read_boosting_log(lines: list[str]) -> TextLog | None:
    """Return the evaluations an XGBoost or LightGBM training printed, at the printed
    iteration (XGBoost counts from 0, LightGBM from 1); None when no line is one. A repeated
    best iteration is passed over. A value that is no number raises ValueError."""
    found: list[tuple[int, int, dict[tuple[str, str], str]]] = []  # (line, step, values)
    repeat = False
    library = ""
    recognised = 0  # the lines of the format, the repeated best and the words before it too
    for n, line in enumerate(lines, start=1):
        if _BEST.fullmatch(line):
            repeat = True
            recognised += 1
            continue
        m = _ITERATION.fullmatch(line)
        fields = _fields(m[2]) if m else None
        if m is None or not fields:
            continue
        recognised += 1
        if repeat:
            repeat = False
            continue
        library = library or ("LightGBM" if "'s " in m[2] else "XGBoost")
        found.append((n, int(m[1]), fields))
    splits = set_splits(list(dict.fromkeys(s for _, _, values in found for s, _ in values)))
    val = [s for s, split in splits.items() if split == "val"]
    metric = _loss_metric(_metrics(found, val[0] if val else None))
    if metric is None:
        return None
    rows: list[Row] = []
    for n, step, values in found:
        read = [(splits[s], raw) for (s, m), raw in values.items() if m == metric and s in splits]
        rows += [(step, split, row_values(split, number(raw, f"line {n}"))) for split, raw in read]
    named = "{}'s {}" if library == "LightGBM" else "{}-{}"  # as the library prints them
    columns = {split: named.format(s, metric) for s, split in splits.items()}
    fmt = f"{library} evaluation log (step = iteration)"
    return TextLog("boosting_log", fmt, rows, columns, recognised)


def _fields(text: str) -> dict[tuple[str, str], str]:
    """Return a printed iteration's values by (set, metric), {} when it prints none."""
    found = _LIGHTGBM.findall(text) or _XGBOOST.findall(text)
    return {(s, metric): value for s, metric, value in found}


def _metrics(
    found: list[tuple[int, int, dict[tuple[str, str], str]]], name: str | None
) -> list[str]:
    """Return the metrics printed for one set (for every set: None), in order."""
    return list(dict.fromkeys(m for _, _, values in found for s, m in values if name in (None, s)))


# evals_result saved as JSON ---------------------------------------------------------------


def read_evals_result(whole: Mapping[str, Any]) -> Log | None:
    """Read an `evals_result` saved as JSON (`{"validation_0": {"logloss": [...]}, ...}`,
    LightGBM's `{"training": {"binary_logloss": [...]}, "valid_1": {...}}`): step = list
    index, from 0 as XGBoost prints it. None when the object is not one: every value an
    object of lists of numbers, a boosting library's loss among them."""
    if not whole or not all(isinstance(v, dict) and v for v in whole.values()):
        return None
    if not all(_numbers(v) for metrics in whole.values() for v in metrics.values()):
        return None
    splits = set_splits(list(whole))
    val = [s for s, split in splits.items() if split == "val"]
    metric = _loss_metric(list(whole[val[0]] if val else next(iter(whole.values()))))
    if metric is None:
        return None
    rows: list[Row] = []
    for name, split in splits.items():
        values = whole[name].get(metric, [])
        rows += [(i, split, row_values(split, float(v))) for i, v in enumerate(values)]
    columns = {split: f"{name}: {metric}" for name, split in splits.items()}
    return Log("evals_result", "boosting evals_result JSON (step = list index)", rows, columns)


def _numbers(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    )
