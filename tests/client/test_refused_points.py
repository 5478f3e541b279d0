"""A bad point never takes good ones with it: the server names it, the client drops only it.

Against the real `lossmon serve`. The client refuses at log() every key the server would
(tests/monitor/test_wire_parity.py), so a bad point reaches the server only from a spool an
older client wrote, or another client of the wire protocol.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import requests

import lossmon
from lossmon import spool
from tests.client.conftest import FAST, read_run, read_series

BAD_KEY = "odd\x85key"  # refused by the server; older clients (before 0.1) let it through


def points(bad_at: set[int], count: int = 501) -> list[dict[str, Any]]:
    return [{"step": i, "values": {BAD_KEY if i in bad_at else "train/loss": 1.0 / (i + 1)}}
            for i in range(count)]


def test_the_400_names_every_bad_point_and_nothing_is_written(server: Any) -> None:
    run_id = requests.post(f"{server.url}/api/v1/runs", json={"project": "demo"},
                           headers=server.headers(), timeout=10).json()["id"]
    body = points({7, 250, 499})
    body[300] = {"step": -1, "values": {"train/loss": 1.0}}
    reply = requests.post(f"{server.url}/api/v1/runs/{run_id}/points", json={"points": body},
                          headers=server.headers(), timeout=10)
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert [d["index"] for d in error["details"]] == [7, 250, 300, 499]
    assert "control characters" in error["details"][0]["reason"]
    assert "step must be between" in error["details"][2]["reason"]
    assert "nothing was written" in error["message"] and "3 more" in error["message"]
    assert read_run(server.url, run_id)["series"] == []


def old_spool(home: Path, url: str, client_run_id: str) -> Path:
    """Write the spool file an older client left behind: 500 good points and 1 bad one."""
    directory = home / "spool"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{client_run_id}.4242-0ld0ld00.jsonl"
    header = {"type": "run", "version": 1, "mode": "online", "url": url, "project": "demo",
              "name": "old-client", "client_run_id": client_run_id, "config": {},
              "created_at": time.time() - 60, "pid": 4242}
    records = [header, {"type": "points", "points": points({250})},
               {"type": "finish", "status": "finished",
                "dropped": {"sender": "old-process", "counts": {"bad_value": 2}}}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_sync_stores_500_good_points_beside_1_bad(server: Any, home: Path) -> None:
    path = old_spool(home, server.url, "old-run-1")
    result = lossmon.sync(home, token=server.token, timeout=30)
    assert result.ok and result.points == 500 and result.refused == 1
    assert not path.exists()
    found = requests.get(f"{server.url}/api/v1/runs", params={"project": "demo"},
                         timeout=10).json()["runs"]
    run = next(r for r in found if r["client_run_id"] == "old-run-1")
    assert read_series(server.url, run["id"], "train/loss")["total"] == 500
    assert run["status"] == "finished" and run["dropped"] == {"bad_value": 2}


def test_a_new_process_replays_an_old_spool_without_losing_the_good_points(
    server: Any, home: Path
) -> None:
    old_spool(home, server.url, "old-run-2")
    with lossmon.init(project="demo", url=server.url, token=server.token, **FAST) as run:
        run.log(0, loss=1.0)
    found = requests.get(f"{server.url}/api/v1/runs", params={"project": "demo"},
                         timeout=10).json()["runs"]
    old = next(r for r in found if r["client_run_id"] == "old-run-2")
    assert read_series(server.url, old["id"], "train/loss")["total"] == 500
    assert list(spool.spool_files(home / "spool")) == []


class Unreadable:
    """A scalar whose .item() fails (a tensor freed under it, a user type gone wrong)."""

    def item(self) -> float:
        raise RuntimeError("storage freed")


def test_drops_by_reason_reach_the_run_api_and_page(server: Any) -> None:
    run = lossmon.init(project="demo", url=server.url, token=server.token, **FAST)
    for step in range(20):
        run.log(step, loss=Unreadable() if step % 5 == 0 else 1.0)
    run.finish()
    run.log(99, loss=1.0)  # after finish: counted here, too late for the server
    assert run.dropped_by_reason == {"bad_value": 4, "after_finish": 1}
    assert run.id is not None
    stored = read_run(server.url, run.id)
    assert stored["dropped"] == {"bad_value": 4}
    assert read_series(server.url, run.id, "train/loss")["total"] == 16
    page = requests.get(f"{server.url}/runs/{run.id}", timeout=10).text
    assert 'id="dropped-banner"' in page and "4 unreadable" in page


def test_a_retried_finish_counts_drops_once(server: Any) -> None:
    run_id = requests.post(f"{server.url}/api/v1/runs", json={"project": "demo"},
                           headers=server.headers(), timeout=10).json()["id"]
    url = f"{server.url}/api/v1/runs/{run_id}"
    for sender, counts in [("a", {"refused": 3}), ("a", {"refused": 3}),
                           ("b", {"spool_unwritable": 5, "refused": 1})]:
        body = {"status": "finished", "dropped": {"sender": sender, "counts": counts}}
        assert requests.patch(url, json=body, headers=server.headers(), timeout=10).ok
    assert read_run(server.url, run_id)["dropped"] == {"refused": 4, "spool_unwritable": 5}
    bad = {"status": "finished", "dropped": {"sender": "c", "counts": {"eaten": 1}}}
    reply = requests.patch(url, json=bad, headers=server.headers(), timeout=10)
    assert reply.status_code == 400 and "unknown reason" in reply.json()["error"]["message"]
    assert read_run(server.url, run_id)["dropped"] == {"refused": 4, "spool_unwritable": 5}
