"""Read the console of ST-GCN's processor (yysijie/st-gcn, mmskeleton: torchlight's `IO` logger
writing `work_dir/log.txt`), each line behind a `[mm.dd.yy|hh:mm:ss]` stamp:

    Training epoch: 3
        Iter 1200 Done. | loss: 1.2516 | lr: 0.100000
        mean_loss: 1.251647293114964
    Eval epoch: 3
        mean_loss: 1.1699509129452346
        Top1: 58.41%

`mean_loss` after `Training epoch: E` is that epoch's mean over its minibatches (train), after
`Eval epoch: E` the evaluation's (val), both at the epoch counted from 1 (E is 0-based); the lr
is the last `Iter` line's of the epoch. A launch that finished no epoch (stopped inside its
first) is read by its `Iter` lines (loss and lr) at the printed iteration. Every launch
appends to one file after its `Parameters:` dump, each launch a run; a test-phase launch
(`Evaluation Start:`, then its `mean_loss`) is no training's.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, described_runs, number

#: Every line of the logger's file begins with its time (other scripts print `mean_loss:` too).
_STAMP = r"\[\d\d\.\d\d\.\d\d\|\d\d:\d\d:\d\d\]\s*"
_EPOCH = re.compile(rf"{_STAMP}(Training|Eval) epoch: (\d+)\s*")
_MEAN = re.compile(rf"{_STAMP}mean_loss: ({NUMBER})\s*")
#: A launch's settings, or a test-phase launch's start: no training epoch's lines follow.
_BREAK = re.compile(rf"{_STAMP}(?:Parameters|Evaluation Start):\s*")
_ITER = re.compile(rf"{_STAMP}Iter (\d+) Done\. \| loss: ({NUMBER}) \| lr: ({NUMBER})\s*")


class _Launch:
    """One launch's epoch means (train and val), its lr a training epoch, its iterations (the
    minibatch's loss and lr)."""

    def __init__(self, line: int) -> None:
        self.first = self.last = line
        self.means: list[Row] = []
        self.lr: dict[int, float] = {}
        self.iterations: list[Row] = []

    def rows(self) -> tuple[list[Row], str]:
        """Return the launch's rows and the words saying what its step is."""
        if any(split == "train" for _, split, _ in self.means):
            lr = [(step, "lr", {"lr": v}) for step, v in self.lr.items()]
            rows = sorted(
                [*self.means, *lr], key=lambda r: (r[0], ("train", "lr", "val").index(r[1]))
            )
            return rows, "step = epoch + 1, the epoch means"
        return self.iterations, "step = the printed iteration, its minibatch"


def read_torchlight(lines: list[str]) -> TextLog:
    """Return each launch's epoch means (train and val) and lr, else its iterations."""
    launches: list[_Launch] = []
    phase: tuple[str, int] | None = None  # ("Training" or "Eval", epoch) the lines are in
    last: tuple[str, int] | None = None  # the epoch line met last, None after a launch's start
    matched = 0
    for n, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line.endswith(":") and _BREAK.fullmatch(line):
            phase = last = None  # a new launch's settings, or a test phase's start
        elif "epoch:" in line and (found := _EPOCH.fullmatch(line)):
            now = (found[1], int(found[2]))
            # The epoch back before the one met last, or a training epoch again: a launch
            # printed no settings (a console cut to its training lines).
            back = last is not None and (now[1] < last[1] or (now == last == ("Training", now[1])))
            if last is None or back:
                launches.append(_Launch(n))
            phase = last = now
            matched += 1
        elif phase is None:
            continue
        elif "mean_loss" in line and (mean := _MEAN.fullmatch(line)):
            split = "train" if phase[0] == "Training" else "val"
            launch = launches[-1]
            step = phase[1] + 1
            if not any(r[0] == step and r[1] == split for r in launch.means[-2:]):
                launch.means.append((step, split, {"loss": number(mean[1], f"line {n}")}))
            launch.last = n
            matched += 1
        elif "Iter" in line and (it := _ITER.fullmatch(line)) and phase[0] == "Training":
            launch = launches[-1]
            lr = number(it[3], f"line {n}")
            launch.iterations += [
                (int(it[1]), "train", {"loss": number(it[2], f"line {n}")}),
                (int(it[1]), "lr", {"lr": lr}),
            ]
            launch.lr[phase[1] + 1] = lr
            launch.last = n
            matched += 1
    runs = []
    for launch in launches:
        rows, what = launch.rows()
        if rows:
            runs.append((f"ST-GCN torchlight log ({what})", rows, launch.first, launch.last))
    means = sum("means" in fmt for fmt, _, _, _ in runs)  # runs read by their epoch means
    read = " / ".join(n for n, used in (("mean_loss", means), ("loss", len(runs) > means)) if used)
    columns = {"train": read, "val": "mean_loss", "lr": "lr"}
    return described_runs("torchlight", runs, columns, matched)
