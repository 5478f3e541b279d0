"""The dashboard's server side without a browser, on SQLite and PostgreSQL: the pages' data,
the alerts API (list, acknowledge and who may), the login gate, and HTML vs JSON 404s."""

from __future__ import annotations

import json
import math
import re
from typing import Any

import jsonschema
import pytest

from lossmon.server import create_app
from lossmon.server.config import Config
from tests.browser.seeding import add_alert, seed_run
from tests.conftest import make_token


@pytest.fixture
def seeded(db: Any) -> dict[str, int]:
    train = (list(range(300)), [2.0 - s / 200 for s in range(299)] + [math.nan])
    val = ([0, 100, 200, 299], [2.1, 1.4, 1.2, 1.3])
    run = seed_run(db, "demo", "nan-at-the-end", {"train/loss": train, "val/loss": val},
                   config={"loss_kind": "cross_entropy"}, tags=["a"], status="running")  # fmt: skip
    other = seed_run(db, "elsewhere", "other", {"train/loss": ([0, 1], [1.0, 0.5])})
    return {
        "run": run,
        "other": other,
        "firing": add_alert(db, run, "divergence", "critical", 299, None, "NaN loss"),
        "resolved": add_alert(db, run, "spike", "warning", 50, 60, "spiky"),
        "elsewhere": add_alert(db, other, "plateau", "info", 1, None, "flat"),
    }


def validate(client: Any, path: str, method: str, response: Any) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    spec = document["paths"][path][method]["responses"][str(response.status_code)]
    schema = spec["content"]["application/json"]["schema"]
    jsonschema.validate(response.get_json(), {**schema, "components": document["components"]})


def test_list_alerts_with_filters(client: Any, seeded: dict[str, int]) -> None:
    everything = client.get("/api/v1/alerts")
    validate(client, "/api/v1/alerts", "get", everything)
    assert {a["id"] for a in everything.get_json()["alerts"]} == {
        seeded["firing"],
        seeded["resolved"],
        seeded["elsewhere"],
    }
    firing = client.get("/api/v1/alerts?state=firing&project=demo").get_json()["alerts"]
    assert [a["id"] for a in firing] == [seeded["firing"]]
    assert firing[0]["project"] == "demo"
    by_run = client.get(f"/api/v1/alerts?run={seeded['other']}").get_json()["alerts"]
    assert [a["id"] for a in by_run] == [seeded["elsewhere"]]
    assert client.get("/api/v1/alerts?state=open").status_code == 400
    assert client.get("/api/v1/alerts?run=abc").status_code == 400
    # A misspelt filter is refused, not answered with every alert unfiltered.
    misspelt = client.get(f"/api/v1/alerts?run_id={seeded['other']}")
    assert misspelt.status_code == 400
    assert 'unknown query parameter "run_id"' in misspelt.get_json()["error"]["message"]
    assert client.get("/api/v1/runs?state=running").status_code == 400


def test_acknowledge_with_a_project_token(
    client: Any, db: Any, auth: dict[str, str], seeded: dict[str, int]
) -> None:
    path = f"/api/v1/alerts/{seeded['firing']}/ack"
    assert client.post(path).status_code == 401
    stranger = {"Authorization": f"Bearer {make_token(db, 'elsewhere')}"}
    assert client.post(path, headers=stranger).status_code == 403
    first = client.post(path, headers=auth)
    validate(client, "/api/v1/alerts/{alert_id}/ack", "post", first)
    assert first.status_code == 200 and first.get_json()["acknowledged_at"]
    again = client.post(path, headers=auth)
    assert again.get_json()["acknowledged_at"] == first.get_json()["acknowledged_at"]
    assert client.post("/api/v1/alerts/9999/ack", headers=auth).status_code == 404


def csrf_of(client: Any) -> str:
    html = client.get("/").get_data(as_text=True)
    match = re.search(r'<meta name="csrf-token" content="([^"]+)">', html)
    assert match is not None
    return match.group(1)


def test_acknowledge_from_the_dashboard_needs_its_csrf_token(
    client: Any, seeded: dict[str, int]
) -> None:
    path = f"/api/v1/alerts/{seeded['elsewhere']}/ack"
    token = csrf_of(client)
    assert client.post(path, headers={"X-CSRF-Token": "forged"}).status_code == 401
    assert client.post(path).status_code == 401
    assert client.post(path, headers={"X-CSRF-Token": token}).status_code == 200


def test_pages_show_the_runs_summary(client: Any, seeded: dict[str, int]) -> None:
    projects = client.get("/").get_data(as_text=True)
    assert "demo" in projects and "elsewhere" in projects
    runs = client.get("/projects/demo").get_data(as_text=True)
    row = runs[runs.index('data-name="nan-at-the-end"') :]
    row = row[: row.index("</tr>")]
    assert ">NaN<" in row  # the last train loss is NaN and says so
    assert "1.2" in row and "@200" in row  # best val and its step
    assert "<polyline" in row  # the sparkline
    assert 'class="count critical">1<' in row  # one firing alert
    run = client.get(f"/runs/{seeded['run']}").get_data(as_text=True)
    assert "NaN loss" in run and "spiky" in run
    data = re.search(r'<script type="application/json" id="run-data">(.*?)</script>', run, re.S)
    assert data is not None and '"perplexity": true' in data.group(1).replace('":true', '": true')
    compare = client.get(f"/compare?runs={seeded['run']},{seeded['other']},x,999")
    assert compare.status_code == 200
    assert "No such run: 999" in compare.get_data(as_text=True)
    alerts = client.get("/alerts?severity=critical").get_data(as_text=True)
    assert "NaN loss" in alerts and "flat" not in alerts


def test_a_validation_loss_that_overflowed_is_no_best(client: Any, db: Any) -> None:
    # An evaluation at ±Infinity (an fp16 overflow): the best shown is the lowest finite one,
    # and the run page's data stays JSON its script can parse.
    val = ([10, 20, 30, 40], [1.5, math.inf, 1.2, -math.inf])
    train = ([10, 20], [2.0, 1.9])
    run = seed_run(db, "overflow", "val-inf", {"train/loss": train, "val/loss": val})
    page = client.get(f"/runs/{run}").get_data(as_text=True)
    data = re.search(r'<script type="application/json" id="run-data">(.*?)</script>', page, re.S)
    assert data is not None

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is no JSON")

    best = json.loads(data.group(1), parse_constant=refuse)["best_val"]
    assert (best["value"], best["step"]) == (1.2, 30)
    row = client.get("/projects/overflow").get_data(as_text=True)
    assert "@30" in row and "∞" not in row


def test_a_run_downloads_as_csv_in_the_export_format(client: Any, seeded: dict[str, int]) -> None:
    response = client.get(f"/runs/{seeded['run']}/export.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert f'filename="run-{seeded["run"]}.csv"' in response.headers["Content-Disposition"]
    lines = response.get_data(as_text=True).splitlines()
    assert lines[0] == "key,step,value,wall_time"
    assert "train/loss,299,nan," in lines  # NaN stays NaN, as `lossmon export` writes it
    assert len([line for line in lines if line.startswith("val/loss,")]) == 4
    assert client.get("/runs/4242/export.csv").status_code == 404


def test_not_found_is_a_page_for_people_and_json_for_the_api(client: Any) -> None:
    page = client.get("/runs/12345")
    assert page.status_code == 404 and page.mimetype == "text/html"
    assert "Run 12345 does not exist" in page.get_data(as_text=True)
    api = client.get("/api/v1/no-such-thing")
    assert api.status_code == 404
    assert api.get_json()["error"]["code"] == "not_found"


def test_login_gate(database_url: str) -> None:
    app = create_app(Config(database_url=database_url, dashboard_password="pw"))
    try:
        client = app.test_client()
        for path in ("/", "/alerts", "/runs/1", "/runs/1/export.csv", "/projects/x",
                     "/compare?runs=1"):  # fmt: skip
            response = client.get(path)
            assert response.status_code == 302, path
            assert response.headers["Location"].startswith("/login?next=")
        asset = client.get("/static/dashboard.css")
        assert asset.status_code == 200  # assets stay public
        asset.close()
        form = client.get("/login").get_data(as_text=True)
        csrf = re.search(r'name="csrf" value="([^"]+)"', form)
        assert csrf is not None
        wrong = client.post("/login", data={"password": "nope", "csrf": csrf.group(1)})
        assert wrong.status_code == 401
        no_csrf = client.post("/login", data={"password": "pw"})
        assert no_csrf.status_code == 400
        right = client.post(
            "/login", data={"password": "pw", "csrf": csrf.group(1), "next": "/alerts"}
        )
        assert right.status_code == 302 and right.headers["Location"] == "/alerts"
        cookie = right.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert client.get("/alerts").status_code == 200
        assert client.get("/api/v1/runs").status_code == 200
        page = client.get("/alerts").get_data(as_text=True)
        token = re.search(r'name="csrf-token" content="([^"]+)"', page)
        assert token is not None
        assert client.get("/logout").status_code == 405  # a link cannot log anyone out
        assert client.post("/logout", data={"csrf": token.group(1)}).status_code == 302
        assert client.get("/alerts").status_code == 302
    finally:
        app.extensions["lossmon.db"].dispose()
