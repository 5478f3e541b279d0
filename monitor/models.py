"""The data model of DESIGN.md as SQLAlchemy 2.0 declarative classes.

The schema itself changes only through Alembic migrations (migrations/); a test checks that
the migrated database matches these classes on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from lossmon.values import DROP_REASONS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Ids are 32-bit integer columns; a larger id from a client is a 404 or a 400, never a
#: database error.
MAX_ID = 2**31 - 1
RUN_STATUSES = ("running", "finished", "failed", "crashed", "stale")
#: The statuses of a run that has ended, as its client (or an import) set them: the rules
#: that judge a finished run apply. A stale run (silent, never said to have ended) may still
#: come back.
ENDED_STATUSES = ("finished", "failed", "crashed")
SEVERITIES = ("info", "warning", "critical")
ALERT_STATES = ("firing", "resolved")


def utcnow() -> dt.datetime:
    """Return the current time in UTC, aware."""
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Store aware UTC datetimes; SQLite keeps no time zone, so restore it on read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: lossmon stores UTC times only")
        return value.astimezone(dt.timezone.utc)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value


Timestamp = Annotated[dt.datetime, mapped_column(UTCDateTime())]
CreatedAt = Annotated[dt.datetime, mapped_column(UTCDateTime(), default=utcnow)]
Step = Annotated[int, mapped_column(BigInteger)]
JSONDict = Annotated[dict[str, Any], mapped_column(JSON, default=dict)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[CreatedAt]
    detector_settings: Mapped[JSONDict]

    runs: Mapped[list[Run]] = relationship(back_populates="project")


class ApiToken(Base):
    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL: a token for every project (it creates projects on first write).
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(200), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[CreatedAt]
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    project: Mapped[Project | None] = relationship()


class Run(Base):
    __tablename__ = "run"
    __table_args__ = (
        UniqueConstraint("project_id", "client_run_id", name="uq_run_project_client_run_id"),
        CheckConstraint(
            "status IN ('running', 'finished', 'failed', 'crashed', 'stale')", name="status"
        ),
        Index("ix_run_project_id_created_at", "project_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    client_run_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="running")
    config: Mapped[JSONDict]
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[JSONDict]
    # Values the client could not keep: {sender id: {reason: count}} (store.record_dropped).
    dropped: Mapped[JSONDict]
    created_at: Mapped[CreatedAt]
    last_seen_at: Mapped[Timestamp] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # Set when points arrive, cleared by the detector pass: the scheduler's work list.
    needs_evaluation: Mapped[bool] = mapped_column(default=False)
    # A stop request (POST /runs/<id>/stop, the run page's button): the client sees it in
    # its next points response (monitor/api/closed_loop.py).
    stop_requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    stop_reason: Mapped[str | None] = mapped_column(String(500))

    project: Mapped[Project] = relationship(back_populates="runs")
    series: Mapped[list[Series]] = relationship(back_populates="run")

    @property
    def dropped_by_reason(self) -> dict[str, int]:
        """Values the client lost, summed over its processes, by reason (DROP_REASONS order)."""
        totals = dict.fromkeys(DROP_REASONS, 0)
        for counts in (self.dropped or {}).values():
            for reason, count in counts.items():
                if reason in totals:
                    totals[reason] += count
        return {reason: count for reason, count in totals.items() if count}


class Series(Base):
    __tablename__ = "series"
    __table_args__ = (UniqueConstraint("run_id", "key", name="uq_series_run_id_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    # The highest step stored: a batch above it is a pure append (cheap rollup merge).
    last_step: Mapped[int | None] = mapped_column(BigInteger)
    # The highest step the detectors have seen: the next evaluation reads the points above it.
    evaluated_step: Mapped[int | None] = mapped_column(BigInteger)

    run: Mapped[Run] = relationship(back_populates="series")


class Point(Base):
    """One value of a series at a step. NULL value means NaN (SQLite cannot store NaN).

    series_id has no foreign key on purpose: PostgreSQL checks one row by row, which alone
    costs more than half of the ingest rate, and points are written only by store.py for
    series it has just looked up. Nothing deletes series; whatever does must delete their
    points and rollups first.
    """

    __tablename__ = "point"

    series_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    value: Mapped[float | None] = mapped_column(Float)
    wall_time: Mapped[float | None] = mapped_column(Float)


class Rollup(Base):
    """Min, max and last of a series per bucket of `resolution` steps, kept at ingest.

    min/max ignore NaN (NULL when a bucket holds nothing but NaN); nan_count says how many
    NaN the bucket holds, so a downsampled read still shows the divergence signal.
    """

    __tablename__ = "rollup"

    series_id: Mapped[int] = mapped_column(
        ForeignKey("series.id", ondelete="CASCADE"), primary_key=True
    )
    resolution: Mapped[int] = mapped_column(Integer, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    nan_count: Mapped[int] = mapped_column(Integer)
    nan_step: Mapped[int | None] = mapped_column(BigInteger)
    min_step: Mapped[int | None] = mapped_column(BigInteger)
    min_value: Mapped[float | None] = mapped_column(Float)
    max_step: Mapped[int | None] = mapped_column(BigInteger)
    max_value: Mapped[float | None] = mapped_column(Float)
    last_step: Mapped[Step]
    last_value: Mapped[float | None] = mapped_column(Float)


class Alert(Base):
    __tablename__ = "alert"
    __table_args__ = (
        CheckConstraint("severity IN ('info', 'warning', 'critical')", name="severity"),
        CheckConstraint("state IN ('firing', 'resolved')", name="state"),
        # At most one firing alert per (run, detector), enforced by the database itself.
        Index(
            "uq_alert_one_firing",
            "run_id",
            "detector",
            unique=True,
            sqlite_where=text("state = 'firing'"),
            postgresql_where=text("state = 'firing'"),
        ),
        Index("ix_alert_state_opened_at", "state", "opened_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    detector: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), default="firing")
    opened_step: Mapped[int | None] = mapped_column(BigInteger)
    opened_at: Mapped[CreatedAt]
    resolved_step: Mapped[int | None] = mapped_column(BigInteger)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    message: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[JSONDict]
    #: The condition's latest words and the step they are of, once they differ from those it
    #: opened with (`message` keeps those: a notification quoted them).
    latest_message: Mapped[str | None] = mapped_column(Text)
    latest_step: Mapped[int | None] = mapped_column(BigInteger)
    #: The detector whose alert took this one over (one incident, one alert), if it did.
    resolved_by: Mapped[str | None] = mapped_column(String(64))

    run: Mapped[Run] = relationship()


class DetectorState(Base):
    """Per-(run, detector) state, so an evaluation costs work in the new points only."""

    __tablename__ = "detector_state"

    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), primary_key=True)
    detector: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[JSONDict]
    updated_at: Mapped[CreatedAt]


class Channel(Base):
    __tablename__ = "channel"
    __table_args__ = (
        CheckConstraint("min_severity IN ('info', 'warning', 'critical')", name="min_severity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    secret: Mapped[str | None] = mapped_column(String(200))
    min_severity: Mapped[str] = mapped_column(String(16), default="warning")
    events: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["fired", "resolved"])
    created_at: Mapped[CreatedAt]

    project: Mapped[Project] = relationship()


class Delivery(Base):
    """One notification of one alert event to one channel: the outbox row (monitor/outbox.py).

    skipped = folded into an ongoing incident by the flapping rule, never sent.
    """

    __tablename__ = "delivery"
    __table_args__ = (
        UniqueConstraint("alert_id", "channel_id", "event", name="uq_delivery_alert_channel_event"),
        CheckConstraint("event IN ('fired', 'resolved')", name="event"),
        CheckConstraint("status IN ('pending', 'sent', 'failed', 'skipped')", name="status"),
        Index("ix_delivery_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[CreatedAt]
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # The sender that took this delivery and has not recorded the outcome yet (its lease
    # ends at next_attempt_at); a new leader hands such claims back at once.
    claimed_by: Mapped[str | None] = mapped_column(String(64))


class WorkerHeartbeat(Base):
    """The scheduler's last sign of life, shown by /readyz."""

    __tablename__ = "worker_heartbeat"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    beat_at: Mapped[Timestamp]


class DashboardSession(Base):
    """A dashboard login: its cookie names the row, and logging out revokes it, so a copied
    cookie dies with the logout (and all of them with a logout everywhere)."""

    __tablename__ = "dashboard_session"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[CreatedAt]
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
