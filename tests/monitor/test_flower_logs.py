"""Reading a Flower server's closing history (`History (loss, centralized):`, `app_fit: ...`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossmon.server.log_formats import read_logs
from lossmon.server.training_log import LogError

INFO = "INFO :      "

# flwr >= 1.8: sections of `round N: X` lines, the fit metrics pretty-printed over lines, a
# metrics dict with an accuracy before the loss.
SUMMARY = f"""{INFO}[ROUND 3]
{INFO}aggregate_fit: received 10 results and 0 failures
{INFO}
{INFO}[SUMMARY]
{INFO}Run finished 3 round(s) in 13.60s
{INFO}    History (loss, distributed):
{INFO}            round 1: 2.0251417029128924
{INFO}            round 2: 0.7533456925429649
{INFO}            round 3: 0.5141592433326874
{INFO}    History (loss, centralized):
{INFO}            round 0: 2.3028839167695456
{INFO}            round 1: 2.0274660648248446
{INFO}            round 2: 0.7511614774362728
{INFO}            round 3: 0.5243101176172019
{INFO}    History (metrics, distributed, fit):
{INFO}    {{'accuracy': [(1, 0.31), (2, 0.62), (3, 0.75)],
{INFO}     'train_loss': [(1, 1.9),
{INFO}                    (2, 0.81),
{INFO}                    (3, 0.55)]}}
{INFO}    History (metrics, distributed, evaluate):
{INFO}    {{'accuracy': [(1, 0.3237817576009996),
{INFO}                  (2, 0.6909620991253644)]}}
{INFO}
"""


def test_the_summary_reads_the_fit_loss_and_the_servers_evaluation_per_round(
    tmp_path: Path,
) -> None:
    path = tmp_path / "main.log"
    path.write_text(SUMMARY)
    [log] = read_logs(path)
    assert log.kind == "flower"
    assert log.columns == {"train": "metrics_distributed_fit loss", "val": "losses_centralized"}
    assert [(r[0], r[1], r[2]["loss"]) for r in log.rows] == [
        (0, "val", 2.3028839167695456),  # the global model before round 1
        (1, "train", 1.9),
        (1, "val", 2.0274660648248446),
        (2, "train", 0.81),
        (2, "val", 0.7511614774362728),
        (3, "train", 0.55),
        (3, "val", 0.5243101176172019),
    ]


def test_the_one_line_history_and_a_second_run_appended(tmp_path: Path) -> None:
    path = tmp_path / "main.log"
    prefix = "[2024-03-25 14:48:12,526][flwr][INFO] - app_fit:"
    run = (
        f"{prefix} losses_distributed [(1, 0.05), (2, 0.03)]\n"
        # a strategy that evaluates nothing on the server logs 0 at every round
        f"{prefix} losses_centralized [(1, 0), (2, 0)]\n"
        f"{prefix} metrics_distributed_fit {{'loss': [(1, 2.11), (2, 1.29)]}}\n"
        f"{prefix} metrics_distributed {{'loss': [(1, 0.05), (2, 0.03)]}}\n"
    )
    path.write_text(run + run.replace("2.11", "2.5"))
    first, second = read_logs(path)
    assert first.columns == {"train": "metrics_distributed_fit loss", "val": "losses_distributed"}
    assert [(r[0], r[1], r[2]["loss"]) for r in first.rows] == [
        (1, "train", 2.11),
        (1, "val", 0.05),
        (2, "train", 1.29),
        (2, "val", 0.03),
    ]
    assert second.rows[0] == (1, "train", {"loss": 2.5})


def test_a_printed_dict_holding_a_loss_history_is_no_point_of_the_run(tmp_path: Path) -> None:
    # Flower's fit metrics alone (no loss series): neither a Trainer console's point with a
    # list for its loss, nor a file lossmon cannot read for that line.
    path = tmp_path / "main.log"
    path.write_text(
        "{'loss': 2.0, 'epoch': 1.0}\n{'loss': 1.5, 'epoch': 2.0}\n"
        "app_fit: metrics_distributed {'loss': [(1, 0.05), (2, 0.03)]}\n"
    )
    [log] = read_logs(path)
    assert log.kind == "trainer_console" and len(log.rows) == 2
    path.write_text("app_fit: metrics_distributed {'loss': [(1, 0.05), (2, 0.03)]}\n")
    with pytest.raises(LogError, match="not a training log lossmon can read"):
        read_logs(path)
