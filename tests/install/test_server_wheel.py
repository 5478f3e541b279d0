"""`pip install "lossmon[server]"` from the built wheel: `lossmon serve` draws its charts, and
refuses to start, with the fix, when uPlot is not installed."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.browser.conftest import Pages, wait_ready
from tests.conftest import free_port, wait_for
from tests.install.conftest import Venv


def _serve(server_venv: Venv, home: Path, port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(server_venv.bin / "lossmon"), "serve", "--port", str(port)],
        env=server_venv.env(LOSSMON_HOME=str(home)), cwd=home,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def _up(url: str) -> bool:
    try:
        return requests.get(f"{url}/readyz", timeout=1).status_code == 200
    except requests.RequestException:
        return False


@pytest.mark.slow
def test_the_installed_wheel_serves_run_pages_with_charts(
    server_venv: Venv, browser: Any, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    made = server_venv.run(
        str(server_venv.bin / "lossmon"), "token", "create", LOSSMON_HOME=str(home)
    )
    assert made.returncode == 0, made.stderr
    auth = {"Authorization": f"Bearer {made.stdout.strip().splitlines()[-1]}"}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = _serve(server_venv, home, port)
    pages = Pages(browser)
    try:
        wait_for(lambda: _up(url) or server.poll() is not None, timeout=30, what="serve")
        assert server.poll() is None, server.communicate()[0]
        body = {"project": "wheel", "name": "installed", "config": {"loss_kind": "cross_entropy"}}
        run = requests.post(f"{url}/api/v1/runs", headers=auth, timeout=10, json=body).json()
        points: list[dict[str, Any]] = [
            {"step": s, "values": {"train/loss": 3 / (1 + s / 50)}} for s in range(1, 401)
        ]
        for point in points[49::50]:
            point["values"]["val/loss"] = 3.2 / (1 + point["step"] / 60)
        sent = requests.post(
            f"{url}/api/v1/runs/{run['id']}/points", json={"points": points}, headers=auth,
            timeout=10,
        )  # fmt: skip
        assert sent.status_code == 200, sent.text

        page = pages.open()
        page.goto(run["url"])
        wait_ready(page)
        drawn = page.evaluate(
            "[...document.querySelectorAll('.uplot canvas')]"
            ".filter(c => c.width > 0 && c.height > 0).length"
        )
        assert drawn >= 2, "the run page drew no charts"
        # A drawn chart has lines on it: not every pixel of the loss chart is the same.
        colours = page.evaluate(
            "(() => { const c = window.lossmon.panels['loss'].u.ctx;"
            " const d = c.getImageData(0, 0, c.canvas.width, c.canvas.height).data;"
            " const seen = new Set(); for (let i = 0; i < d.length; i += 4 * 97)"
            " seen.add(d[i] + ',' + d[i+1] + ',' + d[i+2] + ',' + d[i+3]); return seen.size; })()"
        )
        assert colours > 3
        assert pages.errors == [] and pages.dialogs == []
    finally:
        pages.close()
        server.terminate()
        server.communicate(timeout=15)


@pytest.mark.slow
def test_serve_refuses_without_uplot_and_says_how_to_fix_it(
    server_venv: Venv, tmp_path: Path
) -> None:
    vendor = server_venv.site_packages() / "lossmon/server/dashboard/static/vendor"
    script = vendor / "uPlot.iife.min.js"
    kept = tmp_path / "uPlot.iife.min.js"
    script.rename(kept)
    try:
        started = time.monotonic()
        refused = server_venv.run(
            str(server_venv.bin / "lossmon"), "serve", "--port", str(free_port()),
            LOSSMON_HOME=str(tmp_path), timeout=60,
        )  # fmt: skip
        assert refused.returncode == 1
        assert "uPlot is missing" in refused.stderr and "make assets" in refused.stderr
        assert "lossmon serving" not in refused.stdout
        assert time.monotonic() - started < 30
    finally:
        kept.rename(script)
