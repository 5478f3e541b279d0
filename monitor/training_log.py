"""The training log that :mod:`lossmon.server.log_formats` reads a file into, and the error
it raises when a file is none of the formats it knows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lossmon.server.text_logs import Row

EXPECTED = (
    "a Trainer trainer_state.json (log_history), a CSV with a step column (Lightning "
    "CSVLogger) or an epoch column (Keras CSVLogger; or a history on its side, epochs as "
    "columns) and loss columns, a lossmon curve CSV (step,split,loss), a YOLO results.csv or "
    ".txt (or its training console), one column of losses under its name, bare numbers in a "
    "file named for losses (train_loss.csv; or epoch,step,loss lines), a JSON history of "
    "per-epoch lists "
    "(under any key), a W&B or TensorBoard CSV export (or TensorBoard's JSON download), a "
    "TensorBoard event file (events.out.tfevents.*), a W&B run file (.wandb), JSON lines or "
    "a list of records with a step or an epoch and a loss "
    "(detectron2 metrics.json too; a "
    "sweep's one run a line), a nanoGPT / modded-nanogpt / llm.c / OpenNMT-py / fairseq / "
    "Marian / Trainer / torchtitan / Deeplearning4j console log, a PySlowFast json_stats log, "
    "a Distiller / ai8x-training console, CatBoost's learn_error.tsv / test_error.tsv or "
    "console output, an XGBoost or LightGBM evaluation log (xgb.cv / lgb.cv too), evals_result "
    "JSON or xgb.cv result CSV, a pix2pix / CycleGAN loss_log.txt, a DeepXDE loss.dat (or its "
    "training table), "
    "Megatron-LM golden values, a Sacred metrics.json, an NVIDIA DLLogger log, a StyleGAN / "
    "EDM stats.jsonl, a Keras Tuner trial.json, a Spinning Up progress.txt, a Moment-DETR "
    "or WaveRNN console, a P2PNet run_log.txt, an mljar-supervised learner log, a DeepLabCut "
    "learning_stats.csv, a YOLACT, AnyNet or ST-GCN (torchlight) training log, JSON records "
    "printed among other "
    "output, "
    "OpenAI logger's key-value tables (baselines, improved-diffusion, Stable-Baselines3), an "
    "unnamed pandas Series (,0) or JSON losses keyed by epoch in a file named for losses, a "
    "text log "
    "printing labelled losses (Epoch 3 - loss: 0.41 - val_loss: 0.52), a table printed with | "
    "between its cells (a model card's Training results), or a Jupyter notebook whose cell "
    "outputs (or a MATLAB Live Script whose saved outputs, or an HTML page whose text) show "
    "one of these"
)


#: How a reader says its steps count epochs: `step = epoch`, `step = epoch + 1`, `step = printed
#: epoch` (not `printed epoch/step`, a log numbering some lines by step).
_EPOCH_STEPS = re.compile(r"\bstep = (?:printed )?epoch\b(?!/)")


class LogError(Exception):
    """A file that cannot be read as a training log; the message says what was expected."""


@dataclass
class Log:
    """A training log read into replay rows, and what was read from it."""

    kind: str  # short name: trainer_state, lightning_csv, keras_csv, jsonl, labelled, ...
    format: str  # the words shown to a person
    rows: list[Row]
    columns: dict[str, str] = field(default_factory=dict)  # split → the column read for it
    #: Which of the runs appended to one file this is ("run 2 of 4 (lines 22-41)"), if several.
    part: str | None = None
    #: The run's own name, where the file gives one (a W&B export's run).
    title: str | None = None

    @property
    def steps_are_epochs(self) -> bool:
        """Whether each step of this log is an epoch (a Keras history, `Epoch 3/20` prints):
        what an import records in the run's config as `step_unit: "epoch"`."""
        return bool(_EPOCH_STEPS.search(self.format))

    def in_epochs(self, step_unit: str | None) -> bool:
        """Whether its steps are epochs: as the caller says (`step_unit`: "step" or "epoch"),
        else as its reader does."""
        return self.steps_are_epochs if step_unit is None else step_unit == "epoch"

    def points(self, split: str) -> int:
        """Return how many rows of one split were read."""
        return sum(1 for row in self.rows if row[1] == split)

    def describe(self) -> str:
        """Return e.g. "Trainer log_history — train 'loss' 150 points, val 'eval_loss' 15,
        lr 'learning_rate'"."""
        parts: list[str] = []
        unit = " points"  # after the first count only
        for split in ("train", "val"):
            if split in self.columns:
                parts.append(f"{split} {self.columns[split]!r} {self.points(split)}{unit}")
                unit = ""
            else:
                parts.append(f"no {split}")
        if "lr" in self.columns:
            parts.append(f"lr {self.columns['lr']!r}")
        where = f", {self.part}" if self.part else ""
        return f"{self.format}{where} — {', '.join(parts)}"
