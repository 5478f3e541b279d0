"""Read the console of an Ultralytics YOLO training (`yolo train`, `model.train()`: YOLOv8,
YOLO11; YOLOv5 7.0's detect and segment `train.py`), as a notebook keeps it when the run's
`results.csv` was not committed: before each epoch a header `Epoch  GPU_mem  box_loss
seg_loss  cls_loss  dfl_loss  Instances  Size`, then the epoch's progress bar, `1/200  4.89G
0.9754  3.035  4.444  1.297  23  640: 100% 30/30 [...]`, each loss the running mean over the
epoch's batches so far. These consoles print no validation loss (their validation lines are
mAP), so a run is training only. YOLOv5 before 6.2 headed its bars `Epoch  gpu_mem  box  obj
cls  labels  img_size` (before 6.0 with a `total` beside them), its losses named without
`_loss`.

The loss read is the one a `results.csv` of the same run is read through
(:func:`lossmon.server.csv_logs.ultralytics_loss`; a classifier's only `loss`), its value the
epoch's last drawing of the bar, at the epoch as printed (YOLOv5's, counted from 0, plus 1).
An epoch whose bar never reached its end (the run stopped in it) is no epoch's mean and is
left out. Trainings one after another in one text (a loop over model sizes) are runs apart:
a header naming other losses, or an epoch back at the first, starts the next.
"""

from __future__ import annotations

import re

from lossmon.server.csv_logs import ultralytics_loss
from lossmon.server.text_logs import NUMBER, Row, TextLog, described_runs, number

#: The header over each epoch's bar: the losses between the memory and the instance count;
#: YOLOv5's before 6.2 (`gpu_mem`, bare names, `labels  img_size`; 3.x: `GIoU`, `targets`).
_HEADER = re.compile(r"\s*Epoch\s+GPU_mem\s+((?:(?:\w+_)?(?:loss|om|oo)\s+)+)Instances\s+Size\s*")
_OLD_HEADER = re.compile(
    r"\s*Epoch\s+gpu_mem\s+((?:(?:box|GIoU|obj|cls|total)\s+)+)(?:labels|targets)\s+img_size\s*"
)
#: A bar: `epoch/epochs`, the memory (`4.89G`, `0G`), one number a loss, the instance count
#: and the image size (`%11.4g`: 1.234e+04 instances), then `:` and the bar with its count.
_BAR = r"\s*(\d+)/\d+\s+[\d.]+G\s+((?:{number}\s+){{{losses}}}){number}\s+{number}\b(.*)"
#: The bar's count after its percentage, past the bar itself (`40%|████      | 12/30`).
_COUNT = re.compile(r"%\D*?(\d+)/(\d+)\b")
#: Names a loss has in the newer headers (the older ones' get `_loss` to be read alike).
_SUFFIXES = ("loss", "om", "oo", "total")
_FORMAT = "Ultralytics YOLO training console (step = {step}; no validation loss printed)"


class _Training:
    """One training's epochs as its bars drew them: each epoch's last drawing and line."""

    def __init__(self, names: list[str], first_line: int) -> None:
        self.names = names
        self.first_line = first_line
        self.last_line = first_line
        self.bars: dict[int, tuple[list[str], bool, int]] = {}

    def rows(self) -> tuple[list[Row], str, str]:
        """Return the training's rows of its chosen loss, the loss and the step's words."""
        done = {e: bar for e, bar in self.bars.items() if bar[1]}
        values = {k: [float(v[i]) for v, _, _ in done.values()] for i, k in enumerate(self.names)}
        loss = ultralytics_loss(self.names, lambda name: all(v == 0 for v in values[name]))
        column = next((name for name in self.names if name.lower().endswith(loss)), self.names[0])
        k = self.names.index(column)
        # YOLOv5 counts its epochs from 0 (`0/299`) and alone prints an objectness loss.
        offset = 1 if "obj_loss" in self.names or 0 in self.bars else 0
        rows: list[Row] = [
            (epoch + offset, "train", {"loss": number(v[k], f"line {n}")})
            for epoch, (v, _, n) in sorted(done.items())
        ]
        return rows, column, "epoch + 1" if offset else "epoch"


def read_ultralytics(lines: list[str]) -> TextLog:
    """Return the trainings' loss at each epoch's last drawing under a header naming them."""
    trainings: list[_Training] = []
    bar: re.Pattern[str] | None = None
    matched = 0
    for n, line in enumerate(lines, start=1):
        if header := _HEADER.fullmatch(line) or _OLD_HEADER.fullmatch(line):
            names = [n if n.endswith(_SUFFIXES) else f"{n}_loss" for n in header[1].split()]
            if not trainings or trainings[-1].names != names:
                trainings.append(_Training(names, n))
                bar = re.compile(_BAR.format(number=NUMBER, losses=len(names)))
            matched += 1
        elif bar is not None and (found := bar.fullmatch(line)):
            epoch, now = int(found[1]), trainings[-1]
            if now.bars and epoch in (0, 1) and epoch < max(now.bars):
                now = _Training(now.names, n)  # the next training's first epoch
                trainings.append(now)
            count = _COUNT.search(found[3])
            ended = count is None or count[1] == count[2]
            now.bars[epoch] = (found[2].split(), ended, n)
            now.last_line = n
            matched += 1
    runs = []
    read: list[str] = []  # the loss each run is read through
    for training in trainings:
        rows, column, step = training.rows()
        if rows:
            runs.append((_FORMAT.format(step=step), rows, training.first_line, training.last_line))
            read.append(column)
    columns = {"train": " / ".join(dict.fromkeys(read))} if read else {}
    return described_runs("ultralytics_console", runs, columns, matched)
