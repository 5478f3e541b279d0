"""Every message's numbers true (issue 12, item 7), on every real log of the corpora: the words
that say how a quantity moved agree with the numbers they quote, and a spike's highest point is
one of its own points, after the last calm step it names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.monitor.corpus_replays import replayed

CURVES = Path(__file__).resolve().parents[2] / "data" / "curves"
LABELS = sorted(CURVES.glob("wild/w*.json")) + sorted(CURVES.glob("holdout/*.json"))
NUMBER = r"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)"
#: "train/loss (…) fell from 3.146 (its points at steps 13180-13200) to 3.64 (…)".
TRAIN_MOVED = re.compile(
    rf"\) (fell|rose) from {NUMBER}(?: \(its points at steps [0-9-]+\))?"
    rf"(?: \(at step \d+, [^)]*\))? to {NUMBER}"
)
GAP_MOVED = re.compile(rf"the gap (grew|fell) from {NUMBER} to {NUMBER}")
HIGHEST = re.compile(r"highest point \S+ at step (\d+)\)[^.]*\. Last step before it: (\d+)\.")
#: "(robust z 5.87 > 3)": a comparison the words state.
ABOVE = re.compile(rf"{NUMBER} > {NUMBER}\b")
#: "val/loss is 1609, over 100× its best (2.437)".
OVER = re.compile(rf"is {NUMBER}, over {NUMBER}× its best \({NUMBER}\)")


def _contradictions(words: str) -> list[str]:
    """Return what in `words` says a quantity moved one way while its numbers moved the other."""
    wrong = []
    for pattern in (TRAIN_MOVED, GAP_MOVED):
        for verb, then, now in pattern.findall(words):
            down = float(now) <= float(then)
            if (verb in ("fell",)) != down:
                wrong.append(f"{verb} from {then} to {now}")
    for top_step, calm_step in HIGHEST.findall(words):
        if int(top_step) <= int(calm_step):
            wrong.append(f"highest point at {top_step}, not after the calm step {calm_step}")
    for more, less in ABOVE.findall(words):
        if float(more) < float(less):  # equal where rounding met (z 10.004 says "10")
            wrong.append(f"{more} > {less}")
    for value, factor, best in OVER.findall(words):
        if float(value) < float(factor) * float(best):
            wrong.append(f"{value} over {factor}x {best}")
    return wrong


@pytest.mark.parametrize("label", LABELS, ids=[label.stem for label in LABELS])
def test_the_words_of_every_real_log_agree_with_their_numbers(label: Path) -> None:
    """dl06 said "train/loss … fell from 3.146 … to 3.64; the gap grew from -0.1064 to
    -0.1156" while its overfitting alert was held; af01 named a spike's "highest point 0.3984
    at step 21999" with "Last step before it: 22049" (the spike before it)."""
    found = []
    for alert in replayed(label.with_suffix(".csv")).alerts:
        for words in (alert.message, alert.end_message or ""):
            found += [f"{alert.detector}: {w}" for w in _contradictions(words)]
    assert not found, found
