"""Every page works under its Content-Security-Policy (script-src 'self', no inline script, no
eval): opened without Playwright's CSP bypass, no page logs a violation or an error, and the
charts draw."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import Pages, Site
from tests.browser.seeding import add_alert, seed_run
from tests.browser.test_pages import curve


def test_pages_work_under_their_csp(site: Site, pages: Pages) -> None:
    run_id = seed_run(site.db, "vision", "resnet-a", {"train/loss": curve(3000)},
                      config={"loss_kind": "cross_entropy"})  # fmt: skip
    other = seed_run(site.db, "vision", "resnet-b", {"train/loss": curve(2000)})
    add_alert(site.db, run_id, "spike", "warning", 600, 700, "loss spiked")
    page: Any = pages.open(bypass_csp=False)
    for path in ("/", "/projects/vision", f"/runs/{run_id}", f"/compare?runs={run_id},{other}",
                 "/alerts"):  # fmt: skip
        response = page.goto(site.url + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        if "/runs/" in path or "/compare" in path:
            page.locator("canvas").first.wait_for(timeout=10_000)  # uPlot drew
        page.wait_for_load_state("networkidle")
    # `pages` fails the test on any console error, CSP violations included.
