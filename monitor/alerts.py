"""The alert lifecycle in the database: evaluate runs with new points, open and resolve alerts.

Deciding is pure (monitor/detectors); this module feeds the detectors the points each run got
since its last evaluation, keeps their per-(run, detector) state in `detector_state`, and turns
fired/resolved events into `alert` rows — at most one firing per (run, detector), which the
database enforces too. Evaluating the same data twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from monitor.detectors import SettingsError, engine, series, stale, validate_settings
from monitor.detectors.base import Series as DetectorSeries
from monitor.models import Alert, DetectorState, Point, Project, Run, Series, utcnow

#: The most points one evaluation reads per series; a larger backlog continues next tick.
MAX_POINTS_PER_EVALUATION = 50_000
STATE_KEY = "run"
STALE = "stale"


def effective_settings(project: Project, run_config: Mapping[str, Any]) -> dict[str, Any]:
    """Return the detector settings of a run: defaults, then the project's, then the run's."""
    merged: dict[str, dict[str, Any]] = {}
    for layer in (project.detector_settings or {}, run_config.get("detectors") or {}):
        for detector, section in layer.items():
            merged.setdefault(detector, {}).update(section)
    return validate_settings(merged)


def check_run_overrides(run_config: Mapping[str, Any]) -> None:
    """Raise SettingsError when a run's config carries invalid detector overrides."""
    overrides = run_config.get("detectors")
    if overrides is not None:
        validate_settings(overrides)


def watched_keys(settings: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """Return the series keys the enabled detectors read."""
    return {
        value
        for section in settings.values()
        if section.get("enabled", True)
        for name, value in section.items()
        if (name == "key" or name.endswith("_key")) and isinstance(value, str)
    }


def evaluate_runs(session: Session, run_ids: Sequence[int], now: dt.datetime | None = None) -> int:
    """Evaluate the given runs on their new points; return how many alert events happened.

    The runs are locked first (row locks on PostgreSQL, the write lock on SQLite), so the
    fast path at ingest and the scheduler never evaluate one run at the same time.
    """
    if not run_ids:
        return 0
    now = now or utcnow()
    runs = _lock_runs(session, run_ids)
    states = _load_states(session, [run.id for run in runs])
    settings_of = {run.id: _settings_or_defaults(run) for run in runs}
    watched = {run.id: watched_keys(settings_of[run.id]) for run in runs}
    points = _new_points(session, watched)
    events = 0
    for run in runs:
        run_points = points.get(run.id, {})
        batch = {key: series(steps, values) for key, (_, steps, values, _) in run_points.items()}
        state = states.get(run.id, {})
        run_state = engine.RunState(state.get("detectors", {}), state.get("lifecycles", {}))
        fired = engine.evaluate(
            run_state, batch, settings_of[run.id], loss_kind=run.config.get("loss_kind")
        )
        for event in fired:
            _apply(session, run, event, now)
        events += len(fired)
        stale_state = stale.observe(
            state.get(STALE), _arrival_times(run_points, now), settings_of[run.id][STALE]
        )
        if batch:
            events += _resolve(session, run.id, STALE, _last_step(batch), now)
        _save_state(
            session,
            run.id,
            {
                "detectors": run_state.detectors,
                "lifecycles": run_state.lifecycles,
                STALE: stale_state,
            },
            now,
        )
        for series_id, steps, _, _ in run_points.values():
            session.execute(
                update(Series).where(Series.id == series_id).values(evaluated_step=steps[-1])
            )
        run.needs_evaluation = any(
            len(steps) >= MAX_POINTS_PER_EVALUATION for _, steps, _, _ in run_points.values()
        )
    return events


def _settings_or_defaults(run: Run) -> dict[str, Any]:
    try:
        return effective_settings(run.project, run.config)
    except SettingsError:
        # Settings are validated when written; a project changed since falls back safely.
        return validate_settings(None)


def _lock_runs(session: Session, run_ids: Sequence[int]) -> list[Run]:
    ordered = sorted(set(run_ids))
    if session.get_bind().dialect.name == "sqlite":
        # The first write takes SQLite's write lock for the whole transaction.
        session.execute(update(Run).where(Run.id.in_(ordered)).values(needs_evaluation=False))
        query = select(Run).where(Run.id.in_(ordered))
    else:
        query = select(Run).where(Run.id.in_(ordered)).order_by(Run.id).with_for_update()
    return list(session.scalars(query))


def _load_states(session: Session, run_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    rows = session.execute(
        select(DetectorState.run_id, DetectorState.state).where(
            DetectorState.run_id.in_(run_ids), DetectorState.detector == STATE_KEY
        )
    )
    return {run_id: state for run_id, state in rows}


def _save_state(session: Session, run_id: int, state: dict[str, Any], now: dt.datetime) -> None:
    row = session.get(DetectorState, (run_id, STATE_KEY))
    if row is None:
        session.add(DetectorState(run_id=run_id, detector=STATE_KEY, state=state, updated_at=now))
    else:
        row.state = state
        row.updated_at = now


PointsOfRun = dict[str, tuple[int, list[int], list[float], list[float | None]]]


def _new_points(session: Session, watched: Mapping[int, set[str]]) -> dict[int, PointsOfRun]:
    """Return, per run and watched key, the points above the series' evaluated step."""
    keys = set().union(*watched.values()) if watched else set()
    found: dict[int, PointsOfRun] = defaultdict(dict)
    query = (
        select(Series.run_id, Series.key, Series.id, Point.step, Point.value, Point.wall_time)
        .join(Point, Point.series_id == Series.id)
        .where(Series.run_id.in_(list(watched)), Series.key.in_(keys))
        .where((Series.evaluated_step.is_(None)) | (Point.step > Series.evaluated_step))
        .order_by(Series.id, Point.step)
    )
    for run_id, key, series_id, step, value, wall_time in session.execute(query):
        if key not in watched[run_id]:
            continue
        entry = found[run_id].get(key)
        if entry is None:
            entry = found[run_id][key] = (series_id, [], [], [])
        if len(entry[1]) >= MAX_POINTS_PER_EVALUATION:
            continue
        entry[1].append(step)
        entry[2].append(math.nan if value is None else value)
        entry[3].append(wall_time)
    return found


def _arrival_times(points: PointsOfRun, now: dt.datetime) -> list[float]:
    """Return when the new points were logged (their wall_time, else now), for `stale`."""
    times = sorted({t for _, _, _, walls in points.values() for t in walls if t is not None})
    if not times and points:
        times = [now.timestamp()]
    return times


def _last_step(batch: Mapping[str, DetectorSeries]) -> int:
    return max(int(s.steps.max()) for s in batch.values() if s.steps.size)


def _apply(session: Session, run: Run, event: Mapping[str, Any], now: dt.datetime) -> None:
    if event["event"] == "fired":
        _open(session, run.id, event["detector"], event["severity"], event["step"],
              event["message"], event["evidence"], now)  # fmt: skip
    else:
        _resolve(session, run.id, event["detector"], event["step"], now)


def _open(
    session: Session,
    run_id: int,
    detector: str,
    severity: str,
    step: int | None,
    message: str,
    evidence: Mapping[str, Any],
    now: dt.datetime,
) -> bool:
    """Open a firing alert; return False when one is already firing for (run, detector)."""
    try:
        with session.begin_nested():
            session.add(
                Alert(run_id=run_id, detector=detector, severity=severity, state="firing",
                      opened_step=step, opened_at=now, message=message, evidence=dict(evidence))
            )  # fmt: skip
            session.flush()
    except IntegrityError:
        return False
    return True


def _resolve(
    session: Session, run_id: int, detector: str, step: int | None, now: dt.datetime
) -> int:
    """Resolve the firing alert of (run, detector), if any; return how many were resolved."""
    alert = session.scalar(
        select(Alert).where(
            Alert.run_id == run_id, Alert.detector == detector, Alert.state == "firing"
        )
    )
    if alert is None:
        return 0
    alert.state = "resolved"
    alert.resolved_step = step
    alert.resolved_at = now
    return 1


def pending_run_ids(session: Session, limit: int = 200) -> list[int]:
    """Return runs with points the detectors have not seen yet, oldest activity first."""
    return list(
        session.scalars(
            select(Run.id)
            .where(Run.needs_evaluation.is_(True))
            .order_by(Run.last_seen_at)
            .limit(limit)
        )
    )


def mark_stale_runs(session: Session, now: dt.datetime) -> list[int]:
    """Mark silent running runs stale and open their stale alert; return their ids."""
    running = list(session.scalars(select(Run).where(Run.status == "running")))
    states = _load_states(session, [run.id for run in running])
    marked = []
    for run in running:
        settings = _settings_or_defaults(run)[STALE]
        observed = dict(states.get(run.id, {}).get(STALE) or {})
        # Silence is measured on the server's clock; the client's only gives the cadence.
        observed["last_seen"] = run.last_seen_at.timestamp()
        finding = stale.check(observed, now.timestamp(), settings)
        if finding is None:
            continue
        run.status = "stale"
        step = max((s.last_step for s in run.series if s.last_step is not None), default=None)
        _open(session, run.id, STALE, finding["severity"], step, finding["message"],
              finding["evidence"], now)  # fmt: skip
        marked.append(run.id)
    return marked
