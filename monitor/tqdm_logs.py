"""Read a training loss that only a tqdm progress bar shows, in its postfix.

A captured console (`nohup python train.py > train.log`) keeps every redraw of the bar,
carriage returns between them: `Epoch 0/10, Step 41/4684:   1%|          | 42/46840
[00:20<6:05:31,  2.13it/s, lr=4.2e-6, total_loss=0.213]`. The postfix is what the loop last
set (`set_postfix(loss=...)`). Where it is set before the bar first counts (a loop that sets
it before its `update()`, or a `for batch in tqdm(loader)` loop, whose count goes up after
the body), the first redraw that shows the count at n holds the n-th update's loss (the later
ones the next update's); where it is first set after an update (`update(1)`, then
`set_postfix`), the last redraw at n does. step = n, the bar's own count; a bar started
again (the next epoch's) goes on from the total of the one before. Non-finite values are
kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from lossmon.server.log_fields import (
    RECORD_LR,
    RECORD_TRAIN,
    RECORD_VAL,
    choose,
    is_lr,
    is_train_loss,
    is_val_loss,
)
from lossmon.server.text_logs import NUMBER, Row, TextLog, number

# `| 42/46840 [00:20<6:05:31,  2.13it/s, lr=4.2e-6, total_loss=0.213]` (a bar without a total
# prints `42it [00:20,  2.13it/s, ...]`): the count, the total, and the postfix after the rate.
_BAR = re.compile(
    r"(?:\|\s*|\s)(\d+)(?:/(\d+)|it)\s*\[[\d:?]+(?:<[\d:?]+)?,\s*[^,\]]*?/[^,\]]*"
    r"(?:,\s*([^\]]+))?\]"
)
# The bar drawn before the count (`  14%|███▏    `), and the numbers of a description.
_PERCENTAGE = re.compile(r"\s*\d+%\|[^|]*$")
_DIGITS = re.compile(r"\d+")
_POSTFIX = re.compile(rf"([^\W\d][\w/.]*)=({NUMBER})(?=\s*(?:,|$))")

#: A redraw: its line, the bar's count and total (-1 without one), and its postfix's values.
Redraw = tuple[int, int, int, dict[str, str]]


def read_tqdm(lines: list[str]) -> TextLog:
    """Return the losses in a tqdm bar's postfix, at the bar's count (see the module). Bars
    are told apart by their description (its numbers aside) and total: an epoch's bar
    redrawn between the redraws of an outer one is another bar. Of several that show a loss,
    the one with the most updates is read."""
    bars: dict[tuple[str, int], list[list[Redraw]]] = {}  # each bar's runs, by its identity
    for n, line in enumerate(lines, start=1):
        end = 0
        for m in _BAR.finditer(line):
            said = _PERCENTAGE.sub("", line[end : m.start()])
            end = m.end()
            total = int(m[2]) if m[2] else -1
            key = (_DIGITS.sub("#", said).strip(" :"), total)
            redraw = (n, int(m[1]), total, dict(_POSTFIX.findall(m[3] or "")))
            runs = bars.setdefault(key, [[]])
            if runs[-1] and redraw[1] < runs[-1][-1][1]:
                runs.append([])  # started again (the next epoch's)
            runs[-1].append(redraw)
    best: list[Row] = []
    columns: dict[str, str] = {}
    read: list[list[Redraw]] = []
    for runs in bars.values():
        rows, names = _bar_rows(runs)
        if len({r[0] for r in rows}) > len({r[0] for r in best}):
            best, columns, read = rows, names, runs
    matched = len({r[0] for r in best})
    fmt = "tqdm progress bar's postfix (step = the bar's count)"
    if "val" not in columns and (outer := _outer_validation(read, bars.values())):
        best = sorted(best + outer[0], key=lambda r: (r[0], r[1] != "train"))
        columns["val"] = outer[1]
        fmt += ", validation from the epochs' bar around it"
    return TextLog("tqdm", fmt, best, columns, matched)


def _outer_validation(
    inner: list[list[Redraw]], bars: Iterable[list[list[Redraw]]]
) -> tuple[list[Row], str] | None:
    """Return the validation losses of a bar drawn around the one read, and their name: tqdm's
    Keras callback draws an epochs' bar (`3/10 [..., loss=4.82, val_loss=4.36]`) around each
    epoch's batches' bar, whose postfix has no validation. The epochs' bar counts the runs of
    the batches' bar: its count k is at the end of the k-th of them. None where no other bar
    shows a validation loss at counts the runs of the one read reach."""
    ends = list(itertools.accumulate(_length(bar) for bar in inner))
    # The lines each run of the inner bar spans: the outer bar's count k is drawn after the
    # k-th run's last line and before the next run's first.
    first_lines = [b[0][0] for b in inner]
    last_lines = [b[-1][0] for b in inner]
    for runs in bars:
        if runs is inner or len(runs) != 1 or 0 < runs[0][0][2] < len(inner):
            continue
        rows: list[Row] = []
        name = None
        for n, count, values in _updates(runs[0]):
            name = name or choose(list(values), RECORD_VAL, is_val_loss)
            if name is None or name not in values or count <= 0:
                continue
            # Counted beyond the epochs, or not drawn between them: another bar (an
            # evaluation's batches).
            if (
                count > len(ends)
                or n < last_lines[count - 1]
                or (count < len(ends) and n > first_lines[count])
            ):
                rows = []
                break
            rows.append((ends[count - 1], "val", {"loss": number(values[name], f"line {n}")}))
        if rows and name is not None:
            return rows, name
    return None


def _bar_rows(runs: list[list[Redraw]]) -> tuple[list[Row], dict[str, str]]:
    """Return the rows and columns of one bar's runs, each run's counts after the totals of
    the runs before it."""
    rows: list[Row] = []
    columns: dict[str, str] = {}
    offset = 0  # the counts of the runs before this one
    for bar in runs:
        for n, count, values in _updates(bar):
            names = list(values)
            chosen = {
                "train": choose(names, RECORD_TRAIN, is_train_loss),
                "val": choose(names, RECORD_VAL, is_val_loss),
                "lr": choose(names, RECORD_LR, is_lr),
            }
            if chosen["train"] is None and chosen["val"] is None:
                continue
            for split, name in chosen.items():
                if name is not None:
                    value = number(values[name], f"line {n}")
                    point = {"lr": value} if split == "lr" else {"loss": value}
                    rows.append((offset + count, split, point))
                    columns.setdefault(split, name)
        offset += _length(bar)
    return rows, columns


def _length(bar: list[Redraw]) -> int:
    """Return the updates one run of a bar stands for: its total, else its last count."""
    return bar[-1][2] if bar[-1][2] > 0 else bar[-1][1]


def _updates(bar: list[Redraw]) -> list[tuple[int, int, dict[str, str]]]:
    """Return (line, count, values) of each update of a bar that shows values: where the
    postfix is set before the bar first counts (a loop setting it before update(), or a `for
    batch in tqdm(...)` loop, whose count goes up after the body), the first redraw at each
    count holds that update's values; where it is set after (update(), then set_postfix()),
    the last."""
    shown = [r for r in bar if r[3]]
    if not shown:
        return []
    first = shown[0][1] == bar[0][1]  # values shown before the first update
    updates: dict[int, tuple[int, int, dict[str, str]]] = {}
    for n, count, _, values in shown:
        if count == bar[0][1] or (first and count in updates):
            continue  # before any update, or the update's values already read
        updates[count] = (n, count, values)
    return list(updates.values())
