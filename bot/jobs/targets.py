"""Local reviews that passed their target unpublished: the day after, the tick adds the
step "tell the Panel and the Secretary of State the reason for the delay" (the domain says
when it is due) and redraws the card, so the delay is asked for without anyone opening
the case."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot import posting, reviews
from bot.domain.calendar import london_date
from bot.domain.review import DELAY
from bot.jobs import Clock
from bot.lifecycle import NotAllowed
from bot.runtime import Runtime
from storage.db import open_session
from storage.queries import past_target_without

logger = logging.getLogger(__name__)

#: Cases brought in line per tick; the rest follow on the next.
BATCH = 20


def add_delay_steps(runtime: Runtime, client: WebClient, clock: Clock) -> None:
    """Add the delay step to each local review past its target, and redraw its card."""
    target = runtime.rules.review.target_step
    with open_session(runtime.engine) as session:
        late = past_target_without(
            session, target_step=target, step_key=DELAY, before=london_date(clock()), limit=BATCH
        )
    for incident_id in late:
        try:
            reviews.target_passed(
                runtime.engine, runtime.rules, incident_id=incident_id, now=clock()
            )
        except NotAllowed:  # closed or changed meanwhile: nothing to add
            continue
        try:
            posting.refresh_messages(client, runtime.engine, runtime.rules, incident_id, clock())
        except (SlackApiError, SlackClientError):  # the card is redrawn with its next change
            logger.warning("the card of case %s was not redrawn after its target", incident_id)
