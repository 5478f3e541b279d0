"""The OpenAPI document describes every route the app serves, and responses match it."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import pytest

METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}


def openapi_path(rule: str) -> str:
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule)


def test_every_api_route_is_described(app, client) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    served = {
        (openapi_path(rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/") or rule.rule in ("/healthz", "/readyz")
        for method in (rule.methods or set()) & METHODS
    }
    described = {
        (path, method)
        for path, item in document["paths"].items()
        for method in item
        if method.upper() in METHODS
    }
    assert served == described


@pytest.fixture
def validate(client: Any) -> Any:
    document = client.get("/api/v1/openapi.json").get_json()

    def check(path: str, method: str, response: Any) -> None:
        spec = document["paths"][path][method]["responses"][str(response.status_code)]
        schema = spec["content"]["application/json"]["schema"]
        jsonschema.validate(response.get_json(), {**schema, "components": document["components"]})

    return check


def test_responses_match_the_document(client, auth, validate) -> None:
    created = client.post("/api/v1/runs", json={"project": "demo", "tags": ["a"]}, headers=auth)
    validate("/api/v1/runs", "post", created)
    run_id = created.get_json()["id"]
    points = client.post(
        f"/api/v1/runs/{run_id}/points",
        json={"points": [{"step": 1, "values": {"train/loss": "NaN", "lr": 0.1}}]},
        headers=auth,
    )
    validate("/api/v1/runs/{run_id}/points", "post", points)
    validate("/api/v1/runs/{run_id}", "get", client.get(f"/api/v1/runs/{run_id}"))
    validate("/api/v1/runs", "get", client.get("/api/v1/runs"))
    validate(
        "/api/v1/runs/{run_id}/series/{key}",
        "get",
        client.get(f"/api/v1/runs/{run_id}/series/train/loss"),
    )
    validate(
        "/api/v1/runs/{run_id}",
        "patch",
        client.patch(f"/api/v1/runs/{run_id}", json={"status": "finished"}, headers=auth),
    )
    bad = client.post(f"/api/v1/runs/{run_id}/points", json={"points": [{}]}, headers=auth)
    validate("/api/v1/runs/{run_id}/points", "post", bad)
    validate("/api/v1/runs/{run_id}", "get", client.get("/api/v1/runs/999"))
    validate("/readyz", "get", client.get("/readyz"))
