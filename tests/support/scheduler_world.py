"""The scheduler's world for tests: a partnership with the default reminder policy (no
daily digest unless a test asks), the fake Slack Web API, and a tick with a hand-moved
clock; London wall-clock helpers and who a reminder went to."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from slack_sdk import WebClient
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.domain.calendar import LONDON
from bot.domain.incident import NewIncident
from bot.domain.timetable import Facts
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.flows.jobs import TickReport
from bot.flows.jobs.reminders import METADATA_EVENT
from bot.flows.posting import publish_case
from bot.rules import Rules, load_rules
from bot.runtime import Runtime
from storage.models import Incident, Reminder, Step
from tests.support.fake_slack import Call, FakeSlackAPI
from tests.support.running_bot import OWNER_ID
from tests.support.seed import log_incident
from tests.support.slack_requests import CHANNEL_ID, USER_ID

_submissions = itertools.count()


def at(day: str, hour: int = 9, minute: int = 0, second: int = 0) -> datetime:
    """A London wall-clock time, as an aware UTC instant."""
    local = datetime.combine(date.fromisoformat(day), time(hour, minute, second), tzinfo=LONDON)
    return local.astimezone(UTC)


LOGGED = at("2026-11-23", 10, 30)  # Monday; the local authority became aware on Friday 20th


@dataclass
class World:
    engine: Engine
    fake: FakeSlackAPI
    client: WebClient
    rules: Rules
    runtime: Runtime

    def tick(self, when: datetime, **options: Any) -> TickReport:
        return tick(self.runtime, self.client, when, **options)

    def log(
        self, *, now: datetime = LOGGED, post: bool = True, pseudonym: str = "Child K", **facts: Any
    ) -> Incident:
        """Log a case (serious harm unless told otherwise) and post its card."""
        facts = {"aware_on": date(2026, 11, 20), "seriously_harmed": True} | facts
        report = NewIncident(pseudonym, "5_9", Facts(**facts), "Summary.", OWNER_ID, ("police",))
        incident = log_incident(
            self.engine,
            self.rules,
            report,
            reported_by=USER_ID,
            submission_key=f"test:{next(_submissions)}",
            now=now,
        )
        assert incident.id is not None
        if post:
            assert publish_case(
                self.client,
                self.engine,
                self.rules,
                incident_id=incident.id,
                channel=CHANNEL_ID,
                now=now,
            )
            self.fake.clear()
        with Session(self.engine) as session:
            return session.get(Incident, incident.id)

    def step(self, key: str) -> Step:
        with Session(self.engine) as session:
            return session.exec(select(Step).where(Step.step_key == key)).one()

    def planned(self, key: str | None = None) -> set[tuple[str, str, str]]:
        """Unsent reminders as (step, recipient kind, London time), optionally of one step."""
        with Session(self.engine) as session:
            rows = session.exec(
                select(Reminder, Step)
                .join(Step, Step.id == Reminder.step_id)
                .where(Reminder.status == "planned")
            ).all()
        return {
            (step.step_key, r.kind, f"{r.due_at.astimezone(LONDON):%a %d %b %H:%M}")
            for r, step in rows
            if key in (None, step.step_key)
        }

    def sent(self) -> list[Call]:
        """The reminder and digest messages Slack accepted, in order."""
        return [
            c
            for c in self.fake.calls("chat.postMessage")
            if c.ok and (c.json_param("metadata") or {}).get("event_type") == METADATA_EVENT
        ]


@pytest.fixture
def world(engine: Engine, fake: FakeSlackAPI) -> Iterator[World]:
    """A partnership with the default policy, but no daily digest unless a test asks."""
    client = WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=[], timeout=5)
    rules = load_rules()
    rules = dataclasses.replace(
        rules, reminders=dataclasses.replace(rules.reminders, digest_at=None)
    )
    yield World(
        engine, fake, client, rules, Runtime(engine, rules, CHANNEL_ID, Access(client, CHANNEL_ID))
    )


def who(call: Call) -> str:
    """Where a reminder went: "dm:USER", "thread" or "channel"."""
    channel = call.params["channel"]
    if channel.startswith("U"):
        return f"dm:{channel}"
    return "thread" if call.params.get("thread_ts") else "channel"


def about(call: Call) -> str:
    return call.params["text"]
