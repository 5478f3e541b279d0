"""`pip install lossmon`: the client alone (requests), its CLI, and nothing generic installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.install.conftest import SOURCES, Venv, clean_copy


@pytest.mark.slow
def test_the_wheel_carries_uplot_and_only_the_lossmon_package(wheel: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "lossmon/server/dashboard/static/vendor/uPlot.iife.min.js" in names
    assert "lossmon/server/dashboard/static/vendor/uPlot.min.css" in names
    assert "lossmon/server/migrations/versions/0001_initial_schema.py" in names
    dist_info = wheel.name.split("-py3")[0] + ".dist-info"
    assert {name.split("/")[0] for name in names} == {"lossmon", dist_info}


@pytest.mark.slow
def test_a_client_only_install_gives_help_and_sync(client_venv: Venv, tmp_path: Path) -> None:
    site = client_venv.site_packages()
    top_level = {path.name for path in site.iterdir()}
    assert "lossmon" in top_level
    assert not top_level & {"client", "monitor", "migrations"}, sorted(top_level)
    assert "flask" not in top_level and "sqlalchemy" not in top_level

    lossmon = str(client_venv.bin / "lossmon")
    shown = client_venv.run(lossmon, "--help")
    assert shown.returncode == 0, shown.stderr
    assert "sync" in shown.stdout and 'pip install "lossmon[server]"' in shown.stdout

    # An offline run spools; `lossmon sync` of an empty spool says so and succeeds.
    spool = tmp_path / "home" / "spool"
    spool.mkdir(parents=True)
    synced = client_venv.run(lossmon, "sync", str(spool), "--url", "http://127.0.0.1:9")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.strip() == "0 runs, 0 points uploaded"
    assert synced.stderr == ""  # piped: no progress line

    offline = client_venv.run(
        str(client_venv.python), "-c",
        "import lossmon; run = lossmon.init(project='p', mode='offline'); "
        "run.log(1, loss=0.5); run.finish(); print('ok')",
        LOSSMON_HOME=str(tmp_path / "home"),
    )  # fmt: skip
    assert offline.returncode == 0 and offline.stdout.strip() == "ok", offline.stderr
    assert list(spool.glob("*.jsonl")), "the offline run spooled nothing"

    serve = client_venv.run(lossmon, "serve")
    assert serve.returncode == 2
    hint = 'lossmon serve is a server command: pip install "lossmon[server]"'
    assert serve.stderr.strip() == hint
    server = client_venv.run(str(client_venv.python), "-c", "import lossmon.server")
    assert server.returncode == 1 and 'pip install "lossmon[server]"' in server.stderr


def test_a_build_without_uplot_and_without_npm_fails_saying_how_to_fix_it(tmp_path: Path) -> None:
    source = clean_copy(tmp_path / "clone")
    assert set(SOURCES) >= {path.name for path in source.iterdir()}
    no_npm = tmp_path / "bin"
    no_npm.mkdir()
    (no_npm / "python").symlink_to(sys.executable)
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--skip-dependency-check", "--wheel",
         str(source)],
        capture_output=True, text=True, timeout=120, env={"PATH": str(no_npm)},
    )  # fmt: skip
    assert built.returncode != 0
    assert "the wheel must carry uPlot" in built.stdout + built.stderr
    assert "make assets" in built.stdout + built.stderr
    assert not list(source.glob("dist/*.whl"))
