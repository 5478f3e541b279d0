"""The real logs' replays, one per log and test run: the corpus tests each ask their own
question of the same replay (its verdict, its words, the numbers it quotes, whether batches of
3 tell what batches of 50 do), and replaying the ~6,000 logs is most of the suite's detector
time. pytest-xdist sends a log's tests to whichever worker is free, so a replay is kept on disk
for the whole run (`REPLAYS`, a folder the controller makes and removes: tests/conftest.py), not
only in the worker that made it.
"""

from __future__ import annotations

import functools
import os
import pickle
from pathlib import Path

from lossmon.server.detectors.replay import Replay, replay_file

#: The environment variable naming the run's folder of replays (unset: each process its own).
REPLAYS = "LOSSMON_TEST_REPLAYS"


@functools.cache
def replayed(csv: Path) -> Replay:
    """Return the replay of a corpus CSV as `lossmon backtest` replays it (its lr sidecar fed as
    `lr`, its label's loss kind, batches of 50). Shared between tests: read it, never change it."""
    folder = os.environ.get(REPLAYS)
    if not folder:
        return replay_file(csv)
    kept = Path(folder) / f"{csv.parent.name}-{csv.stem}.pickle"
    try:
        return pickle.loads(kept.read_bytes())
    except FileNotFoundError:
        pass
    result = replay_file(csv)
    # Written aside and renamed: a worker never reads another's half-written replay.
    aside = kept.with_suffix(f".{os.getpid()}.tmp")
    aside.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    aside.replace(kept)
    return result
