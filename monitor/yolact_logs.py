"""Read YOLACT's training log (`logs/<config>.log`, written by dbolya/yolact's `train.py` and
its forks): JSON lines, each `{"type": ..., "session": S, "data": {...}, "time": ...}`. A
`session` record opens each launch of `train.py` with its arguments; each `train` record holds
one iteration's losses (`data.loss`: the box `B`, confidence `C`, mask `M`, segmentation `S`
terms and their total `T`), its `iter` and `lr`; a `val` record holds mAP only, no loss.

The loss is the total `T` of one minibatch (the terms summed where a fork omits it), step =
`iter`. Each session is a run: launches appended to one file (the aborted ones that never
trained dropped) are told apart by their session number, not by their iterations (a resumed
launch goes on from its iteration).
"""

from __future__ import annotations

from typing import Any

from lossmon.server.log_fields import read_step, read_value
from lossmon.server.text_logs import Row
from lossmon.server.training_log import Log

#: The record types YOLACT writes.
TYPES = frozenset({"session", "train", "val"})


def is_yolact(records: list[Any]) -> bool:
    """Whether JSON lines are YOLACT's log: every record a typed one, one iteration trained."""
    return bool(records) and all(
        isinstance(r, dict) and r.get("type") in TYPES and isinstance(r.get("data"), dict)
        for r in records
    ) and any(r["type"] == "train" for r in records)  # fmt: skip


def read_yolact(records: list[dict[str, Any]]) -> list[Log]:
    """Return one Log per session that trained: each iteration's total loss and its lr."""
    sessions: dict[Any, list[Row]] = {}
    for n, record in enumerate(records, start=1):
        if record["type"] != "train":
            continue
        data = record["data"]
        losses = data.get("loss")
        if not isinstance(losses, dict) or "iter" not in data:
            continue
        step = read_step(data["iter"], f"line {n}, iter")
        total = losses.get("T")
        if total is None:
            total = sum(v for v in losses.values() if isinstance(v, (int, float)))
        value = read_value(total, f"line {n}, loss")
        rows = sessions.setdefault(record.get("session"), [])
        if value is not None:
            rows.append((step, "train", {"loss": value}))
        if (lr := read_value(data.get("lr"), f"line {n}, lr")) is not None:
            rows.append((step, "lr", {"lr": lr}))
    trained = [(s, rows) for s, rows in sessions.items() if any(r[1] == "train" for r in rows)]
    fmt = "YOLACT training log (step = iter)"
    logs = [Log("yolact", fmt, rows, {"train": "loss.T", "lr": "lr"}) for _, rows in trained]
    if len(logs) > 1:
        for k, (log, (session, _)) in enumerate(zip(logs, trained, strict=True), start=1):
            log.part = f"session {session} ({k} of {len(logs)})"
    return logs
