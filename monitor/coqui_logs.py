"""Read the console of Coqui's 👟 Trainer (Coqui TTS: VITS, XTTS, Glow-TTS, Tacotron, its
vocoders), as `trainer_0_log.txt` keeps it and notebooks print it: a header
`--> TIME: ... -- STEP: 99/630 -- GLOBAL_STEP: 845600` every `print_step` steps, then a
`| > name: value  (epoch's running mean)` line per value; after each epoch an
`--> EVAL PERFORMANCE` block of `| > avg_name: value (change)` lines.

The training loss is the header's batch value (not the running mean) at GLOBAL_STEP, the
validation loss the evaluation's average of the same name at the end of the epoch (the last
header's GLOBAL_STEP - STEP + the epoch's steps), the lr `current_lr`. The loss is `loss`
(XTTS' `loss_mel_ce`, as its training total is divided by the gradient accumulation), or
where a model trains with several optimizers and prints each one's total as `loss_0`,
`loss_1`, ...: the generator's (the total whose terms name one: `loss_gen`), as it is the
model a user trains (VITS' discriminator is `loss_0`, its generator `loss_1`). An evaluation
before any training print has no step and is passed over. ANSI colours are dropped, also
where a notebook's capture kept them without their escape character. A launch whose GLOBAL_STEP goes
back (a new run appended to the file) is a run apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

#: ANSI colour codes, also where a capture lost their escape character (`[92m 2.63 [0m`).
_COLOUR = re.compile(r"\x1b?\[[0-9;]*m")

_HEADER = re.compile(r"-->\s*(?:TIME:.*?--\s*)?STEP:\s*(\d+)/(\d+)\s*--\s*GLOBAL_STEP:\s*(\d+)")
_VALUE = re.compile(rf"\|\s*>\s*(\w+):\s*({NUMBER})(?:\s.*)?")
_EVAL = "EVAL PERFORMANCE"
_TOTAL = re.compile(r"loss_(\d+)")
#: XTTS' audio-token loss, the bulk of its total: its trainer prints the training total
#: divided by the gradient accumulation and the evaluation's not, so the total's two splits
#: are not one scale.
_XTTS = "loss_mel_ce"

Block = tuple[int, str, dict[str, str], int]  # (step, split, printed values by name, line)


def read_coqui(lines: list[str]) -> TextLog:
    """Return the console's runs: the loss at each print and after each epoch, and the lr."""
    blocks: list[Block] = []
    matched = 0
    header: tuple[int, int, int] | None = None  # the last (STEP, steps in the epoch, GLOBAL_STEP)
    current: dict[str, str] | None = None
    for n, line in enumerate(lines, start=1):
        if "|" not in line and "-->" not in line:
            continue
        text = _COLOUR.sub("", line).strip()
        if m := _HEADER.search(text):
            header = (int(m[1]), int(m[2]), int(m[3]))
            current = {}
            blocks.append((header[2], "train", current, n))
        elif _EVAL in text:
            current = None
            if header is not None:
                step, steps, global_step = header
                current = {}
                blocks.append((global_step - step + steps, "val", current, n))
        elif current is not None and (m := _VALUE.fullmatch(text)):
            name = m[1].removeprefix("avg_") if blocks[-1][1] == "val" else m[1]
            current.setdefault(name, m[2])
        else:
            continue
        matched += 1
    loss = _loss_name(blocks)
    lr = _lr_name(blocks, loss)
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = previous = 0
    for step, split, values, n in blocks:
        if split == "train" and rows and step <= previous:
            runs.append((rows, first, last))
            rows, first = [], 0
        if loss in values:
            rows.append((step, split, {"loss": number(values[loss], f"line {n}")}))
        if split == "train" and lr in values:
            rows.append((step, "lr", {"lr": number(values[lr], f"line {n}")}))
        first, last, previous = first or n, n, step if split == "train" else previous
    runs.append((rows, first, last))
    runs = [run for run in runs if run[0]]
    fmt = "Coqui Trainer console (step = GLOBAL_STEP, val at the epoch's end)"
    columns = {"train": loss, "val": f"avg_{loss}", "lr": lr}
    return appended_runs("coqui", fmt, runs, columns, matched if runs else 0)


def _loss_name(blocks: list[Block]) -> str:
    """The printed name of the loss to read: `loss`, else the generator's optimizer total."""
    names = [list(values) for _, split, values, _ in blocks if split == "train"]
    if any(_XTTS in printed for printed in names):
        return _XTTS
    if any("loss" in printed for printed in names):
        return "loss"
    for printed in names:
        terms: list[str] = []
        for name in printed:
            if _TOTAL.fullmatch(name):
                if any("gen" in term for term in terms):
                    return name
                terms = []
            else:
                terms.append(name)
    return next((name for printed in names for name in printed if _TOTAL.fullmatch(name)), "")


def _lr_name(blocks: list[Block], loss: str) -> str:
    """The printed name of the lr: `current_lr`, or the chosen optimizer's `current_lr_N`."""
    index = m[1] if (m := _TOTAL.fullmatch(loss)) else None
    names = {name for _, _, values, _ in blocks for name in values}
    if "current_lr" in names or index is None:
        return "current_lr"
    return f"current_lr_{index}"
