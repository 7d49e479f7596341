"""Assignment is a notice: someone given a step or a checklist item is told at once, by a
direct message with what it is, which case, when it is due, a link, and Mark done and
Snooze; the previous owner's reminders about it are dropped. Driven as Slack does."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from storage.models import AuditEvent, ChecklistItem, Reminder
from tests.support.cases import choose, fill, items_of, log_case, step_of
from tests.support.fake_slack import Call
from tests.support.forms import text_of
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import USER_ID, dm_channel_id


def notices(running: RunningBot, user: str, count: int = 1) -> list[Call]:
    """The direct messages sent to ``user`` once ``count`` of them have arrived."""
    running.fake.wait_for("chat.postMessage", count=count)
    return [
        c
        for c in running.fake.calls("chat.postMessage")
        if c.params["channel"] == dm_channel_id(user)
    ]


def buttons(call: Call) -> dict[str, str]:
    """A message's buttons, action id -> value."""
    return {
        e["action_id"]: e["value"]
        for b in call.blocks or []
        if b["type"] == "actions"
        for e in b["elements"]
    }


def press(running: RunningBot, action_id: str, value: str, user: str) -> None:
    button = {"type": "button", "action_id": action_id, "value": value, "block_id": "b"}
    running.slack.block_actions(
        button, user_id=user, channel_id=dm_channel_id(user), message={"ts": "1.0"}
    )


def owner_reminders(running: RunningBot, **about: Any) -> set[str]:
    """Who the unsent owner reminders about one step or item go to."""
    column = Reminder.item_id if "item_id" in about else Reminder.step_id
    with Session(running.engine) as session:
        rows = session.exec(
            select(Reminder.recipient).where(
                column == next(iter(about.values())),
                Reminder.kind == "owner",
                Reminder.status == "planned",
            )
        ).all()
    return set(rows)


def test_a_step_given_to_someone_comes_with_mark_done_and_snooze(running: RunningBot) -> None:
    log_case(running, owner=USER_ID)
    partner = step_of(running, "partner_notification")
    choose(running, "case_step", f"assign:{partner.id}")
    fill(running, 1, {"owner": ("value", "users_select", OWNER_ID)})
    (notice,) = notices(running, OWNER_ID)
    shown = text_of(notice.blocks)
    assert "You now own *Tell the safeguarding partners" in shown
    assert "*SI-2026-0001 · Child K*" in shown and "due *Fri 27 Nov 2026*" in shown
    assert "|the case card>" in shown
    assert buttons(notice) == {
        "reminder_done": str(partner.id),
        "reminder_snooze:1": f"{partner.id}:1",
        "reminder_snooze:2": f"{partner.id}:2",
    }
    assert owner_reminders(running, step_id=partner.id) == {OWNER_ID}

    press(running, "reminder_snooze:2", f"{partner.id}:2", OWNER_ID)
    snoozed = running.fake.wait_for("response_url")[0]
    assert "the next reminder comes on Wed 25 Nov 2026" in str(snoozed.params)
    assert step_of(running, "partner_notification").snoozed_until == date(2026, 11, 25)


def test_an_item_given_to_someone_is_a_notice_and_its_reminders_follow_them(
    running: RunningBot,
) -> None:
    incident = log_case(running)
    item = items_of(running)[1]
    assert item.due_on is not None and item.status == "open"
    assert owner_reminders(running, item_id=item.id) == set()  # nobody to remind yet

    choose(running, "checklist_item", f"assign:{item.id}")
    fill(running, 1, {"owner": ("value", "users_select", OWNER_ID)})
    (notice,) = notices(running, OWNER_ID)
    shown = text_of(notice.blocks)
    assert f"You now own *{item.title}*, in *SI-2026-0001 · Child K*" in shown
    assert "|the checklist>" in shown
    assert buttons(notice) == {
        "reminder_item_done": str(item.id),
        "reminder_item_snooze:1": f"{item.id}:1",
        "reminder_item_snooze:2": f"{item.id}:2",
    }
    assert owner_reminders(running, item_id=item.id) == {OWNER_ID}

    # Given to someone else: the police lead's pending reminders go, the new owner's come.
    choose(running, "checklist_item", f"assign:{item.id}", user=OWNER_ID)
    running.fake.wait_for("views.open", count=2)
    running.slack.view_submission(
        view=running.fake.last_view(),
        state_values={"owner": ("value", "users_select", USER_ID)},
        user_id=OWNER_ID,
    )
    notices(running, USER_ID, count=2)
    assert owner_reminders(running, item_id=item.id) == {USER_ID}

    running.fake.clear()
    press(running, "reminder_item_done", str(item.id), USER_ID)
    replaced = running.fake.wait_for("response_url")[0]
    assert replaced.params["replace_original"] is True
    assert f"Marked done by <@{USER_ID}> on Mon 23 Nov 2026" in str(replaced.params)
    redrawn = running.fake.wait_for("chat.update")[0]
    assert redrawn.params["ts"] == incident.checklist_ts
    with Session(running.engine) as session:
        assert session.get(ChecklistItem, item.id).status == "done"
    assert owner_reminders(running, item_id=item.id) == set()

    press(running, "reminder_item_done", str(item.id), USER_ID)
    again = running.fake.wait_for("response_url", count=2)[1]
    assert "done already" in str(again.params)


def test_an_items_reminders_can_be_snoozed_from_the_notice(running: RunningBot) -> None:
    log_case(running)
    item = items_of(running)[1]
    choose(running, "checklist_item", f"assign:{item.id}")
    fill(running, 1, {"owner": ("value", "users_select", OWNER_ID)})
    notices(running, OWNER_ID)
    press(running, "reminder_item_snooze:1", f"{item.id}:1", OWNER_ID)
    snoozed = running.fake.wait_for("response_url")[0]
    assert "the next reminder comes on Tue 24 Nov 2026" in str(snoozed.params)
    with Session(running.engine) as session:
        assert session.get(ChecklistItem, item.id).snoozed_until == date(2026, 11, 24)
        audited = session.exec(select(AuditEvent.action)).all()
        reminders = session.exec(
            select(Reminder).where(Reminder.item_id == item.id, Reminder.status == "planned")
        ).all()
    assert "item_snoozed" in audited
    assert min(r.due_at for r in reminders).date() >= date(2026, 11, 24)

    press(running, "reminder_item_snooze:1", "nonsense", OWNER_ID)
    stale = running.fake.wait_for("response_url", count=2)[1]
    assert "no longer part of the case" in str(stale.params)
