"""Packaging promises: the client stands alone; the server names its extra when missing."""

from __future__ import annotations

import subprocess
import sys

BLOCK = "import sys; [sys.modules.__setitem__(m, None) for m in {mods}]; "


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_server_without_the_server_extra_names_it() -> None:
    result = run_python(BLOCK.format(mods=["flask", "sqlalchemy"]) + "import lossmon.server")
    assert result.returncode == 1
    assert 'pip install "lossmon[server]"' in result.stderr.strip().splitlines()[-1]


def test_client_needs_nothing_but_requests() -> None:
    server_side = ["lossmon.server", "flask", "sqlalchemy", "numpy", "torch", "orjson", "alembic"]
    code = BLOCK.format(mods=server_side) + (
        "import tempfile, lossmon; "
        "run = lossmon.init(project='p', mode='offline', home=tempfile.mkdtemp()); "
        "run.log(1, loss=0.5); run.finish(); print('ok')"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_users_client_py_and_monitor_folder_change_nothing(tmp_path) -> None:
    """The installed names are `lossmon` and `lossmon.server`: a project's own `client.py` or
    `monitor/` in the working directory (first on sys.path) cannot shadow them."""
    (tmp_path / "client.py").write_text("raise SystemExit('the user client.py was imported')\n")
    (tmp_path / "monitor").mkdir()
    (tmp_path / "monitor" / "__init__.py").write_text("raise SystemExit('user monitor/')\n")
    code = (
        "import lossmon, lossmon.server.detectors, lossmon.integrations; "
        "print(callable(lossmon.init), lossmon.server.detectors.__name__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "lossmon.server.detectors"]
    cli = subprocess.run(
        [sys.executable, "-m", "lossmon", "--help"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert cli.returncode == 0 and "sync" in cli.stdout, cli.stderr


def test_detectors_import_without_flask_or_sqlalchemy() -> None:
    code = (
        "import sys; import lossmon.server.detectors; "
        "print(sorted(m for m in ('flask', 'sqlalchemy', 'alembic') if m in sys.modules))"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_cli_without_the_server_extra_gives_sync_and_help_and_names_the_extra() -> None:
    blocked = BLOCK.format(mods=["flask", "sqlalchemy", "click"])
    help_text = run_python(blocked + "from lossmon.cli import main; sys.exit(main(['--help']))")
    assert help_text.returncode == 0, help_text.stderr
    assert "sync" in help_text.stdout and 'pip install "lossmon[server]"' in help_text.stdout
    serve = run_python(blocked + "from lossmon.cli import main; sys.exit(main(['serve']))")
    assert serve.returncode == 2
    expected = 'lossmon serve is a server command: pip install "lossmon[server]"'
    assert serve.stderr.strip() == expected
    sync = run_python(blocked + "from lossmon.cli import main; sys.exit(main(['sync', '--help']))")
    assert sync.returncode == 0 and "--token" in sync.stdout, sync.stderr
