"""A running run's page takes new points within 5 s, without a reload, from a real server."""

from __future__ import annotations

import time
from typing import Any

import requests

from tests.browser.conftest import Pages, wait_ready


def post_points(server: Any, run_id: int, steps: range, extra: bool = False) -> None:
    points = []
    for step in steps:
        values = {"train/loss": 3.0 / (1 + step / 40)}
        if step % 20 == 0:
            values["val/loss"] = 3.2 / (1 + step / 50)
        if extra:
            values["train/grad_norm"] = 1.0 + (step % 7) / 10
        points.append({"step": step, "values": values})
    response = requests.post(f"{server.url}/api/v1/runs/{run_id}/points", json={"points": points},
                             headers=server.headers(), timeout=10)  # fmt: skip
    assert response.status_code == 200, response.text


def test_running_run_updates_live(live_server: Any, pages: Pages) -> None:
    created = requests.post(
        f"{live_server.url}/api/v1/runs",
        json={"project": "demo", "name": "live-run", "config": {"loss_kind": "cross_entropy"}},
        headers=live_server.headers(),
        timeout=10,
    ).json()
    post_points(live_server, created["id"], range(0, 100))
    page = pages.open()
    page.goto(created["url"])  # the address run creation hands back is the run's page
    wait_ready(page)
    last_step = "window.lossmon.panels.loss?.u?.data[0].at(-1)"
    assert page.evaluate(last_step) == 99
    assert page.is_visible("#live")

    post_points(live_server, created["id"], range(100, 200), extra=True)
    started = time.monotonic()
    page.wait_for_function(f"{last_step} === 199", timeout=5000)
    assert time.monotonic() - started < 5.0
    # A series that appears mid-run gets its chart, and perplexity follows the loss.
    page.wait_for_function("'series:train/grad_norm' in window.lossmon.panels", timeout=5000)
    page.wait_for_function("window.lossmon.panels.ppl?.u?.data[0].at(-1) === 199", timeout=5000)
    assert page.inner_text("#run-steps") == "199"

    requests.patch(f"{live_server.url}/api/v1/runs/{created['id']}", json={"status": "finished"},
                   headers=live_server.headers(), timeout=10)  # fmt: skip
    page.wait_for_function("document.querySelector('#run-status').innerText === 'finished'",
                           timeout=5000)  # fmt: skip
    assert page.is_hidden("#live")
