"""The end-of-run climb of divergence: a run that ended on a steady climb above its best.

The sustained rise (rise_rule.py) needs the level `rise_factor` times its best; a loss that
creeps up for a third of the run to 1.3-2x its best (a learning rate too high for a long
fine-tune, a GAN generator losing to its discriminator, a resumed run drifting away) stays
under it while the run lasts, and so does a hump that later heals, which looks the same
while it climbs. Once the run has ended the two differ: the climb went on to the last point.

The rule keeps an evenly thinned record of the training loss (every point up to RECORD, then
every 2nd, 4th, ... so the whole run stays at one spacing, in bounded state) and judges it when
the run ends: divergence when, since the lowest level of the record (a rolling median of
SMOOTH points), at least SHARE of the run's steps (and MIN_POINTS points) went by, the medians of
GROUPS equal stretches since then rose at every stretch, and the last one is `climb_factor`
times that best, above it by `rise_floor` of the first point and by `rise_noise` robust
deviations of the point-to-point noise. A loss whose best level is at or below 0 has no
multiple of it (a negative cosine, a flow's NLL): its climb is measured against how far
it fell, `climb_factor` - 1 of the way from its best back up to its starting level (the median
of its first SMOOTH points), once it fell by `rise_floor` of its size (a flat loss's wobble
is no fall to climb back from).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NamedTuple

import numpy as np

#: Training points the record keeps at most (it halves its density when it would hold more).
RECORD = 256
#: Significant digits a recorded value keeps (the state stays small; a climb is far coarser).
DIGITS = 6
#: Points in the rolling median whose lowest value is the best level.
SMOOTH = 5
#: Points since the best that a climb needs at least…
MIN_POINTS = 15
#: …and the share of the run's steps since its first logged point they must span (a climb
#: over a third of the run, not a bump; in steps, so a run whose cadence changed is judged
#: as one logged evenly).
SHARE = 0.3
#: Equal stretches since the best whose medians must rise at every one.
GROUPS = 5
#: 1.4826 × MAD is a normal's standard deviation; a difference of two points has √2 of it.
MAD_SIGMA = 1.4826 / math.sqrt(2.0)


class Climb(NamedTuple):
    """A climb found at the run's end: its best level and where, and where it ended."""

    best_step: int
    best: float
    level: float
    last_step: int
    last: float
    share: float
    #: For a loss whose best level is at or below 0: its starting level (the median of its
    #: first SMOOTH points), which the climb is measured against instead of a multiple of it.
    start: float | None = None


def record(rec: Mapping[str, Any] | None, steps: np.ndarray, values: np.ndarray) -> dict[str, Any]:
    """Return the record with the new training points added (non-finite ones are skipped:
    the finite and blow-up rules judge those). The points kept are those whose index among
    the finite points is a multiple of the stride, whatever the batches were."""
    out: dict[str, Any] = dict(rec) if rec else {"seen": 0, "stride": 1, "points": []}
    finite = np.isfinite(values)
    steps, values = steps[finite], values[finite]
    if not values.size:
        return out
    head = list(out.get("head", []))
    if len(head) < SMOOTH:
        # The run's first points, whatever the stride becomes: where it started.
        out["head"] = head + [float(f"{v:.{DIGITS}g}") for v in values[: SMOOTH - len(head)]]
    seen, stride = int(out["seen"]), int(out["stride"])
    kept = (seen + np.arange(values.size)) % stride == 0
    points = list(out["points"]) + [
        [s, float(f"{v:.{DIGITS}g}")]
        for s, v in zip(steps[kept].tolist(), values[kept].tolist(), strict=True)
    ]
    while len(points) > RECORD:
        points, stride = points[::2], 2 * stride
    out.update(
        seen=seen + int(values.size),
        stride=stride,
        points=points,
        last=[int(steps[-1]), float(values[-1])],
        signed=bool(out.get("signed")) or bool((values <= 0).any()),
    )
    return out


def judge(rec: Mapping[str, Any] | None, cfg: Mapping[str, Any]) -> Climb | None:
    """Return the climb the ended run's record shows, or None."""
    if not rec or len(rec["points"]) < MIN_POINTS:
        return None
    steps = np.array([s for s, _ in rec["points"]], dtype=np.int64)
    values = np.array([v for _, v in rec["points"]], dtype=float)
    # The median of each SMOOTH points in a row, at the last of them (the record holds at
    # least MIN_POINTS): the lowest is the best level, at the step where its window ends.
    levels = np.median(np.lib.stride_tricks.sliding_window_view(values, SMOOTH), axis=1)
    at = int(np.argmin(levels)) + SMOOTH - 1
    best = float(levels[at - SMOOTH + 1])
    since = values[at:]
    last_step, last = rec["last"]
    span = int(last_step) - int(steps[0])
    share = (int(last_step) - int(steps[at])) / span if span > 0 else 0.0
    if since.size - 1 < MIN_POINTS or share < SHARE:
        return None
    medians = np.array([np.median(part) for part in np.array_split(since, GROUPS)])
    level = float(medians[-1])
    noise = MAD_SIGMA * float(np.median(np.abs(np.diff(since))))
    rising = bool((np.diff(medians) > 0).all())
    factor = float(cfg["climb_factor"])
    # A state saved before the head was kept: the record's first level.
    start = float(np.median(rec.get("head") or values[:SMOOTH])) if best <= 0.0 else None
    if start is not None:
        fell = start - best
        enough = fell >= float(cfg["rise_floor"]) * max(abs(start), abs(best)) > 0.0
        enough = enough and level - best >= (factor - 1.0) * fell
    else:
        floor = float(cfg["rise_floor"]) * abs(float(values[0]))
        enough = level >= factor * best and level - best >= floor
    if not (rising and enough) or level - best < float(cfg["rise_noise"]) * noise:
        return None
    return Climb(int(steps[at]), best, level, int(last_step), float(last), share, start)


def words(climb: Climb, key: str) -> str:
    """Return what the climb was, in one sentence."""
    if climb.start is None:
        how_far = f"{climb.level / climb.best:.3g}× it"
    else:
        back = (climb.level - climb.best) / (climb.start - climb.best)
        how_far = (
            f"{100 * back:.0f} % of the way back to its start, {climb.start:.4g}"
            if back < 1.0
            else f"above its start, {climb.start:.4g}"
        )
    return (
        f"{key} climbed steadily over the last {100 * climb.share:.0f} % of the run, from its "
        f"best level {climb.best:.4g} at step {climb.best_step} to {climb.level:.4g} "
        f"({how_far}, the median of its last stretch), and the run "
        f"ended at step {climb.last_step} ({climb.last:.4g}) without coming back"
    )
