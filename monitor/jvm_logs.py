"""Read what the JVM's neural network libraries print while they train.

Deeplearning4j's ScoreIterationListener (`Score at iteration 40 is 0.42`) and Encog's
examples' `Epoch #3 Error:0.122` lines: one of the tools' formats
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
        if m := pattern.match(line):
            rows.append((int(m[1]), "train", {"loss": number(m[2], f"line {n}")}))
    columns = {"train": "Score at iteration N"} if rows else {}
    fmt = "Deeplearning4j ScoreIterationListener (step = iteration)"
    return TextLog("dl4j_score", fmt, rows, columns, len(rows))
