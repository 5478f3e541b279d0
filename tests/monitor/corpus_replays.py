"""The real logs' replays, one per log and test session: the corpus tests each ask their own
question of the same replay (its verdict, its words, the numbers it quotes, whether batches of
3 tell what batches of 50 do), and replaying the ~1,500 logs is most of the suite's detector
time.
"""

from __future__ import annotations

import functools
from pathlib import Path

from lossmon.server.detectors.replay import Replay, replay_file


@functools.cache
def replayed(csv: Path) -> Replay:
    """Return the replay of a corpus CSV as `lossmon backtest` replays it (its lr sidecar fed as
    `lr`, its label's loss kind, batches of 50). Shared between tests: read it, never change it."""
    return replay_file(csv)
