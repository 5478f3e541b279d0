"""Read what the JVM's neural network libraries print while they train.

Deeplearning4j's ScoreIterationListener (`Score at iteration 40 is 0.42`) and Encog's
training loop (`Epoch #3 Error:0.122`): the tools' formats
:mod:`lossmon.server.log_formats` tries on a text log. Non-finite values are data and are kept.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import NUMBER, Row, TextLog, number


def read_dl4j_score(lines: list[str]) -> TextLog:
    """Deeplearning4j's ScoreIterationListener: `... ScoreIterationListener - Score at
    iteration 40 is 0.42` every N iterations. The score is the minibatch's training loss (its
    regularisation included), at the iteration DL4J counts (from 0, across epochs)."""
    pattern = re.compile(rf".*?\bScore at iteration (\d+) is ({NUMBER})\s*$")
    rows: list[Row] = []
    for n, line in enumerate(lines, start=1):
        if "Score at iteration " in line and (m := pattern.match(line)):
            rows.append((int(m[1]), "train", {"loss": number(m[2], f"line {n}")}))
    columns = {"train": "Score at iteration N"} if rows else {}
    fmt = "Deeplearning4j ScoreIterationListener (step = iteration)"
    return TextLog("dl4j_score", fmt, rows, columns, len(rows))


#: Encog's examples print `"Epoch #" + epoch + " Error:" + train.getError()` after each
#: `train.iteration()`; EncogUtility.trainToError `Iteration #1 Error:36.12% Target Error:
#: 1.00%`, the error as a percentage.
_ENCOG = re.compile(rf".*?\b(?:Epoch|Iteration) #(\d+)\s+Error:\s*({NUMBER})(%?)")


def read_encog(lines: list[str]) -> TextLog:
    """Encog: `Epoch #3 Error:0.122` after each training iteration (a full pass over the
    training set), its error the training set's (MSE by default; a percentage read as its
    fraction). step = the printed epoch, + 1 where the loop counts from 0."""
    found: list[tuple[int, float]] = []
    for n, line in enumerate(lines, start=1):
        if " #" in line and (m := _ENCOG.match(line)):
            value = number(m[2], f"line {n}")
            found.append((int(m[1]), value / 100 if m[3] else value))
    offset = 1 if found and min(epoch for epoch, _ in found) == 0 else 0
    rows: list[Row] = [(epoch + offset, "train", {"loss": value}) for epoch, value in found]
    columns = {"train": "Error"} if rows else {}
    fmt = f"Encog training log (step = {'epoch + 1' if offset else 'epoch'})"
    return TextLog("encog", fmt, rows, columns, len(rows))
