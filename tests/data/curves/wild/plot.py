"""Plot the runs of the wild corpus: train and val loss against step, one PNG per run.

Usage: python plot.py [STEM ...]   (no argument: every <stem>.csv in this folder)

Writes plots/<stem>.png (6x3.5 in, 80 dpi). The y axis is logarithmic when the finite,
positive losses span more than two decades. Non-finite values (nan/inf) are marked with
red crosses at the top of the axes. Needs matplotlib (a corpus tool, not part of the tests).
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = Path(__file__).resolve().parent


def read_curve(path: Path) -> dict[str, list[tuple[float, float]]]:
    """Return {"train": [(step, loss), ...], "val": [...]} from a corpus CSV."""
    series: dict[str, list[tuple[float, float]]] = {"train": [], "val": []}
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            series[row["split"]].append((float(row["step"]), float(row["loss"])))
    return series


def plot_run(stem: str, out_dir: Path = HERE / "plots") -> Path:
    """Plot one run and return the PNG path."""
    series = read_curve(HERE / f"{stem}.csv")
    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=80)
    finite = [v for pts in series.values() for _, v in pts if math.isfinite(v) and v > 0]
    styles = {
        "train": dict(color="tab:blue", lw=0.8),
        "val": dict(color="tab:orange", lw=1.4, marker="o", ms=3),
    }
    bad: list[float] = []
    for split, pts in series.items():
        if not pts:
            continue
        xs = [s for s, v in pts if math.isfinite(v)]
        ys = [v for s, v in pts if math.isfinite(v)]
        bad += [s for s, v in pts if not math.isfinite(v)]
        style = dict(styles[split])
        if split == "train" and len(pts) <= 60:
            style.update(marker=".", ms=3)
        ax.plot(xs, ys, label=f"{split} ({len(pts)})", **style)
    if finite and max(finite) / min(finite) > 100:
        ax.set_yscale("log")
    if bad:
        top = ax.get_ylim()[1]
        ax.plot(bad, [top] * len(bad), "x", color="red", ms=4, label=f"non-finite ({len(bad)})")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.set_title(stem, fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"{stem}.png"
    fig.savefig(out)
    plt.close(fig)
    return out


def main(argv: list[str]) -> None:
    stems = argv or sorted(p.stem for p in HERE.glob("*.csv") if not p.name.endswith(".lr.csv"))
    for stem in stems:
        print(plot_run(stem))


if __name__ == "__main__":
    main(sys.argv[1:])
