"""The case card and the checklist as the place where the review is run: every menu and
form, driven by signed requests, checked against the database, the messages and the audit."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Any

import pytest
from sqlmodel import Session, select

from bot.domain.review import SIGN_OFF_ITEMS
from bot.rules import load_rules
from bot.usecases.retention import purge
from bot.views.checklist import checklist_message
from storage.models import AuditEvent, AuditReason, Incident, Reminder, Step
from tests.support.cases import (
    ALL_AGENCIES,
    actions,
    audited,
    choose,
    fill,
    history,
    items_of,
    log_case,
    message,
    step_of,
)
from tests.support.forms import form, text_of
from tests.support.review import settle_open
from tests.support.running_bot import OUTSIDER_ID, OWNER_ID, RunningBot
from tests.support.seed import close
from tests.support.slack_requests import CHANNEL_ID, USER_ID, dm_channel_id


def test_checklist_items_done_undo_and_not_applicable(running: RunningBot) -> None:
    incident = log_case(running)
    first = items_of(running)[0]
    assert choose(running, "checklist_item", f"done:{first.id}").status == 200
    redrawn = running.fake.wait_for("chat.update")
    assert redrawn[0].params["ts"] == incident.checklist_ts  # not the card: it shows no items
    shown = message(running, incident.checklist_ts)
    assert f"done by <@{USER_ID}> on Mon 23 Nov 2026" in shown
    assert f"1 of {len(items_of(running))} done" in shown
    assert items_of(running)[0].status == "done"
    assert actions(running)[-1] == "checklist_item_updated"

    choose(running, "checklist_item", f"undo:{first.id}")
    running.fake.wait_for("chat.update", count=2)
    assert items_of(running)[0].status == "open"
    # Not applicable asks why; the reason passes the confidentiality guard.
    choose(running, "checklist_item", f"not_applicable:{first.id}")
    refused = fill(running, 1, {"reason": ("value", "plain_text_input", "Mrs Smith said so")})
    assert "reason" in refused.json()["errors"]
    assert items_of(running)[0].status == "open"
    reason = "No other children in the household"
    accepted = running.slack.view_submission(
        view=running.fake.last_view(),
        state_values={"reason": ("value", "plain_text_input", reason)},
    )
    assert accepted.status == 200 and accepted.body == ""
    running.fake.wait_for("chat.update", count=3)
    assert items_of(running)[0].status == "not_applicable"
    assert items_of(running)[0].not_applicable_reason == reason
    assert f"not applicable by <@{USER_ID}> on Mon 23 Nov 2026: “{reason}”" in message(
        running, incident.checklist_ts
    )
    assert {c.params["ts"] for c in running.fake.calls("chat.update")} == {incident.checklist_ts}
    # The history says a reason was given, never its words.
    said = history(running, incident)
    assert f"marked checklist item “{first.title}” not applicable, with its reason" in said
    assert reason not in said
    choose(running, "checklist_item", f"undo:{first.id}")
    running.fake.wait_for("chat.update", count=4)
    assert items_of(running)[0].not_applicable_reason is None


def test_checklist_owner_and_note_through_forms(running: RunningBot) -> None:
    incident = log_case(running)
    item = items_of(running)[1]
    choose(running, "checklist_item", f"assign:{item.id}")
    fill(running, 1, {"owner": ("value", "users_select", OWNER_ID)})
    running.fake.wait_for("chat.update")
    assert f"<@{OWNER_ID}>" in message(running, incident.checklist_ts)

    choose(running, "checklist_item", f"note:{item.id}")
    refused = fill(running, 2, {"note": ("value", "plain_text_input", "Spoke to Mrs Smith")})
    assert "note" in refused.json()["errors"]
    assert items_of(running)[1].note is None
    accepted = running.slack.view_submission(
        view=running.fake.last_view(),
        state_values={"note": ("value", "plain_text_input", "Chronology requested by email.")},
    )
    assert accepted.status == 200 and accepted.body == ""
    running.fake.wait_for("chat.update", count=2)
    assert "Chronology requested by email." in message(running, incident.checklist_ts)
    assert {c.params["ts"] for c in running.fake.calls("chat.update")} == {incident.checklist_ts}
    assert items_of(running)[1].owner_id == OWNER_ID


def menu_values(running: RunningBot, ts: str, block_id: str) -> list[str]:
    """The option values of a block's menu (or its one button) in the message as Slack now
    shows it."""
    shown = next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == ts)
    accessory = next(b for b in shown["blocks"] if b.get("block_id") == block_id)["accessory"]
    return [option["value"] for option in accessory.get("options", [accessory])]


def test_the_card_offers_what_can_be_done_to_each_step(running: RunningBot) -> None:
    incident = log_case(running)
    panel = step_of(running, "panel_notification")
    assert menu_values(running, incident.card_ts, f"step:{panel.id}") == [
        f"done:{panel.id}",
        f"assign:{panel.id}",
        f"not_applicable:{panel.id}",
    ]
    item = items_of(running)[0]
    assert menu_values(running, incident.checklist_ts, f"item:{item.id}") == [
        f"done:{item.id}",
        f"done_on:{item.id}",
        f"not_applicable:{item.id}",
        f"assign:{item.id}",
        f"note:{item.id}",
    ]


def test_recording_the_notification_fixes_the_rapid_review_clock(running: RunningBot) -> None:
    incident = log_case(running)
    rapid = step_of(running, "rapid_review")
    assert rapid.provisional and rapid.due_on == date(2026, 12, 11)
    panel = step_of(running, "panel_notification")
    choose(running, "case_step", f"done:{panel.id}")
    future = fill(running, 1, {"date": ("value", "datepicker", date(2026, 11, 24))})
    assert future.json()["errors"] == {"date": "This date cannot be in the future."}
    running.slack.view_submission(
        view=running.fake.last_view(),
        state_values={"date": ("value", "datepicker", date(2026, 11, 23))},
    )
    running.fake.wait_for("chat.update", count=2)
    rapid = step_of(running, "rapid_review")
    assert (rapid.provisional, rapid.due_on) == (False, date(2026, 12, 14))
    assert step_of(running, "panel_notification").completed_on == date(2026, 11, 23)
    with Session(running.engine) as session:
        assert session.get(Incident, incident.id).notified_on == date(2026, 11, 23)
    assert not any(item.provisional for item in items_of(running))
    card = message(running, incident.card_ts)
    assert "15 working days after the Panel notification (Mon 23 Nov 2026)" in card
    assert "done Mon 23 Nov 2026" in card

    choose(running, "case_step", f"undo:{panel.id}")  # a mistake: back to provisional
    running.fake.wait_for("chat.update", count=4)
    assert step_of(running, "rapid_review").provisional
    assert actions(running)[-2:] == ["step_done", "step_reopened"]


def test_decision_publication_plan_pause_and_publication(running: RunningBot) -> None:
    incident = log_case(running)
    decision = step_of(running, "lcspr_decision")
    choose(running, "case_step", f"done:{decision.id}")
    fill(
        running,
        1,
        {
            "date": ("value", "datepicker", date(2026, 11, 23)),
            "decision": ("value", "radio_buttons", "lcspr"),
            "rationale": ("value", "plain_text_input", "Two or more agencies worked together."),
            "family_informed_on": ("value", "datepicker", None),
        },
    )
    running.fake.wait_for("chat.update", count=2)
    publication = step_of(running, "lcspr_publication")
    assert publication.due_on == date(2027, 5, 24)  # 6 months after 23 Nov 2026 (a Sunday)

    choose(running, "case_step", f"plan:{publication.id}")
    fill(running, 2, {"date": ("value", "datepicker", date(2027, 9, 6))})
    running.fake.wait_for("chat.update", count=4)
    assert step_of(running, "final_report_to_panel").due_on == date(2027, 8, 25)

    choose(running, "case_step", f"pause:{publication.id}")
    fill(running, 3, {"reason": ("value", "plain_text_input", "Criminal proceedings are running.")})
    running.fake.wait_for("chat.update", count=6)
    assert step_of(running, "lcspr_publication").status == "paused"
    assert "paused: Criminal proceedings are running." in message(running, incident.card_ts)

    choose(running, "case_step", f"resume:{publication.id}")
    fill(running, 4, {"reason": ("value", "plain_text_input", "The trial has ended.")})
    running.fake.wait_for("chat.update", count=8)
    choose(running, "case_step", f"done:{publication.id}")
    running.fake.wait_for("views.open", count=5)
    asked = settle_open(running.fake.last_view(), on=date(2026, 11, 23))
    assert list(asked) == [f"settle{part}:final_report_to_panel" for part in ("", "_on", "_why")]
    fill(
        running,
        5,
        {
            "date": ("value", "datepicker", date(2026, 11, 23)),
            "kind": ("value", "radio_buttons", "full_report"),
        }
        | asked,
    )
    running.fake.wait_for("chat.update", count=10)
    assert step_of(running, "report_availability").due_on == date(2027, 11, 23)
    done = step_of(running, "lcspr_publication")
    assert menu_values(running, incident.card_ts, f"step:{done.id}") == [f"undo:{done.id}"]
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert (stored.decision, stored.decision_rationale) == (
            "lcspr",
            "Two or more agencies worked together.",
        )
        paused = session.exec(select(AuditEvent).where(AuditEvent.action == "step_paused")).one()
        assert paused.detail["reason"] == "given"  # its words beside the trail, not in it
    said = history(running, incident)
    assert f"paused “{publication.title}”: “Criminal proceedings are running.”" in said
    assert f"resumed “{publication.title}”: “The trial has ended.”" in said


def test_typed_reasons_stay_out_of_the_audit_trail_and_go_with_the_purged_case(
    running: RunningBot,
) -> None:
    """A reason someone types is recorded in the append-only trail only as given: its
    words, kept beside it, are what the history quotes, and they are removed with the case
    when it is purged, while the trail stays."""
    incident = log_case(running)
    cdop = step_of(running, "cdop_notification")
    # What is pressed, what is typed, and the history's line for it.
    set_aside = f"marked “{cdop.title}” not applicable"
    typed = [
        ("case_step", f"not_applicable:{cdop.id}", "Notified by the hospital.", set_aside),
        ("case_close", str(incident.id), "Logged twice by mistake.", "closed the case"),
        ("case_reopen", str(incident.id), "Not a duplicate after all.", "reopened the case"),
    ]
    for n, (action_id, value, reason, _) in enumerate(typed, start=1):
        choose(running, action_id, value)
        fill(running, n, {"reason": ("value", "plain_text_input", reason)})
        running.fake.wait_for("chat.update", count=2 * n)  # the card and the checklist
    said = history(running, incident)
    for _, _, reason, line in typed:
        assert f"{line}: “{reason}”" in said
    close(running.engine, incident, running.clock())  # "Duplicate", for the purge

    def trail() -> tuple[list[AuditEvent], set[str]]:
        with Session(running.engine) as session:
            mine = AuditEvent.incident_id == incident.id
            events = session.exec(select(AuditEvent).where(mine).order_by(AuditEvent.id))
            kept = session.exec(select(AuditReason.words)).all()
            return list(events), set(kept)

    events, kept = trail()
    assert kept == {reason for _, _, reason, _ in typed} | {"Duplicate"}
    assert [e.detail["reason"] for e in events if "reason" in e.detail] == ["given"] * 4
    assert not [reason for reason in kept if reason in audited(running)]

    purge(running.engine, 30, running.clock() + timedelta(days=31), dry_run=False, command="test")
    after, kept = trail()
    assert kept == set()
    assert [e.action for e in after] == [e.action for e in events] + ["case_purged"]


def test_a_step_that_cannot_be_paused_says_so(running: RunningBot) -> None:
    log_case(running)
    panel = step_of(running, "panel_notification")
    choose(running, "case_step", f"pause:{panel.id}")
    answer = fill(running, 1, {"reason": ("value", "plain_text_input", "Waiting.")}).json()
    assert "cannot be paused" in answer["errors"]["reason"]
    assert step_of(running, "panel_notification").status == "open"


def test_closing_early_needs_a_reason_and_every_step_done_closes(running: RunningBot) -> None:
    incident = log_case(running)
    choose(running, "case_close", str(incident.id))
    empty = fill(running, 1, {"reason": ("value", "plain_text_input", "")}).json()
    assert empty["errors"] == {"reason": "Please say why."}
    running.slack.view_submission(
        view=running.fake.last_view(),
        state_values={"reason": ("value", "plain_text_input", "Logged twice by mistake.")},
    )
    running.fake.wait_for("chat.update", count=2)
    card = message(running, incident.card_ts)
    assert f"Closed on Mon 23 Nov 2026 by <@{USER_ID}>:* Logged twice by mistake." in card
    assert "case_step" not in card and "Close case" not in card


def test_a_finished_case_asks_to_close_and_closes_with_what_was_settled(
    running: RunningBot,
) -> None:
    incident = log_case(running, abuse_or_neglect="no", status=["care_leaver"])
    with Session(running.engine) as session:
        keys = set(session.exec(select(Step.step_key)).all())
    assert keys == {"care_leaver_death_notification", "cdop_notification"}
    care = step_of(running, "care_leaver_death_notification")
    choose(running, "case_step", f"done:{care.id}")
    fill(running, 1, {"date": ("value", "datepicker", date(2026, 11, 23))})
    running.fake.wait_for("chat.update", count=1)  # the card: no checklist without a review
    assert "close_now" not in text_of(shown_blocks(running, incident.card_ts))  # one to go
    choose(running, "case_close_settled", str(incident.id))  # from a card drawn otherwise
    (told,) = running.fake.wait_for("response_url")
    assert "has something still to record; its card shows what" in told.params["text"]
    cdop = step_of(running, "cdop_notification")
    choose(running, "case_step", f"not_applicable:{cdop.id}")
    fill(running, 2, {"reason": ("value", "plain_text_input", "Notified by the hospital.")})
    running.fake.wait_for("chat.update", count=2)
    # Nothing is left: the case stays open, and its card asks to close it.
    with Session(running.engine) as session:
        assert session.get(Incident, incident.id).closed_at is None
    blocks = shown_blocks(running, incident.card_ts)
    settled = "2 statutory steps finished"
    assert f"*Everything is recorded:* {settled}. Close the case now?" in text_of(blocks[1])
    assert blocks[1]["accessory"]["action_id"] == "case_close_settled"
    assert buttons_of(blocks) == ["History", "Edit case…"]  # no second, early close

    choose(running, "case_close_settled", str(incident.id))
    running.fake.wait_for("chat.update", count=3)
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert stored.closed_at is not None
        assert stored.close_reason == f"everything was recorded: {settled}"
    blocks = shown_blocks(running, incident.card_ts)
    assert f"by <@{USER_ID}>:* everything was recorded: {settled}" in text_of(blocks[1])
    assert buttons_of(blocks) == ["History", "Reopen case…"]
    assert actions(running)[-1] == "case_closed"
    assert planned_reminders(running) == 0


def shown_blocks(running: RunningBot, ts: str) -> list[dict[str, Any]]:
    return next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == ts)["blocks"]


def buttons_of(blocks: list[dict[str, Any]]) -> list[str]:
    return [e["text"]["text"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def planned_reminders(running: RunningBot) -> int:
    with Session(running.engine) as session:
        return len(session.exec(select(Reminder).where(Reminder.status == "planned")).all())


def test_a_closed_case_refuses_every_change_until_it_is_reopened(running: RunningBot) -> None:
    incident = log_case(running)
    assert planned_reminders(running) > 0
    choose(running, "case_close", str(incident.id))
    fill(running, 1, {"reason": ("value", "plain_text_input", "Logged twice by mistake.")})
    running.fake.wait_for("chat.update", count=2)
    assert planned_reminders(running) == 0

    closed = f"Closed on Mon 23 Nov 2026 by <@{USER_ID}>:* Logged twice by mistake."
    for ts in (incident.card_ts, incident.checklist_ts):
        blocks = shown_blocks(running, ts)
        assert closed in text_of(blocks[1])  # said first, under the heading
        shown = text_of(blocks)
        for countdown in ("due today", "working days left", "working day left", "provisional"):
            assert countdown not in shown
        assert not [b for b in blocks if b.get("accessory", {}).get("type") == "overflow"]
    assert buttons_of(shown_blocks(running, incident.card_ts)) == ["History", "Reopen case…"]

    # Every change is refused, in a reply only the person sees, and nothing changes.
    item, panel = items_of(running)[0], step_of(running, "panel_notification")
    presses = [
        ("checklist_item", f"done:{item.id}"),
        ("checklist_item", f"assign:{item.id}"),
        ("case_step", f"done:{panel.id}"),
        ("case_step", f"undo:{panel.id}"),
        ("case_close", str(incident.id)),
        ("case_edit", str(incident.id)),
    ]
    for action_id, value in presses:
        choose(running, action_id, value)
    replies = running.fake.wait_for("response_url", count=len(presses))
    for reply in replies:
        assert "is closed, so it cannot be changed" in text_of(reply.params)
        assert reply.params["response_type"] == "ephemeral"
    assert len(running.fake.calls("views.open")) == 1  # only the close form, before
    # The card's own buttons pressed on a closed case mean Slack shows it out of date:
    # both messages are drawn again (two presses, two messages each).
    redraws = len(running.fake.wait_for("chat.update", count=2 + 2 * 2))
    assert items_of(running)[0].status == "open"

    # Reopening needs a reason; then deadlines, reminders and menus come back.
    choose(running, "case_reopen", str(incident.id))
    empty = fill(running, 2, {"reason": ("value", "plain_text_input", "")}).json()
    assert empty["errors"] == {"reason": "Please say why."}
    running.slack.view_submission(
        view=running.fake.last_view(),
        state_values={"reason": ("value", "plain_text_input", "Not a duplicate after all.")},
    )
    running.fake.wait_for("chat.update", count=redraws + 2)
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert stored.closed_at is None and stored.closed_by is None
    assert actions(running)[-1] == "case_reopened"
    choose(running, "case_history", str(incident.id))
    history = text_of(running.fake.wait_for("views.open", count=3)[2].view)
    assert "reopened the case: “Not a duplicate after all.”" in history
    assert planned_reminders(running) > 0
    card = shown_blocks(running, incident.card_ts)
    assert "Closed on" not in text_of(card) and "working days left" in text_of(card)
    assert buttons_of(card) == ["History", "Edit case…", "Close case…"]
    choose(running, "checklist_item", f"done:{item.id}")
    running.fake.wait_for("chat.update", count=redraws + 3)
    assert items_of(running)[0].status == "done"


def test_a_form_opened_before_the_case_closed_is_refused(running: RunningBot) -> None:
    incident = log_case(running)
    item = items_of(running)[0]
    choose(running, "checklist_item", f"note:{item.id}")
    running.fake.wait_for("views.open")
    note_form = running.fake.last_view()
    choose(running, "case_close", str(incident.id))
    fill(running, 2, {"reason": ("value", "plain_text_input", "Logged twice by mistake.")})
    running.fake.wait_for("chat.update", count=2)
    answer = running.slack.view_submission(
        view=note_form, state_values={"note": ("value", "plain_text_input", "Chased by email.")}
    ).json()
    assert "is closed, so it cannot be changed" in answer["errors"]["note"]
    assert items_of(running)[0].note is None


def test_assigning_a_step_tells_the_new_owner_and_moves_its_reminders(
    running: RunningBot,
) -> None:
    incident = log_case(running, owner=USER_ID)
    partner = step_of(running, "partner_notification")
    choose(running, "case_step", f"assign:{partner.id}")
    answer = fill(running, 1, {"owner": ("value", "users_select", OWNER_ID)})
    assert answer.status == 200 and answer.body == ""
    running.fake.wait_for("chat.update")
    assert step_of(running, "partner_notification").owner_id == OWNER_ID
    assert f"<@{OWNER_ID}>" in text_of(shown_blocks(running, incident.card_ts))
    told = [
        c
        for c in running.fake.wait_for("chat.postMessage")
        if c.params["channel"] == dm_channel_id(OWNER_ID)
    ]
    assert len(told) == 1
    text = told[0].params["text"]
    assert "Tell the safeguarding partners" in text and "due Fri 27 Nov 2026" in text
    assert "SI-2026-0001 · Child K" in text and "|the case card>" in text
    with Session(running.engine) as session:
        owners = session.exec(
            select(Reminder.recipient).where(
                Reminder.step_id == partner.id, Reminder.kind == "owner"
            )
        ).all()
    assert set(owners) == {OWNER_ID}
    assert actions(running)[-1] == "step_assigned"


def test_editing_a_case_recomputes_its_deadlines_and_audits_the_change(
    running: RunningBot,
) -> None:
    incident = log_case(running, owner=USER_ID)
    panel = step_of(running, "panel_notification")
    assert panel.due_on == date(2026, 11, 27)
    choose(running, "case_edit", str(incident.id))
    running.fake.wait_for("views.open")
    shown = running.fake.last_view()
    assert shown["callback_id"] == "incident_edit"
    initial = {b["block_id"]: b["element"] for b in shown["blocks"] if b["type"] == "input"}
    assert initial["pseudonym"]["initial_value"] == "Child K"
    assert initial["aware_on"]["initial_date"] == "2026-11-20"
    assert initial["owner"]["initial_user"] == USER_ID
    assert [o["value"] for o in initial["agencies"]["initial_options"]] == ["police", "health_icb"]

    future = running.slack.view_submission(view=shown, state_values=form(aware_on=date(2027, 1, 4)))
    assert "cannot be in the future" in future.json()["errors"]["aware_on"]

    corrected = form(aware_on=date(2026, 11, 18), owner=OWNER_ID, summary="Admitted to hospital.")
    answer = running.slack.view_submission(view=shown, state_values=corrected)
    assert answer.status == 200 and answer.body == ""
    running.fake.wait_for("chat.update")
    assert step_of(running, "panel_notification").due_on == date(2026, 11, 25)
    assert step_of(running, "panel_notification").owner_id == OWNER_ID
    assert "Wed 25 Nov 2026" in text_of(shown_blocks(running, incident.card_ts))
    with Session(running.engine) as session:
        edit = session.exec(select(AuditEvent).where(AuditEvent.action == "case_edited")).one()
        reminders = session.exec(select(Reminder).where(Reminder.step_id == panel.id)).all()
    assert edit.detail["changed"]["aware_on"] == {"from": "2026-11-20", "to": "2026-11-18"}
    assert edit.detail["changed"]["summary"] == "changed"  # never the text itself
    assert "Admitted" not in text_of(edit.detail)
    assert {r.recipient for r in reminders if r.kind == "owner"} == {OWNER_ID}
    told = running.fake.wait_for("chat.postMessage")
    assert any(
        c.params["channel"] == dm_channel_id(OWNER_ID) and "case owner of" in c.params["text"]
        for c in told
    )

    choose(running, "case_history", str(incident.id))
    history = text_of(running.fake.wait_for("views.open", count=2)[1].view)
    assert "corrected the case: awareness date Fri 20 Nov 2026 → Wed 18 Nov 2026" in history
    assert "summary changed" in history and "Admitted" not in history

    # Saving the form unchanged changes nothing and writes nothing.
    again = running.slack.view_submission(view=shown, state_values=corrected)
    assert again.status == 200 and "nothing was changed" in text_of(again.json()["view"])
    assert actions(running).count("case_edited") == 1


def test_the_history_of_an_edit_says_it_in_the_forms_words(running: RunningBot) -> None:
    incident = log_case(running)  # died, under 1, in the area, police and health
    choose(running, "case_edit", str(incident.id))
    shown = running.fake.wait_for("views.open")[-1].view
    edited = form(
        age_band="1_4",
        what_happened="seriously_harmed",
        location="resident_harmed_outside_england",
        agencies=["health_icb", "police", "education"],
    )
    assert running.slack.view_submission(view=shown, state_values=edited).body == ""
    running.fake.wait_for("chat.update")
    # Picked again in another order, the agencies are the same: nothing to save.
    reordered = {
        **edited,
        "agencies": form(agencies=["education", "police", "health_icb"])["agencies"],
    }
    again = running.slack.view_submission(view=shown, state_values=reordered)
    assert "nothing was changed" in text_of(again.json()["view"])

    said = history(running, incident)
    assert "age band Under 1 → 1 to 4" in said
    assert "where In the area → Resident here, harmed outside England" in said
    assert (
        "agencies involved Police, Health (integrated care board) → "
        "Health (integrated care board), Police, Education"
    ) in said
    # A step gone from the case is named by its title in the rules, not by its key.
    assert "“Notify the child death review partners (CDOP)” no longer applies" in said
    assert "cdop notification" not in said and "1 4" not in said
    assert actions(running).count("case_edited") == 1


def test_history_button_and_show_list_every_change(running: RunningBot) -> None:
    incident = log_case(running)
    first = items_of(running)[0]
    choose(running, "checklist_item", f"done:{first.id}")
    running.fake.wait_for("chat.update")
    choose(running, "case_history", str(incident.id))
    history = text_of(running.fake.wait_for("views.open")[0].view)
    assert f"<@{USER_ID}> logged the case" in history
    assert f"<@{USER_ID}> marked checklist item “{first.title}” done" in history
    assert "request_summaries" not in history and "card_ts" not in history
    running.slack.slash_command(f"show {incident.reference}")
    shown = text_of(running.fake.wait_for("response_url")[0].params)
    assert "Latest changes" in shown and "The bot posted the case card in the channel" in shown


def test_outsiders_cannot_press_or_submit(running: RunningBot) -> None:
    incident = log_case(running)
    first = items_of(running)[0]
    for action_id, value in [
        ("checklist_item", f"done:{first.id}"),
        ("case_step", f"done:{step_of(running, 'panel_notification').id}"),
        ("case_history", str(incident.id)),
        ("case_close", str(incident.id)),
    ]:
        choose(running, action_id, value, user=OUTSIDER_ID)
    refusals = running.fake.wait_for("response_url", count=4)
    assert all("only members" in text_of(r.params) for r in refusals)
    assert not running.fake.calls("views.open") and not running.fake.calls("chat.update")
    assert actions(running).count("access_refused") == 4


def test_an_out_of_date_menu_says_what_to_do(running: RunningBot) -> None:
    log_case(running)
    choose(running, "case_step", "done:999999")
    choose(running, "checklist_item", "frobnicate:1")
    replies = running.fake.wait_for("response_url", count=2)
    assert all("out of date" in text_of(r.params) for r in replies)


@pytest.mark.parametrize("presses", [50])
def test_concurrent_presses_are_all_counted(running: RunningBot, presses: int) -> None:
    """Two people press Mark done on the same items at once, 50 presses in all: each item
    ends up changed exactly once, the other told, and the message matches the database."""
    incident = log_case(running, agencies=ALL_AGENCIES)
    # Not the partners' sign-off items: only their leads sign those, from the card.
    signed = SIGN_OFF_ITEMS.values()
    items = [i for i in items_of(running) if i.item_key not in signed][: presses // 2]
    jobs = [(f"done:{i.id}", USER_ID) for i in items] + [(f"done:{i.id}", OWNER_ID) for i in items]
    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(lambda job: choose(running, "checklist_item", *job).status, jobs))
    assert statuses == [200] * presses
    running.fake.wait_for("response_url", count=len(items), timeout=30)  # the losers are told
    final = items_of(running)
    pressed = {item.id for item in items}
    assert all(item.status == "done" for item in final if item.id in pressed)
    assert actions(running).count("checklist_item_updated") == len(items)

    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
    expected = [
        block.to_dict()
        for block in checklist_message(stored, final, date(2026, 11, 23), load_rules().calendar)
    ]

    def shown() -> list[dict[str, Any]]:
        return next(
            m["blocks"] for m in running.fake.messages(CHANNEL_ID) if m["ts"] == stored.checklist_ts
        )

    deadline = time.monotonic() + 20  # redraws still in flight settle on the latest version
    while shown() != expected and time.monotonic() < deadline:
        time.sleep(0.2)
    assert shown() == expected
