"""Read the training log of AnyNet (mileyan/AnyNet's `main.py` and `finetune.py`, Python
logging to `results/*/training.log`) and of the stereo-matching code that copies its logger
(StereoNet ports): every `print_freq` minibatches a line

    Epoch3 [100/5909] Stage 0 = 1.37(4.34)	Stage 1 = 1.12(2.53)	Stage 2 = 1.04(2.39)

(each stage's loss on that minibatch, in brackets its running mean over the epoch), and at
each epoch's end `Average train loss = Stage 0 = 0.35	Stage 1 = 0.65	Stage 2 = 1.09`. The
test lines are a 3-pixel error, a metric: no validation loss.

The loss read is the last stage's, the network's finest disparity (the SPN-refined one where
the model has that stage). A launch that ended two epochs or more is read by its epoch means
at the epoch counted from 1 (the script counts from 0: `This is 0-th epoch`); one stopped
inside its first epoch by its minibatches at the global minibatch number. Every launch
appends to the same file: where the epoch and minibatch counters go back, a launch starts,
a run apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, number

_STAGE = re.compile(rf"Stage (\d+) = ({NUMBER})")
_MINIBATCH = re.compile(r"\bEpoch(\d+) \[(\d+)/(\d+)\]\s+Stage \d+ = ")
_AVERAGE = re.compile(r"\bAverage train loss = Stage \d+ = ")
_EPOCH_START = re.compile(r"\bThis is (\d+)-th epoch\b")


class _Launch:
    """One launch's minibatch losses and epoch means, each of its last stage."""

    def __init__(self, line: int) -> None:
        self.first = self.last = line
        self.minibatches: list[Row] = []
        self.means: dict[int, float] = {}
        self.stage = 0

    def rows(self) -> tuple[list[Row], str]:
        """Return the rows the launch is read by and the words saying what they are."""
        if len(self.means) >= 2:
            rows = [(epoch + 1, "train", {"loss": v}) for epoch, v in sorted(self.means.items())]
            return rows, "step = epoch + 1, the epoch means"
        return self.minibatches, "step = the minibatch, its loss"


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
        launch = launches[-1]
        launch.stage = max(stages)
        launch.last = n
        value = number(stages[launch.stage], f"line {n}")
        matched += 1
        if step is None:
            launch.means[at[0]] = value
        else:
            launch.minibatches = [r for r in launch.minibatches if r[0] < step]
            launch.minibatches.append((step, "train", {"loss": value}))
    runs = []
    for launch in launches:
        rows, what = launch.rows()
        if rows:
            runs.append((f"AnyNet training log ({what})", rows, launch.first, launch.last))
    names = dict.fromkeys(f"Stage {launch.stage}" for launch in launches if launch.rows()[0])
    columns = {"train": " / ".join(names)} if names else {}
    log = TextLog(
        "anynet", runs[0][0] if runs else "", runs[0][1] if runs else [], columns, matched
    )
    if len(runs) > 1:
        log.runs = runs
    return log
