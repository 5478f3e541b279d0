"""The fields every log format shares: which column or key holds which split (train, val,
lr), and the number or the step a cell or a field holds."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from lossmon.server.training_log import LogError

# Column and key names, normalised (lower case, letters and digits only), in order of choice.
# epoch/loss, epoch/val_loss: W&B's Keras callback.
# trainvalueloss, trainlosscritic: an RL progress.csv's value (critic) loss, before its signed
# policy loss. traintotalloss, valtotalloss, evaltotalloss: a split's total loss beside its
# parts (DeepLabCut's `learning_stats.csv`: `losses/train.total_loss` after its
# `losses/train.bodypart_total_loss`, `losses/eval.total_loss`).
STEP_TRAIN = (
    "trainlossstep", "trainloss", "loss", "trainlossbatch", "epochloss", "batchloss", "totalloss",
    "lossstep", "lossepoch", "cost", "trainvalueloss", "trainlosscritic", "traintotalloss",
)  # fmt: skip
#: An RL progress.csv's (at its environment steps): its value (critic) loss before the total
#: of its signed policy, entropy and value terms. lossv, lossq: Spinning Up's `progress.txt`
#: (`LossV`, `LossQ`; `v-loss` in its forks), the value or Q-function regression beside the
#: policy's surrogate `LossPi`, which has no floor to fall to; after `loss_t`, which names
#: a training loss beside its validation's `loss_v`.
RL_TRAIN = (
    "trainlossstep", "trainloss", "loss", "trainvalueloss", "valueloss", "trainlosscritic",
    "losst", "lossv", "lossq", "vloss", "qloss", *STEP_TRAIN,
)  # fmt: skip
# vali_loss: the Time-Series-Library's name, beside its test_loss. avg_val_loss: the mean
# over an evaluation's batches that Lightning's early examples (and test-tube) logged.
STEP_VAL = (
    "valloss", "vallossepoch", "validloss", "validationloss", "evalloss", "epochvalloss",
    "valiloss", "avgvalloss", "valtotalloss", "evaltotalloss", "devloss",
)  # fmt: skip
# trainrobustloss, testrobustloss: adversarial training's table (fast adversarial training's
# `train_cifar.py`), the loss on the attacked inputs, which it backpropagates, beside the clean
# `Train Loss` and `Test Loss` it only reports. trnloss: fastai 0.7's table (`epoch trn_loss
# val_loss accuracy`), its smoothed training loss.
EPOCH_TRAIN = (
    "trainrobustloss", "loss", "trainloss", "trainingloss", "avgloss", "meanloss", "trainlosses",
    "totalloss", "lossepoch", "cost", "traintotalloss", "trnloss",
)  # fmt: skip
# A per-epoch history's held-out split is sometimes called "test" (used when nothing else is);
# devloss: NLP's name for the validation set's (`epoch,train_loss,dev_loss,dev_acc`).
EPOCH_VAL = (
    "valrobustloss", "testrobustloss", "valloss", "validloss", "validationloss", "evalloss",
    "valiloss", "valtotalloss", "evaltotalloss", "devloss", "testloss", "vallosses",
    "avgvalloss",
)  # fmt: skip
# A JSON history's lists may be named by their split alone ({"train": [...], "val": [...]}).
# test_losses: a DeepOBS result file's evaluation on the test set each epoch, beside its
# `train_losses` (the same evaluation on training data). trainallloss, valallloss: SAM 2's
# per-epoch totals, beside their parts (`Losses/train_all_loss_mask`), in records numbered as
# epochs where a fork dropped the `Trainer/` counters.
HISTORY_TRAIN = (*EPOCH_TRAIN, "train", "trainallloss")
HISTORY_VAL = (*EPOCH_VAL, "val", "valid", "validation", "testlosses", "valallloss")
#: A JSON history's lists of numbers (never a record's key, whose `losses` may hold a dict of
#: loss terms): `losses` alone is the training loss an epoch (PyKEEN's `results.json`, beside
#: its `metrics` and `times`), as is `epoch_losses` (beside the run's `elapsed_seconds`).
LIST_TRAIN = (*HISTORY_TRAIN, "losses", "epochlosses")
# Learn rate: Music Transformer's results.csv.
LR = ("lr", "learningrate", "learnrate", "trainlearningrate")
# current_steps: LLaMA-Factory's trainer_log.jsonl. num_updates: fairseq's json log format.
# global_step/max_steps: ms-swift's logging.jsonl (`"10/438"`, its step and total).
# total_loss: detectron2's metrics.json (the sum of its loss_cls, loss_box_reg, ... beside it).
# main/loss, validation/main/loss: Chainer's LogReport `result/log`.
# Trainer/steps_train, Losses/train_all_loss: SAM 2's trainer's `train_stats.json`, an epoch a
# line (its `Trainer/epoch` counts from 0; the step is the optimiser steps taken so far).
RECORD_STEP = (
    "globalstepmaxsteps", "step", "iter", "iteration", "globalstep", "currentsteps", "numupdates",
    "trainerstepstrain",
)  # fmt: skip
#: An RL trainer's count of policy updates (a PPO loop's `update`), the step of records with
#: none of those: their training loss is the critic's value loss (RL_TRAIN), as an RL
#: progress.csv's is.
RL_STEP = ("update", "updates")
#: Records with none of those count epochs.
EPOCH = ("epoch", "epochs")
RECORD_TRAIN = (
    "loss", "trainloss", "trainingloss", "losstrain", "trainlossstep", "cost", "totalloss",
    "mainloss", "trainallloss",
)  # fmt: skip
RECORD_VAL = (
    "valloss", "evalloss", "validloss", "validationloss", "lossval", "vallossepoch",
    "validationmainloss", "valiloss", "avgvalloss", "valallloss",
)  # fmt: skip
RECORD_LR = ("lr", "learningrate", "trainlr", "trainlearningrate", "lrweights")
#: How R, pandas and spreadsheets write a missing cell of a CSV (`NA` in an R data frame's):
#: no value, unlike `nan`, which is a value (a loss that became NaN) and is kept.
MISSING = frozenset({"NA", "N/A", "n/a", "<NA>", "#N/A", "NULL", "null", "None"})
#: Words of names that start or end like a loss but hold a setting of it, not its value.
LOSS_SETTINGS = ("scale", "weight", "coef", "factor")
#: Names, normalised, that end like a loss but name a data set's column: the Adult census's
#: `capital_loss` (beside `capital_gain`), which tabular notebooks print with `df.head()`.
DATA_COLUMNS = ("capitalloss",)
#: Words that begin the name of an evaluation's value.
EVALUATION_WORDS = ("val", "eval", "test")
#: Words that end the name of a counter (`Loss at epoch 3 and iteration 500 is 0.21`).
COUNTER_WORDS = ("epoch", "epochs", "step", "steps", "iter", "iters", "iteration", "iterations")


def read_value(raw: Any, where: str) -> float | None:
    """Return a cell's or a field's number (nan/inf kept), None when it is empty."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise LogError(f"{where}: {raw!r} is not a number")
    try:
        return float(raw)
    except ValueError:
        raise LogError(f"{where}: {raw!r} is not a number") from None


def read_step(raw: Any, where: str) -> int:
    """Return a cell's or a field's step; raise LogError when it is no whole number."""
    value = read_value(raw, where)
    if value is None or not value.is_integer():
        raise LogError(f"{where}: step {raw!r} is not a whole number")
    return int(value)


#: Chinese words of a column or key name, as the names above spell them (`训练/损失` is
#: `train/loss`, `验证集/总损失` `val/totalloss`, `学习率` the learning rate), whole words only:
#: `预测损失` (a prediction loss) is no test loss.
_CHINESE = (
    ("训练集", "train"), ("验证集", "val"), ("测试集", "test"), ("训练", "train"), ("验证", "val"),
    ("测试", "test"), ("总损失", "totalloss"), ("损失", "loss"), ("学习率", "lr"),
)  # fmt: skip


def normalise(name: str) -> str:
    """Return a name as the names above are written: lower case, letters and digits only
    (the Chinese words for train, validation, test, loss and learning rate spelt in English;
    other Chinese characters kept, so `预测损失` is not `loss`)."""
    for word, english in _CHINESE:
        name = name.replace(word, english)
    return re.sub(r"[^a-z0-9\u3400-\u9fff]", "", name.lower())


def choose(
    names: Iterable[str], wanted: Sequence[str], other: Callable[[str], bool] | None = None
) -> str | None:
    """Return the first of `names` whose normalised form comes first in `wanted`, else the
    first that `other` accepts (one holding "loss" first), else None. A name under a logger's
    namespace (`finetuning/train_loss_epoch`) is also known by its last part, where that part
    says its split and holds "loss" (`train/loss` is not known as `loss`)."""
    names = list(names)
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(normalise(name), name)
    for name in names:
        # A logger's namespace (`finetuning/train_loss_epoch`): the name after it, where
        # that name says its split itself (`train/loss` keeps its prefix: it is the split).
        tail = normalise(name.rsplit("/", 1)[-1])
        if "/" in name and "loss" in tail and tail.startswith(SPLIT_WORDS):
            by_norm.setdefault(tail, name)
    for want in wanted:
        if want in by_norm:
            return by_norm[want]
    accepted = [n for n in names if other is not None and other(normalise(n))]
    # A loss named so before one named by its function or measure (MatGL's
    # `train_Total_Loss` beside `train_MAE`, `train_RMSE`: the RMSE holds "mse").
    return next((n for n in accepted if "loss" in normalise(n)), next(iter(accepted), None))


SPLIT_WORDS = ("train", "val", "valid", "eval", "test")


def train_twin(val: str, names: Iterable[str]) -> str | None:
    """Return the training loss a validation loss is named after where no other name says
    training (a Keras history's `val_` before a loss named by its part: `val_gen_loss` beside
    `gen_loss`), None where there is none."""
    norm = normalise(val)
    prefixes = ("validation", "valid", "val", "evaluation", "eval")
    prefix = next((p for p in prefixes if norm.startswith(p)), "")
    bare = norm[len(prefix) :]
    return next((n for n in names if prefix and bare and normalise(n) == bare), None)


def loss_part(norms: Iterable[str]) -> str | None:
    """Return the training loss among normalised names that name losses by their part alone
    (`loss_vae`, `loss_recon`, `loss_kl`; `d_loss`, `g_loss`; Megatron's `lm loss`): the one
    holding "total" if any, else the first (a total before its parts, as logs print it). A
    setting of the loss (`loss scale`, a weight) is no part of it, nor is an evaluation's
    loss. Without any, a value named `total` alone (`Rec=0.2, KL=15, Total=0.35`)."""
    norms = list(norms)
    parts = [
        n
        for n in norms
        if (n.startswith("loss") or n.endswith("loss"))
        and not any(word in n for word in LOSS_SETTINGS)
        and n not in DATA_COLUMNS
        and not n.startswith(EVALUATION_WORDS)
        and not n.endswith(COUNTER_WORDS)  # `Loss at epoch 3`: a counter, not a loss
    ]
    if not parts:
        return "total" if "total" in norms else None
    return next((n for n in parts if "total" in n), parts[0])


#: A GAN's two networks named alone, normalised (`D: 0.65  G: 3.29`; Machine Learning
#: Mastery's Keras tutorials print `d1=0.52, d2=0.63 g=1.26`, the discriminator on real and
#: on generated images, then the generator).
GAN_DISCRIMINATOR = ("d", "d1", "discriminator", "errd")
GAN_GENERATOR = ("g", "generator", "errg")


def gan_loss(norms: Iterable[str]) -> str | None:
    """Return the generator's name where a GAN's print names its two networks alone and no
    loss: a GAN that fails shows it there (the generator's loss blows up while the
    discriminator's sinks to 0), and a discriminator's loss at 0.01 that swings to 0.4 is a
    healthy pix2pix. (Where the losses are named, `d_loss` and `g_loss`, :func:`loss_part`
    reads the first printed: measured on the corpus, the generator there cost more right
    verdicts than it gained.)"""
    norms = list(norms)
    if not any(n in GAN_DISCRIMINATOR for n in norms):
        return None
    return next((n for n in norms if n in GAN_GENERATOR), None)


#: A split's total named by the split alone (`train_total`, `valid_total`), normalised: in
#: CAS-Canglong's logs the sum of the loss terms printed beside it (`train_surface`,
#: `train_upper`, ...), but a total may as well count (`test_total` samples beside
#: `test_correct`): see :func:`split_totals`.
TOTAL_TRAIN = ("traintotal", "trainingtotal")
TOTAL_VAL = ("validtotal", "valtotal", "validationtotal", "evaltotal", "testtotal")


def split_totals(values: Mapping[str, Iterable[float]]) -> dict[str, str]:
    """Return the splits' losses among normalised names of a log that names no loss, each
    with its values: a split's total (TOTAL_TRAIN, TOTAL_VAL) whose values are not all whole
    numbers (a count's are), as {"train": name, "val": name}."""
    found: dict[str, str] = {}
    for split, wanted in (("train", TOTAL_TRAIN), ("val", TOTAL_VAL)):
        name = next((n for n in wanted if n in values), None)
        if name is not None and not all(float(v).is_integer() for v in values[name]):
            found[split] = name
    return found


#: Losses named by their function (`train_nll`, Lightning Flash's `val_cross_entropy`, a
#: regression's `val_mse` and `val_rmse`), or called a cost (`validation cost`).
LOSS_FUNCTIONS = ("loss", "nll", "crossentropy", "mse", "cost")
#: A regression's error measures: the loss of a table that names no loss (`Epoch,RMSE`).
ERROR_MEASURES = ("rmse", "mse", "mae", "trainrmse", "trainmse", "trainmae")


#: Words before a split's name that say its value is a mean (`averageTrainLoss`).
MEAN_WORDS = ("average", "avg", "mean")


def unaveraged(norm: str) -> str:
    """Return a normalised name without the word for a mean it starts with (`avgvalloss`)."""
    return next((norm[len(w) :] for w in MEAN_WORDS if norm.startswith(w)), norm)


#: A loss named before its split (`loss_train`, `Loss (Validation)`): the split's words.
#: Not `val`: `loss_val` beside `loss_avg` is a step's loss value (S3FD's log); it is the
#: validation loss only beside a `loss_train` (`validation_after`).
TRAIN_AFTER = ("train", "training")
HELD_OUT_AFTER = ("valid", "validation", "eval", "dev")


def _split_after_loss(norm: str) -> str:
    """Return what follows `loss` in a normalised name that starts with it, else ""."""
    return norm[len("loss") :] if norm.startswith("loss") else ""


def is_train_loss(norm: str) -> bool:
    """Whether a normalised name none of the names above lists is a training loss (its mean:
    `avg_train_loss`, `averageTrainLoss`; named before its split: `loss_train`)."""
    norm = unaveraged(norm)
    named = norm.startswith(("train", "trn")) and any(word in norm for word in LOSS_FUNCTIONS)
    return named or _split_after_loss(norm) in TRAIN_AFTER


def is_val_loss(norm: str) -> bool:
    """Whether a normalised name none of the names above lists is a validation loss (its mean
    too: `avg_val_loss`, Music Transformer's `Avg Eval loss`; an RL log's `value_loss` is its
    critic's training loss, no validation)."""
    norm = unaveraged(norm)
    named = (
        norm.startswith(("val", "eval"))
        and not norm.startswith("value")
        and any(word in norm for word in LOSS_FUNCTIONS)
    )
    return named or _split_after_loss(norm) in HELD_OUT_AFTER


def validation_after(train: str, names: Iterable[str]) -> str | None:
    """Return the `loss_val` among `names` where the training loss is named before its split
    (`loss_train`): there the same pattern names the validation loss."""
    if _split_after_loss(normalise(train)) not in TRAIN_AFTER:
        return None
    return next((n for n in names if normalise(n) == "lossval"), None)


#: The words a training loss's split is named by, and its validation's, in order of rank.
_TRAIN_SPLITS = ("training", "train", "trn")
_VAL_SPLITS = ("val", "valid", "validation", "eval")


def validation_twin(train: str, names: Iterable[str], chosen: str | None) -> str | None:
    """Return the validation loss for `train`: `chosen` where it names the same loss (`val_loss`
    by `train_loss`), else the one named as `train` with its split swapped (`val_optim_loss`
    by `trn_optim_loss` where `val_unisurf_loss` is logged too; never a held-out test's), else
    `chosen`."""
    rest = _after(normalise(train), _TRAIN_SPLITS)
    if not rest or (chosen is not None and _after(normalise(chosen), _VAL_SPLITS) == rest):
        return chosen
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(normalise(name), name)
    return next((by_norm[s + rest] for s in _VAL_SPLITS if s + rest in by_norm), chosen)


def _after(norm: str, splits: Sequence[str]) -> str:
    """Return what follows the longest of `splits` a normalised name starts with, else ""."""
    longest = sorted(splits, key=len, reverse=True)
    return next((norm[len(s) :] for s in longest if norm.startswith(s)), "")


def is_lr(norm: str) -> bool:
    """Whether a normalised name none of the names above lists is a learning rate."""
    # Lightning's LearningRateMonitor: lr-Adam, lr-AdamW/pg1, ...
    return norm.startswith("lr")


def row_values(split: str, value: float) -> dict[str, float]:
    """Return a row's values: `{"lr": v}` in the lr split, `{"loss": v}` in the others."""
    return {"lr": value} if split == "lr" else {"loss": value}


def tensorboard_split(stem: str) -> str:
    """Return the split of one TensorBoard scalar export (the export holds none) from its file
    name: training unless the name says validation or learning rate. In TensorBoard's own name
    (`run-<run>-tag-<tag>`) the tag says it, else the run's last word (Keras' `train` and
    `validation` runs): the rest of a run's name (`test_lr0.1`) says nothing."""
    run, tagged, tag = stem.lower().partition("-tag-")
    if tagged:
        return named_split(tag) or named_split(re.split(r"[^a-z]+", run)[-1]) or "train"
    return named_split(run) or "train"


def named_split(name: str) -> str | None:
    """Return the split a lower-case name says (lr before val before train, `evaluation`
    after train), None if none."""
    for split, words in (
        ("lr", "lr|learning_rate"),
        ("val", "val|valid|validation|eval|test"),
        ("train", "train|training"),
        ("val", "evaluation"),  # a run's evaluation, unless it names training (`…_train_loss`)
    ):
        if re.search(rf"(?<![a-z])({words})(?![a-z])", name):
            return split
    return None


def loss_split(name: str) -> str:
    """Return the split of losses whose name (a file's, a column's) may say it: validation where
    it says so, training otherwise."""
    return "val" if named_split(name.lower()) == "val" else "train"
