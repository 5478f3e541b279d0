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
# A name runs to its colon (no backtracking inside it: a part of spaces is read in linear time).
_PAIR = re.compile(rf"\s*([A-Za-z_][^:,]*):\s*({NUMBER})\s*(?:min)?\s*")
_TRAINING = re.compile(r"Training model \.|Start training from epoch")
_VALIDATION = re.compile(r"Validation model \.|Start Validation from epoch")


def read_tasnet(lines: list[str]) -> TextLog:
    """Return the log's runs: each epoch's training and validation summaries, and the lr."""
    epochs = _Epochs()
    matched = headings = 0
    name: str | None = None
    split = "train"
    trained = False  # a training summary came since the last validation's
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
        loss = number(values[name], f"line {n}")
        this = split
        if not headings:
            # Without headings (a log cut to its summaries) the epoch's second summary, the
            # one after its training's, is validation's; the same printed twice is one.
            held = epochs.pending(step, "train")
            if held is not None and held == loss:
                continue
            this = "val" if held is not None else "train"
        if this == "val" and not trained and epochs.holds(step, "val"):
            continue  # a resume's evaluation of its checkpoint again
        trained = this == "train"
        epochs.put(n, (step, this, {"loss": loss}))
        if this == "train" and "lr" in values:
            epochs.put(n, (step, "lr", {"lr": number(values["lr"], f"line {n}")}))
    runs = epochs.done()
    # Its lines (the headings too) are the format's only beside its own summaries: progress
    # lines alone are left to the readers of labelled values.
    matched = matched + headings if runs else 0
    fmt = "Conv-TasNet trainer log (step = the printed epoch)"
    columns = {"train": name, "val": name, "lr": "lr"} if name else {}
    return appended_runs("tasnet", fmt, runs, columns, matched)


class _Epochs:
    """The summaries read, an epoch's added to the launches once the next epoch's come (its
    training and validation at one step, in that order)."""

    def __init__(self) -> None:
        self.launches = Launches()
        self.rows: dict[str, Row] = {}
        self.step: int | None = None
        self.first = self.last = 0  # lines of the epoch's first and last summary

    def pending(self, step: int, split: str) -> float | None:
        """Return the loss of `split` at `step` among the summaries not yet added, or None."""
        row = self.rows.get(split) if step == self.step else None
        return row[2]["loss"] if row is not None else None

    def holds(self, step: int, split: str) -> bool:
        """Whether the run holds `split` at `step` already, past its first step (a launch
        from the start evaluates its untrained model at its first step again: a run apart)."""
        if step == self.step and split in self.rows:
            return True
        held = self.launches.rows
        return (
            bool(held) and step > held[0][0] and any(r[0] == step and r[1] == split for r in held)
        )

    def put(self, line: int, row: Row) -> None:
        """Keep one summary's row (a later one of its split and epoch wins)."""
        if row[0] != self.step:
            self._flush()
            self.step, self.first = row[0], line
        self.rows[row[1]] = row
        self.last = line

    def done(self) -> list[tuple[list[Row], int, int]]:
        """Return the runs, each its rows and its first and last line."""
        self._flush()
        return self.launches.done()

    def _flush(self) -> None:
        if self.rows and self.step is not None:
            found = [self.rows[s] for s in ("train", "lr", "val") if s in self.rows]
            self.launches.add(self.first, self.step, found)
            self.launches.last = self.last
            self.rows = {}


def _values(bracket: str) -> dict[str, str]:
    """Return the bracket's `name:value` pairs (`sisnr loss:-12.1`, `Total time:2.7 min`)."""
    pairs = (_PAIR.fullmatch(part) for part in bracket.split(","))
    return {p[1].rstrip(): p[2] for p in pairs if p}
