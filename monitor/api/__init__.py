"""JSON API under /api/v1, one blueprint per feature."""

from __future__ import annotations

from flask import Flask

from lossmon.server import auth
from lossmon.server.api import (
    alerts,
    channels,
    closed_loop,
    health,
    openapi,
    projects,
    runs,
    series,
)


def register(app: Flask) -> None:
    app.after_request(auth.record_token_use)
    for module in (runs, closed_loop, series, projects, alerts, channels, openapi):
        app.register_blueprint(module.bp, url_prefix="/api/v1")
    app.register_blueprint(health.bp)
