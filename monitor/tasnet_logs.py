"""Read the log of the speech-separation trainers of the Conv-TasNet and Dual-Path-RNN
repositories (funcwj's, JusperLee's and their many forks): progress lines in angle brackets
during each epoch, and each loop's summary at its end,

    Training model ......                      (or: Start training from epoch: 1, iter: 0)
    <epoch:  1, iter:200, lr:1.000e-03, loss:5.894, batch:200 utterances>
    <epoch:  1, lr:1.000e-03, loss:4.434, Total time:64.220 min>
    Validation model ......                    (or: Start Validation from epoch: 1, iter: 0)
    Finished *** <epoch:1, iter:375, lr:1.000e-03, loss:7.632, Total time:2.765 min>

step = the printed epoch; train and val = the loss of each loop's summary (the mean over the
epoch; a negative SI-SNR is negative once separation works), the loop named by the last
heading before it; lr = the training summary's. Runs and resumes as `Launches` tells them
apart, but a validation of an epoch the run already holds, printed before its training goes
on, is the checkpoint evaluated again on resuming: the evaluation it already has stands.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Launches, Row, TextLog, appended_runs, number

# The brackets' length is bounded: a line of unclosed heads is not scanned to its end for each.
_BRACKET = re.compile(r"<(epoch:\s*\d+,[^<>]{0,300})>")
_PAIR = re.compile(rf"\s*([A-Za-z_][\w ]*?)\s*:\s*({NUMBER})\s*(?:min)?\s*")
_TRAINING = re.compile(r"Training model \.|Start training from epoch")
_VALIDATION = re.compile(r"Validation model \.|Start Validation from epoch")


def read_tasnet(lines: list[str]) -> TextLog:
    """Return the log's runs: each epoch's training and validation summaries, and the lr."""
    launches = Launches()
    matched = headings = 0
    name: str | None = None
    split = "train"
    pending: dict[str, Row] = {}
    pending_at = (0, 0)  # (step, line) of the summaries not yet added

    def flush() -> None:
        if pending:
            step, line = pending_at
            launches.add(line, step, [pending[s] for s in ("train", "lr", "val") if s in pending])
            pending.clear()

    for n, line in enumerate(lines, start=1):
        if "<epoch:" not in line:
            # A loop's heading is the format's line too (it names the loop that follows).
            if _TRAINING.search(line):
                split, headings = "train", headings + 1
            elif _VALIDATION.search(line):
                split, headings = "val", headings + 1
            continue
        if not (m := _BRACKET.search(line)):
            continue
        values = _values(m[1])
        name = name or next((k for k in values if "loss" in k), None)
        if name is None or name not in values:
            continue
        matched += 1
        if "Total time" not in values:
            continue  # a progress line: the summary gives the epoch's mean
        step = int(values["epoch"])
        if split == "val" and step != pending_at[0] and _evaluated(launches.rows, step):
            continue
        if step != pending_at[0]:
            flush()
            pending_at = (step, n)
        where = f"line {n}"
        pending[split] = (step, split, {"loss": number(values[name], where)})
        if split == "train" and "lr" in values:
            pending["lr"] = (step, "lr", {"lr": number(values["lr"], where)})
    flush()
    # Its lines (the headings too) are the format's only beside its own summaries: progress
    # lines alone are left to the readers of labelled values.
    matched = matched + headings if launches.runs or launches.rows else 0
    fmt = "Conv-TasNet trainer log (step = the printed epoch)"
    columns = {"train": name, "val": name, "lr": "lr"} if name else {}
    return appended_runs("tasnet", fmt, launches.done(), columns, matched)


def _values(bracket: str) -> dict[str, str]:
    """Return the bracket's `name:value` pairs (`sisnr loss:-12.1`, `Total time:2.7 min`)."""
    pairs = (_PAIR.fullmatch(part) for part in bracket.split(","))
    return {p[1]: p[2] for p in pairs if p}


def _evaluated(rows: list[Row], step: int) -> bool:
    """Whether the run already holds a validation at `step` past its first (a launch from the
    start evaluates its untrained model at its first step again: a run apart)."""
    return bool(rows) and step > rows[0][0] and any(r[0] == step and r[1] == "val" for r in rows)
