"""Find the tables a text prints and give each as CSV text.

Printed with `|` between the cells, two kinds are common: the markdown table of a Hugging
Face model card's "Training results" (`| Training Loss | Epoch | Step | Validation Loss |
Accuracy |`, `No log` where no training loss was logged yet) and a training script's console
table (`Epoch | Train Loss | Val Loss | LR`, a rule of dashes under it, each row's time and
ETA after its last named cell). Printed with spaces between the cells (aligned): fastai's
progress table as text (`epoch  train_loss  valid_loss  accuracy  time`, `#na#` where no
validation ran; version 1 printed each row's time after its last named cell) and a pandas
DataFrame printed with its index (a header indented over the index column), and a MATLAB
`table` as `trainnet` prints its progress (`Iteration    Epoch    TimeElapsed    LearnRate
TrainingLoss    ValidationLoss`, a rule of underscores under each name, the validation cell
blank on rows without an evaluation: a row's cells are placed under the names by where they
stand). MATLAB's
`trainNetwork` prints its verbose table with each name over two lines (`Mini-batch` over
`Loss`) between rules of `=`: the two lines are one header, its columns named as the CSV
reader knows them (`Iteration` the step, `Mini-batch Loss` the training loss). Printed with
tabs between the cells (tabbed), each line behind a logging record's time: the epoch table of
fast adversarial training's `train_cifar.py` and the scripts written from it (`[2024/02/02
16:18:21] - 0 \t 113.9 \t \t 19.1 \t ...`, empty cells padding the columns, other output such
as a download's messages between its lines); its forks that print it aligned with spaces keep
the record's time before each line too (`[2021/08/30 00:30:55] -     0     53.8   322.1694`).
:mod:`lossmon.server.log_formats` reads each table as it would a CSV file.
"""

from __future__ import annotations

import csv
import io
import math
import re

#: What a Trainer's table shows for a training loss not logged yet, and the column.
NO_LOG = "No log"
TRAINING_LOSS = "Training Loss"
#: What fastai's table shows for a loss not computed (no validation set).
NOT_AVAILABLE = "#na#"
#: What a sentence-transformers model card's "Training Logs" shows for a value not logged at
#: that step (a training loss at an evaluation, a validation loss between them).
NOT_LOGGED = "-"
#: The characters of a markdown alignment row (`|:---:|---|`), a console rule (`-----`,
#: `+----+----+`) or a MATLAB or tabulate table's (`_____    _________`, one under each name).
_RULE_CHARS = " \t|:+=_-"
#: A rule's runs under an aligned table's columns, one a column.
_SEGMENT = re.compile(r"[-_=]{2,}")
_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?$|^[-+]?(nan|inf|infinity)$", re.I)
#: Rows a table needs to be read (fewer is a table of settings or results, not a log).
MIN_ROWS = 2
#: MATLAB's two-line names (`Mini-batch` over `Loss`) as the CSV reader knows the columns.
MATLAB_COLUMNS = {
    "Iteration": "step",
    "Mini-batch Loss": "train_loss",
    "Validation Loss": "val_loss",
    "Base Learning Rate": "lr",
}


#: Markdown's emphasis around a cell (`**3.030**`, `*0.5*`, `` `2.1` ``, `***0.4***` as two):
#: what it marks is the cell.
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_|`)(.+)\1$")


def _is_rule(line: str) -> bool:
    """Whether a line is a rule: only rule characters, with a run of three `-`, `=` or `_`
    (tested on the characters, not by a pattern that backtracks on a long run)."""
    text = line.strip()
    return (
        bool(text)
        and not text.strip(_RULE_CHARS)
        and any(run in text for run in ("---", "===", "___"))
    )


def _plain(cell: str) -> str:
    """Return a cell without the Markdown emphasis around it (nested: `**_0.4_**`)."""
    for _ in range(3):
        bare = _EMPHASIS.sub(r"\2", cell)
        if bare == cell:
            break
        cell = bare
    return cell


def cells(line: str) -> list[str] | None:
    """Return a line's cells between `|`s (markdown's outer pipes and emphasis dropped), None
    when it has fewer than two."""
    if "|" not in line:
        return None
    parts = [_plain(c.strip()) for c in line.strip().split("|")]
    if parts and not parts[0]:
        parts = parts[1:]
    if parts and not parts[-1]:
        parts = parts[:-1]
    return parts if len(parts) >= 2 else None


def aligned_cells(line: str) -> list[str] | None:
    """Return a line's cells between spaces, None when it has fewer than two."""
    parts = line.split()
    return parts if len(parts) >= 2 else None


# A logging record's time before its message: `[2024/02/02 16:18:21] - ` (`[%(asctime)s] -
# %(message)s`), `2024-02-02 16:18:21,421 - INFO - `.
_RECORD_TIME = re.compile(
    r"\s*(?:\[[^\]\t]*\]|\d{4}[-/]\d\d[-/]\d\d[ T][\d:,.]+)\s*(?:-\s*(?:[A-Z]+\s*-\s*)?)?"
)


# A logging record's time before an aligned table's lines (`[2021/08/30 00:30:55] - `): a
# bracket holding a time (`[1/10]` holds none), the row's own indent kept.
_RECORD_PREFIX = re.compile(
    r"(\[[^\]\t]{0,40}\]|\d{4}[-/]\d\d[-/]\d\d[ T][\d:,.]{1,20}) ?(?:- (?:[A-Z]+ - )?)?"
)
_CLOCK = re.compile(r"\d:\d\d")


def _untimed(line: str) -> str:
    """Return a line without the time of the logging record it is printed behind."""
    prefix = _RECORD_PREFIX.match(line)
    return line[prefix.end() :] if prefix and _CLOCK.search(prefix[1]) else line


def tabbed_cells(line: str) -> list[str] | None:
    """Return a line's cells between tabs (a logging record's time before the first dropped,
    empty cells too), None when it has fewer than two."""
    if "\t" not in line:
        return None
    if time := _RECORD_TIME.match(line):
        line = line[time.end() :]
    parts = [c.strip() for c in line.split("\t") if c.strip()]
    return parts if len(parts) >= 2 else None


def tables(
    lines: list[str], *, aligned: bool = False, tabbed: bool = False
) -> list[tuple[int, int, str]]:
    """Return (first line, last line, CSV text) of each table in the lines, as `_tables`; an
    aligned table found only once each line is read without the logging record's time it is
    printed behind (fast adversarial training's table in its spaced forks), where none is
    found in the lines as they are (a table whose first column is a time keeps it)."""
    found = _tables(lines, aligned=aligned, tabbed=tabbed)
    if aligned and not found and (untimed := [_untimed(line) for line in lines]) != lines:
        found = _tables(untimed, aligned=True)
    return found


def _tables(
    lines: list[str], *, aligned: bool = False, tabbed: bool = False
) -> list[tuple[int, int, str]]:
    """Return (first line, last line, CSV text) of each table in the lines, lines from 1:
    tables printed with `|`, or with `aligned` those printed with spaces, or with `tabbed`
    those printed with tabs, whose header names a loss.

    A table is a header of names (no cell a number, none empty), an optional rule, then rows
    of at least as many cells whose header cells hold numbers in two or more of them. Cells
    after the header's last are dropped; `No log`, `#na#` and `-` are empty cells. An aligned
    header indented further than its rows, over an index column (pandas), drops each row's
    first cell. Between a tabbed table's lines, lines without a tab (another stream's output)
    are passed over.
    """
    split = tabbed_cells if tabbed else aligned_cells if aligned else cells
    named = aligned or tabbed  # a header found only where it names a loss
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        header = split(lines[i]) if not named or "loss" in lines[i].lower() else None
        if header is None or not _names(header):
            i += 1
            continue
        j = i + 1
        first_row = j + 1 if j < len(lines) and _is_rule(lines[j]) else j
        indexed = (
            aligned and first_row < len(lines) and _indent(lines[i]) > _indent(lines[first_row])
        )
        if (
            aligned
            and first_row < len(lines)
            and (wide := _wide_names(lines[i], split(lines[first_row])))
        ):
            # Names of two words, columns two spaces apart or more (cifar10-fast's TableLogger:
            # `epoch   train time   train loss`), as many as the first row has cells, under a
            # rule of one run of dashes or not (`Epoch    Train Loss     Val Loss       LR`).
            header = wide
        if not named and j < len(lines) and (more := _continued(header, cells(lines[j]))):
            header, j = more, j + 1
        spans: list[tuple[int, int]] = []
        if j < len(lines) and _is_rule(lines[j]):
            if aligned and len(segments := _SEGMENT.findall(lines[j])) >= 2:
                # An aligned table with a rule under each column (MATLAB's `table`, tabulate's
                # "simple"): the rule says where each column is, so a name may have two words
                # and a row's blank cells are placed.
                spans = [(m.start(), m.end()) for m in _SEGMENT.finditer(lines[j])]
                named_by_rule = _placed(spans, lines[i], join=True)
                if named_by_rule is not None and len(segments) == len(named_by_rule):
                    header = [MATLAB_COLUMNS.get(n, n) if "_" in lines[j] else n
                              for n in named_by_rule]  # fmt: skip
                    indexed = False
                else:
                    spans = []
            j += 1
        rows: list[list[str]] = []
        last = j
        while j < len(lines):
            if tabbed and "\t" not in lines[j]:
                j += 1
                continue
            found_cells = split(lines[j])
            if spans and found_cells is not None and len(found_cells) != len(header):
                found_cells = _placed(spans, lines[j])
            if (row := _row(found_cells, len(header), indexed)) is None:
                break
            if rows and row[0] and _NUMBER.match(rows[-1][0]) and not _NUMBER.match(row[0]):
                break  # a summary row under the steps (`| **Best** | 0.433 |`): not one of them
            rows.append(row)
            j += 1
            last = j
        if len(rows) >= MIN_ROWS:
            found.append((i + 1, last, as_csv(header, rows)))
            i = last
        else:
            i += 1
    return found


def _indent(line: str) -> int:
    """Return how far a line is indented: a pandas header stands further in than its rows
    (over their index column); a table indented as a whole (a markdown code block) does not."""
    return len(line) - len(line.lstrip())


def _placed(spans: list[tuple[int, int]], line: str, *, join: bool = False) -> list[str] | None:
    """Return a line's words under the columns of an aligned table's rule, each word under the
    column whose middle is nearest its own, blank where none is (MATLAB leaves a cell blank
    where nothing was evaluated); with `join`, a column's words as one name (`train loss`),
    else None when two words fall under one column other than the last (a hand-kept table's
    `Notes`, free text on some rows: `100% vs random`); a number there with words after it
    (`0.7 <- worse`) is the number, its note dropped."""
    middles = [(a + b) / 2.0 for a, b in spans]
    row: list[list[str]] = [[] for _ in spans]
    for m in re.finditer(r"\S+", line):
        middle = (m.start() + m.end()) / 2.0
        k = min(range(len(middles)), key=lambda c: abs(middles[c] - middle))
        if row[k] and not join and k < len(spans) - 1:
            return None
        row[k].append(m.group())
    if not join and len(row[-1]) > 1 and _NUMBER.match(row[-1][0]):
        row[-1] = row[-1][:1]
    return [" ".join(words) for words in row]


def _continued(header: list[str], below: list[str] | None) -> list[str] | None:
    """Return a header whose names go on in the line below it (MATLAB's `Mini-batch` over
    `Loss`: as many cells, some empty, none a number), its names as the CSV reader knows
    them; None when the line below is no continuation."""
    if below is None or len(below) != len(header) or not any(below):
        return None
    if any(_NUMBER.match(c) for c in below) or _is_rule("|".join(below)):
        return None
    joined = [f"{name} {more}".strip() for name, more in zip(header, below, strict=True)]
    return [MATLAB_COLUMNS.get(name, name) for name in joined]


def _wide_names(line: str, below: list[str] | None) -> list[str] | None:
    """Return an aligned header's names split where two spaces or more part them, where the
    row below has as many cells and its words alone are more, and the first names the
    training's counter (a ranking of a search's settings, `pos  loss  dropout1 rate`, is no
    run); else None."""
    if below is None or len(line.split()) <= len(below):
        return None
    names = re.split(r"\s{2,}", line.strip())
    if "|" in names:
        return None  # a table printed with `|` between its cells, read as such
    counted = names[0].lower() in ("epoch", "step", "iter", "iteration")
    return names if counted and len(names) == len(below) and _names(names) else None


def _names(header: list[str]) -> bool:
    return all(c and not _NUMBER.match(c) for c in header) and any(c.isalpha() for c in header[0])


def _row(found: list[str] | None, width: int, indexed: bool = False) -> list[str] | None:
    """Return a table row's first `width` cells (`No log`, `#na#` blank; an index cell
    dropped), None when the line's cells are no row."""
    if found is not None and indexed and len(found) == width + 1:
        found = found[1:]
    if found is None or len(found) < width:
        return None
    # A `-` under the first column is no step left blank but a summary row's mark (`| - |
    # 0.444 |` under the epochs), which ends the table as `| **Mean** |` does.
    row = [
        "" if c in (NO_LOG, NOT_AVAILABLE) or (c == NOT_LOGGED and k) else c
        for k, c in enumerate(found[:width])
    ]
    return row if sum(bool(_NUMBER.match(c)) for c in row) >= 2 else None


def as_csv(header: list[str], rows: list[list[str]]) -> str:
    """Return a table as CSV text; a Trainer's table (`Step` and `Training Loss` columns)
    without the training losses it repeats at evaluations between two training logs."""
    if "Step" in header and TRAINING_LOSS in header:
        drop_repeated_training_losses(rows, header.index("Step"), header.index(TRAINING_LOSS))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue()


def drop_repeated_training_losses(rows: list[list[str]], step: int, column: int) -> None:
    """A Trainer's table shows its last training loss again on the row of an evaluation that
    falls between two training logs: a repeat, not a point. The training logs are every g
    steps (the steps where the value changed have g as their greatest common divisor); a
    repeated value off that grid is blanked (a loss that is truly one value, as 0 in an fp16
    run, changes nowhere and keeps every row)."""
    losses = [r[column] if column < len(r) else "" for r in rows]
    try:
        steps = [int(r[step]) for r in rows]
    except (ValueError, IndexError):
        return
    changed = [
        s for k, s in enumerate(steps) if losses[k] and (k == 0 or losses[k] != losses[k - 1])
    ]
    every = math.gcd(*changed) if len(changed) >= 2 else 0
    for k in range(len(rows) - 1, 0, -1):
        if every and losses[k] and losses[k] == losses[k - 1] and steps[k] % every:
            rows[k][column] = ""
