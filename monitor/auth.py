"""API tokens: of one project or of every project; created once, stored as SHA-256 hashes,
checked on every write."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from flask import Response, g, request
from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from lossmon.server.errors import ApiError
from lossmon.server.models import ApiToken, Project, utcnow

TOKEN_PREFIX = "lm_"
LAST_USED_PRECISION = dt.timedelta(minutes=1)
log = logging.getLogger(__name__)


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


EVERY_PROJECT = "*"  # how a token for every project shows in lists


@dataclass
class NewToken:
    id: int
    project: str | None  # None: every project
    label: str
    secret: str


def create_token(db_session: Session, project: Project | None, label: str) -> NewToken:
    """Create a token of `project` (None: every project); its secret is returned here and
    never again."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        project_id=project.id if project is not None else None,
        label=label,
        token_hash=hash_token(secret),
        prefix=secret[:10],
    )
    db_session.add(token)
    db_session.flush()
    return NewToken(token.id, project.name if project is not None else None, label, secret)


def list_tokens(db_session: Session, project_name: str | None = None) -> list[ApiToken]:
    """Return the tokens, oldest first; with `project_name`, those that can write to it."""
    query = select(ApiToken).outerjoin(Project).order_by(ApiToken.id)
    if project_name:
        query = query.where((Project.name == project_name) | ApiToken.project_id.is_(None))
    return list(db_session.scalars(query))


def revoke_token(db_session: Session, token_id: int) -> ApiToken | None:
    token = db_session.get(ApiToken, token_id)
    if token is not None and token.revoked_at is None:
        token.revoked_at = utcnow()
    return token


def token_is_live(db_session: Session, secret: str) -> bool:
    """Whether `secret` is a known token that is not revoked (`lossmon token check`)."""
    token = db_session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(secret)))
    return token is not None and token.revoked_at is None


def bearer_secret() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        return None
    return secret.strip()


@dataclass(frozen=True)
class LiveToken:
    """What a request needs of its token: whose it is (`project_id` None: every project)."""

    id: int
    project_id: int | None


def live_token(db_session: Session, secret: str) -> LiveToken | None:
    """Return the live token of `secret`, or None. The lookup is by hash, and the final
    comparison constant-time, so response times say nothing about the secret.

    Checked in the request's own transaction on every request (no cache: a revoked token is
    refused from the next request on, in every process). Five columns in one statement, not an
    ORM object and its project: on the points route the ORM's check cost 1.2-2.5 ms, a
    quarter of the whole request on SQLite (bench/README.md, issue 17).
    """
    digest = hash_token(secret)
    # On the connection, not the Session: the ORM's statement path doubles its cost.
    row = db_session.connection().execute(TOKEN_BY_HASH, {"digest": digest}).first()
    return judge_token(row, digest)


def judge_token(row: Any, digest: str) -> LiveToken | None:
    """Return the live token of a row of TOKEN_BY_HASH's columns read for `digest` (None:
    no row), or None when it is revoked."""
    if row is None:
        return None
    token_id, project_id, stored, revoked_at, last_used_at = row
    if revoked_at is not None or not hmac.compare_digest(stored, digest):
        return None
    now = utcnow()
    # A write per request would cost more than the batch it carries: a minute is precise enough.
    # Not here, in the request's transaction (which may wait on a slow body or hold SQLite's
    # write lock for a whole batch), but in a short one of its own after the work.
    if last_used_at is None or now - last_used_at > LAST_USED_PRECISION:
        g.lossmon_token_used = token_id
    return LiveToken(token_id, project_id)


TOKEN_BY_HASH = select(
    ApiToken.id,
    ApiToken.project_id,
    ApiToken.token_hash,
    ApiToken.revoked_at,
    ApiToken.last_used_at,
).where(ApiToken.token_hash == bindparam("digest"))


@dataclass(frozen=True)
class Writer:
    """Who may write with the request's token: one project, or every project (`project_id`
    None)."""

    project_id: int | None

    def check(self, project_id: int) -> None:
        """Raise 403 unless the token may write to the project `project_id`."""
        if self.project_id is not None and self.project_id != project_id:
            raise ApiError(403, "forbidden", "the token belongs to another project")


def record_token_use(response: Response) -> Response:
    """Write the last use of the request's token, once a minute at most, in its own short
    transaction after the request's work (registered with `after_request`)."""
    token_id = g.pop("lossmon_token_used", None)
    if token_id is None:
        return response
    from lossmon.server.db import get_db

    try:
        with get_db().session() as db_session:
            db_session.execute(
                update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=utcnow())
            )
    except SQLAlchemyError as error:  # bookkeeping: the request itself has succeeded
        log.warning("could not record the use of token %s: %s", token_id, type(error).__name__)
    return response


def require_bearer() -> str:
    """Return the request's bearer secret, or raise 401 before any work is done."""
    secret = bearer_secret()
    if secret is None:
        raise ApiError(
            401, "unauthorized", "a project token is required: Authorization: Bearer <token>"
        )
    return secret


def require_writer(db_session: Session) -> Writer:
    """Return who the request's token lets write, or raise 401 (no, unknown or revoked token)."""
    secret = bearer_secret()
    if secret is None:
        raise ApiError(
            401, "unauthorized", "a project token is required: Authorization: Bearer <token>"
        )
    return writer_of(live_token(db_session, secret))


def writer_of(token: LiveToken | None) -> Writer:
    """Return who `token` lets write, or raise 401 (an unknown or revoked token)."""
    if token is None:
        raise ApiError(401, "unauthorized", "the token is unknown or revoked")
    return Writer(token.project_id)


def project_name_problem(name: str) -> str | None:
    """Say what is wrong with a new project's name, or None when it is fine."""
    from lossmon.server.wire import key_problem

    if key_problem(name) or "/" in name:
        return "a project name uses letters, digits, '-', '_' or '.'"
    return None


def project_to_write(db_session: Session, name: str | None) -> Project:
    """Return the project a run is created in: the token's own (`name` must match), or, with a
    token for every project, the project called `name`, created on first write."""
    from lossmon.server import store

    writer = require_writer(db_session)
    if writer.project_id is not None:
        own = db_session.get(Project, writer.project_id)
        assert own is not None  # api_token.project_id is a foreign key
        if name is not None and name != own.name:
            raise ApiError(403, "forbidden", f"the token belongs to project {own.name!r}")
        return own
    if name is None:
        raise ApiError(400, "bad_request", '"project" is required with a token for every project')
    problem = project_name_problem(name)
    if problem is not None:
        raise ApiError(400, "bad_request", f'"project": {problem}', [{"field": "project"}])
    return store.get_or_create_project(db_session, name)


def reader_scope(db_session: Session, password_required: bool) -> int | None:
    """Return the project a reader is limited to (None: all), or raise 401.

    With no dashboard password set, reads are open (the local default, as with TensorBoard).
    With one, a reader needs the dashboard session (sees everything) or a project token
    (sees its own project only).
    """
    from lossmon.server.dashboard.session import logged_in  # it imports the API's helpers

    if not password_required or logged_in():
        return None
    secret = bearer_secret()
    token = live_token(db_session, secret) if secret else None
    if token is None:
        raise ApiError(401, "unauthorized", "log in to the dashboard or send a project token")
    return token.project_id


def _project_named(db_session: Session, name: str) -> Project:
    project = db_session.scalar(select(Project).where(Project.name == name))
    if project is None:
        raise ApiError(404, "not_found", f"project {name!r} does not exist")
    return project


def writable_project(db_session: Session, name: str) -> Project:
    """Return the project called `name` for a holder of its token (else 401, 404 or 403)."""
    writer = require_writer(db_session)
    project = _project_named(db_session, name)
    writer.check(project.id)
    return project


def readable_project(db_session: Session, name: str, password_required: bool) -> Project:
    """Return the project called `name` for a reader allowed to see it (else 401/404/403)."""
    scope = reader_scope(db_session, password_required)
    project = _project_named(db_session, name)
    if scope is not None and project.id != scope:
        raise ApiError(403, "forbidden", "the token belongs to another project")
    return project
