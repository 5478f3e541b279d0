"""Read the table `spacy train` (spaCy v3) prints: `E  #  LOSS TOK2VEC  LOSS NER  ENTS_F ...
SCORE`, a rule of dashes, then a row at every evaluation.

A row's losses are spaCy's sums over the updates since the row before (its training loop
adds every update's loss and empties the sums after each evaluation): the first row, at step
0, holds one update, the next ones `eval_frequency` updates each. Read as printed, the first
point is a few hundred times smaller than the second and every run looks like a blow-up, so
each sum is divided by its number of updates: the loss per update, as a Trainer's mean over
its logging interval is. The task's head is read (`LOSS NER`, `LOSS TEXTCAT`, ...), never the
shared embedding layer beside it (`LOSS TOK2VEC`, `LOSS TRANS...`), whose loss is the heads'
gradient passed back. The scores (`ENTS_F`, `SCORE`) are no losses: no validation series.
A text printing several tables (a README's trainings) holds one run per table.
"""

from __future__ import annotations

import re
import statistics

from lossmon.server.text_logs import COLOUR, NUMBER, Row, TextLog

#: The header: `E`, `#`, then columns two spaces apart, losses among them.
_HEADER = re.compile(r"\s*E\s+#\s{2,}(\S.*?)\s*")
_RULE = re.compile(r"\s*-+(?:\s+-+)+\s*")
#: The layers every head trains through: their loss is no task's.
_SHARED = ("TOK2VEC", "TRANS", "TRANSFORMER")
_VALUE = re.compile(NUMBER)
#: Lines printed between two rows of a table (W&B's uploads, Python's warnings with their
#: source lines) that do not end it.
INTERRUPTIONS = 8
_FORMAT = (
    "spaCy training table (step = #; the loss summed since the row before, divided by its updates)"
)


def read_spacy(lines: list[str]) -> TextLog:
    """Return the training loss per update of each printed table, at spaCy's step (`#`)."""
    runs: list[tuple[str, list[Row], int, int]] = []
    columns: dict[str, str] = {}
    plain = [COLOUR.sub("", line) for line in lines]
    n = 0
    while n < len(plain) - 1:
        header = _HEADER.fullmatch(plain[n])
        if not header or not _RULE.fullmatch(plain[n + 1]):
            n += 1
            continue
        names = ["E", "#", *re.split(r"\s{2,}", header[1])]
        losses = [k for k, name in enumerate(names) if name.startswith("LOSS ")]
        if not losses:
            n += 2
            continue
        heads = [k for k in losses if not names[k][5:].startswith(_SHARED)]
        col = (heads or losses)[-1]
        rows, last = _table_rows(plain, n + 2, len(names), col)
        if rows:
            runs.append((_FORMAT, rows, n + 1, last))
            columns["train"] = f"{names[col]} (per update)"
        n = max(last, n + 2)
    matched = sum(len(rows) for _, rows, _, _ in runs)
    if len(runs) == 1:
        return TextLog("spacy", _FORMAT, runs[0][1], columns, matched)
    log = TextLog("spacy", _FORMAT, [], columns, matched)
    log.runs = runs
    return log


def _table_rows(lines: list[str], start: int, width: int, col: int) -> tuple[list[Row], int]:
    """Return the rows of a table from line index `start` until a line that is no row (lines
    printed between the rule and a row or between two rows, W&B's or a warning's, are passed
    over), and the number of the last row's line.

    spaCy evaluates at step 0 (one update) and then every `eval_frequency` steps, emptying its
    sums each time: a row sums the updates since the row before, and never more than the
    table's usual gap between rows (a README that elides rows with `...`, a table cut above
    its first row, would otherwise divide by the steps elided)."""
    found: list[tuple[int, float]] = []
    last = n = start
    while n < len(lines):
        row = _row(lines[n], width, col)
        if row is None:
            ahead = _next_row(lines, n + 1, width, col)
            if ahead is None:
                break
            n = ahead
            continue
        if found and row[0] <= found[-1][0]:
            break  # the steps start again: another training's rows
        found.append(row)
        n += 1
        last = n
    gaps = [b[0] - a[0] for a, b in zip(found, found[1:], strict=False)]
    usual = statistics.median_low(gaps) if gaps else None
    rows: list[Row] = []
    for k, (step, total) in enumerate(found):
        if k:
            updates = min(step - found[k - 1][0], usual or step)
        else:
            updates = 1 if step == 0 else (usual or step + 1)
        rows.append((step, "train", {"loss": total / updates}))
    return rows, last


def _next_row(lines: list[str], start: int, width: int, col: int) -> int | None:
    """Return the index of the next row within INTERRUPTIONS lines, None where none comes
    first or another table's header does."""
    for k in range(start, min(start + INTERRUPTIONS, len(lines))):
        if _HEADER.fullmatch(lines[k]):
            return None
        if _row(lines[k], width, col):
            return k
    return None


def _row(line: str, width: int, col: int) -> tuple[int, float] | None:
    """Return a table row's step and its sum in column `col`, None for a line that is none."""
    cells = line.split()
    if len(cells) != width or not all(c.isdigit() for c in cells[:2]):
        return None
    if not _VALUE.fullmatch(cells[col]):
        return None
    return int(cells[1]), float(cells[col])
