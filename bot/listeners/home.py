"""App Home: the dashboard for partnership members, a refusal for anyone else."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.actions import ActionStatus
from bot.domain.calendar import london_date
from bot.listeners import national
from bot.listeners.guard import acknowledge, acknowledge_form, after_ack, membership
from bot.listeners.improvement import done_form
from bot.logs import about_case
from bot.runtime import Runtime
from bot.usecases import calendar_feed, cases, improvement, reports
from bot.views.calendar import feed_modal
from bot.views.home import (
    ACTION_DONE_ACTION,
    CALENDAR_ACTION,
    MY_STEPS,
    OPEN_CASE_ACTION,
    PAGE_ACTION,
    PER_PAGE,
    case_modal,
    home_view,
    refusal_home,
)
from bot.views.values import action_value, row_id, whole_number
from storage.models import ImprovementAction

logger = logging.getLogger(__name__)


def register(app: App, runtime: Runtime) -> None:
    """Attach the App Home tab, its paging buttons, its "Open" buttons, the menu that
    marks one of the person's actions done and the button for a calendar feed."""
    figures = reports.TimelinessCache()

    def home(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab") == "home" and isinstance(user := event.get("user"), str):
            _publish(runtime, figures, client, user, page=0)

    def page(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        number = whole_number(action_value(action))
        _publish(runtime, figures, client, body["user"]["id"], number or 0)

    def open_case(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        case = cases.find_case(runtime.engine, action_value(action))
        if not _member(runtime, user) or case is None:
            _publish(runtime, figures, client, user, page=0)  # a refusal, or the list without it
            return
        today = london_date(runtime.clock())
        view = case_modal(
            case.incident,
            case.steps,
            today,
            runtime.rules,
            _permalink(client, case),
            review=case.review,
            **case.register,
        )
        client.views_open(trigger_id=body["trigger_id"], view=view)

    def action_done(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        """Open the done form of one of the person's actions (evidence asked, as on the
        card); an action finished meanwhile, or a refusal, redraws the tab instead."""
        user = body["user"]["id"]
        action_id = row_id(action_value(action))
        found = cases.find_row(runtime.engine, ImprovementAction, action_id) if action_id else None
        case = None
        if found is not None and found[0].status == ActionStatus.OPEN and found[1].id is not None:
            case = cases.get_case(runtime.engine, found[1].id)
        member = _member(runtime, user)
        # An action with no case is a national review's: its own register's form.
        national_form = national.done_form(runtime, action_id) if action_id and not found else None
        if member and national_form is not None:
            client.views_open(trigger_id=body["trigger_id"], view=national_form)
            return
        if not member or action_id is None or case is None or case.incident.closed_at is not None:
            _publish(runtime, figures, client, user, page=0)
            return
        client.views_open(trigger_id=body["trigger_id"], view=done_form(runtime, case, action_id))

    def new_calendar(body: dict[str, Any], client: WebClient) -> None:
        """A new address for the person's calendar feed, in a modal only they see (the old
        one stops working); a refusal redraws the tab instead."""
        user, public_url = body["user"]["id"], runtime.public_url
        if not _member(runtime, user) or public_url is None:
            _publish(runtime, figures, client, user, page=0)
            return
        token, whole = calendar_feed.new_feed(
            runtime.engine, user_id=user, whole_partnership=None, now=runtime.clock()
        )
        view = feed_modal(public_url, token, whole_partnership=whole)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    app.event("app_home_opened")(after_ack(acknowledge, home))
    app.action(CALENDAR_ACTION)(after_ack(acknowledge_form, new_calendar))
    app.action(ACTION_DONE_ACTION)(after_ack(acknowledge_form, action_done))
    app.action(re.compile(f"^{PAGE_ACTION}"))(after_ack(acknowledge, page))
    app.action(OPEN_CASE_ACTION)(after_ack(acknowledge_form, open_case))


def _member(runtime: Runtime, user: str) -> bool:
    """Whether ``user`` is one of the partnership; False (fail closed) if Slack cannot say."""
    return membership(runtime, user) is True


def _publish(
    runtime: Runtime, cache: reports.TimelinessCache, client: WebClient, user: str, page: int
) -> None:
    if not _member(runtime, user):
        client.views_publish(user_id=user, view=refusal_home())
        return
    today = london_date(runtime.clock())
    board = reports.dashboard(
        runtime.engine, user_id=user, page=page, per_page=PER_PAGE, mine=MY_STEPS
    )
    start, end = reports.last_twelve_months(today)
    figures = cache.report(runtime.engine, runtime.rules, start, end, today)
    register = improvement.home_register(runtime.engine, user_id=user, today=today, limit=MY_STEPS)
    agencies = runtime.rules.checklist.agencies
    view = home_view(
        board,
        figures,
        today,
        runtime.rules.calendar,
        register=register,
        agencies=agencies,
        calendar_feeds=runtime.public_url is not None,
    )
    client.views_publish(user_id=user, view=view)


def _permalink(client: WebClient, case: cases.Case) -> str | None:
    """A link to the case card in the channel, if it is posted and Slack can say where."""
    incident = case.incident
    if not (incident.channel_id and incident.card_ts):
        return None
    with about_case(incident.reference):
        try:
            response = client.chat_getPermalink(
                channel=incident.channel_id, message_ts=incident.card_ts
            )
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("no link to the card of %s: %s", incident.reference, exc)
            return None
    return response.get("permalink")
