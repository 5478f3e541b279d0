"""Tokens: created by the CLI, stored hashed, listed without secrets, revocable."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from lossmon.server.cli import main
from lossmon.server.db import Database
from lossmon.server.models import ApiToken


def test_create_prints_the_token_alone_on_the_last_line(runner, database_url, client) -> None:
    result = runner.invoke(
        main,
        ["token", "create", "--project", "team-a", "--label", "ci", "--database-url", database_url],
    )
    assert result.exit_code == 0, result.output
    secret = result.output.strip().splitlines()[-1]
    assert secret.startswith("lm_") and " " not in secret
    response = client.post(
        "/api/v1/runs", json={"project": "team-a"}, headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 201


def test_tokens_are_stored_hashed(runner, database_url) -> None:
    result = runner.invoke(
        main, ["token", "create", "--project", "p", "--database-url", database_url]
    )
    secret = result.output.strip().splitlines()[-1]
    database = Database(database_url)
    with database.session() as session:
        stored = session.scalars(select(ApiToken)).one()
        columns = [str(getattr(stored, c.key)) for c in ApiToken.__table__.columns]
    database.dispose()
    assert stored.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert not any(secret in value for value in columns)


def test_list_shows_prefix_and_status_never_the_secret(runner, database_url) -> None:
    created = runner.invoke(
        main,
        ["token", "create", "--project", "p", "--label", "laptop", "--database-url", database_url],
    )
    secret = created.output.strip().splitlines()[-1]
    runner.invoke(main, ["token", "revoke", "1", "--database-url", database_url])
    listed = runner.invoke(main, ["token", "list", "--database-url", database_url])
    assert listed.exit_code == 0
    assert "laptop" in listed.output and "revoked" in listed.output
    assert secret[:10] in listed.output and secret not in listed.output


def test_revoke_unknown_token_fails_clearly(runner, database_url) -> None:
    result = runner.invoke(main, ["token", "revoke", "77", "--database-url", database_url])
    assert result.exit_code != 0 and "no token with id 77" in result.output


def test_bad_project_name_is_refused(runner, database_url) -> None:
    result = runner.invoke(
        main, ["token", "create", "--project", "a/b", "--database-url", database_url]
    )
    assert result.exit_code == 2 and "--project" in result.output


def test_password_protected_reads_need_a_token_of_the_project(database_url) -> None:
    from lossmon.server import create_app
    from lossmon.server.config import Config
    from tests.conftest import make_token

    app = create_app(Config(database_url=database_url, dashboard_password="s3cret"))
    database = app.extensions["lossmon.db"]
    client = app.test_client()
    mine = {"Authorization": f"Bearer {make_token(database, 'mine')}"}
    theirs = {"Authorization": f"Bearer {make_token(database, 'theirs')}"}
    run_id = client.post("/api/v1/runs", json={"project": "mine"}, headers=mine).get_json()["id"]
    client.post("/api/v1/runs", json={"project": "theirs"}, headers=theirs)

    assert client.get("/api/v1/runs").status_code == 401
    assert client.get(f"/api/v1/runs/{run_id}").status_code == 401
    listed = client.get("/api/v1/runs", headers=mine).get_json()["runs"]
    assert [run["project"] for run in listed] == ["mine"]
    assert client.get(f"/api/v1/runs/{run_id}", headers=theirs).status_code == 403
    assert client.get(f"/api/v1/runs/{run_id}", headers=mine).status_code == 200
    database.dispose()


def _create(runner, database_url: str, *args: str) -> str:
    result = runner.invoke(main, ["token", "create", *args, "--database-url", database_url])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def test_a_token_for_every_project_creates_projects_on_first_write(
    runner, database_url, client
) -> None:
    created = runner.invoke(main, ["token", "create", "--database-url", database_url])
    assert "for every project" in created.output
    every = {"Authorization": f"Bearer {created.output.strip().splitlines()[-1]}"}
    scoped = {"Authorization": f"Bearer {_create(runner, database_url, '--project', 'mnist')}"}

    for project in ("mnist", "gpt-small"):
        response = client.post("/api/v1/runs", json={"project": project}, headers=every)
        assert response.status_code == 201, response.get_json()
        run_id = response.get_json()["id"]
        points = {"points": [{"step": 1, "values": {"train/loss": 1.0}}]}
        sent = client.post(f"/api/v1/runs/{run_id}/points", json=points, headers=every)
        assert sent.status_code == 200
    # A project token still writes to its own project only.
    other = client.post("/api/v1/runs", json={"project": "gpt-small"}, headers=scoped)
    assert other.status_code == 403
    own = client.post("/api/v1/runs", json={"project": "mnist"}, headers=scoped)
    assert own.status_code == 201
    # The token for every project names the project, and the name follows the rules.
    assert client.post("/api/v1/runs", json={}, headers=every).status_code == 400
    assert client.post("/api/v1/runs", json={"project": "a/b"}, headers=every).status_code == 400
    listed = runner.invoke(main, ["token", "list", "--database-url", database_url]).output
    assert "* (every project)" in listed and "mnist" in listed


def test_token_check_says_whether_a_token_is_live(runner, database_url) -> None:
    secret = _create(runner, database_url)
    check = ["token", "check", "--database-url", database_url]
    assert runner.invoke(main, check, input=secret + "\n").exit_code == 0
    assert runner.invoke(main, check, input="lm_unknown\n").exit_code == 1
    runner.invoke(main, ["token", "revoke", "1", "--database-url", database_url])
    assert runner.invoke(main, check, input=secret + "\n").exit_code == 1
