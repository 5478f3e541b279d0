"""Screenshots of the main pages on real curves (tests/data/curves).

They go to a temporary folder; with LOSSMON_SCREENSHOTS=docs/screenshots they refresh the
README's images.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.conftest import Pages, Site, wait_ready
from tests.browser.demo import seed_demo


@pytest.mark.slow
def test_screenshots_of_the_main_pages(site: Site, pages: Pages, tmp_path: Path) -> None:
    out = Path(os.environ.get("LOSSMON_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    ids = seed_demo(site.db)
    compare = ",".join(
        str(ids[r]) for r in ("s05_digits", "s28_digits", "s20_digits", "s01_digits", "s26_digits")
    )
    shots = [
        ("projects", "/", 1280, 520),
        ("runs", "/projects/digits-mlp", 1280, 520),
        ("run", f"/runs/{ids['s28_digits']}", 1280, 800),
        ("run-alerts", f"/runs/{ids['s27_charlm']}", 1280, 800),
        ("run-divergence", f"/runs/{ids['s01_digits']}", 1280, 800),
        ("compare", f"/compare?runs={compare}", 1280, 800),
        ("alerts", "/alerts", 1280, 600),
        ("phone", f"/runs/{ids['s28_digits']}", 390, 844),
    ]
    for name, path, width, height in shots:
        page = pages.open(width=width, height=height, device_scale_factor=1)
        page.goto(site.url + path)
        if path.startswith(("/runs/", "/compare")):
            wait_ready(page)
        page.wait_for_timeout(150)
        page.screenshot(path=str(out / f"{name}.png"), full_page=True)
        assert (out / f"{name}.png").stat().st_size > 10_000
