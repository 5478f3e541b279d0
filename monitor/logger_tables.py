"""Find the key-value tables OpenAI's logger prints, one a logging step (`logger.dumpkvs()`,
its `HumanOutputFormat`), and give them as one CSV text. The console of openai/baselines, of
improved-diffusion and guided-diffusion and the many repositories built on them (DiffuSeq,
consistency models), and Stable-Baselines3's, which groups its keys under a heading (`|
train/ |` over `|    loss |`):

    ------------------------
    | grad_norm | 0.284    |
    | loss      | 0.033    |
    | step      | 2e+04    |
    ------------------------

A table is a row of the CSV and a key its column, read as the logger's own `progress.csv`
is. A table that shares no key with the one before it and counts no step (DiffuSeq's
`eval_loss` table after a training one) is that step's evaluation: its values join the row
before. The logger prints numbers to 3 significant digits (`%-8.3g`), its step counter too:
past 1,000 a counter printed so repeats itself (`2e+04` for 20000 and 20020); it is restored
where one interval between tables gives every printed value.
"""

from __future__ import annotations

import itertools
import math
import re

from lossmon.server.log_fields import normalise
from lossmon.server.printed_tables import as_csv

_RULE = re.compile(r"\s*-{3,}\s*")
_ROW = re.compile(r"\s*\|(?P<key>[^|]*)\|(?P<value>[^|]*)\|\s*")
#: The fewest tables that make a log.
MIN_TABLES = 3
#: Counters, normalised, that the logger may print rounded (baselines' `total_timesteps`,
#: Stable-Baselines3's `time/total_timesteps`, improved-diffusion's `step`).
STEP_NAMES = (
    "step", "steps", "iter", "iteration", "iterations", "totaltimesteps", "timetotaltimesteps",
    "timesteps", "totalsteps", "nupdates", "timeiterations",
)  # fmt: skip
#: The most intervals tried when restoring a rounded counter.
MAX_INTERVALS = 1000


def tables(lines: list[str]) -> list[tuple[int, int, str]]:
    """Return the logger's tables in the text as one CSV text, with the lines they span: none
    where it prints fewer than MIN_TABLES of them."""
    records: list[dict[str, str]] = []
    first = last = 0
    current: dict[str, str] | None = None  # the table being read, from its opening rule
    opened = 0
    group = ""  # Stable-Baselines3's heading of the keys indented under it
    for n, line in enumerate(lines, start=1):
        if _RULE.fullmatch(line):
            if current:  # its closing rule
                _add(records, current)
                first, last = first or opened, n
            current, opened, group = {}, n, ""
            continue
        if current is None or (row := _ROW.fullmatch(line)) is None:
            current = None  # other output: no table, or one cut short
            continue
        key, value = row["key"], row["value"].strip()
        name = key.strip()
        if not value and name.endswith("/"):
            group = name
            continue
        if group and key.startswith("  "):
            name = group + name
        else:
            group = ""
        current[name] = value
    if len(records) < MIN_TABLES:
        return []
    _restore_counters(records)
    names = list(dict.fromkeys(k for r in records for k in r))
    rows = [[r.get(name, "") for name in names] for r in records]
    return [(first, last, as_csv(names, rows))]


def _add(records: list[dict[str, str]], table: dict[str, str]) -> None:
    """Append a table's record, or join an evaluation's table to the record before it."""
    counts = any(normalise(key) in STEP_NAMES for key in table)
    if records and not counts and not set(table) & set(records[-1]):
        records[-1].update(table)
    else:
        records.append(table)


def _restore_counters(records: list[dict[str, str]]) -> None:
    """Restore each step counter printed to 3 significant digits, where one interval between
    the tables gives every printed value; any other counter is left as printed."""
    for key in {k for r in records for k in r if normalise(k) in STEP_NAMES}:
        try:
            printed = [float(r[key]) for r in records]
        except (KeyError, ValueError):
            continue  # a table without it, or no number
        if all(b > a for a, b in itertools.pairwise(printed)):
            continue
        restored = _restored(printed)
        if restored is not None:
            for record, step in zip(records, restored, strict=True):
                record[key] = str(step)


def _restored(printed: list[float]) -> list[int] | None:
    """Return the steps first + k * interval that print as `printed` does with `%.3g`, for
    the interval nearest the printed values' mean one; None if none does."""
    guess = (printed[-1] - printed[0]) / (len(printed) - 1)
    if not (guess > 0 and math.isfinite(guess) and float(printed[0]).is_integer()):
        return None
    low, high = max(1, math.floor(guess * 0.95)), math.ceil(guess * 1.05)
    if high - low > MAX_INTERVALS:
        return None
    start = int(printed[0])
    for interval in sorted(range(low, high + 1), key=lambda i: abs(i - guess)):
        steps = [start + interval * k for k in range(len(printed))]
        if all(float(f"{s:.3g}") == p for s, p in zip(steps, printed, strict=True)):
            return steps
    return None
