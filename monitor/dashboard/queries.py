"""The data behind the dashboard pages: a few grouped queries per page, never a scan of points.

Run summaries come from the series' last steps and the rollups kept at ingest, so a table of
runs with a million steps each costs the same as one with a hundred.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from lossmon.server import rollups, store
from lossmon.server.models import Alert, Point, Project, Rollup, Run, Series
from lossmon.server.wire import PERPLEXITY_LOSS_KINDS

SPARKLINE_POINTS = 64
TRAIN_LOSS = "train/loss"
VAL_LOSS = "val/loss"
PENALTY = "train/reg"
# Most severe first, everywhere alerts are listed or counted.
SEVERITY_ORDER = case((Alert.severity == "critical", 0), (Alert.severity == "warning", 1), else_=2)
SEVERITY_NAMES = ("critical", "warning", "info")


@dataclass
class SeverityCounts:
    """Firing alerts by severity: a red badge counts criticals only, never infos."""

    critical: int = 0
    warning: int = 0
    info: int = 0

    @property
    def total(self) -> int:
        return self.critical + self.warning + self.info

    def __bool__(self) -> bool:
        return self.total > 0

    def items(self) -> list[tuple[str, int]]:
        """Return (severity, count) for the severities that have firing alerts, worst first."""
        return [(name, getattr(self, name)) for name in SEVERITY_NAMES if getattr(self, name)]

    def add(self, severity: str, count: int) -> None:
        if severity in SEVERITY_NAMES:
            setattr(self, severity, getattr(self, severity) + count)

    @property
    def sort_key(self) -> int:
        """Return a number that orders runs by their worst firing alerts (for the table)."""
        return self.critical * 1_000_000 + self.warning * 1_000 + self.info


@dataclass
class ProjectRow:
    name: str
    runs: int
    running: int
    firing: SeverityCounts
    last_seen_at: dt.datetime | None
    latest: Run | None = None
    sparkline: list[tuple[int, float]] = field(default_factory=list)


@dataclass
class RunRow:
    id: int
    name: str
    status: str
    tags: list[str]
    created_at: dt.datetime
    last_seen_at: dt.datetime
    steps: int | None = None
    last_loss: float | None = None
    best_val: float | None = None
    best_val_step: int | None = None
    firing: SeverityCounts = field(default_factory=SeverityCounts)
    sparkline: list[tuple[int, float]] = field(default_factory=list)
    config: dict[str, str] = field(default_factory=dict)


def projects(session: Session) -> list[ProjectRow]:
    """Return every project with its run counts, firing alerts and last activity."""
    counts = {
        row.project_id: row
        for row in session.execute(
            select(
                Run.project_id,
                func.count(Run.id).label("runs"),
                func.count(Run.id).filter(Run.status == "running").label("running"),
                func.max(Run.last_seen_at).label("last_seen_at"),
            ).group_by(Run.project_id)
        )
    }
    firing: dict[int, SeverityCounts] = {}
    for project_id, severity, alerts_count in session.execute(
        select(Run.project_id, Alert.severity, func.count(Alert.id))
        .join(Alert, Alert.run_id == Run.id)
        .where(Alert.state == "firing")
        .group_by(Run.project_id, Alert.severity)
    ):
        firing.setdefault(project_id, SeverityCounts()).add(severity, alerts_count)
    rows = []
    ordered = list(session.scalars(select(Project).order_by(Project.name)))
    for project in ordered:
        count = counts.get(project.id)
        last_seen = count.last_seen_at if count else None
        if last_seen is not None and last_seen.tzinfo is None:
            last_seen = last_seen.replace(tzinfo=dt.timezone.utc)
        rows.append(
            ProjectRow(
                name=project.name,
                runs=count.runs if count else 0,
                running=count.running if count else 0,
                firing=firing.get(project.id, SeverityCounts()),
                last_seen_at=last_seen,
            )
        )
    latest_ids = session.execute(
        select(Run.project_id, func.max(Run.id)).group_by(Run.project_id)
    ).all()
    latest = {
        run.project_id: run
        for run in session.scalars(select(Run).where(Run.id.in_([i for _, i in latest_ids])))
    }
    train = {
        s.run_id: s
        for s in session.scalars(
            select(Series).where(Series.run_id.in_([r.id for r in latest.values()]),
                                 Series.key == TRAIN_LOSS, Series.last_step.is_not(None))
        )
    }  # fmt: skip
    for row, project in zip(rows, ordered, strict=True):
        row.latest = latest.get(project.id)
        if row.latest is not None and row.latest.id in train:
            found = train[row.latest.id]
            assert found.last_step is not None
            row.sparkline = sparkline(session, found.id, found.last_step)
    # Most recently active first: that is the project people come to look at.
    epoch = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    rows.sort(key=lambda r: r.last_seen_at or epoch, reverse=True)
    return rows


def project_runs(session: Session, project: Project) -> list[RunRow]:
    """Return the runs of a project, newest first, with their summary columns."""
    runs = store.list_runs(session, None, None, project.id)
    rows = {run.id: _run_row(run) for run in runs}
    if not rows:
        return []
    series = session.execute(
        select(Series.id, Series.run_id, Series.key, Series.last_step).where(
            Series.run_id.in_(rows)
        )
    ).all()
    for s in series:
        row = rows[s.run_id]
        if s.last_step is not None:
            row.steps = max(row.steps or 0, s.last_step)
    train = {s.run_id: s for s in series if s.key == TRAIN_LOSS and s.last_step is not None}
    for run_id, value in _last_values(session, list(train.values())).items():
        rows[run_id].last_loss = value
    for s in series:
        if s.key == VAL_LOSS and s.last_step is not None:
            rows[s.run_id].best_val, rows[s.run_id].best_val_step = best_value(session, s.id)
    for run_id, severity, count in session.execute(
        select(Alert.run_id, Alert.severity, func.count(Alert.id))
        .where(Alert.run_id.in_(rows), Alert.state == "firing")
        .group_by(Alert.run_id, Alert.severity)
    ):
        rows[run_id].firing.add(severity, count)
    for run_id, s in train.items():
        rows[run_id].sparkline = sparkline(session, s.id, s.last_step)
    return list(rows.values())


def _run_row(run: Run) -> RunRow:
    return RunRow(
        id=run.id,
        name=run.name,
        status=run.status,
        tags=list(run.tags or []),
        created_at=run.created_at,
        last_seen_at=run.last_seen_at,
        config=dict(flatten_config(run.config)),
    )


def flatten_config(config_value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Return a run's config as (dotted key, text) rows, nested objects expanded."""
    if not isinstance(config_value, dict):
        return [(prefix or "config", json.dumps(config_value))]
    rows: list[tuple[str, str]] = []
    for key in sorted(config_value, key=str):
        value = config_value[key]
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict) and value:
            rows.extend(flatten_config(value, name))
        elif isinstance(value, str):
            rows.append((name, value))
        else:
            rows.append((name, json.dumps(value)))
    return rows


@dataclass
class ConfigTable:
    """Config keys across runs: every key, the values per run, the keys whose values differ,
    and the differing keys that look like hyperparameters (best first: the default columns)."""

    keys: list[str]
    differing: list[str]
    numeric: set[str]
    suggested: list[str] = field(default_factory=list)


# Names (the last part of a dotted key) of the hyperparameters people sweep, most telling first.
HYPERPARAMETERS = (
    "lr", "learning_rate", "optimizer", "batch_size", "weight_decay", "momentum", "dropout",
    "n_params", "num_params", "params", "model", "model_name", "model_size", "arch",
    "architecture", "d_model", "hidden_size", "hidden", "width", "n_layer", "n_layers",
    "num_layers", "layers", "depth", "n_head", "num_heads", "heads", "n_embd", "emsize", "nhid",
    "warmup", "warmup_steps", "warmup_ratio", "scheduler", "lr_scheduler", "lr_schedule",
    "epochs", "num_train_epochs", "max_steps", "grad_clip", "max_grad_norm", "clip", "l2_lambda",
    "label_smoothing", "beta1", "beta2", "eps", "gradient_accumulation_steps", "seq_len",
    "block_size", "bptt", "precision", "dtype", "loss_kind",
)  # fmt: skip
# Keys that never make a useful column: seeds, ids, paths, free text, where the data came from.
NOT_HYPERPARAMETERS = re.compile(
    r"(^|[._-])(seed|\w*_seed|seed_\w*|id|\w*_id|uuid|run_name|name|path|\w*_path|dir|\w*_dir|"
    r"file|\w*_file|url|host|description|desc|notes?|comment|tags?|corpus|dataset|data|"
    r"output\w*|log\w*|wandb\w*|project|git\w*|commit|version)$",
    re.IGNORECASE,
)
LONG_VALUE = 24  # characters: longer values are text (descriptions, lists), not a setting


def hyperparameter_rank(key: str, values: list[str]) -> int | None:
    """Return how telling a config key is as a column (lower is better), None for a key that
    is no hyperparameter (a seed, an id, a path, a description, a long value)."""
    if NOT_HYPERPARAMETERS.search(key):
        return None
    if any(len(v) > LONG_VALUE or v.startswith(("[{", "{", "/")) for v in values):
        return None
    name = key.rsplit(".", 1)[-1].lower()
    if name in HYPERPARAMETERS:
        return HYPERPARAMETERS.index(name)
    return len(HYPERPARAMETERS) + key.count(".")


def config_table(configs: list[dict[str, str]]) -> ConfigTable:
    """Return the union of flattened config keys: the differing keys that look like
    hyperparameters (best first), the other differing keys, then the rest (alphabetical)."""
    keys = sorted({key for config in configs for key in config})
    differing = [k for k in keys if len({config.get(k) for config in configs}) > 1]
    numeric = {
        k for k in keys
        if all(_is_number(config[k]) for config in configs if k in config)
    }  # fmt: skip
    ranked = []
    for k in differing:
        rank = hyperparameter_rank(k, [config[k] for config in configs if k in config])
        if rank is not None:
            ranked.append((rank, k))
    suggested: list[str] = []
    for _, k in sorted(ranked):
        # lr and lr_schedule.lr, say, with the same values: one column says it.
        if not any(all(c.get(k) == c.get(other) for c in configs) for other in suggested):
            suggested.append(k)
    # The keys that look like hyperparameters first, then the other differing ones, then the rest.
    ordered = suggested + [k for k in differing if k not in suggested]
    ordered += [k for k in keys if k not in ordered]
    return ConfigTable(ordered, differing, numeric, suggested)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip().lower() not in ("nan", "inf", "-inf", "infinity", "-infinity")


def _last_values(session: Session, series: list[Any]) -> dict[int, float]:
    """Return each series' value at its last step, keyed by run id (NaN stays NaN)."""
    if not series:
        return {}
    found = session.execute(
        select(Series.run_id, Point.value)
        .join(Point, (Point.series_id == Series.id) & (Point.step == Series.last_step))
        .where(Series.id.in_([s.id for s in series]))
    )
    return {run_id: (math.nan if value is None else value) for run_id, value in found}


def best_value(session: Session, series_id: int) -> tuple[float | None, int | None]:
    """Return the lowest finite value of a series and its step, from the coarsest rollup
    level: an evaluation that overflowed to ±Infinity is no best (and no JSON number). Where a
    bucket's lowest is -Infinity its finite values are hidden from the rollups, so the points
    themselves answer (a rare series: one scan of it)."""
    row = session.execute(
        select(Rollup.min_value, Rollup.min_step)
        .where(
            Rollup.series_id == series_id,
            Rollup.resolution == rollups.RESOLUTIONS[-1],
            Rollup.min_value.is_not(None),
        )
        .order_by(Rollup.min_value, Rollup.min_step)
        .limit(1)
    ).first()
    if row is not None and row.min_value == -math.inf:
        row = session.execute(
            select(Point.value.label("min_value"), Point.step.label("min_step"))
            .where(Point.series_id == series_id, Point.value > -math.inf, Point.value < math.inf)
            .order_by(Point.value, Point.step)
            .limit(1)
        ).first()
    if row is None or row.min_value is None or not math.isfinite(row.min_value):
        return None, None
    return row.min_value, row.min_step


def sparkline(session: Session, series_id: int, last_step: int) -> list[tuple[int, float]]:
    """Return a few dozen finite (step, value) points that keep the series' extremes."""
    read = rollups.read_range(session.connection(), series_id, 0, last_step, SPARKLINE_POINTS)
    return [(s, v) for s, v in zip(read.steps, read.values, strict=True) if math.isfinite(v)]


SPARKLINE_LOG_SPAN = 100.0  # a positive series whose largest value is 100× its smallest: log


def sparkline_log(points: list[tuple[int, float]]) -> bool:
    """True when a sparkline spans decades (a blow-up, a loss falling by orders of magnitude):
    drawn on a log scale, so a diverged run's healthy part and its post-divergence level are
    told apart instead of both lying flat under the peak."""
    values = [p[1] for p in points]
    return bool(values) and min(values) > 0 and max(values) >= SPARKLINE_LOG_SPAN * min(values)


def sparkline_path(points: list[tuple[int, float]], width: int = 120, height: int = 28) -> str:
    """Return an SVG polyline `points` attribute for a sparkline (numbers only), on a log
    scale when the values span decades (see sparkline_log)."""
    if len(points) < 2:
        return ""
    steps = [p[0] for p in points]
    values = [p[1] for p in points]
    pad = 2
    top = pad
    if sparkline_log(points):
        values = [math.log10(v) for v in values]
        top = 9  # room for the "log" mark in the top right corner
    lo_x, hi_x = min(steps), max(steps)
    lo_y, hi_y = min(values), max(values)
    span_x = (hi_x - lo_x) or 1
    span_y = (hi_y - lo_y) or 1
    coords = (
        f"{pad + (s - lo_x) / span_x * (width - 2 * pad):.1f},"
        f"{top + (1 - (v - lo_y) / span_y) * (height - top - pad):.1f}"
        for s, v in zip(steps, values, strict=True)
    )
    return " ".join(coords)


def project_tags(rows: list[RunRow]) -> list[str]:
    return sorted({tag for row in rows for tag in row.tags})


def run_page(session: Session, run: Run) -> dict[str, Any]:
    """Return what the run page's script needs: series, alerts, loss kind, status."""
    loss_kind = run.config.get("loss_kind") if isinstance(run.config, dict) else None
    series = store.series_keys(session, run.id)
    last_step = max((s["last_step"] for s in series if s["last_step"] is not None), default=None)
    best = None
    val = store.find_series(session, run.id, VAL_LOSS)
    if val is not None and val.last_step is not None:
        value, step = best_value(session, val.id)
        if value is not None:
            best = {"key": VAL_LOSS, "value": value, "step": step}
    return {
        "id": run.id,
        "name": run.name,
        "status": run.status,
        "loss_kind": loss_kind if isinstance(loss_kind, str) else None,
        "perplexity": loss_kind in PERPLEXITY_LOSS_KINDS,
        "series": series,
        "steps": last_step,
        "best_val": best,
        "penalty_nonzero": penalty_nonzero(session, run.id),
        "alerts": [alert_dict(a, run.status, last_step) for a in run_alerts(session, run.id)],
    }


def penalty_nonzero(session: Session, run_id: int) -> bool:
    """Return whether the run logs a penalty that is not zero throughout (from rollups)."""
    penalty = store.find_series(session, run_id, PENALTY)
    if penalty is None:
        return False
    found = session.scalar(
        select(func.count())
        .select_from(Rollup)
        .where(
            Rollup.series_id == penalty.id,
            Rollup.resolution == rollups.RESOLUTIONS[-1],
            (Rollup.min_value != 0) | (Rollup.max_value != 0),
        )
    )
    return bool(found)


def run_alerts(session: Session, run_id: int) -> list[Alert]:
    """Return every alert episode of a run: firing first, then by severity, newest first."""
    return list(
        session.scalars(
            select(Alert)
            .where(Alert.run_id == run_id)
            .order_by(
                (Alert.state == "firing").desc(),
                SEVERITY_ORDER,
                Alert.opened_at.desc(),
                Alert.id.desc(),
            )
        )
    )


def episode_end(alert: Alert, run_status: str, last_step: int | None) -> str:
    """Say where an alert episode ends: its resolved step, "now" only while the run is running,
    else the run's last step (a finished run is not still going)."""
    if alert.resolved_step is not None and alert.resolved_by:
        return f"{alert.resolved_step:,} (covered by the {alert.resolved_by} alert)"
    if alert.resolved_step is not None:
        return f"{alert.resolved_step:,}"
    if run_status == "running":
        return "now"
    return f"{last_step:,} (run {run_status})" if last_step is not None else f"(run {run_status})"


def alert_dict(
    alert: Alert, run_status: str = "running", last_step: int | None = None
) -> dict[str, Any]:
    return {
        "id": alert.id,
        "detector": alert.detector,
        "severity": alert.severity,
        "state": alert.state,
        "opened_step": alert.opened_step,
        "resolved_step": alert.resolved_step,
        "end": episode_end(alert, run_status, last_step),
        "end_step": alert.resolved_step if alert.resolved_step is not None else last_step,
        "message": alert.message,
        "latest_message": alert.latest_message,
        "latest_step": alert.latest_step,
        "acknowledged": alert.acknowledged_at is not None,
    }


@dataclass
class AlertRow:
    alert: Alert
    run: Run
    project: str
    end: str = ""


def alerts(
    session: Session,
    project: str | None = None,
    severity: str | None = None,
    state: str | None = None,
    limit: int = 500,
) -> list[AlertRow]:
    """Return alerts with their run and project: firing first, then by severity, newest first."""
    query = (
        select(Alert, Run, Project.name)
        .join(Run, Alert.run_id == Run.id)
        .join(Project, Run.project_id == Project.id)
        .order_by(
            (Alert.state == "firing").desc(),
            SEVERITY_ORDER,
            Alert.opened_at.desc(),
            Alert.id.desc(),
        )
        .limit(limit)
    )
    if project:
        query = query.where(Project.name == project)
    if severity:
        query = query.where(Alert.severity == severity)
    if state:
        query = query.where(Alert.state == state)
    found = [AlertRow(a, r, name) for a, r, name in session.execute(query)]
    open_runs = {row.run.id for row in found if row.alert.resolved_step is None}
    last_steps = dict(
        session.execute(
            select(Series.run_id, func.max(Series.last_step))
            .where(Series.run_id.in_(open_runs))
            .group_by(Series.run_id)
        ).all()
    ) if open_runs else {}  # fmt: skip
    for row in found:
        row.end = episode_end(row.alert, row.run.status, last_steps.get(row.run.id))
    return found


def firing_count(session: Session) -> SeverityCounts:
    """Return the firing alerts of every project, by severity."""
    counts = SeverityCounts()
    for severity, count in session.execute(
        select(Alert.severity, func.count(Alert.id))
        .where(Alert.state == "firing")
        .group_by(Alert.severity)
    ):
        counts.add(severity, count)
    return counts


def compare_page(session: Session, runs: list[Run]) -> dict[str, Any]:
    """Return the chosen runs and the series keys they share (or any of them has)."""
    keys: dict[str, int] = {}
    described = []
    for run in runs:
        series = store.series_keys(session, run.id)
        for s in series:
            keys[s["key"]] = keys.get(s["key"], 0) + 1
        described.append(
            {
                "id": run.id,
                "name": run.name,
                "project": run.project.name,
                "status": run.status,
                "keys": [s["key"] for s in series],
                "config": dict(flatten_config(run.config)),
            }
        )
    # Keys every run has first, then the rest; within each, alphabetical.
    ordered = sorted(keys, key=lambda k: (-keys[k], k))
    table = config_table([dict(flatten_config(run.config)) for run in runs])
    return {
        "runs": described,
        "keys": ordered,
        "config_keys": table.keys,
        "config_differing": table.differing,
    }
