"""The plateau detector's stall rule: train-only runs, frozen losses, crawls (issue 12)."""

from __future__ import annotations

import numpy as np
import pytest

from lossmon.server.detectors import plateau, series, validate_settings

CFG = validate_settings()["plateau"]


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
        "lr cut to ~0 mid-run (no val)",
        {"train/loss": (STEPS, noisy(power_law(np.minimum(STEPS, 3000)), 0.05))},
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
        assert found[0].evidence.get("rule") == "stall"
    else:
        assert found == [], (name, [f.message for f in found])


def test_stall_message_names_the_series_and_levels() -> None:
    found = stream(CASES[0][1])
    f = found[0]
    assert f.evidence["key"] == "train/loss"
    assert "train/loss has stalled" in f.message and "0.25" in f.message


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
