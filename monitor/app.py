"""The application factory: configuration in, a wired Flask app out. Starts no threads."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask
from werkzeug.routing import IntegerConverter

from lossmon.server import api, dashboard, db, errors, hardening, metrics
from lossmon.server.config import Config, lossmon_home
from lossmon.server.files import private_dir, write_private
from lossmon.server.models import MAX_ID


class DatabaseId(IntegerConverter):
    """`<int:...>` in routes: an id too large for the column becomes -1, which no row has,
    so the view answers its usual 404 (refusing the match would make werkzeug answer 405)."""

    def to_python(self, value: str) -> int:
        number = int(super().to_python(value))
        return number if number <= MAX_ID else -1


def _local_secret_key() -> str:
    """Return this machine's session key, kept under LOSSMON_HOME so that sessions survive a
    restart and are shared by the processes of one host (set LOSSMON_SECRET_KEY across hosts).
    """
    path = lossmon_home() / "secret_key"
    if not path.exists():
        private_dir(path.parent)
        draft = path.with_name(f".secret_key.{os.getpid()}")
        write_private(draft, secrets.token_hex(32))  # 0600 from its creation
        # link() is atomic and refuses to replace: of two processes starting at once,
        # both end up reading the one key that won.
        with contextlib.suppress(FileExistsError):
            os.link(draft, path)
        draft.unlink()
    return path.read_text().strip()


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
    app.url_map.converters["int"] = DatabaseId
    app.config["LOSSMON"] = settings
    app.config["SECRET_KEY"] = settings.secret_key or _local_secret_key()
    hardening.init_app(app, settings)  # proxy, trusted hosts, cookie flags, security headers
    # Bodies larger than the limit are refused before they are read (gzip is capped too).
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    db.init_app(app, settings.database_url)
    errors.register_error_handlers(app)
    metrics.init_app(app)
    api.register(app)
    dashboard.register(app)
    return app
