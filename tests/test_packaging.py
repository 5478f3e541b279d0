"""Packaging promises: the client stands alone; the server names its extra when missing."""

from __future__ import annotations

import subprocess
import sys

BLOCK = "import sys; [sys.modules.__setitem__(m, None) for m in {mods}]; "


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_monitor_without_the_server_extra_names_it() -> None:
    result = run_python(BLOCK.format(mods=["flask", "sqlalchemy"]) + "import monitor")
    assert result.returncode == 1
    assert 'pip install "lossmon[server]"' in result.stderr.strip().splitlines()[-1]


def test_client_needs_nothing_but_requests() -> None:
    server_side = ["monitor", "flask", "sqlalchemy", "numpy", "torch", "orjson", "alembic"]
    code = BLOCK.format(mods=server_side) + (
        "import tempfile, client as lossmon; "
        "run = lossmon.init(project='p', mode='offline', home=tempfile.mkdtemp()); "
        "run.log(1, loss=0.5); run.finish(); print('ok')"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
