"""Points over the wire: batches, last write wins, non-finite values, gzip, idempotence."""

from __future__ import annotations

import gzip
import json
import math
from typing import Any

import pytest


@pytest.fixture
def run_id(client: Any, auth: dict[str, str]) -> int:
    response = client.post("/api/v1/runs", json={"project": "demo", "name": "r"}, headers=auth)
    return int(response.get_json()["id"])


def post(client: Any, auth: dict[str, str], run_id: int, points: list[dict[str, Any]]) -> Any:
    return client.post(f"/api/v1/runs/{run_id}/points", json={"points": points}, headers=auth)


def read(client: Any, run_id: int, key: str, **params: Any) -> dict[str, Any]:
    response = client.get(f"/api/v1/runs/{run_id}/series/{key}", query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    body: dict[str, Any] = response.get_json()
    return body


def test_batch_is_stored_per_key(client, auth, run_id) -> None:
    points = [{"step": s, "values": {"train/loss": 1 / (s + 1), "lr": 0.1}} for s in range(5)]
    assert post(client, auth, run_id, points).get_json()["accepted"] == 5
    series = read(client, run_id, "train/loss")
    assert series["steps"] == [0, 1, 2, 3, 4]
    assert series["values"] == [1.0, 0.5, 1 / 3, 0.25, 0.2]
    assert series["downsampled"] is False and series["total"] == 5
    assert read(client, run_id, "lr")["values"] == [0.1] * 5


def test_last_write_wins_on_a_step(client, auth, run_id) -> None:
    post(client, auth, run_id, [{"step": s, "values": {"train/loss": 1.0}} for s in range(3)])
    post(client, auth, run_id, [{"step": 1, "values": {"train/loss": 9.0}}])
    assert read(client, run_id, "train/loss")["values"] == [1.0, 9.0, 1.0]


def test_resending_the_same_batch_changes_nothing(client, auth, run_id) -> None:
    points = [
        {"step": s, "wall_time": 1e9 + s, "values": {"train/loss": s * 0.5}} for s in range(50)
    ]
    post(client, auth, run_id, points)
    before = read(client, run_id, "train/loss")
    post(client, auth, run_id, points)
    assert read(client, run_id, "train/loss") == before


def test_batches_of_awkward_sizes_are_stored_whole(client, auth, run_id) -> None:
    # SQLite writes a batch in statements of 256 rows and a power-of-two remainder: sizes
    # around those boundaries, and a rewrite across them, must keep every point exactly once.
    step = 0
    for size in (1, 3, 255, 256, 257, 511, 700):
        points = [{"step": step + i, "values": {"a": float(step + i)}} for i in range(size)]
        assert post(client, auth, run_id, points).get_json()["accepted"] == size
        step += size
    rewrite = [{"step": s, "values": {"a": -1.0}} for s in range(200, 900)]
    assert post(client, auth, run_id, rewrite).get_json()["accepted"] == 700
    series = read(client, run_id, "a", max_points=10_000)
    assert series["total"] == step and series["steps"] == list(range(step))
    assert series["values"] == [-1.0 if 200 <= s < 900 else float(s) for s in range(step)]


def test_step_repeated_in_one_batch_is_merged_later_value_wins(client, auth, run_id) -> None:
    points = [
        {"step": 7, "values": {"train/loss": 1.0}},
        {"step": 7, "values": {"lr": 0.5}},
        {"step": 7, "values": {"train/loss": 2.0}},
    ]
    assert post(client, auth, run_id, points).status_code == 200
    assert read(client, run_id, "train/loss")["values"] == [2.0]
    assert read(client, run_id, "lr")["values"] == [0.5]


def test_non_finite_values_round_trip(client, auth, run_id) -> None:
    points = [
        {"step": 0, "values": {"train/loss": "NaN"}},
        {"step": 1, "values": {"train/loss": "Infinity"}},
        {"step": 2, "values": {"train/loss": "-Infinity"}},
        {"step": 3, "values": {"train/loss": 1.5}},
    ]
    post(client, auth, run_id, points)
    assert read(client, run_id, "train/loss")["values"] == ["NaN", "Infinity", "-Infinity", 1.5]


def test_non_finite_values_round_trip_in_the_database(client, auth, run_id, db) -> None:
    from lossmon.server import store

    post(
        client,
        auth,
        run_id,
        [{"step": i, "values": {"k": v}} for i, v in enumerate(["NaN", "Infinity", "-Infinity"])],
    )
    with db.session() as session:
        series = store.find_series(session, run_id, "k")
        assert series is not None
        values = store.read_series(session, series, None, None, 100).values
    assert math.isnan(values[0]) and values[1] == math.inf and values[2] == -math.inf


def test_gzip_body_is_accepted(client, auth, run_id) -> None:
    body = json.dumps({"points": [{"step": 1, "values": {"train/loss": 0.25}}]}).encode()
    response = client.post(
        f"/api/v1/runs/{run_id}/points",
        data=gzip.compress(body),
        headers={**auth, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert response.get_json() == {"accepted": 1, "alerts": [], "stop": None}
    assert read(client, run_id, "train/loss")["values"] == [0.25]


def test_cross_entropy_runs_get_perplexity_derived(client, auth) -> None:
    created = client.post(
        "/api/v1/runs",
        json={"project": "demo", "config": {"loss_kind": "cross_entropy"}},
        headers=auth,
    ).get_json()
    points = [
        {"step": 1, "values": {"train/loss": 2.0}},
        {"step": 2, "values": {"train/loss": 1.0, "train/ppl": 3.0}},
        {"step": 2, "values": {"val/loss": 800.0}},
    ]
    post(client, auth, created["id"], points)
    assert read(client, created["id"], "train/ppl")["values"] == [math.exp(2.0), 3.0]
    assert read(client, created["id"], "val/ppl")["values"] == ["Infinity"]


def test_mse_runs_get_no_perplexity(client, auth) -> None:
    created = client.post(
        "/api/v1/runs", json={"project": "demo", "config": {"loss_kind": "mse"}}, headers=auth
    ).get_json()
    post(client, auth, created["id"], [{"step": 1, "values": {"train/loss": 2.0}}])
    assert client.get(f"/api/v1/runs/{created['id']}/series/train/ppl").status_code == 404


def test_points_mark_the_run_seen_and_for_evaluation(client, auth, run_id, db) -> None:
    from lossmon.server.models import Run

    post(client, auth, run_id, [{"step": 1, "values": {"train/loss": 1.0}}])
    with db.session() as session:
        run = session.get(Run, run_id)
        assert run is not None and run.needs_evaluation is True
