"""Reading the training prints of Karpathy's makemore lectures (`  10000/ 200000: 2.2118`)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from lossmon.server.log_formats import LogError, read_logs


def test_the_prints_read_at_their_step_nan_kept(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text(
        "      0/ 200000: 3.7918\n"
        "  10000/ 200000: 2.2118\n"
        "  20000/ 200000: nan\n"
        "  30000/ 200000: 2.7130\n"
    )
    [log] = read_logs(path)
    assert log.kind == "makemore"
    assert [r[0] for r in log.rows] == [0, 10000, 20000, 30000]
    assert log.rows[1] == (10000, "train", {"loss": 2.2118})
    assert math.isnan(log.rows[2][2]["loss"])
    assert set(log.columns) == {"train"}


def test_a_cell_run_again_and_the_next_exercise_are_runs_apart(tmp_path: Path) -> None:
    """As a learner's notebook keeps them: the step going back, then a run of another length."""
    path = tmp_path / "makemore.ipynb"
    outputs = [
        "      0/ 200000: 3.3151\n   1000/ 200000: 2.4314\n   2000/ 200000: 2.4524\n",
        "      0/ 200000: 3.2958\n  10000/ 200000: 2.7882\n  20000/ 200000: 2.7520\n",
        "      0/  50000: 3.30\n  10000/  50000: 2.61\n  20000/  50000: 2.48\n",
    ]
    cells = [
        {"cell_type": "code", "source": ["train()"], "metadata": {}, "execution_count": n,
         "outputs": [{"output_type": "stream", "name": "stdout", "text": [text]}]}
        for n, text in enumerate(outputs, start=1)
    ]  # fmt: skip
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4}))
    logs = read_logs(path)
    assert [[r[0] for r in log.rows] for log in logs] == [
        [0, 1000, 2000],
        [0, 10000, 20000],
        [0, 10000, 20000],
    ]
    assert logs[2].rows[2] == (20000, "train", {"loss": 2.48})


def test_a_few_such_lines_in_another_log_are_not_a_makemore_run(tmp_path: Path) -> None:
    """Two `a/b: x` lines name nothing: no run of them, and the log's own lines are read."""
    path = tmp_path / "train.log"
    path.write_text(
        "3/10: 0.5\n4/10: 0.25\n"
        "Epoch 1 | Train Loss: 0.91 | Val Loss: 0.95\n"
        "Epoch 2 | Train Loss: 0.72 | Val Loss: 0.80\n"
        "Epoch 3 | Train Loss: 0.61 | Val Loss: 0.74\n"
    )
    [log] = read_logs(path)
    assert log.kind != "makemore"
    assert [r for r in log.rows if r[1] == "val"][0][2]["loss"] == 0.95


def test_a_batch_counter_over_its_total_is_no_makemore_print(tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    path.write_text("".join(f"batch {b}/1082: 0.{b:04d}\n" for b in range(20, 100, 20)))
    with pytest.raises(LogError, match="not a training log"):
        read_logs(path)


def test_two_prints_alone_are_no_run(tmp_path: Path) -> None:
    """Nothing names the value: two lines of `a/ b: x` could be anything."""
    path = tmp_path / "out.txt"
    path.write_text("      0/ 200000: 3.7918\n  10000/ 200000: 2.2118\n")
    with pytest.raises(LogError, match="not a training log"):
        read_logs(path)


def test_launches_appended_to_one_file_are_runs_apart_a_repeated_step_its_later_value(
    tmp_path: Path,
) -> None:
    """A script's output appended twice (a second launch from 0, then a shorter one of another
    total): three runs; a step printed twice keeps its later value."""
    path = tmp_path / "out.txt"
    path.write_text(
        "      0/ 200000: 3.30\n  10000/ 200000: 2.50\n  10000/ 200000: 2.45\n"
        "  20000/ 200000: 2.40\n"
        "      0/ 200000: 3.29\n  10000/ 200000: 2.61\n  20000/ 200000: 2.52\n"
        "      0/  50000: 3.31\n  10000/  50000: 2.70\n  20000/  50000: 2.58\n"
    )
    logs = read_logs(path)
    assert [[r[2]["loss"] for r in log.rows] for log in logs] == [
        [3.30, 2.45, 2.40],
        [3.29, 2.61, 2.52],
        [3.31, 2.70, 2.58],
    ]


def test_a_batch_counter_beside_epoch_summaries_leaves_the_summaries_to_their_reader(
    tmp_path: Path,
) -> None:
    """A loop printing `batch/total: loss` (from 100, restarting every epoch) under each
    epoch's summary: no makemore launch (none begins at step 0), so the summaries are read,
    validation included."""
    path = tmp_path / "train.log"
    lines = []
    for epoch, (train, val) in enumerate([(0.91, 0.95), (0.72, 0.80), (0.61, 0.74)], start=1):
        lines += [f"{b}/500: {train + (500 - b) / 1000:.3f}" for b in range(100, 501, 100)]
        lines.append(f"Epoch {epoch} | Train Loss: {train} | Val Loss: {val}")
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert log.kind == "labelled"
    assert [r[2]["loss"] for r in log.rows if r[1] == "val"] == [0.95, 0.80, 0.74]
