"""Settings of the service, read once from the environment (LOSSMON_*)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from lossmon.values import MAX_POINTS_PER_REQUEST, MAX_REQUEST_BYTES


def lossmon_home() -> Path:
    """Return the folder for local state: the embedded database and the client spool."""
    return Path(os.environ.get("LOSSMON_HOME", "~/.lossmon")).expanduser()


def default_database_url() -> str:
    """Return the embedded default: a SQLite file under LOSSMON_HOME."""
    return f"sqlite:///{lossmon_home() / 'lossmon.db'}"


def _flag(raw: str) -> bool:
    """Read an on/off setting: 1, true, yes, on (any case) are on; anything else is off."""
    return raw.strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Config:
    """Every setting of the service, with its environment variable in the comment."""

    database_url: str = field(default_factory=default_database_url)  # LOSSMON_DATABASE_URL
    public_url: str = ""  # LOSSMON_PUBLIC_URL: base of links in alerts; empty = request host
    dashboard_password: str = ""  # LOSSMON_DASHBOARD_PASSWORD: empty = reads need no login
    secret_key: str = ""  # LOSSMON_SECRET_KEY: signs dashboard sessions; random if empty
    max_points_per_request: int = MAX_POINTS_PER_REQUEST  # LOSSMON_MAX_POINTS_PER_REQUEST
    max_request_bytes: int = MAX_REQUEST_BYTES  # LOSSMON_MAX_REQUEST_BYTES (after gunzip too)
    web_workers: int = 2  # LOSSMON_WEB_WORKERS: gunicorn workers for `lossmon web`
    evaluate_interval_s: float = 5.0  # LOSSMON_EVALUATE_INTERVAL_S: scheduler tick
    log_level: str = "INFO"  # LOSSMON_LOG_LEVEL: of `lossmon serve|web|worker`
    notify_interval_s: float = 2.0  # LOSSMON_NOTIFY_INTERVAL_S: how often the sender looks
    notify_timeout_s: float = 10.0  # LOSSMON_NOTIFY_TIMEOUT_S: per webhook request
    notify_backoff_s: float = 10.0  # LOSSMON_NOTIFY_BACKOFF_S: first retry delay, doubling
    notify_max_backoff_s: float = 3600.0  # LOSSMON_NOTIFY_MAX_BACKOFF_S: retry delay cap
    notify_max_attempts: int = 10  # LOSSMON_NOTIFY_MAX_ATTEMPTS: then the delivery fails
    notify_flap_s: float = 300.0  # LOSSMON_NOTIFY_FLAP_S: resolutions wait this long (flapping)
    # Slow and idle clients (monitor/connections.py): what one connection may hold.
    read_timeout_s: float = 30.0  # LOSSMON_READ_TIMEOUT_S: a request must arrive whole in this
    idle_timeout_s: float = 10.0  # LOSSMON_IDLE_TIMEOUT_S: longest silence on a connection
    max_connections: int = 256  # LOSSMON_MAX_CONNECTIONS: of `lossmon serve`; then 503
    web_threads: int = 16  # LOSSMON_WEB_THREADS: threads per gunicorn worker (`lossmon web`)
    web_keepalive_s: int = 5  # LOSSMON_WEB_KEEPALIVE_S: idle keep-alive of `lossmon web`
    # LOSSMON_ALLOW_PRIVATE_CHANNELS=1: channels may send to loopback, link-local, private and
    # unique-local addresses (a receiver on this machine or network); refused by default.
    allow_private_channels: bool = False
    trusted_proxies: int = 0  # LOSSMON_TRUSTED_PROXIES: proxies in front (X-Forwarded-*)
    trusted_hosts: str = ""  # LOSSMON_TRUSTED_HOSTS: Host names accepted (comma-separated)
    # Quotas (monitor/quotas.py): each refused with a 4xx that names its setting.
    max_keys_per_request: int = 1000  # LOSSMON_MAX_KEYS_PER_REQUEST
    max_new_series_per_request: int = 500  # LOSSMON_MAX_NEW_SERIES_PER_REQUEST
    max_series_per_run: int = 2000  # LOSSMON_MAX_SERIES_PER_RUN
    max_config_bytes: int = 64 * 1024  # LOSSMON_MAX_CONFIG_BYTES: a run's config or summary
    max_config_depth: int = 32  # LOSSMON_MAX_CONFIG_DEPTH
    max_page_size: int = 1000  # LOSSMON_MAX_PAGE_SIZE: runs or alerts in one list response

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Build the settings from LOSSMON_* variables, falling back to the defaults."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = env.get(f"LOSSMON_{item.name.upper()}")
            if raw is None:
                continue
            kind = type(getattr(cls(), item.name))
            values[item.name] = _flag(raw) if kind is bool else kind(raw)
        return cls(**values)

    def with_overrides(self, overrides: Mapping[str, Any]) -> Config:
        """Return a copy with the given settings replaced (tests, CLI flags)."""
        return replace(self, **dict(overrides))
