"""`lossmon backtest`: replay stored runs or training logs through a detector setting and
say what would have fired and when, so thresholds are tuned before they page anyone.

Files are read by :mod:`lossmon.server.log_formats` (Trainer, Lightning, Keras, YOLO, W&B and
TensorBoard exports, JSON lines and records, detectron2 metrics, nanoGPT / modded-nanogpt /
llm.c / OpenNMT-py / fairseq / Marian / Trainer console logs, pix2pix / CycleGAN loss logs,
DeepXDE loss.dat, printed labelled values, and lossmon's curve CSV).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lossmon.server import log_formats
from lossmon.server.alerts import watched_keys
from lossmon.server.detectors import cadence, replay, validate_settings
from lossmon.server.models import Point, Project, Run, Series

Row = tuple[int, str, dict[str, float]]


@dataclass
class Outcome:
    """What a replay of one run would have fired."""

    name: str
    result: replay.Replay
    #: What was read from a file (its format and columns); None for a stored run.
    source: str | None = None


def stored_rows(session: Session, run: Run, keys: set[str]) -> list[Row]:
    """Return a stored run's watched series as replay rows, train before val at a step."""
    by_step: dict[tuple[int, str], dict[str, float]] = {}
    query = (
        select(Series.key, Point.step, Point.value)
        .join(Point, Point.series_id == Series.id)
        .where(Series.run_id == run.id, Series.key.in_(keys))
    )
    for key, step, value in session.execute(query):
        split, _, metric = key.rpartition("/")
        if split not in ("train", "val") or metric not in ("loss", "reg", "ppl"):
            continue
        by_step.setdefault((step, split), {})[metric] = math.nan if value is None else value
    order = {"train": 0, "val": 1}
    return [
        (s, split, v)
        for (s, split), v in sorted(by_step.items(), key=lambda kv: (kv[0][0], order[kv[0][1]]))
    ]


def backtest_project(
    session: Session, project_name: str, settings: Mapping[str, Any] | None
) -> Iterator[Outcome]:
    """Replay every run of a project, oldest first."""
    keys = watched_keys(validate_settings(settings))
    runs = session.scalars(
        select(Run).join(Project).where(Project.name == project_name).order_by(Run.id)
    )
    for run in runs:
        rows = stored_rows(session, run, keys)
        chosen = _in_epochs(settings) if run.config.get("step_unit") == "epoch" else settings
        result = replay.replay(rows, chosen, loss_kind=run.config.get("loss_kind"))
        yield Outcome(f"run {run.id} {run.name}", result)


def backtest_logs(
    logs: list[tuple[Path, list[log_formats.Log]]],
    settings: Mapping[str, Any] | None,
    loss_kind: str | None,
    step_unit: str | None = None,
) -> Iterator[Outcome]:
    """Replay training logs read by :func:`log_formats.read_logs`, one outcome per run (a
    history file with appended runs holds several); `step_unit` ("step" or "epoch") says what
    their steps are where the reader cannot (None: as each log's reader says)."""
    for path, runs in logs:
        kind = loss_kind if loss_kind is not None else label_loss_kind(path, runs[0])
        for n, log in enumerate(runs, start=1):
            name = f"{path} #{n}" if len(runs) > 1 else str(path)
            chosen = _in_epochs(settings) if log.in_epochs(step_unit) else settings
            result = replay.replay(log.rows, chosen, loss_kind=kind)
            yield Outcome(name, result, log.describe())


def _in_epochs(settings: Mapping[str, Any] | None) -> dict[str, Any]:
    """The settings of a run whose steps are epochs, as the worker evaluates it
    (:func:`lossmon.server.alerts.effective_settings`)."""
    return cadence.epoch_steps(validate_settings(settings))


def label_loss_kind(path: Path, log: log_formats.Log) -> str | None:
    """Return the loss kind of a curve CSV's sibling JSON label (the corpus has one)."""
    label = path.with_suffix(".json")
    if log.kind != "curve_csv" or not label.exists():
        return None
    loaded = json.loads(label.read_text())
    return loaded.get("loss_kind") if isinstance(loaded, dict) else None


def report(outcome: Outcome) -> str:
    """Return a block of lines: the run, then what would fire and when."""
    lines = replay.describe(outcome.result).splitlines()
    head = f"{outcome.name}: {outcome.source}" if outcome.source else outcome.name
    return "\n".join([head] + [f"  {line}" for line in lines])
