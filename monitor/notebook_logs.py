"""Find the training logs a Jupyter notebook (`.ipynb`) keeps in its cells' outputs.

A notebook is JSON, but its losses are in what its cells printed: Keras' fit progress,
an epoch loop's prints (stream outputs), and tables a cell displayed (a Trainer's or
fastai's progress table, a pandas history: `text/html`, read as CSV text). What a cell printed
is one text, each table or result another; :mod:`lossmon.server.log_formats` reads each as it
would a file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from lossmon.server.printed_tables import NO_LOG, as_csv

# Keras erases a progress bar with backspaces (and a carriage return) before drawing the
# next one: each erasure ends a line, as a terminal shows it.
_ERASE = re.compile(r"\x08+")
# A finished Keras progress bar (`125/125 [====...]`, Keras 3's `125/125 ━━━━`) glued to the
# text before it: the unfinished bar of the previous output, which ended without a newline.
_FINISHED_BAR = re.compile(r"(?<=\S)(?=(\d+)/\1 +(?:\[|━))")


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


def cell_outputs(notebook: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Return (cell number from 1, piece, text) for the outputs of each code cell: all that it
    printed, as one text (a fit's prints arrive in many stream outputs, between progress-bar
    widgets), then each table it displayed as CSV lines, and each other result's plain text (a
    fit's `TrainOutput(...)` after its table); `piece` numbers them within the cell."""
    texts: list[tuple[int, int, str]] = []
    for number, cell in enumerate(notebook["cells"], start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        outputs = [o for o in cell.get("outputs") or [] if isinstance(o, dict)]
        printed = "".join(
            _joined(o.get("text")) for o in outputs if o.get("output_type") == "stream"
        )
        shown = [_shown(o) for o in outputs if o.get("output_type") != "stream"]
        pieces = [_lines(printed), *shown]
        texts += [(number, n, t) for n, t in enumerate(pieces, start=1) if t.strip()]
    return texts


#: A fence line of a Markdown cell: three or more backticks or tildes, and its info string.
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")


def markdown_blocks(notebook: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Return (cell number from 1, piece, text) for each fenced block of the Markdown cells:
    a console pasted there by hand (an output cleared, or kept from another machine). Fences as
    CommonMark reads them: a backtick fence's info string holds no backtick, a closing fence
    is at least as long as its opening, an unclosed block runs to the cell's end."""
    texts: list[tuple[int, int, str]] = []
    for number, cell in enumerate(notebook["cells"], start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = _joined(cell.get("source"))
        if "```" not in source and "~~~" not in source:
            continue
        blocks = _fenced(source.splitlines())
        texts += [(number, n, t) for n, t in enumerate(blocks, start=1) if t.strip()]
    return texts


def _fenced(lines: list[str]) -> list[str]:
    """The contents of the fenced blocks among Markdown lines, in one pass."""
    blocks: list[str] = []
    fence: str | None = None  # the open block's fence
    inside: list[str] = []
    for line in lines:
        m = _FENCE.fullmatch(line)
        if fence is None:
            if m and not (m[1][0] == "`" and "`" in m[2]):
                fence, inside = m[1], []
        elif m and m[1][0] == fence[0] and len(m[1]) >= len(fence) and not m[2].strip():
            blocks.append("\n".join(inside) + "\n")
            fence = None
        else:
            inside.append(line)
    if fence is not None:
        blocks.append("\n".join(inside) + "\n")
    return blocks


def _lines(printed: str) -> str:
    """Printed text as a terminal shows it: Keras' erasures end a line, and so does a finished
    progress bar written after an unfinished one in another output (no newline between)."""
    return _FINISHED_BAR.sub("\n", _ERASE.sub("\n", printed))


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
    header, *rows = tables[0]
    return as_csv(header, rows)


def html_tables(text: str) -> list[tuple[int, int, str]]:
    """Return (first line, last line, CSV text) of each HTML table a text holds with a header
    and rows (fastai's progress tables in a blog post exported from its notebook), a table
    inside another one apart. Only the tables' own text is parsed, not the text around them."""
    out: list[tuple[int, int, str]] = []
    depth = begin = 0
    for tag in _TABLE_TAG.finditer(text):
        if not tag[1]:
            begin = tag.start() if depth == 0 else begin
            depth += 1
            continue
        if depth == 0:
            continue
        depth -= 1
        if depth:
            continue
        parser = _TableParser()
        parser.feed(text[begin : tag.end()])
        parser.close()
        before = text.count("\n", 0, begin)
        out += [
            (before + first, before + last, as_csv(table[0], table[1:]))
            for table, (first, last) in zip(parser.tables, parser.lines, strict=True)
            if len(table) >= 2
        ]
    return out


_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.IGNORECASE)


@dataclass
class _OpenTable:
    """A table being read: its index among the parser's tables, its row and cell being read."""

    index: int
    row: list[str] | None = None
    cell: list[str] | None = None


class _TableParser(HTMLParser):
    """Collect each <table>'s rows of cell texts (header cells and data cells alike), a table
    inside another one's cell a table of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.lines: list[tuple[int, int]] = []  # each table's first and last line
        self._open: list[_OpenTable] = []  # innermost last

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        top = self._open[-1] if self._open else None
        if tag == "table":
            self.tables.append([])
            self.lines.append((self.getpos()[0], self.getpos()[0]))
            self._open.append(_OpenTable(len(self.tables) - 1))
        elif tag == "tr" and top is not None:
            top.row, top.cell = [], None
        elif tag in ("td", "th") and top is not None and top.row is not None:
            top.cell = []

    def handle_endtag(self, tag: str) -> None:
        if not self._open:
            return
        top = self._open[-1]
        if tag == "table":
            self._open.pop()
            self.lines[top.index] = (self.lines[top.index][0], self.getpos()[0])
        elif tag in ("td", "th") and top.row is not None and top.cell is not None:
            text = " ".join("".join(top.cell).split())
            top.row.append("" if text == NO_LOG else text)
            top.cell = None
        elif tag == "tr" and top.row is not None:
            if any(top.row):
                self.tables[top.index].append(top.row)
            top.row = None

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1].cell is not None:
            self._open[-1].cell.append(data)
