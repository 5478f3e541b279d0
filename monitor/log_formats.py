"""Read the training logs people keep into replay rows `(step, split, {"loss": v})`.

Splits are "train", "val" and "lr" (values `{"lr": v}`), as
:mod:`lossmon.server.detectors.replay` takes them. The format is recognised from the
content, never from the file name alone:

- Hugging Face Trainer `trainer_state.json`: its `log_history`; train `loss` and val
  `eval_loss` at their `step`, lr `learning_rate`; the final summary entry is skipped.
- A CSV with a `step` column (PyTorch Lightning's CSVLogger `metrics.csv`): each series from
  its first column present, rows whose cell is empty skipped; an RL `progress.csv` at its
  environment steps (`time/total_timesteps`, `total/steps`, torch-ac's `frames`), on its value
  (critic) loss where it logs no `train/loss`. A header written again among the rows (a
  launch's, rl-starter-files') is no row.
- A CSV without one (Keras' CSVLogger, per-epoch histories): one point per epoch at
  step = epoch number starting at 1 (a 0-based `epoch` column + 1; without one, the row);
  a bare `loss` in a file named for validation is its validation loss (3D-ResNets-PyTorch's
  `val.log` beside `train.log`); columns named by their split alone in a file named for
  losses are its losses (`losses.txt`: `train,valid`); a table of a row a batch (its epoch
  repeated) at its `iter` column (3D-ResNets-PyTorch's `train_batch.log`);
  Music Transformer's `results.csv` (`Avg Eval loss` validation, `Learn rate` lr) is one;
  so is an unnamed pandas Series saved with its index (header `,0`) in a file named for
  losses.
  Ultralytics YOLO's `results.csv` (YOLOv8's, or YOLOv5's with its padded cells) is one,
  read on its classification loss (`cls_loss`; the box loss where that is 0 throughout, a
  one-class YOLOv5 model's); so is the headerless `results.txt` of YOLOv3/v5/v7, and the
  training console of `yolo train` where a notebook kept it instead (each epoch's last bar:
  :mod:`lossmon.server.ultralytics_console`).
- Flair's `loss.tsv` (:mod:`lossmon.server.nlp_logs`): TRAIN_LOSS, and DEV_LOSS else
  TEST_LOSS, at the epoch counted from 1.
- lossmon's own curve CSV (`step,split,loss,reg,ppl` and its `<stem>.lr.csv`).
- A long table, one value a row with its series named in the middle column (`Epoch,Loss,Value`),
  read as the wide table it stands for.
- A per-epoch history saved as JSON (Keras' `history.history`, or any object of per-epoch
  lists, also under `history` or `metrics`): step = epoch, from an `epoch(s)` list or the
  list index + 1; a shorter val list every k epochs where the lengths divide. An object of
  losses keyed by epoch (`{"0": 0.206, "1": 0.124}`) in a file named for losses. A DeepOBS
  result file's `test_losses` is its validation.
- A TensorBoard scalar export (`Wall time,Step,Value`): one series, learning rate or
  validation when the file name says so (lr, learning_rate; val, valid, eval, test: in
  TensorBoard's `run-<run>-tag-<tag>.csv`, the tag or else the run's last word), else
  training — the only thing a name decides.
- A W&B chart export (`Step,"<run> - train/loss","<run> - train/loss__MIN",...`): one log
  per run, its `__MIN`/`__MAX` columns passed over.
- A W&B offline run file, `run-<id>.wandb` (binary): its history rows at `_step`, read as
  JSON records (a dict logged as one value gives `key/name`), with the `wandb` package
  (:mod:`lossmon.server.wandb_logs`); where they hold no loss, the console W&B kept in it.
- A TensorBoard event file, `events.out.tfevents.*` (binary): its scalars at their steps, read
  as JSON records, with the `tensorboard` package (:mod:`lossmon.server.tensorboard_logs`);
  Keras' `train/` and `validation/` files of one run given together are one run.
- DVCLive's metric files (`dvclive/plots/metrics/train/loss.tsv`, `step<TAB>loss`): the split
  from the folders under `metrics` (`train`, else an evaluation's: `eval/`, `val/synth/`), the
  learning rate where the metric is one (`train/lr.tsv`); a `metrics` folder's files one run.
- AllenNLP's `metrics_epoch_N.json` (a file an epoch, N from 0: `training_loss`,
  `validation_loss`) at step = N + 1; a folder's files given together are one run. Its final
  `metrics.json` is a summary without history, refused with its reason.
- A headerless `step,loss` file (a step and a number a line): the training loss.
- Bare numbers (a value a line, or one comma-separated line) in a file whose name says they
  are losses (`train_loss.csv`, `val_loss.csv`, `losses.csv`): step = position, the split
  from the name — content and name together, as a list saved with `np.savetxt` or pandas.
- JSON lines (or a JSON list) of dicts with a step-like key and loss-like keys (a step that
  restarts each epoch: the records counted; values kept per split, `{"epoch": 1, "train":
  {"loss": ..}, "val": {"loss": ..}}` in prototypical networks' `trace.txt`, read as
  `train/loss`, `val/loss`); detectron2's `metrics.json` on its `total_loss`;
  Chainer's LogReport `result/log` (`main/loss`, `validation/main/loss` at `iteration`);
  MMDetection's `log.json` (its environment record passed over, `mode: val` records as val);
  records of epochs alone whose epoch goes back (BLIP's `log.txt`, launches appended): a run
  each, all read on the loss the whole file's keys give.
- A Sacred run's `metrics.json` (`{"trainLoss": {"steps", "values", "timestamps"}, ...}`: the
  training loss's steps, + 1 from 0; a validation logged at other times placed by its
  timestamp: :mod:`lossmon.server.sacred_logs`) and NVIDIA DLLogger's early `nvlog.json`
  (per-epoch lists of iterations: :mod:`lossmon.server.dllogger_logs`).
- Megatron-LM's golden values (`{"lm loss": {"start_step", "step_interval", "values"}}`, the
  writer's "nan" padding of unreached steps passed over) and MindSpeed's baseline lists.
- DeepXDE's `loss.dat` (its loss terms summed on the training and on the test points).
- Burn's (Rust) metric files, `train/epoch-N/Loss.log` and `valid/epoch-N/Loss.log` (a
  `value,count` line an iteration: step = line, the split from the folder; an epoch a file).
- Ludwig's `training_statistics.json` (per split, then per output feature: the feature's loss,
  or `combined` where several features share it).
- CatBoost's `catboost_info/learn_error.tsv` and `test_error.tsv` (`iter<TAB>metric...`): the
  objective's column (`Logloss`, `MultiClass`, `RMSE`, ...; never an accuracy or AUC beside
  it) at step = iter, training or validation from the file name (`test_error` is validation);
  an XGBoost or LightGBM `evals_result` saved as JSON (`{"validation_0": {"logloss": [...]},
  ...}`) at step = list index; `xgb.cv`'s result saved as CSV (`train-logloss-mean`,
  `test-logloss-mean`, ...: the folds' means) at step = row - 1
  (:mod:`lossmon.server.boosting_logs`, which says how an evaluation set's name gives its
  split: `dtrain`, `trn`, `learn` are training, `dvalid`, `val`, `test` validation, and of
  unnamed sets the first is training, the second validation).
- Text logs: nanoGPT, modded-nanogpt, llm.c (console and `main.log`), pix2pix / CycleGAN
  `loss_log.txt` (the generator's terms summed), PaddleClas (its `[Avg]` lines, step = epoch),
  VITS and so-vits-svc `train.log` (its mel loss at global_step), NGCF and KGAT
  (`train==[total=terms]`) (:mod:`lossmon.server.text_logs`), OpenNMT-py, fairseq (simple
  and json formats, at `num_updates`) and Marian (:mod:`lossmon.server.nmt_logs`), Trainer
  console output (Python dicts, no step: step = count of train logs:
  :mod:`lossmon.server.trainer_console`), Deeplearning4j's ScoreIterationListener (`Score at
  iteration N is X`, the training loss at iteration N) and Encog's loop (`Epoch #3
  Error:0.122`, step = epoch, + 1 counted from 0: :mod:`lossmon.server.jvm_logs`), Flair's
  `training.log` and AllenNLP's `stdout.log` (:mod:`lossmon.server.nlp_logs`), Darknet's console
  (`28: 452.6, 471.9 avg, 0.001 rate, ...`: :mod:`lossmon.server.darknet_logs`),
  torchtitan's console (`[titan] ... step: 10  loss: 10.12 ...` in ANSI colours, `validate
  step: N  loss: X`: :mod:`lossmon.server.titan_logs`), XGBoost's and LightGBM's printed
  evaluations (`[10] validation_0-logloss:0.52 ...`, `[10] training's binary_logloss:
  0.52 ...`, also behind a logging prefix; a repeated best iteration passed over; fits printed
  one after another, a k-fold loop's, each a run; `xgb.cv`'s `0.39+0.02` and `lgb.cv`'s
  `0.39 + 0.02` read on the mean: :mod:`lossmon.server.boosting_logs`), CatBoost's printed
  console (`0: learn: 0.55  test: 0.65  best: 0.65 (0)  total: ...`, learn training and test
  validation; refused where its `best:` shows a score, AUC's:
  :mod:`lossmon.server.catboost_console`), spaCy's `spacy train` table (`E  #  LOSS TOK2VEC
  LOSS NER  ENTS_F ...`: the task head's loss, summed since the row before, read per update:
  :mod:`lossmon.server.spacy_logs`), torchpack's trainer (each epoch's `+ [loss] = X`,
  `+ [loss/valid] = Y` summary, numbered across a cell output Colab cut:
  :mod:`lossmon.server.torchpack_logs`), PySlowFast's `json_stats: {...}` records (each
  epoch's `train_epoch` mean at its epoch, or its `train_iter_` records at (epoch - 1) x
  iterations + iter; launches appended to one `json_stats.log` or `stdout.log` each a run:
  :mod:`lossmon.server.slowfast_logs`), Distiller's and ai8x-training's console (each
  epoch's last `Epoch: [N][k/k]` line's `Overall Loss` and `LR`, the last line of its
  `--- validate (epoch=N)` block's `Loss`, step = N + 1: :mod:`lossmon.server.distiller_logs`),
  NVIDIA DLLogger's `DLLL {json}` lines (at iterations of the epochs before + iteration, an
  lr change's value after its arrow: :mod:`lossmon.server.dllogger_logs`), Moment-DETR's
  `[Epoch] 001 [Loss] ... loss_overall X` (its evaluation's epoch + 1:
  :mod:`lossmon.server.moment_detr_logs`), WaveRNN's `| Epoch: E/N (i/n) | Loss: X |` (a
  resumed launch continued: :mod:`lossmon.server.wavernn_logs`), P2PNet's `run_log.txt`
  (`loss/loss@E: X` and `[ep E][lr LR]` run together, step = E + 1:
  :mod:`lossmon.server.p2pnet_logs`), mljar-supervised's header-less
  `learner_fold_0_training.log` (refused where its `framework.json` names a score) and
  DeepLabCut 2's header-less `learning_stats.csv` (`iteration, loss, lr`:
  :mod:`lossmon.server.headerless_logs`), YOLACT's typed JSON lines (a session a run:
  :mod:`lossmon.server.yolact_logs`), JSON records printed among a script's other output
  where nothing else reads the text (transformers 2.x's `run_glue.py`), Coqui's Trainer console
  (`--> STEP: 99/630 -- GLOBAL_STEP: 845600` blocks of `| > loss: X (mean)` and each epoch's
  `EVAL PERFORMANCE`: :mod:`lossmon.server.coqui_logs`), a Flower server's closing history
  (`History (loss, centralized):` / `app_fit: losses_centralized [(0, X), ...]` and the fit
  metrics' loss, step = round: :mod:`lossmon.server.flower_logs`), PyTorch's NLP From Scratch
  tutorials' progress lines (`5000 5% (0m 7s) 2.6262 ...`, `1m 46s (- 24m 56s) (5000 6%)
  2.8500`: :mod:`lossmon.server.tutorial_logs`), the monitor prints of network2.py from
  Nielsen's book (`Epoch 0 training complete` and its `Cost on training data: X` / `Cost on
  evaluation data: Y`: :mod:`lossmon.server.network2_logs`), the prints of Karpathy's
  makemore lectures (`  10000/ 200000: 2.2118`, the step over the total and an unnamed
  minibatch loss: :mod:`lossmon.server.makemore_logs`), Trax's training loop (`Step 100:
  train CrossEntropyLoss |  0.2043` and the `eval` line of that loss:
  :mod:`lossmon.server.trax_logs`), BasicSR's training log and its predecessor's (`[epoch:  0,
  iter:     100, lr:(2.000e-04,)] [eta: ...] l_pix: 5.6e-02`, the total or pixel loss at the
  printed iteration: :mod:`lossmon.server.basicsr_logs`), gpt-2-simple's fine-tuning prints
  (`[10 | 28.01] loss=3.25 avg=3.19`, the minibatch's loss at the printed counter:
  :mod:`lossmon.server.gpt2_simple_logs`), EDSR-PyTorch's `log.txt` (`[Epoch 2]  Learning
  rate: 1.00e-4`, then `[1600/16000]  [L1: 4.5712]` running means: each epoch's last at its
  epoch: :mod:`lossmon.server.edsr_logs`), first-order-model's `log.txt` (`00000099)
  perceptual - 80.3; equivariance_value - 0.2`, the perceptual term at the epoch + 1:
  :mod:`lossmon.server.fomm_logs`), the TensorFlow NMT tutorial's console (`step 100 lr 1
  step-time 0.44s wps 12.75K ppl 1972.32 ...`, `eval dev: perplexity 111.58`: perplexities
  only, read as loss = ln ppl: :mod:`lossmon.server.tfnmt_logs`), the Conv-TasNet and
  Dual-Path-RNN trainers' log (`<epoch:  1, lr:1.000e-03, loss:4.434, Total time:64.2 min>`
  after `Training model ......` or `Validation model ......`: each loop's summary at its
  epoch: :mod:`lossmon.server.tasnet_logs`), robomimic's console (`Train Epoch 2` or
  `Validation Epoch 2` and an indented JSON object of that epoch's values, its `Loss`:
  :mod:`lossmon.server.robomimic_logs`), AnyNet's `training.log` (`Epoch3 [100/5909] Stage 0 =
  1.37(4.34) ...` and each epoch's `Average train loss = Stage 0 = 0.35 ...`: the last stage's
  epoch means, else its minibatches: :mod:`lossmon.server.anynet_logs`), ST-GCN's torchlight
  `log.txt` (`Training epoch: 3`, `Eval epoch: 3`, each followed by its `mean_loss`: train and
  val at epoch + 1, else its `Iter N Done. | loss:` lines: :mod:`lossmon.server.torchlight_logs`),
  and labelled values as most scripts print them (`Epoch 3 | Train Loss: 0.41 | ...`,
  :mod:`lossmon.server.labelled_logs`): the one that recognises the most lines. A tqdm
  progress bar's postfix (`42/46840 [00:20<6:05:31,  2.13it/s, lr=4.2e-6, total_loss=0.213]`,
  at the bar's count: :mod:`lossmon.server.tqdm_logs`) where no other format reads the log,
  or labelled values only by their count.
- Printed tables (:mod:`lossmon.server.printed_tables`): with `|` between cells, a Hugging
  Face model card's markdown "Training results" (`| Training Loss | Epoch | Step | Validation
  Loss |`), a script's console table (`Epoch | Train Loss | Val Loss | LR`) or MATLAB
  `trainNetwork`'s verbose table (its names over two lines, `Iteration` the step); aligned with
  spaces, fastai's progress table printed as text or a pandas DataFrame of losses; with tabs
  behind a logging record's time, fast adversarial training's epoch table (its robust losses,
  the attacked inputs' it trains on; a table a run where several runs print one); as HTML,
  fastai's progress tables kept in a blog post exported from its notebook; OpenAI logger's
  key-value tables, a table a logging step (:mod:`lossmon.server.logger_tables`: baselines',
  improved-diffusion's and DiffuSeq's consoles, Stable-Baselines3's keys under their
  headings); each read as a CSV table, where a text holds more table rows than lines of
  another format.
- A Jupyter notebook (`.ipynb`): what each code cell printed or displayed (Keras' fit
  progress, an epoch loop's prints, CS231n's Solver prints, a Trainer's or fastai's progress
  table), read as one of the formats above; one run per cell that holds a log (a loss
  function's check, a loss or two printed without a counter, is none)
  (:mod:`lossmon.server.notebook_logs`). A MATLAB Live Script (`.mlx`): each text output it
  saved (trainNetwork's verbose table, a loop's prints), read so
  (:mod:`lossmon.server.live_script_logs`). An HTML page (a blog post, a documentation site):
  the text it shows, where nothing reads its HTML (:mod:`lossmon.server.html_pages`).

A PyTorch tensor printed in place of its number (`tensor(3.13, device='cuda:0')`) is read as
that number, and so is a JAX, NumPy or TensorFlow scalar (`Array(3.13, dtype=float32)`).
Text is UTF-8 (or UTF-16 with its mark), else GB18030 (GBK).

Where nothing names a loss, a split's total (`train_total`, `valid_total`: the sum of the loss
terms beside it) is its loss, unless its values are whole numbers (a count's).

CSVs may be tab-separated and may carry pandas' unnamed index column; a cell `NA` (or `N/A`,
`NULL`, ...) is missing, as R and pandas write it. Losses named by their part alone
(`recon_loss` beside `kld`) are read on their total, else the first. gzip-compressed files
are read as their content.

Non-finite values (`nan`, `NaN`, `inf`) are data and are kept.

This module opens a file, decides which format it is, and checks and orders what was read;
:mod:`lossmon.server.json_logs`, :mod:`lossmon.server.csv_logs`,
:mod:`lossmon.server.headerless_logs`, :mod:`lossmon.server.boosting_logs` and the text log
modules read the formats, each into a :class:`lossmon.server.training_log.Log`.
"""

from __future__ import annotations

import bz2
import gzip
import itertools
import lzma
import math
import re
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from lossmon.server import (
    anynet_logs,
    basicsr_logs,
    boosting_logs,
    catboost_console,
    coqui_logs,
    csv_logs,
    darknet_logs,
    deepxde_logs,
    distiller_logs,
    dllogger_logs,
    edsr_logs,
    flower_logs,
    fomm_logs,
    gpt2_simple_logs,
    headerless_logs,
    html_pages,
    json_logs,
    jvm_logs,
    labelled_logs,
    live_script_logs,
    logger_tables,
    makemore_logs,
    moment_detr_logs,
    network2_logs,
    nlp_logs,
    nmt_logs,
    notebook_logs,
    p2pnet_logs,
    printed_tables,
    robomimic_logs,
    slowfast_logs,
    spacy_logs,
    tasnet_logs,
    tensorboard_logs,
    text_logs,
    tfnmt_logs,
    titan_logs,
    torchlight_logs,
    torchpack_logs,
    tqdm_logs,
    trainer_console,
    trax_logs,
    tutorial_logs,
    ultralytics_console,
    wandb_logs,
    wavernn_logs,
)
from lossmon.server.text_logs import Row as Row
from lossmon.server.training_log import EXPECTED, Log, LogError

#: The largest step kept: a float holds every whole number up to it, and the store's
#: 64-bit integers hold it.
MAX_STEP = 2**53
#: Compressed files read as they are: (name, magic bytes, decompress).
COMPRESSIONS: tuple[tuple[str, tuple[bytes, ...], Callable[[bytes], bytes]], ...] = (
    ("gzip", (b"\x1f\x8b",), gzip.decompress),
    ("xz", (b"\xfd7zXZ\x00",), lzma.decompress),
    ("bzip2", tuple(b"BZh%d" % level for level in range(1, 10)), bz2.decompress),
)

#: Kinds read from a CSV table, whose rows are kept as they are.
TABLES = frozenset(
    {"lightning_csv", "keras_csv", "ultralytics_csv", "wandb_csv", "curve_csv", "named_table"}
)


def read_logs(path: Path) -> list[Log]:
    """Read a training log whatever its format: one Log per run the file holds (several only
    where runs were appended to one history file). Raise LogError when it is none of them."""
    data = path.read_bytes()
    compression = next(
        (name for name, magic, _ in COMPRESSIONS if data.startswith(magic)), None
    )  # fmt: skip
    compressed = compression is not None
    try:
        raw = next(
            (open_(data) for name, _, open_ in COMPRESSIONS if name == compression), data
        )  # fmt: skip
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as error:
        # A damaged file raises any of these, depending on where it breaks.
        raise LogError(f"{path.name}: a damaged {compression} file ({error})") from None
    wandb = wandb_logs.is_wandb(raw)  # binary, read as such
    events = not wandb and tensorboard_logs.is_event_file(raw)
    live = not (wandb or events) and live_script_logs.is_live_script(raw)
    text = None if wandb or events or live else _decode(raw)
    if text is None and not (wandb or events or live):
        what = (
            f"a {compression} file whose content is not text" if compressed else "not a text file"
        )
        raise LogError(f"{path.name}: {what}; expected {EXPECTED}")
    try:
        if text is not None:
            logs = _read(path, text)
        elif events:
            logs = tensorboard_logs.read_event_file(raw, path.absolute().parent.name)
        elif live:
            logs = _live_script(path, raw)
        else:
            logs = _wandb(path, raw)
    except LogError as error:
        raise LogError(f"{path.name}: {error}") from None
    if compressed:
        for log in logs:
            log.format = f"{log.format}, {compression}"
    order = {"train": 0, "lr": 1}
    for log in logs:
        if not log.rows:
            raise LogError(f"{path.name}: read as {log.format}, but it holds no loss values")
        far = next((r[0] for r in log.rows if abs(r[0]) > MAX_STEP), None)
        if far is not None:
            raise LogError(f"{path.name}: read as {log.format}, but step {far:.3g} is beyond 2**53")
        # Stable: rows of one step and split keep the file's order. In a log of records (a
        # log appended to after a restart, LLaMA-Factory's repeated records) a step written
        # again keeps its latest value, as a client's re-sent point does; a CSV's rows stay
        # (its step may restart each epoch).
        if log.kind not in TABLES:
            log.rows = list({(r[0], r[1]): r for r in log.rows}.values())
        log.rows.sort(key=lambda r: (r[0], order.get(r[1], 2)))
    return logs


#: Encodings tried in turn: UTF-8, then GB18030 (GBK's superset: a log written on a
#: Chinese-locale Windows machine, its numbers ASCII either way). UTF-16 when its byte-order
#: mark says so (what Windows PowerShell's `>` writes).
ENCODINGS = ("utf-8-sig", "gb18030")


#: Runs of NUL bytes a text log may hold: what an interrupted write leaves (a job killed
#: while its file was extended: a line of NULs, a padded tail). A binary file holds more.
NUL_RUNS = 8
#: …or one run in this many bytes of a longer log: a crashing job's workers each leave one
#: (ten single NULs among the segmentation-fault lines ending a 600 KB VITS log, ysp04); a
#: binary file has one every few hundred bytes.
NUL_SPACING = 4096
_NULS = re.compile(rb"\x00+")
#: A run of NUL bytes with what it cut: the unfinished line before it and any fragment after
#: it up to the next line's end.
_NULLED_LINE = re.compile(rb"[^\n]*\x00+[^\n]*")


def _decode(raw: bytes) -> str | None:
    """Return the file's text, None when it is no text (a binary file: NUL bytes throughout,
    or bytes no encoding above reads; a tar archive, whose NUL-padded headers are few). Runs of
    NUL bytes in UTF-8 text (an interrupted write's: NUL_RUNS, or one per NUL_SPACING bytes) are
    passed over with the unfinished line each cut, whose last number may be cut short too: the
    text around them is read."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in raw:
        if raw[257:262] == b"ustar":
            return None
        allowed = max(NUL_RUNS, len(raw) // NUL_SPACING)
        runs = sum(1 for _ in itertools.islice(_NULS.finditer(raw), allowed + 1))
        if runs > allowed:
            return None
        try:
            _NULS.sub(b"", raw).decode("utf-8-sig")  # all but the NULs is text
            return _NULLED_LINE.sub(b"", raw).decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


# A PyTorch tensor printed where its number was meant (`tensor(3.1304, device='cuda:0',
# grad_fn=<DivBackward0>)` in a CSV cell, a JSON string or a log line): its number. So is a
# JAX array's (`Array(555.9983, dtype=float32)`), a NumPy scalar array's (`array(0.52,
# dtype=float32)`) and a TensorFlow tensor's (`tf.Tensor(0.52, shape=(), dtype=float32)`).
_TENSOR_REPR = re.compile(
    rf"(?:\b(?:tensor|Array|array)\(\s*({text_logs.NUMBER})\s*(?:,[^()\n]*)?\)"
    rf"|\btf\.Tensor\(\s*({text_logs.NUMBER})\s*,\s*shape=\(\)\s*(?:,[^()\n]*)?\))"
)
_REPRS = ("tensor(", "Array(", "array(", "tf.Tensor(")


def _read(path: Path, text: str) -> list[Log]:
    if any(r in text for r in _REPRS):  # most logs have none: no pass of the pattern over them
        text = _TENSOR_REPR.sub(lambda m: m[1] or m[2], text)
    lines = text.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    if not first:
        raise LogError(f"the file is empty; expected {EXPECTED}")
    if first[0] == "{" and (notebook := notebook_logs.parse_notebook(text)) is not None:
        return _notebook(path, notebook)
    if (first[0] in "{[" or _launched(lines)) and (
        logs := json_logs.read_json(text, lines, path.name)
    ) is not None:
        return logs
    if (flair := nlp_logs.read_flair_tsv(lines)) is not None:
        return [flair]
    if boosting_logs.is_catboost(lines):
        return [boosting_logs.read_catboost(path.name, lines)]
    if csv_logs.is_table(lines):
        return csv_logs.read_table(path, text)
    if (logs := headerless_logs.read_headerless(path, lines)) is not None:
        return logs
    try:
        return _text_log(path, lines)
    except LogError:
        if (records := _records_among_output(path, lines)) is not None:
            return records
        if html_pages.is_page(text):
            return _page(path, text)
        if (histories := _histories_among_output(path, lines)) is not None:
            return histories
        broken = json_logs.json_error(text) if first[0] in "{[" else None
        if broken is None:
            raise
        raise LogError(f"it starts as JSON, but {broken}; nothing was read") from None


def _page(path: Path, html: str) -> list[Log]:
    """Read the text an HTML page shows (a console pasted into a blog post, each line in a
    highlighter's `<span>`), as a file; LogError, saying it is a page, where that holds none."""
    try:
        logs = _read(path, html_pages.page_text(html))
    except LogError as error:
        raise LogError(f"an HTML page whose text {str(error).removeprefix('the file ')}") from None
    for log in logs:
        log.format = f"{log.format} in an HTML page"
    return logs


#: JSON records a log needs among its other output to be read from them.
RECORDS_AMONG_OUTPUT = 3


def _records_among_output(path: Path, lines: list[str]) -> list[Log] | None:
    """Read the JSON records a script printed among its other output, where nothing else reads
    the text: transformers 2.x's examples (`run_glue.py` and its forks: DNABERT) print
    `{"learning_rate": ..., "loss": ..., "step": 100}` each logging step between progress bars
    and their own prints. None where too few lines are records or they hold no run."""
    records = [
        line.strip()
        for line in lines
        if line.lstrip().startswith("{") and line.rstrip().endswith("}")
    ]
    if len(records) < RECORDS_AMONG_OUTPUT:
        return None
    try:
        logs = json_logs.read_json("\n".join(records), records, path.name)
    except LogError:
        return None
    for log in logs or []:
        log.format = f"JSON records among other output, read as {log.format}"
    return logs or None


#: Printed lines a text's histories are looked for in (each is parsed: a bound on the cost).
MAX_PRINTED_HISTORIES = 200
#: A label that says the dict is a setting, not a history (`LOSS_WEIGHTS  {...}`, `splits:`,
#: `cfg = {...}`).
_SETTING_DICT = re.compile(
    r"(?:config|cfg|setting|param|arg|option|weight|split|ratio|scale|coef|factor)\w*\s*[:=]?\s*$",
    re.IGNORECASE,
)


def _histories_among_output(path: Path, lines: list[str]) -> list[Log] | None:
    """Read the histories a script printed, each on one line, among its other output, where
    nothing else reads the text: `print(history.history)` after Keras' fit, `train history:
    {'loss': [...], 'val_loss': [...]}`, a logger's INFO line holding one. One run a history
    of two points or more holding a fraction (a setting's lists of whole numbers is none, nor
    is a dict a setting's name labels); a history printed again with more epochs replaces the
    one before. None where no line holds one."""
    logs: list[Log] = []
    tried = 0
    for line in lines:
        start = line.find("{")
        if start < 0 or not line.rstrip().endswith("}") or "[" not in line[start:]:
            continue
        if "loss" not in line.lower() or _SETTING_DICT.search(line[:start]):
            continue
        tried += 1
        if tried > MAX_PRINTED_HISTORIES:
            break
        printed = line[start:].strip()
        try:
            read = json_logs.read_json(printed, [printed], path.name)
        except LogError:
            continue
        for log in read or []:
            if max(log.points("train"), log.points("val")) < 2 or not _fractional(log):
                continue  # one epoch's history (a warm-up's fit), or a setting's numbers
            if logs and _extends(log, logs[-1]):
                logs.pop()  # the history printed again, an epoch longer
            log.format = f"a history printed among other output, read as {log.format}"
            logs.append(log)
    return logs or None


def _fractional(log: Log) -> bool:
    """Whether a log's losses hold a number that is no whole number."""
    return any(
        not float(value).is_integer()
        for _, split, values in log.rows
        if split != "lr"
        for value in values.values()
    )


def _extends(log: Log, before: Log) -> bool:
    """Whether `log` holds every row of `before` and more (a history printed each epoch)."""
    return len(log.rows) > len(before.rows) and log.rows[: len(before.rows)] == before.rows


def _launched(lines: list[str]) -> bool:
    """Whether the text is JSON lines but for a few lines between them (JSON lines appended
    launch after launch, each after its command line: Barlow Twins' `stats.txt`)."""
    filled = [line.lstrip() for line in lines if line.strip()]
    others = sum(not line.startswith("{") for line in filled)
    return others <= json_logs.LAUNCH_LINES * len(filled)


def _notebook(path: Path, notebook: dict[str, Any]) -> list[Log]:
    """Read each code cell's outputs as files of their own: one Log per run found. A run shown
    again in another output (a history table after the fit's prints) is read once; a pair of
    numbers a cell printed (`len()`s) is no log, nor is a loss function's check. Where no
    output holds a run, the Markdown cells' fenced blocks are read so (a console pasted there).
    """
    unread: list[str] = []  # why outputs that speak of a loss were not read
    logs = _notebook_texts(path, notebook_logs.cell_outputs(notebook), "", unread)
    if not logs:
        logs = _notebook_texts(path, notebook_logs.markdown_blocks(notebook), "Markdown ", [])
    if not logs:
        # Which outputs spoke of a loss, and why each was refused, says more than every
        # format lossmon reads.
        why = f" ({'; '.join(unread[:3])})" if unread else " (no output names a loss)"
        raise LogError(
            f"a Jupyter notebook whose cell outputs hold no training log{why}; expected a cell "
            "printing one (Keras' fit progress, epoch prints with their losses, a Trainer's or "
            "fastai's progress table)"
        )
    return [log for _, log in logs]


def _wandb(path: Path, raw: bytes) -> list[Log]:
    """Read a W&B run file's history; where it holds no loss, what the run printed (its
    console, which W&B keeps in the file) as a file; the history's error where neither does."""
    try:
        return wandb_logs.read_wandb(raw)
    except LogError as error:
        console = wandb_logs.console_text(raw)
        if not console.strip():
            raise
        try:
            logs = _read(path, console)
        except LogError:
            raise error from None
    for log in logs:
        log.format = f"{log.format} in a W&B run file's console"
    return logs


def _live_script(path: Path, raw: bytes) -> list[Log]:
    """Read each text output a MATLAB Live Script saved as a file of its own, as a notebook's
    cells are (`_notebook`): one Log per run found."""
    unread: list[str] = []
    texts = live_script_logs.text_outputs(raw)
    logs = _notebook_texts(path, texts, "", unread, ("a MATLAB Live Script", "output"))
    if not logs:
        why = f" ({'; '.join(unread[:3])})" if unread else " (no output names a loss)"
        raise LogError(
            f"a MATLAB Live Script whose saved outputs hold no training log{why}; expected an "
            "output printing one (trainNetwork's verbose table, epoch prints with their losses)"
        )
    return [log for _, log in logs]


def _notebook_texts(
    path: Path,
    texts: list[tuple[int, int, str]],
    kind: str,
    unread: list[str],
    container: tuple[str, str] = ("a Jupyter notebook", "cell"),
) -> list[tuple[tuple[int, int], Log]]:
    """Read each of a notebook's texts (a cell's outputs, or its Markdown's fenced blocks) as a
    file of its own; `unread` gathers why those that speak of a loss were not read. The
    container names the document and its parts (a Live Script's outputs)."""
    document, part = container
    logs: list[tuple[tuple[int, int], Log]] = []
    for number, piece, text in texts:
        try:
            found = _read(path, text)
        except LogError as error:
            if "loss" in text.lower():
                unread.append(f"{part} {number}: {str(error).split('; expected ')[0]}")
            continue  # a cell that printed something else
        for log in found:
            if _loss_check(log):
                unread.append(f"{part} {number}: a loss function's check, no training run")
                continue
            if log.kind == "step_loss" or any(
                where != (number, piece) and _same_run(log, earlier) for where, earlier in logs
            ):
                continue
            log.format = f"{log.format} in {document}" + (f"'s {kind}{part}" if kind else "")
            log.part = f"{part} {number}" + (f", {log.part}" if log.part else "")
            logs.append(((number, piece), log))
    return logs


#: The fewest training values a notebook cell prints without a counter that make a log.
NOTEBOOK_UNCOUNTED_MIN = 3


def _loss_check(log: Log) -> bool:
    """Whether a cell's labelled values are a loss function's check, not a run: fewer than
    NOTEBOOK_UNCOUNTED_MIN values with no counter printed (CS231n's `Testing svm_loss:` /
    `loss: 9.0` and `Testing softmax_loss:` / `loss: 2.30`, `Initial loss: 2.30`), each
    compared with the value the exercise expects. A file of them alone is still read."""
    return (
        log.kind == "labelled"
        and labelled_logs.VALUE_COUNT in log.format
        and log.points("train") < NOTEBOOK_UNCOUNTED_MIN
    )


def _same_run(log: Log, other: Log) -> bool:
    """Whether two logs hold the same points, to the digits the shorter print keeps."""
    if [r[:2] for r in log.rows] != [r[:2] for r in other.rows]:
        return False
    return all(
        set(a[2]) == set(b[2]) and all(_close(a[2][k], b[2][k]) for k in a[2])
        for a, b in zip(log.rows, other.rows, strict=True)
    )


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=2e-3, abs_tol=1e-4) or (math.isnan(a) and math.isnan(b))


def _text_log(path: Path, lines: list[str]) -> list[Log]:
    """Read a text log as the format that recognises most of its lines: a tool's, or
    labelled values (which need LABELLED_MIN_LINES lines, and lose a tie: they read a nanoGPT
    or llm.c log's lines too), or the tables it prints (a model card's training results, a
    script's console table). One stray line of a tool's format (`val loss 1.9`, `iter 3:
    loss 1.8`) in a log of labelled values does not make the log that tool's. A tqdm bar's
    postfix is read where no format reads the log, or labelled values only by their count."""
    try:
        found = [
            text_logs.read_text_log(lines),
            nmt_logs.read_nmt_log(lines),
            trainer_console.read_trainer_console(lines),
            jvm_logs.read_dl4j_score(lines),
            jvm_logs.read_encog(lines),
            darknet_logs.read_darknet(lines),
            nlp_logs.read_nlp_log(lines),
            titan_logs.read_titan(lines),
            boosting_logs.read_boosting_log(lines),
            catboost_console.read_catboost_console(lines),
            spacy_logs.read_spacy(lines),
            torchpack_logs.read_torchpack(lines),
            slowfast_logs.read_slowfast(lines),
            distiller_logs.read_distiller(lines),
            dllogger_logs.read_dllogger(lines),
            moment_detr_logs.read_moment_detr(lines),
            wavernn_logs.read_wavernn(lines),
            p2pnet_logs.read_p2pnet(lines),
            coqui_logs.read_coqui(lines),
            flower_logs.read_flower(lines),
            tutorial_logs.read_tutorial(lines),
            network2_logs.read_network2(lines),
            makemore_logs.read_makemore(lines),
            trax_logs.read_trax(lines),
            basicsr_logs.read_basicsr(lines),
            gpt2_simple_logs.read_gpt2_simple(lines),
            edsr_logs.read_edsr(lines),
            fomm_logs.read_fomm(lines),
            tfnmt_logs.read_tfnmt(lines),
            tasnet_logs.read_tasnet(lines),
            robomimic_logs.read_robomimic(lines),
            anynet_logs.read_anynet(lines),
            torchlight_logs.read_torchlight(lines),
            deepxde_logs.read_deepxde_console(lines),
            ultralytics_console.read_ultralytics(lines),
        ]
        labelled = labelled_logs.read_labelled_log(lines)
    except ValueError as error:
        raise LogError(str(error)) from None
    # The tool's format that recognises the most lines (the first on a tie), if any; one whose
    # lines hold no loss (CatBoost printing a score) only where no other holds one, to say why.
    tool = max(
        (t for t in found if t and t.matched),
        key=lambda t: (bool(t.rows or t.runs), t.matched),
        default=None,
    )
    matched = labelled.matched
    beaten = tool.matched if tool and (tool.rows or tool.runs) else 0
    if matched >= labelled_logs.LABELLED_MIN_LINES and matched > beaten:
        read: text_logs.TextLog | None = labelled
    else:
        read = tool
    if read is None or (read is labelled and labelled_logs.VALUE_COUNT in read.format):
        # A progress bar's postfix counts its values by the bar's own count: read where
        # nothing else is, or where labelled values had no counter but their number (the
        # bar's redraws, a traceback's `Loss is NaN`). Where the log prints its values with
        # a counter (an epoch's summary), those are the log, not the bar's running values.
        bars = tqdm_logs.read_tqdm(lines)
        if bars.matched >= labelled_logs.LABELLED_MIN_LINES:
            read = bars
    tables = _printed_tables(path, lines)
    if tables and sum(len(log.rows) for log in tables) > (read.matched if read else 0):
        return tables
    if read is None:
        raise LogError(f"not a training log lossmon can read; expected {EXPECTED}")
    if not read.runs:
        return [Log(read.kind, read.format, read.rows, read.columns)]
    logs = []
    for n, (fmt, rows, first, last) in enumerate(read.runs, start=1):
        columns = {s: c for s, c in read.columns.items() if any(r[1] == s for r in rows)}
        log = Log(read.kind, fmt, rows, columns)
        log.part = f"run {n} of {len(read.runs)} (lines {first}-{last})"
        logs.append(log)
    return logs


def _printed_tables(path: Path, lines: list[str]) -> list[Log]:
    """Return the training logs among the tables the text prints, each read as a CSV table
    (one that is no training log, a table of settings or of results, is passed over). A
    cell's colour (nolearn paints each best loss) is no part of its value."""
    logs: list[Log] = []
    if any("\x1b[" in line for line in lines):
        lines = [text_logs.COLOUR.sub("", line) for line in lines]
    found = printed_tables.tables(lines) if any("|" in line for line in lines) else []
    tabbed = (
        printed_tables.tables(lines, tabbed=True) if any("\t" in line for line in lines) else []
    )
    # A tabbed table is read as such, not again as an aligned one (its cells padded by spaces).
    found += [
        table
        for table in printed_tables.tables(lines, aligned=True)
        if not any(table[0] <= other[1] and other[0] <= table[1] for other in tabbed)
    ]
    found += tabbed
    if any("<table" in line.lower() for line in lines):
        found += notebook_logs.html_tables("\n".join(lines))
    named = [("a printed table", *table) for table in found]
    if any(line.lstrip().startswith("|") for line in lines):
        named += [("OpenAI logger's key-value tables", *t) for t in logger_tables.tables(lines)]
    for what, first, last, table in named:
        try:
            read = csv_logs.read_table(path, table)
        except LogError:
            continue
        for log in read:
            log.format = f"{what} read as {log.format}"
            log.part = f"lines {first}-{last}" + (f", {log.part}" if log.part else "")
        logs += read
    if len(logs) > 1:
        for n, log in enumerate(logs, start=1):
            log.part = f"{log.part} ({n} of {len(logs)})"
    return logs


def series_of(log: Log) -> Mapping[str, dict[int, float]]:
    """Return the log's points by the client's keys: train/loss, val/loss (and train/reg,
    train/ppl, ... where a curve CSV has them), lr. A step logged twice keeps the later value."""
    out: dict[str, dict[int, float]] = {}
    for step, split, values in log.rows:
        for metric, value in values.items():
            key = "lr" if split == "lr" else f"{split}/{metric}"
            out.setdefault(key, {})[step] = value
    return out
