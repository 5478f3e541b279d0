"""Hostile input: schemathesis fuzzes every operation of the served OpenAPI document against a
real server with a valid token, on SQLite and PostgreSQL. No 5xx, and every response matches
the document (status code, content type, body schema).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.conftest import LiveServer

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
    ]
)


@pytest.mark.slow
def test_fuzzed_requests_get_documented_answers(
    live_server_factory, database_url, tmp_path: Path
) -> None:
    server: LiveServer = live_server_factory(database_url)
    # Give the fuzzer real identifiers to reach past the 404s: a run with points.
    created = requests.post(
        f"{server.url}/api/v1/runs",
        json={"project": "demo", "name": "target"},
        headers=server.headers(),
        timeout=10,
    ).json()
    requests.post(
        f"{server.url}/api/v1/runs/{created['id']}/points",
        json={"points": [{"step": 1, "values": {"train/loss": 1.0}}]},
        headers=server.headers(),
        timeout=10,
    )
    report = tmp_path / "schemathesis.json"
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            f"{server.url}/api/v1/openapi.json",
            "--header",
            f"Authorization: Bearer {server.token}",
            "--checks",
            CHECKS,
            "--max-examples",
            "25",
            "--seed",
            "20261127",
            "--report",
            "ndjson",
            "--report-ndjson-path",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    summary = re.search(r"(\d+) generated", result.stdout)
    assert summary, result.stdout[-3000:]
    print(f"\nschemathesis on {database_url.split(':')[0]}: {summary.group(0)} test cases")
    assert result.returncode == 0, result.stdout[-6000:]
    assert int(summary.group(1)) >= 200
