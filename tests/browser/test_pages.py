"""The dashboard pages in headless Chromium: they load cleanly, their controls change what is
drawn, zoom fetches finer data, alert bands are drawn, and user text stays text."""

from __future__ import annotations

import math
from typing import Any

import pytest

from tests.browser.conftest import Pages, Site, wait_ready
from tests.browser.seeding import add_alert, seed_run

STEPS = 20_000


def curve(steps: int, spike_at: int | None = None) -> tuple[list[int], list[float]]:
    xs = list(range(steps))
    ys = [2.0 / math.sqrt(1 + s / 50) + 0.05 * math.sin(s / 7) for s in xs]
    if spike_at is not None:
        ys[spike_at] = 25.0
    return xs, ys


@pytest.fixture
def seeded(site: Site) -> dict[str, Any]:
    """A cross-entropy run with train/val loss, penalty, lr and two alert episodes."""
    train = curve(STEPS)
    val_steps = list(range(0, STEPS, 500))
    val = (val_steps, [2.1 / math.sqrt(1 + s / 60) + (s / STEPS) ** 2 for s in val_steps])
    reg = (train[0], [0.02 + 0.00001 * s for s in train[0]])
    lr = (train[0], [3e-4 * min(1.0, (s + 1) / 500) for s in train[0]])
    run_id = seed_run(
        site.db, "vision", "resnet-a",
        {"train/loss": train, "val/loss": val, "train/reg": reg, "train/lr": lr},
        config={"loss_kind": "cross_entropy", "lr": 3e-4, "model": {"depth": 18}},
        tags=["baseline", "sweep-1"],
    )  # fmt: skip
    other = seed_run(site.db, "vision", "resnet-b", {"train/loss": curve(5000)},
                     config={"loss_kind": "mse"}, tags=["sweep-1"], status="failed")  # fmt: skip
    seed_run(site.db, "nlp", "gpt-tiny", {"train/loss": curve(300)}, status="running")
    spike = add_alert(site.db, run_id, "spike", "warning", 6000, 6400, "loss spiked")
    divergence = add_alert(site.db, run_id, "divergence", "critical", 15_000, None, "diverging")
    return {"run": run_id, "other": other, "spike": spike, "divergence": divergence}


def test_pages_load_without_console_errors(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    for path, heading in [
        ("/", "Projects"),
        ("/projects/vision", "vision"),
        (f"/runs/{seeded['run']}", "resnet-a"),
        (f"/compare?runs={seeded['run']},{seeded['other']}", "Compare runs"),
        ("/alerts", "Alerts"),
    ]:
        response = page.goto(site.url + path)
        assert response.status == 200, path
        assert heading in page.locator("h1").first.inner_text()
        if "/runs/" in path or "/compare" in path:
            wait_ready(page)
    assert page.locator("#projects").count() == 0  # the last page was /alerts


def test_not_found_and_empty_states(site: Site, pages: Pages):
    page = pages.open()
    page.goto(site.url + "/")
    assert "No projects yet" in page.inner_text("main")
    for path in ("/runs/4242", "/projects/nope", "/no/such/page"):
        # A 404 page is expected here; the browser logs its status as a console error.
        response = page.goto(site.url + path)
        assert response.status == 404
        assert "Not found" in page.inner_text("h1")
    pages.errors.clear()
    page.goto(site.url + "/compare")
    assert "Nothing to compare" in page.inner_text("main")
    page.goto(site.url + "/alerts")
    assert "No alerts" in page.inner_text("main")
    run_id = seed_run(site.db, "fresh", "just-started", {}, status="running")
    page.goto(site.url + f"/runs/{run_id}")
    assert "No points yet" in page.inner_text("#charts")


def test_run_page_draws_loss_penalty_perplexity_and_other_series(
    site: Site, seeded: dict[str, Any], pages: Pages
):
    page = pages.open()
    page.goto(site.url + f"/runs/{seeded['run']}")
    wait_ready(page)
    panels = page.evaluate("Object.keys(window.lossmon.panels)")
    assert panels == ["loss", "reg", "ppl", "series:train/lr"]
    loss = page.evaluate(
        """() => { const u = window.lossmon.panels.loss.u;
                   return {labels: u.series.map(s => s.label), n: u.data[0].length,
                           markers: window.lossmon.panels.loss.markers}; }"""
    )
    assert {"train/loss", "val/loss", "train data loss (total − penalty)"} <= set(loss["labels"])
    assert loss["markers"][0]["label"].startswith("best val")
    assert page.evaluate("window.lossmon.panels.ppl.u.scales.y.distr") == 3  # log scale
    assert "cross_entropy" in page.inner_text(".meta")
    assert "model.depth" in page.inner_text("#config")

    # A run whose loss kind is mse gets no perplexity chart, even if a perplexity was pushed.
    mse = seed_run(site.db, "vision", "mse-run",
                   {"train/loss": curve(100), "train/ppl": curve(100)},
                   config={"loss_kind": "mse"})  # fmt: skip
    page.goto(site.url + f"/runs/{mse}")
    wait_ready(page)
    assert page.evaluate("Object.keys(window.lossmon.panels)") == ["loss"]


def test_best_val_marker_is_at_the_minimum(site: Site, pages: Pages):
    val = ([0, 100, 200, 300, 400], [3.0, 2.0, 1.25, 1.5, 1.75])
    run_id = seed_run(site.db, "p", "r", {"train/loss": curve(500), "val/loss": val})
    page = pages.open()
    page.goto(site.url + f"/runs/{run_id}")
    wait_ready(page)
    marker = page.evaluate("window.lossmon.panels.loss.markers[0]")
    assert (marker["step"], marker["value"]) == (200, 1.25)
    assert "1.25 @ 200" in marker["label"]


def canvas(page: Any, panel: str) -> str:
    return str(page.evaluate(f"window.lossmon.panels[{panel!r}].u.ctx.canvas.toDataURL()"))


def test_toggles_change_what_is_drawn(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    page.goto(site.url + f"/runs/{seeded['run']}")
    wait_ready(page)
    before = canvas(page, "loss")
    assert page.evaluate("window.lossmon.panels.loss.u.scales.y.distr") == 1
    page.check("#log-y")
    assert page.evaluate("window.lossmon.panels.loss.u.scales.y.distr") == 3
    assert canvas(page, "loss") != before
    page.uncheck("#log-y")

    # Smoothing: the smoothed twin of train/loss follows the slider; at 0 only raw lines.
    smoothed = "window.lossmon.panels.loss.u.data[2].slice(0, 200)"
    page.locator("#smoothing").fill("0.6")
    at_06 = page.evaluate(smoothed)
    page.locator("#smoothing").fill("0.95")
    at_095 = page.evaluate(smoothed)
    assert at_06 != at_095
    assert page.inner_text("#smoothing-value") == "0.95"
    page.locator("#smoothing").fill("0")
    series = page.evaluate("window.lossmon.panels.loss.u.series.length")
    assert series == 1 + 3  # step + train, val, data loss: no smoothed twins


def test_drag_zoom_fetches_finer_data_and_reset(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    page.goto(site.url + f"/runs/{seeded['run']}")
    wait_ready(page)
    full = page.evaluate("window.lossmon.fetched.find(s => s.key === 'train/loss')")
    assert full["downsampled"] and full["points"] < STEPS

    box = page.locator('[data-panel="loss"] .u-over').bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.40, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    page.wait_for_function("window.lossmon.state.view !== null")
    page.wait_for_function(
        "window.lossmon.fetched.find(s => s.key === 'train/loss').downsampled === false"
    )
    view = page.evaluate("window.lossmon.state.view")
    assert 0 < view["end"] - view["start"] < STEPS * 0.1
    xs = page.evaluate(
        "[window.lossmon.panels.loss.u.scales.x.min, window.lossmon.panels.loss.u.scales.x.max]"
    )
    assert xs == [view["start"], view["end"]]
    # Linked charts follow the zoom.
    lr_x = page.evaluate("window.lossmon.panels['series:train/lr'].u.scales.x.min")
    assert lr_x == view["start"]
    assert page.is_enabled("#reset-zoom")
    page.click("#reset-zoom")
    page.wait_for_function("window.lossmon.state.view === null")
    page.wait_for_function(
        "window.lossmon.fetched.find(s => s.key === 'train/loss').downsampled === true"
    )
    assert page.is_disabled("#reset-zoom")


def test_hover_readout_and_linked_cursors(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    page.goto(site.url + f"/runs/{seeded['run']}")
    wait_ready(page)
    box = page.locator('[data-panel="loss"] .u-over').bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
    page.wait_for_function("window.lossmon.panels.loss.u.cursor.idx !== null")
    readout = page.locator('[data-panel="loss"] .u-legend .u-value').first.inner_text()
    assert readout not in ("", "–", "--")
    # The cursor is mirrored on the other charts (uPlot.sync).
    other = page.evaluate("window.lossmon.panels['series:train/lr'].u.cursor.left")
    assert other is not None and other > 0


def band_pixels(page: Any, alert_index: int, panel: str = "loss") -> list[list[int]]:
    """Return the canvas pixels down the middle of a band's span (some may be under a line)."""
    return list(
        page.evaluate(
            """([i, panel]) => { const p = window.lossmon.panels[panel]; const u = p.u;
                 const b = p.bands[i];
                 const to = b.to === null ? u.scales.x.max : b.to;
                 const x = Math.round(u.valToPos((b.from + to) / 2, 'x', true));
                 return [0.3, 0.45, 0.6, 0.75, 0.9].map((f) => Array.from(u.ctx.getImageData(
                   x, Math.round(u.bbox.top + u.bbox.height * f), 1, 1).data)); }""",
            [alert_index, panel],
        )
    )


def reddish(pixel: list[int]) -> bool:
    red, green, blue, alpha = pixel
    return alpha > 0 and red > green + 5 and red > blue + 5


def test_alert_episodes_are_drawn_as_bands(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    page.goto(site.url + f"/runs/{seeded['run']}")
    wait_ready(page)
    bands = page.evaluate("window.lossmon.panels.loss.bands")
    by_label = {b["label"]: b for b in bands}
    assert by_label["spike"]["from"] == 6000 and by_label["spike"]["to"] == 6400
    assert by_label["divergence"]["to"] is None  # still firing: drawn to the end
    index = [b["label"] for b in bands].index("divergence")
    assert sum(map(reddish, band_pixels(page, index))) >= 3, "the critical band is not drawn"
    assert "critical" in page.inner_text("#firing-banner")
    # Clicking an episode zooms the charts to it.
    page.locator(f'.alert-item[data-alert-id="{seeded["spike"]}"] .zoom-to').click()
    page.wait_for_function("window.lossmon.state.view !== null")
    view = page.evaluate("window.lossmon.state.view")
    assert view["start"] < 6000 and view["end"] > 6400


def test_runs_table_filters_and_sorts(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    page.goto(site.url + "/projects/vision")
    visible = (
        "Array.from(document.querySelectorAll('#runs tbody tr:not([hidden])'))"
        ".map(r => r.dataset.name)"
    )
    assert sorted(page.evaluate(visible)) == ["resnet-a", "resnet-b"]
    page.select_option("select[name=status]", "failed")
    assert page.evaluate(visible) == ["resnet-b"]
    assert "status=failed" in page.url
    page.select_option("select[name=status]", "")
    page.select_option("select[name=tag]", "baseline")
    assert page.evaluate(visible) == ["resnet-a"]
    page.select_option("select[name=tag]", "")
    page.click("th[data-sort=steps]")
    assert page.evaluate(visible) == ["resnet-b", "resnet-a"]
    page.click("th[data-sort=steps]")
    assert page.evaluate(visible) == ["resnet-a", "resnet-b"]
    # The server applies the same filters to a shared link.
    page.goto(site.url + "/projects/vision?tag=baseline")
    assert page.evaluate(visible) == ["resnet-a"]
    # Pick two runs and compare them.
    page.goto(site.url + "/projects/vision")
    for box in page.locator("#runs tbody input[type=checkbox]").all():
        box.check()
    page.click("#compare-selected")
    page.wait_for_url("**/compare?runs=*")
    wait_ready(page)
    assert page.evaluate("window.lossmon.panels.compare.u.series.length") >= 3


def test_compare_overlays_one_metric(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    page.goto(site.url + f"/compare?runs={seeded['run']},{seeded['other']}&metric=train/loss")
    wait_ready(page)
    labels = page.evaluate("window.lossmon.panels.compare.u.series.map(s => s.label)")
    assert "resnet-a" in labels and "resnet-b" in labels
    assert page.inner_text(f'#compare-runs tr[data-id="{seeded["other"]}"] .stat-min') != "–"
    page.check("#log-y")
    assert page.evaluate("window.lossmon.panels.compare.u.scales.y.distr") == 3
    page.select_option("#metric", "val/loss")
    page.wait_for_function("window.lossmon.panels.compare.spec.title === 'val/loss'")


def test_alerts_page_filters_and_acknowledges(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open()
    page.goto(site.url + "/alerts")
    assert page.locator("#alerts tbody tr").count() == 2
    page.select_option("select[name=severity]", "critical")
    page.wait_for_url("**severity=critical**")
    assert page.locator("#alerts tbody tr").count() == 1
    page.goto(site.url + "/alerts?state=resolved&project=vision")
    assert page.locator("#alerts tbody tr").count() == 1
    page.goto(site.url + "/alerts?project=nlp")
    assert "No alerts match" in page.inner_text("main")

    page.goto(site.url + "/alerts")
    row = page.locator(f'#alerts tr[data-alert-id="{seeded["divergence"]}"]')
    row.locator(".ack-button").click()
    page.wait_for_function(
        f"""!document.querySelector('tr[data-alert-id="{seeded["divergence"]}"] .ack-button')"""
    )
    page.reload()
    assert "acknowledged" in row.inner_text()


XSS = "<img src=x onerror=alert(1)>"


def test_user_text_is_escaped(site: Site, pages: Pages):
    project = '"><svg onload=alert(2)>'
    run_id = seed_run(
        site.db, project, XSS,
        {"train/loss": curve(50), "<img src=x onerror=alert(5)>": curve(50)},
        config={"<b onmouseover=alert(6)>key": "<script>alert(7)</script>", "loss_kind": XSS},
        tags=["<svg/onload=alert(3)>"],
    )  # fmt: skip
    add_alert(site.db, run_id, "<img src=x onerror=alert(8)>", "critical", 10, None,
              "<img src=x onerror=alert(4)>")  # fmt: skip
    page = pages.open()
    from urllib.parse import quote

    for path in ["/", f"/projects/{quote(project)}", f"/runs/{run_id}",
                 f"/compare?runs={run_id}", "/alerts"]:  # fmt: skip
        page.goto(site.url + path)
        if "/runs/" in path or "/compare" in path:
            wait_ready(page)
        page.wait_for_timeout(100)
        assert page.locator("img[src=x], svg[onload], b[onmouseover]").count() == 0, path
        assert (
            page.evaluate("document.querySelectorAll('script:not([src]):not([type])').length") == 0
        )
    page.goto(site.url + f"/runs/{run_id}")
    wait_ready(page)
    assert XSS in page.inner_text("h1")
    assert "<script>alert(7)</script>" in page.inner_text("#config")
    assert "<img src=x onerror=alert(4)>" in page.inner_text("#alert-list")
    titles = page.locator(".chart-card h3").all_inner_texts()
    assert any("<img src=x onerror=alert(5)>" in t for t in titles)
    # pages' teardown fails the test on any dialog, i.e. on any alert() that ran.


def test_phone_layout_is_one_column(site: Site, seeded: dict[str, Any], pages: Pages):
    page = pages.open(width=390, height=844, is_mobile=True, has_touch=True)
    page.goto(site.url + f"/runs/{seeded['run']}")
    wait_ready(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    cards = page.locator(".chart-card:not([hidden])").evaluate_all(
        "cards => cards.map(c => c.getBoundingClientRect().width)"
    )
    assert all(w > 300 for w in cards)
