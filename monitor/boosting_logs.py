"""Read the logs of gradient-boosting libraries, one point per boosting iteration: CatBoost's
`catboost_info/learn_error.tsv` and `test_error.tsv`, XGBoost's and LightGBM's printed
evaluation lines (also behind a logging prefix, and `xgb.cv`'s and `lgb.cv`'s means over the
folds), their `evals_result` saved as JSON and `xgb.cv`'s result saved as CSV.

A boosting log names its series by evaluation set and metric, not by split and loss. The loss
is the objective's metric (`Logloss`, `MultiClass`, `rmse`, `binary_logloss`, `l2`, ...),
never a score printed beside it (accuracy, AUC, F1, error rates): it is what the model
minimises, and the same metric is read for every set. The sets say the splits by the words of
their names: training (`train`, `training`, `trn`, `tr`, `learn`, `fit`; `dtrain` as XGBoost's
DMatrix is named) or validation (`val`, `valid`, `validation`, `eval`, `test`, `dev`,
`holdout`; `dvalid`). The libraries' own numbered names (`validation_0`, `valid_1`) say
nothing: of sets none of which names its split, the first is training and the second
validation (scikit-learn's `eval_set=[(X_train, y_train), (X_val, y_val)]`), and one alone is
validation; beside a set named for one split, an unnamed set is the other (training only where
it comes before the validation set). Further sets are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from lossmon.server.log_fields import (
    loss_split,
    normalise,
    read_step,
    read_value,
    row_values,
)
from lossmon.server.text_logs import (
    COLOUR,
    NUMBER,
    Row,
    TextLog,
    appended_runs,
    may_hold,
    number,
)
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


#: Words of an evaluation set's name that say its split (a `d` before them too: `dtrain`).
SET_WORDS = (
    ("train", frozenset({"train", "training", "trn", "tr", "learn", "fit", "trainset"})),
    ("val", frozenset({
        "val", "valid", "validation", "eval", "evaluation", "test", "dev", "holdout", "valset",
        "testset",
    })),
)  # fmt: skip
# The libraries' numbered default names: XGBoost's scikit-learn API (`validation_0`) and
# LightGBM's (`valid_0`) name every eval_set so, the training data included.
_NUMBERED = re.compile(r"(?:validation|valid)_\d+")


def _said_split(name: str) -> str | None:
    """Return the split the words of an evaluation set's name say, None when they say none
    (or both)."""
    if _NUMBERED.fullmatch(name):
        return None
    words = {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name)}
    words.add(re.sub(r"[^a-z]", "", name.lower()))  # `hold_out`, `train_set`
    words |= {w[1:] for w in words if w.startswith("d")}
    said = [split for split, known in SET_WORDS if words & known]
    return said[0] if len(said) == 1 else None


def set_splits(sets: Sequence[str]) -> dict[str, str]:
    """Return the split of each evaluation set that is read (as the module's docstring says),
    by set name; sets left out are passed over."""
    said = {s: _said_split(s) for s in sets}
    train = next((s for s in sets if said[s] == "train"), None)
    val = next((s for s in sets if said[s] == "val"), None)
    unnamed = [s for s in sets if said[s] is None]
    if train is None and val is None and len(unnamed) > 1:
        train, val = unnamed[0], unnamed[1]  # scikit-learn's eval_set order
    elif train is None and val is not None:
        train = next((s for s in sets[: sets.index(val)] if said[s] is None), None)
    elif val is None:
        val = next(iter(unnamed), None)
    return {name: split for name, split in ((train, "train"), (val, "val")) if name is not None}


def _loss_metric(metrics: Sequence[str]) -> str | None:
    """Return the first of the metrics that is a loss, None when none is."""
    return next((m for m in metrics if is_loss(m)), None)


def _val_set(splits: Mapping[str, str]) -> str | None:
    """Return the set read as validation, whose metrics choose the loss; None without one."""
    return next((s for s, split in splits.items() if split == "val"), None)


# CatBoost --------------------------------------------------------------------------------


def is_catboost(lines: list[str]) -> bool:
    """Return whether the lines are a CatBoost error file: a tab-separated header
    `iter<TAB>Metric...` of CatBoost's metric names alone (capitalised: `Logloss`, `RMSE:0`,
    `AUC`), one of them a loss. Another table with an `iter` column (`iter<TAB>loss<TAB>mae`,
    a script's history) is a CSV table's to read."""
    first = next((line for line in lines if line.strip()), "")
    cells = first.strip().split("\t")
    metrics = cells[1:]
    return (
        cells[0] == "iter" and all(m[:1].isupper() for m in metrics) and any(map(is_loss, metrics))
    )


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
    split = loss_split(name)
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
# `[10]\ttraining's binary_logloss: 0.52\tvalid_1's binary_logloss: 0.55` (LightGBM), also
# behind a logging prefix (`2026-12-02 15:32:15,534 INFO lightgbm: [10]\t...`, after
# `lgb.register_logger`). Cross-validation prints each value as the folds' mean and standard
# deviation: `train-logloss:0.39072+0.02295` (xgb.cv), `train's l2: 0.52 + 0.01` (lgb.cv).
_ITERATION = re.compile(r"(?<!\S)\[(\d+)\]\s+")
_XGBOOST = re.compile(rf"([^\s:'-]+)-([^\s:]+):({NUMBER})(\+{NUMBER})?(?=\s|$)")
# lgb.cv with eval_train_metric names the folds' sets in the metric: `cv_agg's train
# binary_logloss: 0.246 + 0.0037\tcv_agg's valid binary_logloss: ...`.
_LIGHTGBM = re.compile(
    rf"(\S+)'s ((?:train |valid )?[^\s:]+): ({NUMBER})( \+ {NUMBER})?(?=\s|$)"
)  # fmt: skip
# What LightGBM (`Early stopping, best iteration is:`, `Did not meet early stopping. Best
# iteration is:`) and older XGBoost (`Stopping. Best iteration:`) print before repeating the
# best iteration's line, which is no new point: the fit is over.
_BEST = re.compile(r"(?i).*\bbest iteration(?: is)?:\s*")

#: A printed iteration: its line, its step and its values by (set, metric).
Evaluation = tuple[int, int, dict[tuple[str, str], str]]
#: How CloudWatch escapes a tab: a SageMaker training job's XGBoost lines as a notebook shows
#: them (`\x1b[34m[3]#011train-rmse:5.4#011validation-rmse:6.1\x1b[0m`, coloured).
_CLOUDWATCH_TAB = "#011"


def _unescaped(line: str) -> str:
    """A line as XGBoost printed it: CloudWatch's escaped tabs and colours undone (also on
    the line that says the fit stopped at its best iteration, before repeating it)."""
    if _CLOUDWATCH_TAB not in line and "\x1b" not in line:
        return line
    return COLOUR.sub("", line).replace(_CLOUDWATCH_TAB, "\t")


def _evaluations(line: str) -> tuple[str, list[tuple[str, str, str, str]]]:
    """Return a line's printed iteration and its (set, metric, value, deviation) fields; no
    fields when it prints none. The iteration is the last `[N]` the fields follow: one in a
    logging prefix (`[32531] INFO lightgbm: [20]\t...`, a process id) is not it."""
    for m in reversed(list(_ITERATION.finditer(line))):
        rest = line[m.end() :]
        if found := _LIGHTGBM.findall(rest) or _XGBOOST.findall(rest):
            # lgb.cv's `cv_agg's train binary_logloss`: the set is the word before the metric.
            return m[1], [
                (*metric.split(" ", 1), value, std) if " " in metric else (s, metric, value, std)
                for s, metric, value, std in found
            ]
    return "", []


def read_boosting_log(lines: list[str]) -> TextLog | None:
    """Return the evaluations an XGBoost or LightGBM training printed, at the printed
    iteration (XGBoost counts from 0, LightGBM from 1); None when no line is one. A repeated
    best iteration is passed over. Fits printed one after another (a k-fold loop, a search
    over settings) are runs apart: a fit ends where it repeats its best iteration, or where the
    iteration goes back. A value that is no number raises ValueError."""
    fits: list[list[Evaluation]] = [[]]
    repeat = ended = cv = False
    library = ""
    recognised = 0  # the lines of the format, the repeated best and the words before it too
    for n, line in enumerate(lines, start=1):
        line = _unescaped(line)
        # Each pattern is tried only on lines holding what it needs (`[N]` an iteration): on a
        # long log of another format both are slow to fail.
        if may_hold(line, "best iteration") and _BEST.fullmatch(line):
            repeat = True
            recognised += 1
            continue
        at, found = _evaluations(line) if "[" in line else ("", [])
        if not found:
            continue
        recognised += 1
        if repeat:
            repeat, ended = False, True
            continue
        step = int(at)
        if fits[-1] and (ended or step <= fits[-1][-1][1]):
            fits.append([])
        ended = False
        library = library or ("LightGBM" if "'s " in line else "XGBoost")
        cv = cv or any(std for *_, std in found)
        fits[-1].append((n, step, {(s, metric): value for s, metric, value, _ in found}))
    evaluations = [e for fit in fits for e in fit]
    splits = set_splits(list(dict.fromkeys(s for _, _, values in evaluations for s, _ in values)))
    metric = _loss_metric(_metrics(evaluations, _val_set(splits)))
    if metric is None:
        return None
    runs: list[tuple[list[Row], int, int]] = []
    for fit in filter(None, fits):
        rows: list[Row] = []
        for n, step, values in fit:
            for (s, printed), raw in values.items():
                if printed == metric and s in splits:
                    value = number(raw, f"line {n}")
                    rows.append((step, splits[s], row_values(splits[s], value)))
        if rows:  # a fit that printed other metrics (a regressor's after a classifier's)
            runs.append((rows, fit[0][0], fit[-1][0]))
    named = "{}'s {}" if library == "LightGBM" else "{}-{}"  # as the library prints them
    columns = {split: named.format(s, metric) for s, split in splits.items()}
    what = "cross-validation log, the folds' mean" if cv else "evaluation log"
    fmt = f"{library} {what} (step = iteration)"
    return appended_runs("boosting_log", fmt, runs, columns, recognised)


def _metrics(found: list[Evaluation], name: str | None) -> list[str]:
    """Return the metrics printed for one set (for every set: None), in order."""
    return list(dict.fromkeys(m for _, _, values in found for s, m in values if name in (None, s)))


# xgb.cv's result saved as CSV ------------------------------------------------------------

# A column of the DataFrame xgb.cv returns: `train-logloss-mean`, `test-logloss-std`.
_CV_COLUMN = re.compile(r"([^\s-]+)-(.+)-(mean|std)")


def cv_columns(names: Sequence[str]) -> dict[str, str] | None:
    """Return the columns of xgb.cv's result saved with to_csv to read, by split: each set's
    mean of the loss over the folds (`train-logloss-mean`, `test-logloss-mean`). None when the
    names (pandas' unnamed index column aside) are not all `<set>-<metric>-mean` or `-std`, or
    name no boosting loss."""
    named = [_CV_COLUMN.fullmatch(name) for name in names if name]
    if not named or not all(named):
        return None
    means = {(m[1], m[2]): m[0] for m in named if m is not None and m[3] == "mean"}
    splits = set_splits(list(dict.fromkeys(s for s, _ in means)))
    val = _val_set(splits)
    metric = _loss_metric([metric for s, metric in means if val is None or s == val])
    if metric is None:
        return None
    return {split: means[s, metric] for s, split in splits.items() if (s, metric) in means}


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
    if any(_SCRIPT_LOSS.fullmatch(m) for metrics in whole.values() for m in metrics):
        return None  # `{"train": {"loss": [...]}, "val": {...}}`: a history kept per split
    splits = set_splits(list(whole))
    val = _val_set(splits)
    metric = _loss_metric(list(whole[val] if val is not None else next(iter(whole.values()))))
    if metric is None:
        return None
    rows: list[Row] = []
    for name, split in splits.items():
        values = whole[name].get(metric, [])
        rows += [(i, split, row_values(split, float(v))) for i, v in enumerate(values)]
    columns = {split: f"{name}: {metric}" for name, split in splits.items()}
    return Log("evals_result", "boosting evals_result JSON (step = list index)", rows, columns)


#: A script's own name for its loss (`loss`, `val_loss`), which no boosting library's metric is
#: (theirs say which loss: `logloss`, CatBoost's `ZeroOneLoss`, a `feval`'s `focal_loss`).
_SCRIPT_LOSS = re.compile(r"(?:(?:train|training|val|valid|validation|eval|test)_?)?loss", re.I)


def _numbers(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    )
