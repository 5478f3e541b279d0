"""Find the training logs a Jupyter notebook (`.ipynb`) keeps in its cells' outputs.

A notebook is JSON, but its losses are in what its cells printed: Keras' fit progress,
an epoch loop's prints (stream outputs), and tables a cell displayed (a Trainer's or
fastai's progress table, a pandas history: `text/html`, read as CSV text). Each output (a
stretch of prints, a table, a result) is one text; :mod:`lossmon.server.log_formats` reads it
as it would a file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from typing import Any

# Keras erases a progress bar with backspaces (and a carriage return) before drawing the
# next one: each erasure ends a line, as a terminal shows it.
_ERASE = re.compile(r"\x08+")
#: What a Trainer's progress table shows for a training loss not logged yet.
NO_LOG = "No log"


def is_notebook(whole: Any) -> bool:
    """Return whether a parsed JSON document is a Jupyter notebook."""
    return isinstance(whole, dict) and "nbformat" in whole and isinstance(whole.get("cells"), list)


def parse_notebook(text: str) -> dict[str, Any] | None:
    """Return the notebook a text holds, None when it is no notebook (cheaply: most JSON
    logs never name `nbformat`)."""
    if '"nbformat"' not in text:
        return None
    try:
        whole = json.loads(text)
    except ValueError:
        return None
    return whole if is_notebook(whole) else None


def cell_outputs(notebook: dict[str, Any]) -> list[tuple[int, str]]:
    """Return (cell number from 1, text) for each output of each code cell: what a stretch of
    stream outputs printed (a fit's prints arrive in many pieces), each table as CSV lines,
    each other result as its plain text (a fit's `TrainOutput(...)` after its table)."""
    texts: list[tuple[int, str]] = []
    for number, cell in enumerate(notebook["cells"], start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        printed: list[str] = []
        for output in [*(cell.get("outputs") or []), None]:  # None: the end of the cell
            if isinstance(output, dict) and output.get("output_type") == "stream":
                printed.append(_ERASE.sub("\n", _joined(output.get("text"))))
                continue
            if "".join(printed).strip():
                texts.append((number, "".join(printed)))
            printed = []
            if (shown := _shown(output)).strip():
                texts.append((number, shown))
    return texts


def _shown(output: Any) -> str:
    """The text of a displayed result: its table as CSV lines, else its plain text."""
    data = output.get("data") if isinstance(output, dict) else None
    if not isinstance(data, dict):
        return ""
    html = _joined(data.get("text/html"))
    if "<table" in html and (tables := _tables_as_csv(html)):
        return tables
    return _joined(data.get("text/plain"))


def _joined(value: Any) -> str:
    """Notebook text is a string or a list of its lines."""
    if isinstance(value, list):
        return "".join(v for v in value if isinstance(v, str))
    return value if isinstance(value, str) else ""


def _tables_as_csv(html: str) -> str:
    """Return the HTML's tables as CSV text, the largest first (a progress table beside a
    smaller one)."""
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    tables = sorted((t for t in parser.tables if len(t) >= 2), key=len, reverse=True)
    if not tables:
        return ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(tables[0])
    return out.getvalue()


class _TableParser(HTMLParser):
    """Collect each <table>'s rows of cell texts (header cells and data cells alike)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            cell = " ".join("".join(self._cell).split())
            self._row.append("" if cell == NO_LOG else cell)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if any(self._row):
                self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
