"""The alert lifecycle in the database: evaluate runs with new points, open and resolve alerts.

Deciding is pure (monitor/detectors); this module feeds the detectors the points each run got
since its last evaluation, keeps their per-(run, detector) state in `detector_state`, and turns
fired/resolved events into `alert` rows — at most one firing per (run, detector), which the
database enforces too. Evaluating the same data twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import time
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol
from typing import cast as typed

import orjson
from sqlalchemy import Table, Text, bindparam, cast, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from lossmon.server import new_points, outbox
from lossmon.server.db import Database
from lossmon.server.detectors import SettingsError, engine, stale, validate_settings
from lossmon.server.detectors.base import Series as DetectorSeries
from lossmon.server.detectors.cadence import epoch_steps
from lossmon.server.detectors.settings import translate_renamed
from lossmon.server.models import (
    ENDED_STATUSES,
    Alert,
    DetectorState,
    Project,
    Run,
    Series,
    utcnow,
)

logger = logging.getLogger(__name__)

STATE_KEY = "run"
STALE = "stale"
STATES = typed(Table, DetectorState.__table__)
SERIES = typed(Table, Series.__table__)
ALERTS = typed(Table, Alert.__table__)


def effective_settings(project: Project, run_config: Mapping[str, Any]) -> dict[str, Any]:
    """Return the detector settings of a run: defaults, then the project's, then the run's
    (a run whose steps are epochs, `step_unit: "epoch"`, has its stall span in epochs)."""
    merged: dict[str, dict[str, Any]] = {}
    run_layer = translate_renamed(run_config.get("detectors")) or {}
    for layer in (project.detector_settings or {}, run_layer):
        for detector, section in layer.items():
            merged.setdefault(detector, {}).update(section)
    settings = validate_settings(merged)
    return epoch_steps(settings) if run_config.get("step_unit") == "epoch" else settings


def check_run_overrides(run_config: Mapping[str, Any]) -> None:
    """Raise SettingsError when a run's config carries invalid detector overrides."""
    overrides = run_config.get("detectors")
    if overrides is not None:
        validate_settings(translate_renamed(overrides))


def watched_keys(settings: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """Return the series keys the enabled detectors read."""
    return {
        value
        for section in settings.values()
        if section.get("enabled", True)
        for name, value in section.items()
        if (name == "key" or name.endswith("_key")) and isinstance(value, str)
    }


def _watched_of(settings_of: Mapping[int, dict[str, Any]]) -> dict[int, set[str]]:
    """Return each run's watched keys, read once per settings dict (`_settings_of` shares
    one among the runs whose project and overrides agree: most runs)."""
    keys_of: dict[int, set[str]] = {}
    out = {}
    for run_id, settings in settings_of.items():
        keys = keys_of.get(id(settings))
        if keys is None:
            keys = keys_of[id(settings)] = watched_keys(settings)
        out[run_id] = keys
    return out


def evaluate_runs(session: Session, run_ids: Sequence[int], now: dt.datetime | None = None) -> int:
    """Evaluate the given runs on their new points; return how many alert events happened.

    The runs are locked first (row locks on PostgreSQL, the write lock on SQLite), and stay
    locked while the detectors compute: the ingest fast path's way, for one run. The
    scheduler's `evaluate_runs_unlocked` computes outside the lock and, finding a run
    evaluated meanwhile, evaluates it again here. The
    statements are per call, not per run: one query each for the states, the new points and
    the firing alerts, and one executemany each for the states, the evaluated steps and the
    new alerts.
    """
    if not run_ids:
        return 0
    with _collector_paused():
        return _evaluate(session, run_ids, now)


def evaluate_runs_unlocked(
    database: Database, run_ids: Sequence[int], now: dt.datetime | None = None
) -> tuple[int, float]:
    """Evaluate runs as `evaluate_runs` does, holding no lock while the detectors compute.

    Return the alert events and how long the write held the runs (seconds). Three steps: the
    runs' states, firing alerts, evaluated steps and new points are read in one read-only
    transaction (a snapshot: SQLite's DEFERRED, PostgreSQL's REPEATABLE READ); the detectors
    run outside any transaction; a short write transaction then locks the runs (SQLite's
    write lock, PostgreSQL's row locks), checks that none of what was read for each run
    changed meanwhile (its state, its firing alerts, its series' evaluated steps: only an
    evaluation or the stale check writes those), and writes the result. A run whose reads
    changed (the ingest fast path or `mark_stale_runs` came in between) is evaluated again
    in that transaction by `evaluate_runs`'s locked path, so every run ends as if evaluated
    at one instant. Points that came meanwhile are left for the next evaluation: the run
    keeps `needs_evaluation` when a batch came since the read (`last_seen_at` moved) or a
    watched series has steps past those evaluated.

    Under `serve`'s load (100 runs logging, bench/load.py) the evaluation held SQLite's
    write lock for 27 s a minute, 3/4 of it the detectors and the read of the points, and
    the requests queued behind it (bench/trace_serve.py).
    """
    if not run_ids:
        return 0, 0.0
    now = now or utcnow()
    with _collector_paused():
        seen = _read_snapshot(database, run_ids)
        book = _PlannedBook(seen.firing, now)
        decided = _decide(
            seen.ids,
            seen.states,
            seen.settings,
            seen.loss_kinds,
            seen.finished,
            seen.points,
            book,
            now,
        )
    with database.session() as session:
        session.connection()  # begins: on SQLite, waits for the write turn first
        started = time.perf_counter()
        with _collector_paused():
            events = _write_decided(session, seen, decided, book, now)
    return events, time.perf_counter() - started


@dataclass
class _Snapshot:
    """What the read step of `evaluate_runs_unlocked` saw of the runs."""

    ids: list[int]
    last_seen: dict[int, Any]
    state_texts: dict[int, str | None]
    states: dict[int, dict[str, Any]]
    firing: dict[tuple[int, str], int]  # (run, detector) -> the firing alert's id
    series: dict[int, tuple[int, str, int | None]]  # series id -> (run, key, evaluated_step)
    settings: dict[int, dict[str, Any]]
    loss_kinds: dict[int, Any]
    finished: set[int]  # the runs that ended (finished, failed or crashed)
    watched: dict[int, set[str]]
    points: dict[int, new_points.PointsOfRun]


def _read_snapshot(database: Database, run_ids: Sequence[int]) -> _Snapshot:
    with database.read_session() as session:
        if session.get_bind().dialect.name != "sqlite":
            # One snapshot for every statement below (SQLite's read transaction is one).
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        runs = list(
            session.scalars(select(Run).where(Run.id.in_(sorted(set(run_ids)))).order_by(Run.id))
        )
        ids = [run.id for run in runs]
        texts = _load_state_texts(session, ids)
        settings_of = _settings_of(runs)
        watched = _watched_of(settings_of)
        series = {
            sid: (run_id, key, evaluated)
            for sid, run_id, key, evaluated in session.execute(
                select(Series.id, Series.run_id, Series.key, Series.evaluated_step).where(
                    Series.run_id.in_(ids)
                )
            )
        }
        return _Snapshot(
            ids=ids,
            last_seen={run.id: run.last_seen_at for run in runs},
            state_texts=texts,
            states={run_id: _loads(text) for run_id, text in texts.items()},
            firing=_firing_ids(session, ids),
            series=series,
            settings=settings_of,
            loss_kinds={run.id: run.config.get("loss_kind") for run in runs},
            finished={run.id for run in runs if run.status in ENDED_STATUSES},
            watched=watched,
            points=new_points.read(session, watched),
        )


def _firing_ids(session: Session, run_ids: Sequence[int]) -> dict[tuple[int, str], int]:
    rows = session.execute(
        select(Alert.id, Alert.run_id, Alert.detector).where(
            Alert.run_id.in_(run_ids), Alert.state == "firing"
        )
    )
    return {(run_id, detector): alert_id for alert_id, run_id, detector in rows}


def _write_decided(
    session: Session, seen: _Snapshot, decided: _Decided, book: _PlannedBook, now: dt.datetime
) -> int:
    """Lock the runs; write what was decided for those whose reads did not change since;
    evaluate the others again under the lock (`_evaluate`). Return the alert events."""
    query = select(Run.id, Run.last_seen_at).where(Run.id.in_(seen.ids)).order_by(Run.id)
    if session.get_bind().dialect.name != "sqlite":
        query = query.with_for_update()  # on SQLite, BEGIN IMMEDIATE took the write lock
    last_seen = {run_id: at for run_id, at in session.execute(query)}  # a deleted run is gone
    texts = _load_state_texts(session, list(last_seen))
    firing = _firing_ids(session, list(last_seen))
    changed = {
        run_id
        for run_id in last_seen
        if (run_id in texts, texts.get(run_id))
        != (run_id in seen.state_texts, seen.state_texts.get(run_id))
    }
    changed |= {key[0] for key, _ in firing.items() ^ seen.firing.items() if key[0] in last_seen}
    past: dict[int, tuple[int, str, int | None]] = {}  # series id -> (run, key, last step)
    for sid, run_id, key, evaluated, last_step in session.execute(
        select(Series.id, Series.run_id, Series.key, Series.evaluated_step, Series.last_step).where(
            Series.run_id.in_(list(last_seen))
        )
    ):
        if sid in seen.series and seen.series[sid][2] != evaluated:
            changed.add(run_id)
        past[sid] = (run_id, key, last_step)
    valid = [run_id for run_id in seen.ids if run_id in last_seen and run_id not in changed]
    done = set(valid)
    book.write(session, done)
    outbox.enqueue(session, valid, now)
    saved = [(run_id, state) for run_id, state in decided.saved if run_id in done]
    _save_states(session, saved, set(seen.state_texts), now)  # the rows there, unchanged
    marked = [row for row in decided.evaluated if seen.series[row["sid"]][0] in done]
    _mark_evaluated(session, marked)
    # Points that came after the read are the next evaluation's: keep the run marked.
    reached = {row["sid"]: row["step"] for row in marked}
    more = {run_id for run_id in valid if last_seen[run_id] != seen.last_seen[run_id]}
    more |= set(decided.backlog) & done
    for sid, (run_id, key, last_step) in past.items():
        if run_id not in done or key not in seen.watched[run_id] or last_step is None:
            continue
        step = reached.get(sid, seen.series[sid][2] if sid in seen.series else None)
        if last_step > (-1 if step is None else step):
            more.add(run_id)
    if done - more:
        session.execute(
            update(Run).where(Run.id.in_(sorted(done - more))).values(needs_evaluation=False)
        )
    if more:
        session.execute(update(Run).where(Run.id.in_(sorted(more))).values(needs_evaluation=True))
    events = sum(decided.events.get(run_id, 0) for run_id in valid)
    if changed:
        events += _evaluate(session, sorted(changed), now)
    return events


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one evaluation (reference counting goes on).

    An evaluation allocates ~10^5 short-lived row tuples and state lists, none in reference
    cycles. With the collector on they set off several full collections, each walking every
    object of the process: a third of the evaluation's CPU in bench/detector_cost.py.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _evaluate(session: Session, run_ids: Sequence[int], now: dt.datetime | None) -> int:
    now = now or utcnow()
    # Core statements below bypass autoflush: the caller's pending changes go first.
    session.flush()
    runs = _lock_runs(session, run_ids)
    ids = [run.id for run in runs]
    states = _load_states(session, ids)
    settings_of = _settings_of(runs)
    watched = _watched_of(settings_of)
    points = new_points.read(session, watched)
    book = _AlertBook(session, ids, now)
    loss_kinds = {run.id: run.config.get("loss_kind") for run in runs}
    finished = {run.id for run in runs if run.status in ENDED_STATUSES}
    decided = _decide(ids, states, settings_of, loss_kinds, finished, points, book, now)
    book.write()
    outbox.enqueue(session, ids, now)
    _save_states(session, decided.saved, set(states), now)
    _mark_evaluated(session, decided.evaluated)
    if decided.backlog:
        session.execute(
            update(Run).where(Run.id.in_(decided.backlog)).values(needs_evaluation=True)
        )
    return sum(decided.events.values())


@dataclass
class _Decided:
    """What one evaluation decided: states to save, steps evaluated, runs with more to read."""

    saved: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    evaluated: list[dict[str, Any]] = field(default_factory=list)
    backlog: list[int] = field(default_factory=list)
    events: dict[int, int] = field(default_factory=dict)  # alert events per run


class _Book(Protocol):
    def open(self, run_id: int, event: Mapping[str, Any]) -> None: ...

    def update(self, run_id: int, detector: str, words: str, step: int) -> None: ...

    def resolve(
        self, run_id: int, detector: str, step: int | None, by: str | None = None
    ) -> int: ...


def _decide(
    run_ids: Sequence[int],
    states: Mapping[int, dict[str, Any]],
    settings_of: Mapping[int, dict[str, Any]],
    loss_kinds: Mapping[int, Any],
    finished: Collection[int],
    points: Mapping[int, new_points.PointsOfRun],
    book: _Book,
    now: dt.datetime,
) -> _Decided:
    """Run the detectors over each run's new points (and, for a run that ended, the rules
    that judge a finished run); open and resolve alerts in `book`.

    Pure but for `book`: it reads and writes no table, so it may run outside any transaction.
    """
    out = _Decided()
    for run_id in run_ids:
        run_points = points.get(run_id, {})
        batch = {key: p.series for key, p in run_points.items()}
        state = states.get(run_id, {})
        run_state = engine.RunState(
            state.get("detectors", {}),
            state.get("lifecycles", {}),
            state.get("incidents", {}),
            state.get("ended", []),
        )
        said = _latest_words(run_state.lifecycles)
        try:
            fired = engine.evaluate(
                run_state, batch, settings_of[run_id], loss_kind=loss_kinds[run_id]
            )
            if run_id in finished:
                fired += engine.finish(run_state, settings_of[run_id])
        except Exception:
            # A detector's bug on one run's data must not stop the watch over every other
            # run (all are evaluated in one transaction): this run's new points are passed
            # over with its state as it was, and the error is logged with its run.
            logger.exception("detectors failed on run %s; its new points are passed over", run_id)
            out.evaluated += ({"sid": p.series_id, "step": p.last} for p in run_points.values())
            continue
        for event in fired:
            if event["event"] == "fired":
                book.open(run_id, event)
            else:
                if event.get("latest_step") is not None and event["latest"] != event["message"]:
                    book.update(run_id, event["detector"], event["latest"], event["latest_step"])
                book.resolve(run_id, event["detector"], event["step"], event.get("covered_by"))
        for name, (step, words) in _latest_words(run_state.lifecycles).items():
            if (step, words) != said.get(name):
                book.update(run_id, name, words, step)
        events = len(fired)
        stale_state = stale.observe(
            state.get(STALE), _arrival_times(run_points, now), settings_of[run_id][STALE]
        )
        if batch:
            events += book.resolve(run_id, STALE, _last_step(batch))
        out.events[run_id] = events
        out.saved.append(
            (
                run_id,
                {
                    "detectors": run_state.detectors,
                    "lifecycles": run_state.lifecycles,
                    "incidents": run_state.incidents,
                    "ended": run_state.ended,
                    STALE: stale_state,
                },
            )
        )
        out.evaluated += ({"sid": p.series_id, "step": p.last} for p in run_points.values())
        if any(p.full for p in run_points.values()):
            out.backlog.append(run_id)
    return out


def _latest_words(lifecycles: Mapping[str, Any]) -> dict[str, tuple[int, str]]:
    """Return each firing alert's latest words and their step, by detector, where they are
    not its opening words: those that moved in an evaluation are written beside them."""
    out = {}
    for name, life in lifecycles.items():
        finding = (life or {}).get("finding") or {}
        step, words = finding.get("latest_step"), finding.get("latest")
        firing = (life or {}).get("phase") == "firing"
        if firing and step is not None and words != finding.get("message"):
            out[name] = (int(step), str(words))
    return out


def _settings_or_defaults(run: Run) -> dict[str, Any]:
    try:
        return effective_settings(run.project, run.config)
    except SettingsError:
        # Settings are validated when written; a project changed since falls back safely.
        return validate_settings(None)


def _settings_of(runs: Sequence[Run]) -> dict[int, dict[str, Any]]:
    """Return each run's settings, validating each distinct (project, overrides, step unit)
    once."""
    cache: dict[tuple[int, str, Any], dict[str, Any]] = {}
    out = {}
    for run in runs:
        overrides = json.dumps(run.config.get("detectors"), sort_keys=True)
        key = (run.project_id, overrides, run.config.get("step_unit"))
        found = cache.get(key)
        if found is None:
            found = cache[key] = _settings_or_defaults(run)
        out[run.id] = found
    return out


def _lock_runs(session: Session, run_ids: Sequence[int]) -> list[Run]:
    """Lock the runs, clear their work flag and return them (the project loaded with them)."""
    ordered = sorted(set(run_ids))
    if session.get_bind().dialect.name == "sqlite":
        # The first write takes SQLite's write lock for the whole transaction.
        session.execute(update(Run).where(Run.id.in_(ordered)).values(needs_evaluation=False))
        query = select(Run).where(Run.id.in_(ordered))
    else:
        query = select(Run).where(Run.id.in_(ordered)).order_by(Run.id).with_for_update()
    runs = list(session.scalars(query))
    if session.get_bind().dialect.name != "sqlite":
        session.execute(update(Run).where(Run.id.in_(ordered)).values(needs_evaluation=False))
    return runs


def _load_states(session: Session, run_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    return {run_id: _loads(text) for run_id, text in _load_state_texts(session, run_ids).items()}


def _load_state_texts(session: Session, run_ids: Sequence[int]) -> dict[int, str | None]:
    # Read as text and parsed with orjson: the states are most of the bytes read.
    rows = session.execute(
        select(DetectorState.run_id, cast(DetectorState.state, Text)).where(
            DetectorState.run_id.in_(run_ids), DetectorState.detector == STATE_KEY
        )
    )
    return {run_id: text for run_id, text in rows}


def _loads(text: str | None) -> dict[str, Any]:
    if text is None:
        return {}
    try:
        state: dict[str, Any] = orjson.loads(text)
    except orjson.JSONDecodeError:
        state = json.loads(text)  # written by json.dumps: NaN tokens, which orjson refuses
    return state


def _dumps(state: dict[str, Any]) -> str:
    try:
        return orjson.dumps(state).decode()
    except TypeError:
        return json.dumps(state)


def _save_states(
    session: Session,
    saved: Sequence[tuple[int, dict[str, Any]]],
    existing: set[int],
    now: dt.datetime,
) -> None:
    """Write the runs' states: one executemany UPDATE for the known rows, one INSERT for new.

    The states go in as JSON text written by orjson (PostgreSQL casts it to its json type).
    """
    table = STATES
    text: Any = bindparam("st", type_=Text)
    if session.get_bind().dialect.name != "sqlite":
        text = cast(text, table.c.state.type)
    rows = [{"rid": run_id, "st": _dumps(state), "at": now} for run_id, state in saved]
    old = [row for row in rows if row["rid"] in existing]
    new = [row for row in rows if row["rid"] not in existing]
    if old:
        session.execute(
            update(table)
            .where(table.c.run_id == bindparam("rid"), table.c.detector == STATE_KEY)
            .values(state=text, updated_at=bindparam("at")),
            old,
        )
    if new:
        session.execute(
            insert(table).values(
                run_id=bindparam("rid"), detector=STATE_KEY, state=text, updated_at=bindparam("at")
            ),
            new,
        )
    _expire(session, DetectorState, [(run_id, STATE_KEY) for run_id, _ in saved])


def _mark_evaluated(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Record the last step evaluated of each series read, in one statement."""
    if not rows:
        return
    table = SERIES
    if session.get_bind().dialect.name != "sqlite":
        # One statement over unnested arrays: an executemany is a protocol round a row.
        session.execute(
            sql_text(
                "UPDATE series SET evaluated_step = v.step "
                "FROM unnest(CAST(:sids AS bigint[]), CAST(:steps AS bigint[])) AS v(sid, step) "
                "WHERE series.id = v.sid"
            ),
            {"sids": [row["sid"] for row in rows], "steps": [row["step"] for row in rows]},
        )
    else:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("sid"))
            .values(evaluated_step=bindparam("step")),
            rows,
        )
    _expire(session, Series, [row["sid"] for row in rows], ["evaluated_step"])


def _expire(
    session: Session, model: type[Any], keys: Sequence[Any], attributes: list[str] | None = None
) -> None:
    """Expire objects the session holds for rows just written with Core statements."""
    if not session.identity_map:
        return
    for key in keys:
        obj = session.identity_map.get(identity_key(model, key))
        if obj is not None:
            session.expire(obj, attributes)


def _arrival_times(points: new_points.PointsOfRun, now: dt.datetime) -> list[float]:
    """Return when the new points were logged (their wall_time, else now), for `stale`."""
    # The distinct times by a set union (in C), then None dropped from those alone.
    logged: set[float | None] = set().union(*(p.wall_times for p in points.values()))
    times = sorted(t for t in logged if t is not None)
    if not times and points:
        times = [now.timestamp()]
    return times


def _last_step(batch: Mapping[str, DetectorSeries]) -> int:
    return max(int(s.steps.max()) for s in batch.values() if s.steps.size)


class _AlertBook:
    """The firing alerts of the runs being evaluated, and the alerts they open, written at once.

    The runs are locked, so nothing else opens their detectors' alerts meanwhile: what is
    firing is read once, and the new alerts go in as one executemany at the end (resolved
    already when their condition cleared within the same evaluation).
    """

    def __init__(self, session: Session, run_ids: Sequence[int], now: dt.datetime) -> None:
        self.session = session
        self.now = now
        query = select(Alert).where(Alert.run_id.in_(run_ids), Alert.state == "firing")
        self.firing: dict[tuple[int, str], Alert | dict[str, Any]] = {
            (alert.run_id, alert.detector): alert for alert in session.scalars(query)
        }
        self.new: list[dict[str, Any]] = []

    def open(self, run_id: int, event: Mapping[str, Any]) -> None:
        """Open a firing alert, unless one is already firing for (run, detector)."""
        key = (run_id, event["detector"])
        if key in self.firing:
            return
        row = {
            "run_id": run_id,
            "detector": event["detector"],
            "severity": event["severity"],
            "state": "firing",
            "opened_step": event["step"],
            "opened_at": self.now,
            "message": event["message"],
            "evidence": dict(event["evidence"]),
            "resolved_step": None,
            "resolved_at": None,
            "resolved_by": None,
            "latest_message": None,
            "latest_step": None,
        }
        self.new.append(row)
        self.firing[key] = row

    def update(self, run_id: int, detector: str, words: str, step: int) -> None:
        """Keep the latest words of the firing alert of (run, detector), if any."""
        alert = self.firing.get((run_id, detector))
        if isinstance(alert, dict):
            alert.update(latest_message=words, latest_step=step)
        elif alert is not None:
            alert.latest_message, alert.latest_step = words, step

    def resolve(self, run_id: int, detector: str, step: int | None, by: str | None = None) -> int:
        """Resolve the firing alert of (run, detector), if any (`by`: the detector whose alert
        took it over); return how many were resolved."""
        alert = self.firing.pop((run_id, detector), None)
        if alert is None:
            return 0
        if isinstance(alert, dict):
            alert.update(state="resolved", resolved_step=step, resolved_at=self.now, resolved_by=by)
        else:
            alert.state = "resolved"
            alert.resolved_step = step
            alert.resolved_at = self.now
            alert.resolved_by = by
        return 1

    def write(self) -> None:
        """Insert the new alerts; one already firing (a concurrent writer) is skipped."""
        _insert_alerts(self.session, self.new)


def _insert_alerts(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert alert rows; one already firing (a concurrent writer) is skipped."""
    if not rows:
        return
    try:
        with session.begin_nested():
            session.execute(insert(ALERTS), rows)
    except IntegrityError:
        for row in rows:
            try:
                with session.begin_nested():
                    session.execute(insert(ALERTS), [row])
            except IntegrityError:
                continue


class _PlannedBook(_AlertBook):
    """An `_AlertBook` filled outside any transaction (`evaluate_runs_unlocked`): the alerts
    firing when the runs were read, by id; resolutions and new alerts are written by `write`
    for the runs whose reads still hold."""

    def __init__(self, firing: Mapping[tuple[int, str], int], now: dt.datetime) -> None:
        self.now = now
        self.firing: dict[tuple[int, str], Any] = dict(firing)
        self.new: list[dict[str, Any]] = []
        self.resolved: list[dict[str, Any]] = []
        self.updated: list[dict[str, Any]] = []

    def update(self, run_id: int, detector: str, words: str, step: int) -> None:
        alert = self.firing.get((run_id, detector))
        if isinstance(alert, int):
            self.updated.append({"aid": alert, "run": run_id, "words": words, "lstep": step})
        else:
            super().update(run_id, detector, words, step)

    def resolve(self, run_id: int, detector: str, step: int | None, by: str | None = None) -> int:
        alert = self.firing.get((run_id, detector))
        if isinstance(alert, int):
            del self.firing[run_id, detector]
            self.resolved.append(
                {"aid": alert, "run": run_id, "step": step, "at": self.now, "by": by}
            )
            return 1
        return super().resolve(run_id, detector, step, by)

    def write(self, session: Session, runs: set[int]) -> None:  # type: ignore[override]
        """Resolve, then insert (the database allows one firing alert per run and detector)."""
        updated = [row for row in self.updated if row["run"] in runs]
        if updated:
            session.execute(
                update(ALERTS)
                .where(ALERTS.c.id == bindparam("aid"))
                .values(latest_message=bindparam("words"), latest_step=bindparam("lstep")),
                updated,
            )
        resolved = [row for row in self.resolved if row["run"] in runs]
        if resolved:
            session.execute(
                update(ALERTS)
                .where(ALERTS.c.id == bindparam("aid"))
                .values(
                    state="resolved",
                    resolved_step=bindparam("step"),
                    resolved_at=bindparam("at"),
                    resolved_by=bindparam("by"),
                ),
                resolved,
            )
        _insert_alerts(session, [row for row in self.new if row["run_id"] in runs])


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
    outbox.enqueue(session, marked, now)
    return marked
