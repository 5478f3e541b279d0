"""Reading Moment-DETR's epoch logs (`results/train.log` and `results/val.log`)."""

from __future__ import annotations

from pathlib import Path

from lossmon.server.log_formats import read_logs
from lossmon.server.log_pairs import join_runs

TRAIN = (
    "2023_08_19_16_07_49 [Epoch] 001 [Loss] loss_span 0.8049 loss_giou 1.0789 loss_label 0.4163 "
    "class_error 44.0472 loss_query_route -0.0000 loss_overall 5.7453\n"
    "2023_08_19_16_08_24 [Epoch] 002 [Loss] loss_span 0.3493 loss_giou 0.8148 loss_label 0.4195 "
    "class_error 43.5296 loss_query_route -0.0000 loss_overall 4.2610\n"
)
VAL = (
    "2023_08_19_16_07_51 [Epoch] 000 [Loss] loss_span 0.4279 loss_giou 1.0174 loss_overall 5.0098"
    ' [Metrics] {"brief": {"MR-full-R1@0.5": 1.18, "MR-full-mAP": 2.53}}\n'
    "2023_08_19_16_08_25 [Epoch] 001 [Loss] loss_span 0.2681 loss_giou 0.7922 loss_overall 4.0317"
    ' [Metrics] {"brief": {"MR-full-R1@0.5": 9.5, "MR-full-mAP": 8.0}}\n'
)


def test_moment_detr_logs_read_loss_overall_and_join_train_and_val(tmp_path: Path) -> None:
    train, val = tmp_path / "train.log", tmp_path / "val.log"
    train.write_text(TRAIN)
    val.write_text(VAL)
    [log] = read_logs(train)
    assert log.kind == "moment_detr"
    assert log.rows == [(1, "train", {"loss": 5.7453}), (2, "train", {"loss": 4.2610})]
    # The evaluation's epoch counts from 0: its step is the training epoch it followed.
    [log] = read_logs(val)
    assert log.rows == [(1, "val", {"loss": 5.0098}), (2, "val", {"loss": 4.0317})]
    [(_, [joined])] = join_runs([(p, read_logs(p)) for p in (train, val)])
    assert [r[:2] for r in joined.rows] == [(1, "train"), (1, "val"), (2, "train"), (2, "val")]
    assert joined.columns == {"train": "train.log: loss_overall", "val": "val.log: loss_overall"}
