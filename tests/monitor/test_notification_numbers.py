"""A notification's headline and value line quote true numbers (issue 12, item 7).

Every alert the real-log corpora raise is rendered with the service's own words
(`notify.describe`) and checked against the log: the value quoted at the opening step is the
named series' value there, an overfitting headline counts the evaluations its message counts,
no line says "None", "?" or "best NaN" (a stall or chance-level alert is not worded as
torch's plateau, an early rise has no settled best to quote), a divergence's action gives
the alert's own reason for its rollback step, and a frozen validation's every evaluation since
the step it names lies within the share it names of its level.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from lossmon.server.detectors.replay import read_rows
from lossmon.server.models import Alert, Project, Run
from lossmon.server.notify import describe
from tests.monitor.corpus_replays import replayed

CURVES = Path(__file__).resolve().parent.parent / "data" / "curves"
LOGS = sorted([*CURVES.glob("wild/*.csv"), *CURVES.glob("holdout/*.csv")])
LOGS = [p for p in LOGS if not p.name.endswith(".lr.csv")]
NUMBER = r"(-?\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?|NaN|inf|-inf)"


def _value_at(rows: list, split: str, step: int) -> float | None:
    for s, sp, values in rows:
        if s == step and sp == split and "loss" in values:
            return values["loss"]
    return None


def _close(quoted: str, actual: float | None) -> bool:
    if actual is None:
        return False
    if quoted in ("NaN", "inf", "-inf"):
        return str(float(quoted)) == str(actual)
    return abs(float(quoted) - actual) <= max(abs(actual) * 6e-4, 1e-12)


@pytest.mark.parametrize("path", LOGS, ids=[p.stem for p in LOGS])
def test_every_notification_quotes_the_log(path: Path) -> None:
    rows = read_rows(path)
    run = Run(name=path.stem, config={}, project=Project(name="corpus"))
    for alert in replayed(path).alerts:
        row = Alert(
            detector=alert.detector,
            severity=alert.severity,
            opened_step=alert.opened_step,
            message=alert.message,
            evidence=alert.evidence,
        )
        headline, value, action = describe(row, run)
        for text in (headline, value):
            assert "None" not in text and "?" not in text and "best NaN" not in text, text
        rollback = alert.evidence.get("rollback_step")
        if alert.detector == "divergence" and rollback is not None:
            # The action gives the alert's own reason for its rollback step.
            why = alert.message.split(f"Roll back to step {rollback}, ", 1)[1].rstrip(".")
            assert f"({why})" in action, (action, alert.message)
        if alert.detector == "overfitting":
            counted = re.search(r"for (\d+ evaluations?)\b", alert.message)
            assert counted and f"for {counted.group(1)}" in headline, (
                headline,
                alert.message,
            )
        if alert.evidence.get("rule") == "frozen":
            # Every evaluation from the step it names to the opening lies within the share it
            # names of the level it names (printed to 4 digits: half a unit of slack).
            frozen = re.match(
                rf"val loss has stayed within ([\d.]+)% of {NUMBER} since step ", value
            )
            assert frozen, value
            share, level = float(frozen.group(1)) / 100, float(frozen.group(2))
            since = alert.evidence["since_step"]
            held = [v["loss"] for s, sp, v in rows if sp == "val" and since <= s <= row.opened_step]
            assert held and all(abs(v - level) <= (share + 5e-4) * abs(level) for v in held), (
                value,
                held,
            )
        quoted = re.match(rf"(train|val) loss is {NUMBER} at step ([\d,]+)", value)
        if quoted and alert.detector in ("overfitting", "divergence", "spike"):
            split, number, step = quoted.groups()
            actual = _value_at(rows, split, int(step.replace(",", "")))
            if alert.detector == "divergence" and not np.isfinite(float(number)):
                assert actual is not None and not np.isfinite(actual), value
            else:
                assert _close(number, actual), (value, actual, alert.message)
        spiked = re.match(rf"(train|val) loss spiked to {NUMBER} at step ([\d,]+)", headline)
        if alert.detector == "spike" and spiked:
            # The point the headline names is the one logged at that step (a training spike's
            # level, a median, is said to be one on the value line).
            split, number, step = spiked.groups()
            actual = _value_at(rows, split, int(step.replace(",", "")))
            assert _close(number, actual), (headline, actual, alert.message)
            assert split == "val" or value.startswith(f"{split} loss level ("), value


def test_an_alert_that_waits_for_steps_quotes_the_step_its_numbers_are_from() -> None:
    """The penalty's share crosses its bound at step 101 and the alert fires `for` (50) steps
    later: its value line quotes the share at step 101, labelled step 101."""
    from lossmon.server.detectors.replay import replay

    rows = []
    for s in range(1, 301):
        share = 0.05 if s <= 100 else 0.9
        rows.append((s, "train", {"loss": 1.0, "reg": share}))
    [alert] = replay(rows).of("regularization")
    assert alert.opened_step == alert.evidence["at_step"] + 50, alert
    row = Alert(
        detector="regularization",
        severity="info",
        opened_step=alert.opened_step,
        message=alert.message,
        evidence=alert.evidence,
    )
    _, value, _ = describe(row, Run(name="r", config={}, project=Project(name="p")))
    assert f"at step {alert.evidence['at_step']}." in value, value
