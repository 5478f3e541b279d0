"""The spool file: its format round-trips, it tolerates a torn tail, and it locks."""

from __future__ import annotations

import json
import os
from pathlib import Path

from lossmon import spool


def header(crid: str = "abc") -> dict[str, object]:
    return {"type": "run", "version": 1, "url": "http://x", "project": "p", "name": "n",
            "client_run_id": crid, "config": {"lr": 0.1}, "tags": None}


def test_round_trip(tmp_path: Path) -> None:
    writer = spool.SpoolWriter(tmp_path / "spool", header())
    points = [{"step": 1, "wall_time": 1.0, "values": {"train/loss": "NaN", "lr": 0.5}}]
    writer.append([{"type": "points", "points": points}])
    writer.append([{"type": "finish", "status": "finished"}])
    records = [r for r, _ in spool.read_records(writer.path)]
    assert [r["type"] for r in records] == ["run", "points", "finish"]
    assert records[0]["client_run_id"] == "abc" and records[0]["config"] == {"lr": 0.1}
    assert records[1]["points"] == points
    assert spool.read_header(writer.path) == records[0]
    assert spool.run_payload(records[0]) == {"project": "p", "name": "n",
                                             "client_run_id": "abc", "config": {"lr": 0.1}}
    assert writer.size() == writer.path.stat().st_size
    writer.remove()
    assert not any((tmp_path / "spool").iterdir())


def test_torn_and_corrupt_lines(tmp_path: Path) -> None:
    writer = spool.SpoolWriter(tmp_path, header())
    writer.append([{"type": "points", "points": []}])
    with open(writer.path, "ab") as f:
        f.write(b"{not json\n")
        f.write(json.dumps({"type": "points", "points": [{"step": 2}]}).encode() + b"\n")
        f.write(b'{"type": "points", "poi')  # a write cut short by SIGKILL
    records = list(spool.read_records(writer.path))
    assert [r["type"] for r, _ in records] == ["run", "points", "points"]
    assert records[-1][1] < writer.path.stat().st_size  # the torn tail is not consumed


def test_a_live_writer_holds_the_lock(tmp_path: Path) -> None:
    writer = spool.SpoolWriter(tmp_path, header())
    writer.append([{"type": "points", "points": []}])
    fd = os.open(writer.path, os.O_RDONLY)
    try:
        assert not spool.lock(fd)
        writer.close()
        assert spool.lock(fd)
    finally:
        os.close(fd)


def test_file_names_are_safe_and_unique(tmp_path: Path) -> None:
    a = spool.SpoolWriter(tmp_path, header("../../etc/passwd x"))
    b = spool.SpoolWriter(tmp_path, header("../../etc/passwd x"))
    assert a.path.parent == tmp_path and a.path != b.path
    assert "/" not in a.path.name[:-6]
