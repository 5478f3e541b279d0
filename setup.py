"""Build hooks (the metadata is in pyproject.toml): a wheel or sdist carries uPlot, or fails.

The dashboard draws every chart with uPlot, which comes from the npm registry (pinned by
package-lock.json, no CDN) into monitor/dashboard/static/vendor/, a folder git ignores. A
build from a clean clone takes it from node_modules/ or runs `npm ci` to get it; without npm
it stops with the fix, rather than shipping a dashboard with no charts.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "monitor" / "dashboard" / "static" / "vendor"
NPM_DIST = HERE / "node_modules" / "uplot" / "dist"
ASSETS = ("uPlot.iife.min.js", "uPlot.min.css")


def _complete(folder: Path) -> bool:
    return all((folder / name).is_file() for name in ASSETS)


def ensure_uplot() -> None:
    """Put uPlot into the package's static files, or stop the build saying how to."""
    if _complete(VENDOR):
        return
    if not _complete(NPM_DIST) and (HERE / "package-lock.json").is_file():
        npm = shutil.which("npm")
        if npm is not None:
            subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True)
    if not _complete(NPM_DIST):
        raise SystemExit(
            "lossmon: the wheel must carry uPlot (the dashboard's charts) and it is missing from "
            f"{VENDOR.relative_to(HERE)}; npm was not found to fetch it. Install Node.js/npm and "
            "run `make assets` (npm ci, pinned by package-lock.json), then build again."
        )
    VENDOR.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        shutil.copy2(NPM_DIST / name, VENDOR / name)


class BuildPy(build_py):
    def run(self) -> None:
        # An editable install links the source folder: `lossmon serve` reports a missing
        # uPlot there (with the same fix) instead of failing the developer's install.
        if not self.editable_mode:
            ensure_uplot()
        super().run()


class Sdist(sdist):
    def run(self) -> None:
        ensure_uplot()  # the sdist carries the files, so a wheel built from it needs no npm
        super().run()


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist})
