"""lossmon's service: ingest, storage, detection, alerts and dashboards for training runs."""

from __future__ import annotations

try:
    import flask  # noqa: F401
    import sqlalchemy  # noqa: F401
except ImportError as missing:  # pragma: no cover - exercised in a client-only install
    raise ImportError(
        'lossmon\'s server needs its extra: pip install "lossmon[server]"'
    ) from missing

from monitor.app import create_app

__all__ = ["create_app"]
