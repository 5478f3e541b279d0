"""Quotas: one token holder cannot make a run, a request or a list unbounded. Each limit is a
setting, refused with a clear 4xx that names it, and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from lossmon.server import create_app
from lossmon.server.config import Config
from tests.conftest import make_token

LIMITS = {
    "max_keys_per_request": 20,
    "max_new_series_per_request": 10,
    "max_series_per_run": 25,
    "max_config_bytes": 2000,
    "max_config_depth": 8,
    "max_page_size": 3,
}


@pytest.fixture
def small(database_url: str) -> Iterator[tuple[Any, dict[str, str]]]:
    app = create_app(Config(database_url=database_url, **LIMITS))
    token = make_token(app.extensions["lossmon.db"], "demo")
    yield app.test_client(), {"Authorization": f"Bearer {token}"}
    app.extensions["lossmon.db"].dispose()


def _run(client: Any, auth: dict[str, str], **body: Any) -> Any:
    return client.post("/api/v1/runs", json={"project": "demo", **body}, headers=auth)


def _points(client: Any, auth: dict[str, str], run_id: int, keys: list[str]) -> Any:
    body = {"points": [{"step": 1, "values": dict.fromkeys(keys, 1.0)}]}
    return client.post(f"/api/v1/runs/{run_id}/points", json=body, headers=auth)


def _keys(client: Any, run_id: int) -> list[str]:
    return [s["key"] for s in client.get(f"/api/v1/runs/{run_id}").get_json()["series"]]


def test_series_quotas(small: tuple[Any, dict[str, str]]) -> None:
    client, auth = small
    run_id = _run(client, auth).get_json()["id"]
    too_many_keys = _points(client, auth, run_id, [f"k/{i}" for i in range(21)])
    assert too_many_keys.status_code == 413
    assert "LOSSMON_MAX_KEYS_PER_REQUEST" in too_many_keys.get_json()["error"]["message"]
    too_many_new = _points(client, auth, run_id, [f"k/{i}" for i in range(11)])
    assert too_many_new.status_code == 413
    assert too_many_new.get_json()["error"]["code"] == "too_many_new_series"
    assert _keys(client, run_id) == []  # nothing written
    assert _points(client, auth, run_id, [f"k/{i}" for i in range(10)]).status_code == 200
    assert _points(client, auth, run_id, [f"m/{i}" for i in range(10)]).status_code == 200
    # Known keys cost nothing; new ones past the run's total are refused, all or nothing.
    over = _points(
        client,
        auth,
        run_id,
        [f"k/{i}" for i in range(10)] + ["n/1"] * 1 + [f"n/{i}" for i in range(2, 7)],
    )
    assert (
        over.status_code == 409
        and "LOSSMON_MAX_SERIES_PER_RUN" in over.get_json()["error"]["message"]
    )
    assert len(_keys(client, run_id)) == 20
    assert _points(client, auth, run_id, [f"n/{i}" for i in range(5)]).status_code == 200
    assert len(_keys(client, run_id)) == 25


def test_config_and_summary_bounds(small: tuple[Any, dict[str, str]]) -> None:
    client, auth = small
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(300):  # 254+ levels once broke GET /runs for everyone
        node["x"] = {}
        node = node["x"]
    answer = _run(client, auth, config=deep)
    assert answer.status_code == 400
    assert "LOSSMON_MAX_CONFIG_DEPTH" in answer.get_json()["error"]["message"]
    big = _run(client, auth, config={"blob": "x" * 3000})
    assert big.status_code == 400
    assert "LOSSMON_MAX_CONFIG_BYTES" in big.get_json()["error"]["message"]
    run_id = _run(client, auth, name="ok").get_json()["id"]
    summary = client.patch(
        f"/api/v1/runs/{run_id}", json={"status": "finished", "summary": deep}, headers=auth
    )
    assert summary.status_code == 400
    assert client.get("/api/v1/runs").status_code == 200


@pytest.mark.parametrize(
    "name", ["evil\x1b[31mred", "line\nbreak", "right\u202eto-left", "zero\u200bwidth", "nul\x00"]
)
def test_names_refuse_control_and_format_characters(
    small: tuple[Any, dict[str, str]], name: str
) -> None:
    client, auth = small
    for body in ({"name": name}, {"client_run_id": name}, {"tags": [name]}):
        answer = _run(client, auth, **body)
        assert answer.status_code == 400
        assert "control or format characters" in answer.get_json()["error"]["message"]
    assert client.get("/api/v1/runs").get_json()["runs"] == []


def test_lists_come_in_bounded_pages(small: tuple[Any, dict[str, str]]) -> None:
    client, auth = small
    made = [_run(client, auth, name=f"r{i}").get_json()["id"] for i in range(7)]
    first = client.get("/api/v1/runs").get_json()
    assert len(first["runs"]) == 3 and first["next_offset"] == 3
    seen = [r["id"] for r in first["runs"]]
    offset = first["next_offset"]
    while offset is not None:
        page = client.get(f"/api/v1/runs?offset={offset}").get_json()
        seen += [r["id"] for r in page["runs"]]
        offset = page["next_offset"]
    assert sorted(seen) == sorted(made)
    assert client.get("/api/v1/runs?limit=4").status_code == 400
    assert client.get("/api/v1/runs?limit=x").status_code == 400
    assert client.get("/api/v1/alerts?limit=2").get_json() == {"alerts": [], "next_offset": None}
