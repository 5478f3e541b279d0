"""The validation side of divergence: one evaluation blown up, how far above its best an
evaluation counts for the validation rule, and the joint rule.

Validation is measured on a whole set, so one evaluation orders of magnitude above its best is
enough; and validation well above its best while training rose well above its lowest is a run
getting worse on both series (a learning rate too high, a bad resume), which a sparse log's few
training points would not show to the training rules alone. Both are judged by divergence.py,
which holds their state.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from lossmon.server.detectors.base import median

#: A first training value at most this multiple of the level after the warm-up is the run's
#: scale for the joint rule's floor (a per-epoch log's first epoch, 0.139, where its third is
#: 0.016 already); beyond it, an untrained first point (196 beside 1.15), it is not …
FIRST_SCALE = 20.0
#: … and only once training fell below this fraction of it (0.0038 from 0.139: near 0, where
#: a bob is noise; a run back at 1.6 from a low of 1.0 after a first 6.0 is getting worse).
NEAR_ZERO = 0.05


def blowup(v: float, val_best: float, val_first: float, cfg: Mapping[str, Any]) -> str | None:
    """Return why an evaluation is orders of magnitude above the validation loss's best and
    its first evaluation, or None. How many in a row make a divergence depends on training
    beside them (divergence.py: one beside training that rose with it, two beside training
    that holds, three beside training that keeps falling)."""
    ref = max(val_best, val_first) if math.isfinite(val_best) else val_first
    factor = float(cfg["blowup_factor"])
    if not (ref > 0 and v > factor * ref):
        return None
    words = f"{cfg['val_key']} is {v:.4g}, over {factor:g}× its best ({val_best:.4g})"
    if ref > val_best:
        # The first evaluation is the reference that was crossed, and the words name it (a
        # best near 0, an evaluation that scored exactly 0, is no scale to be many times above).
        words += f" and its first evaluation ({val_first:.4g})"
    return words


def far_above(v: float, val_best: float, val_first: float, cfg: Mapping[str, Any]) -> bool:
    """Return whether an evaluation is far above the validation best for the validation rule:
    `val_rise_factor` times it, by more than `rise_floor` of the first evaluation (as the rise
    rule's floor: a validation near 0, 1e-4 of where it started, triples on noise)."""
    floor = float(cfg["rise_floor"]) * abs(val_first) if math.isfinite(val_first) else 0.0
    return val_best > 0 and v > float(cfg["val_rise_factor"]) * val_best and v - val_best > floor


def high_since_best(
    high: list[Any] | None, step: int, v: float, val_best: float, cfg: Mapping[str, Any]
) -> list[Any] | None:
    """Return [the first step since the best with validation above the joint factor, the
    highest validation since], or None while validation has not gone that high."""
    if high is None:
        return [step, v] if v > float(cfg["joint_val_factor"]) * val_best else None
    return [high[0], max(float(high[1]), v)]


def joint_margins(
    scale: float,
    training: tuple[float, float, float],
    val_first: float,
    val_noise: float,
    cfg: Mapping[str, Any],
) -> tuple[float, float]:
    """Return the least rise of training and of validation the joint rule counts: beyond each
    series' noise (`rise_noise` of them, validation's once enough evaluations measure it),
    and `rise_floor` of each series' starting level (as the rise rule). Training's
    (`training`: its level after the warm-up, its first value, its lowest level) is its first
    value where training fell to near 0 from it (its lowest under NEAR_ZERO of it, the first
    within FIRST_SCALE of the level after the warm-up): a per-epoch log's third epoch may be
    near 0 already, where a 1.7x bob is noise; else its level after the warm-up."""
    initial, first_value, low = training
    floor, noises = float(cfg["rise_floor"]), float(cfg["rise_noise"])
    start = initial if math.isfinite(initial) else first_value
    if (
        math.isfinite(initial)
        and math.isfinite(first_value)
        and abs(first_value) <= FIRST_SCALE * abs(initial)
        and abs(low) < NEAR_ZERO * abs(first_value)
    ):
        start = max(abs(initial), abs(first_value))
    train = max(
        noises * scale if math.isfinite(scale) else 0.0,
        floor * abs(start) if math.isfinite(start) else 0.0,
    )
    val = max(
        noises * val_noise if math.isfinite(val_noise) else 0.0,
        floor * abs(val_first) if math.isfinite(val_first) else 0.0,
    )
    return train, val


def joint_may_hold(
    val_recent: list[float],
    val_best: float,
    val_high: list[Any] | None,
    step: int,
    train_low: float,
    cfg: Mapping[str, Any],
) -> bool:
    """Return whether `joint_rise` could hold: enough evaluations since the best, both lows
    positive, and validation high for `sustain_steps`. Checked first, as most evaluations
    of a healthy run fail it and the margins (validation's noise) then need no computing."""
    if len(val_recent) < int(cfg["joint_evaluations"]) or not (val_best > 0 and train_low > 0):
        return False
    return val_high is not None and step - int(val_high[0]) >= int(cfg["sustain_steps"])


def joint_rise(
    val_recent: list[float],
    val_best: float,
    val_high: list[Any] | None,
    step: int,
    train_now: float,
    train_low: float,
    margins: tuple[float, float],
    cfg: Mapping[str, Any],
    *,
    fired: bool = False,
    train_raw: tuple[list[float], float] = ([], math.nan),
    since_low: tuple[int, float] | None = None,
) -> str | None:
    """Return why the joint rule holds (validation and training both well above their
    lows), or None.

    Validation is judged on the median of its evaluations since its best, so one lucky
    evaluation does not clear it; it must have been high for `sustain_steps` and its latest
    evaluation not fallen back below `recovery_fraction` of its peak, nor training
    (`train_raw`: its last three points and its peak since the validation best) falling back
    below it (a spike in both series recovers; a run that got worse does not) — once
    `fired`, it holds until the levels are back under the factors. Training is judged on its
    level against its lowest. Each rise must also exceed its margin (`joint_margins`), so a
    loss near 0 does not "double" on noise. Both must be worse at once: where training
    still fell to its lowest `sustain_steps` after validation had risen (`since_low`: the step
    of training's last fall to a new lowest and validation's latest evaluation then), that
    rise was overfitting's, and only validation rising the joint factor above where it stood
    then is worse with training (a training jump beside a validation still where the
    overfitting left it is training's own, for its rules).
    """
    if not joint_may_hold(val_recent, val_best, val_high, step, train_low, cfg):
        return None
    assert val_high is not None  # joint_may_hold asks for it
    val_now = median(val_recent)
    if since_low is not None and not fired:
        low_step, val_then = since_low
        apart = low_step - int(val_high[0]) >= int(cfg["sustain_steps"])
        if apart and not val_now > float(cfg["joint_val_factor"]) * val_then:
            return None
    fraction = float(cfg["recovery_fraction"])
    recovering = not fired and val_recent[-1] - val_best < fraction * (
        float(val_high[1]) - val_best
    )
    # Training, logged more often, shows a recovery first: falling at each of its last three
    # points, the latest back below `recovery_fraction` of its peak since the validation best
    # (a hump in both series; one low point inside a climb is not a recovery).
    train_last, train_peak = train_raw
    recovering = recovering or (
        not fired
        and len(train_last) == 3
        and train_last[0] > train_last[1] > train_last[2]
        and train_last[2] - train_low < fraction * (train_peak - train_low)
    )
    train_margin, val_margin = margins
    if recovering or not (
        val_now > float(cfg["joint_val_factor"]) * val_best
        and val_now - val_best > val_margin
        and train_now > float(cfg["joint_train_factor"]) * train_low
        and train_now - train_low > train_margin
    ):
        return None
    return (
        f"{cfg['val_key']} is {val_now:.4g} at the median of its last {len(val_recent)} "
        f"evaluations (latest {val_recent[-1]:.4g}), {val_now / val_best:.3g}× its best "
        f"({val_best:.4g}), while the {cfg['key']} level rose with it to {train_now:.4g}, "
        f"{train_now / train_low:.3g}× its lowest ({train_low:.4g})"
    )
