"""Read torchtitan's console log: `[titan] <time> - root - INFO - step: 10  loss: 10.1234
grad_norm: ...  memory: ...  tps: ...  tflops: ...  mfu: ...%`, coloured with ANSI codes, and
`validate step: 10  loss: 9.87 ...` after each evaluation. Under torchrun every line starts
with its rank (`[rank0]:[titan] ...`).

The training loss is read at its step, the validation loss at the validate step; no lr is
printed. Every rank of a data-parallel run prints the same loss; under pipeline parallelism
only the last stage has it, and the other stages print -1.0 in its place (torchtitan's
placeholder, never a loss it computed): the lowest rank that prints a real loss is read.
"""

from __future__ import annotations

import re

from lossmon.server.text_logs import COLOUR, NUMBER, Row, TextLog, number

#: The loss a pipeline stage without the loss prints.
PLACEHOLDER = -1.0
_STEP = re.compile(
    rf"(?:\[rank(\d+)\]:)?\[titan\] .* - (validate )?step:\s*(\d+)\s+loss:\s*({NUMBER})(?:\s.*)?"
)


def read_titan(lines: list[str]) -> TextLog:
    """Return the log's losses: train at `step`, val at `validate step`."""
    found: list[tuple[int, int | None, Row]] = []  # (line, rank, row)
    for n, line in enumerate(lines, start=1):
        if "[titan]" not in line or "step:" not in line:
            continue  # most lines: no pass of the patterns over them
        if m := _STEP.fullmatch(COLOUR.sub("", line).strip()):
            split = "val" if m[2] else "train"
            rank = int(m[1]) if m[1] is not None else None
            loss = number(m[4], f"line {n}")
            if loss != PLACEHOLDER:
                found.append((n, rank, (int(m[3]), split, {"loss": loss})))
    ranks = {rank for _, rank, _ in found if rank is not None}
    read = min(ranks) if ranks else None
    rows = [row for _, rank, row in found if rank == read]
    columns = {split: "loss" for split in ("train", "val") if any(r[1] == split for r in rows)}
    which = f", rank {read}" if len(ranks) > 1 else ""
    fmt = f"torchtitan console log (step = step{which})"
    return TextLog("torchtitan", fmt, rows, columns, len(rows))
