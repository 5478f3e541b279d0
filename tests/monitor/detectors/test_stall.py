"""The plateau detector's stall rule: train-only runs, frozen losses, crawls (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from lossmon.server.detectors import plateau, series, stall, validate_settings
from lossmon.server.detectors.replay import read_rows, relog, replay

# The stall rule alone: a level of 2.2 (the crawl below) is ln 9's, where the chance rule
# would speak first.
CFG = {**validate_settings()["plateau"], "chance": False}


def stream(cols: dict[str, tuple[np.ndarray, np.ndarray]], size: int = 50) -> list:
    """Feed the columns in batches of `size` points of each, in step order; return findings."""
    rows = sorted(
        (int(s), key, float(v))
        for key, (st, vals) in cols.items()
        for s, v in zip(st, vals, strict=True)
    )
    state, found = None, []
    for i in range(0, len(rows), size):
        part = rows[i : i + size]
        batch = {}
        for key in cols:
            pts = [(s, v) for s, k, v in part if k == key]
            if pts:
                batch[key] = series([p[0] for p in pts], [p[1] for p in pts])
        state, f = plateau.evaluate(state, batch, CFG)
        found += f
    return found


def noisy(values: np.ndarray, sd: float, seed: int = 0) -> np.ndarray:
    return values * (1 + sd * np.random.default_rng(seed).standard_normal(values.size))


def power_law(steps: np.ndarray, alpha: float = 0.5) -> np.ndarray:
    return 0.5 + 3.0 * (1 + steps / 50.0) ** -alpha


def cosine_lr(steps: np.ndarray, peak: float = 1e-3) -> np.ndarray:
    return 0.5 * peak * (1 + np.cos(np.pi * steps / steps[-1]))


def lr_flattening(steps: np.ndarray) -> np.ndarray:
    """Progress proportional to the learning rate spent so far: flat as the cosine runs out."""
    spent = np.cumsum(cosine_lr(steps)) / np.sum(cosine_lr(steps))
    return 0.6 + 2.0 * np.exp(-4 * spent)


STEPS = np.arange(1, 10_001)

# (name, columns, every, expect info)
CASES = [
    (
        "train stuck at exactly 0.25 after a drop (no val)",
        {"train/loss": (STEPS, np.where(STEPS < 300, 2.0 - STEPS / 171.5, 0.25))},
        True,
    ),
    (
        "train crawling 0.01 % per 100 steps (lr 1e-6, no val)",
        {"train/loss": (STEPS, noisy(2.3 * (1 - 1e-6) ** STEPS, 0.002))},
        True,
    ),
    (
        "val crawling 0.01 % per evaluation for 40 evaluations",
        {
            "train/loss": (STEPS[:4000], noisy(2.3 * (1 - 1e-6) ** STEPS[:4000], 0.02)),
            "val/loss": (np.arange(100, 4001, 100), 2.2 * (1 - 1e-4) ** np.arange(1, 41)),
        },
        True,
    ),
    (
        "train drops in its first 5 %, then noisy and flat for the rest (no val)",
        {"train/loss": (STEPS, noisy(1.0 + 4.0 * np.exp(-STEPS / 100.0), 0.05, seed=2))},
        True,
    ),
    (
        "train falls 9 % in its first eighth, then gains 1 % in the rest (no val)",
        {"train/loss": (STEPS, noisy(1.0 + 0.1 * np.exp(-STEPS / 400) - 1e-6 * STEPS, 0.02, 3))},
        True,
    ),
    (
        "lr cut to ~0 mid-run (no val)",
        {"train/loss": (STEPS, noisy(power_law(np.minimum(STEPS, 3000)), 0.05))},
        True,
    ),
    (
        "train never improving from its first point, its lr decayed to ~0 early (no val)",
        {
            "train/loss": (STEPS, noisy(np.full(STEPS.size, 12.6), 0.01, seed=4)),
            "lr": (STEPS, 1e-3 * np.exp(-STEPS / 100.0)),
        },
        True,
    ),
    (
        "healthy, converging slowly (no val)",
        {"train/loss": (STEPS, noisy(power_law(STEPS), 0.05))},
        False,
    ),
    (
        "healthy, flattening as the cosine lr runs out, lr logged (no val)",
        {
            "train/loss": (STEPS, noisy(lr_flattening(STEPS), 0.03)),
            "lr": (STEPS, cosine_lr(STEPS)),
        },
        False,
    ),
    (
        "healthy, flattening as the lr runs out, logged as train/lr",
        {
            "train/loss": (STEPS, noisy(lr_flattening(STEPS), 0.03)),
            "train/lr": (STEPS, cosine_lr(STEPS)),
        },
        False,
    ),
]


def relogged(cols: dict, every: int) -> dict:
    """Keep every `every`-th point of the per-step columns, as Trainer means for the loss."""
    out = {}
    for key, (st, vals) in cols.items():
        if st.size and st[1] - st[0] > 1:
            out[key] = (st, vals)  # evaluations stay as they are
            continue
        n = st.size // every * every
        v = vals[:n].reshape(-1, every)
        out[key] = (st[every - 1 : n : every], v.mean(axis=1) if "loss" in key else v[:, -1])
    return out


@pytest.mark.parametrize(("name", "cols", "expect"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("every", [1, 10, 100])
def test_stall(name, cols, expect, every) -> None:
    found = stream(relogged(cols, every))
    assert all(f.severity == "info" for f in found)
    if expect:
        assert found, name
        # A validation crawl from its first evaluation is also little progress, said sooner.
        rules = ("stall", "little_progress") if "val/loss" in cols else ("stall",)
        assert found[0].evidence.get("rule") in rules, found[0].message
    else:
        assert found == [], (name, [f.message for f in found])


def test_stall_message_names_the_series_and_levels() -> None:
    found = stream(CASES[0][1])
    f = found[0]
    assert f.evidence["key"] == "train/loss"
    assert "train/loss has stalled" in f.message and "0.25" in f.message
    assert "the same as the level before" in f.message and "only" not in f.message
    # A level still falling, by too little for its earlier pace, is said to fall "only" so much.
    [f] = {x.start_step: x for x in stream(CASES[5][1])}.values()
    assert "only " in f.message and " below the level before" in f.message, f.message


def test_a_min_progress_of_zero_judges_without_dividing_by_zero() -> None:
    """stall_min_progress 0 is a setting the service accepts (no crawl counts as stuck): the
    rule still judges a noisy band (it raised ZeroDivisionError and took the run's evaluation
    down with it), and a loss held exactly flat made no progress at all: still a stall."""
    zero = {"plateau": {"stall_min_progress": 0.0}}
    rng = np.random.default_rng(0)
    band = [(s, "train", {"loss": float(41.3 * 0.9**s if s <= 15 else 9.6 + 0.15 * rng.normal())})
            for s in range(1, 210)]  # fmt: skip
    tiny = {"plateau": {"stall_min_progress": 1e-12}}
    assert replay(band, zero).alerts == replay(band, tiny).alerts
    flat = [(s, "train", {"loss": 0.25 if s > 20 else 1.0 - 0.0375 * s}) for s in range(1, 300)]
    assert [(a.detector, a.opened_step) for a in replay(flat, zero).alerts] == [("plateau", 24)]


def test_stall_off_keeps_torch_rule_only() -> None:
    cols = CASES[0][1]
    st, vals = cols["train/loss"]
    _, found = plateau.evaluate(None, {"train/loss": series(st, vals)}, dict(CFG, stall=False))
    assert found == []


def test_batches_give_the_same_episodes() -> None:
    cols = CASES[3][1]
    whole = {f.start_step for f in stream(cols, size=10**9)}
    for size in (7, 50, 333):
        assert {f.start_step for f in stream(cols, size=size)} == whole


CURVES = Path(__file__).resolve().parents[2] / "data" / "curves"


def _train_only(pathology: set[str]) -> list[tuple[str, list, str | None]]:
    out = []
    for meta in sorted(CURVES.glob("s*.json")):
        label = json.loads(meta.read_text())
        if label["pathology"] in pathology:
            rows = [r for r in read_rows(meta.with_suffix(".csv")) if r[1] == "train"]
            out.append((meta.stem, rows, label.get("loss_kind")))
    return out


HEALTHY = _train_only({"healthy", "noisy_healthy"})
PLATEAUS = _train_only({"plateau"})


@pytest.mark.parametrize(("run", "rows", "kind"), HEALTHY, ids=[c[0] for c in HEALTHY])
@pytest.mark.parametrize("every", [1, 10, 50])
def test_healthy_curves_without_val_get_no_stall(run, rows, kind, every) -> None:
    result = replay(relog(rows, every, mean=True), loss_kind=kind)
    assert not result.of("plateau"), [a.message for a in result.of("plateau")]


@pytest.mark.parametrize(("run", "rows", "kind"), PLATEAUS, ids=[c[0] for c in PLATEAUS])
@pytest.mark.parametrize("every", [1, 10])
def test_plateau_curves_without_val_are_caught(run, rows, kind, every) -> None:
    result = replay(relog(rows, every, mean=True), loss_kind=kind)
    stalls = [a for a in result.of("plateau") if a.evidence.get("rule") == "stall"]
    assert stalls and all(a.severity == "info" for a in stalls), result.alerts


def test_state_stays_bounded() -> None:
    steps = np.arange(1, 200_001)
    cols = {"train/loss": (steps, noisy(power_law(steps), 0.05))}
    state = None
    for i in range(0, steps.size, 5000):
        batch = {"train/loss": series(steps[i : i + 5000], cols["train/loss"][1][i : i + 5000])}
        state, _ = plateau.evaluate(state, batch, CFG)
    sm = state["stall_train"]
    assert len(sm["at"]) == len(sm["levels"]) < stall.BLOCKS and len(sm["pend"]) < stall.SUB


def test_validation_frozen_after_the_lr_drops_to_0_is_a_stall_at_once() -> None:
    """A learning rate dropped to 1e-8 at step 300 of a 600-step run evaluated every 50 steps
    (13 evaluations, logged alone): validation repeats one value from 300 on. Once it has 12
    evaluations, five of them the same value, the stall opens at that evaluation (a frozen
    series is no fluke of the noise: it needs no further eighth of the run to confirm it, which
    this run would end before)."""
    evals = np.arange(0, 601, 50)
    val = np.where(evals < 300, 0.5 * np.exp(-evals / 150) + 0.1, 0.1229)
    found = stream({"val/loss": (evals, val)}, size=3)
    assert found and found[0].start_step == 550, [(f.start_step, f.message) for f in found]
    assert found[0].evidence["key"] == "val/loss" and found[0].evidence["rule"] == "stall"


@pytest.mark.parametrize("escape", [True, False])
def test_validation_frozen_with_few_evaluations_is_a_plateau(escape) -> None:
    """A per-epoch Keras log (au02's regime): after its first epoch validation repeats one
    value to 4-5 digits (a ReLU output stuck at the constant prediction) while training sits
    at one level, for 8 epochs, far under the 12 evaluations the stall rule fits. The frozen
    rule opens the plateau at the fifth repeat; an escape at epoch 10 ends it. The same run
    whose validation still falls 0.3-1 % an epoch (converging) raises nothing."""
    epochs = np.arange(1, 16)
    frozen = np.array([1743.376, 1743.394, 1743.374, 1743.375, 1743.503, 1743.373, 1742.958])
    val = np.concatenate(([2635.2, 1743.375], frozen, 300 * 0.9 ** np.arange(6)))
    if not escape:
        val = np.concatenate(([2635.2], 1743.0 * 0.993 ** np.arange(14)))
    train = np.concatenate(([5328.2], 1790 + 8 * np.sin(epochs[1:9]), 1100 * 0.8 ** epochs[:6]))
    found = stream({"train/loss": (epochs, train), "val/loss": (epochs, val)}, size=2)
    if not escape:
        assert found == [], [(f.start_step, f.message) for f in found]
        return
    # Each batch reports the episodes it saw: the last report of each is its end.
    episodes = {f.start_step: (f.opening.get("rule"), f.end_step) for f in found}
    assert episodes == {6: ("frozen", 10)}, [(f.start_step, f.message) for f in found]


@pytest.mark.parametrize("printed", [False, True])
def test_a_value_repeated_to_the_last_bit_is_frozen_however_few_the_evaluations(printed) -> None:
    """A Keras run early-stopped after four epochs (held-out cq03): validation is one float32
    to the last bit at its last three evaluations, training at its last two: the weights
    stopped changing. Three repeats are no noise when each carries 16 digits; the same
    values printed to four decimals (a converged loss can repeat its last digit) are not."""
    train = [0.9911115169525146, 0.7675299048423767, 0.6164854764938354, 0.6164854764938354]
    val = [1.0, 0.7157971262931824, 0.7157971262931824, 0.7157971262931824]
    if printed:
        train, val = [round(v, 4) for v in train], [round(v, 4) for v in val]
    epochs = np.arange(1, 5)
    found = stream({"train/loss": (epochs, np.array(train)), "val/loss": (epochs, np.array(val))})
    if printed:
        assert found == [], [(f.start_step, f.message) for f in found]
        return
    assert [(f.start_step, f.opening["rule"]) for f in found] == [(4, "frozen")], found
    assert "has not moved since step 2:" in found[0].message, found[0].message


def test_a_frozen_stretch_is_named_from_its_first_step() -> None:
    """A VAE's test loss (held-out bk03): 5936.6, 269.3, then 277.50-277.57 from its 3rd
    evaluation. The frozen rule names step 3, the first of the frozen stretch, not step 2 (a
    quarter of the run in, where the value was 3 % lower): every value since the step it
    names lies within the share it names."""
    val = np.array([5936.573, 269.296, 277.503, 277.562, 277.548, 277.567, 277.599, 277.553])
    found = stream({"val/loss": (np.arange(1, 9), val)}, size=1)
    assert found and found[0].opening["since_step"] == 3, [(f.start_step, f.opening) for f in found]
    assert "has not moved since step 3:" in found[0].message, found[0].message


def test_a_loss_printed_to_its_last_digit_is_not_frozen() -> None:
    """A fine-tune whose loss, printed to four decimals, reads 0.0004 at every point once
    memorised (1/750 of its start) has reached the printing's last digit: not a frozen series
    (a frozen one sits above 1 % of its largest level)."""
    steps = np.arange(25, 5001, 25)
    values = np.where(steps < 2500, np.round(0.3 * np.exp(-steps / 300), 4), 0.0004)
    sm = stall.blank()
    stall.advance(sm, steps, np.maximum(values, 0.0004), stop=False)
    verdict = stall.judge(sm, CFG)
    assert verdict is None or not verdict.get("frozen"), verdict


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_rate_cut_at_a_third_of_the_run_is_a_stall_with_five_evaluations(seed) -> None:
    """Trainer means every 10 steps and 5 evaluations in all (too few for torch's rule): the
    learning rate is cut to ~0 at step 330 of 1000 and the loss stops where it was. The pace
    just before the latest half (steps 125-375) is mostly the stall itself, so the pace over
    the second eighth (125-250) judges it too (fresh curves f11 and f17, seed 14, were missed
    at this cadence). The same run without the cut keeps improving and raises no stall."""
    steps = np.arange(10, 1001, 10)
    evals = np.arange(200, 1001, 200)
    rng = np.random.default_rng(seed)

    def loss(t: np.ndarray) -> np.ndarray:
        return 1.5 + 3.0 * np.exp(-t / 80.0) + 0.4 * np.exp(-t / 500.0)

    for level, stalls in ((loss(np.minimum(steps, 330)), True), (loss(steps), False)):
        train = level * np.exp(0.03 * rng.standard_normal(steps.size))
        val = np.interp(evals, steps, level) + 0.1
        found = [
            f for f in stream({"train/loss": (steps, train), "val/loss": (evals, val)})
            if "stalled" in f.message
        ]  # fmt: skip
        assert bool(found) == stalls, found


def test_a_loss_stuck_from_its_start_under_a_decayed_lr_is_one_stall_that_holds() -> None:
    """A decayed learning rate does not excuse a loss that never improved, neither when the
    stall opens nor at the judgements after (it would close and open again at each)."""
    cols = {
        "train/loss": (STEPS, noisy(np.full(STEPS.size, 12.6), 0.01, seed=4)),
        "lr": (STEPS, 1e-3 * np.exp(-STEPS / 100.0)),
    }
    found = stream(cols)
    assert len({f.start_step for f in found}) == 1
    assert found[-1].ongoing


@pytest.mark.parametrize("seed", [1, 2])
def test_a_fall_within_the_first_points_is_progress_a_decayed_lr_then_excuses(seed) -> None:
    """A loss that falls 1.85 -> 0.5 within its first 20 steps and is flat after, its lr
    decaying: the fall is merged into the first block's level, but the first points say it
    learned; the flat rest is the decayed rate's, no stall."""
    loss = 0.5 + 1.5 * np.exp(-STEPS / (20 / 3))
    cols = {
        "train/loss": (STEPS, noisy(loss, 0.1, seed=seed)),
        "lr": (STEPS, 1e-3 * np.exp(-STEPS / 100.0)),
    }
    assert stream(cols, size=200) == []
