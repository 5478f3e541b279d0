"""Reading fatchord WaveRNN's console (`| Epoch: E/N (i/n) | Loss: X | ...`)."""

from __future__ import annotations

from pathlib import Path

from lossmon.server.log_formats import read_logs


def _line(epoch: int, epochs: int, batch: int, batches: int, loss: float) -> str:
    return (
        f"| Epoch: {epoch}/{epochs} ({batch}/{batches}) | Loss: {loss:.4f} | 2.4 steps/s "
        "| Step: 0k | \n"
    )


def test_wavernns_console_reads_a_point_a_batch_and_continues_a_resumed_launch(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.txt"
    # Two epochs of two batches, then a launch resumed from the checkpoint at step 4: it
    # counts 2 epochs fewer to the same total steps.
    path.write_text(
        _line(1, 11, 1, 2, 11.8) + _line(1, 11, 2, 2, 11.7)
        + _line(2, 11, 1, 2, 11.6) + _line(2, 11, 2, 2, 11.5)
        + _line(1, 9, 1, 2, 11.4) + _line(1, 9, 2, 2, 11.3)
    )  # fmt: skip
    [log] = read_logs(path)
    assert log.kind == "wavernn"
    assert log.columns == {"train": "Loss"}
    assert [r[0] for r in log.rows] == [1, 2, 3, 4, 5, 6]
    assert log.rows[-1] == (6, "train", {"loss": 11.3})
    # A launch from scratch (its total again, its epochs counted again) is a run apart.
    path.write_text(_line(1, 11, 1, 1, 11.8) + _line(2, 11, 1, 1, 11.7) + _line(1, 11, 1, 1, 11.9))
    first, second = read_logs(path)
    assert [r[0] for r in first.rows] == [1, 2] and second.rows == [(1, "train", {"loss": 11.9})]
