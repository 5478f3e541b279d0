"""Perplexity mismatch (warning): ln(ppl) is far from the loss for many steps.

Only for cross-entropy and NLL runs (in nats), where perplexity = exp(mean loss). A steady
mismatch means the perplexity is computed another way: in bits (2**loss), or as a mean of
per-batch perplexities (larger than exp of the mean, by Jensen's inequality).

One mismatch is a convention, not an error, and is told as an info: a loss summed over each
example's tokens beside a perplexity per token (CS224N's NMT `avg. loss` is per sentence,
its `avg. ppl` per word), where ln(ppl) is a steady fraction of the loss, far below the ln 2
of bits.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from lossmon.server.detectors.base import Batch, Episodes, Finding, enc, median, push
from lossmon.server.detectors.regularization import paired

NAME = "perplexity"
KINDS = ("cross_entropy", "nll")
LOG_MAX = math.log(1.7976931348623157e308)  # exp overflows beyond this: ppl is inf
#: ln(ppl) below this fraction of the loss is no unit's (bits give ln 2): a summed loss.
SUMMED_BELOW = 0.5
#: ...when steady: the window's fractions within this factor of one another (the tokens of
#: an example vary from batch to batch, the ratio with them).
SUMMED_SPREAD = 1.5


def evaluate(
    state: dict[str, Any] | None,
    batch: Batch,
    settings: Mapping[str, Any],
    *,
    loss_kind: str | None = None,
) -> tuple[dict[str, Any], list[Finding]]:
    """Advance the mismatch rule over the new (loss, ppl) pairs of a CE/NLL run."""
    st: dict[str, Any] = dict(state) if state else {}
    if loss_kind not in KINDS:
        return st, []
    cfg = settings
    win: list[float] = list(st.get("win", []))
    ratios: list[float] = list(st.get("ratios", []))
    eps = Episodes(st, NAME)
    pairs = paired(st, batch, cfg["loss_key"], cfg["ppl_key"])
    regs = batch.get(cfg["reg_key"]) if pairs else None
    reg_at = dict(zip(regs.steps.tolist(), regs.values.tolist(), strict=True)) if regs else {}
    for step, loss, ppl in pairs:
        if not math.isfinite(loss) or math.isnan(ppl) or ppl <= 0:
            continue
        if math.isinf(ppl):
            if loss > LOG_MAX * 0.99:
                continue  # exp overflowed: consistent
            lp = math.inf
        else:
            lp = math.log(ppl)
        # exp of the data loss (total − penalty) is as right as exp of the total.
        reg = reg_at.get(step, 0.0)
        reg = reg if math.isfinite(reg) else 0.0
        d = min(abs(lp - loss), abs(lp - (loss - reg)))
        tol = float(cfg["tolerance"]) + float(cfg["rel_tolerance"]) * abs(loss)
        push(win, min(d - tol, 1e300), int(cfg["window"]))
        if loss > 0.1 and math.isfinite(lp):
            push(ratios, lp / loss, int(cfg["window"]))
        excess = median(win)
        holds = len(win) >= int(cfg["window"]) and excess > 0
        if holds:
            ratio = median(ratios) if ratios else math.nan
            eps.update(
                step,
                True,
                severity="info" if _summed(ratios) else "warning",
                message=_message(ratio, loss, lp),
                evidence={
                    "value": enc(lp),
                    "loss": loss,
                    "threshold": tol,
                    "mismatch": enc(d),
                    "ratio": enc(ratio),
                },
            )
        else:
            eps.update(step, False)
    st.update(win=win, ratios=ratios)
    return st, eps.findings()


def _summed(ratios: list[float]) -> bool:
    """Whether ln(ppl) has been a steady fraction of the loss, too small for bits: the loss is
    summed over each example's tokens while perplexity is per token."""
    return (
        bool(ratios)
        and min(ratios) > 0
        and max(ratios) < SUMMED_BELOW
        and max(ratios) <= SUMMED_SPREAD * min(ratios)
    )


def _message(ratio: float, loss: float, lp: float) -> str:
    msg = (
        f"Perplexity does not match the loss: ln(ppl) = {lp:.4g} but the loss is {loss:.4g} "
        "nats (perplexity should be exp(mean loss))."
    )
    if math.isfinite(ratio) and abs(ratio - math.log(2)) < 0.05:
        msg += " It looks like 2**loss: a loss in nats read as bits."
    elif math.isfinite(ratio) and abs(ratio - 1 / math.log(2)) < 0.1:
        msg += " It looks like the loss is in bits while perplexity is in nats."
    elif math.isfinite(ratio) and 0 < ratio < SUMMED_BELOW:
        msg += (
            f" ln(ppl) is about 1/{1 / ratio:.0f} of the loss: the loss looks summed over about "
            f"{1 / ratio:.0f} tokens an example while perplexity is per token (a convention, "
            "not an error, when it is steady)."
        )
    elif lp > loss:
        msg += " It is larger: perhaps a mean of per-batch perplexities, not exp of the mean."
    return msg
