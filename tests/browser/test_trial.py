"""What a new-user trial found after issue 13, in headless Chromium against a real server: a
Trainer-style blow-up (sparse train loss, six val points) and a series that rises by design are
readable at their defaults; the runs table fits a 1400 px window with hyperparameter columns;
a diverged run's sparkline tells its healthy part from what came after; the "firing" pill has
its severity's colour; the compare page names its project."""

from __future__ import annotations

import math
import random
from typing import Any

from tests.browser.conftest import Pages, Site, wait_ready
from tests.browser.seeding import add_alert, load_curve, seed_run


def trainer_blow_up() -> dict[str, tuple[list[int], list[float]]]:
    """train/loss every 50 steps: 0.9 falling to 0.35 over 2,000 steps, then climbing to
    12,590 at step 3,000; val/loss at six evaluations, the last two in the blow-up."""
    rng = random.Random(3)
    steps = list(range(0, 3001, 50))
    train = []
    for s in steps:
        if s <= 2000:
            train.append(0.35 + 0.55 * math.exp(-s / 600) + rng.uniform(-0.02, 0.02))
        else:
            train.append(0.38 * (12590 / 0.38) ** ((s - 2000) / 1000))
    val_steps = [500, 1000, 1500, 2000, 2500, 3000]
    val = [0.62, 0.47, 0.42, 0.40, 180.4, 9874.0]
    return {"train/loss": (steps, train), "val/loss": (val_steps, val)}


def axis(page: Any, panel: str, healthy_top: float, healthy_bottom: float) -> dict[str, Any]:
    return page.evaluate(
        f"""() => {{ const p = window.lossmon.panels[{panel!r}]; const u = p.u;
                    return {{ min: u.scales.y.min, max: u.scales.y.max, distr: u.scales.y.distr,
                             h: u.bbox.height / devicePixelRatio,
                             top: u.valToPos({healthy_top}, 'y'),
                             bottom: u.valToPos({healthy_bottom}, 'y'),
                             clipped: p.clipped.map((c) => c.step) }}; }}"""
    )


def test_a_trainer_blow_up_is_readable_at_its_defaults(site: Site, pages: Pages):
    series = trainer_blow_up()
    run_id = seed_run(site.db, "trainer", "blow-up", series)
    page = pages.open()
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    train = series["train/loss"][1]
    healthy = train[: 2000 // 50 + 1]
    scale = axis(page, "loss", max(healthy), min(healthy))
    assert scale["distr"] == 1 and scale["max"] < 1.5, scale
    # The 2,000 healthy steps fill most of the height instead of a flat line at zero.
    assert scale["bottom"] - scale["top"] > 0.7 * scale["h"], scale
    # What is clipped is the blow-up (both lines), never a healthy step.
    assert min(scale["clipped"]) > 2000 and 2500 in scale["clipped"] and 3000 in scale["clipped"]
    note = page.locator('[data-panel="loss"] .clip-note')
    assert note.is_visible() and "up to 12590 at step 3000" in note.inner_text()
    page.locator('[data-panel="loss"] .range-toggle').click()
    assert page.evaluate("window.lossmon.panels.loss.u.scales.y.max") >= 12590


def test_a_series_that_rises_by_design_is_not_clipped(site: Site, pages: Pages):
    # s01_digits: the L2 penalty grows from 0.00136 to 0.0044 over its 400 healthy steps, then
    # the lr goes to 50 and it blows up with the loss.
    label, series = load_curve("s01_digits")
    diverged = seed_run(site.db, "rise", "divergence", series)
    page = pages.open()
    page.goto(f"{site.url}/runs/{diverged}")
    wait_ready(page)
    reg_steps, reg = series["train/reg"]
    healthy = [v for s, v in zip(reg_steps, reg, strict=True) if s < 400]
    scale = axis(page, "reg", max(healthy), min(healthy))
    assert scale["max"] >= max(healthy) and scale["max"] < 0.01, scale
    assert scale["bottom"] - scale["top"] > 0.6 * scale["h"], scale
    assert scale["clipped"] and min(scale["clipped"]) >= 400  # the blow-up alone is off scale
    note = page.locator('[data-panel="reg"] .clip-note').inner_text()
    assert int(note.split(" ")[0]) < 400

    # A penalty, an accuracy and a warm-up that only rise: nothing is off scale.
    steps = list(range(1, 400))
    rising = {
        "train/reg": (steps, reg[: len(steps)]),
        "val/accuracy": (steps[::20], [0.9 - 0.8 * math.exp(-s / 80) for s in steps[::20]]),
        "train/grad_scale": (steps, [1.0 + 0.002 * s + 1e-5 * s * s for s in steps]),
    }
    run_id = seed_run(site.db, "rise", "rising", rising)
    page.goto(f"{site.url}/runs/{run_id}")
    wait_ready(page)
    for panel in ("series:train/reg", "series:val/accuracy", "series:train/grad_scale"):
        assert page.evaluate(f"window.lossmon.panels[{panel!r}].clipped.length") == 0, panel
        assert page.locator(f'[data-panel="{panel}"] .clip-note').is_hidden()
    top = page.evaluate("window.lossmon.panels['series:train/reg'].u.scales.y.max")
    assert top >= max(reg[: len(steps)])


def test_runs_table_fits_1400_px_with_hyperparameter_columns(site: Site, pages: Pages):
    long_text = "a long free-text description of what this run tries, as people write them"
    for i, (lr, batch, optimizer) in enumerate([(3e-4, 32, "adam"), (1e-3, 64, "sgd"),
                                               (1e-2, 128, "adamw")]):  # fmt: skip
        config = {
            "lr": lr, "batch_size": batch, "optimizer": optimizer, "corpus": f"wiki-{i}",
            "data_split_seed": i, "seed": 100 + i, "run_id": f"abc{i}",
            "description": long_text + str(i),
            "output_dir": f"/runs/out/{i}", "model": {"n_params": 9610, "act": "relu"},
            "lr_schedule": {"lr": lr},
        }  # fmt: skip
        seed_run(site.db, "wide", f"a-run-with-a-longish-name-{i}",
                 {"train/loss": ([0, 1, 2, 3], [2.0, 1.5, 1.2, 1.1])}, config=config,
                 tags=["candidate", "digits_mlp", "sgd"])  # fmt: skip
    for width in (1400, 1280):
        page = pages.open(width=width, height=700)
        page.goto(f"{site.url}/projects/wide")
        shown = page.evaluate(
            "Array.from(document.querySelectorAll('#runs thead th[data-config]'))"
            ".filter((th) => !th.hidden).map((th) => th.dataset.config)"
        )
        assert shown == ["lr", "optimizer", "batch_size"]  # no corpus, seeds, ids, paths, text
        fit = page.evaluate(
            """() => { const wrap = document.querySelector('#runs').parentElement;
                       const created = document.querySelector('#runs th[data-sort="created"]');
                       return { scroll: wrap.scrollWidth, client: wrap.clientWidth,
                                right: created.getBoundingClientRect().right,
                                edge: wrap.getBoundingClientRect().right }; }"""
        )
        assert fit["scroll"] <= fit["client"] and fit["right"] <= fit["edge"], (width, fit)


def test_a_diverged_runs_sparkline_tells_healthy_from_diverged(site: Site, pages: Pages):
    label, series = load_curve("s01_digits")
    seed_run(site.db, "spark", "divergence", series)
    steps = list(range(300))
    falling = [2.0 / (1 + s / 30) for s in steps]
    seed_run(site.db, "spark", "healthy", {"train/loss": (steps, falling)})
    page = pages.open(width=1400)
    page.goto(f"{site.url}/projects/spark")

    def line(name: str) -> tuple[list[tuple[float, float]], str]:
        svg = page.locator(f'#runs tr[data-name="{name}"] .spark svg')
        raw = svg.locator("polyline").get_attribute("points")
        points = [tuple(map(float, p.split(","))) for p in raw.split()]
        return points, svg.get_attribute("aria-label")

    points, label_text = line("divergence")
    assert "log scale" in label_text  # 0.06 to 2.5e10 spans decades
    by_x = sorted(points)
    # The healthy loss late in its 400 steps (~0.1), the post-divergence level (~1e2).
    healthy = [y for x, y in by_x if 2 + 0.3 * 116 < x < 2 + 0.48 * 116]
    after = [y for x, y in by_x if x > 2 + 0.9 * 116]
    height = max(y for _, y in points) - min(y for _, y in points)
    # The level it diverged to sits well above the healthy loss, not flat at the same height.
    assert min(healthy) - max(after) > 0.15 * height, (healthy, after)
    points, label_text = line("healthy")
    assert "log" not in label_text


def test_the_firing_pill_has_its_severitys_colour(site: Site, pages: Pages):
    steps = list(range(100))
    run_id = seed_run(site.db, "pill", "mixed", {"train/loss": (steps, [1.0] * 100)},
                      status="running")  # fmt: skip
    for detector, severity in [("divergence", "critical"), ("spike", "warning"),
                               ("plateau", "info")]:  # fmt: skip
        add_alert(site.db, run_id, detector, severity, 10)
    page = pages.open()
    red = "rgb(198, 42, 42)"
    pills = [("/alerts", "#alerts tr[data-severity='{}'] .state"),
             (f"/runs/{run_id}", "#alert-list li[data-severity='{}'] .state")]  # fmt: skip
    for path, pill in pills:
        page.goto(site.url + path)
        colours = {}
        for severity in ("critical", "warning", "info"):
            found = page.locator(pill.format(severity))
            assert found.inner_text() == "firing"
            colours[severity] = found.evaluate("(el) => getComputedStyle(el).color")
        assert colours["critical"] == red, colours
        assert colours["warning"] != red and colours["info"] != red, colours
        assert len(set(colours.values())) == 3, colours


def test_compare_names_its_project(site: Site, pages: Pages):
    steps = list(range(10))
    curve = {"train/loss": (steps, [1.0 / (1 + s) for s in steps])}
    ids = [seed_run(site.db, "cmp-a", f"r{i}", curve) for i in range(2)]
    other = seed_run(site.db, "cmp-b", "r9", {"train/loss": (steps, [2.0] * 10)})
    page = pages.open()
    page.goto(f"{site.url}/compare?runs={ids[0]},{ids[1]}")
    wait_ready(page)
    crumbs = page.locator(".crumbs")
    assert " ".join(crumbs.inner_text().split()) == "Projects / cmp-a /"
    assert crumbs.locator("a", has_text="cmp-a").get_attribute("href") == "/projects/cmp-a"
    page.goto(f"{site.url}/compare?runs={ids[0]},{other}")
    wait_ready(page)
    assert " ".join(crumbs.inner_text().split()) == "Projects / cmp-a, cmp-b /"
