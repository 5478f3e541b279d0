"""The dashboard's browser session: login state and the token that guards its writes.

Pages embed a per-session CSRF token; the few writes a page makes (acknowledging an alert)
send it back in a header, which a cross-site page can neither read nor forge.
"""

from __future__ import annotations

import hmac
import secrets

from flask import request, session

CSRF_KEY = "csrf"
CSRF_HEADER = "X-CSRF-Token"


def csrf_token() -> str:
    """Return this session's CSRF token, creating it on first use."""
    token = session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_KEY] = token
    return token


def csrf_ok(sent: str | None) -> bool:
    expected = session.get(CSRF_KEY)
    if not isinstance(expected, str) or not sent:
        return False
    return hmac.compare_digest(expected.encode(), sent.encode())


def may_write(password_required: bool) -> bool:
    """Whether the request comes from a dashboard page allowed to write.

    It must carry the session's CSRF token; with a dashboard password set, the session must
    also be logged in. Without one the dashboard is open (the local default), like its reads.
    """
    if password_required and not session.get("logged_in"):
        return False
    return csrf_ok(request.headers.get(CSRF_HEADER))


def password_matches(expected: str, given: str) -> bool:
    """Compare in constant time, so response times say nothing about the password."""
    return hmac.compare_digest(expected.encode(), given.encode())
