"""Turn the values a labelled-values log printed into each run's rows: runs appended to one
log told apart, a training loop called again on its model joined to the call before, each
epoch's running mean read in place of an AverageMeter's per-batch prints, and each value's
step, from its counter or by count. :mod:`lossmon.server.labelled_logs` reads the values,
each an :class:`Entry`; this module only regroups and numbers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lossmon.server.text_logs import NUMBER, Row, number

#: The words a log's format holds where no counter numbered its values, only their count.
VALUE_COUNT = "value count"

#: ("epoch" or "step" (iter counts as step), its value, (the epoch printed beside a step
#: counter or -1, the value): the order of the line in its run).
Counter = tuple[str, int, tuple[int, int]]


@dataclass
class Entry:
    """One loss, lr or val value of a labelled log, with the counter in force at its line."""

    line: int
    split: str
    value: float
    counter: Counter | None  # None before any counter
    printed: bool  # whether the counter is printed on the value's own line


# A meter's running mean printed after its value (`Loss 0.6186 (0.6206)`: an AverageMeter's
# `{val:.4f} ({avg:.4f})`, reset each epoch, as PyTorch's ImageNet example and the person
# re-identification code written from it print it).
METER_MEAN = re.compile(rf"\s*\(\s*({NUMBER})\s*\)")
#: The fewest epochs, and prints an epoch, for which a meter's epoch means are read instead of
#: its prints: a long run printed many times an epoch, whose prints are one minibatch each.
METER_EPOCHS = 10
METER_PRINTS = 5


def epoch_means(
    entries: list[Entry],
    means: dict[tuple[int, str], str],
    train: str | None,
    val: str | None = None,
) -> list[Entry] | None:
    """Return the entries with each epoch's training values replaced by the running mean its
    last print shows (the epoch's mean loss), where every training value is a meter's under
    an epoch counter repeated over its batches' lines (`Epoch: [3][40/181] ... Loss 0.61
    (0.64)`) for at least METER_EPOCHS epochs of METER_PRINTS prints on average; None where
    the log is none such (a short run, or one printed a few times an epoch, is read on its
    prints). The other splits' values are kept, those of a dropped print's line with it;
    validation values read the same meter's running mean where every one prints it (`Test:
    [700/750] ... Loss 1.48 (1.27)`: its last print is the mean over the test set, the value
    beside it one batch)."""
    train_entries = [e for e in entries if e.split == "train"]
    if (
        train is None
        or not train_entries
        or any(
            (e.line, train) not in means or e.counter is None or e.counter[0] != "epoch"
            for e in train_entries
        )
    ):
        return None
    last: dict[int, Entry] = {}  # the last print of each epoch, by its line
    epochs: list[int] = []
    for e in train_entries:
        assert e.counter is not None
        if not epochs or e.counter[1] != epochs[-1]:
            epochs.append(e.counter[1])
        last[e.counter[1]] = e
    if len(epochs) != len(set(epochs)) or len(epochs) < METER_EPOCHS:
        return None  # an epoch printed again apart (appended runs): not this
    if len(train_entries) < METER_PRINTS * len(epochs):
        return None
    kept = {e.line for e in last.values()}
    dropped = {e.line for e in train_entries} - kept
    averaged = {"train": train}
    if val is not None and all((e.line, val) in means for e in entries if e.split == "val"):
        averaged["val"] = val
    out: list[Entry] = []
    for e in entries:
        if e.line in dropped:
            continue
        if e.split in averaged:
            mean = number(means[(e.line, averaged[e.split])], f"line {e.line}")
            e = Entry(e.line, e.split, mean, e.counter, e.printed)
        out.append(e)
    return out


def batches_over_summaries(entries: list[Entry]) -> list[Entry]:
    """Return the entries without the training values of epoch summary lines where most
    training values are batches counted within their epoch (`Epoch [2] Step [10/245] Train
    Loss: 0.61`, then `Epoch [2/40] | Train Loss: 0.47 | Val ...`): a summary's mean repeats
    its batches' values, out of their order; its evaluation is kept."""

    def summary(e: Entry) -> bool:
        return e.split == "train" and e.counter is not None and e.counter[0] == "epoch"

    train = [e for e in entries if e.split == "train"]
    batches = sum(1 for e in train if e.counter and e.counter[0] == "step" and e.counter[2][0] >= 0)
    if 2 * batches <= len(train) or not any(summary(e) for e in train):
        return entries
    return [e for e in entries if not summary(e)]


def summaries_over_batches(entries: list[Entry]) -> list[Entry]:
    """Return the entries without the training values of batch lines that print no epoch and
    whose counter starts again after an epoch summary line, and only there (Graph WaveNet's
    `Iter: 000, Train Loss: ...` lines, then `Epoch: 001, Train Loss: ..., Valid Loss:
    ...`): the batches' counter numbers no step of the run; the summaries are its epochs,
    their means over those batches."""

    def batch(e: Entry) -> bool:
        return e.counter is not None and e.counter[0] == "step" and e.counter[2][0] < 0

    train = [e for e in entries if e.split == "train"]
    if not all(batch(e) or (e.counter and e.counter[0] == "epoch") for e in train):
        return entries
    last: int | None = None  # the counter of the batch before
    summarised = restarted = False  # a summary since that batch; a restart after one
    for e in train:
        if not batch(e):
            summarised = True
            continue
        assert e.counter is not None
        if last is not None and e.counter[1] < last:
            if not summarised:
                return entries  # a run appended, or batches of another kind
            restarted = True
        last, summarised = e.counter[1], False
    if not restarted:
        return entries
    return [e for e in entries if not (e.split == "train" and batch(e))]


def split_appended(entries: list[Entry]) -> list[list[Entry]]:
    """Split the entries where a run was appended to the log: the counter of a train value
    falls below the one before it (`Epoch 1/50` again after `Epoch 50/50`; a counter repeated
    over per-batch lines is one run)."""
    segments: list[list[Entry]] = [[]]
    last: tuple[int, int] | None = None
    for e in entries:
        if e.split == "train" and e.counter is not None:
            if last is not None and e.counter[2] < last:
                segments.append([])
            last = e.counter[2]
        segments[-1].append(e)
    return [s for s in segments if s]


def continued_calls(
    segments: list[list[Entry]], seen_at: dict[int, tuple[int | None, int | None]]
) -> list[list[Entry]]:
    """Join the segments that are one model trained on by another call of its training loop:
    its step counter printed with its total starts again (`(Iteration 1 / 980)` after `(Iteration
    976 / 980)`, CS231n's Solver whose train() a cell calls again) while the epoch printed
    beside it goes on (`(Epoch 21 / 20)` after `(Epoch 20 / 20)`; a new model's run counts from
    0 again). The later call's steps go on from the earlier's total."""
    out: list[list[Entry]] = []
    offset = 0  # the totals of the calls joined so far
    call: list[Entry] = []  # the call before, as printed
    for segment in segments:
        before = out[-1] if out else None
        first = next((e for e in segment if e.split == "train"), None)
        if before is not None and first is not None and first.counter is not None:
            ended = _call_total(call, seen_at)
            epochs_before = [b for e in before if (b := seen_at[e.line][0]) is not None]
            epochs_now = [b for e in segment if (b := seen_at[e.line][0]) is not None]
            if (
                ended is not None
                and _call_total(segment, seen_at, finished=False) is not None
                and first.counter[0] == "step"
                and first.counter[1] <= 1
                and epochs_before
                and epochs_now
                and min(epochs_now) >= max(epochs_before)
            ):
                offset += ended
                out[-1] = before + [_moved(e, offset) for e in segment]
                call = segment
                continue
        offset = 0
        out.append(segment)
        call = segment
    return out


def _call_total(
    segment: list[Entry],
    seen_at: dict[int, tuple[int | None, int | None]],
    finished: bool = True,
) -> int | None:
    """Return the total every training value's step counter printed in a segment (one call's
    iterations), None where they print none or not one, or, with `finished`, where the call
    stopped before it (its last count more than one print short of the total: a restart, not
    a finished call)."""
    totals = {seen_at[e.line][1] for e in segment if e.split == "train"}
    total = totals.pop() if len(totals) == 1 else None
    counts = [e.counter[1] for e in segment if e.split == "train" and e.counter is not None]
    if total is None or (finished and (len(counts) < 2 or 2 * counts[-1] - counts[-2] < total)):
        return None
    return total


def _moved(e: Entry, offset: int) -> Entry:
    """Return an entry with its step counter moved on by `offset`."""
    if e.counter is None or e.counter[0] != "step":
        return e
    kind, count, (epoch, _) = e.counter
    return Entry(
        e.line, e.split, e.value, (kind, count + offset, (epoch, count + offset)), e.printed
    )


def steps_within_epochs(
    entries: list[Entry], seen_at: dict[int, tuple[int | None, int | None]]
) -> tuple[list[Entry], str]:
    """Return the entries numbered by global step where each training value's step counter
    restarts with the epoch printed beside it (`Epoch [2/5], Step [100/600], Loss: 0.21`, the
    PyTorch tutorials' loop; `epoch 1, iter 1000, avg. loss ...`): epoch k's step s is at
    k x the steps of an epoch + s (+ 1 where they count from 0), from the first epoch, so a
    rule's span in steps means steps. An epoch's steps: the total every such line prints
    (`/600`), else the largest step printed. An evaluation or a learning rate stands at the
    training step before it (its own counter, `Val Step [50/100]` or `Evaluating at step 600`,
    counts its batches or its epoch's steps, not the run's). Other logs come back unchanged,
    with "" for what was done."""
    train = [e for e in entries if e.split == "train"]
    counters = [e.counter for e in train]
    if not counters or any(c is None or c[0] != "step" or c[2][0] < 0 for c in counters):
        return entries, ""
    pairs = [c[2] for c in counters if c is not None]
    if not any(b[1] < a[1] for a, b in zip(pairs, pairs[1:], strict=False)):
        return entries, ""  # the counter never restarts: it is the run's own step
    totals = {seen_at.get(e.line, (None, None))[1] for e in train}
    total = totals.pop() if len(totals) == 1 else None
    per_epoch = total or max(count for _, count in pairs)
    # Batches counted from 0 (`[0/245]`) are the epoch's first step, as from 1.
    from_zero = int(min(count for _, count in pairs) == 0)
    per_epoch += from_zero and not total
    first = pairs[0][0]

    def numbered(c: Counter) -> Counter:
        at = (c[2][0] - first) * per_epoch + c[1] + from_zero
        return ("step", at, (-1, at))

    first_train = train[0].counter
    assert first_train is not None  # every training value has one (above)
    before = numbered(first_train)  # the training step an evaluation stands at
    out: list[Entry] = []
    for e in entries:
        if e.split == "train":
            assert e.counter is not None
            before = numbered(e.counter)
        out.append(Entry(e.line, e.split, e.value, before, e.printed))
    return out, f"; each epoch's step counter from {per_epoch} steps an epoch"


def labelled_rows(entries: list[Entry]) -> tuple[list[Row], str]:
    """Return the entries' rows at their steps, and how the step was read: by the counter
    when it never goes back at the train values (at every value, in a log without train
    values) and numbers most of them apart, else by the count of train values (val values, in
    a log without train values).

    A counter printed again now and then (two epochs' lines printing one global step at a
    checkpoint) still numbers the values, a step printed again keeping its last value as a
    re-sent point does; one repeated over per-batch lines (most values sharing theirs) does
    not, nor one that a line without a counter of its own (`epoch_end=1 train_loss=0.21`)
    inherits from the line before.
    """
    numbered = [e for e in entries if e.split == "train"] or entries
    counts = [e.counter[1] for e in numbered if e.counter is not None]
    pairs = list(zip(counts, counts[1:], strict=False))
    # The entries whose counter is the one before theirs again (where all have one).
    again = [e for e, (a, b) in zip(numbered[1:], pairs, strict=False) if a == b]
    if (
        counts
        and len(counts) == len(numbered)
        and all(a <= b for a, b in pairs)
        and 2 * len(again) < len(counts)
        and all(e.printed for e in again)
    ):
        counted = [(e, e.counter) for e in entries if e.counter is not None]
        # A value printed under an epoch counter in a log whose train values count steps
        # (`Epoch 1 val_loss: 0.85` after `Epoch 1 step 200 loss: 0.8`) is at the step of
        # the train value before it (of the first one, before any).
        by_step = {c[0] for e, c in counted if e.split == "train"} == {"step"}

        def moved(e: Entry, c: Counter) -> bool:
            return by_step and e.split != "train" and c[0] == "epoch"

        kinds = {c[0] for e, c in counted if not moved(e, c)}
        offset = 1 if kinds == {"epoch"} and min(counts) == 0 else 0
        before = next((c[1] for e, c in counted if e.split == "train"), 0)
        last: dict[tuple[int, str], float] = {}
        for e, c in counted:
            step = before if moved(e, c) else c[1] + offset
            if e.split == "train":
                before = step
            last[(step, e.split)] = e.value
        how = "step = epoch + 1" if offset else f"step = printed {'/'.join(sorted(kinds))}"
        if again:
            how += f"; {len(again)} printed again, their last value kept"
        return [(step, split, _metric(split, v)) for (step, split), v in last.items()], how
    counting = "train" if any(e.split == "train" for e in entries) else "val"
    # An evaluation printed before its epoch's training mean, every epoch (FuxiCTR's `[Metrics]
    # ... logloss` line just before `Train loss`): it stands at the train value after it.
    splits = [e.split for e in entries if e.split != "lr"]
    ahead = len(splits) >= 4 and splits == ["val", "train"] * (len(splits) // 2)
    rows: list[Row] = []
    step = 0
    for e in entries:
        step += e.split == counting
        at = step + 1 if ahead and e.split == "val" else step
        rows.append((max(at, 1), e.split, _metric(e.split, e.value)))
    how = f"step = {counting} {VALUE_COUNT}"
    return rows, how + ("; each val value before its train value" if ahead else "")


def _metric(split: str, value: float) -> dict[str, float]:
    return {"lr": value} if split == "lr" else {"loss": value}
