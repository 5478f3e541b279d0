"""Dashboards that tell the truth (issue 13), in headless Chromium against a real server: the
legend reads logged values, evaluations and schedules are drawn as logged, a diverged run's
healthy part is readable at defaults, perplexity overflow keeps its axis, alert bands and
severity read at a glance, clutter goes to a system section, compare shows hyperparameters,
and a run downloads as CSV."""

from __future__ import annotations

import csv
import io
import math
import random
from pathlib import Path
from typing import Any

from lossmon.server import transfer
from tests.browser.conftest import Pages, Site, wait_ready
from tests.browser.seeding import add_alert, load_curve, seed_run


def noisy_curve(steps: int, seed: int = 0) -> tuple[list[int], list[float]]:
    rng = random.Random(seed)
    xs = list(range(steps))
    return xs, [2.0 / math.sqrt(1 + s / 40) + rng.uniform(-0.15, 0.15) for s in xs]


def legend(page: Any, panel: str) -> list[tuple[str, str]]:
    """Return the (label, value) rows of a chart's legend, step row excluded."""
    rows = page.locator(f'[data-panel="{panel}"] .u-legend .u-series').all()
    out = []
    for row in rows[1:]:
        out.append((row.locator(".u-label").inner_text(), row.locator(".u-value").inner_text()))
    return out


def formatted(page: Any, values: list[float]) -> set[str]:
    return set(page.evaluate("(vs) => vs.map((v) => window.lossmon.formatValue(v))", values))


def test_legend_shows_only_logged_values_with_the_smoothed_one_beside(site: Site, pages: Pages):
    train = noisy_curve(600)
    val_steps = [0, 150, 300, 450, 599]
    val = (val_steps, [2.2, 1.1, 0.958, 0.91, 0.93])
    run_id = seed_run(site.db, "truth", "sweep", {"train/loss": train, "val/loss": val})
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    assert page.inner_text("#smoothing-value") == "0.60"  # smoothing is on by default
    logged_train = formatted(page, train[1])
    logged_val = formatted(page, val[1])
    box = page.locator('[data-panel="loss"] .u-over').bounding_box()
    seen_smoothed = 0
    for i in range(41):
        page.mouse.move(box["x"] + box["width"] * (0.005 + 0.99 * i / 40), box["y"] + 40)
        rows = dict(legend(page, "loss")[:1] + legend(page, "loss")[2:3])
        labels = [label for label, _ in legend(page, "loss")]
        # train/loss, then its smoothed twin beside it, then val/loss (raw: no twin).
        assert labels == ["train/loss", "smoothed", "val/loss"], labels
        train_value = rows["train/loss"]
        val_value = rows["val/loss"].split(" @")[0]
        assert train_value in logged_train, f"legend shows {train_value}, never logged"
        assert val_value in logged_val, f"legend shows {val_value} for val/loss, never logged"
        step = page.evaluate("window.lossmon.panels.loss.u.cursor.idx")
        cursor_step = page.evaluate(f"window.lossmon.panels.loss.u.data[0][{step}]")
        # At the cursor's own step, the train value is the one logged there.
        assert train_value == page.evaluate(
            f"window.lossmon.formatValue({train[1][train[0].index(cursor_step)]})"
        )
        if legend(page, "loss")[1][1] not in ("", "–"):
            seen_smoothed += 1
        if cursor_step not in val_steps:
            assert " @" in rows["val/loss"]  # the val value names the step it was logged at
    assert seen_smoothed > 30
    # Hovering exactly the step of an evaluation shows what was logged there.
    x = page.evaluate("window.lossmon.panels.loss.u.valToPos(300, 'x')")
    page.mouse.move(box["x"] + x, box["y"] + 40)
    assert dict(legend(page, "loss"))["val/loss"] == "0.958"


def test_five_val_points_and_an_lr_schedule_are_drawn_raw(site: Site, pages: Pages):
    train = noisy_curve(500)
    val = ([0, 100, 200, 300, 400], [3.0, 2.0, 1.25, 1.5, 1.75])
    lr = (train[0], [1e-3 if s < 250 else 1e-4 for s in train[0]])
    run_id = seed_run(site.db, "truth", "raw", {"train/loss": train, "val/loss": val,
                                                 "train/lr": lr})  # fmt: skip
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    series = page.evaluate(
        """() => { const u = window.lossmon.panels.loss.u;
                   return u.series.map((s, i) => ({label: s.label,
                     values: u.data[i].filter((v) => v !== null)})); }"""
    )
    val_series = next(s for s in series if s["label"] == "val/loss")
    assert val_series["values"] == val[1]  # the five logged values, not an average of them
    markers = page.evaluate("window.lossmon.panels.loss.markersOn")
    assert markers == [False, True]  # each evaluation has its marker; dense train loss none
    labels = [s["label"] for s in series]
    assert labels[labels.index("val/loss") + 1 :] == []  # no smoothed twin follows it
    lr_series = page.evaluate(
        "window.lossmon.panels['series:train/lr'].u.series.map((s) => s.label)"
    )
    assert lr_series == ["step", "train/lr"]  # a schedule is never smoothed into a ramp
    lr_values = page.evaluate("window.lossmon.panels['series:train/lr'].u.data[1]")
    assert set(lr_values) == {1e-3, 1e-4}


def test_smoothing_weights_by_step_and_never_leaves_the_data(site: Site, pages: Pages):
    run_id = seed_run(site.db, "truth", "s", {"train/loss": noisy_curve(100)})
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    result = page.evaluate(
        """async () => { const { smooth } = await import('/static/js/scale.js');
             const xs = [0, 1, 2, 3, 1000, 1001, 1002];
             const ys = [1, 2, 1, 2, 77, 70, 75];
             const even = smooth([0, 1, 2, 3], [1, 2, 1, 2], 0.6);
             const spiky = smooth([0, 1, 2, 3, 4], [0.1, 1e10, 0.2, 0.1, 77], 0.99);
             return { uneven: smooth(xs, ys, 0.6), even, spiky }; }"""
    )
    # TensorBoard's debiased EMA on even steps.
    expected, last = [], 0.0
    for i, v in enumerate([1, 2, 1, 2]):
        last = last * 0.6 + 0.4 * v
        expected.append(last / (1 - 0.6 ** (i + 1)))
    assert result["even"] == expected
    # After a gap of ~1000 steps the past has decayed away: the smoothed line follows the data.
    assert result["uneven"][4] > 76
    for out in (result["uneven"], result["spiky"]):
        assert all(v is not None for v in out)
    assert max(result["spiky"]) <= 1e10 and min(result["spiky"]) >= 0.1


def test_a_diverged_run_is_readable_at_its_defaults(site: Site, pages: Pages):
    # s01_digits: 400 healthy steps (2.3 → 0.1), then the lr goes to 50: a peak of 2.45e10.
    label, series = load_curve("s01_digits")
    run_id = seed_run(site.db, "truth", "divergence", series,
                      config={"loss_kind": "cross_entropy"})  # fmt: skip
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    scale = page.evaluate(
        """() => { const u = window.lossmon.panels.loss.u;
                   return { min: u.scales.y.min, max: u.scales.y.max, distr: u.scales.y.distr,
                            h: u.bbox.height / devicePixelRatio,
                            top: u.valToPos(2.3, 'y'), bottom: u.valToPos(0.1, 'y') }; }"""
    )
    assert scale["distr"] == 1 and scale["max"] < 5, scale
    # The healthy descent fills most of the chart's height instead of a line at zero.
    assert (scale["bottom"] - scale["top"]) > 0.7 * scale["h"]
    note = page.locator('[data-panel="loss"] .clip-note')
    assert note.is_visible() and "up to 2.450e+10 at step 486" in note.inner_text()
    clipped = page.evaluate("window.lossmon.panels.loss.clipped.length")
    assert clipped > 100  # every clipped point is marked on the edge
    button = page.locator('[data-panel="loss"] .range-toggle')
    assert button.inner_text() == "Show full range"
    button.click()
    assert page.evaluate("window.lossmon.panels.loss.u.scales.y.max") >= 2.45e10
    assert button.inner_text() == "Fit to the bulk"
    button.click()
    assert page.evaluate("window.lossmon.panels.loss.u.scales.y.max") < 5
    # Where the total and the penalty both reach ~1e10 and agree to their last digit, the data
    # loss is unknown, not 0 (it read as a return to health inside the divergence band).
    drawn = page.evaluate(
        """() => { const u = window.lossmon.panels.loss.u;
                   const i = u.series.findIndex(
                     (s) => String(s.label).startsWith("train data loss"));
                   return Object.fromEntries(u.data[0].map((x, k) => [x, u.data[i][k]])); }"""
    )
    steps, totals = series["train/loss"]
    penalties = dict(zip(*series["train/reg"], strict=True))
    equal = [s for s, v in zip(steps, totals, strict=True) if v == penalties[s] and v > 1e6]
    assert len(equal) > 40 and all(drawn[str(s)] is None for s in equal)
    assert math.isclose(drawn["100"], 0.5146301 - 0.002547714, rel_tol=1e-9)
    # Log scale per chart: the loss chart alone.
    page.locator('[data-panel="loss"] .chart-log').check()
    assert page.evaluate("window.lossmon.panels.loss.u.scales.y.distr") == 3
    assert page.evaluate("window.lossmon.panels.reg.u.scales.y.distr") == 1


def test_perplexity_overflow_keeps_the_axis(site: Site, pages: Pages):
    steps = list(range(400))
    loss = [4.0 - 2.0 * s / 300 if s < 300 else 2.0 * 1.09 ** (s - 300) for s in steps]
    assert max(loss) > 710  # exp(loss) overflows a double: perplexity is +Infinity there
    run_id = seed_run(site.db, "truth", "overflow", {"train/loss": (steps, loss)},
                      config={"loss_kind": "cross_entropy"})  # fmt: skip
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    axis = page.evaluate(
        """() => { const p = window.lossmon.panels.ppl; const u = p.u;
                   return { min: u.scales.y.min, max: u.scales.y.max,
                            labels: (u.axes[1]._values || []).filter((v) => v !== ''),
                            infinite: p.nonFinite.filter((n) => n.value === Infinity).length }; }"""
    )
    assert axis["infinite"] > 0  # Infinity is marked on the top edge
    assert math.isfinite(axis["min"]) and math.isfinite(axis["max"]) and axis["max"] <= 1e300
    assert len(axis["labels"]) >= 2, axis


def test_overlapping_alert_bands_keep_both_labels_and_stay_vertical(site: Site, pages: Pages):
    run_id = seed_run(site.db, "truth", "bands", {"train/loss": noisy_curve(1000)},
                      status="running")  # fmt: skip
    add_alert(site.db, run_id, "spike", "warning", 400, 520, "spiked")
    add_alert(site.db, run_id, "divergence", "critical", 430, None, "diverging")
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    labels = page.evaluate("window.lossmon.panels.loss.bandLabels")
    assert sorted(label["label"] for label in labels) == ["divergence", "spike"]
    a, b = labels
    overlap_x = a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
    overlap_y = a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]
    assert not (overlap_x and overlap_y), labels
    # Where the two overlap, the span has the critical colour, not a brown mix of both.
    overlap = page.evaluate(
        """() => { const u = window.lossmon.panels.loss.u;
                   const x = Math.round(u.valToPos(480, 'x', true));
                   return [0.35, 0.5, 0.65, 0.8, 0.95].map((f) => Array.from(u.ctx.getImageData(
                     x, Math.round(u.bbox.top + u.bbox.height * f), 1, 1).data)); }"""
    )
    critical_tint = [p for p in overlap if p[0] > p[1] + 5 and abs(p[1] - p[2]) <= 4]
    assert len(critical_tint) >= 3, overlap
    # Under log y the bands are still vertical spans over the whole height.
    page.check("#log-y")
    pixels = page.evaluate(
        """() => { const u = window.lossmon.panels.loss.u;
                   const x = Math.round(u.valToPos(730, 'x', true));
                   return [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => Array.from(u.ctx.getImageData(
                     x, Math.round(u.bbox.top + u.bbox.height * f), 1, 1).data)); }"""
    )
    assert sum(1 for p in pixels if p[0] > p[1] + 5) >= 4, pixels


def test_severity_orders_and_colours_everything(site: Site, pages: Pages):
    run_id = seed_run(site.db, "sev", "mixed", {"train/loss": noisy_curve(800)})  # finished
    info = add_alert(site.db, run_id, "plateau", "info", 100, None, "flat")
    critical = add_alert(site.db, run_id, "divergence", "critical", 300, None, "diverging")
    warning = add_alert(site.db, run_id, "spike", "warning", 200, None, "spiked")
    resolved = add_alert(site.db, run_id, "overfitting", "critical", 50, 90, "was overfitting")
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    order = page.evaluate(
        "Array.from(document.querySelectorAll('#alert-list .alert-item'))"
        ".map((li) => Number(li.dataset.alertId))"
    )
    assert order == [critical, warning, info, resolved]
    banners = page.locator("#firing-banner .banner").all()
    assert [b.get_attribute("data-severity") for b in banners] == ["critical", "warning", "info"]
    colours = [b.evaluate("(el) => getComputedStyle(el).backgroundColor") for b in banners]
    assert len(set(colours)) == 3  # info is not in the critical's red
    text = page.inner_text("#alert-list")
    assert "now" not in text  # the run is finished: its open episodes end at its last step
    assert "799 (run finished)" in text

    page.goto(f"{site.url}/alerts")
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('#alerts tbody tr'))"
        ".map((tr) => Number(tr.dataset.alertId))"
    )
    assert rows == [critical, warning, info, resolved]
    assert "–now" not in page.inner_text("#alerts")

    page.goto(site.url + "/")
    badges = page.locator("#projects .counts .count").all()
    assert [(b.inner_text(), b.get_attribute("class")) for b in badges] == [
        ("1", "count critical"), ("1", "count warning"), ("1", "count info"),
    ]  # fmt: skip
    nav = page.locator(".topbar .count.critical").inner_text()
    assert nav == "1"  # the red badge counts criticals only


def test_bookkeeping_series_go_to_a_collapsed_system_section(site: Site, pages: Pages):
    train = noisy_curve(300)
    evals = ([100, 200, 300], [1.1, 1.0, 0.95])
    series = {
        "train/loss": train, "val/loss": evals, "train/reg": (train[0], [0.0] * 300),
        "val/runtime": (evals[0], [3.2, 3.1, 3.3]),
        "val/samples_per_second": (evals[0], [310.0, 320.0, 305.0]),
        "val/steps_per_second": (evals[0], [9.7, 10.0, 9.5]),
        "train/epoch": (train[0], [s / 100 for s in train[0]]),
        "train/grad_norm": (train[0], [1.0 + (s % 7) / 10 for s in train[0]]),
    }  # fmt: skip
    run_id = seed_run(site.db, "trainer", "hf", series)
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    main_panels = page.evaluate(
        "Array.from(document.querySelectorAll('#charts .chart-card[data-panel]'))"
        ".map((c) => c.dataset.panel)"
    )
    assert main_panels == ["loss", "series:train/grad_norm", "series:train/reg"]
    system = page.locator("#system")
    assert system.is_visible() and system.get_attribute("open") is None
    assert "4 series" in system.locator("summary").inner_text()
    labels = page.evaluate("window.lossmon.panels.loss.u.series.map((s) => s.label)")
    assert not any("data loss" in label for label in labels)  # the penalty is zero throughout
    system.locator("summary").click()
    page.wait_for_function("window.lossmon.panels['series:val/runtime'].u !== null")
    assert page.locator("#system .chart-card canvas").count() == 4


def test_compare_shows_hyperparameters_and_reads_at_its_defaults(site: Site, pages: Pages):
    ids = []
    for corpus, name in [("s01_digits", "divergence"), ("s05_digits", "healthy"),
                         ("s28_digits", "spike"), ("s26_digits", "plateau")]:  # fmt: skip
        label, series = load_curve(corpus)
        hyper = label["hyperparameters"]
        config = {
            "optimizer": hyper["optimizer"],
            "lr": hyper["lr_schedule"]["lr"],
            "batch_size": hyper.get("batch_size"),
            "loss_kind": label["loss_kind"],
        }
        ids.append(seed_run(site.db, "cmp", name, series, config=config))
    # A fifth run in another unit altogether (an MSE in raw units).
    steps = list(range(800))
    ids.append(seed_run(site.db, "cmp", "regression", {"train/loss": (steps, [
        5000.0 / (1 + s / 50) + 300 for s in steps])}, config={"optimizer": "adam", "lr": 1e-3}))
    page = pages.open()
    page.goto(f"{site.url}/compare?runs={','.join(map(str, ids))}")
    wait_ready(page)
    spans = page.evaluate(
        """() => { const u = window.lossmon.panels.compare.u; const h = u.bbox.height;
                   return u.series.slice(1).filter((s) => s.label !== 'smoothed').map((s, k) => {
                     const i = u.series.indexOf(s);
                     const vs = u.data[i].filter((v) => v !== null && v >= u.scales.y.min
                                                      && v <= u.scales.y.max);
                     const lo = Math.min(...vs), hi = Math.max(...vs);
                     return { label: s.label,
                              share: (u.valToPos(lo, 'y', true) - u.valToPos(hi, 'y', true)) / h };
                   }); }"""
    )
    for line in spans:
        assert line["share"] > 0.15, spans  # every run is a readable curve, not a flat line
    rows = page.locator("#hyperparameters tbody tr")
    differing = page.locator("#hyperparameters tbody tr.differs th").all_inner_texts()
    assert "lr" in differing and "optimizer" in differing
    same = rows.count() - len(differing)
    assert same >= 0
    page.check("#only-differing")
    assert page.locator("#hyperparameters tbody tr:not([hidden])").count() == len(differing)


def test_runs_table_shows_and_sorts_config_columns(site: Site, pages: Pages):
    for name, lr in [("a", 3e-4), ("b", 1e-2), ("c", 1e-3)]:
        seed_run(site.db, "cols", name, {"train/loss": noisy_curve(50)},
                 config={"lr": lr, "optimizer": "adam", "model": {"depth": 12}})  # fmt: skip
    page = pages.open()
    page.goto(f"{site.url}/projects/cols")
    header = page.locator('#runs th[data-config="lr"]')
    assert header.is_visible()  # a key that differs between runs is shown by default
    assert page.locator('#runs th[data-config="optimizer"]').is_hidden()
    header.click()
    names = "Array.from(document.querySelectorAll('#runs tbody tr')).map((r) => r.dataset.name)"
    assert page.evaluate(names) == ["a", "c", "b"]  # numeric order, not text order
    page.click("#config-columns summary")
    page.check('#config-columns input[value="model.depth"]')
    assert page.locator('#runs th[data-config="model.depth"]').is_visible()
    assert "cols=" in page.url and "model.depth" in page.url


def test_a_run_downloads_as_lossmon_export_csv(site: Site, pages: Pages, tmp_path: Path):
    steps = list(range(5))
    run_id = seed_run(site.db, "dl", "nan-run", {
        "train/loss": (steps, [1.0, 0.5, float("nan"), float("inf"), 0.25]),
        "val/loss": ([0, 4], [1.5, 0.75])})  # fmt: skip
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    with page.expect_download() as download:
        page.click("#download-csv")
    assert download.value.suggested_filename == f"run-{run_id}.csv"
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["key", "step", "value", "wall_time"]
    assert ["train/loss", "2", "nan", ""] in rows and ["train/loss", "3", "inf", ""] in rows
    assert len(rows) == 1 + 5 + 2
    # The same file `lossmon export` writes.
    exported = tmp_path / "cli.csv"
    with site.db.session() as session:
        transfer.export_run(session, run_id, "csv", str(exported))
    assert exported.read_text(encoding="utf-8") == text
