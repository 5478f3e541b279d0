"""Read the training log of BasicSR and the image-restoration trainers built on it
(Real-ESRGAN, SwinIR, HAT, Restormer, NAFNet, GFPGAN, ...), and of its predecessor in the
ESRGAN and EDVR repositories and KAIR (the same line in angle brackets):

    2025-05-12 22:54:33,345 INFO: [train..][epoch:  0, iter:     100, lr:(2.000e-04,)]
        [eta: 16:49:28, time (data): 1.822 (0.457)] l_pix: 5.6310e-02
    19-01-08 10:00:00.000 - INFO: <epoch:  0, iter:     100, lr:1.000e-04> l_g_pix: 1.2e-02

step = the printed iteration (`565,100` with its separators); train = one loss of the current
minibatch, the same in every run of the file: the total where one is printed (`l_total`,
`l_g_total`, KAIR's `G_loss`), else the pixel loss (a restoration net's only loss, a GAN
generator's reconstruction term beside its perceptual and adversarial ones), else the
generator's first loss, never the discriminator's; a line without it is passed over. lr = the
first of the printed learning rates (the generator's). Validation prints metrics (PSNR, SSIM),
no loss. Runs and resumes as `Launches` tells them apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Launches, TextLog, appended_runs, number

# BasicSR's lr is a tuple (`lr:(2.000e-04,)`), its predecessor's a number in angle brackets;
# the rest of the brackets is bounded (a line of unclosed heads is not scanned to its end for
# each).
_HEAD = re.compile(
    rf"(?:\[epoch:\s*(\d+),\s*iter:\s*([\d,]+),\s*lr:\s*\(\s*({NUMBER})[^)\]]{{0,200}}\)\]"
    rf"|<epoch:\s*(\d+),\s*iter:\s*([\d,]+),\s*lr:\s*({NUMBER})[^>]{{0,200}}>)"
)
_BRACKETED = re.compile(r"\[[^\]]*\]")
# A name starts where no name character is before it (no retry inside a long word).
_VALUE = re.compile(rf"(?<![\w/])([A-Za-z_][\w/]*):\s*({NUMBER})(?=\s|$)")
#: The totals, then the pixel losses: the first of these a line holds is the one watched.
_PREFERRED = ("l_total", "l_g_total", "G_loss", "l_pix", "l_g_pix")


def read_basicsr(lines: list[str]) -> TextLog:
    """Return the log's runs: the watched loss at each printed iteration, and the lr."""
    launches = Launches()
    matched = 0
    name: str | None = None
    for n, line in enumerate(lines, start=1):
        if "epoch:" not in line or not (m := _HEAD.search(line)):
            continue
        iteration, lr = (m[2], m[3]) if m[2] is not None else (m[5], m[6])
        values = dict(_VALUE.findall(_BRACKETED.sub(" ", line[m.end() :])))
        name = name or _watched(values)
        if name is None or name not in values:
            continue
        step = int(iteration.replace(",", ""))
        found = [
            (step, "train", {"loss": number(values[name], f"line {n}")}),
            (step, "lr", {"lr": number(lr, f"line {n}")}),
        ]
        launches.add(n, step, found)
        matched += 1
    fmt = "BasicSR training log (step = the printed iteration)"
    columns = {"train": name, "lr": "lr"} if name else {}
    return appended_runs("basicsr", fmt, launches.done(), columns, matched)


def _watched(values: dict[str, str]) -> str | None:
    """The loss to watch among a line's named values: a total or pixel loss, else the first
    generator loss; None where the line holds none (metrics only, a discriminator's)."""
    losses = [k for k in values if k.startswith("l_") or "loss" in k.lower()]
    generator = [k for k in losses if not k.startswith(("l_d_", "d_", "D_"))]
    return next((k for k in _PREFERRED if k in values), next(iter(generator), None))
