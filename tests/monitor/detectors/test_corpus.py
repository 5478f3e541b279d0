"""Real curves (tests/data/curves): every labeled pathology is caught, healthy runs stay quiet.

Each run is streamed as a client would send it (batches of 50 training steps, validation rows
interleaved) through every detector and the alert lifecycle. Run with `-s` to see the table.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

import pytest

from lossmon.server.detectors.replay import Replay, first_nonfinite, read_rows, replay

CORPUS = Path(__file__).resolve().parents[2] / "data" / "curves"
LABELS = sorted(CORPUS.glob("*.json"))
EXPECTED = {
    "divergence": "divergence (critical)",
    "spike_recover": "spike, no divergence",
    "overfit": "overfitting (best step)",
    "plateau": "plateau",
    "healthy": "no warning/critical",
    "noisy_healthy": "no warning/critical",
}


def _load(path: Path) -> tuple[dict[str, Any], Replay, int | None]:
    meta = json.loads(path.read_text())
    rows = read_rows(path.with_suffix(".csv"))
    return meta, replay(rows, loss_kind=meta["loss_kind"]), first_nonfinite(rows)


@pytest.fixture(scope="module")
def results() -> list[tuple[dict[str, Any], Replay, int | None]]:
    return [_load(p) for p in LABELS]


def _delay(meta: dict[str, Any], r: Replay) -> int | None:
    divs = r.of("divergence")
    if meta["pathology"] != "divergence" or not divs:
        return None
    return divs[0].opened_step - int(meta["event_step"])


def _nan_delay(r: Replay, nonfinite: int) -> int:
    return r.of("divergence")[0].opened_step - nonfinite


def test_corpus_table(results) -> None:
    """Print the table (run, pathology, expected, got, delay) and check the delay goals."""
    lines = [f"{'run':<14} {'pathology':<14} {'expected':<24} {'got':<60} delay (nan)"]
    delays = []
    for meta, r, nonfinite in results:
        got = ", ".join(f"{a.detector}/{a.severity}@{a.opened_step}" for a in r.alerts) or "-"
        delay = _delay(meta, r)
        if delay is not None:
            delays.append(delay)
        lines.append(
            f"{meta['run_id']:<14} {meta['pathology']:<14} {EXPECTED[meta['pathology']]:<24} "
            f"{got[:60]:<60} {'' if delay is None else delay}"
            + ("" if nonfinite is None or delay is None else f" ({_nan_delay(r, nonfinite)})")
        )
    median = statistics.median(delays)
    lines.append(f"median divergence delay: {median} steps after event_step (n={len(delays)})")
    print("\n" + "\n".join(lines))
    assert median <= 20


@pytest.mark.parametrize("label", LABELS, ids=lambda p: p.stem)
def test_corpus_run(label: Path) -> None:
    meta, r, nonfinite = _load(label)
    kind = meta["pathology"]
    divs, spikes = r.of("divergence"), r.of("spike")
    if kind == "divergence":
        assert divs and divs[0].severity == "critical", r.alerts
        start = min(int(meta["event_step"]), nonfinite or 10**12)
        assert divs[0].opened_step >= start
        if nonfinite is not None:
            assert divs[0].opened_step <= nonfinite + 1
        # One incident, one alert: nothing else begins after the divergence did.
        later = [a for a in r.alerts if a.condition_start > divs[0].condition_start]
        assert [a for a in later if a.detector != "divergence"] == [], r.alerts
        rollback = divs[0].evidence.get("rollback_step")
        if rollback is None:  # diverging from the first steps: no calm step to name
            assert int(meta["event_step"]) <= 1
            assert "No step before it is known to have been calm" in divs[0].message
        else:
            assert rollback < divs[0].opened_step
    elif kind == "spike_recover":
        assert spikes, r.alerts
        assert not divs, divs
        assert spikes[0].opened_step >= int(meta["event_step"])
        assert spikes[0].evidence["rollback_step"] <= int(meta["event_step"])
    elif kind == "overfit":
        over = r.of("overfitting")
        assert over, r.alerts
        best = int(over[0].evidence["best_step"])
        assert abs(best - int(meta["val_min_step"])) <= 2 * int(meta["eval_every"])
        assert over[0].evidence["gap"] > over[0].evidence["gap_at_best"]
    elif kind == "plateau":
        assert r.of("plateau"), r.alerts
    else:
        loud = [a for a in r.alerts if a.severity in ("warning", "critical")]
        assert not loud, loud
    # Only cross-entropy/NLL runs may ever get a perplexity alert, and the corpus's ppl is
    # exp(loss), so none at all.
    assert not r.of("perplexity")
