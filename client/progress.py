"""A one-line progress indicator for long commands, drawn only on a terminal.

`lossmon sync` runs from a client-only install (requests and the standard library), and the
server's `import`, `export` and `backtest` use the same line, so all four look alike. Piped
or redirected, nothing is drawn: scripts and logs get only the commands' own output.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

T = TypeVar("T")
WIDTH = 24


class Progress:
    """Count work done on one line of `stream` (stderr), rewritten at most every `interval` s."""

    def __init__(
        self,
        label: str,
        total: int | None = None,
        unit: str = "",
        stream: IO[str] | None = None,
        interval: float = 0.1,
        quiet: bool = False,
    ) -> None:
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.done = 0
        self.shown = False
        self._drawn_at = 0.0
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = not quiet and bool(isatty and isatty())

    def advance(self, count: int = 1) -> None:
        """Add `count` units of work done; redraw when the last drawing is old enough."""
        self.done += count
        now = time.monotonic()
        if self.enabled and (now - self._drawn_at >= self.interval or self.done == self.total):
            self._drawn_at = now
            self._draw()

    def clear(self) -> None:
        """Blank the line, so that other output can be printed; the next advance redraws."""
        if self.enabled and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn_at = 0.0

    def close(self) -> None:
        """Draw the final count and end the line."""
        if self.enabled and self.shown:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
        self.shown = False

    def _draw(self) -> None:
        unit = f" {self.unit}" if self.unit else ""
        if self.total:
            filled = min(WIDTH, WIDTH * self.done // self.total)
            bar = "#" * filled + "-" * (WIDTH - filled)
            text = f"{self.label} [{bar}] {self.done:,}/{self.total:,}{unit}"
        else:
            text = f"{self.label} {self.done:,}{unit}"
        self.stream.write(f"\r\033[K{text}")
        self.stream.flush()
        self.shown = True

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def progress(
    items: Iterable[T], label: str, total: int | None = None, unit: str = ""
) -> Iterator[T]:
    """Yield `items`, counting each one on a progress line (on a terminal only)."""
    with Progress(label, total, unit) as line:
        for item in items:
            yield item
            line.advance()
