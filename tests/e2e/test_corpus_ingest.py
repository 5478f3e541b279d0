"""Every real curve of the corpus, streamed through the real ingest path and the scheduler's
evaluation job, on SQLite and PostgreSQL: each labeled pathology opens the right alert.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lossmon.server.config import Config
from lossmon.server.detectors.replay import first_nonfinite, read_rows
from lossmon.server.models import Alert
from lossmon.server.scheduler import Worker
from lossmon.server.wire import encode_value

CORPUS = Path(__file__).resolve().parents[1] / "data" / "curves"
KEYS = {"train": "train", "val": "val"}


def stream(client: Any, auth: dict[str, str], worker: Worker, label: dict[str, Any]) -> int:
    """Send one curve in batches of 50 training steps, evaluating after each, as in service."""
    rows = read_rows(CORPUS / f"{label['run_id']}.csv")
    created = client.post(
        "/api/v1/runs",
        json={
            "project": "demo",
            "name": label["run_id"],
            "config": {"loss_kind": label["loss_kind"]},
        },
        headers=auth,
    ).get_json()
    batch: list[dict[str, Any]] = []
    train_steps = 0
    for step, split, values in rows:
        batch.append(
            {"step": step, "values": {f"{split}/{k}": encode_value(v) for k, v in values.items()}}
        )
        train_steps += split == "train"
        if train_steps == 50:
            assert (
                client.post(
                    f"/api/v1/runs/{created['id']}/points", json={"points": batch}, headers=auth
                ).status_code
                == 200
            )
            worker.evaluate_pending()
            batch, train_steps = [], 0
    if batch:
        client.post(f"/api/v1/runs/{created['id']}/points", json={"points": batch}, headers=auth)
        worker.evaluate_pending()
    return int(created["id"])


@pytest.mark.slow
def test_corpus_through_ingest(client, auth, database_url) -> None:
    worker = Worker(Config(database_url=database_url))
    labels = [json.loads(p.read_text()) for p in sorted(CORPUS.glob("*.json"))]
    table = [f"{'run':<14} {'pathology':<14} {'got':<58} delay"]
    delays, failures = [], []
    for label in labels:
        run_id = stream(client, auth, worker, label)
        with worker.database.session() as session:
            found = list(
                session.scalars(select(Alert).where(Alert.run_id == run_id).order_by(Alert.id))
            )

        def of(name: str, found: list[Alert] = found) -> list[Alert]:
            return [a for a in found if a.detector == name]

        kind, event = label["pathology"], label["event_step"]
        got = ", ".join(f"{a.detector}@{a.opened_step}" for a in found) or "-"
        delay = ""
        if kind == "divergence":
            nonfinite = first_nonfinite(read_rows(CORPUS / f"{label['run_id']}.csv"))
            divs = of("divergence")
            ok = bool(divs) and divs[0].severity == "critical"
            ok = ok and divs[0].opened_step >= min(event, nonfinite or 10**12)
            ok = ok and (nonfinite is None or divs[0].opened_step <= nonfinite + 1)
            if divs:
                delays.append(divs[0].opened_step - event)
                delay = str(divs[0].opened_step - event)
        elif kind == "spike_recover":
            ok = bool(of("spike")) and not of("divergence")
        elif kind == "overfit":
            over = of("overfitting")
            ok = (
                bool(over)
                and abs(over[0].evidence["best_step"] - label["val_min_step"])
                <= 2 * label["eval_every"]
            )
        elif kind == "plateau":
            ok = bool(of("plateau"))
        else:
            ok = not [a for a in found if a.severity in ("warning", "critical")]
        table.append(f"{label['run_id']:<14} {kind:<14} {got[:58]:<58} {delay}")
        if not ok:
            failures.append((label["run_id"], kind, got))
    table.append(f"median divergence delay: {statistics.median(delays)} steps")
    print("\n" + "\n".join(table))
    worker.database.dispose()
    assert failures == []
    assert statistics.median(delays) <= 20
