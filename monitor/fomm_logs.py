"""Read the `log.txt` of first-order-model and the motion-transfer trainers that share its
Logger (articulated-animation, Thin-Plate-Spline-Motion-Model): one line an epoch, each loss
term's mean over it, already weighted,

    00000099) perceptual - 80.31034; equivariance_value - 0.21457; equivariance_jacobian - 0.3

step = the printed epoch + 1 (it counts from 0, printed to 8 digits); train = the perceptual
(reconstruction) term, the one the image quality follows (the others keep the keypoints
regular, a GAN's terms play against each other), else the first, the same in every run of the
file. Runs and resumes as `Launches` tells them apart.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Launches, TextLog, appended_runs, number

_LINE = re.compile(rf"\s*(\d{{8}})\) ((?:[A-Za-z_]\w* - {NUMBER}(?:; |\s*$))+)")
_TERM = re.compile(rf"([A-Za-z_]\w*) - ({NUMBER})")


def read_fomm(lines: list[str]) -> TextLog:
    """Return the log's runs: the watched loss term at each epoch."""
    launches = Launches()
    matched = 0
    name: str | None = None
    for n, line in enumerate(lines, start=1):
        if ") " not in line or not (m := _LINE.fullmatch(line)):
            continue
        terms = dict(_TERM.findall(m[2]))
        name = name or ("perceptual" if "perceptual" in terms else next(iter(terms)))
        if name not in terms:
            continue
        step = int(m[1]) + 1
        launches.add(n, step, [(step, "train", {"loss": number(terms[name], f"line {n}")})])
        matched += 1
    fmt = "first-order-model log (step = the printed epoch + 1)"
    return appended_runs("fomm", fmt, launches.done(), {"train": name} if name else {}, matched)
