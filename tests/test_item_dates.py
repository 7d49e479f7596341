"""Checklist items follow the dates recorded elsewhere, driven as Slack does: a partner's
sign-off and the sending tick their items on the days recorded, not on the day of the
click; the decision's date shared with the family ticks its item (no longer reminded as
overdue); and an item caught up after the fact is marked done on the day it was done."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlmodel import Session, select

from bot.domain.reminders import ReminderStatus
from bot.domain.review import Partner
from bot.rules import load_rules
from storage.models import ChecklistItem, Incident, Reminder
from tests.support.cases import choose, log_case, message, opened
from tests.support.review import press_step, record, review_form, step_on, submit
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import USER_ID

LEADS = {
    Partner.LOCAL_AUTHORITY: USER_ID,
    Partner.POLICE: USER_ID,
    Partner.INTEGRATED_CARE_BOARD: USER_ID,
}
WITH_LEADS = {"rules": dataclasses.replace(load_rules(), sign_off_leads=LEADS)}
FAMILY = "share_with_family"


def item(running: RunningBot, key: str) -> ChecklistItem:
    with Session(running.engine) as session:
        return session.exec(select(ChecklistItem).where(ChecklistItem.item_key == key)).one()


def checklist(running: RunningBot, incident: Incident) -> str:
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert stored is not None and stored.checklist_ts
        return message(running, stored.checklist_ts)


def history(running: RunningBot, incident: Incident) -> str:
    """The case's History, one event a line."""
    opened = len(running.fake.calls("views.open"))
    choose(running, "case_history", str(incident.id))
    running.fake.wait_for("views.open", count=opened + 1)
    view = running.fake.last_view()
    assert view is not None
    return "\n".join(b["text"]["text"] for b in view["blocks"] if b.get("text"))


def planned_about(running: RunningBot, key: str) -> int:
    """How many reminders about the item ``key`` are still to be sent."""
    with Session(running.engine) as session:
        rows = session.exec(
            select(Reminder).where(
                Reminder.item_id == item(running, key).id,
                Reminder.status == ReminderStatus.PLANNED,
            )
        )
        return len(rows.all())


def item_form(running: RunningBot, verb: str, key: str) -> dict[str, Any]:
    """Choose ``verb`` from the checklist item's menu; the form it opened."""
    return opened(running, "checklist_item", f"{verb}:{item(running, key).id}")


def give(running: RunningBot, key: str) -> None:
    """Give the item ``key`` to its owner: it is then reminded until it is done."""
    view = item_form(running, "assign", key)
    state = {"owner": ("value", "users_select", OWNER_ID)}
    updates = len(running.fake.calls("chat.update"))
    assert running.slack.view_submission(view=view, state_values=state).body == ""
    running.fake.wait_for("chat.update", count=updates + 1)  # the checklist
    assert planned_about(running, key) > 0


def done_on(running: RunningBot, view: dict[str, Any], on: date) -> Any:
    updates = len(running.fake.calls("chat.update"))
    state = {"date": ("value", "datepicker", on.isoformat())}
    answer = running.slack.view_submission(view=view, state_values=state)
    if answer.body == "":
        running.fake.wait_for("chat.update", count=updates + 1)  # the checklist
    return answer


@pytest.mark.parametrize("running", [WITH_LEADS], indirect=True)
def test_sign_offs_and_the_sending_tick_their_items_on_the_days_recorded(
    running: RunningBot,
) -> None:
    incident = log_case(running)
    running.clock.now = datetime(2026, 12, 3, 10, 30, tzinfo=UTC)  # a Thursday, days later
    for partner in Partner:
        view = review_form(running, f"sign_{partner}:{incident.id}")
        updates = len(running.fake.calls("chat.update"))
        assert submit(running, view, date="2026-11-24").body == ""
        running.fake.wait_for("chat.update", count=updates + 2)
    assert record(running, incident, "sent", date="2026-11-25").body == ""

    for key in ("sign_off_local_authority", "sign_off_police", "sign_off_icb"):
        assert (item(running, key).status, item(running, key).done_on) == (
            "done",
            date(2026, 11, 24),
        )
    assert item(running, "send_to_panel").done_on == date(2026, 11, 25)
    shown = checklist(running, incident)
    assert f"done by <@{USER_ID}> on Tue 24 Nov 2026" in shown
    assert f"done by <@{USER_ID}> on Wed 25 Nov 2026" in shown
    assert "on Thu 3 Dec 2026" not in shown  # the day of the clicks
    said = history(running, incident)
    assert "checklist item “Send the rapid review to the Panel" in said and "done with it" in said

    # Followed from the sending, the item is not undone by hand: the sending is.
    assert choose(running, "checklist_item", f"undo:{item(running, 'send_to_panel').id}")
    told = running.fake.wait_for("response_url")[-1].params["text"]
    assert "follows the rapid review recorded as sent (Wed 25 Nov 2026)" in told
    assert item(running, "send_to_panel").status == "done"


def test_the_family_date_recorded_with_the_decision_ticks_its_item(running: RunningBot) -> None:
    incident = log_case(running)
    assert record(running, incident, "sent", reason="the chair agreed to send it").body == ""
    give(running, FAMILY)

    running.clock.now = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)
    answer = press_step(
        running,
        incident,
        "done",
        "lcspr_decision",
        date=date(2026, 11, 23),
        decision="lcspr",
        rationale="Two or more agencies worked together.",
        family_informed_on=date(2026, 11, 24),
    )
    assert answer.body == "", answer.body
    family = item(running, FAMILY)
    assert (family.status, family.done_on, family.updated_by) == (
        "done",
        date(2026, 11, 24),
        USER_ID,
    )
    assert planned_about(running, FAMILY) == 0  # not reminded as overdue
    shown = checklist(running, incident)
    assert f"done by <@{USER_ID}> on Tue 24 Nov 2026" in shown
    said = history(running, incident)
    decided = next(line for line in said.splitlines() if "recorded “Decide whether" in line)
    assert "done on Mon 23 Nov 2026 (decision: commission a local" in decided
    assert decided.endswith(
        ", checklist item “Share the decision and its rationale with the family” done with it"
    )

    # The decision undone (recorded in error): the item its date ticked is open again.
    decision = step_on(running, incident, "lcspr_decision")
    assert decision is not None
    updates = len(running.fake.calls("chat.update"))
    choose(running, "case_step", f"undo:{decision.id}")
    running.fake.wait_for("chat.update", count=updates + 2)
    assert (item(running, FAMILY).status, item(running, FAMILY).done_on) == ("open", None)
    assert planned_about(running, FAMILY) > 0


def test_an_item_is_marked_done_on_an_earlier_date(running: RunningBot) -> None:
    incident = log_case(running)
    running.clock.now = datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
    key = "request_summaries"
    give(running, key)
    view = item_form(running, "done_on", key)
    dates = [b for b in view["blocks"] if b.get("block_id") == "date"]
    assert dates[0]["element"]["initial_date"] == "2026-12-03"  # today, by default

    future = done_on(running, view, date(2026, 12, 4))
    assert future.json()["errors"] == {"date": "This date cannot be in the future."}
    before = done_on(running, view, date(2026, 11, 19))  # aware on Fri 20 Nov
    assert before.json()["errors"] == {
        "date": "The date cannot be before the local authority became aware."
    }
    assert item(running, key).status == "open"

    assert done_on(running, view, date(2026, 11, 24)).body == ""
    done = item(running, key)
    assert (done.status, done.done_on, done.updated_by) == ("done", date(2026, 11, 24), USER_ID)
    assert planned_about(running, key) == 0
    assert f"done by <@{USER_ID}> on Tue 24 Nov 2026" in checklist(running, incident)
    assert "marked checklist item “" in history(running, incident)
    assert "done on Tue 24 Nov 2026" in history(running, incident)

    # Undone, it is open again with no date; Mark done then counts today.
    updates = len(running.fake.calls("chat.update"))
    choose(running, "checklist_item", f"undo:{done.id}")
    running.fake.wait_for("chat.update", count=updates + 1)
    assert (item(running, key).status, item(running, key).done_on) == ("open", None)
    choose(running, "checklist_item", f"done:{done.id}")
    running.fake.wait_for("chat.update", count=updates + 2)
    assert item(running, key).done_on == date(2026, 12, 3)
