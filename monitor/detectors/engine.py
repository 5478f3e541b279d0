"""One evaluation of a run: detectors, then the alert lifecycle, as one pure step.

Shared by the service (monitor/alerts.py, which persists the states) and the offline replay
(`lossmon backtest`), so both decide exactly alike.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from lossmon.server.detectors import (
    DETECTORS,
    divergence,
    evaluate_all,
    lifecycle,
    overfitting,
    plateau,
    spike,
)
from lossmon.server.detectors.base import Batch, Finding
from lossmon.server.detectors.cadence import in_epochs


@dataclass
class RunState:
    """Everything the detectors remember about one run between evaluations (JSON-safe)."""

    detectors: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    lifecycles: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    #: Where each loss detector's first alert began (its condition's first step).
    incidents: dict[str, int] = field(default_factory=dict)
    #: The latest ENDED_KEPT incidents that ended: [name, first step, end step]. What silenced
    #: a finding when a later incident began is known whatever the batches (`_unsilenced`).
    ended: list[list[Any]] = field(default_factory=list)


#: Ended incidents a run's state keeps.
ENDED_KEPT = 64


def evaluate(
    state: RunState,
    batch: Batch,
    settings: Mapping[str, Mapping[str, Any]],
    *,
    loss_kind: str | None = None,
) -> list[dict[str, Any]]:
    """Feed one batch of new points; update `state` in place; return fired/resolved events.

    Each event is a dict with `event` ("fired" | "resolved"), `detector`, `severity`, `step`,
    `opened_step`, `message` and `evidence`.
    """
    last = max((int(s.steps.max()) for s in batch.values() if s.steps.size), default=None)
    new_states, found = evaluate_all(state.detectors, batch, settings, loss_kind=loss_kind)
    state.detectors.update(new_states)
    events: list[dict[str, Any]] = []
    # Incidents that ended within this batch still silence what began and ended while they
    # fired, as they would have had the points come one at a time: (name, first, end step).
    ended: list[tuple[str, int, int]] = []
    for name in DETECTORS:
        if name in found:
            events += _advance(state, name, found[name], last, settings[name], ended)
    state.ended = [*state.ended, *([d, at, end] for d, at, end in ended)][-ENDED_KEPT:]
    return events


#: The rules that judge a finished run, in the order of SILENCES (a divergence first).
FINISHERS = {
    divergence.NAME: divergence.finish,
    overfitting.NAME: overfitting.finish,
    spike.NAME: spike.finish,
    plateau.NAME: plateau.finish,
}


def finish(state: RunState, settings: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The run has ended: apply the rules that judge a finished run (divergence's: a last
    evaluation that is no number; overfitting's end rule: a final evaluation well above the
    best; spike's: a spike still open did not recover; plateau's: a series that stopped improving
    long before a run too short for torch's patience ended); return the fired events, as `evaluate`
    does. Calling it again changes nothing."""
    events: list[dict[str, Any]] = []
    for name, judge in FINISHERS.items():
        if not settings[name].get("enabled", True) or name not in state.detectors:
            continue
        if name == divergence.NAME:
            jump = _unrecovered_jump(state, settings)
            state.detectors[name], found = divergence.finish(
                state.detectors[name], settings[name], jump
            )
        else:
            state.detectors[name], found = judge(state.detectors[name], settings[name])
        last = max((f.last_step for f in found), default=None)
        events += _advance(state, name, found, last, settings[name], [])
    return events


def _unrecovered_jump(
    state: RunState, settings: Mapping[str, Mapping[str, Any]]
) -> spike.Unrecovered | None:
    """Return the spike still open on divergence's training loss, for its end-of-run jump
    (judged before spike's own end rule rewords it: the divergence comes first)."""
    watched = settings[spike.NAME]
    if not watched.get("enabled", True) or watched["key"] != settings[divergence.NAME]["key"]:
        return None
    return spike.unrecovered(state.detectors.get(spike.NAME))


def _advance(
    state: RunState,
    name: str,
    findings: list[Finding],
    last: int | None,
    cfg: Mapping[str, Any],
    ended: list[tuple[str, int, int]],
) -> list[dict[str, Any]]:
    """Take one detector's findings through the silencing and its alert lifecycle; return the
    events, and note the incidents that began or ended (`ended` gains those that ended)."""
    findings = _unsilenced(state, name, findings, ended)
    state.lifecycles[name], fired = lifecycle.advance(
        state.lifecycles.get(name), findings, last, *_durations(state.detectors.get(name), cfg)
    )
    for event in fired:
        event["detector"] = name
        if event["event"] == "fired" and name in SILENCES:
            state.incidents.setdefault(name, int(event["condition_start"]))
        elif event["event"] == "resolved" and not _lasting(name, event):
            began = state.incidents.pop(name, None)
            if began is not None:
                ended.append((name, began, int(event["step"])))
    return fired


def _durations(detector_state: Mapping[str, Any] | None, cfg: Mapping[str, Any]) -> tuple[int, int]:
    """Return the lifecycle's `for` and `keep_firing_for` in the run's steps: counted in epochs
    where the detector reads the run as a per-epoch log (cadence.py), or a divergence
    that cleared would stay firing for 50 epochs."""
    names = ("for", "keep_firing_for")
    durations = in_epochs(detector_state or {}, {name: int(cfg[name]) for name in names}, names)
    return int(durations["for"]), int(durations["keep_firing_for"])


#: One incident, one alert: what each loss detector silences once it has fired in a run.
#: Findings that begin at or after that incident are dropped (an overfit run's stalled
#: validation is not also a plateau; a diverged run's climb is not also a spike).
SILENCES = {
    # A diverged run's penalty share and perplexity say nothing new either.
    "divergence": ("spike", "overfitting", "plateau", "regularization", "perplexity"),
    "overfitting": ("plateau",),
    "spike": ("plateau",),
}
#: Incidents that silence for the rest of the run; a spike silences only while it fires.
LASTING = ("divergence", "overfitting")


def _lasting(name: str, resolved: Mapping[str, Any]) -> bool:
    """Return whether the incident of `name` whose alert `resolved` goes on silencing: a
    divergence always; an overfit unless validation made a new best while it was reported
    (the series improved again, so a later stall is an incident of its own: a warning on the
    noise of the first three evaluations, resolved at the fourth, silenced a 24-epoch stall)."""
    if name == "overfitting":
        return "new_best_step" not in (resolved.get("evidence") or {})
    return name in LASTING


def _unsilenced(
    state: RunState, name: str, findings: list[Finding], ended: list[tuple[str, int, int]]
) -> list[Finding]:
    """Drop the findings of `name` that belong to an incident a higher detector reported:
    one firing (`state.incidents`: what begins while it fires), or one that ended within this
    batch (`ended`: what began and ended while it fired; point by point, what outlived it
    would fire once it resolved, and does here too).

    A finding of `name` still open when the incident began is closed there, so its alert
    resolves instead of firing on beside the more specific one.
    """
    spans = [(at, math.inf, d) for d, at in state.incidents.items() if name in SILENCES.get(d, ())]
    spans += [(at, end, d) for d, at, end in ended if name in SILENCES.get(d, ())]
    if not spans:
        return findings
    earlier = [(int(at), int(end), d) for d, at, end in state.ended if name in SILENCES.get(d, ())]
    silencers = spans + earlier
    kept = []
    for f in findings:
        if any(at <= f.start_step < end and _ended_by(f, end) for at, end, _ in spans):
            continue
        # Open when an incident began: closed there (the first such incident), unless that
        # incident began and ended inside another that silenced it, in this batch or before
        # (it fired beside nothing: an overfit's stalled validation under a spike of the
        # overfit). One still firing, a divergence above all, always closes it.
        cut = min(
            (
                (at, by)
                for at, end, by in spans
                if f.start_step < at
                and (f.ongoing or (f.end_step is not None and f.end_step > at))
                and not _inside(f.start_step, (at, end), silencers)
            ),
            default=None,
        )
        if cut is not None:
            since, by = cut
            # Its latest words may speak of points after the cut (and which are before it
            # depends on the batches): its opening words, said to be of its opening step, and
            # what took over.
            latest = (
                f"As at step {f.start_step}: {f.message} Closed at step {since}: the {by} alert "
                "whose condition began there covers it."
            )
            f = replace(
                f, ongoing=False, end_step=since, last_step=min(f.last_step, since),
                latest=latest, latest_step=since, covered_by=by,
            )  # fmt: skip
        kept.append(f)
    return kept


def _inside(
    start: int, incident: tuple[int, float], silencers: list[tuple[int, float, str]]
) -> bool:
    """Return whether an `incident` (first step, end) that ended began and ended inside another
    that silenced a finding beginning at `start`."""
    at, end = incident
    return end < math.inf and any(a <= start < e and a <= at and end <= e for a, e, _ in silencers)


def _ended_by(f: Finding, end: float) -> bool:
    """Return whether the finding's episode ended by `end` (always, for an incident still
    firing, whose end is infinite)."""
    if end == math.inf:
        return True
    return not f.ongoing and f.end_step is not None and f.end_step <= end
