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


def _spike(start: int, last: int, end: int | None, covered_by: str | None = None) -> Finding:
    return Finding("spike", "warning", start, last, end is None, end, "m", covered_by=covered_by)


def test_an_alert_is_covered_when_its_last_ending_episode_was_taken_over() -> None:
    """A training spike (from 100) and a validation spike (from 150) keep one alert firing;
    in one evaluation the validation spike ends at 170 and the training one is cut at 200 by
    a divergence: the alert resolves at 200, covered, whatever order the episodes began in."""
    for first, second in ((100, 150), (150, 100)):
        st, _ = advance(None, [_spike(first, 160, None), _spike(second, 160, None)], 160, 0, 10)
        ends = {100: _spike(100, 200, 200, "divergence"), 150: _spike(150, 169, 170)}
        st, events = advance(st, [ends[first], ends[second]], 260, 0, 10)
        assert [(e["event"], e["step"], e["covered_by"]) for e in events] == [
            ("resolved", 200, "divergence")
        ]


def test_a_covered_alert_does_not_resolve_before_it_fired() -> None:
    """`for` 20: the spike fires at 120; a divergence whose condition began at 110 takes it
    over: it resolves at 120, not at 110, before it opened."""
    st, events = advance(None, [_spike(100, 130, None)], 130, 20, 10)
    assert [(e["event"], e["step"]) for e in events] == [("fired", 120)]
    st, events = advance(st, [_spike(100, 110, 110, "divergence")], 160, 20, 10)
    assert [(e["event"], e["step"], e["covered_by"]) for e in events] == [
        ("resolved", 120, "divergence")
    ]
