"""The record of calm steps that divergence rolls back to: the last step of each calm stretch
of the training loss (the last two of the stretch under way), at most CALM_RECORD of them
(bounded for a run of any length), so a step before an excursion is found even after later
calm points of another stretch."""

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


def note(record: list[int], open_steps: int, step: int, calm: bool) -> int:
    """Note one point in the record of calm steps (as `extend`, in plain Python: once per
    point of the loop); return how many entries the stretch under way holds now (0: the point
    was not calm)."""
    if not calm:
        return 0
    if open_steps >= 2:
        record[-2:] = [record[-1], step]  # the stretch under way goes on
        return 2
    record.append(step)
    del record[:-CALM_RECORD]
    return open_steps + 1


def extend(
    record: list[int], open_steps: int, steps: np.ndarray, calm: np.ndarray
) -> tuple[list[int], int]:
    """Extend the record of calm steps with the new points; return it and how many entries the
    stretch under way holds (0: the last point was not calm).

    The record keeps the last step of each calm stretch, at most CALM_RECORD of them (bounded
    for a run of any length), so a rollback before an excursion is found even after later
    calm points of another stretch; the stretch under way keeps its last two steps, so the
    step before an excursion that begins on a calm training point (validation blowing up
    first) is known. The same as `note` at every point: only each stretch's last two points
    are noted, the earlier ones being replaced anyway.
    """
    if not steps.size:
        return record, open_steps
    record = list(record)
    if steps.size >= 2 and bool(calm.all()):
        # One calm stretch (a healthy run's batch): its last two steps, the stretch under way
        # before it going on.
        record[len(record) - min(open_steps, 2) :] = [int(steps[-2]), int(steps[-1])]
        return record[-CALM_RECORD:], 2
    ends = calm & np.concatenate((~calm[1:], [True]))
    wanted = np.flatnonzero(ends | (calm & np.concatenate((ends[1:], [False])))).tolist()
    before = -1  # the index noted last
    for i in wanted:
        if i == before + 1 and (i > 0 or open_steps):
            pass  # the stretch goes on from the point noted just before
        elif i > 0 and before == -1 and bool(calm[:i].all()) and open_steps:
            pass  # the stretch under way before these points goes on
        else:
            open_steps = 0  # a stretch whose earlier points were replaced anyway
        open_steps = note(record, open_steps, int(steps[i]), True)
        before = i
    if not bool(calm[-1]):
        open_steps = 0
    return record[-CALM_RECORD:], open_steps
