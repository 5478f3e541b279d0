"""The record of calm steps that divergence rolls back to: the last step of each calm stretch
of the training loss, at most CALM_RECORD of them (bounded for a run of any length), so a step
before an excursion is found even after later calm points of another stretch."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

CALM_RECORD = 16  # calm stretches remembered for the rollback (their last steps)


def known(step: int | None) -> list[int]:
    """Return a known calm step as a record of one (none when unknown)."""
    return [] if step is None else [int(step)]


def of_state(st: Mapping[str, Any]) -> list[int]:
    """Return the state's record of calm steps (a state from before the record: its one)."""
    if "calm_ends" in st:
        return [int(s) for s in st["calm_ends"]]
    return known(st.get("last_calm"))


def note(record: list[int], calm_open: bool, step: int, calm: bool) -> bool:
    """Note one point in the record of calm steps (as `extend`, in plain Python: once
    per point of the loop); return whether it was calm."""
    if calm:
        if calm_open and record:
            record[-1] = step  # the stretch under way goes on
        else:
            record.append(step)
            del record[:-CALM_RECORD]
    return calm


def extend(
    record: list[int], calm_open: bool, steps: np.ndarray, calm: np.ndarray
) -> tuple[list[int], bool]:
    """Extend the record of calm steps with the new points; return it and whether the last
    point was calm.

    The record keeps the last step of each calm stretch, at most CALM_RECORD of them (bounded
    for a run of any length), so a rollback before an excursion is found even after later
    calm points of another stretch; a stretch still under way ends at its latest point.
    """
    if not steps.size:
        return record, calm_open
    record = list(record)
    ends = np.flatnonzero(calm & np.concatenate((~calm[1:], [True]))).tolist()
    if ends and record and calm_open and bool(calm[0]):
        record[-1] = int(steps[ends.pop(0)])  # the stretch under way goes on
    record += (int(steps[i]) for i in ends)
    return record[-CALM_RECORD:], bool(calm[-1])
