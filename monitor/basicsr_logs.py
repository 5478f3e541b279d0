"""Read the training log of BasicSR and the image-restoration trainers built on it
(Real-ESRGAN, SwinIR, HAT, Restormer, NAFNet, GFPGAN, ...), and of its predecessor in the
ESRGAN and EDVR repositories (`codes/train.py`, the same line in angle brackets):

    2025-05-12 22:54:33,345 INFO: [train..][epoch:  0, iter:     100, lr:(2.000e-04,)]
        [eta: 16:49:28, time (data): 1.822 (0.457)] l_pix: 5.6310e-02
    19-01-08 10:00:00.000 - INFO: <epoch:  0, iter:     100, lr:1.000e-04> l_g_pix: 1.2e-02

step = the printed iteration (`565,100` with its separators); train = one loss of the current
minibatch: the total where one is printed, else the pixel loss (a restoration net's only
loss, a GAN generator's reconstruction term beside its perceptual and adversarial ones), else
the generator's first; lr = the first of the printed learning rates (the generator's).
Validation prints metrics (PSNR, SSIM), no loss. An iteration that does not go forward starts
another run (a new launch from iteration 0); one printed again (a logger with two handlers)
is kept once.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_HEAD = re.compile(
    r".*?[\[<]epoch:\s*(\d+),\s*iter:\s*([\d,]+),\s*lr:\s*\(?\s*([^,)>\]\s]+)[^>\]]*[>\]](.*)"
)
_BRACKETED = re.compile(r"\[[^\]]*\]")
_VALUE = re.compile(rf"([A-Za-z_][\w/]*):\s*({NUMBER})(?=\s|$)")
#: The losses to watch, most telling first; else the generator's first, else any loss.
#: KAIR's (SwinIR's first trainer, in the older line) `G_loss` is its total.
_PREFERRED = ("l_total", "l_g_total", "G_loss", "l_pix", "l_g_pix")


def read_basicsr(lines: list[str]) -> TextLog:
    """Return the log's runs: the watched loss at each printed iteration, and the lr."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    name: str | None = None
    shown: str | None = None  # the first run's (a log's columns are its first run's)
    for n, line in enumerate(lines, start=1):
        if "epoch:" not in line or not (m := _HEAD.fullmatch(line.rstrip())):
            continue
        values = dict(_VALUE.findall(_BRACKETED.sub(" ", m[4])))
        name = name if name in values else _watched(values)
        if name is None:
            continue
        step = int(m[2].replace(",", ""))
        if rows and step == rows[-1][0]:
            del rows[-2:]  # printed again (a second handler): the last kept
        elif rows and step < rows[-1][0]:
            runs.append((rows, first, last))
            rows = []
        first = n if not rows else first
        shown = shown or name
        rows.append((step, "train", {"loss": number(values[name], f"line {n}")}))
        rows.append((step, "lr", {"lr": number(m[3], f"line {n}")}))
        last, matched = n, matched + 1
    if rows:
        runs.append((rows, first, last))
    fmt = "BasicSR training log (step = the printed iteration)"
    columns = {"train": shown, "lr": "lr"} if shown else {}
    return appended_runs("basicsr", fmt, runs, columns, matched)


def _watched(values: dict[str, str]) -> str | None:
    """The loss to watch among a line's named values (`l_*` losses; none: no loss)."""
    losses = [k for k in values if k.startswith("l_") or "loss" in k.lower()]
    generator = [k for k in losses if not k.startswith("l_d_")]  # a discriminator's
    return next(
        (k for k in _PREFERRED if k in values),
        next(iter(generator), next(iter(losses), None)),
    )
