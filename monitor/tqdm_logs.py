"""Read a training loss that only a tqdm progress bar shows, in its postfix.

A captured console (`nohup python train.py > train.log`) keeps every redraw of the bar,
carriage returns between them: `Epoch 0/10, Step 41/4684:   1%|          | 42/46840
[00:20<6:05:31,  2.13it/s, lr=4.2e-6, total_loss=0.213]`. The postfix is what the loop last
set (`set_postfix(loss=...)`): at the first redraw that shows the counter at n, it holds the
loss of the n-th update (whether the loop sets it before its `update()` or after it, as a
`for batch in tqdm(loader)` loop does). step = n, the bar's own count; a bar started again
(the next epoch's) goes on from the total of the one before. Non-finite values are kept.
"""

from __future__ import annotations

import re

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
    r"(?:\|\s*|\s)(\d+)(?:/(\d+)|it)\s*\[[\d:?]+(?:<[\d:?]+)?,\s*[^,\]]*?/[^,\]]*,\s*([^\]]+)\]"
)
_POSTFIX = re.compile(rf"([^\W\d][\w/.]*)=({NUMBER})(?=\s*(?:,|$))")


def read_tqdm(lines: list[str]) -> TextLog:
    """Return the losses in a tqdm bar's postfix, at the bar's count (see the module)."""
    rows: list[Row] = []
    columns: dict[str, str] = {}
    offset = 0  # the counts of the bars before this one
    last = total = -1  # the count and the total of the bar redrawn last
    matched = 0
    for n, line in enumerate(lines, start=1):
        if not (m := _BAR.search(line)):
            continue
        count = int(m[1])
        values = dict(_POSTFIX.findall(m[3]))
        if not values:
            continue
        if count < last:  # a new bar: the steps go on
            offset += total if total > 0 else last
        if count == last:
            continue  # the same update redrawn: its first redraw holds its values
        last, total = count, int(m[2]) if m[2] else -1
        if count == 0:
            continue  # no update counted yet
        names = list(values)
        chosen = {
            "train": choose(names, RECORD_TRAIN, is_train_loss),
            "val": choose(names, RECORD_VAL, is_val_loss),
            "lr": choose(names, RECORD_LR, is_lr),
        }
        if chosen["train"] is None and chosen["val"] is None:
            continue
        step = offset + count
        for split, name in chosen.items():
            if name is not None:
                value = number(values[name], f"line {n}")
                rows.append((step, split, {"lr": value} if split == "lr" else {"loss": value}))
                columns.setdefault(split, name)
        matched += 1
    fmt = "tqdm progress bar's postfix (step = the bar's count)"
    return TextLog("tqdm", fmt, rows, columns, matched)
