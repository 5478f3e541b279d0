"""Reading the progress prints of PyTorch's NLP From Scratch tutorials."""

from __future__ import annotations

import math
from pathlib import Path

from lossmon.server.log_formats import read_logs


def test_the_name_classifiers_prints_read_at_their_iteration_nan_kept(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text(
        "5000 5% (0m 8s) 2.7792 Verdon / Scottish ✗ (English)\n"
        "10000 10% (0m 16s) 2.0748 Campos / Greek ✗ (Portuguese)\n"
        "15000 15% (0m 31s) nan Lagana / Irish ✗ (Italian)\n"
        "20000 20% (0m 42s) 1.3152 Yamashita / Japanese ✓\n"
    )
    [log] = read_logs(path)
    assert log.kind == "pytorch_tutorial"
    assert [r[0] for r in log.rows] == [5000, 10000, 15000, 20000]
    assert log.rows[1] == (10000, "train", {"loss": 2.0748})
    assert math.isnan(log.rows[2][2]["loss"])


def test_the_translators_prints_and_a_cell_run_again(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text(
        "Reading lines...\nRead 135842 sentence pairs\n"
        "1m 9s (- 16m 14s) (5000 6%) 2.8569\n"
        "2m 15s (- 14m 42s) (10000 13%) 2.2835\n"
        "0m 25s (5000 5%) 2.6405\n"  # the cell run again: the name generator's layout
        "0m 50s (10000 10%) 2.3001\n"
    )
    first, second = read_logs(path)
    assert first.rows == [(5000, "train", {"loss": 2.8569}), (10000, "train", {"loss": 2.2835})]
    assert second.rows == [(5000, "train", {"loss": 2.6405}), (10000, "train", {"loss": 2.3001})]
