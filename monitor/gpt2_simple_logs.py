"""Read the prints of OpenAI GPT-2 fine-tuning as gpt-2-simple (and nshepperd's `train.py`
it came from) writes them, most often kept in a Colab notebook's output:

    [10 | 28.01] loss=3.25 avg=3.19
    ======== SAMPLE 1 ========

step = the printed counter (a run resumed from its checkpoint counts on); train = `loss`, the
current minibatch's (`avg` is a running mean the tool smooths with, not a point of the run).
Runs and resumes as `Launches` tells them apart: a counter back at its start is the notebook
fine-tuning again.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Launches, TextLog, appended_runs, number

_PRINT = re.compile(rf"\s*\[(\d+) \| [\d.]+\] loss=({NUMBER}) avg=({NUMBER})\s*")


def read_gpt2_simple(lines: list[str]) -> TextLog:
    """Return the runs of gpt-2-simple's fine-tuning: the minibatch loss at each counter."""
    launches = Launches()
    matched = 0
    for n, line in enumerate(lines, start=1):
        if "loss=" not in line or (m := _PRINT.fullmatch(line)) is None:
            continue
        step = int(m[1])
        launches.add(n, step, [(step, "train", {"loss": number(m[2], f"line {n}")})])
        matched += 1
    fmt = "gpt-2-simple fine-tuning prints (step = the printed counter)"
    return appended_runs("gpt2_simple", fmt, launches.done(), {"train": "loss"}, matched)
