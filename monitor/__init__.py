"""lossmon's service: ingest, storage, detection, alerts and dashboards for training runs.

Kept light: `lossmon.server.detectors` and the command line's help import without Flask or
SQLAlchemy; `create_app` loads them on first use.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

SERVER_EXTRA = ("flask", "sqlalchemy", "alembic", "apscheduler", "numpy")

_missing = [name for name in SERVER_EXTRA if importlib.util.find_spec(name) is None]
if _missing:  # pragma: no cover - exercised in a client-only install (tests/test_packaging.py)
    raise ImportError(
        f"lossmon's server needs its extra ({', '.join(_missing)} missing): "
        'pip install "lossmon[server]"'
    )

if TYPE_CHECKING:
    from lossmon.server.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from lossmon.server.app import create_app

        return create_app
    raise AttributeError(f"module 'lossmon.server' has no attribute {name!r}")
