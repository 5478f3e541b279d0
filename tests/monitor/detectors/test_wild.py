"""Real public training logs (tests/data/curves/wild, labelled from their plots before lossmon
ran on them): every labelled pathology caught, no warning or critical on a healthy run, at most
one info per healthy run, and no critical on a run that did not diverge.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lossmon.server.detectors.replay import read_run, replay

WILD = Path(__file__).resolve().parents[2] / "data" / "curves" / "wild"
LABELS = sorted(WILD.glob("w*.json"))
WANTED = {
    "divergence": "divergence",
    "overfit": "overfitting",
    "plateau": "plateau",
    "spike_recover": "spike",
}
# Still missed, each for a stated reason (closing note of issue 12); every other labelled
# pathology must be caught.
KNOWN_MISSES = {
    "w17_whisperbraj": "a 1.7x rise of train (5 points) and val that partly comes back; "
    "below rise_factor 2",
    "w40_rope3": "single sampled batches every 50 steps: the highs may be hard batches",
}


@pytest.mark.parametrize("label", LABELS, ids=lambda p: p.stem)
def test_wild_run(label: Path) -> None:
    meta = json.loads(label.read_text())
    result = replay(read_run(label.with_suffix(".csv")), loss_kind=meta.get("loss_kind"))
    kind = meta["pathology"]
    if kind != "divergence":
        assert not result.of("divergence"), result.alerts
    if kind not in WANTED:
        assert not [a for a in result.alerts if a.severity in ("warning", "critical")]
        assert len([a for a in result.alerts if a.severity == "info"]) <= 1, result.alerts
        return
    if label.stem not in KNOWN_MISSES:
        assert result.of(WANTED[kind]), result.alerts
