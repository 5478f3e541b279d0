"""Shared types and helpers of the detectors: series, findings, episodes, state encoding.

Detectors are pure: they take their previous state (a JSON-serialisable dict), the new
points of the series they read and their settings, and return the new state and the
findings of this evaluation. Nothing here knows about Flask, SQL or the clock.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, NamedTuple

import numpy as np

SEVERITIES = ("info", "warning", "critical")


class Series(NamedTuple):
    """New points of one series: steps (int) and values (float, may be NaN/±Inf)."""

    steps: np.ndarray
    values: np.ndarray


def series(steps: Sequence[int] | np.ndarray, values: Sequence[float] | np.ndarray) -> Series:
    """Build a Series from any pair of sequences, checking they line up."""
    s = np.asarray(steps, dtype=np.int64).reshape(-1)
    v = np.asarray(values, dtype=np.float64).reshape(-1)
    if s.shape != v.shape:
        raise ValueError(f"steps and values differ in length: {s.size} != {v.size}")
    return Series(s, v)


EMPTY = series([], [])

Batch = Mapping[str, Series]


@dataclass(frozen=True)
class Finding:
    """One episode of a detector's condition, as seen after an evaluation.

    The condition held from `start_step` through `last_step`. `ongoing` is True when it
    still held at the last point evaluated; otherwise `end_step` is the first step at which
    it no longer held. The alert lifecycle (pending → firing → resolved) is driven by these.
    `message` is the words at the episode's opening (its numbers are those of its first
    steps); `latest` the words at its last step. `evidence` is the numbers at its last step,
    `opening` those at its first (what the opening words and a notification quote).
    """

    detector: str
    severity: str
    start_step: int
    last_step: int
    ongoing: bool
    end_step: int | None
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)
    latest: str = ""
    opening: dict[str, Any] = field(default_factory=dict)
    #: The step `latest` speaks of (None: the opening's).
    latest_step: int | None = None
    #: The detector whose incident took this episode over (one incident, one alert): its
    #: alert resolves where that incident began, without `keep_firing_for`.
    covered_by: str | None = None


def enc(x: float) -> float | str:
    """Encode a float for a JSON state: strict JSON has no NaN or Infinity."""
    if math.isfinite(x):
        return float(x)
    return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")


def dec(x: float | str | None) -> float:
    """Decode a float written by `enc` (None reads as NaN)."""
    if x is None:
        return math.nan
    return float(x)


def new_points(state: dict[str, Any], name: str, s: Series) -> Iterator[tuple[int, float]]:
    """Yield the points of `s` beyond the last step this detector saw on `name`.

    A re-sent or re-logged step (a run resumed from a checkpoint) was already judged; it is
    skipped so the state never goes back in time, and nothing crashes.
    """
    seen = state.setdefault("last", {})
    last = seen.get(name)
    for st, v in zip(s.steps.tolist(), s.values.tolist(), strict=True):
        if last is not None and st <= last:
            continue
        last = st
        seen[name] = st
        yield st, v


def fresh(state: dict[str, Any], name: str, s: Series | None) -> Series:
    """Return the points of `s` beyond the last step seen on `name`: `new_points`, vectorised.

    Exactly the points `new_points` would yield (a step at or below every earlier one is
    skipped) with the same bookkeeping in `state`; None (series absent) leaves it untouched.
    """
    if s is None:
        return EMPTY
    seen = state.setdefault("last", {})
    steps = s.steps
    if steps.size == 0:
        return EMPTY
    last = seen.get(name)
    if steps.size == 1 or bool((steps[1:] > steps[:-1]).all()):
        # Steps in order, as a client sends them: the new points are those above `last`.
        if last is None or steps[0] > last:
            out = s
        else:
            k = int(steps.searchsorted(last, side="right"))
            out = Series(steps[k:], s.values[k:])
        if out.steps.size:
            seen[name] = int(out.steps[-1])
        return out
    before = np.empty_like(steps)
    before[1:] = np.maximum.accumulate(steps)[:-1]
    if last is None:
        keep = np.empty(steps.size, dtype=bool)
        keep[0] = True
        keep[1:] = steps[1:] > before[1:]
    else:
        before[0] = last
        keep = steps > np.maximum(before, last)
    if keep.all():
        out = s
    else:
        out = Series(steps[keep], s.values[keep])
    if out.steps.size:
        seen[name] = int(out.steps[-1])
    return out


def rolling_median(old: Sequence[float], new: np.ndarray, size: int) -> np.ndarray:
    """Return, for each i, the median of the last `size` items of `old + new[: i + 1]`.

    The windows `push` keeps, with the same values `median` gives (numpy's median of the
    same numbers is the same order statistic, or the same mean of the two middle ones).
    """
    n_old, n = len(old), new.size
    out = np.empty(n)
    if n == 0:
        return out
    ext = np.concatenate([np.asarray(old, dtype=np.float64), new]) if n_old else new
    first_full = max(0, size - n_old - 1)  # first i whose window holds `size` items
    for i in range(min(first_full, n)):
        out[i] = median(ext[: n_old + i + 1].tolist())
    if first_full < n:
        start = n_old + first_full + 1 - size
        out[first_full:] = row_medians(windows(ext, size)[start : start + n - first_full])
    return out


def windows(ext: np.ndarray, size: int) -> np.ndarray:
    """Return the read-only view of every run of `size` consecutive items of a 1-D array."""
    count = ext.size - size + 1
    if ext.flags.c_contiguous and count >= 0 and size > 0:
        # The same view as as_strided's, without its Python overhead (a tenth of the cost).
        step = ext.itemsize
        view = np.ndarray((count, size), dtype=ext.dtype, buffer=ext, strides=(step, step))
        view.flags.writeable = False
        return view
    return np.lib.stride_tricks.as_strided(
        ext, shape=(ext.size - size + 1, size), strides=(ext.strides[0],) * 2, writeable=False
    )


def refresh_points(
    n: int, n_old: int, since: int, have: bool, min_len: int, size: int, every: int
) -> tuple[list[int], int]:
    """Return where a reference recomputed every `every` pushes is recomputed, and `since`.

    The loop this replaces: for each of `n` pushes into a window of `size` that held `n_old`
    items, `since += 1`, and the reference is recomputed (`since = 0`) once the window holds
    `min_len` items, at once if there is no reference yet (`have` False), else when `since`
    reaches `every`.
    """
    if min(n_old + n, size) < min_len or n == 0:
        return [], since + n
    first_ok = max(0, min_len - n_old - 1)  # the first push after which the window is long enough
    first = first_ok if not have else max(first_ok, every - since - 1)
    points = list(range(first, n, every))
    return points, (n - 1 - points[-1] if points else since + n)


def recent_pairs(
    old: Sequence[Sequence[Any]], steps: np.ndarray, values: np.ndarray, size: int
) -> list[list[Any]]:
    """Return the last `size` of the pairs `old` (copied) followed by the new (step, value)
    pairs: `push` of every new pair onto a copy of `old`, without building what is dropped."""
    new = [[a, b] for a, b in zip(steps[-size:].tolist(), values[-size:].tolist(), strict=True)]
    keep = size - len(new)
    if keep <= 0:
        return new
    return [list(p) for p in old[-keep:]] + new


def row_medians(rows: np.ndarray) -> np.ndarray:
    """Return the median of each row of a 2-D array of non-NaN floats, exactly as `median`.

    A stable sort keeps equal values (0.0 and -0.0) in their order, as `sorted` does, and
    two middle values are averaged as 0.5 * (a + b).
    """
    size = rows.shape[1]
    k = size // 2
    if size >= PARTITION_FROM and rows.shape[0]:
        # A selection instead of a sort: the same order statistics at a third of the cost of
        # a stable sort of 30–100 items. Only the sign of a zero could differ (a selection
        # does not keep equal values in order): a zero or non-finite median is taken from
        # the stable sort below.
        part = np.partition(rows, k, axis=1)
        upper = part[:, k]
        if size % 2:
            if upper.all() and np.isfinite(upper).all():
                return upper
        else:
            lower = np.maximum.reduce(part[:, :k], axis=1)  # the (k-1)-th order statistic
            both = np.concatenate((lower, upper))
            if both.all() and np.isfinite(both).all():
                with np.errstate(all="ignore"):  # overflow to inf, as the plain median gives
                    return 0.5 * (lower + upper)
    ordered = np.sort(rows, axis=1, kind="stable")
    if size % 2:
        return ordered[:, k]
    with np.errstate(all="ignore"):  # overflow to inf, as the plain median gives
        return 0.5 * (ordered[:, k - 1] + ordered[:, k])


#: Rows at least this long take their medians by selection (shorter ones sort faster).
PARTITION_FROM = 24


def merged(
    state: dict[str, Any], batch: Batch, names: Sequence[str]
) -> list[tuple[int, int, float]]:
    """Return the new points of several series as (step, index of name, value), in order.

    At equal steps the series listed first comes first (a train row before the val row of
    the same step, as a training loop logs them).
    """
    out: list[tuple[int, int, float]] = []
    for i, name in enumerate(names):
        s = batch.get(name)
        if s is None:
            continue
        out.extend((st, i, v) for st, v in new_points(state, name, s))
    out.sort(key=lambda t: (t[0], t[1]))
    return out


def push(window: list[Any], item: Any, size: int) -> None:
    """Append to a bounded window, dropping the oldest items beyond `size`."""
    window.append(item)
    if len(window) > size:
        del window[: len(window) - size]


def median(xs: Sequence[float]) -> float:
    """Return the median of a short list (plain Python: cheaper than numpy for ~10 items)."""
    s = sorted(xs)
    n = len(s)
    if n == 0:
        return math.nan
    mid = n // 2
    return s[mid] if n % 2 else 0.5 * (s[mid - 1] + s[mid])


class Episodes:
    """Track one condition's current episode inside a detector's state.

    `update(step, holds, ...)` is called once per evaluated point; `findings()` returns the
    episodes closed during this evaluation plus the one still open, if any.
    """

    def __init__(self, state: dict[str, Any], detector: str) -> None:
        self.state = state
        self.detector = detector
        self.closed: list[Finding] = []

    @property
    def open(self) -> dict[str, Any] | None:
        ep: dict[str, Any] | None = self.state.get("episode")
        return ep

    def update(
        self,
        step: int,
        holds: bool,
        *,
        severity: str = "warning",
        message: str = "",
        evidence: Mapping[str, Any] | None = None,
    ) -> None:
        """Record whether the condition holds at `step`."""
        ep = self.open
        if holds:
            if ep is None:
                ep = {"start": step, "severity": severity, "message": message, "evidence": {}}
                self.state["episode"] = ep
                self.state["episodes"] = int(self.state.get("episodes", 0)) + 1
            ep["last"] = step
            if message:
                # The opening words stay: an alert speaks of the step it opened at.
                ep.setdefault("message", message)
                if not ep["message"]:
                    ep["message"] = message
                ep["latest"] = message
                ep["latest_at"] = step
            ep["severity"] = severity
            if evidence:
                ep["evidence"] = dict(evidence)
                # The numbers of the opening stay beside the latest, like its words.
                ep.setdefault("opening", ep["evidence"])
        elif ep is not None:
            self.closed.append(self._finding(ep, ongoing=False, end=step))
            self.state["episode"] = None

    def _finding(self, ep: dict[str, Any], *, ongoing: bool, end: int | None) -> Finding:
        return Finding(
            detector=self.detector,
            severity=ep["severity"],
            start_step=int(ep["start"]),
            last_step=int(ep["last"]),
            ongoing=ongoing,
            end_step=end,
            message=ep["message"],
            evidence=dict(ep["evidence"]),
            latest=str(ep.get("latest") or ep["message"]),
            opening=dict(ep.get("opening") or ep["evidence"]),
            latest_step=ep.get("latest_at"),
        )

    def findings(self) -> list[Finding]:
        """Return this evaluation's findings: closed episodes, then the open one."""
        out = list(self.closed)
        ep = self.open
        if ep is not None:
            out.append(self._finding(ep, ongoing=True, end=None))
        return out


def noise_scale(rows: np.ndarray) -> np.ndarray:
    """Return each row's noise as a robust standard deviation of point-to-point changes.

    Differences cancel the training trend that a plain MAD of a falling loss would count as
    noise (sparse logs span a long stretch of training in a few points); MAD × 1.4826 / √2 is
    the standard deviation of the points when they are independent around the trend.
    """
    return noise_of_changes(np.diff(rows, axis=1))


def noise_of(xs: Sequence[float]) -> float:
    """Return `noise_scale` of one row, `float(noise_scale(np.asarray(xs)[None, :])[0])`, in
    plain Python: the same operations in the same order, and stable sorts as `row_medians`
    (a tenth of numpy's per-call cost on the short rows this is used on). Changes that are
    not all finite take numpy's path."""
    d = changes(xs)
    if d is None:
        return float(noise_scale(np.asarray(xs, dtype=np.float64)[None, :])[0])
    centre = sorted_median(sorted(d))
    return 1.4826 / math.sqrt(2.0) * sorted_median(sorted([abs(x - centre) for x in d]))


def changes(xs: Sequence[float]) -> list[float] | None:
    """Return the successive differences of `xs` as floats (np.diff's); None when there are
    none, or one is not finite (or `xs` holds something other than numbers)."""
    try:
        d = [b - a for a, b in pairwise(xs)]
    except TypeError:
        return None
    if not d or not all(map(math.isfinite, d)):
        return None
    return d


#: Lone outliers in this share of a reference make a loss heavy-tailed.
HEAVY_SHARE = 0.03


def lone_highs(values: Sequence[float], floor: float, margin: float) -> np.ndarray:
    """Return the points of `values` (in order) that stand alone above both their neighbours'
    median and `floor` by more than `margin`: the single batches of a heavy-tailed loss. A
    trend makes none (neighbours follow it); a spike of several points is not lone."""
    if len(values) < 3:
        return np.empty(0)
    x = np.asarray(values, dtype=np.float64)
    around = np.median(np.stack([x[:-2], x[2:]]), axis=0)
    inner = x[1:-1]
    return inner[inner - np.maximum(around, floor) > margin]


def heavy_tailed(lone: np.ndarray, size: int) -> bool:
    """Whether lone outliers are common enough (HEAVY_SHARE of `size`, at least 3) that a few
    high points in a row are the loss's noise."""
    return lone.size >= max(3, HEAVY_SHARE * size)


def sorted_median(ordered: list[float]) -> float:
    """Return the median of a sorted non-empty list, as `median`."""
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else 0.5 * (ordered[mid - 1] + ordered[mid])


def noise_of_changes(diffs: np.ndarray, ordered: np.ndarray | None = None) -> np.ndarray:
    """Return `noise_scale` of the rows whose point-to-point changes are `diffs`; `ordered`,
    when given, is `diffs` sorted along its rows (its middle is then the changes' median)."""
    centre = sorted_medians(ordered) if ordered is not None else None
    if centre is None:
        centre = row_medians(diffs)
    return 1.4826 / math.sqrt(2.0) * row_medians(np.abs(diffs - centre[:, None]))


def sorted_medians(ordered: np.ndarray) -> np.ndarray | None:
    """Return the medians of rows already sorted (by any sort), exactly as `row_medians`; None
    when one is zero or not finite (its sign, or a NaN's place, may depend on the sort)."""
    size = ordered.shape[1]
    k = size // 2
    if size == 0 or not ordered.shape[0]:
        return None
    if size % 2:
        out = ordered[:, k]
        return out if out.all() and np.isfinite(out).all() else None
    both = ordered[:, k - 1 : k + 1]
    if not (both.all() and np.isfinite(both).all()):
        return None
    with np.errstate(all="ignore"):  # overflow to inf, as the plain median gives
        return 0.5 * (both[:, 0] + both[:, 1])


def sorted_quantile(ordered: list[float], q: float) -> float:
    """Return the `q` quantile of a sorted non-empty list with `row_quantile`'s arithmetic."""
    position = q * (len(ordered) - 1)
    low = int(math.floor(position))
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (position - low) * (ordered[high] - ordered[low])


def row_quantile(ordered: np.ndarray, q: float) -> np.ndarray:
    """Return the `q` quantile of each row of an already sorted 2-D array (numpy's linear
    interpolation), without numpy's per-call overhead of `np.quantile`."""
    position = q * (ordered.shape[1] - 1)
    low = int(math.floor(position))
    high = min(low + 1, ordered.shape[1] - 1)
    return ordered[:, low] + (position - low) * (ordered[:, high] - ordered[:, low])


def points_for(steps: int, every: float) -> int:
    """Return how many logged points cover `steps` steps at a cadence of `every` steps."""
    return max(1, min(steps, round(steps / every)))


def rollback_step(history: Sequence[Sequence[float]], before: int, calm: float) -> int | None:
    """Return the last step before the excursion that ends at `before` whose value was calm.

    `history` holds recent (step, value) pairs, oldest first. Walking back from `before`,
    the excursion is the run of points above `calm` (or non-finite); the answer is the step
    of the first calm point found, i.e. the checkpoint to restart from.
    """
    found: int | None = None
    for st, v in reversed(history):
        if st >= before:
            continue
        if math.isfinite(v) and v <= calm:
            return int(st)
        found = int(st)
    # No calm point left in the window: the oldest point still known is the best guess.
    return found
