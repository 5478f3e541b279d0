"""Runs over the wire protocol: create, resume by client_run_id, status, list and get."""

from __future__ import annotations

from typing import Any


def create_run(client: Any, auth: dict[str, str], **body: Any) -> Any:
    return client.post("/api/v1/runs", json={"project": "demo", **body}, headers=auth)


def test_create_returns_id_name_and_dashboard_url(client, auth) -> None:
    response = create_run(client, auth, name="lr-3e-4", config={"lr": 3e-4})
    assert response.status_code == 201
    body = response.get_json()
    assert body["name"] == "lr-3e-4"
    assert body["url"].endswith(f"/runs/{body['id']}")


def test_same_client_run_id_resumes_the_same_run(client, auth) -> None:
    first = create_run(client, auth, name="a", client_run_id="job-17")
    again = create_run(client, auth, name="a", client_run_id="job-17", tags=["resumed"])
    assert first.status_code == 201 and again.status_code == 200
    assert again.get_json()["id"] == first.get_json()["id"]
    runs = client.get("/api/v1/runs?project=demo").get_json()["runs"]
    assert len(runs) == 1 and runs[0]["tags"] == ["resumed"]


def test_run_without_name_gets_one(client, auth) -> None:
    body = create_run(client, auth).get_json()
    assert body["name"] == f"run-{body['id']}"


def test_finish_and_fail_set_status_and_merge_summary(client, auth) -> None:
    run_id = create_run(client, auth, name="x").get_json()["id"]
    response = client.patch(
        f"/api/v1/runs/{run_id}",
        json={"status": "finished", "summary": {"best": 0.1}},
        headers=auth,
    )
    assert response.status_code == 200
    run = client.get(f"/api/v1/runs/{run_id}").get_json()
    assert run["status"] == "finished" and run["finished_at"] is not None
    assert run["summary"] == {"best": 0.1}
    client.patch(f"/api/v1/runs/{run_id}", json={"status": "failed"}, headers=auth)
    assert client.get(f"/api/v1/runs/{run_id}").get_json()["status"] == "failed"


def test_resuming_a_finished_run_makes_it_running_again(client, auth) -> None:
    run_id = create_run(client, auth, client_run_id="r").get_json()["id"]
    client.patch(f"/api/v1/runs/{run_id}", json={"status": "finished"}, headers=auth)
    create_run(client, auth, client_run_id="r")
    run = client.get(f"/api/v1/runs/{run_id}").get_json()
    assert run["status"] == "running" and run["finished_at"] is None


def test_list_filters_by_project_and_status(client, auth, db) -> None:
    from tests.conftest import make_token

    other = {"Authorization": f"Bearer {make_token(db, 'other')}"}
    done = create_run(client, auth, name="done").get_json()["id"]
    create_run(client, auth, name="going")
    client.post("/api/v1/runs", json={"project": "other", "name": "elsewhere"}, headers=other)
    client.patch(f"/api/v1/runs/{done}", json={"status": "finished"}, headers=auth)

    names = lambda query: [r["name"] for r in client.get(f"/api/v1/runs{query}").get_json()["runs"]]  # noqa: E731
    assert names("?project=demo") == ["going", "done"]
    assert names("?project=demo&status=finished") == ["done"]
    assert names("?project=other") == ["elsewhere"]
    assert sorted(names("")) == ["done", "elsewhere", "going"]


def test_get_lists_series_keys_and_open_alerts(client, auth) -> None:
    run_id = create_run(client, auth).get_json()["id"]
    client.post(
        f"/api/v1/runs/{run_id}/points",
        json={"points": [{"step": 3, "values": {"train/loss": 1.0, "lr": 0.1}}]},
        headers=auth,
    )
    run = client.get(f"/api/v1/runs/{run_id}").get_json()
    assert run["series"] == [
        {"key": "lr", "last_step": 3},
        {"key": "train/loss", "last_step": 3},
    ]
    assert run["alerts"] == []


def test_unknown_run_is_404(client, auth) -> None:
    assert client.get("/api/v1/runs/999").status_code == 404
    response = client.patch("/api/v1/runs/999", json={"status": "finished"}, headers=auth)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
