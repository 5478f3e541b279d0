"""A run of 4 series × 1,000,000 points draws in ≤ 2 s in headless Chromium, and a one-step
spike in the million is on the chart at full zoom-out (marked on the edge of the fitted range)."""

from __future__ import annotations

import time

import numpy as np
import pytest

from tests.browser.conftest import Pages, Site, wait_ready
from tests.browser.seeding import seed_run

N = 1_000_000
SPIKE_STEP = 654_321
SPIKE = 50.0


@pytest.mark.slow
@pytest.mark.serial
def test_four_million_points_draw_fast_and_keep_a_spike(site: Site, pages: Pages) -> None:
    rng = np.random.default_rng(0)
    steps = np.arange(N)
    train = 2.5 / np.sqrt(1 + steps / 1000) + 0.02 * rng.standard_normal(N)
    train[SPIKE_STEP] = SPIKE
    series = {
        "train/loss": train,
        "val/loss": 2.6 / np.sqrt(1 + steps / 1200) + 0.01 * rng.standard_normal(N),
        "train/reg": 0.01 + 0.00001 * np.sqrt(steps),
        "train/lr": 3e-4 * np.minimum(1.0, (steps + 1) / 2000),
    }
    step_list = steps.tolist()
    started = time.monotonic()
    lists = {key: (step_list, values.tolist()) for key, values in series.items()}
    run_id = seed_run(site.db, "scale", "million", lists)
    seeded = time.monotonic() - started

    page = pages.open()
    started = time.monotonic()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page, timeout=10_000)
    drawn = time.monotonic() - started
    in_page_ms = page.evaluate("window.lossmon.readyMs")
    print(f"\nseeded 4 × {N:,} points in {seeded:.1f} s; page drawn in {drawn:.2f} s "
          f"(navigation start to last chart drawn: {in_page_ms:.0f} ms)")  # fmt: skip
    assert drawn <= 2.0
    assert in_page_ms <= 2000

    fetched = page.evaluate("window.lossmon.fetched")
    assert {f["key"] for f in fetched} == set(series)
    assert all(f["total"] == N and f["points"] <= 4000 for f in fetched)
    spike = page.evaluate(
        f"""() => {{ const u = window.lossmon.panels.loss.u;
                    const i = u.data[0].indexOf({SPIKE_STEP});
                    return {{index: i, raw: i < 0 ? null : u.data[1][i], yMax: u.scales.y.max,
                             xMin: u.scales.x.min, xMax: u.scales.x.max}}; }}"""
    )
    assert spike["index"] >= 0, "the spike's step is not among the drawn points"
    assert spike["raw"] == SPIKE
    # The default y range fits the bulk (W&B's "ignore outliers"): the spike is marked on the
    # top edge, and one click shows the full range with the spike in it.
    marked = page.evaluate(
        f"window.lossmon.panels.loss.clipped.some((c) => c.step === {SPIKE_STEP} && c.above)"
    )
    assert spike["yMax"] >= SPIKE or marked
    assert spike["xMin"] < N / 1000 and spike["xMax"] == N - 1  # at full zoom-out
    page.locator('[data-panel="loss"] .range-toggle').click()
    assert page.evaluate("window.lossmon.panels.loss.u.scales.y.max") >= SPIKE
