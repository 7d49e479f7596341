"""Slack slow, failing or absent while cases are logged and buttons pressed: every case is
stored, every post and reminder is delivered once in the end, and acks stay inside Slack's
3 seconds."""

from __future__ import annotations

import time
from collections import Counter
from datetime import timedelta

import pytest
from slack_sdk import WebClient
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.flows.jobs.reminders import carried_by
from bot.rules import load_rules
from bot.runtime import Runtime
from bot.usecases import cases
from bot.usecases.cases import POST_LEASE
from bot.views.incident_form import read_incident_form
from storage.models import ChecklistItem, Incident, ReceivedReport
from tests.support.forms import form, text_of
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action, state_values

SLACK_LIMIT = 3.0  # seconds Slack waits for an ack


def timed(request: callable) -> tuple[float, object]:  # type: ignore[valid-type]
    started = time.monotonic()
    response = request()
    return time.monotonic() - started, response


def scheduler_tick(running: RunningBot, after: timedelta) -> None:
    """One scheduler tick, as a replica would run it, ``after`` the bot's current time."""
    client = WebClient(token="xoxb-test", base_url=running.fake.url, retry_handlers=[], timeout=5)
    runtime = Runtime(running.engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID))
    tick(runtime, client, running.clock.now + after)


def cards(running: RunningBot) -> Counter[str]:
    """Case cards that reached the channel, by reference."""
    found: Counter[str] = Counter()
    for call in running.fake.calls("chat.postMessage"):
        blocks = call.blocks or []
        heading = blocks[0].get("text", {}).get("text", "") if blocks else ""
        if call.ok and call.params.get("channel") == CHANNEL_ID and heading.startswith("SI-"):
            found[heading.split(" · ")[0]] += 1
    return found


def reminders(running: RunningBot) -> Counter[int]:
    found: Counter[int] = Counter()
    for call in running.fake.calls("chat.postMessage"):
        if call.ok:
            found.update(carried_by(call.json_param("metadata")))
    return found


def log_through_form(running: RunningBot, expect_views: int) -> float:
    """Open and submit the form; returns the slower of the two acks."""
    opened, _ = timed(lambda: running.slack.slash_command(""))
    call = running.fake.wait_for("views.open", count=expect_views, timeout=15)[expect_views - 1]
    view = running.fake.view(call.response["view"]["id"])
    submitted, response = timed(
        lambda: running.slack.view_submission(view=view, state_values=form())
    )
    assert response.json()["response_action"] == "update"
    return max(opened, submitted)


def first_checklist_item(running: RunningBot) -> ChecklistItem | None:
    with Session(running.engine) as session:
        return session.exec(select(ChecklistItem)).first()


def stored(running: RunningBot) -> list[Incident]:
    with Session(running.engine) as session:
        return list(session.exec(select(Incident).order_by(Incident.id)).all())


def test_a_slow_slack_api_does_not_slow_the_acks(running: RunningBot) -> None:
    running.slack.slash_command("list")  # membership known before Slack slows down
    running.fake.wait_for("response_url")
    running.fake.delay(None, 2.0)
    acks = [log_through_form(running, 1)]
    running.fake.wait_for("views.update", timeout=30)  # posted (slowly)
    case = stored(running)[0]
    with Session(running.engine) as session:
        item = session.exec(select(ChecklistItem)).first()
    press = action("checklist_item", f"done:{item.id}", element_type="overflow")
    acks.append(timed(lambda: running.slack.block_actions(press))[0])
    assert max(acks) < SLACK_LIMIT, acks
    running.fake.wait_for("chat.update", timeout=30)
    running.fake.clear_faults()
    assert cards(running) == {case.reference: 1}


def test_failing_and_absent_slack_loses_nothing_and_repeats_nothing(running: RunningBot) -> None:
    running.slack.slash_command("list")
    running.fake.wait_for("response_url")

    running.fake.fail("chat.postMessage", status=500)  # failing
    assert log_through_form(running, 1) < SLACK_LIMIT
    running.fake.wait_for("views.update", timeout=20)
    running.fake.clear_faults()
    running.fake.rate_limit("chat.postMessage", retry_after=1, times=3)  # a burst of 429s
    assert log_through_form(running, 2) < SLACK_LIMIT
    running.fake.wait_for("views.update", count=2, timeout=20)

    running.slack.slash_command("")  # absent: the form is open when Slack goes away
    call = running.fake.wait_for("views.open", count=3, timeout=15)[2]
    view = running.fake.view(call.response["view"]["id"])
    running.fake.down()
    took, response = timed(lambda: running.slack.view_submission(view=view, state_values=form()))
    assert response.json()["response_action"] == "update" and took < SLACK_LIMIT
    # The bot tries to post and to update the receipt, each with its client's retries
    # (about 1.5 s a call), and gives up: connection refused. Only then is Slack back.
    time.sleep(6)
    running.fake.up()

    assert len(stored(running)) == 3  # every case stored, whatever Slack did
    for minutes in (10, 20):  # the outbox catches up; a second tick posts nothing more
        scheduler_tick(running, timedelta(minutes=minutes))
    assert cards(running) == {case.reference: 1 for case in stored(running)}

    running.fake.fail("chat.postMessage", status=500)  # reminders while Slack fails
    scheduler_tick(running, timedelta(days=3, hours=-1, minutes=-30))
    failed = len([c for c in running.fake.calls("chat.postMessage") if not c.ok])
    running.fake.clear_faults()
    for hours in (0, 1, 2):
        scheduler_tick(running, timedelta(days=3, hours=hours))
    sent = reminders(running)
    assert failed and sent and set(sent.values()) == {1}


def test_a_press_while_the_case_is_still_being_posted_shows_in_the_end(
    running: RunningBot,
) -> None:
    running.slack.slash_command("list")
    running.fake.wait_for("response_url")
    running.fake.delay("chat.postMessage", 1.0)
    log_through_form(running, 1)
    deadline = time.monotonic() + 10
    while (item := first_checklist_item(running)) is None:  # logged just after the ack
        assert time.monotonic() < deadline, "the case was not logged"
        time.sleep(0.05)
    running.slack.block_actions(
        action("checklist_item", f"done:{item.id}", element_type="overflow")
    )
    running.fake.wait_for("views.update", timeout=30)  # the post has finished
    case = stored(running)[0]
    deadline = time.monotonic() + 20
    while "done by" not in str(
        next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == case.checklist_ts)
    ):
        assert time.monotonic() < deadline, "the checklist still shows the item open"
        time.sleep(0.2)


def test_a_form_whose_work_after_the_ack_never_ran_is_logged_by_the_scheduler(
    running: RunningBot,
) -> None:
    """The process stops between answering the form and logging its case: the report
    was kept, so a scheduler tick logs the case and posts it, once."""
    report = read_incident_form(state_values(form()), load_rules().checklist.agencies)
    received_at = running.clock.now
    assert (
        cases.receive_report(
            running.engine,
            report,
            reported_by=USER_ID,
            submission_key="view:V0GONE",
            now=received_at,
        )
        is None
    )
    scheduler_tick(running, timedelta(seconds=30))  # the request's own work may yet run
    assert stored(running) == []
    scheduler_tick(running, POST_LEASE + timedelta(seconds=1))
    scheduler_tick(running, POST_LEASE + timedelta(seconds=40))
    (case,) = stored(running)
    assert (case.reference, case.created_at, case.created_by) == (
        "SI-2026-0001",
        received_at,
        USER_ID,
    )
    assert case.checklist_ts is not None and cards(running) == {"SI-2026-0001": 1}
    with Session(running.engine) as session:
        assert session.exec(select(ReceivedReport)).all() == []


def test_a_database_failure_after_the_ack_is_told_and_the_scheduler_logs_the_case(
    running: RunningBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def database_gone(*_: object) -> None:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(cases, "log_received", database_gone)
    log_through_form(running, 1)
    update = running.fake.wait_for("views.update")[0]
    assert "could not be logged just now" in text_of(update.view)
    assert stored(running) == []
    monkeypatch.undo()
    scheduler_tick(running, POST_LEASE + timedelta(seconds=1))
    (case,) = stored(running)
    assert case.reference == "SI-2026-0001" and cards(running) == {"SI-2026-0001": 1}
