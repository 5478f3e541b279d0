"""Incremental evaluation: batches give the same findings as one call; state stays bounded."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from lossmon.server.detectors import (
    DETECTORS,
    climb_rule,
    evaluate_all,
    overfitting,
    series,
    validate_settings,
)
from lossmon.server.detectors.base import Finding
from lossmon.server.detectors.replay import batches, read_rows, read_run, replay
from tests.monitor.corpus_replays import replayed

CORPUS = Path(__file__).resolve().parents[2] / "data" / "curves"
RUNS = ["s01_digits", "s04_digits", "s10_cancer", "s20_digits", "s24_charlm", "s25_diabetes"]
SETTINGS = validate_settings()


def episodes(found: list[Finding]) -> dict[int, tuple[int | None, str]]:
    """Collapse per-evaluation findings into episodes: start → (end, severity)."""
    out: dict[int, tuple[int | None, str]] = {}
    for f in found:
        out[f.start_step] = (f.end_step, f.severity)
    return out


def stream(rows, size: int) -> tuple[dict, dict[str, list[Finding]]]:
    states: dict = {}
    found: dict[str, list[Finding]] = {name: [] for name in DETECTORS}
    for batch in batches(rows, size):
        new, fs = evaluate_all(states, batch, SETTINGS, loss_kind="cross_entropy")
        states.update(new)
        for name, f in fs.items():
            found[name] += f
    return states, found


@pytest.mark.parametrize("run", RUNS)
def test_batches_give_the_same_findings(run: str) -> None:
    rows = read_rows(CORPUS / f"{run}.csv")
    _, whole = stream(rows, 10**9)
    for size in (1, 7, 50):
        _, parts = stream(rows, size)
        for name in DETECTORS:
            assert episodes(parts[name]) == episodes(whole[name]), (name, size)


@pytest.mark.parametrize("name", list(DETECTORS))
def test_state_is_json_and_bounded(name: str) -> None:
    rng = np.random.default_rng(1)
    state = None
    sizes = []
    cfg = SETTINGS[name]
    for i in range(60):
        steps = np.arange(i * 100 + 1, i * 100 + 101)
        # Far enough above 0 that no draw is a cross-entropy below 0 (a divergence).
        loss = 6.0 + rng.standard_normal(100)
        loss[rng.integers(0, 100)] = np.nan
        batch = {
            "train/loss": series(steps, loss),
            "train/reg": series(steps, np.abs(loss) * 0.1),
            "train/ppl": series(steps, np.exp(loss)),
            "val/loss": series(steps[-1:], loss[-1:]),
        }
        state, _ = DETECTORS[name](state, batch, cfg, loss_kind="cross_entropy")
        sizes.append(len(json.dumps(state, allow_nan=False)))
    # Bounded: after the windows fill up, the state stops growing with the run's length.
    # Overfitting's values since the best fill up to MAX_SINCE only as evaluations come
    # without a new best (one an evaluation here), beside a train window of a few points.
    # Divergence's thinned record of the run holds between RECORD / 2 and RECORD points.
    slack = 200 + (25 * overfitting.MAX_SINCE if name == "overfitting" else 0)
    slack += 10 * climb_rule.RECORD if name == "divergence" else 0
    assert max(sizes[30:]) <= 1.2 * sizes[20] + slack
    assert max(sizes) < 20_000


@pytest.mark.parametrize("name", list(DETECTORS))
def test_resent_steps_are_ignored(name: str) -> None:
    steps = np.arange(1, 201)
    loss = 1.0 + 0.01 * np.sin(steps)
    batch = {"train/loss": series(steps, loss), "val/loss": series(steps[::20], loss[::20])}
    state, _ = DETECTORS[name](None, batch, SETTINGS[name])
    again, found = DETECTORS[name](json.loads(json.dumps(state)), batch, SETTINGS[name])
    assert again == json.loads(json.dumps(state))
    # Going back in time (a resumed run re-logging old steps) does not crash either.
    older = {"train/loss": series(steps[:50], loss[:50] * 3)}
    DETECTORS[name](again, older, SETTINGS[name])


# Every real log of up to 1,000 rows, nine in ten of them (a replay in batches of 3 costs
# about a second per 2,000 rows, and at 3,000 rows this test was an eighth of the suite; the
# rules' own batch-size tests above and in test_real_regimes cover the longer regimes).
REAL = [
    p
    for p in sorted((CORPUS / "wild").glob("*.json")) + sorted((CORPUS / "holdout").glob("*.json"))
    if p.with_suffix(".csv").read_text().count("\n") <= 1000
]


@pytest.mark.parametrize("label", REAL, ids=lambda p: p.stem)
def test_every_real_log_gives_the_same_alerts_in_batches_of_3_and_50(label: Path) -> None:
    """The service evaluates whatever arrived since its last tick; `lossmon backtest` replays in
    batches of 50: both must tell the same story, words included (one incident's silencing of
    another, above all, must not depend on where a batch ends)."""
    csv = label.with_suffix(".csv")
    kind = json.loads(label.read_text()).get("loss_kind")
    in_threes = replay(read_run(csv), loss_kind=kind, batch_size=3)
    told = [
        sorted(
            (a.opened_step, a.detector, a.severity, a.resolved_step, a.message, a.end_message)
            for a in result.alerts
        )
        for result in (in_threes, replayed(csv))
    ]
    assert told[0] == told[1]
