"""Read the console logs of training tools into replay rows `(step, split, values)`.

Formats: nanoGPT, modded-nanogpt, llm.c (its console and its `main.log`), OpenNMT-py,
fairseq (`fairseq-train`'s simple and json log formats), Marian, Hugging Face Trainer console
output, the `loss_log.txt` of pix2pix / CycleGAN (and pix2pixHD, SPADE), DeePMD-kit's
`lcurve.out`, PaddleClas' log, VITS' `train.log`, NGCF's / KGAT's log and Deeplearning4j's
ScoreIterationListener. Lines that
belong to no format (banners, progress bars, warnings) are passed over; the format that
recognises the most lines is the log's. Labelled values as most scripts print them are
:mod:`lossmon.server.labelled_logs`';
:mod:`lossmon.server.log_formats` decides whether a file is a text log at all, and which of the
two reads it. Non-finite values (`nan`, `NaN`, `inf`) are data and are kept.
"""

from __future__ import annotations

import ast
import json
import math
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Row = tuple[int, str, dict[str, float]]

# Each part matches one way only (`\d+(?:\.\d*)?`, not `\d+\.?\d*`): a long run of digits that
# is no number is then given up in linear time.
NUMBER = r"[-+]?(?:(?i:nan|inf(?:inity)?)|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)"
#: ANSI colour codes (`\x1b[31m`, `\x1b[38;2;180;60;0m`) of a captured console.
COLOUR = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class TextLog:
    """What one text format made of a log: its rows, the columns read for each split, and
    how many lines it recognised (the format that recognises the most lines is the log's)."""

    kind: str
    format: str
    rows: list[Row]
    columns: dict[str, str]
    matched: int
    #: Runs appended to one log, each (format, rows, first line, last line), if several.
    runs: list[tuple[str, list[Row], int, int]] = field(default_factory=list)


def read_text_log(lines: list[str]) -> TextLog | None:
    """Return the log as the tool's format that recognises most of its lines reads it (the
    first of TEXT_FORMATS on a tie), None when none recognises a line. A value that is no
    number raises ValueError naming its line."""
    best = max((parse(lines) for parse in TEXT_FORMATS), key=lambda p: p.matched)
    return best if best.matched else None


def number(raw: Any, where: str) -> float:
    """Return a printed value as a float (nan and inf kept); raise ValueError naming where
    it was when it is no number."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise ValueError(f"{where}: {raw!r} is not a number")
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{where}: {raw!r} is not a number") from None


def _nanogpt(lines: list[str]) -> TextLog:
    """nanoGPT: `iter 100: loss 2.34, time ...` per iteration and
    `step 250: train loss 2.1, val loss 2.2` per evaluation (its train loss is used only when
    the log has no iter lines)."""
    evaluation = re.compile(
        rf"\s*step (\d+): train loss ({NUMBER}), val loss ({NUMBER})", re.IGNORECASE
    )
    iteration = re.compile(rf"\s*iter (\d+): loss ({NUMBER})", re.IGNORECASE)
    iters: list[Row] = []
    evals: list[Row] = []
    matched = 0
    for n, line in enumerate(lines, start=1):
        if m := iteration.match(line):
            iters.append((int(m[1]), "train", {"loss": number(m[2], f"line {n}")}))
        elif m := evaluation.match(line):
            evals.append((int(m[1]), "train", {"loss": number(m[2], f"line {n}")}))
            evals.append((int(m[1]), "val", {"loss": number(m[3], f"line {n}")}))
        else:
            continue
        matched += 1
    val = [r for r in evals if r[1] == "val"]
    train = iters or [r for r in evals if r[1] == "train"]
    columns = {"train": "iter N: loss" if iters else "step N: train loss"}
    if val:
        columns["val"] = "step N: val loss"
    return TextLog("nanogpt", "nanoGPT log", train + val, columns, matched)


def _modded_nanogpt(lines: list[str]) -> TextLog:
    """modded-nanogpt: `step:125/1750 val_loss:4.2 train_time:...` and
    `step:1/1750 train_loss:10.8 train_time:...` (recent logs print no train loss)."""
    head = re.compile(r"\s*step:(\d+)/\d+\s")
    fields = {
        "train": re.compile(rf"\btrain_loss:({NUMBER})"),
        "val": re.compile(rf"\bval_loss:({NUMBER})"),
    }
    rows: list[Row] = []
    matched = 0
    for n, line in enumerate(lines, start=1):
        if not (m := head.match(line)):
            continue
        matched += 1
        for split, pattern in fields.items():
            if found := pattern.search(line):
                rows.append((int(m[1]), split, {"loss": number(found[1], f"line {n}")}))
    columns = {s: f"{s}_loss" for s in fields if any(r[1] == s for r in rows)}
    return TextLog("modded_nanogpt", "modded-nanogpt log", rows, columns, matched)


def _llmc(lines: list[str]) -> TextLog:
    """llm.c console: `step 1/74: train loss 4.3 ...` (or `step    1/74 | train loss 4.3 |
    ... | lr 3e-04 | ...`) and `val loss 3.2` lines. A val line is printed before the train
    step it was evaluated at: it takes the step of the next train line (after the last one,
    that step + 1)."""
    train = re.compile(rf"\s*step\s+(\d+)(?:/\d+)?\s*[:|]\s*train loss\s+({NUMBER})", re.IGNORECASE)
    lr = re.compile(rf"\|\s*lr\s+({NUMBER})", re.IGNORECASE)
    val = re.compile(rf"\s*val loss\s+({NUMBER})\s*$", re.IGNORECASE)
    rows: list[Row] = []
    pending: list[float] = []
    step = -1
    matched = 0
    for n, line in enumerate(lines, start=1):
        if m := train.match(line):
            step = int(m[1])
            rows += [(step, "val", {"loss": v}) for v in pending]
            pending = []
            rows.append((step, "train", {"loss": number(m[2], f"line {n}")}))
            if found := lr.search(line):
                rows.append((step, "lr", {"lr": number(found[1], f"line {n}")}))
        elif m := val.match(line):
            pending.append(number(m[1], f"line {n}"))
        else:
            continue
        matched += 1
    rows += [(step + 1, "val", {"loss": v}) for v in pending]
    columns = {"train": "train loss", "val": "val loss", "lr": "lr"}
    columns = {s: c for s, c in columns.items() if any(r[1] == s for r in rows)}
    return TextLog("llmc", "llm.c log", rows, columns, matched)


def _llmc_main_log(lines: list[str]) -> TextLog:
    """llm.c's `main.log`: `s:0 trl:11.0091 lr:0.000006 norm:15.46` and `s:0 tel:11.0092`."""
    pattern = re.compile(rf"\s*s:(\d+)\s+(trl|tel):({NUMBER})(?:\s+lr:({NUMBER}))?")
    rows: list[Row] = []
    for n, line in enumerate(lines, start=1):
        if m := pattern.match(line):
            split = "train" if m[2] == "trl" else "val"
            rows.append((int(m[1]), split, {"loss": number(m[3], f"line {n}")}))
            if m[4] is not None:
                rows.append((int(m[1]), "lr", {"lr": number(m[4], f"line {n}")}))
    columns = {"train": "trl", "val": "tel", "lr": "lr"}
    columns = {s: c for s, c in columns.items() if any(r[1] == s for r in rows)}
    return TextLog("llmc_main_log", "llm.c main.log", rows, columns, len(rows))


def _opennmt(lines: list[str]) -> TextLog:
    """OpenNMT-py: `Step 50/100000; acc: 12.00; ppl: 26.87; xent: 3.29; lr: 1.00000; ...` per
    report and `Validation perplexity: 5.45281` per evaluation, at the step of the report before
    it. Validation prints no loss: its cross-entropy is ln(perplexity), the relation the report
    lines print (xent = ln ppl), and the perplexity is kept beside it."""
    report = re.compile(
        rf".*?\bStep\s+(\d+)\s*/\s*\d+;.*?\bxent:\s*({NUMBER})(?:;\s*lr:\s*({NUMBER}))?"
    )
    evaluation = re.compile(rf".*?\bValidation perplexity:\s*({NUMBER})\s*$")
    rows: list[Row] = []
    step = 0
    matched = 0
    for n, line in enumerate(lines, start=1):
        if m := report.match(line):
            step = int(m[1])
            rows.append((step, "train", {"loss": number(m[2], f"line {n}")}))
            if m[3] is not None:
                rows.append((step, "lr", {"lr": number(m[3], f"line {n}")}))
        elif m := evaluation.match(line):
            ppl = number(m[1], f"line {n}")
            loss = math.log(ppl) if ppl > 0 else math.nan
            rows.append((step, "val", {"loss": loss, "ppl": ppl}))
        else:
            continue
        matched += 1
    if not any(split == "train" for _, split, _ in rows):
        # Evaluations alone have no step to stand at (older versions print `Epoch 1, 50/
        # 1000;` reports, which this does not read): not this format.
        return TextLog("opennmt", "OpenNMT-py log", [], {}, 0)
    columns = {"train": "xent", "val": "ln(Validation perplexity)", "lr": "lr"}
    columns = {s: c for s, c in columns.items() if any(r[1] == s for r in rows)}
    return TextLog("opennmt", "OpenNMT-py log", rows, columns, matched)


def _fairseq(lines: list[str]) -> TextLog:
    """fairseq-train: a `train_inner` report every --log-interval updates (`epoch 001:  100 /
    1102 loss=12.54, nll_loss=12.33, ppl=5145, ..., num_updates=100, lr=1.25e-05`; older
    versions print it without the tag) and a `valid` summary per validation (`valid on 'valid'
    subset | loss 10.2 | ... | num_updates 1102`), each at its `num_updates`; with
    --log-format json the same records as JSON after the tag (`| train_inner |`, or
    fairseq-hydra-train's `[train_inner][INFO] - `). The per-epoch `train` summary
    (the epoch's mean, as the Trainer's final `train_loss`) is passed over."""
    inner = re.compile(r".*?\bepoch\s+\d+:\s+\d+\s*/\s*\d+\s+(\S+=.*)$")
    valid = re.compile(r".*?\bvalid on '[^']*' subset\s*\|(.*)$")
    # `| train_inner | {...}`, or fairseq-hydra-train's `[train_inner][INFO] - {...}`.
    tagged = re.compile(
        r".*?(?:\|\s*|\[)(train_inner|valid|train)(?:\s*\||\]\[\w+\]\s*-)\s*(\{.*\})\s*$"
    )
    assigned = re.compile(rf"(\w+)=({NUMBER})")
    piped = re.compile(rf"(\w+)\s+({NUMBER})\s*(?:\||$)")
    summary = re.compile(rf".*?\bepoch\s+\d+\s*\|\s*loss\s+{NUMBER}\s*\|")
    rows: list[Row] = []
    step = 0
    matched = 0
    for n, line in enumerate(lines, start=1):
        where = f"line {n}"
        if m := inner.match(line):
            split, fields = "train", dict(assigned.findall(m[1]))
        elif m := valid.match(line):
            split, fields = "val", dict(piped.findall(m[1]))
        elif summary.match(line) or ((m := tagged.match(line)) and m[1] == "train"):
            matched += 1  # the epoch's mean: recognised, and passed over
            continue
        elif m := tagged.match(line):
            try:
                record = json.loads(m[2])
            except ValueError:
                continue
            if not isinstance(record, dict):
                continue
            split = "train" if m[1] == "train_inner" else "val"
            prefix = "" if split == "train" else "valid_"
            fields = {k.removeprefix(prefix): v for k, v in record.items()}
        else:
            continue
        if "loss" not in fields:
            continue
        if fields.get("num_updates") is not None:
            step = int(number(fields["num_updates"], where))
        rows.append((step, split, {"loss": number(fields["loss"], where)}))
        if split == "train" and fields.get("lr") is not None:
            rows.append((step, "lr", {"lr": number(fields["lr"], where)}))
        matched += 1
    columns = {"train": "loss", "val": "valid loss", "lr": "lr"}
    columns = {s: c for s, c in columns.items() if any(r[1] == s for r in rows)}
    return TextLog("fairseq", "fairseq-train log (step = num_updates)", rows, columns, matched)


def _marian(lines: list[str]) -> TextLog:
    """Marian NMT: a report every --disp-freq updates (`Ep. 1 : Up. 500 : Sen. 721,361 : Cost
    81.87 : Time 707.45s : 9512.39 words/s : L.r. 9.3750e-06`) and, per validation, a line for
    each metric (`[valid] Ep. 1 : Up. 5000 : cross-entropy : 89.48 : new best`), at its update.
    The validation loss is its cross-entropy metric (`cross-entropy`, `ce-mean-words`, ...); the
    others (perplexity, BLEU of `translation`) are passed over: Marian's perplexity is not
    exp(cross-entropy) when the cost is summed over a sentence."""
    report = re.compile(
        rf".*?\bEp\.\s*\d+\s*:\s*Up\.\s*(\d+)\s*:.*?\bCost\s+({NUMBER})"
        rf"(?:.*?\bL\.r\.\s*({NUMBER}))?"
    )
    valid = re.compile(
        rf".*?\[valid\]\s*Ep\.\s*\d+\s*:\s*Up\.\s*(\d+)\s*:\s*([\w-]+)\s*:\s*({NUMBER})"
    )
    rows: list[Row] = []
    metric = ""
    matched = 0
    for n, line in enumerate(lines, start=1):
        where = f"line {n}"
        if m := report.match(line):
            step = int(m[1])
            rows.append((step, "train", {"loss": number(m[2], where)}))
            if m[3] is not None:
                rows.append((step, "lr", {"lr": number(m[3], where)}))
        elif m := valid.match(line):
            # Every metric's line is Marian's; the first cross-entropy metric is the loss.
            if m[2] == metric if metric else _cross_entropy(m[2]):
                metric = m[2]
                rows.append((int(m[1]), "val", {"loss": number(m[3], where)}))
        else:
            continue
        matched += 1
    columns = {"train": "Cost", "val": metric, "lr": "L.r."}
    columns = {s: c for s, c in columns.items() if any(r[1] == s for r in rows)}
    return TextLog("marian", "Marian log (step = update)", rows, columns, matched)


def _cross_entropy(metric: str) -> bool:
    """Whether a Marian validation metric is a cross-entropy (`cross-entropy`, `ce-mean`,
    `ce-mean-words`, `ce-sum`)."""
    return metric == "cross-entropy" or metric.startswith("ce-")


def _literal(text: str) -> Any:
    """Return ast.literal_eval(text), without the SyntaxWarning Python prints for text such
    as `{'epoch': 1in}` (on stderr, under the command's output) before its SyntaxError."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        return ast.literal_eval(text)


#: The Python dicts a training loop prints: its step (where it prints one), and the names
#: of its training and evaluation losses (Trainer's, and Accelerate examples' `loss/train`).
CONSOLE_STEP = ("step", "steps", "global_step")
CONSOLE_TRAIN = ("loss", "train_loss", "loss/train", "train/loss")
CONSOLE_EVAL = ("eval_loss", "val_loss", "loss/eval", "eval/loss", "val/loss")


def _trainer_console(lines: list[str]) -> TextLog:
    """Hugging Face Trainer console output: `{'loss': 0.166, 'learning_rate': 6e-05,
    'epoch': 1.0}` lines (also at the end of a progress bar's line, or after a script's own
    `Epoch 3:`), and the like of a loop that prints its step (`{'steps': 99, 'loss/train':
    9.17}`, Accelerate's examples). Without a printed step, a train log's step is the count of
    train logs so far; an evaluation takes the step of the train log before it; the summary
    (train_runtime, train_loss) is skipped. Launches appended to one file are runs apart:
    where the epoch (the dict's, else the one printed before it) or the printed step falls
    back, the count starts again."""
    found = re.compile(r"\{'[^{}]*\}")
    printed_epoch = re.compile(r"\bepoch\s*:?\s*(\d+)\b", re.IGNORECASE)
    # Python prints non-finite floats bare (nan, inf), which literal_eval does not read.
    bare = re.compile(r"(?<=: )(-?(?:nan|inf))(?=[,}])")
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    step = 0
    matched = first = last = 0  # first and last: the lines of the run's first and last values
    last_epoch = -math.inf
    columns: dict[str, str] = {}
    printed_any = False  # whether any dict printed its step
    for n, line in enumerate(lines, start=1):
        for text in found.findall(line):
            try:
                entry = _literal(bare.sub(r"'\1'", text))
            except (SyntaxError, ValueError, TypeError):  # TypeError: {[1]: 2}
                continue
            if not isinstance(entry, dict) or "train_runtime" in entry:
                continue
            where = f"line {n}"
            said = printed_epoch.search(line[: line.index(text)])
            epoch = entry.get("epoch", float(said[1]) if said else None)
            printed = next((entry[k] for k in CONSOLE_STEP if _whole(entry.get(k))), None)
            printed_any = printed_any or printed is not None
            back = printed is not None and printed < step
            if isinstance(epoch, (int, float)) and not isinstance(epoch, bool):
                back = back or epoch < last_epoch
                last_epoch = epoch
            if back and rows:
                runs.append((rows, first, last))
                rows, step, first = [], 0, n
            train = next((k for k in CONSOLE_TRAIN if k in entry), None)
            val = next((k for k in CONSOLE_EVAL if k in entry), None)
            if train is None and val is None:
                train = _loss_part(entry)
            if train is not None:
                step = printed if printed is not None else step + 1
                rows.append((step, "train", {"loss": number(entry[train], where)}))
                columns.setdefault("train", train)
                if entry.get("learning_rate") is not None:
                    rows.append((step, "lr", {"lr": number(entry["learning_rate"], where)}))
                    columns.setdefault("lr", "learning_rate")
            elif printed is not None:
                step = printed
            if val is not None:
                values = {"loss": number(entry[val], where)}
                if entry.get("perplexity") is not None:  # printed beside it (Accelerate's)
                    values["ppl"] = number(entry["perplexity"], where)
                rows.append((step, "val", values))
                columns.setdefault("val", val)
            if train is not None or val is not None:
                matched += 1
                first, last = first or n, n
    runs.append((rows, first, last))
    counted = "printed step" if printed_any else "train log count"
    fmt = f"Trainer console log (step = {counted})"
    return appended_runs("trainer_console", fmt, runs, columns, matched)


def _loss_part(entry: dict[Any, Any]) -> str | None:
    """Return the key of a printed dict's loss named by its part alone (`{'my_loss':
    Array(555.99)}` of a Penzai loop, a GAN's `{'g_loss': ..., 'd_loss': ...}`) whose value is
    a number, None when it has none."""
    # Imported here: log_fields imports training_log, which imports this module's Row.
    from lossmon.server.log_fields import loss_part, normalise

    numbers = {
        normalise(k): k
        for k, v in entry.items()
        if isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool)
    }
    part = loss_part(numbers)
    return numbers[part] if part in numbers else None


def _whole(value: Any) -> bool:
    """Whether a printed value is a whole number (a step), not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def appended_runs(
    kind: str,
    fmt: str,
    runs: list[tuple[list[Row], int, int]],
    columns: dict[str, str],
    matched: int,
) -> TextLog:
    """Return a tool's log of one or more runs appended to one file (each its rows, first and
    last line): the first run's rows, every run apart when there are several, and the columns
    of the splits some run has."""
    present = {row[1] for rows, _, _ in runs for row in rows}
    columns = {split: name for split, name in columns.items() if split in present}
    log = TextLog(kind, fmt, runs[0][0] if runs else [], columns, matched)
    if len(runs) > 1:
        log.runs = [(fmt, rows, first, last) for rows, first, last in runs]
    return log


def _deepmd_lcurve(lines: list[str]) -> TextLog:
    """DeePMD-kit's `lcurve.out`: a `#  step  rmse_val  rmse_trn  ...  lr` header, then one row
    of numbers every `disp_freq` steps: the total rmse on the current training batch
    (`rmse_trn`) and on the validation batches (`rmse_val`, `rmse` alone without validation
    data), at the file's own step. Runs appended to one file (a restart from step 0) are runs
    apart."""
    columns: list[str] = []
    runs: list[tuple[list[Row], int, int]] = []
    rows: list[Row] = []
    first = last = matched = 0
    last_step = -1
    for n, line in enumerate(lines, start=1):
        cells = line.split()
        if cells[:2] == ["#", "step"]:
            columns = cells[1:]
            continue
        if not columns or len(cells) != len(columns) or cells[0].startswith("#"):
            continue
        values = dict(zip(columns, cells, strict=True))
        where = f"line {n}"
        try:
            step = int(values["step"])
        except ValueError:
            continue
        if step <= last_step and rows:
            runs.append((rows, first, last))
            rows, first = [], 0
        last_step = step
        for split, name in (("train", "rmse_trn"), ("val", "rmse_val"), ("train", "rmse")):
            if name in values:
                rows.append((step, split, {"loss": number(values[name], where)}))
        if "lr" in values:
            rows.append((step, "lr", {"lr": number(values["lr"], where)}))
        matched += 1
        first, last = first or n, n
    runs.append((rows, first, last))
    train = "rmse_trn" if "rmse_trn" in columns else "rmse"
    fmt = "DeePMD-kit lcurve.out (step = printed step)"
    names = {"train": train, "val": "rmse_val", "lr": "lr"}
    return appended_runs("deepmd_lcurve", fmt, runs, names, matched)


def _gan_loss_log(lines: list[str]) -> TextLog:
    """pix2pix / CycleGAN `loss_log.txt` (pix2pixHD's and SPADE's too): `(epoch: 3, iters:
    400, time: 0.12, data: 0.01) G_GAN: 0.81 G_L1: 12.3 D_real: 0.41 D_fake: 0.52`. The
    training loss is the generator's objective, the sum of every term but the
    discriminator's (`D_*`), as their train.py backpropagates it. `iters` counts images within
    an epoch: step = iters plus where the epoch began (the last iters of the epochs before);
    an epoch logged again after a restart keeps its first start, so its points replace the
    earlier ones."""
    head = re.compile(r"\s*\(epoch: (\d+), iters: (\d+)(?:, [\w ]+: [\d.]+)*\)\s*(.*)")
    term = re.compile(rf"([^\W\d]\w*): ({NUMBER})(?!\S)")
    rows: list[Row] = []
    starts: dict[int, int] = {}
    end = matched = 0
    generator: list[str] = []
    for n, line in enumerate(lines, start=1):
        if not (m := head.fullmatch(line)):
            continue
        terms = [(name, value) for name, value in term.findall(m[3]) if not _discriminator(name)]
        if not terms:
            continue
        epoch, iters = int(m[1]), int(m[2])
        step = starts.setdefault(epoch, end) + iters
        end = max(end, step)
        loss = math.fsum(number(value, f"line {n}") for _, value in terms)
        rows.append((step, "train", {"loss": loss}))
        generator = generator or [name for name, _ in terms]
        matched += 1
    columns = {"train": " + ".join(generator)} if rows else {}
    fmt = "pix2pix/CycleGAN loss_log.txt (step = images seen; the generator's terms summed)"
    return TextLog("gan_loss_log", fmt, rows, columns, matched)


def _paddleclas(lines: list[str]) -> TextLog:
    """PaddleClas: `[Train][Epoch 3/300][Iter: 10/171]lr(PiecewiseDecay): 0.1, top1: 0.64,
    CELoss: 3.2, loss: 3.2, ...` every print_batch_step iterations, `[Train][Epoch 3/300][Avg]
    top1: 0.72, CELoss: 1.21, loss: 1.21` at the epoch's end (the mean over its iterations),
    and `[Eval][Epoch 5][Avg]CELoss: 0.98, loss: 0.98, top1: 0.65` per evaluation. step =
    epoch, on the `[Avg]` lines (the iteration lines' values are the running means that end
    in them); a log without `[Avg]` lines is read on its iteration lines, at epoch x
    iterations + iteration."""
    head = re.compile(r".*?\[(Train|Eval)\]\[Epoch (\d+)(?:/\d+)?\]\[(?:Iter: (\d+)/(\d+)|Avg)\]")
    loss = re.compile(rf"(?<![\w.])loss: ({NUMBER})")
    averages: list[Row] = []
    iterations: list[Row] = []
    matched = 0
    for n, line in enumerate(lines, start=1):
        if not (m := head.match(line)) or not (found := loss.search(line, m.end())):
            continue
        matched += 1
        split = "train" if m[1] == "Train" else "val"
        value = {"loss": number(found[1], f"line {n}")}
        if m[3] is None:
            averages.append((int(m[2]), split, value))
        elif split == "train":
            iterations.append(((int(m[2]) - 1) * int(m[4]) + int(m[3]) + 1, split, value))
    rows = averages if any(r[1] == "train" for r in averages) else iterations
    fmt = (
        "PaddleClas log (step = epoch)" if rows is averages else "PaddleClas log (step = iteration)"
    )
    columns = {s: "loss" for s in ("train", "val") if any(r[1] == s for r in rows)}
    return TextLog("paddleclas", fmt, rows, columns, matched)


def _vits(lines: list[str]) -> TextLog:
    """VITS' `train.log` (and its descendants': so-vits-svc, Bert-VITS2): a `Train Epoch: 3
    [56%]` line, then the list it logs beside it, `[loss_disc, loss_gen, loss_fm, loss_mel,
    (loss_dur,) loss_kl, global_step, lr]` (`[2.33, 2.69, 15.8, 28.7, 2.46, 20, 0.0001]`).
    The training loss is loss_mel, the 4th: the mel-spectrogram L1 the generator is fitted
    to (its adversarial terms rise and fall against the discriminator's), at global_step."""
    head = re.compile(r".*\bTrain Epoch: \d+ \[\s*\d+(?:\.\d*)?%\]\s*")
    listed = re.compile(rf".*?\[\s*((?:{NUMBER}\s*,\s*){{5,}}{NUMBER})\s*\]\s*")
    rows: list[Row] = []
    matched = 0
    after_head = False
    for n, line in enumerate(lines, start=1):
        if head.fullmatch(line):
            after_head = True
            continue
        if after_head and (m := listed.fullmatch(line)):
            values = [number(v, f"line {n}") for v in m[1].split(",")]
            if values[-2].is_integer():
                step = int(values[-2])
                rows.append((step, "train", {"loss": values[3]}))
                rows.append((step, "lr", {"lr": values[-1]}))
                matched += 1
        after_head = after_head and not line.strip()
    columns = {"train": "loss_mel (the list's 4th)", "lr": "lr (the list's last)"} if rows else {}
    return TextLog("vits", "VITS train.log (step = global_step)", rows, columns, matched)


def _ngcf(lines: list[str]) -> TextLog:
    """NGCF's and KGAT's log (and the recommenders written from them): `Epoch 9 [305.4s +
    92.5s]: train==[24.35039=9.99989 + 13.37466 + 0.97583], recall=[...], ...`, the epoch's
    loss as its total = its terms, the regulariser last (NGCF: mf + emb; KGAT: base + kge +
    reg). step = epoch + 1 (it counts from 0); the last term is kept as `reg`."""
    pattern = re.compile(
        rf".*?\bEpoch (\d+) \[[^\]]*\]: train==\[({NUMBER})=\s*({NUMBER}(?:\s*\+\s*{NUMBER})*)\]"
    )
    rows: list[Row] = []
    for n, line in enumerate(lines, start=1):
        if m := pattern.match(line):
            terms = [number(t, f"line {n}") for t in m[3].split("+")]
            values = {"loss": number(m[2], f"line {n}")}
            if len(terms) > 1:
                values["reg"] = terms[-1]
            rows.append((int(m[1]) + 1, "train", values))
    columns = {"train": "train==[total=...]"} if rows else {}
    return TextLog("ngcf", "NGCF/KGAT log (step = epoch + 1)", rows, columns, len(rows))


def _dl4j_score(lines: list[str]) -> TextLog:
    """Deeplearning4j's ScoreIterationListener: `... ScoreIterationListener - Score at
    iteration 40 is 0.42` every N iterations. The score is the minibatch's training loss (its
    regularisation included), at the iteration DL4J counts (from 0, across epochs)."""
    pattern = re.compile(rf".*?\bScore at iteration (\d+) is ({NUMBER})\s*$")
    rows: list[Row] = []
    for n, line in enumerate(lines, start=1):
        if m := pattern.match(line):
            rows.append((int(m[1]), "train", {"loss": number(m[2], f"line {n}")}))
    columns = {"train": "Score at iteration N"} if rows else {}
    fmt = "Deeplearning4j ScoreIterationListener (step = iteration)"
    return TextLog("dl4j_score", fmt, rows, columns, len(rows))


def _discriminator(name: str) -> bool:
    """Whether a loss term of a GAN log is its discriminator's (`D_real`, `D_A`, `D`)."""
    return name == "D" or name.startswith("D_")


# Tried in this order; on a tie in recognised lines the first wins (a nanoGPT log of
# evaluations only reads as nanoGPT, not as llm.c).
TEXT_FORMATS: tuple[Callable[[list[str]], TextLog], ...] = (
    _nanogpt,
    _modded_nanogpt,
    _llmc,
    _llmc_main_log,
    _opennmt,
    _fairseq,
    _marian,
    _trainer_console,
    _gan_loss_log,
    _deepmd_lcurve,
    _paddleclas,
    _vits,
    _ngcf,
    _dl4j_score,
)
