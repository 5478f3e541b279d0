"""Reading the monitor prints of network2.py (Nielsen's "Neural Networks and Deep Learning")."""

from __future__ import annotations

from pathlib import Path

from lossmon.server.log_formats import read_logs


def test_the_costs_read_at_epoch_plus_one_among_the_accuracy_lines(tmp_path: Path) -> None:
    path = tmp_path / "results.txt"
    path.write_text(
        ">>> net.SGD(training_data, 30, 10, 0.5, lmbda=5.0, monitor_training_cost=True)\n"
        "Epoch 0 training complete\n"
        "--Cost on training data: 0.4716\n"
        "--Accuracy on training data: 47109 / 50000\n"
        "--Cost on evaluation data: 0.7821\n"
        "Epoch 1 training complete\n"
        "--Cost on training data: 0.4270\n"
        "--Cost on evaluation data: 0.8402\n"
        "([0.4716, 0.4270], [47109, 47635])\n"  # the REPL's echo of the returned lists
    )
    [log] = read_logs(path)
    assert log.kind == "network2"
    assert log.rows == [
        (1, "train", {"loss": 0.4716}), (1, "val", {"loss": 0.7821}),
        (2, "train", {"loss": 0.4270}), (2, "val", {"loss": 0.8402}),
    ]  # fmt: skip
    assert log.columns == {"train": "Cost on training data", "val": "Cost on evaluation data"}


def test_markdown_emphasis_and_a_network_trained_again(tmp_path: Path) -> None:
    path = tmp_path / "Network2_test.md"
    lines = []
    for run in ((0.45, 0.44), (0.9, 0.7)):
        for epoch, cost in enumerate(run):
            lines += [f"_Epoch {epoch} training complete_", f"_Cost on training data: {cost}_"]
    path.write_text("\n\n".join(lines) + "\n")
    first, second = read_logs(path)
    assert first.rows == [(1, "train", {"loss": 0.45}), (2, "train", {"loss": 0.44})]
    assert second.rows == [(1, "train", {"loss": 0.9}), (2, "train", {"loss": 0.7})]
    assert first.columns == {"train": "Cost on training data"}
