"""A run with many series: its page fetches them in bounded batches and settles."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import Pages, Site, wait_ready
from tests.browser.seeding import seed_run
from tests.browser.test_pages import curve

SERIES = 60


def test_run_page_fetches_series_in_bounded_batches(site: Site, pages: Pages) -> None:
    series = {"train/loss": curve(200)} | {f"layer{i}/grad_norm": curve(200) for i in range(SERIES)}
    run_id = seed_run(site.db, "big", "many", series)
    page: Any = pages.open()
    in_flight, most, fetched = set(), 0, []

    def started(request: Any) -> None:
        nonlocal most
        if "/series/" in request.url:
            in_flight.add(request.url)
            fetched.append(request.url)
            most = max(most, len(in_flight))

    def ended(request: Any) -> None:
        in_flight.discard(request.url)

    page.on("request", started)
    page.on("requestfinished", ended)
    page.on("requestfailed", ended)
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page, timeout=30_000)
    assert fetched, "the page fetched no series"
    assert most <= 6, f"{most} series requests in flight at once"
    print(f"\n{len(fetched)} series requests, at most {most} at once")
