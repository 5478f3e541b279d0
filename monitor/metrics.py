"""Prometheus metrics at `GET /metrics`, for the people who operate lossmon.

Two kinds. What a web process sees happen (points ingested, request latency by route) is
counted in the process, with prometheus-client; under gunicorn in its multiprocess mode
(monitor/multiproc.py), so a scrape adds up every worker's counts whichever worker answers.
What the whole service is doing (evaluation lag, outbox depth, delivery failures, firing
alerts, which worker leads) lives in the database that web and worker share: it is read at
scrape time, so the numbers are right whichever process or container serves the scrape and
whether or not the worker exposes anything itself.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

from flask import Blueprint, Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from lossmon.server.db import Database, get_db
from lossmon.server.models import SEVERITIES, Alert, Delivery, Run, WorkerHeartbeat, utcnow

bp = Blueprint("metrics", __name__)

POINTS_INGESTED = Counter(
    "lossmon_points_ingested", "Point objects accepted by POST /api/v1/runs/<id>/points."
)
REQUEST_SECONDS = Histogram(
    "lossmon_http_request_duration_seconds",
    "Time to answer an HTTP request, by route (the URL rule, not the path) and method.",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
REQUESTS = Counter(
    "lossmon_http_requests", "HTTP requests answered, by route, method and status.",
    ["route", "method", "status"],
)  # fmt: skip


def record_points(count: int) -> None:
    """Count `count` point objects accepted at ingest."""
    POINTS_INGESTED.inc(count)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    # SQLite drops the zone of an aggregate (min/max): the column holds UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


class DatabaseCollector(Collector):
    """Read the service-wide figures from the database, once per scrape."""

    def __init__(self, database: Database, worker_late_s: float) -> None:
        self.database = database
        self.worker_late_s = worker_late_s

    def collect(self) -> Iterator[Metric]:
        now = utcnow()
        with self.database.session() as session:
            oldest_pending = _aware(
                session.scalar(select(func.min(Run.last_seen_at)).where(Run.needs_evaluation))
            )
            by_status = dict(
                session.execute(
                    select(Delivery.status, func.count()).group_by(Delivery.status)
                ).all()
            )
            failed_attempts = session.scalar(
                select(
                    func.coalesce(func.sum(Delivery.attempts), 0)
                    - func.count().filter(Delivery.status == "sent")
                ).where(Delivery.attempts > 0)
            )
            firing = dict(
                session.execute(
                    select(Alert.severity, func.count())
                    .where(Alert.state == "firing")
                    .group_by(Alert.severity)
                ).all()
            )
            beat = session.execute(
                select(WorkerHeartbeat.name, WorkerHeartbeat.beat_at)
                .order_by(WorkerHeartbeat.beat_at.desc())
                .limit(1)
            ).first()

        lag = (now - oldest_pending).total_seconds() if oldest_pending is not None else 0.0
        yield GaugeMetricFamily(
            "lossmon_evaluation_lag_seconds",
            "Age of the oldest points the detectors have not evaluated yet (0: none waiting).",
            value=max(0.0, lag),
        )
        yield GaugeMetricFamily(
            "lossmon_outbox_depth", "Alert deliveries waiting to be sent (pending).",
            value=by_status.get("pending", 0),
        )  # fmt: skip
        deliveries = GaugeMetricFamily(
            "lossmon_deliveries", "Alert deliveries in the outbox by status.", labels=["status"]
        )
        for status in ("pending", "sent", "failed", "skipped"):
            deliveries.add_metric([status], by_status.get(status, 0))
        yield deliveries
        yield CounterMetricFamily(
            "lossmon_delivery_failures",
            "Delivery attempts that failed (timeouts, refusals, non-2xx answers), retried or not.",
            value=max(0, int(failed_attempts or 0)),
        )
        alerts = GaugeMetricFamily(
            "lossmon_alerts_firing", "Firing alerts by severity.", labels=["severity"]
        )
        for severity in SEVERITIES:
            alerts.add_metric([severity], firing.get(severity, 0))
        yield alerts

        beat_at = _aware(beat.beat_at) if beat is not None else None
        age = (now - beat_at).total_seconds() if beat_at is not None else None
        up = age is not None and age <= self.worker_late_s
        yield GaugeMetricFamily(
            "lossmon_worker_up",
            "1 when the leading worker (scheduler) beat recently, else 0.",
            value=1 if up else 0,
        )
        leader = GaugeMetricFamily(
            "lossmon_worker_leader",
            "The worker holding the leader lock (1), by name; absent when none beats.",
            labels=["worker"],
        )
        if beat is not None and up:
            leader.add_metric([beat.name], 1)
        yield leader
        if age is not None:
            yield GaugeMetricFamily(
                "lossmon_worker_heartbeat_age_seconds",
                "Seconds since the leading worker's last heartbeat.",
                value=age,
            )


def _route() -> str:
    rule = request.url_rule
    return rule.rule if rule is not None else "unmatched"


def _start_timer() -> None:
    g.lossmon_started = time.perf_counter()


def _observe(response: Response) -> Response:
    started = g.pop("lossmon_started", None)
    if started is not None:
        route, method = _route(), request.method
        REQUEST_SECONDS.labels(route, method).observe(time.perf_counter() - started)
        REQUESTS.labels(route, method, str(response.status_code)).inc()
    return response


@bp.get("/metrics")
def metrics() -> Response:
    """Serve Prometheus' text format: this process's (or every gunicorn worker's) counts and
    the database's figures."""
    from lossmon.server.api.common import config

    database_registry = CollectorRegistry(auto_describe=False)
    late = max(30.0, 3 * config().evaluate_interval_s)
    database_registry.register(DatabaseCollector(get_db(), late))
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        processes = CollectorRegistry()
        multiprocess.MultiProcessCollector(processes)
        text = generate_latest(processes)
    else:
        text = generate_latest(REGISTRY)
    text += generate_latest(database_registry)
    return Response(text, content_type=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    """Time every request and serve `/metrics`."""
    app.before_request(_start_timer)
    app.after_request(_observe)
    app.register_blueprint(bp)
