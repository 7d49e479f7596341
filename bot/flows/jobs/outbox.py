"""Cases whose card and checklist did not reach the channel when they were logged (Slack
failed, the process stopped): claimed with a lease and posted again by each tick."""

from __future__ import annotations

import logging

from slack_sdk import WebClient

from bot.flows.jobs import Clock, TickReport
from bot.flows.posting import publish_case
from bot.logs import about_case
from bot.runtime import Runtime
from bot.usecases.cases import POST_LEASE, claim_unposted

logger = logging.getLogger(__name__)

#: Cases whose channel posts are retried per tick.
BATCH = 20


def retry_posts(runtime: Runtime, client: WebClient, clock: Clock, report: TickReport) -> None:
    """Post the cases still unposted, a batch a tick; one that fails is tried again later."""
    unposted = claim_unposted(runtime.engine, now=clock(), lease=POST_LEASE, limit=BATCH)
    for incident_id, reference in unposted:
        with about_case(reference):
            try:
                posted = publish_case(
                    client,
                    runtime.engine,
                    runtime.rules,
                    incident_id=incident_id,
                    channel=runtime.channel,
                    now=clock(),
                )
            except OSError as exc:  # connection refused, timeouts: tried again later
                logger.warning("posting %s to Slack failed, will retry: %s", reference, exc)
                posted = False
            if posted:
                report.note(report.posted, f"{reference}: case card and checklist")
