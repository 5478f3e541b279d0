"""Read the console logs of the translation toolkits into replay rows.

OpenNMT-py, fairseq (`fairseq-train`'s simple and json log formats) and Marian: each reports
its training loss every so many updates and its validation after each evaluation, at the
update count. One of the tools' formats :mod:`lossmon.server.log_formats` tries on a text
log. Non-finite values (`nan`, `NaN`, `inf`) are data and are kept.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

from lossmon.server.text_logs import NUMBER, Row, TextLog, number


def read_nmt_log(lines: list[str]) -> TextLog | None:
    """Return the log as the toolkit's format that recognises most of its lines reads it (the
    first of NMT_FORMATS on a tie), None when none recognises a line."""
    best = max((parse(lines) for parse in NMT_FORMATS), key=lambda p: p.matched)
    return best if best.matched else None


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
        if "Step" not in line and "Validation perplexity:" not in line:
            continue  # neither pattern's words: no slow try of `.*?\bStep` along the line
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
        if "epoch" not in line and "valid on '" not in line and "{" not in line:
            continue  # what each pattern needs (the tagged records' JSON its brace)
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
        if "Ep." not in line:
            continue  # both patterns need it
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


NMT_FORMATS: tuple[Callable[[list[str]], TextLog], ...] = (_opennmt, _fairseq, _marian)
