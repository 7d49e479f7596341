"""The scheduler's tick with a hand-moved clock, against the fake Slack Web API and both
databases: the right reminders on the right working day and hour, replanned after every
kind of edit, caught up once after an outage, retried with backoff, never sent twice."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import time as clock
from datetime import UTC, date, datetime, timedelta

import pytest
from slack_sdk import WebClient
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.edge.cli import main
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.flows.jobs.reminders import (
    FIRST_RETRY,
    MAX_ATTEMPTS,
    carried_by,
    metadata_of,
)
from bot.flows.posting import publish_case
from bot.rules import load_rules
from bot.runtime import Runtime
from bot.usecases import lifecycle
from bot.usecases.cases import POST_LEASE
from bot.usecases.reminders import snooze_step
from storage.db import session_scope
from storage.models import AuditEvent, ChecklistItem, Incident, Reminder, Step
from storage.queries.reminders import claim_due_reminders
from tests.support.fake_slack import Call, FakeSlackAPI
from tests.support.forms import form, open_form
from tests.support.running_bot import OUTSIDER_ID, OWNER_ID, RunningBot
from tests.support.scheduler_world import LOGGED, World, about, at, who
from tests.support.slack_requests import CHANNEL_ID, USER_ID, dm_channel_id
from tests.support.travelled_bot import ROOT, command, working_hours_now

# -- planning ---------------------------------------------------------------------------


def test_logging_a_case_plans_its_reminders(world: World) -> None:
    world.log()
    assert world.planned("panel_notification") == {
        ("panel_notification", "owner", "Tue 24 Nov 09:00"),
        ("panel_notification", "owner", "Thu 26 Nov 09:00"),
        ("panel_notification", "owner", "Fri 27 Nov 09:00"),
        ("panel_notification", "thread", "Fri 27 Nov 09:00"),
        ("panel_notification", "owner", "Mon 30 Nov 09:00"),
        ("panel_notification", "thread", "Mon 30 Nov 09:00"),
        ("panel_notification", "escalation", "Mon 30 Nov 09:00"),
    }
    # The rapid review falls due on Fri 11 Dec (provisionally, 15 working days from
    # awareness): reminded from Tue 8 Dec.
    assert ("rapid_review", "owner", "Tue 08 Dec 09:00") in world.planned()
    with Session(world.engine) as session:
        escalations = session.exec(select(Reminder).where(Reminder.kind == "escalation")).all()
    assert {r.recipient for r in escalations} == {USER_ID}  # whoever logged the case


def test_each_rule_fires_on_its_day_and_hour_and_never_twice(world: World) -> None:
    world.log()
    assert world.tick(at("2026-11-24", 8, 59)).sent == []
    report = world.tick(at("2026-11-24", 9))
    # 3 working days before the Panel and partner notifications: one message to the owner.
    assert len(report.sent) == 1
    first = world.sent()
    assert [who(c) for c in first] == [f"dm:{OWNER_ID}"]
    assert "SI-2026-0001 · Child K" in about(first[0])
    assert about(first[0]).count(", due Fri 27 Nov 2026 (3 working days left)") == 2
    assert " is 3 working days left" not in about(first[0])
    blocks = str(first[0].blocks)
    assert blocks.count("Mark done") == 2 and blocks.count("Remind me next working day") == 2
    assert "Summary" not in blocks  # the reference and pseudonym, nothing more

    assert world.tick(at("2026-11-24", 9, 1)).sent == []  # never the same one again
    assert world.tick(at("2026-11-25", 9)).sent == []  # nothing falls on Wednesday
    assert len(world.tick(at("2026-11-26", 9)).sent) == 1  # 1 working day before
    on_the_day = world.tick(at("2026-11-27", 9))
    assert len(on_the_day.sent) == 2  # the owner and the thread, each once for both steps
    assert {who(c) for c in world.sent()[2:]} == {f"dm:{OWNER_ID}", "thread"}
    assert "due Fri 27 Nov 2026 (today)" in about(world.sent()[-1])
    assert "due today" not in about(world.sent()[-1])
    assert world.tick(at("2026-11-28", 9)).sent == []  # Saturday
    assert world.tick(at("2026-11-29", 9)).sent == []  # Sunday
    overdue = world.tick(at("2026-11-30", 9))
    assert len(overdue.sent) == 3  # the owner, the thread and the escalation
    assert f"dm:{USER_ID}" in {who(c) for c in world.sent()[4:]}
    assert "overdue by 1 working day" in about(world.sent()[-1])
    # Each daily reminder plans the next one.
    assert ("panel_notification", "escalation", "Tue 01 Dec 09:00") in world.planned()


def test_a_checklist_items_owner_is_reminded_on_its_due_day_and_not_after_done(
    world: World,
) -> None:
    incident = world.log()
    with Session(world.engine) as session:
        item = session.exec(
            select(ChecklistItem).where(ChecklistItem.due_on == date(2026, 12, 4))
        ).first()
    assert item is not None and item.id is not None  # due 10 working days after awareness
    world.tick(at("2026-12-02", 9))  # the steps' reminders so far; the item has no owner
    assert not [c for c in world.sent() if item.title[:30] in about(c)]
    lifecycle.update_item(
        world.engine,
        world.rules,
        item_id=item.id,
        actor=USER_ID,
        now=at("2026-12-02", 10),
        owner=OWNER_ID,
    )

    def about_item() -> list[Call]:
        return [c for c in world.sent() if item.title[:30] in about(c)]

    world.tick(at("2026-12-03", 9))  # the working day before
    world.tick(at("2026-12-04", 9))  # the due day
    day_before, due_day = about_item()
    assert {who(day_before), who(due_day)} == {f"dm:{OWNER_ID}"}  # the owner only
    assert "due Fri 4 Dec 2026 (today)" in about(due_day)
    assert f"{incident.reference} · Child K" in about(due_day)
    assert '"action_id": "reminder_item_done"' in json.dumps(due_day.blocks)
    lifecycle.update_item(
        world.engine,
        world.rules,
        item_id=item.id,
        actor=OWNER_ID,
        now=at("2026-12-04", 11),
        status="done",
    )
    world.tick(at("2026-12-07", 9))
    world.tick(at("2026-12-08", 9))
    assert len(about_item()) == 2  # nothing once it is done


def test_no_reminders_on_bank_holidays(world: World) -> None:
    # Aware Mon 21 Dec 2026: notifications due Wed 30 Dec (Christmas and the substitute
    # Boxing Day, Mon 28, are not working days).
    world.log(aware_on=date(2026, 12, 21), now=at("2026-12-21", 12))
    days = {when[:10] for _, _, when in world.planned("panel_notification")}
    assert days == {"Wed 23 Dec", "Tue 29 Dec", "Wed 30 Dec", "Thu 31 Dec"}
    reminded = []
    for offset in range(16):
        day = (date(2026, 12, 22) + timedelta(days=offset)).isoformat()
        if world.tick(at(day, 9)).sent:
            reminded.append(day)
    # Overdue from Thu 31 Dec: New Year's Day and the weekend pass in silence.
    assert reminded == [
        "2026-12-23",
        "2026-12-29",
        "2026-12-30",
        "2026-12-31",
        "2027-01-04",
        "2027-01-05",
        "2027-01-06",
    ]


# -- replanning after every kind of edit -------------------------------------------------


def test_replanned_after_every_kind_of_edit(world: World) -> None:
    incident = world.log()
    now = at("2026-11-23", 11)

    # The Panel notification recorded (as sent on Tue 24th): its reminders go, and the
    # rapid review's move to 15 working days from the notification (due Tue 15 Dec).
    panel = world.step("panel_notification")
    lifecycle.record_step_done(
        world.engine, world.rules, step_id=panel.id, on=date(2026, 11, 24), actor=USER_ID, now=now
    )
    assert world.planned("panel_notification") == set()
    review = world.planned("rapid_review")
    assert ("rapid_review", "owner", "Tue 15 Dec 09:00") in review
    assert ("rapid_review", "owner", "Tue 08 Dec 09:00") not in review

    # Not applicable: dropped. Undone: planned again.
    partner = world.step("partner_notification")
    lifecycle.set_step_status(
        world.engine,
        world.rules,
        step_id=partner.id,
        status="not_applicable",
        reason="r",
        actor=USER_ID,
        now=now,
    )
    assert world.planned("partner_notification") == set()
    lifecycle.reopen_step(world.engine, world.rules, step_id=partner.id, actor=USER_ID, now=now)
    assert len(world.planned("partner_notification")) == 7

    # A new owner: reminders go to them instead.
    lifecycle.assign_step(
        world.engine, world.rules, step_id=partner.id, owner="U0NEWOWNER", actor=USER_ID, now=now
    )
    with Session(world.engine) as session:
        owners = session.exec(
            select(Reminder.recipient).where(
                Reminder.step_id == partner.id, Reminder.kind == "owner"
            )
        ).all()
    assert set(owners) == {"U0NEWOWNER"}

    # A snooze to Thursday: Tuesday's reminder goes; the owner hears again on Thursday.
    snooze_step(world.engine, world.rules, step_id=partner.id, days=2, actor=OWNER_ID, now=now)
    assert {w for _, kind, w in world.planned("partner_notification") if kind == "owner"} == {
        "Wed 25 Nov 09:00",
        "Thu 26 Nov 09:00",
        "Fri 27 Nov 09:00",
        "Mon 30 Nov 09:00",
    }

    # The case closed: nothing more about any step.
    lifecycle.close_case(
        world.engine, world.rules, incident_id=incident.id, reason="r", actor=USER_ID, now=now
    )
    assert world.planned() == set()
    assert world.tick(at("2026-12-15", 9)).sent == []


def test_a_local_review_commissioned_planned_paused_and_resumed(world: World) -> None:
    world.log()
    now = at("2026-12-01", 11)
    decision = world.step("lcspr_decision")
    lifecycle.record_step_done(
        world.engine,
        world.rules,
        step_id=decision.id,
        on=date(2026, 12, 1),
        actor=USER_ID,
        now=now,
        decision="lcspr",
        rationale="Learning about agencies working together.",
    )
    # Publication falls due 6 months after the decision, Tue 1 Jun 2027; 3 working days
    # before is Wed 26 May, as Mon 31 May is the spring bank holiday.
    assert ("lcspr_publication", "owner", "Wed 26 May 09:00") in world.planned()
    publication = world.step("lcspr_publication")
    lifecycle.plan_publication(
        world.engine,
        world.rules,
        step_id=publication.id,
        on=date(2027, 5, 14),
        actor=USER_ID,
        now=now,
    )
    # The final report is due 7 working days before publication: Wed 5 May 2027, and 3
    # working days before that is Thu 29 Apr (Mon 3 May is the early May bank holiday).
    assert ("final_report_to_panel", "owner", "Thu 29 Apr 09:00") in world.planned()
    lifecycle.set_step_status(
        world.engine,
        world.rules,
        step_id=publication.id,
        status="paused",
        reason="trial",
        actor=USER_ID,
        now=now,
    )
    assert world.planned("lcspr_publication") == set()
    lifecycle.set_step_status(
        world.engine,
        world.rules,
        step_id=publication.id,
        status="open",
        reason="trial over",
        actor=USER_ID,
        now=now,
    )
    assert ("lcspr_publication", "owner", "Wed 26 May 09:00") in world.planned()


def test_a_paused_step_is_not_nudged_until_it_resumes(world: World) -> None:
    world.log()
    now = at("2026-11-23", 11)
    review = world.step("rapid_review")
    # Only publication steps may be paused by the rules; pause the step directly instead.
    with session_scope(world.engine) as session:
        step = session.get(Step, review.id)
        step.status, step.paused_at = "paused", now
    # Without a replan the claimed reminder is still checked before it is sent.
    report = world.tick(at("2026-12-08", 9))
    assert not [line for line in report.sent if "rapid_review" in line]
    assert report.skipped >= 1
    lifecycle.set_step_status(
        world.engine,
        world.rules,
        step_id=review.id,
        status="open",
        reason="r",
        actor=USER_ID,
        now=now,
    )
    assert ("rapid_review", "owner", "Thu 10 Dec 09:00") in world.planned()


def test_a_step_done_between_claim_and_send_is_not_nudged(world: World) -> None:
    world.log()
    with session_scope(world.engine) as session:  # done behind the planner's back
        step = session.exec(select(Step).where(Step.step_key == "panel_notification")).one()
        step.status = "done"
    report = world.tick(at("2026-11-24", 9))
    assert report.sent == [f"SI-2026-0001 partner_notification → dm:{OWNER_ID}"]
    assert report.skipped == 1


def test_overdue_steps_escalate_to_a_configured_user_group_once_in_the_channel(
    world: World,
) -> None:
    policy = dataclasses.replace(world.rules.reminders, escalation="S0LEADERS1")
    world.rules = dataclasses.replace(world.rules, reminders=policy)
    world.runtime = dataclasses.replace(world.runtime, rules=world.rules)
    world.log()
    world.log(pseudonym="Child M")
    world.tick(at("2026-11-30", 9))
    group = [c for c in world.sent() if "subteam" in str(c.blocks)]
    assert len(group) == 1  # the four notifications of two cases, overdue: one mention
    assert group[0].params["channel"] == CHANNEL_ID and not group[0].params.get("thread_ts")
    assert "<!subteam^S0LEADERS1>" in str(group[0].blocks)
    assert about(group[0]).count("overdue by 1 working day") == 4
    assert "SI-2026-0001 · Child K" in about(group[0]) and "SI-2026-0002" in about(group[0])


# -- outages, failures, retries ----------------------------------------------------------


def test_after_an_outage_missed_reminders_go_out_once(world: World) -> None:
    world.log()
    # Down from Monday's logging until Wednesday 2 December, 10:00.
    report = world.tick(at("2026-12-02", 10))
    panel = [c for c in world.sent() if "Notify the Child" in about(c)]
    assert sorted(who(c) for c in panel) == sorted([f"dm:{OWNER_ID}", f"dm:{USER_ID}", "thread"])
    assert "overdue by 3 working days" in about(panel[0])
    # Tue 24, Thu 26, Fri 27, Mon 30, Tue 1 and Wed 2 to the owner: one message.
    assert report.superseded > 0
    assert world.tick(at("2026-12-02", 10, 5)).sent == []
    assert ("panel_notification", "owner", "Thu 03 Dec 09:00") in world.planned()
    assert len(world.tick(at("2026-12-03", 9)).sent) == 3  # owner, thread, escalation


def test_a_slack_failure_is_retried_with_backoff_without_holding_up_the_rest(
    world: World,
) -> None:
    world.log()
    world.fake.fail("chat.postMessage", status=500, times=1)
    first = world.tick(at("2026-11-24", 9))
    assert first.sent == [] and len(first.retrying) == 1
    assert "HTTP 500" in first.retrying[0] or "internal_error" in first.retrying[0]
    assert world.tick(at("2026-11-24", 9) + FIRST_RETRY / 2).sent == []  # backing off
    again = world.tick(at("2026-11-24", 9) + FIRST_RETRY + timedelta(seconds=1))
    assert len(again.sent) == 1
    assert len(world.sent()) == 1

    # ok:false with a passing error, then Slack unreachable altogether.
    world.fake.fail("chat.postMessage", error="internal_error", times=1)
    assert len(world.tick(at("2026-11-26", 9)).retrying) == 1
    world.fake.down()
    try:
        refused = world.tick(at("2026-11-26", 9, 5))
        assert len(refused.retrying) == 1 and "refused" in refused.retrying[0].lower()
    finally:
        world.fake.up()
    assert len(world.tick(at("2026-11-26", 10)).sent) == 1
    # Due day: the owner's message and the thread's; one failing holds up not the other.
    world.fake.fail("chat.postMessage", status=500, times=1)
    due_day = world.tick(at("2026-11-27", 9))
    assert len(due_day.sent) == 1 and len(due_day.retrying) == 1


def test_a_rate_limit_waits_at_least_as_long_as_slack_asks(world: World) -> None:
    world.log()
    world.fake.rate_limit("chat.postMessage", retry_after=120, times=1)
    assert len(world.tick(at("2026-11-24", 9)).retrying) == 1
    assert world.tick(at("2026-11-24", 9, 1)).sent == []  # past the usual 30 s backoff
    assert len(world.tick(at("2026-11-24", 9, 3)).sent) == 1


def test_an_undeliverable_reminder_is_reported_in_the_thread_not_retried(world: World) -> None:
    incident = world.log()
    world.fake.fail("chat.postMessage", error="account_inactive", times=1)
    report = world.tick(at("2026-11-24", 9))
    assert len(report.failed) == 1 and "account_inactive" in report.failed[0]
    notice = next(c for c in world.fake.calls("chat.postMessage") if "not be" in about(c))
    assert notice.params["thread_ts"] == incident.card_ts
    assert "could not be delivered to <@U0LEADPOL1>" in about(notice)
    assert world.tick(at("2026-11-24", 12)).failed == []


def test_a_reminder_that_keeps_failing_is_given_up_after_so_many_attempts(
    world: World,
) -> None:
    world.log(died=True, seriously_harmed=False)
    world.fake.fail("chat.postMessage", status=503)
    when = at("2026-11-24", 9)  # CDOP is due today: owner and thread
    for _ in range(MAX_ATTEMPTS):  # hourly, inside working hours: 09:00 to 16:00
        report = world.tick(when)
        when += timedelta(hours=1)
    # The owner's message (CDOP and the 2 notifications), and CDOP in the thread.
    assert len(report.failed) == 2
    assert all(f"{MAX_ATTEMPTS} attempts" in line for line in report.failed)
    assert world.tick(when).failed == []


def test_a_worker_that_died_mid_send_neither_loses_nor_repeats_a_reminder(
    world: World,
) -> None:
    world.log()
    nine = at("2026-11-24", 9)
    with session_scope(world.engine) as session:
        claims = claim_due_reminders(
            session, now=nine, worker="dead-worker", lease=timedelta(minutes=5), limit=10
        )
    assert len(claims) == 2  # the owner's two, for one message
    # A message carrying one of them reached Slack before it died.
    sent_before = claims[0].reminder
    world.client.chat_postMessage(
        channel=OWNER_ID,
        text="reminder",
        metadata=metadata_of([sent_before.id]),
    )
    assert world.tick(nine + timedelta(minutes=4)).sent == []  # its lease still holds
    report = world.tick(nine + timedelta(minutes=6))
    assert len(report.sent) == 2
    assert sum("found in Slack" in line for line in report.sent) == 1
    dms = [m for m in world.fake.messages(dm_channel_id(OWNER_ID)) if m.get("metadata")]
    ids = sorted(i for m in dms for i in carried_by(m["metadata"]))
    assert ids == sorted(c.reminder.id for c in claims)  # each once


def test_a_grouped_message_found_in_slack_is_not_sent_again(world: World) -> None:
    world.log()
    nine = at("2026-11-24", 9)
    with session_scope(world.engine) as session:
        claims = claim_due_reminders(
            session, now=nine, worker="dead-worker", lease=timedelta(minutes=5), limit=10
        )
    world.client.chat_postMessage(  # the whole message went, and then the worker died
        channel=OWNER_ID,
        text="reminders",
        metadata=metadata_of([c.reminder.id for c in claims]),
    )
    world.fake.clear()
    report = world.tick(nine + timedelta(minutes=6))
    assert [line.endswith("(found in Slack, not sent again)") for line in report.sent] == [True]
    assert world.fake.calls("chat.postMessage") == []
    with Session(world.engine) as session:
        statuses = {session.get(Reminder, c.reminder.id).status for c in claims}
    assert statuses == {"sent"}


def test_channel_posts_that_failed_are_retried_by_the_tick(world: World) -> None:
    world.fake.fail("chat.postMessage", status=500)
    incident = world.log(post=False)
    assert not publish_case(
        world.client,
        world.engine,
        world.rules,
        incident_id=incident.id,
        channel=CHANNEL_ID,
        now=LOGGED,
    )
    world.fake.clear_faults()
    world.fake.clear()
    assert world.tick(LOGGED + POST_LEASE / 2).posted == []  # the logging request's turn
    report = world.tick(LOGGED + POST_LEASE + timedelta(seconds=1))
    assert report.posted == ["SI-2026-0001: case card and checklist"]
    with Session(world.engine) as session:
        stored = session.get(Incident, incident.id)
    assert stored.card_ts and stored.checklist_ts
    assert world.tick(LOGGED + 3 * POST_LEASE).posted == []
    assert len([c for c in world.fake.calls("chat.postMessage") if c.params.get("thread_ts")]) == 1


# -- the daily digest --------------------------------------------------------------------


def test_the_daily_digest_on_working_days(world: World) -> None:
    world.runtime = dataclasses.replace(world.runtime, rules=load_rules())
    world.log()
    world.log(aware_on=date(2026, 11, 12))  # its notifications were due Thu 19 Nov
    assert world.tick(at("2026-11-24", 8, 59)).sent == []
    world.tick(at("2026-11-24", 9))
    digests = [c for c in world.sent() if who(c) == "channel"]
    assert len(digests) == 1
    text = str(digests[0].blocks)
    # Two steps overdue and two due this week; with them, the checklist items (two of each
    # case's overdue, three of the older case's due by Sunday).
    assert "Overdue (6)" in text and "Due this week (5)" in text
    # A case's checklist items share a line; steps are named with their owners.
    assert (
        "*SI-2026-0002 · Child K* · 2 checklist items, the soonest due *Fri 13 Nov 2026* · "
        "overdue by 7 working days · _provisional_ · No owner yet"
    ) in text
    assert "Ask the safeguarding lead of each involved agency" not in text
    assert "overdue by 3 working days · <@U0LEADPOL1>" in text
    assert "SI-2026-0002 · Child K" in text and "overdue by 3 working days" in text
    world.tick(at("2026-11-24", 15))
    world.tick(at("2026-11-28", 9))  # Saturday
    assert len([c for c in world.sent() if who(c) == "channel"]) == 1
    world.tick(at("2026-11-30", 9))
    assert len([c for c in world.sent() if who(c) == "channel"]) == 2


# -- the partners' yearly report ---------------------------------------------------------


def test_the_yearly_report_is_reminded_in_the_channel_even_after_a_missed_day(
    world: World,
) -> None:
    """2026-27 (April to March) is due six months after it ends, Thu 30 Sep 2027; the
    channel is reminded 20 and 5 working days before and on the day. The bot is down on
    Thu 23 Sep and next runs on Saturday: the missed reminder waits for Monday's working
    hours, says when it was due, and is sent once."""

    def yearly() -> list[Call]:
        return [c for c in world.sent() if who(c) == "channel" and "Yearly report" in about(c)]

    world.tick(at("2027-09-01", 9))
    assert yearly() == []
    world.tick(at("2027-09-02", 9))
    world.tick(at("2027-09-02", 15))
    assert [about(c) for c in yearly()] == [
        "Yearly report 2026-27: Publish the partners' yearly report and send a copy on, due "
        "Thu 30 Sep 2027 (20 working days left)."
    ]
    assert yearly()[0].params["channel"] == CHANNEL_ID
    assert "s16G" in str(yearly()[0].blocks) and "/incident report 2026-27" in str(
        yearly()[0].blocks
    )
    world.tick(at("2027-09-25", 10))  # Saturday, after the missed Thursday
    assert len(yearly()) == 1
    world.tick(at("2027-09-27", 9))
    world.tick(at("2027-09-27", 11))
    assert len(yearly()) == 2
    late = yearly()[1]
    assert "(3 working days left)" in about(late)
    assert "This reminder was due Thu 23 Sep 2027." in str(late.blocks)
    world.tick(at("2027-09-30", 9))
    assert about(yearly()[2]).endswith("due Thu 30 Sep 2027 (today).")
    world.tick(at("2027-10-01", 9))  # the next is 2027-28's, from September 2028
    assert len(yearly()) == 3


def test_no_yearly_report_reminder_without_its_rule(world: World) -> None:
    timetable = dataclasses.replace(world.rules.timetable, yearly_report=None)
    rules = dataclasses.replace(world.rules, timetable=timetable)
    world.runtime = dataclasses.replace(world.runtime, rules=rules)
    world.tick(at("2027-09-02", 9))
    assert world.sent() == []


def test_audit_of_a_snooze(world: World) -> None:
    world.log()
    step = world.step("panel_notification")
    snooze_step(
        world.engine,
        world.rules,
        step_id=step.id,
        days=1,
        actor=OWNER_ID,
        now=at("2026-11-24", 9, 5),
    )
    with Session(world.engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "step_snoozed")).one()
    assert (event.actor, event.detail["until"]) == (OWNER_ID, "2026-11-25")
    with Session(world.engine) as session:
        assert session.get(Step, step.id).snoozed_until == date(2026, 11, 25)


# -- the buttons on a reminder, pressed in Slack -----------------------------------------


def test_reminder_buttons_mark_done_snooze_or_open_the_form(running: RunningBot) -> None:
    view = open_form(running)
    running.slack.view_submission(view=view, state_values=form())  # died; aware Fri 20 Nov
    running.fake.wait_for("views.update")
    client = WebClient(token="xoxb-test", base_url=running.fake.url, retry_handlers=[])
    runtime = Runtime(running.engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID))
    running.fake.clear()
    tick(runtime, client, at("2026-11-24", 9))  # CDOP due today; 3 days to the notifications
    running.clock.now = at("2026-11-24", 9, 5)

    def press(step: str, action_id: str, value: str, user: str = OWNER_ID) -> None:
        call = next(c for c in running.fake.calls("chat.postMessage") if step in about(c))
        ts = next(
            m["ts"]
            for m in running.fake.messages()
            if (m.get("metadata") or {}).get("event_payload")
            == call.json_param("metadata")["event_payload"]
        )
        button = {"type": "button", "action_id": action_id, "value": value, "block_id": "b"}
        channel = dm_channel_id(user) if who(call).startswith("dm") else CHANNEL_ID
        running.slack.block_actions(button, user_id=user, channel_id=channel, message={"ts": ts})

    with Session(running.engine) as session:
        steps = {s.step_key: s for s in session.exec(select(Step)).all()}
    cdop, panel = steps["cdop_notification"], steps["panel_notification"]

    press("child death review", "reminder_done", str(cdop.id))
    replaced = running.fake.wait_for("response_url")[0]
    assert replaced.params["replace_original"] is True
    assert f"Marked done by <@{OWNER_ID}> on Tue 24 Nov 2026" in str(replaced.params)
    running.fake.wait_for("chat.update")  # the case card redrawn
    with Session(running.engine) as session:
        assert session.get(Step, cdop.id).status == "done"
        left = session.exec(
            select(Reminder).where(Reminder.step_id == cdop.id, Reminder.status == "planned")
        ).all()
    assert left == []

    press("Notify the Child Safeguarding", "reminder_snooze:1", f"{panel.id}:1")
    snoozed = running.fake.wait_for("response_url", count=2)[1]
    assert "the next reminder comes on Wed 25 Nov 2026" in str(snoozed.params)
    with Session(running.engine) as session:
        assert session.get(Step, panel.id).snoozed_until == date(2026, 11, 25)

    press("Notify the Child Safeguarding", "reminder_done", str(panel.id))
    form_view = running.fake.wait_for("views.open")[0].view
    assert "Notify the Child Safeguarding" in str(form_view)  # the date is asked for

    press("Notify the Child Safeguarding", "reminder_done", str(panel.id), user=OUTSIDER_ID)
    assert "only members" in str(running.fake.wait_for("response_url", count=3)[2].params)
    with Session(running.engine) as session:
        actions = session.exec(select(AuditEvent.action)).all()
    assert {"step_done", "step_snoozed", "access_refused"} <= set(actions)


# -- the commands ------------------------------------------------------------------------


def _settings_env(monkeypatch: pytest.MonkeyPatch, engine: Engine, fake: FakeSlackAPI) -> None:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", fake.url)
    monkeypatch.setenv("SAFEGUARDING_CHANNEL", CHANNEL_ID)


def test_remind_once_runs_one_tick_at_the_given_time_and_prints_it(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    world.log()
    _settings_env(monkeypatch, world.engine, world.fake)
    main(["remind", "--once", "--now", "2026-11-24T09:00:00+00:00"])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Reminders due by Tue 24 Nov 2026 09:00 UK time:"
    assert (
        "  sent     SI-2026-0001 panel_notification, SI-2026-0001 partner_notification"
        " → dm:U0LEADPOL1"
    ) in out
    assert "  sent     digest → C0INCIDENT" in out
    assert out[-1].startswith("  2 sent, 0 to retry, 0 failed")
    main(["remind", "--once", "--now", "2026-11-24T09:00:00+00:00"])
    assert capsys.readouterr().out.splitlines()[-1].startswith("  0 sent")
    with pytest.raises(SystemExit) as exited:
        main(["remind", "--once", "--now", "tomorrow"])
    assert exited.value.code == 2
    assert "not a time with its offset: 'tomorrow'" in capsys.readouterr().err


def test_run_sends_reminders_unless_told_not_to(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real command: a reminder missed while the bot was down goes out when it starts
    (in working hours: the clocks are moved there if need be), from a replica with the
    scheduler, not from one started with --no-scheduler."""
    if world.engine.dialect.name != "sqlite":
        pytest.skip("one backend is enough for the command itself")
    world.log(
        now=datetime.now(UTC) - timedelta(days=10), aware_on=date.today() - timedelta(days=10)
    )
    env = dict(
        os.environ,
        DATABASE_URL=world.engine.url.render_as_string(hide_password=False),
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET="secret",
        SLACK_API_URL=world.fake.url,
        SAFEGUARDING_CHANNEL=CHANNEL_ID,
    )
    env.pop("SLACK_APP_TOKEN", None)
    opening = working_hours_now()
    for flags, sends in (["--no-scheduler"], False), ([], True):
        process = subprocess.Popen(
            command(opening, "run", "--port", "0", *flags),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            assert process.stdout is not None
            said = next(line for line in process.stdout if "reminders" in line)
            assert ("Sending reminders" in said) is sends, said
            if sends:
                world.fake.wait_for("chat.postMessage", timeout=20)
            else:
                clock.sleep(1)
                assert world.sent() == []
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert world.sent()
