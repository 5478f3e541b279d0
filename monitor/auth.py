"""Project tokens: created once, stored as SHA-256 hashes, checked on every write."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from flask import request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from lossmon.server.errors import ApiError
from lossmon.server.models import ApiToken, Project, utcnow

TOKEN_PREFIX = "lm_"
LAST_USED_PRECISION = dt.timedelta(minutes=1)


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass
class NewToken:
    id: int
    project: str
    label: str
    secret: str


def create_token(db_session: Session, project: Project, label: str) -> NewToken:
    """Create a token for `project`; its secret is returned here and never again."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        project_id=project.id, label=label, token_hash=hash_token(secret), prefix=secret[:10]
    )
    db_session.add(token)
    db_session.flush()
    return NewToken(token.id, project.name, label, secret)


def list_tokens(db_session: Session, project_name: str | None = None) -> list[ApiToken]:
    query = select(ApiToken).join(Project).order_by(ApiToken.id)
    if project_name:
        query = query.where(Project.name == project_name)
    return list(db_session.scalars(query))


def revoke_token(db_session: Session, token_id: int) -> ApiToken | None:
    token = db_session.get(ApiToken, token_id)
    if token is not None and token.revoked_at is None:
        token.revoked_at = utcnow()
    return token


def bearer_secret() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        return None
    return secret.strip()


def token_project(db_session: Session, secret: str) -> Project | None:
    """Return the project of a live token, or None. The lookup is by hash, and the final
    comparison constant-time, so response times say nothing about the secret."""
    digest = hash_token(secret)
    token = db_session.scalar(select(ApiToken).where(ApiToken.token_hash == digest))
    if token is None or token.revoked_at is not None:
        return None
    if not hmac.compare_digest(token.token_hash, digest):
        return None
    now = utcnow()
    # A write per request would cost more than the batch it carries: a minute is precise enough.
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        token.last_used_at = now
    return token.project


def require_writer(db_session: Session, project_id: int | None = None) -> Project:
    """Return the token's project, or raise 401 (no/bad token) or 403 (another project)."""
    secret = bearer_secret()
    if secret is None:
        raise ApiError(
            401, "unauthorized", "a project token is required: Authorization: Bearer <token>"
        )
    project = token_project(db_session, secret)
    if project is None:
        raise ApiError(401, "unauthorized", "the token is unknown or revoked")
    if project_id is not None and project.id != project_id:
        raise ApiError(403, "forbidden", "the token belongs to another project")
    return project


def reader_scope(db_session: Session, password_required: bool) -> int | None:
    """Return the project a reader is limited to (None: all), or raise 401.

    With no dashboard password set, reads are open (the local default, as with TensorBoard).
    With one, a reader needs the dashboard session (sees everything) or a project token
    (sees its own project only).
    """
    if not password_required or session.get("logged_in"):
        return None
    secret = bearer_secret()
    project = token_project(db_session, secret) if secret else None
    if project is None:
        raise ApiError(401, "unauthorized", "log in to the dashboard or send a project token")
    return project.id


def _project_named(db_session: Session, name: str) -> Project:
    project = db_session.scalar(select(Project).where(Project.name == name))
    if project is None:
        raise ApiError(404, "not_found", f"project {name!r} does not exist")
    return project


def writable_project(db_session: Session, name: str) -> Project:
    """Return the project called `name` for a holder of its token (else 401, 404 or 403)."""
    writer = require_writer(db_session)
    project = _project_named(db_session, name)
    if project.id != writer.id:
        raise ApiError(403, "forbidden", "the token belongs to another project")
    return project


def readable_project(db_session: Session, name: str, password_required: bool) -> Project:
    """Return the project called `name` for a reader allowed to see it (else 401/404/403)."""
    scope = reader_scope(db_session, password_required)
    project = _project_named(db_session, name)
    if scope is not None and project.id != scope:
        raise ApiError(403, "forbidden", "the token belongs to another project")
    return project
