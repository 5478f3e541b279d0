"""A live training run stopped from its page: two clicks on Stop run, and the loop ends."""

from __future__ import annotations

import threading
import time
from typing import Any

import lossmon
from tests.browser.conftest import Pages, wait_ready
from tests.client.conftest import FAST


def test_the_stop_button_stops_a_live_run(live_server: Any, pages: Pages, tmp_path: Any) -> None:
    run = lossmon.init(project="demo", name="stop-from-page", url=live_server.url,
                       token=live_server.token, stop_on=("divergence",), home=tmp_path, **FAST)
    max_steps = 200_000
    last = {"step": 0}

    def train() -> None:  # a healthy loop that runs until something asks it to stop
        for step in range(max_steps):
            if run.should_stop:
                break
            run.log(step, loss=2.0 / (1 + step / 100))
            last["step"] = step
            time.sleep(0.002)

    loop = threading.Thread(target=train)
    loop.start()
    try:
        page = pages.open()
        while last["step"] < 100:
            time.sleep(0.05)
        page.goto(run.url)
        wait_ready(page)
        button = page.locator("#stop-run")
        button.click()
        assert button.text_content() == "Click again to stop"
        assert loop.is_alive() and not run.should_stop  # one click asks nothing
        button.click()
        page.wait_for_selector("#stop-state")
        assert "stopped from the dashboard" in (page.text_content("#stop-state") or "")
        loop.join(10)
        assert not loop.is_alive(), "the loop did not stop"
    finally:
        run.finish()
        loop.join(10)
    assert run.stop_reason == "stop requested (stopped from the dashboard)"
    assert last["step"] < max_steps // 10
    page.reload()
    assert page.locator("#stop-run").count() == 0 and page.is_visible("#stop-state")
