"""Incident reports received a while ago whose case the request's own work did not log
(the process stopped, the database failed): logged by the next tick, then posted by the
outbox."""

from __future__ import annotations

import logging

from bot.flows.jobs import Clock, TickReport
from bot.logs import about_case
from bot.runtime import Runtime
from bot.usecases.cases import POST_LEASE, log_received, reports_waiting

logger = logging.getLogger(__name__)

#: Received reports logged per tick.
BATCH = 20


def log_waiting(runtime: Runtime, clock: Clock, report: TickReport) -> None:
    """Log the case of each report received before the posting lease and not logged."""
    waiting = reports_waiting(runtime.engine, before=clock() - POST_LEASE, limit=BATCH)
    for key in waiting:
        try:
            incident = log_received(runtime.engine, runtime.rules, key)
        except (KeyError, TypeError, ValueError):  # kept, and left for a person to see
            logger.exception("the received report %s cannot be read", key)
            continue
        if incident is not None:
            with about_case(incident.reference):
                report.note(report.logged, f"{incident.reference}: from the form {key}")
