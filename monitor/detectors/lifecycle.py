"""The alert lifecycle as a pure state machine: pending → firing → resolved (Prometheus shape).

Detectors report condition episodes (`Finding`s); this turns them into at most one alert per
(run, detector) with `for` and `keep_firing_for` counted in steps. It is pure so the service
(monitor/alerts.py) and the offline replay share it; the service persists `state` as JSON and
turns the returned events into alert rows and deliveries. Feeding the same findings twice
returns no new event.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lossmon.server.detectors.base import Finding


def advance(
    state: dict[str, Any] | None,
    findings: Iterable[Finding],
    last_step: int | None,
    for_steps: int,
    keep_firing_for: int,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Apply one evaluation's findings; return the new state and the fired/resolved events.

    `last_step` is the last step the detector evaluated (it lets a cleared alert resolve once
    `keep_firing_for` steps have passed without the condition).
    """
    st: dict[str, Any] = dict(state) if state else {"phase": "inactive"}
    events: list[dict[str, Any]] = []
    still_open = False  # some episode of this detector still holds (it may report several)
    last_end: int | None = None
    covered_by: str | None = None  # the detector that took over the episode ending last
    for f in sorted(findings, key=lambda f: f.start_step):
        _resolve_due(st, events, f.start_step, keep_firing_for, new_start=f.start_step)
        phase = st["phase"]
        if phase == "inactive":
            done = st.get("done_start")
            if done is not None and f.start_step <= done:
                # An episode already seen through (or cut short by a silencing incident):
                # evaluating twice changes nothing, and it does not alert again.
                continue
            st.update(phase="pending", start=f.start_step)
            phase = "pending"
        if phase == "pending":
            if f.start_step != st["start"] and f.start_step > st.get("last", st["start"]):
                st["start"] = f.start_step
            # A condition holds until the next point says otherwise: on a run that logs every
            # 50 steps, one point that holds covers those 50 steps (`for` counts steps).
            held = f.last_step if f.ongoing or f.end_step is None else f.end_step - 1
            st["last"] = f.last_step
            if max(held, f.last_step) - st["start"] >= for_steps:
                fired = st["start"] + for_steps
                st.update(
                    phase="firing", fired_step=fired, cleared=None, episode=f.start_step,
                    finding=None,
                )  # fmt: skip
                events.append(_event("fired", fired, f, st))
            elif not f.ongoing:
                # A condition that clears while pending notifies nobody.
                st.update(phase="inactive", done_start=f.start_step)
                continue
        if st["phase"] == "firing":
            still_open = still_open or f.ongoing
            st["episode"] = f.start_step
            # Cleared when the last of this evaluation's episodes cleared (a detector may
            # report two: spike's training and validation episodes).
            if f.end_step is not None and (last_end is None or f.end_step >= last_end):
                last_end, covered_by = f.end_step, f.covered_by
            st["cleared"] = None if still_open else last_end
            st["covered_by"] = None if still_open else covered_by
            # The alert keeps the words it opened with; the latest words go beside them: those
            # of the latest step (a detector's two episodes come in its own order, not in
            # steps, and a batch may hold both).
            kept = st.get("finding") or {}
            latest_step = f.latest_step if f.latest_step is not None else f.start_step
            if kept.get("latest_step") is not None and latest_step < kept["latest_step"]:
                continue
            st["finding"] = {
                "message": kept.get("message") or f.message,
                "latest": f.latest or f.message,
                "latest_step": latest_step,
                "evidence": f.evidence,
                "severity": f.severity,
                "detector": f.detector,
            }
    if last_step is not None:
        _resolve_due(st, events, last_step + 1, keep_firing_for, new_start=None)
    return st, events


def _resolve_due(
    st: dict[str, Any],
    events: list[dict[str, Any]],
    upto: int,
    keep: int,
    new_start: int | None,
) -> None:
    """Resolve a firing alert whose condition cleared at least `keep` steps before `upto`."""
    if st["phase"] != "firing" or st.get("cleared") is None:
        return
    if new_start is not None and new_start == st.get("episode"):
        return  # the same episode reported again
    # An alert another one took over resolves where that one's incident began (not before
    # it fired, when the other's condition began within this one's `for`).
    covered_by = st.get("covered_by")
    due = int(st["cleared"]) + keep if not covered_by else max(int(st["cleared"]), st["fired_step"])
    if upto > due or (new_start is None and upto - 1 >= due):
        info = st.get("finding", {})
        events.append(
            {
                "event": "resolved",
                "step": due,
                "opened_step": st["fired_step"],
                "detector": info.get("detector"),
                "severity": info.get("severity"),
                "message": info.get("message", ""),
                "latest": info.get("latest", info.get("message", "")),
                "latest_step": info.get("latest_step"),
                "evidence": info.get("evidence", {}),
                "covered_by": covered_by,
            }
        )
        st.update(phase="inactive", cleared=None, covered_by=None, done_start=st.get("episode"))


def _event(kind: str, step: int, f: Finding, st: dict[str, Any]) -> dict[str, Any]:
    # The alert opens with the words and the numbers of its episode's opening, together: a
    # notification quoting the latest numbers under the opening step would contradict them.
    return {
        "event": kind,
        "step": step,
        "opened_step": st["fired_step"],
        "detector": f.detector,
        "severity": f.severity,
        "message": f.message,
        # `at_step`: the step those numbers are from (the alert fires `for` steps later).
        "evidence": {**(f.opening or f.evidence), "at_step": f.start_step},
        "condition_start": st["start"],
    }
