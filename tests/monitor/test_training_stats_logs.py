"""Reading NVIDIA's training_stats `stats.jsonl` (StyleGAN2-ADA, StyleGAN3, EDM)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lossmon.server.log_formats import read_logs
from lossmon.server.training_log import LogError


def stat(mean: float) -> dict[str, float]:
    return {"num": 8, "mean": mean, "std": 0.5}


def tick(n: int, **losses: float) -> str:
    record = {name.replace("_", "/"): stat(v) for name, v in losses.items()}
    record |= {"Progress/tick": stat(n), "Timing/total_sec": stat(10.0 * n)}
    return json.dumps({**record, "timestamp": 1700000000.0 + n})


def test_the_generator_loss_at_each_tick_beside_the_discriminator(tmp_path: Path) -> None:
    path = tmp_path / "stats.jsonl"
    path.write_text(
        "\n".join(tick(n, Loss_D_loss=1.1, Loss_G_loss=g) for n, g in enumerate((6.5, 2.1, 1.9)))
    )
    [log] = read_logs(path)
    assert log.kind == "training_stats"
    assert log.columns == {"train": "Loss/G/loss"}
    assert log.rows == [(0, "train", {"loss": 6.5}), (1, "train", {"loss": 2.1}),
                        (2, "train", {"loss": 1.9})]  # fmt: skip


def test_edm_loss_and_a_training_restarted_into_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "stats.jsonl"
    path.write_text(
        "\n".join([tick(0, Loss_loss=0.9), tick(1, Loss_loss=0.5), tick(0, Loss_loss=0.8)])
    )
    first, second = read_logs(path)
    assert first.columns == {"train": "Loss/loss"}
    assert first.rows == [(0, "train", {"loss": 0.9}), (1, "train", {"loss": 0.5})]
    assert second.rows == [(0, "train", {"loss": 0.8})]
    assert (first.part, second.part) == ("run 1 of 2", "run 2 of 2")


def test_a_tick_without_the_loss_is_no_point_and_a_plain_tick_no_such_log(tmp_path: Path) -> None:
    path = tmp_path / "stats.jsonl"
    path.write_text("\n".join([tick(0), tick(1, Loss_G_loss=2.0)]))
    [log] = read_logs(path)
    assert log.rows == [(1, "train", {"loss": 2.0})]
    plain = tmp_path / "plain.jsonl"
    plain.write_text(
        '{"Progress/tick": 3, "Loss/G/loss": {"mean": 1.0}}\n'
        '{"Progress/tick": 4, "Loss/G/loss": {"mean": 0.9}}\n'
    )
    with pytest.raises(LogError, match="without a step key"):
        read_logs(plain)
