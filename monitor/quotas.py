"""Quotas: how much one request or one run may ask of the service, each a documented setting.

Each check raises ApiError with a clear 4xx naming the setting, before anything is written:
- LOSSMON_MAX_KEYS_PER_REQUEST (413): distinct series keys in one points request;
- LOSSMON_MAX_NEW_SERIES_PER_REQUEST (413): keys a run has not seen yet, in one request;
- LOSSMON_MAX_SERIES_PER_RUN (409): series of one run, all requests together;
- LOSSMON_MAX_CONFIG_BYTES and LOSSMON_MAX_CONFIG_DEPTH (400): a run's config and summary;
- run names, client run ids, project names and tags: no control or format characters (400);
- LOSSMON_MAX_PAGE_SIZE (400 past it): the longest page of a list (runs, alerts).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lossmon.server.config import Config
from lossmon.server.errors import ApiError, bad_request
from lossmon.server.models import Series
from lossmon.server.wire import dumps

# Control (Cc), format (Cf: bidi overrides, zero-width), line and paragraph separators.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}


def check_text(field: str, value: str) -> None:
    """Refuse a name with characters that hide, reorder or break what is shown of it."""
    for index, char in enumerate(value):
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise bad_request(
                f'"{field}" may not contain control or format characters '
                f"(U+{ord(char):04X} at index {index})",
                [{"field": field, "index": index}],
            )


def _depth(value: Any, limit: int) -> int:
    """Return the nesting depth of `value`, counting no further than limit + 1."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > limit:
                return level
            children: Iterable[Any] = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def check_document(field: str, value: Any, settings: Config) -> None:
    """Refuse a config or summary too deep or too large to store and show, or that holds a
    NUL character (which PostgreSQL's JSON cannot)."""
    if _depth(value, settings.max_config_depth) > settings.max_config_depth:
        raise bad_request(
            f'"{field}" is nested deeper than {settings.max_config_depth} levels '
            "(LOSSMON_MAX_CONFIG_DEPTH)",
            [{"field": field, "limit": settings.max_config_depth}],
        )
    if _has_nul(value):
        # PostgreSQL's JSON cannot hold a NUL character: refused here, never a 500 later.
        raise bad_request(
            f'"{field}" holds a NUL character (\\u0000) in a key or a string',
            [{"field": field}],
        )
    size = len(dumps(value))
    if size > settings.max_config_bytes:
        raise bad_request(
            f'"{field}" is {size} bytes as JSON; the limit is {settings.max_config_bytes} '
            "(LOSSMON_MAX_CONFIG_BYTES)",
            [{"field": field, "limit": settings.max_config_bytes}],
        )


def _has_nul(value: Any) -> bool:
    """Whether a JSON document (depth already bounded) holds a NUL in a key or a string."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def check_keys(keys: Iterable[str], settings: Config) -> None:
    """Refuse a points request with more distinct keys than LOSSMON_MAX_KEYS_PER_REQUEST."""
    count = len(set(keys))
    if count > settings.max_keys_per_request:
        raise ApiError(
            413,
            "too_many_keys",
            f"{count} series keys in one request; the limit is {settings.max_keys_per_request} "
            "(LOSSMON_MAX_KEYS_PER_REQUEST)",
        )


def check_new_series(session: Session, run_id: int, new: int, settings: Config) -> None:
    """Refuse `new` series (keys the run does not have yet) when they would give the run too
    many, in this request or in all."""
    if not new:
        return
    if new > settings.max_new_series_per_request:
        raise ApiError(
            413,
            "too_many_new_series",
            f"{new} new series in one request; the limit is "
            f"{settings.max_new_series_per_request} (LOSSMON_MAX_NEW_SERIES_PER_REQUEST)",
        )
    existing = session.scalar(select(func.count()).where(Series.run_id == run_id)) or 0
    if existing + new > settings.max_series_per_run:
        raise ApiError(
            409,
            "series_quota",
            f"the run has {existing} series and this request adds {new}; the limit is "
            f"{settings.max_series_per_run} (LOSSMON_MAX_SERIES_PER_RUN)",
        )


def page(args: Any, settings: Config) -> tuple[int, int]:
    """Return (limit, offset) of a list request: `limit` defaults to the page size, at most."""
    limit_raw, offset_raw = args.get("limit"), args.get("offset")
    limit = settings.max_page_size
    if limit_raw:
        if not limit_raw.isdigit() or not 1 <= int(limit_raw) <= settings.max_page_size:
            raise bad_request(
                f'"limit" must be 1 to {settings.max_page_size} (LOSSMON_MAX_PAGE_SIZE)'
            )
        limit = int(limit_raw)
    offset = 0
    if offset_raw:
        if not offset_raw.isdigit() or int(offset_raw) > 2**31:
            raise bad_request('"offset" must be a whole number')
        offset = int(offset_raw)
    return limit, offset
