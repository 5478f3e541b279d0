"""The pieces the text log readers share."""

from __future__ import annotations

import re

import pytest

from lossmon.server.text_logs import may_hold


@pytest.mark.parametrize(
    ("pattern", "words", "line"),
    [
        (r"\bepoch\b", ("epoch",), "EPOCH 3 | loss 0.41"),
        (r"\bstep\b", ("step",), "Step 10: loss 2.5"),
        # Letters other than ASCII that match an ASCII one when case is ignored, which
        # str.lower() leaves as they are (ſ, ı) or turns into two letters (İ).
        (r"\bstep\b", ("step",), "ſtep 10: loss 2.5"),
        (r"\biter\b", ("iter",), "ıter 10: loss 2.5"),
        (r"\biter\b", ("iter",), "İTER 10: loss 2.5"),
        (r"\bbest iteration\b", ("best iteration",), "Best Iteration is: [12] █"),
    ],
)
def test_may_hold_never_refuses_a_line_the_pattern_matches(
    pattern: str, words: tuple[str, ...], line: str
) -> None:
    assert re.search(pattern, line, re.IGNORECASE)
    assert may_hold(line, *words)


@pytest.mark.parametrize("line", ["lr 0.1, loss 2.5", "83%|████████▎ | 34/41 [07:55<01:35]"])
def test_may_hold_refuses_a_line_without_the_words(line: str) -> None:
    assert not may_hold(line, "epoch", "step", "iter")
