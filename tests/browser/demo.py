"""A realistic demo data set for the screenshots: real curves from tests/data/curves.

Each corpus run becomes a lossmon run with its train/val loss, L2 penalty, perplexity (derived
by the service for cross-entropy runs) and its learning-rate schedule; the real detectors
then evaluate each run, so the alerts shown are the ones lossmon raises on these curves.
"""

from __future__ import annotations

import math
from typing import Any

from lossmon.server import alerts
from lossmon.server.db import Database
from tests.browser.seeding import load_curve, seed_run

PROJECTS = {
    "digits-mlp": ["s05_digits", "s28_digits", "s20_digits", "s01_digits", "s26_digits",
                   "s11_digits"],
    "char-lm": ["s15_charlm", "s21_charlm", "s27_charlm", "s23_charlm", "s02_charlm", "s16_charlm"],
    "tabular": ["s12_cancer", "s19_diabetes", "s22_diabetes", "s03_cancer", "s07_diabetes"],
}  # fmt: skip
# Run names say what each run shows (the seed keeps two of a kind apart).
NAMES = {
    "healthy": "healthy", "noisy_healthy": "healthy-noisy", "spike_recover": "loss-spike",
    "overfit": "overfitting", "divergence": "divergence", "plateau": "plateau",
}  # fmt: skip


def lr_schedule(schedule: dict[str, Any], steps: list[int]) -> list[float]:
    """Return the learning rate of the corpus schedule at each step."""
    base = schedule["lr"]
    values = []
    last = max(steps) if steps else 1
    for step in steps:
        lr = base
        if schedule["type"] == "cosine":
            warmup = schedule.get("warmup", 0)
            if step < warmup:
                lr = base * (step + 1) / warmup
            else:
                progress = (step - warmup) / max(1, last - warmup)
                low = schedule.get("min_lr", 0.0)
                lr = low + (base - low) * 0.5 * (1 + math.cos(math.pi * progress))
        for event in schedule.get("events", []):
            if step >= event["from"] and (event["to"] is None or step < event["to"]):
                lr = event["set"] if "set" in event else lr * event["mult"]
        values.append(lr)
    return values


def seed_demo(db: Database) -> dict[str, int]:
    """Seed three projects of real runs; return run ids by corpus run name."""
    ids: dict[str, int] = {}
    for project, runs in PROJECTS.items():
        for index, corpus_run in enumerate(runs):
            label, series = load_curve(corpus_run)
            hyper = label["hyperparameters"]
            train_steps = series["train/loss"][0]
            series["lr"] = (train_steps, lr_schedule(hyper["lr_schedule"], train_steps))
            pathology = label["pathology"]
            config = {
                **hyper,
                "loss_kind": label["loss_kind"],
                "lr": hyper["lr_schedule"]["lr"],
                "dataset": hyper.get("dataset", label["family_name"]),
                "description": label["description"],
            }
            tags = [label["family_name"], hyper["optimizer"]]
            if pathology in ("healthy", "noisy_healthy"):
                tags.append("candidate")
            status = "failed" if pathology == "divergence" else "finished"
            if index == 0:
                status = "running"
            name = f"{NAMES[pathology]}-{hyper.get('seed', index)}"
            run_id = seed_run(db, project, name, series, config=config, tags=tags, status=status)
            ids[corpus_run] = run_id
            # The real detectors decide the alerts, as the scheduler would on this data.
            with db.session() as session:
                alerts.evaluate_runs(session, [run_id])
    return ids
