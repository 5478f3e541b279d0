"""Seed runs, points and alerts straight into the database, as ingest would write them."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import update

from lossmon.server import store
from lossmon.server.db import Database
from lossmon.server.models import Alert, Run, Series
from lossmon.server.wire import SeriesBatch, add_derived_perplexity

CURVES = Path(__file__).resolve().parent.parent / "data" / "curves"


def seed_run(
    db: Database,
    project: str,
    name: str,
    series: dict[str, tuple[Sequence[int], Sequence[float]]],
    *,
    config: dict[str, Any] | None = None,
    tags: Sequence[str] = (),
    status: str = "finished",
    chunk: int = 250_000,
) -> int:
    """Create a run and write its points in large batches; return its id."""
    config = config or {}
    with db.session() as session:
        run, _ = store.create_or_resume_run(
            session,
            store.get_or_create_project(session, project),
            store.RunRequest(name, None, config, sorted(tags)),
        )
        run_id = run.id
    for key, (steps, values) in series.items():
        for first in range(0, len(steps), chunk):
            part_steps = list(steps[first : first + chunk])
            batch = {key: SeriesBatch(part_steps, list(values[first : first + chunk]),
                                      [None] * len(part_steps))}  # fmt: skip
            add_derived_perplexity(batch, config.get("loss_kind"))
            with db.session() as session:
                run = session.get(Run, run_id)
                assert run is not None
                store.write_points(session, run, batch)
    with db.session() as session:
        session.execute(
            update(Run).where(Run.id == run_id).values(status=status, needs_evaluation=False)
        )
    return run_id


def add_alert(
    db: Database,
    run_id: int,
    detector: str,
    severity: str,
    opened_step: int,
    resolved_step: int | None = None,
    message: str = "",
) -> int:
    with db.session() as session:
        alert = Alert(
            run_id=run_id,
            detector=detector,
            severity=severity,
            state="firing" if resolved_step is None else "resolved",
            opened_step=opened_step,
            resolved_step=resolved_step,
            message=message,
            evidence={},
        )
        session.add(alert)
        session.flush()
        return alert.id


def mark_evaluated(db: Database, run_id: int) -> None:
    """Tell a real server's scheduler there is nothing new to evaluate in this run."""
    with db.session() as session:
        session.execute(update(Run).where(Run.id == run_id).values(needs_evaluation=False))
        session.execute(
            update(Series).where(Series.run_id == run_id).values(evaluated_step=Series.last_step)
        )


def load_curve(run: str) -> tuple[dict[str, Any], dict[str, tuple[list[int], list[float]]]]:
    """Return the label and the series (train/val loss, train/reg) of a corpus run."""
    label = json.loads((CURVES / f"{run}.json").read_text())
    series: dict[str, tuple[list[int], list[float]]] = {}
    with (CURVES / f"{run}.csv").open() as handle:
        for row in csv.DictReader(handle):
            step = int(row["step"])
            for metric in ("loss", "reg"):
                raw = row[metric]
                if raw == "" or (metric == "reg" and row["split"] != "train"):
                    continue
                key = f"{row['split']}/{metric}"
                steps, values = series.setdefault(key, ([], []))
                steps.append(step)
                values.append(float(raw))
    return label, series
