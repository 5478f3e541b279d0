"""Reading NVIDIA DLLogger's logs: its `DLLL {json}` lines and its early `nvlog.json`."""

from __future__ import annotations

import json
from pathlib import Path

from lossmon.server.log_formats import read_logs


def _dlll(step: object, data: dict, kind: str = "LOG") -> str:
    record = {"timestamp": "1594037158.19", "type": kind, "step": step, "data": data}
    return "DLLL " + json.dumps(record) + "\n"


def test_dllogger_lines_read_each_iteration_and_each_epochs_validation(tmp_path: Path) -> None:
    path = tmp_path / "nvlog.json"
    path.write_text(
        "DLLL "
        + json.dumps({"type": "METADATA", "metric": "train_loss", "metadata": {"name": "loss"}})
        + "\n"
        + _dlll("PARAMETER", {"batch_size": 32})
        + _dlll([1, 1, 2], {"train_loss": 35.0, "lrate_change": "3.16E-06 -> 6.32E-06"})
        + _dlll([1, 2, 2], {"train_loss": 34.0, "lrate_change": "6.32E-06 -> 9.49E-06"})
        + _dlll([1], {"avg_train_loss": 34.5})
        + _dlll([1], {"val_loss": 33.0, "val_ema_loss": 32.0})
        + _dlll([2, 1, 2], {"train_loss": 30.0, "lrate_change": "9.49E-06 -> 1.26E-05"})
        + _dlll([], {"val_loss": 33.0})  # the final summary: no step
    )
    [log] = read_logs(path)
    assert log.kind == "dllogger"
    assert log.columns == {"train": "train_loss", "val": "val_loss", "lr": "lrate_change"}
    assert log.rows == [
        (1, "train", {"loss": 35.0}), (1, "lr", {"lr": 6.32e-06}),
        (2, "train", {"loss": 34.0}), (2, "lr", {"lr": 9.49e-06}), (2, "val", {"loss": 33.0}),
        (3, "train", {"loss": 30.0}), (3, "lr", {"lr": 1.26e-05}),
    ]  # fmt: skip


def test_an_early_dllogger_nvlog_json_reads_its_per_epoch_iteration_lists(tmp_path: Path) -> None:
    path = tmp_path / "nvlog.json"
    path.write_text(
        json.dumps(
            {
                "run": {"args": {"epochs": 3}},
                "epoch": {
                    "x": [0, 1],
                    "val_iter_loss": [1.39, 1.08],
                    "train_epoch_avg_loss": [3.8, 1.6],
                },
                "iter": {
                    "x": [[0, 1, 2], [0, 1, 2], []],
                    "train_iteration_loss": [[44.6, 50.0, 52.3], [2.1, 2.0, 1.9], []],
                    "iter_time": [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], []],
                },
                "event": {},
            }
        )
    )
    [log] = read_logs(path)
    assert log.kind == "dllogger"
    assert log.columns == {"train": "train_iteration_loss", "val": "val_iter_loss"}
    assert [r for r in log.rows if r[1] == "val"] == [
        (3, "val", {"loss": 1.39}), (6, "val", {"loss": 1.08})
    ]  # fmt: skip
    assert [r[0] for r in log.rows if r[1] == "train"] == [1, 2, 3, 4, 5, 6]
