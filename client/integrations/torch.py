"""Plain PyTorch: log a training step's loss, penalty and perplexity as tensors.

    from lossmon.integrations.torch import log_step
    loss = data_loss + reg
    loss.backward()
    log_step(run, step, loss, reg=reg, perplexity=True, lr=opt.param_groups[0]["lr"],
             grad_norm=torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0))

Nothing here reads a tensor: values are detached (so the buffer never holds the autograd
graph) and handed to ``run.log``, whose sender thread calls ``.item()`` later. Perplexity is
computed on the tensor's device (``exp(loss - reg)``), so a CUDA loss costs no
synchronisation in the step. Do not log a tensor you later change in place (an accumulator):
the sender reads it when it sends, not when you logged it.
"""

from __future__ import annotations

import math
from typing import Any

from lossmon.integrations._common import missing, numeric
from lossmon.run import Run

try:
    import torch
except ImportError as error:
    raise missing("torch") from error

__all__ = ["log_step"]


def _scalar(name: str, value: Any) -> Any:
    if isinstance(value, torch.Tensor):
        if value.numel() != 1:
            raise ValueError(
                f"lossmon: {name} must be a scalar tensor, not one of shape {tuple(value.shape)} "
                "(reduce it first, e.g. loss.mean())"
            )
        return value.detach().reshape(())
    return value


def _exp(value: Any) -> Any:
    """exp in float64 where the device has it: float32's exp overflows at a loss of 88."""
    if not isinstance(value, torch.Tensor):
        return math.exp(value) if value < 709 else math.inf
    return torch.exp(value if value.device.type == "mps" else value.double())


def log_step(
    run: Run,
    step: int,
    loss: Any,
    *,
    reg: Any = None,
    perplexity: bool = False,
    split: str = "train",
    **metrics: Any,
) -> None:
    """Log ``loss`` (the total: data loss + penalty), ``reg`` and other metrics of one step.

    ``loss`` and ``reg`` go to ``<split>/loss`` and ``<split>/reg``; ``perplexity=True`` adds
    ``<split>/ppl`` = exp(loss − reg) (for a cross-entropy loss in nats). Other keyword
    arguments go under their own names (``lr``, ``grad_norm``). Tensors or numbers; never
    read here.
    """
    loss = _scalar("loss", loss)
    values: dict[str, Any] = {"loss": loss}
    if reg is not None:
        values["reg"] = _scalar("reg", reg)
    if perplexity:
        data_loss = loss if reg is None else loss - values["reg"]
        values["ppl"] = _exp(data_loss)
    run.log(step, split=split, **values)
    if metrics:
        run.log_metrics(numeric({k: _scalar(k, v) for k, v in metrics.items()}), step=step)
