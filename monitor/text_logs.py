"""Read the console logs of training tools into replay rows `(step, split, values)`.

Formats: nanoGPT, modded-nanogpt, llm.c (its console and its `main.log`), the `loss_log.txt` of
pix2pix / CycleGAN (and pix2pixHD, SPADE), DeePMD-kit's `lcurve.out`, PaddleClas' log, VITS'
`train.log` and NGCF's / KGAT's log. Lines that belong to no format (banners, progress bars,
warnings) are passed over; the format that recognises the most lines is the log's. The
pieces every text format shares (NUMBER, :class:`TextLog`, :func:`number`,
:func:`appended_runs`) are here too. Labelled values as most scripts print them are
:mod:`lossmon.server.labelled_logs`', the Python dicts a Trainer prints
:mod:`lossmon.server.trainer_console`'s, the translation toolkits' (OpenNMT-py, fairseq,
Marian) :mod:`lossmon.server.nmt_logs`', the JVM libraries' prints
:mod:`lossmon.server.jvm_logs`'; :mod:`lossmon.server.log_formats` decides whether a file is a
text log at all, and which reader's it is. Non-finite values (`nan`, `NaN`, `inf`) are data
and are kept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Row = tuple[int, str, dict[str, float]]

# Each part matches one way only (`\d+(?:\.\d*)?`, not `\d+\.?\d*`): a long run of digits that
# is no number is then given up in linear time.
NUMBER = r"[-+]?(?:(?i:nan|inf(?:inity)?)|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)"
#: ANSI colour codes (`\x1b[31m`, `\x1b[38;2;180;60;0m`) of a captured console.
COLOUR = re.compile(r"\x1b\[[0-9;]*m")
#: The letters other than ASCII that a case-insensitive pattern matches with an ASCII one
#: (İ and ı with i, ſ with s, the Kelvin sign with k): `str.lower()` does not map them so.
_FOLDED_LETTERS = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold(line: str, *words: str) -> bool:
    """Whether a case-insensitive pattern that needs one of `words` (ASCII, lower case) can
    match the line.

    A cheap test before a pattern that is slow to fail (a `\\b` or a lookbehind before its
    first letter is tried at every position of the line): a line that holds none of the words
    in any case cannot match. It never says no to a line the pattern would match.
    """
    low = line.lower()
    if any(word in low for word in words):
        return True
    return not line.isascii() and any(letter in line for letter in _FOLDED_LETTERS)


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
    the log has no iter lines). Launches appended to one log (`python train.py >> log`) are
    runs apart where the count starts again from 0; a resume from a checkpoint goes on from
    its step, in the same run (the later values win)."""
    evaluation = re.compile(
        rf"\s*step (\d+): train loss ({NUMBER}), val loss ({NUMBER})", re.IGNORECASE
    )
    iteration = re.compile(rf"\s*iter (\d+): loss ({NUMBER})", re.IGNORECASE)
    launches: list[tuple[list[Row], list[Row], int, int]] = []  # iters, evals, first, last
    iters: list[Row] = []
    evals: list[Row] = []
    matched = first = last = 0
    for n, line in enumerate(lines, start=1):
        if m := iteration.match(line):
            found = [(int(m[1]), "train", {"loss": number(m[2], f"line {n}")})]
        elif m := evaluation.match(line):
            found = [(int(m[1]), "train", {"loss": number(m[2], f"line {n}")}),
                     (int(m[1]), "val", {"loss": number(m[3], f"line {n}")})]  # fmt: skip
        else:
            continue
        if found[0][0] == 0 and any(row[0] > 0 for row in (*iters, *evals)):
            launches.append((iters, evals, first, last))
            iters, evals, first = [], [], 0
        (iters if m.re is iteration else evals).extend(found)
        matched += 1
        first, last = first or n, n
    launches.append((iters, evals, first, last))
    any_iters = any(launch[0] for launch in launches)
    runs = [
        ((i or [r for r in e if r[1] == "train"]) + [r for r in e if r[1] == "val"], start, end)
        for i, e, start, end in launches
    ]
    columns = {"train": "iter N: loss" if any_iters else "step N: train loss"}
    columns["val"] = "step N: val loss"
    return appended_runs("nanogpt", "nanoGPT log", runs, columns, matched)


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


class Launches:
    """A tool's points split into runs where its counter starts again: back to (or before) the
    run's first step is a launch from the start, a run apart; back less far is a resume from a
    checkpoint, in the same run, whose later points win over those from that step on; a step
    printed again (a logger with two handlers) is kept once, the last."""

    def __init__(self) -> None:
        self.runs: list[tuple[list[Row], int, int]] = []
        self.rows: list[Row] = []
        self.first = self.last = 0

    def add(self, line: int, step: int, found: list[Row]) -> None:
        """Add the points `found` at `step`, read from `line`."""
        if self.rows and step == self.rows[-1][0]:
            self.rows = [r for r in self.rows if r[0] != step]
        elif self.rows and step <= self.rows[0][0]:
            self.runs.append((self.rows, self.first, self.last))
            self.rows, self.first = [], 0
        elif self.rows and step < self.rows[-1][0]:
            self.rows = [r for r in self.rows if r[0] < step]
        self.first = self.first or line
        self.rows.extend(found)
        self.last = line

    def done(self) -> list[tuple[list[Row], int, int]]:
        """Return the runs (each its rows, first and last line)."""
        if self.rows:
            self.runs.append((self.rows, self.first, self.last))
            self.rows, self.first = [], 0
        return self.runs


def appended_runs(
    kind: str,
    fmt: str,
    runs: list[tuple[list[Row], int, int]],
    columns: dict[str, str],
    matched: int,
) -> TextLog:
    """Return a tool's log of one or more runs appended to one file (each its rows, first and
    last line), all read alike: see :func:`described_runs`."""
    log = described_runs(kind, [(fmt, rows, first, last) for rows, first, last in runs], columns,
                         matched)  # fmt: skip
    log.format = fmt  # also where no run holds a value
    return log


def described_runs(
    kind: str,
    runs: list[tuple[str, list[Row], int, int]],
    columns: dict[str, str],
    matched: int,
) -> TextLog:
    """Return a tool's log of one or more runs in one file, each with the words saying how it
    was read (a launch read by its epoch means, another by its minibatches), its rows, first
    and last line: the first run's, every run apart when there are several, and the columns
    of the splits some run has."""
    present = {row[1] for _, rows, _, _ in runs for row in rows}
    columns = {split: name for split, name in columns.items() if split in present}
    fmt, rows = (runs[0][0], runs[0][1]) if runs else ("", [])
    log = TextLog(kind, fmt, rows, columns, matched)
    if len(runs) > 1:
        log.runs = runs
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
    earlier ones. A distributed run's fork prints its rank first and a comma after each value
    (`[Rank 0] (epoch: 1, iters: 20, ...) , D_A: 3.346, G_A: 4.885,`)."""
    head = re.compile(
        r"\s*(?:\[[Rr]ank\s*\d+\]:?\s*)?\(epoch: (\d+), iters: (\d+)(?:, [\w ]+: [\d.]+)*\)\s*(.*)"
    )
    term = re.compile(rf"([^\W\d]\w*): ({NUMBER})(?=,|\s|$)")
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
        if "][Epoch " not in line or not (m := head.match(line)):
            continue
        if not (found := loss.search(line, m.end())):
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
        if "Train Epoch: " in line and head.fullmatch(line):
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
        if "train==[" in line and (m := pattern.match(line)):
            terms = [number(t, f"line {n}") for t in m[3].split("+")]
            values = {"loss": number(m[2], f"line {n}")}
            if len(terms) > 1:
                values["reg"] = terms[-1]
            rows.append((int(m[1]) + 1, "train", values))
    columns = {"train": "train==[total=...]"} if rows else {}
    return TextLog("ngcf", "NGCF/KGAT log (step = epoch + 1)", rows, columns, len(rows))


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
    _gan_loss_log,
    _deepmd_lcurve,
    _paddleclas,
    _vits,
    _ngcf,
)
