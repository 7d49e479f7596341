"""One message per person per working day: everything due for someone, across their
cases, arrives together, each line with its own buttons, and a button acts on its own line
only. Driven as Slack does: the scheduler's messages land in the fake Slack, and the
buttons are pressed as signed block_actions carrying the message Slack holds."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time
from typing import Any

from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.domain.calendar import LONDON
from bot.domain.incident import NewIncident
from bot.domain.timetable import Facts
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.flows.jobs.reminders import carried_by
from bot.flows.posting import publish_case
from bot.rules import load_rules
from bot.runtime import Runtime
from bot.views.reminders import Line, reminders_message
from bot.views.text import MESSAGE_BLOCKS
from storage.models import Incident, Reminder, Step
from tests.support.fake_slack import Call, block_errors
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.seed import log_incident
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action, dm_channel_id

RULES = load_rules()
_keys = itertools.count()


def at(day: str, hour: int = 9) -> datetime:
    local = datetime.combine(date.fromisoformat(day), time(hour), tzinfo=LONDON)
    return local.astimezone(UTC)


def log_three_cases(running: RunningBot, client: WebClient) -> list[Incident]:
    """Three cases of serious harm, all owned by one police lead, aware Fri 20 Nov: both
    notifications of each fall due on Fri 27 Nov."""
    logged = []
    for pseudonym in ("Child K", "Child M", "Child P"):
        facts = Facts(aware_on=date(2026, 11, 20), seriously_harmed=True)
        report = NewIncident(pseudonym, "5_9", facts, "Summary.", OWNER_ID, ("police",))
        incident = log_incident(
            running.engine,
            RULES,
            report,
            reported_by=USER_ID,
            submission_key=f"grouped:{next(_keys)}",
            now=at("2026-11-23", 10),
        )
        assert incident.id is not None
        assert publish_case(
            client,
            running.engine,
            RULES,
            incident_id=incident.id,
            channel=CHANNEL_ID,
            now=at("2026-11-23"),
        )
        with Session(running.engine) as session:
            logged.append(session.get(Incident, incident.id))
    return logged


def steps_of(running: RunningBot, key: str) -> list[Step]:
    with Session(running.engine) as session:
        found = session.exec(select(Step).where(Step.step_key == key).order_by(Step.id)).all()
    return list(found)


def reminders_to(running: RunningBot, channel: str) -> list[Call]:
    return [
        c
        for c in running.fake.calls("chat.postMessage")
        if c.ok and carried_by(c.json_param("metadata")) and c.params["channel"] == channel
    ]


def block_ids(blocks: list[dict[str, Any]]) -> list[str]:
    return [b.get("block_id", "") for b in blocks if b["type"] == "actions"]


def test_a_person_with_steps_in_three_cases_gets_one_message_and_each_line_acts_alone(
    running: RunningBot,
) -> None:
    client = WebClient(token="xoxb-test", base_url=running.fake.url, retry_handlers=[])
    runtime = Runtime(running.engine, RULES, CHANNEL_ID, Access(client, CHANNEL_ID))
    cases = log_three_cases(running, client)
    panels, partners = (
        steps_of(running, "panel_notification"),
        steps_of(running, "partner_notification"),
    )
    running.fake.clear()

    tick(runtime, client, at("2026-11-27"))  # the due day of all six
    (message,) = reminders_to(running, OWNER_ID)  # one message to the owner...
    threads = [c for c in running.fake.calls("chat.postMessage") if c.params.get("thread_ts")]
    assert sorted(c.params["thread_ts"] for c in threads) == sorted(i.card_ts for i in cases)
    blocks = message.blocks or []
    assert len(block_ids(blocks)) == 6  # ...listing all six, each with its own buttons
    for incident in cases:
        assert f"*{incident.reference} · {incident.pseudonym}*" in str(blocks)
    assert "6 due or overdue, in 3 cases" in str(blocks)
    assert len(carried_by(message.json_param("metadata"))) == 6
    assert not block_errors(blocks, MESSAGE_BLOCKS)

    running.clock.now = at("2026-11-27", 10)
    held = next(m for m in running.fake.messages(dm_channel_id(OWNER_ID)) if m.get("metadata"))

    def press(action_id: str, value: str, block_id: str, shown: list[dict[str, Any]]) -> list[Any]:
        running.slack.block_actions(
            action(action_id, value, block_id=block_id),
            user_id=OWNER_ID,
            channel_id=dm_channel_id(OWNER_ID),
            message={"ts": held["ts"], "text": held["text"], "blocks": shown},
        )
        count = len(running.fake.calls("response_url")) + 1
        replaced = running.fake.wait_for("response_url", count=count)[-1]
        assert replaced.params["replace_original"] is True
        return replaced.json_param("blocks")

    done, snoozed = partners[1], partners[2]
    after_done = press("reminder_done", str(done.id), f"reminder:{done.id}", held["blocks"])
    assert f"reminder:{done.id}" not in block_ids(after_done)
    assert len(block_ids(after_done)) == 5  # the other lines keep their buttons
    line = next(b for b in after_done if b.get("block_id") == f"line:{done.id}")
    assert "Marked done by" in line["text"]["text"] and done.title[:20] in line["text"]["text"]
    assert not block_errors(after_done, MESSAGE_BLOCKS)

    after_snooze = press(
        "reminder_snooze:1", f"{snoozed.id}:1", f"reminder:{snoozed.id}", after_done
    )
    assert block_ids(after_snooze) == [
        b for b in block_ids(after_done) if b != f"reminder:{snoozed.id}"
    ]
    line = next(b for b in after_snooze if b.get("block_id") == f"line:{done.id}")
    assert "Marked done by" in line["text"]["text"]  # the earlier line stays as it was
    snoozed_line = next(b for b in after_snooze if b.get("block_id") == f"line:{snoozed.id}")
    assert "the next reminder comes on Mon 30 Nov 2026" in snoozed_line["text"]["text"]

    with Session(running.engine) as session:
        assert session.get(Step, done.id).status == "done"
        assert session.get(Step, snoozed.id).snoozed_until == date(2026, 11, 30)
        untouched = [session.get(Step, s.id) for s in (*panels, partners[0])]
    assert {(s.status, s.snoozed_until) for s in untouched} == {("open", None)}

    running.fake.clear()
    tick(runtime, client, at("2026-11-30"))  # overdue: owner, threads, escalation
    (overdue,) = reminders_to(running, OWNER_ID)
    ids = block_ids(overdue.blocks or [])
    assert f"reminder:{done.id}" not in ids  # nothing once done
    assert sorted(ids) == sorted(f"reminder:{s.id}" for s in (*panels, partners[0], snoozed))
    (escalated,) = reminders_to(running, USER_ID)  # whoever logged them: one message too
    assert len(block_ids(escalated.blocks or [])) == 5
    assert "overdue, so sent to you too" in str(escalated.blocks)
    assert (
        len([c for c in running.fake.calls("chat.postMessage") if c.params.get("thread_ts")]) == 3
    )

    running.fake.clear()
    assert tick(runtime, client, at("2026-11-30", 11)).sent == []  # nothing twice
    with Session(running.engine) as session:
        unsent = session.exec(
            select(Reminder).where(
                Reminder.status == "planned", Reminder.due_at <= at("2026-11-30", 11)
            )
        ).all()
    assert unsent == []


def test_past_slacks_block_limit_the_message_says_how_many_more() -> None:
    incidents = [
        Incident(id=n, reference=f"SI-2026-{n:04d}", pseudonym="Child K", summary="", location="")
        for n in range(1, 11)
    ]
    lines = [
        Line(
            incident,
            Step(
                id=incident.id * 10 + k,
                incident_id=incident.id,
                step_key=f"step_{k}",
                title=f"Step {k}",
                owner_role="police",
                owner_id=OWNER_ID,
                due_on=date(2026, 11, 27),
                basis="",
            ),
        )
        for incident in incidents
        for k in range(4)
    ]
    text, blocks = reminders_message(lines, date(2026, 11, 27), RULES.calendar)
    shown = [b for b in blocks if b.type == "actions"]
    assert len(blocks) <= MESSAGE_BLOCKS
    assert not block_errors([b.to_dict() for b in blocks], MESSAGE_BLOCKS)
    assert f"…and {40 - len(shown)} more" in str(blocks[-2].to_dict())
    assert "Home tab" in str(blocks[-2].to_dict())
    assert len({b.block_id for b in shown}) == len(shown) > 15
    assert len(text) <= 3000 and text.startswith("Reminders: SI-2026-0001 · Child K: Step 0")
