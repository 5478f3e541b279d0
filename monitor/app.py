"""The application factory: configuration in, a wired Flask app out. Starts no threads."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask

from monitor import api, dashboard, db, errors
from monitor.config import Config


def create_app(config: Config | Mapping[str, Any] | None = None) -> Flask:
    """Build the service: settings from the environment, then `config` on top of them.

    The scheduler is not started here (STYLE.md): every gunicorn worker would run every job.
    `lossmon serve` and `lossmon worker` start it.
    """
    if isinstance(config, Config):
        settings = config
    else:
        settings = Config.from_env().with_overrides(config or {})
    app = Flask(__name__, static_folder="dashboard/static", static_url_path="/static")
    app.config["LOSSMON"] = settings
    app.config["SECRET_KEY"] = settings.secret_key or secrets.token_hex(32)
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    # Bodies larger than the limit are refused before they are read (gzip is capped too).
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    db.init_app(app, settings.database_url)
    errors.register_error_handlers(app)
    api.register(app)
    dashboard.register(app)
    return app
