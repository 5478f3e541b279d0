"""The dashboard's browser session: login state and the token that guards its writes.

A login is a row (`DashboardSession`) named by the signed cookie, which also carries a
generation derived from the password and the secret key: logging out revokes the row (a copied
cookie dies with it), logging out everywhere revokes them all, and changing the password or the
key ends every session at once.

Pages embed a per-session CSRF token; the few writes a page makes (acknowledging an alert,
logging out) send it back, in a header or a form field, which a cross-site page can neither
read nor forge.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import current_app, g, request, session
from sqlalchemy import update

from lossmon.server.api.common import config
from lossmon.server.db import get_db
from lossmon.server.models import DashboardSession, utcnow

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


def generation() -> str:
    """Return the generation of sessions: it changes with the password or the secret key."""
    key = str(current_app.config["SECRET_KEY"]).encode()
    message = b"lossmon-session:" + config().dashboard_password.encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]


def log_in() -> None:
    """Start a logged-in session (a new one: nothing of the anonymous session is kept)."""
    sid = secrets.token_urlsafe(32)
    with get_db().session() as db_session:
        db_session.add(DashboardSession(id=sid))
    session.clear()
    session.update({"logged_in": True, "sid": sid, "gen": generation()})
    g.lossmon_logged_in = True


def log_out(everywhere: bool = False) -> None:
    """End this session (`everywhere`: every dashboard session) and clear the cookie."""
    sid = session.get("sid")
    query = update(DashboardSession).where(DashboardSession.revoked_at.is_(None))
    if not everywhere:
        query = query.where(DashboardSession.id == (sid if isinstance(sid, str) else ""))
    with get_db().session() as db_session:
        db_session.execute(query.values(revoked_at=utcnow()))
    session.clear()
    g.lossmon_logged_in = False


def logged_in() -> bool:
    """Whether the request's session is a live login: of the current generation, not revoked."""
    known = g.get("lossmon_logged_in")
    if known is not None:
        return bool(known)
    live = False
    sid, gen = session.get("sid"), session.get("gen")
    if session.get("logged_in") and isinstance(sid, str) and isinstance(gen, str):
        if hmac.compare_digest(gen.encode(), generation().encode()):
            with get_db().session() as db_session:
                row = db_session.get(DashboardSession, sid)
                live = row is not None and row.revoked_at is None
    g.lossmon_logged_in = live
    return live


def check_login() -> None:
    """Settle `logged_in()` before the view opens a transaction (registered before every
    request): asked later, inside a view's transaction, the lookup would open a second one,
    and on SQLite a second writer waits on the first."""
    if session.get("sid") is not None:
        logged_in()


def may_write(password_required: bool) -> bool:
    """Whether the request comes from a dashboard page allowed to write.

    It must carry the session's CSRF token; with a dashboard password set, the session must
    also be logged in. Without one the dashboard is open (the local default), like its reads.
    """
    if password_required and not logged_in():
        return False
    return csrf_ok(request.headers.get(CSRF_HEADER))


def password_matches(expected: str, given: str) -> bool:
    """Compare in constant time, so response times say nothing about the password."""
    return hmac.compare_digest(expected.encode(), given.encode())
