"""Read the Python dicts a training loop prints to its console into replay rows.

Hugging Face Trainer's console output (`{'loss': 0.166, 'learning_rate': 6e-05, 'epoch':
1.0}`), and the like of a loop that prints its step (Accelerate's examples' `{'steps': 99,
'loss/train': 9.17}`), a GAN's or a Penzai loop's dict of losses named by their part. One of
the tools' formats :mod:`lossmon.server.log_formats` tries on a text log; Non-finite values
are data and are kept.
"""

from __future__ import annotations

import ast
import math
import re
import warnings
from typing import Any

from lossmon.server.log_fields import LOSS_SETTINGS, loss_part, normalise
from lossmon.server.text_logs import Row, TextLog, appended_runs, number


def python_literal(text: str) -> Any:
    """Return ast.literal_eval(text), without the warnings Python prints for text such as
    `{'epoch': 1in}` or `'C:\\data'` read as code (SyntaxWarning, DeprecationWarning before
    Python 3.12; on stderr, under the command's output)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        return ast.literal_eval(text)


#: The Python dicts a training loop prints: its step (where it prints one), and the names
#: of its training and evaluation losses (Trainer's, and Accelerate examples' `loss/train`).
CONSOLE_STEP = ("step", "steps", "global_step")
CONSOLE_TRAIN = ("loss", "train_loss", "loss/train", "train/loss")
CONSOLE_EVAL = ("eval_loss", "val_loss", "loss/eval", "eval/loss", "val/loss")
#: A custom loop's held-out loss where the run names no other (`{'train_loss': ..,
#: 'test_loss': ..}` an epoch); beside a validation loss, a closing test-set evaluation is no
#: point of the validation series.
CONSOLE_TEST = "test_loss"


#: A setting's name labelling the dict printed after it (Mask R-CNN's `config.display()`:
#: `LOSS_WEIGHTS   {'rpn_class_loss': 1.0, ...}`): the weights of losses, not their values.
_SETTING_LABEL = re.compile(rf"(?:{'|'.join(LOSS_SETTINGS)})\w*\s*[:=]?\s*$", re.IGNORECASE)


def read_trainer_console(lines: list[str]) -> TextLog:
    """Hugging Face Trainer console output: `{'loss': 0.166, 'learning_rate': 6e-05,
    'epoch': 1.0}` lines (also at the end of a progress bar's line, or after a script's own
    `Epoch 3:`), and the like of a loop that prints its step (`{'steps': 99, 'loss/train':
    9.17}`, Accelerate's examples); not a dict a setting's name labels (loss weights).
    Without a printed step, a train log's step is the count of train logs so far; an
    evaluation takes the step of the train log before it; the summary (train_runtime,
    train_loss) is skipped. Launches appended to one file are runs apart:
    where the epoch (the dict's, else the one printed before it) or the printed step falls
    back, the count starts again."""
    found = re.compile(r"\{'[^{}]*\}")
    printed_epoch = re.compile(r"\bepoch\s*:?\s*(\d+)\b", re.IGNORECASE)
    # Python prints non-finite floats bare (nan, inf), which literal_eval does not read.
    bare = re.compile(r"(?<=: )(-?(?:nan|inf))(?=[,}])")
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    step = 0
    matched = first = last = 0  # first and last: the lines of the run's first and last values
    last_epoch = -math.inf
    columns: dict[str, str] = {}
    printed_any = False  # whether any dict printed its step
    for n, line in enumerate(lines, start=1):
        # What a dict's label or epoch is looked for in: the line before it, searched a piece
        # at a time (from the dict before), not again from the start for each of a line's
        # dicts (a printed dataset of 10,000 dicts on one line). A dict printed twice on a line
        # has each copy's own text before it.
        said: re.Match[str] | None = None
        searched = 0
        for dict_found in found.finditer(line):
            text, start = dict_found.group(), dict_found.start()
            said = said or printed_epoch.search(line, searched, start)
            piece, searched = line[searched:start], start
            try:
                entry = python_literal(bare.sub(r"'\1'", text))
            except (SyntaxError, ValueError, TypeError):  # TypeError: {[1]: 2}
                continue
            if not isinstance(entry, dict) or "train_runtime" in entry or "test_runtime" in entry:
                continue  # the summaries of `train()` and `predict()`, no point of the run
            if isinstance(entry.get("status"), str):
                continue  # a hyperopt trial's result (`{'loss': -0.96, 'status': 'ok'}`)
            if any(_word(entry.get(k)) for k in (*CONSOLE_TRAIN, *CONSOLE_EVAL, CONSOLE_TEST)):
                continue  # a run's settings (`{'lr': 0.0005, 'loss': 'nse_loss'}`): no point
            where = f"line {n}"
            if _SETTING_LABEL.search(piece):
                continue  # a config's loss weights (Mask R-CNN's `LOSS_WEIGHTS  {...}`)
            epoch = entry.get("epoch", float(said[1]) if said else None)
            printed = next((entry[k] for k in CONSOLE_STEP if _whole(entry.get(k))), None)
            printed_any = printed_any or printed is not None
            back = printed is not None and printed < step
            if isinstance(epoch, (int, float)) and not isinstance(epoch, bool):
                back = back or epoch < last_epoch
                last_epoch = epoch
            if back and rows:
                runs.append((rows, first, last))
                rows, step, first = [], 0, n
            train = next((k for k in CONSOLE_TRAIN if _point(entry, k)), None)
            val = next((k for k in CONSOLE_EVAL if _point(entry, k)), None)
            if val is None and columns.get("val", CONSOLE_TEST) == CONSOLE_TEST:
                val = CONSOLE_TEST if _point(entry, CONSOLE_TEST) else None
            if train is None and val is None:
                train = _loss_part(entry)
            if train is not None:
                step = printed if printed is not None else step + 1
                rows.append((step, "train", {"loss": number(entry[train], where)}))
                columns.setdefault("train", train)
                if entry.get("learning_rate") is not None:
                    rows.append((step, "lr", {"lr": number(entry["learning_rate"], where)}))
                    columns.setdefault("lr", "learning_rate")
            elif printed is not None:
                step = printed
            if val is not None:
                values = {"loss": number(entry[val], where)}
                if entry.get("perplexity") is not None:  # printed beside it (Accelerate's)
                    values["ppl"] = number(entry["perplexity"], where)
                rows.append((step, "val", values))
                columns.setdefault("val", val)
            if train is not None or val is not None:
                matched += 1
                first, last = first or n, n
    runs.append((rows, first, last))
    counted = "printed step" if printed_any else "train log count"
    fmt = f"Trainer console log (step = {counted})"
    return appended_runs("trainer_console", fmt, runs, columns, matched)


def _loss_part(entry: dict[Any, Any]) -> str | None:
    """Return the key of a printed dict's loss named by its part alone (`{'my_loss':
    Array(555.99)}` of a Penzai loop, a GAN's `{'g_loss': ..., 'd_loss': ...}`) whose value is
    a number, None when it has none."""
    numbers = {
        normalise(k): k
        for k, v in entry.items()
        if isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool)
    }
    part = loss_part(numbers)
    return numbers[part] if part in numbers else None


def _point(entry: dict[Any, Any], key: str) -> bool:
    """Whether a printed dict holds `key` as one value, not as a history of them (Flower's
    closing `{'loss': [(1, 2.11), (2, 1.29), ...]}`: a summary, no point of the run)."""
    return key in entry and not isinstance(entry[key], (list, tuple, dict))


def _word(value: Any) -> bool:
    """Whether a printed value is a word, not a number (`'nse_loss'`, the loss function a
    run's settings name; a bare nan quoted before reading, or `'0.5'`, reads as a number)."""
    if not isinstance(value, str):
        return False
    try:
        float(value)
    except ValueError:
        return True
    return False


def _whole(value: Any) -> bool:
    """Whether a printed value is a whole number (a step), not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)
