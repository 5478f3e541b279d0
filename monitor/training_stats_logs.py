"""Read the `stats.jsonl` that NVIDIA's `torch_utils.training_stats` writes (StyleGAN2-ADA,
StyleGAN3, EDM and their forks): one JSON line a tick, each statistic a dict of its `num`,
`mean` and `std` over the tick (`{"Loss/G/loss": {"num": 8, "mean": 6.57, "std": 1.85},
"Progress/tick": {"num": 1, "mean": 0.0, ...}, ..., "timestamp": ...}`).

step = the tick (`Progress/tick`, counted from 0: the first line is the first tick's few
images); the training loss is the generator's (`Loss/G/loss`, what a GAN's plot watches), else
EDM's denoising loss (`Loss/loss`), else the first statistic named `Loss/.../loss`. A tick that
goes back starts a run apart (a training restarted into the same file).
"""

from __future__ import annotations

from typing import Any

from lossmon.server.log_fields import read_step, read_value
from lossmon.server.text_logs import Row
from lossmon.server.training_log import Log, LogError

TICK = "Progress/tick"
#: The loss statistics, in order of choice.
LOSSES = ("Loss/G/loss", "Loss/loss")


def read_training_stats(records: list[dict[str, Any]]) -> list[Log] | None:
    """Return one Log per run of training_stats records, None when they are not such records
    (every record a tick's statistics, each a dict with its `mean`); a LogError when no tick
    reported a loss. A statistic that no batch reported in a tick (`num` 0, its mean NaN) is
    no point."""
    if not records or not all(_is_stats(r) for r in records):
        return None
    # The statistics some tick reported (a stat no batch reported is written with num 0).
    names = [k for r in records for k, v in r.items() if isinstance(v, dict) and v.get("num", 1)]
    loss = next((k for k in LOSSES if k in names), None)
    loss = loss or next((k for k in names if k.startswith("Loss/") and k.endswith("/loss")), None)
    if loss is None:
        raise LogError("a training_stats stats.jsonl without a loss that any tick reported")
    runs: list[list[Row]] = [[]]
    last = -1
    for n, record in enumerate(records, start=1):
        where = f"line {n}, {loss}"
        tick = read_step(record[TICK]["mean"], f"line {n}, {TICK}")
        stat = record.get(loss)
        value = None
        # A statistic no batch reported in this tick is written with num 0 and a NaN mean.
        if isinstance(stat, dict) and stat.get("num", 1) != 0:
            value = read_value(stat.get("mean"), where)
        if tick <= last and runs[-1]:
            runs.append([])
        last = tick
        if value is not None:
            runs[-1].append((tick, "train", {"loss": value}))
    runs = [rows for rows in runs if rows]
    fmt = "training_stats JSON lines (StyleGAN/EDM stats.jsonl; step = Progress/tick)"
    logs = [Log("training_stats", fmt, rows, {"train": loss}) for rows in runs]
    if len(logs) > 1:
        for n, log in enumerate(logs, start=1):
            log.part = f"run {n} of {len(logs)}"
    return logs or None


def _is_stats(record: dict[str, Any]) -> bool:
    """Whether a record is one tick's statistics: its tick a dict holding a mean, as every
    statistic is (a fork may add plain fields beside the timestamp)."""
    tick = record.get(TICK)
    return isinstance(tick, dict) and "mean" in tick
