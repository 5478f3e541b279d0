"""Detection on a real server: the NaN fast path within 1 s, and the scheduler finding the rest."""

from __future__ import annotations

import math
import time

import pytest
import requests
from sqlalchemy import select

from lossmon.server.db import Database
from lossmon.server.models import Alert
from tests.conftest import LiveServer


def create_run(server: LiveServer, **config: object) -> int:
    response = requests.post(
        f"{server.url}/api/v1/runs",
        json={"project": "demo", "config": config},
        headers=server.headers(),
        timeout=10,
    )
    return int(response.json()["id"])


def post(server: LiveServer, run_id: int, points: list[dict[str, object]]) -> None:
    response = requests.post(
        f"{server.url}/api/v1/runs/{run_id}/points",
        json={"points": points},
        headers=server.headers(),
        timeout=10,
    )
    assert response.status_code == 200, response.text


def firing(server: LiveServer, run_id: int) -> list[dict[str, object]]:
    alerts: list[dict[str, object]] = requests.get(
        f"{server.url}/api/v1/runs/{run_id}", timeout=10
    ).json()["alerts"]
    return alerts


@pytest.mark.serial
def test_nan_opens_a_critical_alert_within_a_second(live_server_factory, database_url) -> None:
    # A slow scheduler tick proves the alert comes from ingest, not from the next tick.
    server = live_server_factory(database_url, extra_env={"LOSSMON_EVALUATE_INTERVAL_S": "600"})
    run_id = create_run(server, loss_kind="cross_entropy")
    post(
        server,
        run_id,
        [{"step": s, "values": {"train/loss": 2.0 - s / 500}} for s in range(1, 301)],
    )
    accepted_at = time.monotonic()
    post(server, run_id, [{"step": 301, "values": {"train/loss": "NaN"}}])
    while not firing(server, run_id):
        assert time.monotonic() - accepted_at < 1.0, "no alert within 1 s of the NaN's batch"
        time.sleep(0.02)
    [alert] = firing(server, run_id)
    assert (alert["detector"], alert["severity"], alert["opened_step"]) == (
        "divergence",
        "critical",
        301,
    )


def test_the_scheduler_evaluates_new_points_by_itself(live_server_factory, sqlite_url) -> None:
    server = live_server_factory(sqlite_url, extra_env={"LOSSMON_EVALUATE_INTERVAL_S": "0.5"})
    run_id = create_run(server, loss_kind="mse")
    points = [
        {
            "step": s,
            "values": {"train/loss": (1 + 0.02 * math.sin(s)) * (9.0 if 300 <= s < 304 else 1.0)},
        }
        for s in range(1, 400)
    ]
    for start in range(0, len(points), 50):
        post(server, run_id, points[start : start + 50])
    database = Database(sqlite_url)
    deadline = time.monotonic() + 10
    while not (found := opened(database, run_id)):
        assert time.monotonic() < deadline, f"the scheduler opened nothing: {server.log()}"
        time.sleep(0.1)
    database.dispose()
    # The spike came and went before the first tick: it is recorded, opened and resolved.
    # (A loss flat from its first step may also get the stall rule's plateau info.)
    assert [a for a in found if a[0] != "plateau"] == [("spike", 301, "resolved")]


def opened(database: Database, run_id: int) -> list[tuple[str, int | None, str]]:
    with database.session() as session:
        rows = session.scalars(select(Alert).where(Alert.run_id == run_id))
        return [(a.detector, a.opened_step, a.state) for a in rows]
