"""docker-compose.yml and the Dockerfile agree with the CLI's real commands and settings.

Docker cannot run here (bench/compose_podman.sh runs the stack with podman on stand-in images,
outside the test suite), so the files are checked against what they drive: every command is
parsed by the real click CLI, every LOSSMON_* variable is a real setting whose value parses,
ports match the bind addresses, and the start order puts migrations before web and worker.
"""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from lossmon.server.cli import DATABASE_OPTION, main
from lossmon.server.config import Config

REPO = Path(__file__).resolve().parents[2]
DEFAULT = re.compile(r"\$\{(\w+)(?::?-([^}]*)|:?\?[^}]*)?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    return document


def resolved(value: str) -> str:
    """Return a compose value with ${VAR:-default} replaced by its default ("x" if none)."""
    return DEFAULT.sub(lambda m: m.group(2) if m.group(2) is not None else "x", str(value))


def settings_variables() -> set[str]:
    names = {f"LOSSMON_{item.name.upper()}" for item in fields(Config) if item.name != "testing"}
    option = DATABASE_OPTION(lambda: None).__click_params__[0]  # type: ignore[attr-defined]
    return names | {option.envvar}


def test_services_and_their_start_order(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"postgres", "migrate", "web", "worker"}
    assert services["migrate"]["command"] == ["lossmon", "db", "upgrade"]
    for name in ("web", "worker"):
        needs = services[name]["depends_on"]
        assert needs["postgres"]["condition"] == "service_healthy"
        assert needs["migrate"]["condition"] == "service_completed_successfully"
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["migrate"]["restart"] == "no"


def test_postgres_keeps_its_data_in_a_volume(compose: dict[str, Any]) -> None:
    postgres = compose["services"]["postgres"]
    [mount] = postgres["volumes"]
    volume, target = mount.split(":")
    assert volume in compose["volumes"] and target == "/var/lib/postgresql/data"
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    url = resolved(compose["services"]["web"]["environment"]["LOSSMON_DATABASE_URL"])
    env = postgres["environment"]
    assert url == (
        f"postgresql+psycopg://{env['POSTGRES_USER']}:{resolved(env['POSTGRES_PASSWORD'])}"
        f"@postgres:5432/{env['POSTGRES_DB']}"
    )


def test_every_command_is_a_real_cli_command(compose: dict[str, Any]) -> None:
    runner = CliRunner()
    for name, service in compose["services"].items():
        commands = [service.get("command")]
        test = service.get("healthcheck", {}).get("test", [])
        if test[:2] == ["CMD", "lossmon"]:
            commands.append(test[1:])
        for command in filter(None, commands):
            assert command[0] == "lossmon", name
            result = runner.invoke(main, [*command[1:], "--help"])
            assert result.exit_code == 0, f"{name}: {command}: {result.output}"


def test_environment_is_real_settings_with_valid_values(compose: dict[str, Any]) -> None:
    known = settings_variables()
    for name in ("migrate", "web", "worker"):
        env = {
            key: resolved(value) for key, value in compose["services"][name]["environment"].items()
        }
        assert set(env) <= known, f"{name}: unknown settings {set(env) - known}"
        settings = Config.from_env(env)  # raises when a value does not parse
        assert settings.database_url.startswith("postgresql+psycopg://")
        assert settings.public_url  # notification links need it
    web = Config.from_env(
        {k: resolved(v) for k, v in compose["services"]["web"]["environment"].items()}
    )
    assert web.web_workers >= 2 and web.dashboard_password and web.secret_key


def test_web_port_health_check_and_image(compose: dict[str, Any]) -> None:
    web = compose["services"]["web"]
    bind = web["command"][web["command"].index("--bind") + 1]
    host, port = bind.rsplit(":", 1)
    assert host == "0.0.0.0"
    [published] = web["ports"]
    assert resolved(published).split(":")[-1] == port
    assert f"127.0.0.1:{port}/readyz" in " ".join(web["healthcheck"]["test"])
    assert compose["services"]["worker"]["healthcheck"]["test"] == [
        "CMD",
        "lossmon",
        "worker",
        "--check",
    ]
    dockerfile = (REPO / "Dockerfile").read_text()
    assert f"EXPOSE {port}" in dockerfile
    assert f'CMD ["lossmon", "web", "--bind", "0.0.0.0:{port}"]' in dockerfile
    assert 'pip install ".[server]"' in dockerfile


def test_readyz_is_served(app: Any) -> None:
    assert "/readyz" in {rule.rule for rule in app.url_map.iter_rules()}


def test_images_are_overridable_and_default_to_the_official_ones(compose: dict[str, Any]) -> None:
    """Stand-ins (bench/compose_podman.sh) come in through variables; Docker users see no change."""
    services = compose["services"]
    assert resolved(services["postgres"]["image"]) == "postgres:17"
    dockerfile = (REPO / "Dockerfile").read_text()
    defaults = dict(re.findall(r"^ARG (\w+_IMAGE)=(\S+)$", dockerfile, re.MULTILINE))
    assert defaults == {"NODE_IMAGE": "node:22-slim", "PYTHON_IMAGE": "python:3.12-slim"}
    assert "FROM ${NODE_IMAGE} AS assets" in dockerfile and "FROM ${PYTHON_IMAGE}\n" in dockerfile
    for name in ("migrate", "web", "worker"):
        build = services[name]["build"]
        assert build["context"] == "."
        assert {k: resolved(v) for k, v in build["args"].items()} == defaults
        assert resolved(services[name]["image"]) == "lossmon:latest"
