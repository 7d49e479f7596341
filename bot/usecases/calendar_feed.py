"""A person's private calendar feed: their open steps, checklist items and improvement
actions (or, if they choose, the partnership's whole calendar) as all-day events, for
Outlook or Google Calendar to subscribe to and keep up to date.

The address holds a long random token, of which only the SHA-256 is stored: a copy of the
database opens no one's feed, and the token is looked up by its hash, so finding it takes
no longer for a near miss than for a far one. Each address made or revoked is audited.
Events carry the case reference and the step, never the summary; the pseudonym only where
the partnership chooses (SAFEGUARDING_CALENDAR_PSEUDONYMS), as calendars are shared and
delegated. An event's UID stays the same for as long as the step does, and its SEQUENCE is
the case's version, which every change to the case moves on (:mod:`bot.usecases.lifecycle`), so a
calendar moves an event whose date moved instead of adding a copy.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.domain.day_events import DayEvent, day_calendar
from bot.domain.words import AuditAction, FeedRevoked
from bot.usecases.read_models import FeedState, case_title
from storage.db import open_session, session_scope
from storage.models import CalendarFeed, Holder
from storage.queries.actions import open_actions
from storage.queries.audit import record_audit
from storage.queries.feeds import live_feed, live_feeds_of
from storage.queries.items import open_items
from storage.queries.steps import open_steps

#: Bytes of randomness in a token: 256 bits, 43 characters of the address.
TOKEN_BYTES = 32


def token_digest(token: str) -> str:
    """What is stored of a token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def current_feed(engine: Engine, *, user_id: str) -> FeedState | None:
    """The person's live feed, if they have one."""
    with session_scope(engine) as session:
        found = live_feeds_of(session, user_id=user_id)
    return FeedState(found[0].whole_partnership, found[0].created_at) if found else None


def new_feed(
    engine: Engine, *, user_id: str, whole_partnership: bool | None, now: datetime
) -> tuple[str, bool]:
    """A new address for the person's feed, revoking the one they had: the token (shown to
    them once, then known only by its hash) and whether it holds the partnership's whole
    calendar (``whole_partnership`` None keeps what the old one held)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with session_scope(engine) as session:
        old = live_feeds_of(session, user_id=user_id)
        kept = bool(old) and old[0].whole_partnership
        whole = kept if whole_partnership is None else whole_partnership
        _revoke(session, old, user_id, now, FeedRevoked.REPLACED)
        feed = CalendarFeed(
            user_id=user_id, token_hash=token_digest(token), whole_partnership=whole, created_at=now
        )
        session.add(feed)
        session.flush()
        detail = {"feed": feed.id, "whole_partnership": whole}
        record_audit(
            session, actor=user_id, action=AuditAction.CALENDAR_FEED_CREATED, detail=detail, at=now
        )
    return token, whole


def stop_feed(engine: Engine, *, user_id: str, actor: str, now: datetime, why: FeedRevoked) -> bool:
    """Revoke the person's live feed (``actor`` is who did: they, or the bot when they have
    left the partnership); False if they had none."""
    with session_scope(engine) as session:
        found = live_feeds_of(session, user_id=user_id)
        _revoke(session, found, actor, now, why)
    return bool(found)


def _revoke(
    session: Session, feeds: list[CalendarFeed], actor: str, now: datetime, why: FeedRevoked
) -> None:
    for feed in feeds:
        feed.revoked_at = now
        session.add(feed)
        detail = {"feed": feed.id, "why": why}
        record_audit(
            session, actor=actor, action=AuditAction.CALENDAR_FEED_REVOKED, detail=detail, at=now
        )


def find_feed(engine: Engine, *, digest: str) -> CalendarFeed | None:
    """The live feed whose token has this :func:`token_digest`; None for an unknown or
    revoked one, after the same work (one indexed lookup, one constant-time comparison)."""
    with open_session(engine) as session:
        found = live_feed(session, token_hash=digest)
    stored = found.token_hash if found is not None else "0" * len(digest)
    return found if hmac.compare_digest(stored, digest) and found is not None else None


def card_link(workspace_url: str | None, incident: Holder) -> str | None:
    """The case card in the channel (its message, under the workspace's address), or the
    channel itself through Slack's own redirect; None before the case is posted."""
    if incident.channel_id is None:
        return None
    if workspace_url is not None and incident.card_ts is not None:
        return f"{workspace_url}archives/{incident.channel_id}/p{incident.card_ts.replace('.', '')}"
    return f"https://slack.com/app_redirect?channel={incident.channel_id}"


@dataclass(frozen=True)
class FeedContent:
    """What a feed holds now: the same content always gives the same bytes (no METHOD,
    DTSTAMP when the case last changed), so its :attr:`tag` is the answer's ETag, known
    before the iCalendar text is built (most of the time an answer takes)."""

    name: str
    events: tuple[DayEvent, ...]

    @cached_property
    def tag(self) -> str:
        return hashlib.sha256(repr((self.name, self.events)).encode()).hexdigest()[:32]

    def ics(self) -> bytes:
        return day_calendar(self.events, name=self.name)


def feed_content(
    engine: Engine,
    feed: CalendarFeed,
    *,
    agencies: Mapping[str, str],
    pseudonyms: bool,
    workspace_url: str | None,
) -> FeedContent:
    """The feed's events now: the open steps, checklist items and improvement actions with
    a due date, of its owner (or of everyone, for the partnership's whole calendar)."""
    owner = None if feed.whole_partnership else feed.user_id
    with open_session(engine) as session:
        steps = open_steps(session, owner_id=owner)
        items = open_items(session, owner_id=owner)
        actions = open_actions(session, owner_id=owner)
    events: list[DayEvent] = []

    def add(incident: Holder, key: str, on: date, what: str, why: str) -> None:
        changed = incident.updated_at or incident.created_at
        link = card_link(workspace_url, incident)
        name = case_title(incident) if pseudonyms else incident.reference
        events.append(
            DayEvent(
                uid=f"{incident.reference}-{key}@safeguarding-bot",
                on=on,
                summary=f"{name}: {what}",
                description=why + (f"\nThe case card: {link}" if link else ""),
                sequence=incident.version,
                stamp=changed,
                modified=changed,
                url=link,
            )
        )

    for incident, step in steps:
        if step.due_on is not None:
            add(incident, step.step_key, step.due_on, step.title, f"Due {step.basis}.")
    for incident, item in items:
        if item.due_on is not None:
            when = "provisional date" if item.provisional else "due this day"
            add(
                incident,
                f"item-{item.item_key}",
                item.due_on,
                item.title,
                f"Checklist item, {when}.",
            )
    for holder, action in actions:
        if action.due_on is not None and holder.closed_at is None:
            agency = agencies.get(action.agency, action.agency)
            what = f"improvement action {action.id} ({agency})"
            add(
                holder,
                f"action-{action.id}",
                action.due_on,
                what,
                "Improvement action, due this day.",
            )
    name = (
        "Safeguarding: the partnership" if feed.whole_partnership else "Safeguarding: my deadlines"
    )
    return FeedContent(name, tuple(events))
