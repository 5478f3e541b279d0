"""Read labelled values, the way most training scripts print them, into replay rows.

`Epoch 3 | Train Loss: 0.41, Val Loss: 0.52`, Keras' `- loss: 0.41 - val_loss: 0.52`,
`step 710 | loss 4.37 | lr 3e-04`: each value a label's, the step from a counter printed on or
before its line (see :func:`read_labelled_log`). An AverageMeter's prints over a long run
(`Epoch: [3][40/181] ... Loss 0.61 (0.64)`) are read on each epoch's running mean at its last
print; a training loop called again on its model (CS231n's `solver.train()` twice:
`(Iteration 1 / 980)` again while `(Epoch 21 / 20)` goes on) is one run (both in
:mod:`lossmon.server.labelled_runs`, which turns the values read into each run's rows).
Non-finite values (`nan`, `NaN`, `inf`) are data and are kept. The tools' own formats are
:mod:`lossmon.server.text_logs`'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lossmon.server.labelled_runs import (
    METER_MEAN,
    Counter,
    Entry,
    batches_over_summaries,
    continued_calls,
    epoch_means,
    labelled_rows,
    split_appended,
    steps_within_epochs,
    summaries_over_batches,
)
from lossmon.server.labelled_runs import VALUE_COUNT as VALUE_COUNT
from lossmon.server.log_fields import (
    TOTAL_TRAIN,
    TOTAL_VAL,
    gan_loss,
    loss_part,
    split_totals,
    unaveraged,
)
from lossmon.server.text_logs import COLOUR, NUMBER, TextLog, may_hold, number

#: Lines a labelled-values log needs with a loss on them (one stray "loss: 3" is no log).
LABELLED_MIN_LINES = 2
# `label: value`, `label=value` or `label value`; a label is words (letters of any script,
# digits, _ / . and single spaces), never a dash or a bar, which separate fields. A number
# glued to a unit (`32.7s`, `17ms`) is no value, nor one glued to more dots and digits (a
# version, `1.2.3`); one that ends a sentence (`loss: 0.019.`) is, and so is one followed by
# the dots that separate fields (Udacity's `Training Loss: 0.513..  Test Loss: 0.455..`).
# Also `label - value` (segmentation_models_pytorch's epoch bars, `dice_loss - 0.7864,
# iou_score - 0.51]`) where the value has a fraction and ends its field, so that neither a
# time or a count after a split's word (`Train - 12:00:01 - loss`, `Valid - 20/20 - loss`)
# nor code a log prints (`loss = loss - 0.1 * kl`) is one. Found by `_pairs`, never by
# finditer.
_LABEL = r"(?<![\w.])[^\W\d_][\w/.]*(?: [^\W\d_][\w/.]*)*"
_VALUE_END = r"(?![\w%]|\.+\w)"
_DASHED_VALUE = r"(?=[-+]?\d*\.\d|[-+]?\d+[eE])"
_PAIR = re.compile(
    rf"({_LABEL})(?:\s*[:=：]\s*|\s+|\s+-\s+{_DASHED_VALUE}(?=\S+\s*(?:[,;|\]]|$)))"
    rf"({NUMBER}){_VALUE_END}"
)
# `label-value`, a one-word label glued to its value by a hyphen (the logger of MGraphDTA, GIGN
# and their forks: `epoch-13, train_loss-2.8911, valid_rmse-1.7445`; `loss -0.5` is still
# negative). One word only: a split's word before a name with a number (`eval BLEU-4 20.1 loss
# 2.5`, `Test on CIFAR-10: loss 1.0`) scopes the line, as it did.
_GLUED_PAIR = re.compile(rf"([^\W\d_][\w/.]*)-(?=[-+]?[\d.])({NUMBER}){_VALUE_END}")
_LABEL_RUN = re.compile(_LABEL)
# A counter: `Epoch 3`, `Epoch: 3`, `Epoch [003/300]`, `step 710`, `iter 20/500`, `Batch
# 40/312500` (with its total, `Batch: 8` being a batch size; not beside an epoch), or a leading
# `[3/100]` (a batch within its epoch under an epoch counter, else the epoch); glued to a hyphen
# only before values glued the same way (`epoch-13, train_loss-2.89`), never in the code a log
# may print (`range(epoch-1, n)`) or a file's name (`epoch-5.pt`); `Epoch - 01` only as a line
# of its own (_DASHED_COUNTER). Never the unit of a rate (`sec/step=1.723`, `s/iter: 0.52`, as
# tfoptflow and many trainers print).
_COUNTER = re.compile(
    r"(?<!/)\b(epoch|step|iter|iteration|batch(?=\s*(?:[:=#]\s*)?(?:\[\s*)?\d+\s*/))\b"
    r"(?:\s*[:=#]\s*|-(?=\d+,\s*[^\W\d_][\w.]*-[-+]?[\d.])|\s*)"
    r"(?:\[\s*)?(\d+)(?:\s*/\s*(\d+))?",
    re.IGNORECASE,
)
# A counter on a line of its own with a dash before its number (`Epoch - 01`, above its
# `Train Loss - 1.1061 | Train Acc - 0.3198` line): read as `Epoch 01`; `start_epoch = epoch -
# 1` in printed code is none.
_DASHED_COUNTER = re.compile(r"\s*(epoch|step|iteration|iter)\s+-\s+(\d+)\s*", re.IGNORECASE)
# Mel-Spec. Error: HiFi-GAN's, beside its `Gen Loss Total` (a GAN's sum, 45 times the mel
# error and the adversarial terms): the mel error is what its validation measures. Its label is
# read from `Spec.` (a hyphen ends a label); the training loss where no loss is named (a
# `train_total_loss` beside a `spec_error` metric is the loss), the validation's on an
# evaluation line.
MEL_ERROR = "specerror"
# HiFi-GAN's training line opens with its global step in the plural (`Steps : 5, Gen Loss
# Total : 71.01, Mel-Spec. Error : 1.505, s/b : 0.776`, below an `Epoch : 3` line). Only where
# it opens the line: the Time-Series-Library's `Epoch: 1, Steps: 263 | Train Loss: ...` prints
# the steps an epoch takes.
_LEADING_STEPS = re.compile(r"\s*Steps\s*:\s*(\d+)\s*,")
_LEADING_FRACTION = re.compile(r"\s*\[\s*(\d+)\s*/\s*\d+\s*\]")
# The fraction a counter's number may go on with (`this epoch 267.25`, a time).
_FRACTION = re.compile(r"\.\d")
# The PyTorch CIFAR-10 tutorial's `[2,  4000] loss: 1.49`: the epoch, then the mini-batch
# counted within it.
_EPOCH_BATCH = re.compile(r"\s*\[\s*(\d+),\s*(\d+)\s*\]")
# A line led by its split and the epoch (`Train 3, loss: 0.88, train acc: ...` and `Test 3,
# loss: 0.86, ...`, as DGCNN's and PointNet's PyTorch ports print): the number is the epoch
# counter, not the split word's value, and the split says whose the line's bare loss is.
_SPLIT_EPOCH = re.compile(
    r"\s*(?:train|training|test|val|valid|validation|eval)\s+(\d+)\s*[,:](?=\s*[^\W\d_])",
    re.IGNORECASE,
)
# A line that says it reports an evaluation: its bare `loss` is the validation loss (`dev`: the
# NLP name of the validation set, `dev step: 50 - loss: 0.11` in PaddleNLP's examples). A word of
# a path (`runs/test-lr3e-4`, `data/val/`) says nothing of the line.
# FuxiCTR (the BARS benchmark's logs) tags its evaluations `[Metrics] AUC: 0.97 - logloss: 0.22`,
# tf.estimator its `Saving dict for global step 200: acc = 0.78, ..., loss = 0.63`.
_EVAL_LINE = re.compile(
    r"(?<![/\\])\b(val|valid|validation|validated|eval|evaluation|evaluated|test|tested|dev)\b"
    r"(?![/\\])|\[metrics\]"
    r"|\bsaving dict for global step\b",
    re.IGNORECASE,
)
#: A word each match of _EVAL_LINE holds ("val" in "eval", "valid", "evaluation", ...).
_EVAL_WORDS = ("val", "test", "dev", "[metrics]", "saving dict")


# A batch counted within its epoch with no total (`Epoch 1 Batch 100 Loss 0.98`), and an
# epoch's own line (`Epoch 1 Loss 0.95`, `Epoch 1 Val Loss 0.76`): see `_batch_prints`.
_EPOCH_BATCH_PRINT = re.compile(r"\bepoch\s+\d+\s+batch\s+\d+\b", re.IGNORECASE)
_EPOCH_PRINT = re.compile(r"\bepoch\s+\d+\s+(?!batch\b)[^\W\d_]", re.IGNORECASE)


def _says_evaluation(text: str) -> bool:
    """Whether _EVAL_LINE finds an evaluation's word in the text. The pattern is slow to fail
    (its `\\b` is tried at every position, ignoring case) and most lines hold none of its
    words: it is tried only where one is."""
    return may_hold(text, *_EVAL_WORDS) and bool(_EVAL_LINE.search(text))


# A heading: a line ending with a colon (`Evaluation Results:`) or words between rules
# (`===== Validation =====`, `[Eval]`); `Loading validation set...` is none.
_HEADING = re.compile(r".*:\s*|.*[=*#\-\[<]\s*[^\W\d_][\w ]*?\s*[=*#\-\]>]+\s*")
# torch's schedulers' notices (ReduceLROnPlateau's `Epoch    50: reducing learning rate of group
# 0 to 1e-05.`, `print_lr`'s `Epoch 00030: adjusting learning rate ...`, behind a logger's
# prefix or not): the scheduler's own count of its calls, printed between an epoch's lines,
# numbers no epoch.
_SCHEDULER = re.compile(r"\bEpoch\s+[\d.]+: (?:reducing|adjusting) learning rate of group \d+ to ")
# pytracking's split and position opening a line (`[train: 3, 50 / 1875]`).
_SPLIT_POSITION = re.compile(r"\[(train|val):\s*\d+,\s*\d+\s*/\s*\d+\]")
# A counter's label (`Validation Epoch 1`), also of an evaluation's progress through its set
# (LoRA's NLG example: `eval samples: 300 loss: tensor(2.91)`): no value of the line.
_COUNTER_LABEL = re.compile(
    r"(?:^|[\W_])(epoch|step|iter|iteration|samples?|batch|batches)$", re.IGNORECASE
)
# 训练损失 / 验证损失: "training loss" / "validation loss", as Chinese scripts print them; 损失,
# 损失值, 当前损失值, 平均损失: "loss", "loss value", "current loss value", "average loss".
_TRAIN_NAMES = (
    "trainloss", "训练损失", "loss", "损失", "损失值", "当前损失值", "平均损失",
    "trainingloss", "avgloss", "meanloss", "trainavgloss",
    "epochloss", "cost", "batchloss", "losstrain", "losst",
)  # fmt: skip
# A cross entropy, where no loss is printed but its parts (a `total_loss` is the objective):
# TensorFlow's retrain.py (`Step 10: Cross entropy = 0.81`) and speech_commands train.py
# (`Step #10: rate 0.0005, accuracy 7.4%, cross entropy 2.47`).
_CROSS_ENTROPY_TRAIN = ("crossentropy", "traincrossentropy")
_CROSS_ENTROPY_VAL = ("validationcrossentropy", "valcrossentropy", "evalcrossentropy")
# loss_t / loss_v: a loss suffixed by its split (`epoch 3 loss_t 734.3 loss_v 720.3`).
# Vali Loss: the Time-Series-Library's epoch line (`Train Loss: a Vali Loss: b Test Loss: c`),
# its test loss printed beside. Dev NLL: the CS224N SQuAD starter's evaluation (`Dev NLL:
# 03.14, F1: ..., EM: ...`), its dev set the validation and its NLL the loss it trains on.
# CV loss: the cross-validation split's (`| epoch 3 | time: 1.6s | cv loss 0.77 |`, as the DCASE
# audio-visual scene baselines print it beside `training loss`). Dev loss: the dev set's
# (`train_loss: 0.815, train_acc: 66.5` / `dev_loss: 0.885, dev_acc: 67.4`, an NLP course's).
# valid cost: sketch-rnn's (`best_valid_cost: -0.07, valid_cost: -0.07, valid_recon: ...`
# after its `step: 500, ..., cost: 0.04` line), the cost of a `cost` trained on.
_VAL_NAMES = (
    "valloss", "validloss", "validationloss", "evalloss", "valiloss", "testloss", "vallossepoch",
    "验证损失", "lossval", "lossv", "devnll", "cvloss", "devloss", "validcost", "valcost",
)  # fmt: skip
# Lines that repeat values rather than log new ones: a W&B console summary (`wandb:
# train_loss 0.0047`) and Keras' progress updates within an epoch (`50/211 [====>...] - ETA:
# 3s - loss: 1.90`, the epoch's running mean so far; its last line, without ETA, is the
# epoch, as is one with its evaluation: Keras 2.0 kept the ETA it drew last, `42000/42000
# [====] - ETA: 0s - loss: 1.62 - val_loss: 1.32`, in a console Sacred captured). A final
# summary (`Final Results: Loss=0.4886`) too, where it prints no counter (`Epoch 3/3 (final):
# loss 0.35` is the last epoch).
_REPEATS = re.compile(r"\s*wandb:|(?!.* - val_).* - ETA: ", re.IGNORECASE)
_SUMMARY = re.compile(r"\bfinal\b", re.IGNORECASE)
# A checkpoint's announcement without a counter (`--> New Best Model Saved! (Loss: 0.0919)`,
# `Saving best model, val_loss 0.52`): it repeats the evaluation printed before it; one that
# prints a training value is the epoch's own line (`epoch0 save best model... tr_loss:0.57`).
_SAVED_BEST = re.compile(r"\bbest\b.*\bsav(?:e|ed|ing)\b|\bsav(?:e|ed|ing)\b.*\bbest\b", re.I)
_TRAIN_LABEL = re.compile(r"(?<![a-z])(?:tr|train|training)(?![a-z])", re.I)
# A line saying training has ended (`Training finished.`, DeepSpeech's `I FINISHED optimization
# in 22:47:12`): what follows until a counter (other than the test's own progress) is the
# restored best model's evaluations and the test (FuxiCTR's `Validation evaluation`, `Test
# evaluation`), no points of the run.
_FINISHED = re.compile(
    r"\b(?:training (?:is )?(?:finished|complete|completed|done|ended)|finished training"
    r"|finished optimi[sz]ation)\b",
    re.IGNORECASE,
)
# Not a logger's dotted name (`joeynmt.training - Validation result ...` is an evaluation).
_TRAIN_WORD = re.compile(r"(?<![\w.])train", re.IGNORECASE)
# Keras' epoch heading and progress bar (`50/211 [====>....]`, Keras 3's `50/211 ━━━━━━`,
# colours removed).
_KERAS_EPOCH = re.compile(r"\s*Epoch \d+/\d+\s*")
# A Keras progress line: its bar (`[=====>...]`, Keras 3's `━━━━`), or verbose=2's line
# without one (`92/92 - 6s - loss: 0.41`).
_PROGRESS = re.compile(r"\s*(\d+)/(\d+)\s+(?:\[[=>.]*\]|━+|-\s)")
_LR_NAMES = ("lr", "learningrate")
#: A word of a label that names its split already (`val_loss`, `mean train loss`, `avg. dev
#: loss`): such a label is kept as named on an evaluation line.
_NAMES_SPLIT = re.compile(
    r"(?:^|[\W_])(?:train|training|val|valid|validation|eval|evaluation|test|dev)(?:$|[\W_])",
    re.IGNORECASE,
)
# An evaluation on the test set beside validation's (Megatron-LM's `validation loss at
# iteration 220 on test set | lm loss value: 9.9`, after `... on validation set`): no point of
# the validation series.
_TEST_SET = re.compile(r"\b(?:on|for) (?:the )?test (?:set|data)\b", re.IGNORECASE)
#: A held-out split's word that labels its loss alone beside `train` (`train=2.55 val=2.37`).
_HELD_OUT_WORDS = ("val", "valid", "validation", "heldout")
# A logging record's level between its time (and process) and its message (`2022-01-29
# 21:48:53,421 P35593 INFO Train loss: 0.48`): a field of its own, no word of the label after it.
_LEVEL = re.compile(r"(?<![\w.])(?:TRACE|DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)(?=\s)")
# A value glued to the next field's label, a print that left out its separator (`unlab acc:
# 85.8673LR: 0.002000`): a capitalised label and its colon right after the number's last digit.
_GLUED = re.compile(r"(?<=\d)(?=[A-Z][A-Za-z_]*:\s*[-+.\d])")
# A GAN's value in brackets after its network's name (Machine Learning Mastery's pix2pix:
# `>1, d1[0.588] d2[0.620] g[86.441]`): read as `d1=0.588`.
_BRACKETED = re.compile(rf"(?<![\w.])(d1|d2|g)\[({NUMBER})\]")
#: A word each level holds: a line without one has none (a cheap test before _LEVEL).
_LEVEL_WORDS = ("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "CRITICAL")


@functools.lru_cache(maxsize=4096)
def _norm(label: str) -> str:
    """Letters and digits of a label, lower case; a trailing "is" dropped (`loss is: 2.50`).

    Cached: a log prints the same few labels on every line, and a long one calls this a
    million times."""
    return re.sub(r"[\W_]", "", re.sub(r"\s+is$", "", label.lower()))


def _pick(names: dict[str, str], wanted: tuple[str, ...], prefix: tuple[str, ...]) -> str | None:
    """Return the first label in `wanted` order, else the first starting with a `prefix` and
    holding "loss" (train_l1_loss, validation_total_loss, eval mean loss, ...; where none does,
    one starting with it after a word for a mean: `avg_val_loss`, as the Kaggle notebooks'
    `Epoch 1 - avg_train_loss: 0.55  avg_val_loss: 0.54` prints it), a plain one (the split, a
    word for a mean, `loss`) before the others: RotatE's `Training average loss` beside the
    `Training average positive_sample_loss` printed before it."""
    for want in wanted:
        if want in names:
            return want
    losses = [n for n in names if n.startswith(prefix) and "loss" in n] or [
        n for n in names if unaveraged(n).startswith(prefix) and "loss" in n
    ]
    plain = (n for n in losses if "loss" in (unaveraged(_unsplit(n)), _unsplit(unaveraged(n))))
    return next(plain, next(iter(losses), None))


def _unsplit(label: str) -> str:
    """Return a normalised label without the split word it starts with (`training`,
    `validation`, `valid`, `evaluation`, ...)."""
    return _LEADING_SPLIT.sub("", label, count=1)


_LEADING_SPLIT = re.compile(
    r"^(?:training|train|validation|valid|val|evaluation|eval|testing|test)"
)


#: A regression's error measures, the end of a label that names one (`train_mse`; `train L1`,
#: the mean absolute error as a pKa predictor's epoch line prints it).
_MEASURES = ("mse", "rmse", "mae", "l1")


def _measure(names: dict[str, str], prefix: tuple[str, ...]) -> str | None:
    """Return the first label starting with a `prefix` and ending in an error measure."""
    return next((n for n in names if n.startswith(prefix) and n.endswith(_MEASURES)), None)


def _pairs(line: str) -> Iterator[re.Match[str]]:
    """Yield the `label: value` pairs of a line, as `_PAIR.finditer` would, in linear time.

    finditer tries a label at every word of a run of words and each try reads to the run's
    end: a 40 KB line of prose took half a minute. A label that starts later in the same run
    can only end where one starting at the run's first word can, so when that one fails the
    whole run is passed over.
    """
    pos = 0
    while run := _LABEL_RUN.search(line, pos):
        if pair := _PAIR.match(line, run.start()) or _GLUED_PAIR.match(line, run.start()):
            yield pair
            pos = pair.end()
        else:
            pos = run.end()


# `Cost after iteration 1000: 0.693` (the deep learning specialization's prints), `Loss at
# epoch 3: 0.21`: a value named before its counter, after the counter's number.
_COUNTED_LABEL = re.compile(
    r"(.*?[^\W\d_][\w/.]*)\s+(?:(?:after|at|in|for|of|on)\s+)?(?:epoch|step|iter|iteration)s?",
    re.IGNORECASE,
)
_COUNTED_VALUE = re.compile(rf"\s*[:=]\s*({NUMBER}){_VALUE_END}")


# `Mean test loss of 63 batches: 4.40` (ST-GCN's console and its forks'): a value named before
# the count it is the mean of, printed after that count's noun.
_MEAN_OF = re.compile(r"(.*?[^\W\d_][\w/.]*)\s+of", re.IGNORECASE)
_MEAN_OF_VALUE = re.compile(rf"\s+[^\W\d_]+\s*[:=]\s*({NUMBER}){_VALUE_END}")


# A loss's two splits printed as one value (`Epoch 01/30 | Loss: 1.0256/1.3437`, `Loss
# (train/val): 0.9226/0.6834`): training's first, unless the label names them in the other
# order. Both with a fraction, so that neither a counter (`3/10`) nor a count is one; never
# under a label naming one split (`val_loss: 0.5/0.6`) or before a note of what the two are
# (`loss 2.3/2.1 (cur/avg)`, a running mean or best).
_SLASHED = re.compile(rf"\s*/\s*({NUMBER}){_VALUE_END}(?!\s*/\s*[-+]?\.?\d|\s*\()")
_SPLIT_NAMES = r"(train|training|tr|val|valid|validation|dev|test)"
_SPLITS_NAMED = re.compile(
    rf"\bloss\s*\(\s*{_SPLIT_NAMES}\s*/\s*{_SPLIT_NAMES}\s*\)\s*[:=]\s*"
    rf"({NUMBER})\s*/\s*({NUMBER}){_VALUE_END}(?!\s*/\s*[-+]?\.?\d)",
    re.IGNORECASE,
)


def _slashed(line: str, pair: re.Match[str]) -> list[tuple[int, str, str]] | None:
    """Return a loss whose value is two splits' (`Loss: 1.02/1.34`) as the two, each under
    its split's label; None for any other pair."""
    second = _SLASHED.match(line, pair.end())
    label = pair[1]
    if not second or "loss" not in label.lower() or "/" in label or _NAMES_SPLIT.search(label):
        return None
    if "." not in pair[2] or "." not in second[1]:
        return None
    return [
        (pair.start(), f"train {pair[1]}", pair[2]),
        (pair.start(), f"val {pair[1]}", second[1]),
    ]


def _splits_named(line: str) -> list[tuple[int, str, str]]:
    """Return the two losses of `Loss (train/val): 0.92/0.68`, each under its split's name."""
    found = []
    for named in _SPLITS_NAMED.finditer(line):
        if "." in named[3] and "." in named[4]:
            found += [(named.start(), f"{named[1]} loss", named[3]),
                      (named.start(), f"{named[2]} loss", named[4])]  # fmt: skip
    return found


def _counted(line: str, pair: re.Match[str]) -> list[tuple[int, str, str]]:
    """Return a pair found in a line as (where, label, value), and after a counter's pair whose
    label names a value (`Cost after iteration 1000: 0.69`), that value under its name. A
    count's pair whose label names the value it is the mean of (`loss of 63 batches: 4.40`)
    is that value alone."""
    if (
        pair[2].isdigit()
        and (label := _MEAN_OF.fullmatch(pair[1]))
        and (value := _MEAN_OF_VALUE.match(line, pair.end()))
    ):
        return [(pair.start(), label[1], value[1])]
    if "/" in line and (both := _slashed(line, pair)):
        return both
    found = [(pair.start(), pair[1], pair[2])]
    if label := _COUNTED_LABEL.fullmatch(pair[1]):
        if value := _COUNTED_VALUE.match(line, pair.end()):
            found.append((pair.start(), label[1], value[1]))
        elif pair[2].isdigit():
            # The counter alone, its value printed in a field of its own (Megatron's
            # `validation loss at iteration 100 | lm loss value: 7.67`): no value here.
            return []
    return found


def read_labelled_log(lines: list[str]) -> TextLog:
    """Labelled values, one or both splits a line.

    Step: the counter printed on or before the line (`step`, `iter` or `iteration` before
    `epoch` on one line; a leading `[100/300]` under an epoch counter is a step within it)
    when it numbers the train values (see :func:`lossmon.server.labelled_runs.labelled_rows`):
    "step = printed epoch" (or step, or epoch/step), "step = epoch + 1" for epochs counted
    from 0 as a Keras history is. A value printed with an epoch alone in a log whose train
    values count steps takes the step of the train value before it. Else "step = train value
    count" (a counter repeated over per-batch lines, or none at all), evaluations taking the
    step of the train value before them; in a log of evaluations alone, "step = val value
    count".
    """
    pairs: list[tuple[int, list[tuple[str, str]], Counter | None, bool]] = []
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    counter: Counter | None = None
    # Under a heading that says evaluation (`Evaluation Results:`, values on the lines below
    # it), until a counter or the word train says training again.
    in_evaluation = False
    last_epoch: int | None = None  # the epoch counter printed last
    finished = False  # after a line saying training finished, until a counter
    progress = _progress_updates(lines) | _batch_prints(lines)
    means: dict[tuple[int, str], str] = {}  # a meter's running mean beside its value
    # Each line's epoch printed last (on it or before) and the total its step counter printed
    # (`Iteration 26 / 980`), if any.
    seen_at: dict[int, tuple[int | None, int | None]] = {}
    total: int | None = None
    for n, line in enumerate(lines, start=1):
        if _REPEATS.match(line) or n in progress:
            continue
        if "learning rate of group" in line and _SCHEDULER.search(line):
            continue
        if any(word in line for word in _LEVEL_WORDS):
            line = _LEVEL.sub("|", line)
        line = _GLUED.sub(" ", line)
        if "[" in line:
            line = _BRACKETED.sub(r"\1=\2 ", line)
        if "-" in line and (dashed := _DASHED_COUNTER.fullmatch(line)):
            line = f"{dashed[1]} {dashed[2]}"
        found = [pair for m in _pairs(line) for pair in _counted(line, m)]
        if "(" in line and "/" in line and (both := _splits_named(line)):
            found = sorted(found + both)
        # pytracking's trainers (STARK, OSTrack) open a line with its split and position
        # (`[train: 3, 50 / 1875]`): the split scopes the line, its number is the epoch.
        position = _SPLIT_POSITION.match(line) if line.startswith("[") else None
        if position:
            found = [pair for pair in found if pair[0] >= position.end()]
        # The patterns below are slow to fail on a long log's every line: each is tried only
        # on lines holding a word it needs.
        counted = may_hold(line, "epoch", "step", "iter", "batch")
        fractions = list(_COUNTER.finditer(line)) if counted else []
        if len(fractions) > 1:
            # A number with a fraction after a counter's word is no counter beside a whole one
            # of its kind (`Epoch=001, loss=10.8, this epoch 267.25`: its time in seconds).
            whole = {_norm(m[1]) for m in fractions if not _FRACTION.match(line, m.end(2))}
            fractions = [
                m for m in fractions
                if not (_FRACTION.match(line, m.end(2)) and _norm(m[1]) in whole)
            ]  # fmt: skip
        counters = [(_norm(m[1]), int(m[2])) for m in fractions]
        if any(kind == "epoch" for kind, _ in counters):
            # A batch counted within the epoch printed beside it (`Epoch: 30 | Batch: 1250/
            # 1330`) numbers no step of the run.
            counters = [c for c in counters if c[0] != "batch"]
        totals = {(_norm(m[1]), int(m[2])): int(m[3]) for m in fractions if m[3]}
        if line.lstrip().startswith("[") and (epoch_batch := _EPOCH_BATCH.match(line)):
            found = [pair for pair in found if pair[0] >= epoch_batch.end()]
            counters[:0] = [("epoch", int(epoch_batch[1])), ("step", int(epoch_batch[2]))]
        if line.lstrip().startswith("Steps") and (steps := _LEADING_STEPS.match(line)):
            found = [pair for pair in found if pair[0] >= steps.end()]
            counters.append(("step", int(steps[1])))
        if split_epoch := _SPLIT_EPOCH.match(line):
            found = [pair for pair in found if pair[0] >= split_epoch.end()]
            counters.insert(0, ("epoch", int(split_epoch[1])))
        epochs = [c[1] for c in counters if c[0] == "epoch"]
        if epochs:
            last_epoch = epochs[-1]
        lead = _LEADING_FRACTION.match(line)
        if not counters and not lead and may_hold(line, "final") and _SUMMARY.search(line):
            continue
        if (
            not counters
            and not lead
            and may_hold(line, "best")
            and _SAVED_BEST.search(line)
            and not any(_TRAIN_LABEL.search(label) for _, label, _ in found)
        ):
            continue
        if not counters and not lead and may_hold(line, "training", "optimi"):
            finished = finished or bool(_FINISHED.search(line))
        # A counter ends it (a launch after), but not the test's own progress, which prints no
        # loss (`Test epoch | Steps: 28`, DeepSpeech's, before its per-utterance report).
        testing = "loss" not in line.lower() and _says_evaluation(line)
        finished = finished and not ((counters or lead) and not testing)
        if finished:
            continue
        if lead:
            # Under an epoch counter (`Epoch 2` above, or on the line), a batch counted
            # within the epoch (`[100/300] loss: 0.9`); else the epoch (`[3/100] Train Loss`).
            counters.append(("epoch" if last_epoch is None else "step", int(lead[1])))
        if counters:
            step_like = [c for c in counters if c[0] != "epoch"]
            kind, count = (step_like or counters)[-1]
            # A step counted within its epoch (`Epoch [2/3], Step [1/6574]`) restarts each
            # epoch: the pair orders the lines.
            epoch = epochs[-1] if step_like and epochs else -1
            if lead and last_epoch is not None:
                epoch = last_epoch
            counter = ("epoch" if kind == "epoch" else "step", count, (epoch, count))
            total = totals.get((kind, count))
        seen_at[n] = (last_epoch, total)
        if counters or (may_hold(line, "train") and _TRAIN_WORD.search(line)):
            in_evaluation = False
        if not found:
            heading = _HEADING.fullmatch(line) and _says_evaluation(line)
            in_evaluation = in_evaluation or bool(heading)
            continue
        # What the line says before its first value, past its counters: `Validation Epoch
        # 1: loss 0.5` is an evaluation.
        start = next((at for at, label, _ in found if not _COUNTER_LABEL.search(label)), None)
        prefix = line[:start]
        evaluation = in_evaluation or (_says_evaluation(prefix) and not _TRAIN_WORD.search(prefix))
        if evaluation and may_hold(prefix, "test") and _TEST_SET.search(prefix):
            continue
        if position:
            evaluation = position[1] == "val"
        labelled: list[tuple[str, str]] = []
        # A line that names a loss by its split (`val_loss`, `Test Loss`) says which of its
        # losses is which: its bare ones are training's, whatever words stand between.
        named = any(_norm(label) in _VAL_NAMES for _, label, _ in found)
        scope_from = start or 0
        trained = False  # the line's training loss read already
        for where, label, raw in found:
            # A split's word between values scopes the bare losses after it (`train: loss 0.9
            # | val: loss 1.0`, Caffe's `Test net output #0: loss = 0.2`); one in a metric's
            # label only after the line's training loss (`Train Loss: 0.49 | Val AUC: 0.78 |
            # LogLoss: 0.47`), not where a label merely mentions a split before it (`[val acc
            # 0.71] step 100 loss: 0.53`, `test interval 500 | loss 0.9`); a label of one word
            # never (`train=0.21 val=0.44 loss=1.90`: accuracies, then the training loss).
            if where >= scope_from and not named:
                said = line[scope_from:where] + (label if " " in label and trained else "")
                evaluation = _scope(said, evaluation)
                scope_from = where + len(label)
            norm = _norm(label)
            if evaluation and norm in ("loss", "avgloss", "meanloss", "logloss", MEL_ERROR):
                norm = "evalloss"
            elif evaluation and (
                norm.startswith("loss")
                or norm == "crossentropy"
                or (norm.endswith(("loss", "lossvalue")) and not _NAMES_SPLIT.search(label))
            ):
                # An evaluation's loss_vae, or its lm loss (Megatron's `validation loss at
                # iteration 100 | lm loss value: 7.67`), is no training loss.
                norm = f"eval{norm.removesuffix('value')}"
            trained = trained or norm in _TRAIN_NAMES
            names.setdefault(norm, label)
            labelled.append((norm, raw))
            value_at = line.find(raw, where + len(label))
            if mean := METER_MEAN.match(line, value_at + len(raw)):
                means[(n, norm)] = mean[1]
        for norm in {norm for norm, _ in labelled}:
            seen[norm] = seen.get(norm, 0) + 1
        pairs.append((n, labelled, counter, bool(counters)))
    # A label printed once (a final summary, a config line) names no series.
    names = {norm: label for norm, label in names.items() if seen[norm] >= LABELLED_MIN_LINES}
    # A validation loss printed as 0 at every evaluation is no validation (a script that held
    # out no validation split prints its zeros beside the test loss it does compute).
    zeros = _zeros(pairs)
    held_out = {norm: label for norm, label in names.items() if norm not in zeros}
    chosen = {
        "train": _pick(names, _TRAIN_NAMES, ("train",)),
        "val": _pick(held_out, _VAL_NAMES, ("val", "eval", "test")),
        "lr": next((n for n in _LR_NAMES if n in names), None),
    }
    if chosen["train"] is None and chosen["val"] is None:
        # Names under a namespace (`metric.train.loss_epoch`, `metric.val.loss` in a Lightning
        # progress bar), by what follows it.
        inner = _namespaced(names)
        for side, wanted, starts in (("train", _TRAIN_NAMES, ("train",)),
                                     ("val", _VAL_NAMES, ("val", "eval", "test"))):  # fmt: skip
            picked = _pick(dict.fromkeys(inner, ""), wanted, starts)
            chosen[side] = inner[picked] if picked else None
    if chosen["train"] is None and MEL_ERROR in names:
        chosen["train"] = MEL_ERROR
    held_word = next((w for w in _HELD_OUT_WORDS if w in names), None)
    train_word = next((w for w in ("train", "training") if w in names), None)
    if chosen["train"] is None and chosen["val"] is None and train_word and held_word:
        # The splits' words alone, together (`Epoch 3: train=2.55, val=2.37`, `train=35.0
        # heldout=26.9`, `Training: 4.52` over `Validation: 4.36`): not one of them (a config
        # dump's `val 2.0`).
        chosen["train"], chosen["val"] = train_word, held_word
    part = loss_part(names) if chosen["train"] is None else None
    part = None if part == chosen["val"] else part  # `dev loss` is the dev set's, no part
    if chosen["train"] is None and not (part and "total" in part):
        # A cross entropy before a loss named by its part alone (an `l2_loss` or `aux_loss`
        # beside it is a term of the objective); a total is the objective itself.
        chosen["train"] = _pick(names, _CROSS_ENTROPY_TRAIN, ())
    if chosen["train"] is None and part:
        chosen["train"] = part
        if chosen["val"] is None and f"eval{part}" in names:
            chosen["val"] = f"eval{part}"  # the same part's value on evaluation lines
    if chosen["val"] is None:
        chosen["val"] = _pick(held_out, _CROSS_ENTROPY_VAL, ())
    if chosen["val"] is None and chosen["train"] is not None:
        # A validation loss named with a word before its split (`Rel. Test L2 Loss` beside
        # `Rel. Train L2 Loss`): the loss whose label holds a split's word of its own.
        chosen["val"] = next((n for n, label in held_out.items() if "loss" in n
                              and n != chosen["train"] and _SPLIT_WORD.search(label)),
                             None)  # fmt: skip
    if chosen["train"] is None and chosen["val"] is None:
        # No loss at all: a regression's error measure, named by its split (`epoch 3 -
        # train_mse: 0.044 - test_mse 0.038`), is what it minimises.
        chosen["train"] = _measure(names, ("train",))
        chosen["val"] = _measure(names, ("val", "eval", "test"))
    if chosen["train"] is None and chosen["val"] is None:
        chosen["train"] = gan_loss(names)
    if chosen["train"] is None and chosen["val"] is None:
        # A split's total (`train_total=0.76 ... valid_total=0.92`) where it is no count.
        printed_totals: dict[str, list[float]] = {}
        for _, labelled, _, _ in pairs:
            for norm, raw in labelled:
                if norm in names and norm in (*TOTAL_TRAIN, *TOTAL_VAL):
                    printed_totals.setdefault(norm, []).append(number(raw, norm))
        chosen.update(split_totals(printed_totals))
    entries: list[Entry] = []
    for n, labelled, at, printed in pairs:
        for split, want in chosen.items():
            printed_value = next((r for norm, r in labelled if norm == want), None)
            if want is not None and printed_value is not None:
                value = number(printed_value, f"line {n}")
                entries.append(Entry(n, split, value, at, printed))
    matched = len({e.line for e in entries if e.split != "lr"})
    averaged = epoch_means(entries, means, chosen["train"], chosen.get("val"))
    entries = averaged or entries
    appended = split_appended(summaries_over_batches(batches_over_summaries(entries)))
    segments = continued_calls(appended, seen_at) or [[]]
    joined = len(appended) - len(segments)
    read = []
    for segment in segments:
        numbered, note = steps_within_epochs(segment, seen_at)
        rows_read, how_read = labelled_rows(numbered)
        read.append((rows_read, how_read + note if "printed" in how_read else how_read))
    rows = [row for run, _ in read for row in run]
    columns = {s: names[c] for s, c in chosen.items() if c is not None and any(
        r[1] == s for r in rows
    )}  # fmt: skip
    how = read[0][1] + ("; each epoch's running mean at its last print" if averaged else "")
    if joined:
        how += f"; {joined + 1} training calls going on from each other's iterations"
    log = TextLog("labelled", f"labelled values log ({how})", rows, columns, matched)
    if len(segments) > 1:
        log.runs = [
            (f"labelled values log ({how})", run, s[0].line, s[-1].line)
            for (run, how), s in zip(read, segments, strict=True)
        ]
    return log


def _zeros(pairs: list[tuple[int, list[tuple[str, str]], Counter | None, bool]]) -> set[str]:
    """Return the labels whose every printed value is exactly 0."""
    values: dict[str, bool] = {}
    for _, labelled, _, _ in pairs:
        for norm, raw in labelled:
            values[norm] = values.get(norm, True) and _zero(raw)
    return {norm for norm, zero in values.items() if zero}


def _zero(raw: str) -> bool:
    try:
        return float(raw) == 0
    except ValueError:
        return False


# A split named as a word of its own (`Val AUC`, `| Train:`), not inside a name (`val_acc`).
# `Dev set average metrics: ... loss: 0.03` (the CS230 projects' logger): the NLP name of the
# validation set scopes the losses after it too, where it is no folder of a path (`data/dev/`),
# no setting's value (`mode=dev`, `dev: cuda:0`), no file (`dev.tsv`) and no deviation (`std dev`).
_VAL_WORDS = "val|valid|validation|eval|evaluation|test"
_DEV = r"(?<![/\\=:-])(?<!std )dev(?![/\\.:-])"
_SCOPE = re.compile(
    rf"(?<![\w.])(?:({_VAL_WORDS}|{_DEV})|train|training)(?!\w)",
    re.IGNORECASE,
)
#: A validation split's word standing in a label (`Rel. Test L2 Loss`), not inside a name.
_SPLIT_WORD = re.compile(rf"(?<![\w.])(?:{_VAL_WORDS})(?!\w)", re.IGNORECASE)


def _namespaced(names: dict[str, str]) -> dict[str, str]:
    """Return the names whose label puts a split after a namespace (`metric.train.loss_epoch`,
    `metrics/val_loss`), normalised from the split on, mapped to their own normalised name."""
    inner: dict[str, str] = {}
    for norm, label in names.items():
        parts = re.split(r"[./]", label)
        for k in range(1, len(parts)):
            tail = _norm("".join(parts[k:]))
            if tail.startswith(("train", "val", "eval", "test")):
                inner.setdefault(tail, norm)
                break
    return inner


def _scope(text: str, evaluation: bool) -> bool:
    """Return whether the values after `text` are an evaluation's: as its last split word
    says, else as before it."""
    words = _SCOPE.findall(text)
    return bool(words[-1]) if words else evaluation


def _batch_prints(lines: list[str]) -> set[int]:
    """Return the numbers of the per-batch lines of a log that prints each epoch's own values
    too: the TensorFlow tutorials' `Epoch 1 Batch 100 Loss 0.9808` within the epoch, then
    `Epoch 1 Loss 0.956974` (NMT with attention, image captioning, the Transformer). The
    epochs' lines are the run; in a log of batch lines alone, those are, and are kept."""
    batch: set[int] = set()
    epochs = 0
    for n, line in enumerate(lines, start=1):
        if not may_hold(line, "epoch") or next(_pairs(line), None) is None:
            continue
        if _EPOCH_BATCH_PRINT.search(line):
            batch.add(n)
        elif _EPOCH_PRINT.search(line):
            epochs += 1
    return batch if epochs >= LABELLED_MIN_LINES else set()


def _progress_updates(lines: list[str]) -> set[int]:
    """Return the numbers of the Keras progress lines that are no epoch's values.

    Under an `Epoch 3/10` heading, the epoch's progress bar prints the running mean so far
    until it reaches its total, and may print its full line again with the validation values
    (Keras 3): its last full line is the epoch. A later bar (restarting, or counting to
    another total) is model.evaluate()'s or predict()'s. A bar that prints no values (a
    callback's predict() under the heading, `1/1 ━━━━ 1s 620ms/step`, before the epoch's own
    bar) is passed over. Bars before any heading (a log cut to its epochs' last lines, say)
    are left as they are.
    """
    skipped: set[int] = set()
    heading = False
    first_bar = True  # still the epoch's own bar
    last: tuple[int, int] | None = None  # (done, total) of the bar line before
    kept: int | None = None
    for n, line in enumerate(lines, start=1):
        if _KERAS_EPOCH.fullmatch(line):
            heading, first_bar, last, kept = True, True, None, None
            continue
        if not heading or not (bar := _PROGRESS.match(plain := COLOUR.sub("", line))):
            continue
        if next(_pairs(plain), None) is None:
            continue
        done, total = int(bar[1]), int(bar[2])
        if last is not None and (total != last[1] or done < last[0]):
            first_bar = False
        last = (done, total)
        if not first_bar or done < total:
            skipped.add(n)
            continue
        if kept is not None:
            skipped.add(kept)
        kept = n
    return skipped
