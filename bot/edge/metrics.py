"""What ``GET /metrics`` serves (Prometheus text) and ``/readyz`` reads.

Counters and histograms live for the process (requests, acks, reminders, ticks); the
backlog (the outbox, received reports waiting) and the age of the last tick are read from
the database and the clock when scraped, so every replica reports the same backlog. While
the database is down ``safeguarding_database_up`` is 0 and the backlog keeps its last
value read (NaN before any), so that an alert on it neither fires nor clears by the series
vanishing. The process's own figures (``process_*``, ``python_info``) and the release
(``safeguarding_build_info``) are there too, as an operator's dashboards expect.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from prometheus_client import (
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Histogram,
    Info,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError

from bot import release
from storage.db import open_session
from storage.queries.outbox import outbox_depth, received_reports_count

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from bot.flows.jobs import TickReport

#: The kinds of Slack request counted; anything else is "other" (labels stay few).
KINDS = frozenset(
    {"command", "block_actions", "view_submission", "view_closed", "event", "shortcut"}
)

REQUESTS = Counter(
    "safeguarding_requests",
    "Slack requests answered, by kind and outcome (ok, refused, error, stopping)",
    ["kind", "outcome"],
    registry=None,
)
ACK_SECONDS = Histogram(
    "safeguarding_ack_seconds",
    "Time from a Slack request reaching the app to its ack (Slack allows 3 s)",
    ["kind"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0),
    registry=None,
)
REMINDERS = Counter(
    "safeguarding_reminders",
    "Reminders by what their send came to (sent, retrying, failed)",
    ["outcome"],
    registry=None,
)
BUILD = Info("safeguarding_build", "The release of the bot this process runs", registry=None)
TICK_SECONDS = Histogram(
    "safeguarding_tick_seconds",
    "How long a scheduler tick took",
    buckets=(0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0),
    registry=None,
)


def request_kind(body: Mapping[str, Any]) -> str:
    """A request's kind as counted: a slash command, an event, or its payload's type."""
    if "command" in body:
        return "command"
    kind = str(body.get("type") or "")
    if kind == "event_callback":
        return "event"
    return kind if kind in KINDS else "other"


def outcome(status: int) -> str:
    """What an HTTP status of Bolt's answer means for a person."""
    if status < 400:
        return "ok"
    if status == 503:
        return "stopping"
    return "refused" if status < 500 else "error"


class Ticks:
    """When this process's scheduler last started a tick (none if it does not tick)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.running = False
        self._last: float | None = None
        self._since = time.monotonic()

    def started(self) -> None:
        with self._lock:
            self._last = time.monotonic()

    def finished(self, report: TickReport, seconds: float) -> None:
        TICK_SECONDS.observe(seconds)
        REMINDERS.labels("sent").inc(len(report.sent))
        REMINDERS.labels("retrying").inc(len(report.retrying))
        REMINDERS.labels("failed").inc(len(report.failed))

    def age(self) -> float | None:
        """Seconds since the last tick started (None before the first)."""
        with self._lock:
            return None if self._last is None else time.monotonic() - self._last

    def waited(self) -> float:
        """Seconds since the scheduler started, or its last tick."""
        with self._lock:
            return time.monotonic() - (self._last or self._since)


#: This process's scheduler.
TICKS = Ticks()


class _Backlog(Collector):
    """Gauges read when scraped: the outbox, received reports waiting, the last tick."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._last = (math.nan, math.nan)  # the outbox, received reports: as last read

    def collect(self) -> Iterator[Metric]:
        if (age := TICKS.age()) is not None:
            yield GaugeMetricFamily(
                "safeguarding_seconds_since_last_tick",
                "Seconds since this process's scheduler last started a tick",
                value=age,
            )
        try:
            with open_session(self._engine) as session:
                self._last = (outbox_depth(session), received_reports_count(session))
            up = 1
        except SQLAlchemyError:
            up = 0  # the database is down: /readyz says so too; the rest still serves
        outbox, waiting = self._last
        yield GaugeMetricFamily(
            "safeguarding_database_up",
            "1 if this process reached the database when scraped, else 0",
            value=up,
        )
        yield GaugeMetricFamily(
            "safeguarding_outbox_depth",
            "Open cases and national reviews' registers not yet all posted to the channel",
            value=outbox,
        )
        yield GaugeMetricFamily(
            "safeguarding_received_reports_waiting",
            "Incident forms received whose case is not yet logged",
            value=waiting,
        )


class _Waiting(Collector):
    """The HTTP server's queue, read when scraped: requests read in full and waiting for
    a worker thread, each a person whose ack is held up (a sign of too few threads)."""

    _NAME = "safeguarding_http_queue_depth"
    _HELP = "Requests the HTTP server has read and that wait for one of its worker threads"

    def __init__(self, depth: Callable[[], int]) -> None:
        self._depth = depth

    def describe(self) -> Iterator[Metric]:
        """What it serves, without reading the queue (its server may not be built yet)."""
        yield GaugeMetricFamily(self._NAME, self._HELP)

    def collect(self) -> Iterator[Metric]:
        yield GaugeMetricFamily(self._NAME, self._HELP, value=self._depth())


def registry(engine: Engine, queue_depth: Callable[[], int] | None = None) -> CollectorRegistry:
    """What one HTTP server serves at /metrics (``queue_depth``: its waiting requests)."""
    found = CollectorRegistry(auto_describe=True)
    for metric in (REQUESTS, ACK_SECONDS, REMINDERS, TICK_SECONDS, BUILD):
        found.register(metric)
    for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, _Backlog(engine)):
        found.register(collector)
    if queue_depth is not None:
        found.register(_Waiting(queue_depth))
    return found


BUILD.info({"version": release()})
