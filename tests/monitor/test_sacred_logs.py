"""Reading a Sacred run's `metrics.json` (its FileStorageObserver's run folder)."""

from __future__ import annotations

import json
import math
from pathlib import Path

from lossmon.server.log_formats import read_logs


def _metric(steps: list[int], values: list[float], times: list[str] | None = None) -> dict:
    metric: dict = {"steps": steps, "values": values}
    if times is not None:
        metric["timestamps"] = times
    return metric


def _at(second: int) -> str:
    return f"2020-07-15T09:09:{second:02d}.000000"


def test_sacreds_metrics_read_train_and_validation_at_its_steps_from_1(tmp_path: Path) -> None:
    path = tmp_path / "metrics.json"
    path.write_text(
        json.dumps(
            {
                "Train.accuracy": _metric([0, 1, 2], [0.7, 0.76, 0.78]),
                "Train.loss": _metric([0, 1, 2], [0.58, 0.49, 0.47]),
                "Validation.loss": _metric([0, 1, 2], [0.52, 0.49, float("nan")]),
            }
        )
    )
    [log] = read_logs(path)
    assert log.kind == "sacred"
    assert log.columns == {"train": "Train.loss", "val": "Validation.loss"}
    assert [r[:2] for r in log.rows] == [
        (1, "train"), (1, "val"), (2, "train"), (2, "val"), (3, "train"), (3, "val")
    ]  # fmt: skip
    assert log.rows[0][2] == {"loss": 0.58} and math.isnan(log.rows[-1][2]["loss"])


def test_a_validation_logged_per_epoch_goes_after_the_last_minibatch_before_it(
    tmp_path: Path,
) -> None:
    # Two minibatches an epoch, each metric with Sacred's own counter: the timestamps say
    # which training step each evaluation followed.
    path = tmp_path / "metrics.json"
    path.write_text(
        json.dumps(
            {
                "trainLoss": _metric(
                    [0, 1, 2, 3], [11.2, 11.0, 9.5, 9.1], [_at(s) for s in (0, 1, 3, 4)]
                ),
                "validLoss": _metric([0, 1], [9.5, 9.4], [_at(2), _at(5)]),
                "testLoss": _metric([0, 1], [9.6, 9.5], [_at(2), _at(5)]),
            }
        )
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "trainLoss", "val": "validLoss"}
    assert [r for r in log.rows if r[1] == "val"] == [
        (2, "val", {"loss": 9.5}), (4, "val", {"loss": 9.4})
    ]  # fmt: skip
    assert [r[0] for r in log.rows if r[1] == "train"] == [1, 2, 3, 4]
    # Without timestamps, each keeps its own counter, shifted alike.
    for metric in ("trainLoss", "validLoss", "testLoss"):
        whole = json.loads(path.read_text())
        del whole[metric]["timestamps"]
        path.write_text(json.dumps(whole))
    [log] = read_logs(path)
    assert [r[0] for r in log.rows if r[1] == "val"] == [1, 2]
