"""Local reviews that passed their target unpublished: the day after, the tick adds the
step "tell the Panel and the Secretary of State the reason for the delay" (the domain says
when it is due) and redraws the card, so the delay is asked for without anyone opening
the case.

A target passes at midnight, so each process looks once a day (its first tick of the
London day, and again while a batch comes back full), not every 30 seconds: the query
reads every unfinished target step, which a tick with nothing due should not pay for."""

from __future__ import annotations

import logging
import weakref
from datetime import date

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.engine import Engine

from bot.domain.calendar import london_date
from bot.flows import posting
from bot.flows.jobs import Clock
from bot.runtime import Runtime
from bot.usecases import reviews
from bot.usecases.lifecycle import NotAllowed

logger = logging.getLogger(__name__)

#: Cases brought in line per tick; the rest follow on the next.
BATCH = 20

#: The London day each engine (one a process, in service) last looked.
_looked: weakref.WeakKeyDictionary[Engine, date] = weakref.WeakKeyDictionary()


def add_delay_steps(runtime: Runtime, client: WebClient, clock: Clock) -> None:
    """Add the delay step to each local review past its target, and redraw its card."""
    today = london_date(clock())
    if _looked.get(runtime.engine) == today:
        return
    late = reviews.past_target(runtime.engine, runtime.rules, today=today, limit=BATCH)
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
    if len(late) < BATCH:  # all of today's are in: look again tomorrow
        _looked[runtime.engine] = today
