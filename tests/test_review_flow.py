"""After the rapid review, driven as Slack does: each partner's lead signs off from the card,
the review is recorded as sent to the Panel (with a reason when a partner has not signed),
the Panel's answer is recorded on time or its owner is reminded when it is late, and the
correspondence with the Panel is logged without identifying content."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.domain.review import Partner
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.models import (
    ChecklistItem,
    Incident,
    PanelCorrespondence,
    PanelReview,
    Reminder,
    ReviewSignOff,
)
from tests.support.cases import actions, audited, choose, history, log_case, message, step_of
from tests.support.review import record, review_form, submit
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID

ICB_GROUP = "S0ICBLEADS"
#: The local authority's lead is the test's user; the police's is OWNER_ID, who is also in
#: the integrated care board's lead group.
LEADS = {
    Partner.LOCAL_AUTHORITY: USER_ID,
    Partner.POLICE: OWNER_ID,
    Partner.INTEGRATED_CARE_BOARD: ICB_GROUP,
}
WITH_LEADS = {"rules": dataclasses.replace(load_rules(), sign_off_leads=LEADS)}

pytestmark = pytest.mark.parametrize("running", [WITH_LEADS], indirect=True)


@pytest.fixture(autouse=True)
def icb_group(running: RunningBot) -> None:
    running.fake.set_usergroup(ICB_GROUP, [OWNER_ID])


def sign(running: RunningBot, incident: Incident, partner: Partner, user: str) -> None:
    updates = len(running.fake.calls("chat.update"))
    view = review_form(running, f"sign_{partner}:{incident.id}", user=user)
    answer = submit(running, view, user=user)
    assert answer.status == 200 and answer.body == "", answer.body
    running.fake.wait_for("chat.update", count=updates + 2)  # the card, the checklist


def item(running: RunningBot, key: str) -> ChecklistItem:
    with Session(running.engine) as session:
        return session.exec(select(ChecklistItem).where(ChecklistItem.item_key == key)).one()


def sent_record(running: RunningBot, incident: Incident) -> PanelReview | None:
    with Session(running.engine) as session:
        return session.get(PanelReview, incident.id)


def test_three_partners_sign_off_then_the_review_is_sent(running: RunningBot) -> None:
    incident = log_case(running)
    # Each partner's sign-off item is its lead's, so the policy reminds the lead.
    assert item(running, "sign_off_police").owner_id == OWNER_ID
    assert item(running, "sign_off_icb").owner_id == ICB_GROUP
    with Session(running.engine) as session:
        police_item = item(running, "sign_off_police").id
        reminded = session.exec(select(Reminder.recipient).where(Reminder.item_id == police_item))
        assert set(reminded.all()) == {OWNER_ID}
    card = message(running, incident.card_ts)
    assert "sign-off awaited from local authority, police, integrated care board" in card

    sign(running, incident, Partner.LOCAL_AUTHORITY, USER_ID)
    sign(running, incident, Partner.POLICE, OWNER_ID)
    sign(running, incident, Partner.INTEGRATED_CARE_BOARD, OWNER_ID)  # a member of the group
    card = message(running, incident.card_ts)
    assert f"Police: signed Mon 23 Nov 2026 by <@{OWNER_ID}>" in card
    assert "signed off by all three partners, not yet sent" in card
    assert item(running, "sign_off_icb").status == "done"
    with Session(running.engine) as session:
        assert len(session.exec(select(ReviewSignOff)).all()) == 3

    view = review_form(running, f"sent:{incident.id}")
    assert "reason" not in [b.get("block_id") for b in view["blocks"]]  # all three signed
    updates = len(running.fake.calls("chat.update"))
    assert submit(running, view).body == ""
    running.fake.wait_for("chat.update", count=updates + 2)  # the card, the checklist
    sent = sent_record(running, incident)
    assert sent is not None and sent.sent_on == date(2026, 11, 23) and sent.sent_reason is None
    assert step_of(running, "rapid_review").status == "done"
    response = step_of(running, "panel_response")
    assert response.due_on == date(2026, 12, 7)  # 10 working days after Mon 23 Nov
    assert response.owner_id == OWNER_ID  # the case owner's
    card = message(running, incident.card_ts)
    assert "Panel's response to the rapid review due Mon 7 Dec" in card
    assert actions(running)[-4:] == ["review_signed_off"] * 3 + ["review_sent"]


def test_sent_without_a_partner_needs_a_reason(running: RunningBot) -> None:
    incident = log_case(running)
    sign(running, incident, Partner.LOCAL_AUTHORITY, USER_ID)
    sign(running, incident, Partner.INTEGRATED_CARE_BOARD, OWNER_ID)
    view = review_form(running, f"sent:{incident.id}")
    reason_block = next(b for b in view["blocks"] if b.get("block_id") == "reason")
    assert "without the police" in reason_block["label"]["text"]
    refused = submit(running, view, reason="Spoke to Mrs Smith at the station")
    assert "reason" in refused.json()["errors"]  # the guard refuses identifying text
    assert sent_record(running, incident) is None

    reason = "the police lead is on leave; the chair agreed to send it"
    answer = record(running, incident, "sent", reason=reason)
    assert answer.body == ""
    sent = sent_record(running, incident)
    assert sent is not None and sent.sent_reason == reason
    assert item(running, "sign_off_police").status == "not_applicable"
    assert f"without every sign-off: “{reason}”" in message(running, incident.card_ts)
    opened = len(running.fake.calls("views.open"))
    choose(running, "case_history", str(incident.id))
    running.fake.wait_for("views.open", count=opened + 1)
    history = str(running.fake.last_view())
    assert "signed the rapid review off for local authority on Mon 23 Nov 2026" in history
    sent_line = "recorded the rapid review sent to the Panel on Mon 23 Nov 2026, without police"
    assert f"{sent_line}: “{reason}”" in history
    assert reason not in audited(running)  # its words kept beside the trail


def test_only_a_partners_lead_may_sign_for_it(running: RunningBot) -> None:
    incident = log_case(running)
    assert choose(running, "review", f"sign_police:{incident.id}").status == 200
    told = running.fake.wait_for("response_url")[-1].params["text"]
    assert told == f"Only the police's sign-off lead (<@{OWNER_ID}>) can sign off for the police."
    # A form the lead opened, sent by someone else, is refused too.
    view = review_form(running, f"sign_police:{incident.id}", user=OWNER_ID)
    refused = submit(running, view, user=USER_ID)
    assert "Only the police's sign-off lead" in refused.json()["errors"]["date"]
    with Session(running.engine) as session:
        assert session.exec(select(ReviewSignOff)).all() == []


def test_the_panels_answer_on_time_and_the_reply_it_owes(running: RunningBot) -> None:
    incident = log_case(running)
    record(running, incident, "sent", reason="sent before the partners met")
    running.clock.now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    answer = record(running, incident, "answer", answer="asks_for_more_information")
    assert answer.body == ""
    sent = sent_record(running, incident)
    assert sent is not None and sent.answer == "asks_for_more_information"
    assert sent.answered_on == date(2026, 12, 1) and sent.reply_due_on == date(2026, 12, 8)
    assert step_of(running, "panel_response").status == "done"
    assert step_of(running, "panel_reply").due_on == date(2026, 12, 8)
    card = message(running, incident.card_ts)
    assert "*The Panel's answer:* Asks for more information, Tue 1 Dec 2026" in card
    assert "reply due Tue 8 Dec 2026" in card

    assert record(running, incident, "reply").body == ""
    assert step_of(running, "panel_reply").status == "done"
    assert "reply sent Tue 1 Dec 2026" in message(running, incident.card_ts)
    assert actions(running)[-2:] == ["panel_answered", "panel_reply_sent"]


def remind(running: RunningBot, when: datetime) -> None:
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url, retry_handlers=[])
    runtime = Runtime(running.engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID))
    running.clock.now = when
    tick(runtime, client, when)


def test_an_overdue_panel_response_reminds_the_case_owner(running: RunningBot) -> None:
    incident = log_case(running)
    record(running, incident, "sent", reason="sent before the partners met")
    running.fake.clear()
    remind(running, datetime(2026, 12, 8, 9, 0, tzinfo=UTC))  # due Mon 7 Dec: overdue
    response = step_of(running, "panel_response")
    with Session(running.engine) as session:
        sent = session.exec(
            select(Reminder).where(Reminder.step_id == response.id, Reminder.status == "sent")
        ).all()
    assert {(r.kind, r.recipient) for r in sent} >= {("owner", OWNER_ID)}
    dms = [c for c in running.fake.calls("chat.postMessage") if c.params["channel"] == OWNER_ID]
    assert dms  # the owner's one message of the day carries it
    running.fake.clear()
    record(running, incident, "answer", answer="agrees")
    with Session(running.engine) as session:
        step = step_of(running, "panel_response")
        planned = session.exec(
            select(Reminder).where(Reminder.step_id == step.id, Reminder.status == "planned")
        )
        assert planned.all() == []  # answered: nothing more to remind of


def test_correspondence_is_logged_and_shown_without_identifying_text(running: RunningBot) -> None:
    incident = log_case(running)
    refused = record(
        running, incident, "log", direction="from_panel", what="Letter about Jayden Smith"
    )
    assert "what" in refused.json()["errors"]
    answer = record(
        running,
        incident,
        "log",
        direction="from_panel",
        what="Panel's letter asking for the chronology",
    )
    assert answer.body == ""
    with Session(running.engine) as session:
        (entry,) = session.exec(select(PanelCorrespondence)).all()
    assert entry.direction == "from_panel" and entry.recorded_by == USER_ID
    card = message(running, incident.card_ts)
    assert "Mon 23 Nov 2026, from the Panel: Panel's letter asking for the chronology" in card
    assert actions(running)[-1] == "panel_correspondence"
    assert "logged correspondence from the Panel of Mon 23 Nov 2026" in history(running, incident)
