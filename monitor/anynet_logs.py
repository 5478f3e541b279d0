"""Read the training log of AnyNet (mileyan/AnyNet's `main.py` and `finetune.py`, Python
logging to `results/*/training.log`) and of the stereo-matching code that copies its logger
(StereoNet ports): every `print_freq` minibatches a line

    Epoch3 [100/5909] Stage 0 = 1.37(4.34)	Stage 1 = 1.12(2.53)	Stage 2 = 1.04(2.39)

(each stage's loss on that minibatch, in brackets its running mean over the epoch), and at
each epoch's end `Average train loss = Stage 0 = 0.35	Stage 1 = 0.65	Stage 2 = 1.09`. The
test lines are a 3-pixel error, a metric: no validation loss.

The loss read is the last stage a launch's first minibatch line prints, the network's finest
disparity, for the whole launch: `finetune.py` trains its SPN refinement only from
`start_epoch_for_spn` on, printing that stage's mean as 0.00 before and its loss after (a
series switching stages would step where nothing happened). A launch is read by its epoch
means, at the epoch counted from 1 (the script counts from 0: `This is 0-th epoch`), where it
printed two or more and one for every epoch it finished; else (stopped inside its first epoch,
a port that prints no means) by its minibatches at the global minibatch number. Every launch
appends to the same file: where the epoch and minibatch counters go back, a launch starts, a
run apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, described_runs, number

_STAGE = re.compile(rf"Stage (\d+) = ({NUMBER})")
_MINIBATCH = re.compile(r"\bEpoch(\d+) \[(\d+)/(\d+)\]\s+Stage \d+ = ")
_AVERAGE = re.compile(r"\bAverage train loss = Stage \d+ = ")
_EPOCH_START = re.compile(r"\bThis is (\d+)-th epoch\b")


class _Launch:
    """One launch's minibatch losses of its stage and epoch means of every stage."""

    def __init__(self, line: int) -> None:
        self.first = self.last = line
        self.stage: int | None = None  # fixed by the first minibatch line
        self.minibatches: list[Row] = []
        self.epochs: set[int] = set()  # those its minibatch lines were in
        self.means: dict[int, tuple[int, dict[int, str]]] = {}  # epoch: (line, stage: value)

    def add_minibatch(self, n: int, epoch: int, step: int, stages: dict[int, str]) -> None:
        """Add the minibatch at `step` printed on line `n`."""
        if self.stage is None:
            self.stage = max(stages)
        if self.stage not in stages:
            return
        while self.minibatches and self.minibatches[-1][0] >= step:
            self.minibatches.pop()
        self.minibatches.append((step, "train", {"loss": number(stages[self.stage], f"line {n}")}))
        self.epochs.add(epoch)
        self.last = n

    def rows(self) -> tuple[list[Row], str, int | None]:
        """Return the rows the launch is read by, the words saying what they are and the
        stage read."""
        stage = self.stage
        if stage is None and self.means:
            stage = max(next(iter(self.means.values()))[1])
        finished = self.epochs - {max(self.epochs)} if self.epochs else set()
        means = {e: (n, s[stage]) for e, (n, s) in self.means.items() if stage in s}
        if len(means) >= 2 and finished <= means.keys():
            rows = [
                (epoch + 1, "train", {"loss": number(v, f"line {n}")})
                for epoch, (n, v) in sorted(means.items())
            ]
            return rows, "step = epoch + 1, the epoch means", stage
        return self.minibatches, "step = the minibatch, its loss", stage


def read_anynet(lines: list[str]) -> TextLog:
    """Return each launch's loss of its last stage: its epoch means, else its minibatches."""
    launches: list[_Launch] = []
    at: tuple[int, int] | None = None  # the (epoch, minibatch) counters last met
    matched = 0
    for n, line in enumerate(lines, start=1):
        if "Stage" not in line and "-th epoch" not in line:
            continue
        average = _AVERAGE.search(line) is not None
        counted = _EPOCH_START.search(line) or _MINIBATCH.search(line)
        step = None  # a minibatch's, counted over the launch
        if counted is not None:
            minibatch = counted.re is _MINIBATCH
            now = (int(counted[1]), int(counted[2]) if minibatch else -1)
            # Counters back where they were or before: the next launch (each starts again).
            if at is None or now < at or (now == at and not minibatch):
                launches.append(_Launch(n))
            at = now
            if not minibatch:
                continue
            step = now[0] * int(counted[3]) + now[1]
        elif not average or at is None:
            continue
        stages = {int(k): v for k, v in _STAGE.findall(line)}
        if not stages:
            continue
        matched += 1
        launch = launches[-1]
        if step is None:
            launch.means[at[0]] = (n, stages)
            launch.last = n
        else:
            launch.add_minibatch(n, at[0], step, stages)
    runs = []
    read: dict[str, None] = {}  # the stages the runs are read through
    for launch in launches:
        rows, what, stage = launch.rows()
        if rows:
            runs.append((f"AnyNet training log ({what})", rows, launch.first, launch.last))
            read[f"Stage {stage}"] = None
    columns = {"train": " / ".join(read)} if read else {}
    return described_runs("anynet", runs, columns, matched)
