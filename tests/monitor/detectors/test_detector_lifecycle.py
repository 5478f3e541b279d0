"""The pure alert lifecycle: pending → firing after `for` → resolved after keep_firing_for."""

from __future__ import annotations

import pytest

from lossmon.server.detectors.base import Finding
from lossmon.server.detectors.lifecycle import advance


def ep(start: int, last: int, end: int | None) -> Finding:
    return Finding("spike", "warning", start, last, end is None, end, "m", {})


@pytest.mark.parametrize(
    ("batches", "for_steps", "keep", "expected"),
    [
        # A condition that clears while pending notifies nobody.
        ([([ep(10, 11, 12)], 20)], 3, 0, []),
        # Held long enough: fires at start + for.
        ([([ep(10, 20, None)], 20)], 3, 0, [("fired", 13)]),
        # Fires, clears at 25, resolves keep_firing_for steps later.
        ([([ep(10, 24, 25)], 40)], 0, 10, [("fired", 10), ("resolved", 35)]),
        # Clears, comes back within keep_firing_for: still the same alert.
        ([([ep(10, 24, 25), ep(30, 40, None)], 40)], 0, 10, [("fired", 10)]),
        # Comes back after keep_firing_for: a second alert.
        (
            [([ep(10, 24, 25), ep(50, 60, None)], 60)],
            0,
            10,
            [("fired", 10), ("resolved", 35), ("fired", 50)],
        ),
        # Resolution waits for steps to pass: not yet at 30, done at 40.
        ([([ep(10, 24, 25)], 30), ([], 40)], 0, 10, [("fired", 10), ("resolved", 35)]),
        # The same ongoing episode reported in several evaluations fires once.
        ([([ep(10, 20, None)], 20), ([ep(10, 30, None)], 30)], 0, 0, [("fired", 10)]),
    ],
)
def test_lifecycle(batches, for_steps, keep, expected) -> None:
    state = None
    events = []
    for findings, last in batches:
        state, evs = advance(state, findings, last, for_steps, keep)
        events += [(e["event"], e["step"]) for e in evs]
    assert events == expected


def test_evaluating_twice_changes_nothing() -> None:
    state, first = advance(None, [ep(10, 20, None)], 20, 0, 0)
    again, second = advance(state, [ep(10, 20, None)], 20, 0, 0)
    assert [e["event"] for e in first] == ["fired"]
    assert second == []
    assert again == state
