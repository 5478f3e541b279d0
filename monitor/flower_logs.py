"""Read the history a Flower (flwr) federated-learning server logs when its rounds end.

Flower prints a run's losses once, at its end, per server round: since 1.8 as a `[SUMMARY]`
of `History (loss, distributed):` / `History (loss, centralized):` sections of `round N: X`
lines and `History (metrics, distributed, fit):` with the clients' fit metrics as a pretty-
printed dict (`{'train_loss': [(1, 0.0029), (2, 0.0006), ...]}` over several lines); before
that as one line each, `app_fit: losses_distributed [(1, 0.05), ...]`, `app_fit:
losses_centralized [(0, 0.08), ...]`, `app_fit: metrics_distributed_fit {'loss': [...]}`.

step = the round. The training loss is the fit metrics' loss (the clients' training loss,
averaged by the strategy). The validation loss is the centralized one (the server's evaluation
of the global model, round 0 before any training), else the distributed one (the clients'
evaluation), a series of exact zeros being no evaluation (a strategy that evaluates nothing
logs 0). A history logged again starts a run apart (`multirun`, or runs appended).
"""

from __future__ import annotations

import re
from typing import Any

from lossmon.server.log_fields import RECORD_TRAIN, normalise
from lossmon.server.text_logs import NUMBER, Row, TextLog, appended_runs, number
from lossmon.server.trainer_console import python_literal

_SECTION = re.compile(r"History \((loss|metrics), (distributed|centralized)(, fit)?\):")
_ONE_LINE = re.compile(
    r"\b(losses_distributed|losses_centralized|metrics_distributed_fit)\s+([\[{].*)"
)
_ROUND = re.compile(rf"\bround (\d+): ({NUMBER})\s*$")
#: Names of the losses series, as the one-line layout calls them.
_NAMES = {
    ("loss", "distributed", False): "losses_distributed",
    ("loss", "centralized", False): "losses_centralized",
    ("metrics", "distributed", True): "metrics_distributed_fit",
}

History = dict[str, list[tuple[int, float]]]


def read_flower(lines: list[str]) -> TextLog:
    """Return the server's runs: the clients' training loss and the evaluation's at each round."""
    histories: list[tuple[History, int, int]] = []  # (series by name, first line, last line)
    matched = n = 0
    while n < len(lines):
        name, found, used = _series_at(lines, n)
        if name is not None:
            if not histories or name in histories[-1][0]:
                histories.append(({}, n + 1, n + 1))
            history, first, _ = histories[-1]
            history[name] = found
            histories[-1] = (history, first, n + used)
            matched += used
        n += used
    runs = [(_rows(history), first, last) for history, first, last in histories]
    runs = [run for run in runs if run[0]]
    val = next((_validation(h)[0] for h, _, _ in histories if _validation(h)[1]), "")
    columns = {"train": "metrics_distributed_fit loss", "val": val}
    fmt = "Flower server history (step = round)"
    return appended_runs("flower", fmt, runs, columns, matched if runs else 0)


def _series_at(lines: list[str], n: int) -> tuple[str | None, list[tuple[int, float]], int]:
    """Return the series that starts at line `n` (its one-line name), its (round, value)
    pairs and how many lines it takes; (None, [], 1) where none starts there."""
    line = lines[n]
    if "istory" not in line and "_fit" not in line and "losses_" not in line:
        return None, [], 1  # most lines: no pass of the patterns over them
    if m := _ONE_LINE.search(line):
        return m[1], _pairs(_literal(m[2]), f"line {n + 1}"), 1
    if not (m := _SECTION.search(line)) or (key := (m[1], m[2], bool(m[3]))) not in _NAMES:
        return None, [], 1
    name, used = _NAMES[key], 1
    if m[1] == "loss":
        found = []
        while n + used < len(lines) and (r := _ROUND.search(lines[n + used])):
            found.append((int(r[1]), number(r[2], f"line {n + used + 1}")))
            used += 1
        return name, found, used
    text = ""  # the pretty-printed dict, its lines joined without the logger's prefixes
    while n + used < len(lines) and (text or "{" in lines[n + used]):
        part = lines[n + used]
        text += part[part.index("{") if not text else _printed(part) :]
        used += 1
        if text.count("{") == text.count("}") or "(" not in part:
            break
    return name, _pairs(_literal(text), f"line {n + 2}"), used


def _printed(line: str) -> int:
    """Where a continued line of a pretty-printed dict starts after the logger's prefix."""
    return min((i for i in (line.find(c) for c in "('\"") if i >= 0), default=len(line))


def _literal(text: str) -> Any:
    try:
        return python_literal(text.strip().rstrip(","))
    except (SyntaxError, ValueError, TypeError, MemoryError, RecursionError):
        return None


def _pairs(value: Any, where: str) -> list[tuple[int, float]]:
    """The (round, value) pairs of a printed history: a list of them, or the fit metrics'
    dict of such lists, of which the training loss's."""
    if isinstance(value, dict):
        names = {normalise(k): k for k in value if isinstance(k, str)}
        key = next((names[w] for w in RECORD_TRAIN if w in names), None)
        value = value.get(key) if key is not None else None
    if not isinstance(value, list):
        return []
    return [
        (int(r), number(v, where))
        for r, v in (p for p in value if isinstance(p, tuple) and len(p) == 2)
        if isinstance(r, int) and isinstance(v, (int, float))
    ]


def _validation(history: History) -> tuple[str, list[tuple[int, float]]]:
    """The evaluation's series: the centralized one, else the distributed one (a series of
    exact zeros is none: what a strategy that evaluates nothing logs)."""
    for name in ("losses_centralized", "losses_distributed"):
        if any(value != 0 for _, value in history.get(name, [])):
            return name, history[name]
    return "", []


def _rows(history: History) -> list[Row]:
    """A run's rows: training at each round, then the evaluation of the same round."""
    rows = [(r, "train", {"loss": v}) for r, v in history.get("metrics_distributed_fit", [])]
    rows += [(r, "val", {"loss": v}) for r, v in _validation(history)[1]]
    return sorted(rows, key=lambda row: (row[0], row[1] != "train"))
