"""Read the `log.txt` of first-order-model and the motion-transfer trainers that share its
Logger (articulated-animation, Thin-Plate-Spline-Motion-Model): one line an epoch, each loss
term's mean over it, already weighted,

    00000099) perceptual - 80.31034; equivariance_value - 0.21457; equivariance_jacobian - 0.3

step = the printed epoch + 1 (it counts from 0); train = the perceptual (reconstruction)
term, the one the image quality follows (the others keep the keypoints regular, a GAN's
terms play against each other), else the first. An epoch that does not go forward starts
another run (a training started again).
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number

_LINE = re.compile(rf"\s*(\d+)\) ((?:[A-Za-z_]\w* - {NUMBER}(?:; |\s*$))+)")
_TERM = re.compile(rf"([A-Za-z_]\w*) - ({NUMBER})")


def read_fomm(lines: list[str]) -> TextLog:
    """Return the log's runs: the watched loss term at each epoch."""
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    name: str | None = None
    for n, line in enumerate(lines, start=1):
        if ") " not in line or not (m := _LINE.fullmatch(line)):
            continue
        terms = dict(_TERM.findall(m[2]))
        key = "perceptual" if "perceptual" in terms else next(iter(terms))
        step = int(m[1]) + 1
        if rows and step <= rows[-1][0]:
            runs.append((rows, first, last))
            rows, first = [], 0
        rows.append((step, "train", {"loss": number(terms[key], f"line {n}")}))
        name, first, last, matched = name or key, first or n, n, matched + 1
    if rows:
        runs.append((rows, first, last))
    fmt = "first-order-model log (step = the printed epoch + 1)"
    return appended_runs("fomm", fmt, runs, {"train": name} if name else {}, matched)
