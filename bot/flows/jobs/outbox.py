"""Cases whose card and checklist, and national reviews whose register, did not reach the
channel when they were recorded (Slack failed, the process stopped): claimed with a lease
and posted again by each tick."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from slack_sdk import WebClient

from bot.flows.jobs import Clock, TickReport
from bot.flows.posting import post_register, publish_case
from bot.logs import about_case
from bot.runtime import Runtime
from bot.usecases.cases import POST_LEASE, claim_unposted

logger = logging.getLogger(__name__)

#: Cases (and as many registers) whose channel posts are retried per tick.
BATCH = 20


def retry_posts(runtime: Runtime, client: WebClient, clock: Clock, report: TickReport) -> None:
    """Post the cases and registers still unposted, a batch a tick; one that fails is tried
    again later."""
    unposted = claim_unposted(runtime.engine, now=clock(), lease=POST_LEASE, limit=BATCH)
    engine, rules, channel = runtime.engine, runtime.rules, runtime.channel
    for incident_id, reference in unposted.cases:
        _retry(
            report,
            reference,
            "case card and checklist",
            partial(
                publish_case,
                client,
                engine,
                rules,
                incident_id=incident_id,
                channel=channel,
                now=clock(),
            ),
        )
    for review_id, reference in unposted.registers:
        _retry(
            report,
            reference,
            "register",
            partial(post_register, client, engine, rules, channel, review_id, clock()),
        )


def _retry(report: TickReport, reference: str, what: str, post: Callable[[], bool]) -> None:
    """Post ``what`` of ``reference`` once more; noted in the report if it went out."""
    with about_case(reference):
        try:
            posted = post()
        except OSError as exc:  # connection refused, timeouts: tried again later
            logger.warning("posting %s to Slack failed, will retry: %s", reference, exc)
            posted = False
        if posted:
            report.note(report.posted, f"{reference}: {what}")
