"""Stale: a running run has sent nothing for longer than its own cadence allows.

A pure function of the last time the run was seen, the current time (passed in: detectors
have no clock) and the recent intervals between its batches.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from lossmon.server.detectors.base import median, push

NAME = "stale"


def observe(
    state: dict[str, Any] | None, seen_at: Sequence[float], settings: Mapping[str, Any]
) -> dict[str, Any]:
    """Record the arrival times of new batches (seconds); keep the last `intervals` gaps."""
    st: dict[str, Any] = dict(state) if state else {}
    gaps: list[float] = list(st.get("gaps", []))
    last = st.get("last_seen")
    for t in seen_at:
        if not math.isfinite(t):
            continue
        if last is not None and t > last:
            push(gaps, float(t - last), int(settings["intervals"]))
        if last is None or t > last:
            last = float(t)
    st.update(gaps=gaps, last_seen=last)
    return st


def threshold(gaps: Sequence[float], settings: Mapping[str, Any]) -> float:
    """Return the silence (seconds) after which the run is stale: max(min, k × median gap)."""
    base = float(settings["min_seconds"])
    if not gaps:
        return base
    return max(base, float(settings["interval_multiple"]) * median(list(gaps)))


def is_stale(
    last_seen: float | None, now: float, gaps: Sequence[float], settings: Mapping[str, Any]
) -> bool:
    """Whether a run last seen at `last_seen` is stale at `now`."""
    if last_seen is None or not settings.get("enabled", True):
        return False
    return now - last_seen > threshold(gaps, settings)


def check(
    state: Mapping[str, Any] | None, now: float, settings: Mapping[str, Any]
) -> dict[str, Any] | None:
    """Return the stale finding (message and evidence) for a run's state at `now`, or None."""
    st = state or {}
    last, gaps = st.get("last_seen"), list(st.get("gaps", []))
    if not is_stale(last, now, gaps, settings):
        return None
    assert last is not None
    limit = threshold(gaps, settings)
    silent = now - last
    return {
        "severity": "warning",
        "message": (
            f"No data for {silent / 60:.0f} min (this run usually reports every "
            f"{(median(gaps) if gaps else math.nan):.0f} s; stale after {limit / 60:.0f} min)."
        ),
        "evidence": {"value": silent, "threshold": limit, "last_seen": last},
    }
