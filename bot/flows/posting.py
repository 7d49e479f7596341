"""Slack flows: post a case and redraw its messages, tell an owner what they were given.

Besides the listeners, the only code that calls Slack's Web API about a case. Each flow
reads and records through the use cases of :mod:`bot.usecases.cases`, outside any transaction, and
renders through ``bot.views``.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.models.blocks import Block
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.domain.calendar import london_date
from bot.logs import about_case
from bot.rules import Rules
from bot.usecases import improvement
from bot.usecases.cases import NO_CHECKLIST, Case, assignment, case_version, get_case, record_post
from bot.usecases.read_models import case_title
from bot.usecases.recompute import Recomputed, recompute_if_rules_changed
from bot.views.case_card import case_card, case_card_text
from bot.views.checklist import checklist_message, checklist_title
from bot.views.national import register_message
from bot.views.reminders import assignment_notice
from bot.views.text import escape
from storage.models import ChecklistItem, Holder, ImprovementAction, Incident

logger = logging.getLogger(__name__)


def publish_case(
    client: WebClient,
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    channel: str,
    now: datetime,
) -> bool:
    """Post whatever of the case is not yet in the channel: the card, then the checklist in
    its thread (if the case has one); the case owner hears of a new card by DM. True when
    all is posted.

    Safe to call again after a failure: what was posted is recorded and not posted twice.
    """
    case = get_case(engine, incident_id)
    if case is None:
        return False
    with about_case(case.incident.reference):
        return _publish(
            client, engine, rules, incident_id=incident_id, case=case, channel=channel, now=now
        )


def _publish(
    client: WebClient,
    engine: Engine,
    rules: Rules,
    *,
    incident_id: int,
    case: Case,
    channel: str,
    now: datetime,
) -> bool:
    """:func:`publish_case` once the case is read, its lines naming it."""
    today = london_date(now)
    incident = case.incident
    drawn, posts = incident.version, 0
    try:
        if incident.card_ts is None:
            response = client.chat_postMessage(
                channel=channel,
                text=case_card_text(incident),
                blocks=_card(case, today, rules),
            )
            record_post(engine, incident_id, channel_id=response["channel"], card_ts=response["ts"])
            incident.channel_id, incident.card_ts = response["channel"], response["ts"]
            posts += 1
            _tell_owner(
                client,
                incident,
                checklist=checklist_title(incident, case.items).lower() if case.items else None,
            )
        if incident.checklist_ts is None:
            checklist_ts = NO_CHECKLIST  # not a serious incident: the card is the whole case
            if case.items:
                text, blocks = _checklist(case, today, rules)
                response = client.chat_postMessage(
                    channel=incident.channel_id or channel,
                    thread_ts=incident.card_ts,
                    text=text,
                    blocks=blocks,
                )
                checklist_ts = response["ts"]
            record_post(engine, incident_id, checklist_ts=checklist_ts)
            posts += 1
    except (SlackApiError, SlackClientError) as exc:
        logger.warning("posting %s to Slack failed, will retry: %s", incident.reference, exc)
        return False
    if case_version(engine, incident_id) != drawn + posts:
        # Someone changed the case while it was being posted (each post moved the version
        # on by one): the messages show it as it was, so draw them again.
        refresh_messages(client, engine, rules, incident_id, now)
    return True


def _tell_owner(client: WebClient, incident: Incident, *, checklist: str | None) -> None:
    """A DM to the case owner, naming the checklist posted with the card (if any); a
    failure here must not stop the checklist being posted."""
    if incident.owner_id:
        posted = f"case card and {checklist} are" if checklist else "case card is"
        _direct_message(
            client,
            incident,
            incident.owner_id,
            f"You are the case owner of {escape(case_title(incident))}. "
            f"The {posted} in <#{incident.channel_id}>.",
        )


def tell_new_owner(
    client: WebClient,
    engine: Engine,
    rules: Rules,
    incident_id: int,
    owner_id: str,
    now: datetime,
    *,
    step_id: int | None = None,
    item_id: int | None = None,
    action_id: int | None = None,
) -> None:
    """A DM to someone just given a step, a checklist item, an improvement action, or
    (none) the whole case: what it is, which case (reference and pseudonym only), when it
    is due, a link to the message where it is run and, while it is open, Mark done and
    Snooze."""
    found = assignment(engine, incident_id, step_id=step_id, item_id=item_id, action_id=action_id)
    if found is None:
        return
    incident, given = found
    with about_case(incident.reference):
        ts = incident.checklist_ts if isinstance(given, ChecklistItem) else incident.card_ts
        where = "the checklist" if isinstance(given, ChecklistItem) else "the case card"
        link = _permalink(client, incident, ts)
        see = f"<{link}|{where}>" if link else f"{where} in <#{incident.channel_id}>"
        if given is None:
            text = f"You are now the case owner of {escape(case_title(incident))}. See {see}."
            _direct_message(client, incident, owner_id, text)
            return
        text, blocks = assignment_notice(incident, given, london_date(now), rules.calendar, see)
        _direct_message(client, incident, owner_id, text, blocks)


def _permalink(client: WebClient, incident: Holder, ts: str | None) -> str | None:
    if not (incident.channel_id and ts):
        return None
    try:
        found = client.chat_getPermalink(channel=incident.channel_id, message_ts=ts)
    except (SlackApiError, SlackClientError) as exc:
        logger.warning("no link to a message of %s: %s", incident.reference, exc)
        return None
    link = found.get("permalink")
    return link if isinstance(link, str) else None


def _direct_message(
    client: WebClient,
    incident: Holder,
    user_id: str,
    text: str,
    blocks: list[Block] | None = None,
) -> None:
    """A DM that may fail (the person left) without failing the work it follows."""
    try:
        dm = client.conversations_open(users=user_id)
        client.chat_postMessage(channel=dm["channel"]["id"], text=text, blocks=blocks)
    except (SlackApiError, SlackClientError) as exc:
        logger.warning("could not send a DM about %s: %s", incident.reference, exc)


def _card(case: Case, today: date, rules: Rules) -> list[Block]:
    """The case card as posted in the channel: with its controls, its review's sections,
    the register, and the question to close once nothing is left (hence the checklist)."""
    return case_card(
        case.incident,
        case.steps,
        today,
        rules,
        review=case.review,
        items=case.items,
        **case.register,
    )


def _checklist(case: Case, today: date, rules: Rules) -> tuple[str, list[Block]]:
    """The checklist message in the card's thread: its text and blocks."""
    incident = case.incident
    blocks = checklist_message(
        incident, case.items, today, rules.calendar, learning=rules.learning_review
    )
    return f"{checklist_title(incident, case.items)} for {incident.reference}", blocks


def refresh_messages(
    client: WebClient,
    engine: Engine,
    rules: Rules,
    incident_id: int,
    now: datetime,
    *,
    card: bool = True,
) -> None:
    """Redraw the case card and checklist from the database until Slack shows the latest
    version: if another change landed while this one was drawing, draw again.

    ``card=False`` after a change to checklist items only, which the card does not show
    (half the calls against Slack's rate limit for ``chat.update``), unless it may now ask
    to close the case (:func:`bot.domain.closing.item_moves_card`); a change to the card
    made meanwhile is drawn by the request that made it."""
    today = london_date(now)
    shown = None
    for _ in range(5):
        case = get_case(engine, incident_id)
        if case is None or case.incident.version == shown:
            return
        incident = case.incident
        shown = incident.version
        if not incident.channel_id:
            return  # not posted yet; the post will show the current state
        with about_case(incident.reference):
            drawn: list[tuple[str, str, list[Block]]] = []
            if card and incident.card_ts:
                drawn.append(
                    (incident.card_ts, case_card_text(incident), _card(case, today, rules))
                )
            if incident.checklist_ts:
                drawn.append((incident.checklist_ts, *_checklist(case, today, rules)))
            if not _redrawn(client, incident.reference, incident.channel_id, drawn):
                return


def follow_rules_at_start(
    client: WebClient, engine: Engine, rules: Rules, *, now: datetime
) -> Recomputed | None:
    """What a starting bot does, once it answers requests: if the rules or calendar
    changed, bring the open cases in line and redraw the messages of those that changed.
    A database that cannot be reached is logged and left for the next start or
    ``safeguarding-bot recompute``."""
    try:
        result = recompute_if_rules_changed(engine, rules, now=now)
    except SQLAlchemyError as exc:
        logger.warning("could not bring open cases in line with the rules: %s", exc)
        return None
    if result is not None:
        logger.info(
            "rules or calendar changed: %d of %d open case(s) brought in line, "
            "%d due date(s) moved",
            len(result.changed),
            result.cases,
            len(result.moved),
        )
        redraw(client, engine, rules, result.changed, now)
    return result


def redraw(
    client: WebClient, engine: Engine, rules: Rules, incident_ids: list[int], now: datetime
) -> None:
    """Redraw the messages of the cases that changed, so their cards show the new dates."""
    for incident_id in incident_ids:
        refresh_messages(client, engine, rules, incident_id, now)


def _redrawn(
    client: WebClient, reference: str, channel: str, drawn: list[tuple[str, str, list[Block]]]
) -> bool:
    """Update each message (ts, text, blocks) of a case or national review (``reference``)
    in ``channel``; False, and logged, once Slack refuses one."""
    try:
        for ts, text, blocks in drawn:
            client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
    except (SlackApiError, SlackClientError) as exc:
        logger.warning("could not redraw %s: %s", reference, exc)
        return False
    return True


# -- a national review's register, which has no case -------------------------------------


def post_register(
    client: WebClient,
    engine: Engine,
    rules: Rules,
    channel: str,
    national_review_id: int,
    now: datetime,
) -> bool:
    """Post a national review's register to the channel, and keep where, for its redraws;
    True if it posted it. Safe to call again (the outbox does, after a failure): a register
    already in the channel is not posted twice."""
    found = improvement.national_register(engine, national_review_id=national_review_id)
    if found is None or found.review.card_ts is not None:
        return False
    agencies = rules.checklist.agencies
    text, blocks = register_message(found.review, found.actions, agencies, london_date(now))
    try:
        posted = client.chat_postMessage(channel=channel, text=text, blocks=blocks)
    except (SlackApiError, SlackClientError) as exc:
        logger.warning("posting %s to Slack failed, will retry: %s", found.review.reference, exc)
        return False
    improvement.register_posted(
        engine, national_review_id=national_review_id, channel_id=posted["channel"], ts=posted["ts"]
    )
    return True


def redraw_register(
    client: WebClient, engine: Engine, rules: Rules, national_review_id: int, now: datetime
) -> None:
    """Redraw a national review's register until Slack shows its latest version, as
    :func:`refresh_messages` does a case card."""
    shown = None
    for _ in range(5):
        found = improvement.national_register(engine, national_review_id=national_review_id)
        if found is None or found.review.version == shown:
            return
        review, shown = found.review, found.review.version
        channel, ts = review.channel_id, review.card_ts
        if not (channel and ts):
            return  # not posted yet; the post will show the current state
        agencies = rules.checklist.agencies
        text, blocks = register_message(review, found.actions, agencies, london_date(now))
        if not _redrawn(client, review.reference, channel, [(ts, text, blocks)]):
            return


def tell_action_owner(
    client: WebClient,
    engine: Engine,
    rules: Rules,
    national_review_id: int,
    owner_id: str,
    now: datetime,
) -> None:
    """A DM to someone just given a national review's newest action, as
    :func:`tell_new_owner` tells the owner of a case's."""
    found = improvement.national_register(engine, national_review_id=national_review_id)
    if found is None or not found.actions:
        return
    review = found.review
    given: ImprovementAction = max(found.actions, key=lambda action: action.id or 0)
    link = _permalink(client, review, review.card_ts)
    see = f"<{link}|the register>" if link else f"the register in <#{review.channel_id}>"
    text, blocks = assignment_notice(review, given, london_date(now), rules.calendar, see)
    _direct_message(client, review, owner_id, text, blocks)
