"""The dashboard's vendored front-end files (uPlot), which builds must not forget."""

from __future__ import annotations

from importlib.resources import files

#: Copied from npm's `uplot` by `make assets` (or by the wheel build, setup.py).
UPLOT = ("dashboard/static/vendor/uPlot.iife.min.js", "dashboard/static/vendor/uPlot.min.css")
FIX = (
    "run `make assets` in a clone (npm ci, pinned by package-lock.json), or install a wheel "
    "built by `python -m build`, which carries it"
)


def missing() -> list[str]:
    """Return the vendored files that are not installed (empty when the dashboard is whole)."""
    package = files("lossmon.server")
    return [path for path in UPLOT if not package.joinpath(path).is_file()]


def problem() -> str | None:
    """Say why run pages would have no charts, with the fix, or return None."""
    absent = missing()
    if not absent:
        return None
    return f"uPlot is missing ({', '.join(absent)}): run pages would draw no charts; {FIX}"
