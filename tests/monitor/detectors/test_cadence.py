"""The verdict does not depend on the logging cadence (issue 12, item 1).

Every labelled curve of tests/data/curves is re-logged as other runs would log it: a training
point every 10 or 50 steps, sampled (nanoGPT-style) or as the mean over its interval (Hugging
Face Trainer), with every evaluation kept. The same pathology must be caught, and no warning
or critical appear on a healthy run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lossmon.server.detectors.replay import Replay, read_rows, relog, replay

CORPUS = Path(__file__).resolve().parents[2] / "data" / "curves"
LABELS = sorted(CORPUS.glob("*.json"))
WANTED = {
    "divergence": ("divergence", "critical"),
    "overfit": ("overfitting", "warning"),
    "plateau": ("plateau", "info"),
    "spike_recover": ("spike", "warning"),
}
CADENCES = [(10, False), (10, True), (50, True)]
# A spike of a few steps leaves no trace in points sampled every 10 or 50 steps, and in 50-step
# means it is diluted below any spike threshold: those are checked at 10-step means only.
SPIKE_CADENCES = [(10, True)]


def _cases() -> list:
    cases = []
    for label in LABELS:
        for every, mean in CADENCES:
            name = f"{label.stem}-{every}{'mean' if mean else ''}"
            cases.append(pytest.param(label, (every, mean), id=name))
    return cases


def _replay(label: Path, every: int, mean: bool) -> tuple[dict, Replay]:
    meta = json.loads(label.read_text())
    rows = relog(read_rows(label.with_suffix(".csv")), every, mean=mean)
    return meta, replay(rows, loss_kind=meta["loss_kind"])


@pytest.mark.parametrize(("label", "cadence"), _cases())
def test_same_verdict_at_every_cadence(label: Path, cadence: tuple[int, bool]) -> None:
    meta, result = _replay(label, *cadence)
    kind = meta["pathology"]
    loud = [a for a in result.alerts if a.severity in ("warning", "critical")]
    if kind not in WANTED:
        assert not loud, loud
        return
    if kind == "spike_recover" and cadence not in SPIKE_CADENCES:
        return
    detector, severity = WANTED[kind]
    assert any(a.detector == detector and a.severity == severity for a in result.alerts), (
        result.alerts
    )
    if kind != "divergence":
        assert not result.of("divergence"), "a critical on a run that did not diverge"
