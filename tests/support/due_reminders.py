"""Cases whose reminders all fall due at one moment, four to a case, stored as the bot
stores them, owned by eight people: shared by the multi-process tests and the tick
benchmark."""

from __future__ import annotations

from datetime import UTC, date, datetime

from slack_sdk import WebClient
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.domain.timetable import compute_steps
from bot.rules import load_rules
from bot.usecases.read_models import facts_of
from bot.usecases.reminders import replan
from storage.db import session_scope
from storage.models import Incident, Reminder, Step
from tests.support.running_bot import OWNER_ID
from tests.support.slack_requests import CHANNEL_ID, USER_ID

LOGGED = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)  # Monday
#: The cases' owners, in turn: each is sent one message carrying all their cases' reminders.
OWNERS = (OWNER_ID, *(f"U0OWNER{n:03d}" for n in range(2, 9)))
DUE = datetime(2026, 11, 24, 9, tzinfo=UTC)  # Tuesday 09:00 in London


def seed_due_cases(engine: Engine, client: WebClient, cases: int) -> set[int]:
    """``cases`` deaths logged on Monday (aware the Friday before) with their cards posted,
    stored as log_incident stores them less the checklists; returns the ids of their
    reminders due on Tuesday at 09:00: 3 working days to both notifications, and the CDOP
    notification due that day (to its owner and in the thread), 4 a case: one message to
    each of the eight owners and one in each case's thread."""
    rules = load_rules()
    cards = [client.chat_postMessage(channel=CHANNEL_ID, text="card")["ts"] for _ in range(cases)]
    with session_scope(engine) as session:
        incidents = [
            Incident(
                reference=f"SI-2026-{n:04d}",
                pseudonym="Child K",
                died=True,
                abuse_or_neglect=True,
                location="in_area",
                aware_on=date(2026, 11, 20),
                summary="Summary.",
                owner_id=OWNERS[n % len(OWNERS)],
                created_by=USER_ID,
                created_at=LOGGED,
                channel_id=CHANNEL_ID,
                card_ts=card,
                checklist_ts=card,
            )
            for n, card in enumerate(cards, start=1)
        ]
        session.add_all(incidents)
        session.flush()
        for incident in incidents:
            for step in compute_steps(facts_of(incident), rules.timetable, rules.calendar):
                session.add(
                    Step(
                        incident_id=incident.id,
                        step_key=step.step_key,
                        title=step.title,
                        owner_role=step.owner,
                        owner_id=incident.owner_id,
                        due_on=step.due,
                        basis=step.basis,
                        provisional=step.provisional,
                    )
                )
        session.flush()
        for incident in incidents:
            replan(session, incident, rules, LOGGED)
    with Session(engine) as session:
        due = session.exec(select(Reminder.id).where(col(Reminder.due_at) <= DUE)).all()
    return set(due)
