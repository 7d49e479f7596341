"""Each decision's path after the rapid review, driven as Slack does: a national review
recommended waits for the Panel's decision, then follows the national review or a local
review after all; a local review's milestones and progress checks are steps, dated and
reminded; a review past its target asks for the reason for the delay; no further review
says how the learning is shared and closes once the Panel has answered. Dates are
counted by hand, with the Christmas and New Year bank holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime

from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.models import Incident, PanelCorrespondence, ProgressCheck, Reminder
from tests.support.cases import actions, audited, choose, history, items_of, log_case, message
from tests.support.review import decide, press_step, record, review_form, step_on, submit
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action, dm_channel_id

SENT = "the partners met on the day and agreed to send it"


def sent_and_decided(running: RunningBot, decision: str, **logged: object) -> Incident:
    incident = log_case(running, **logged)
    assert record(running, incident, "sent", reason=SENT).body == ""
    decide(running, incident, decision, running.clock.now.date())
    return incident


def at(running: RunningBot, when: datetime) -> None:
    running.clock.now = when


def remind(running: RunningBot, when: datetime) -> None:
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url, retry_handlers=[])
    runtime = Runtime(running.engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID))
    at(running, when)
    tick(runtime, client, when)


def reload(running: RunningBot, incident: Incident) -> Incident:
    with Session(running.engine) as session:
        found = session.get(Incident, incident.id)
        assert found is not None
        return found


def test_a_national_review_recommended_waits_for_the_panel_then_follows_it(
    running: RunningBot,
) -> None:
    incident = sent_and_decided(running, "national")
    awaited = step_on(running, incident, "panel_decision")
    assert awaited is not None and awaited.due_on == date(2026, 12, 7)  # 10 wd after Mon 23 Nov
    assert awaited.owner_id == OWNER_ID
    card = message(running, incident.card_ts)
    assert (
        "National review recommended — Panel's decision on a national review due Mon 7 Dec" in card
    )
    assert step_on(running, incident, "reviewer_appointed") is None  # no local review
    # The step has no menu of its own: its line says where it is recorded.
    assert (
        "Recorded from *Rapid review sign-off and the Panel* (its ⋯ menu: Record the Panel's "
        "decision…)"
    ) in card

    at(running, datetime(2026, 12, 1, 10, 0, tzinfo=UTC))  # Tue 1 Dec
    assert record(running, incident, "decide", decision="national_review").body == ""
    assert step_on(running, incident, "panel_decision").status == "done"
    contact = step_on(running, incident, "national_contact")
    assert contact is not None and contact.due_on == date(2026, 12, 8)  # 5 wd after Tue 1 Dec
    information = step_on(running, incident, "national_information")
    assert information is not None and information.due_on == date(2027, 1, 8)

    # Recorded on Thu 3 Dec, the contact moves the next contribution: 20 working days on,
    # past Christmas Day, Boxing Day (Mon 28 Dec) and New Year's Day, is Tue 5 Jan 2027.
    at(running, datetime(2026, 12, 3, 10, 0, tzinfo=UTC))
    assert (
        press_step(running, incident, "done", "national_contact", date=date(2026, 12, 3)).body == ""
    )
    assert step_on(running, incident, "national_information").due_on == date(2027, 1, 5)
    card = message(running, incident.card_ts)
    assert (
        "National review — Send the information the national reviewer asks for due Tue 5 Jan 2027"
        in card
    )
    assert "*The Panel's decision:* The Panel carries out a national review, Tue 1 Dec 2026" in card
    assert actions(running)[-2:] == ["panel_decided", "step_done"]
    assert (
        "recorded the Panel's decision (the Panel carries out a national review) of Tue 1 Dec 2026"
    ) in history(running, incident)


def test_the_panel_may_decide_on_a_local_review_after_all(running: RunningBot) -> None:
    incident = sent_and_decided(running, "national")
    at(running, datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    assert record(running, incident, "decide", decision="local_review").body == ""
    # The local review is commissioned on the Panel's decision, Tue 1 Dec.
    publication = step_on(running, incident, "lcspr_publication")
    assert publication is not None and publication.due_on == date(2027, 6, 1)
    reviewer = step_on(running, incident, "reviewer_appointed")
    assert reviewer is not None and reviewer.due_on == date(2026, 12, 31)  # 20 wd, past Christmas
    check = step_on(running, incident, "progress_check")
    assert check is not None and check.due_on == date(2027, 1, 4)  # 1 Jan is a bank holiday
    assert "Local review — reviewer due Thu 31 Dec" in message(running, incident.card_ts)


def test_a_local_reviews_milestones_are_reminded_and_its_progress_checked(
    running: RunningBot,
) -> None:
    incident = sent_and_decided(running, "lcspr")
    reviewer = step_on(running, incident, "reviewer_appointed")
    assert reviewer is not None and reviewer.due_on == date(2026, 12, 21)  # 20 wd after 23 Nov
    assert reviewer.owner_id == OWNER_ID
    assert step_on(running, incident, "terms_agreed").due_on == date(2027, 1, 7)
    assert step_on(running, incident, "final_report_sent") is None  # the timetable's step

    running.fake.clear()
    remind(running, datetime(2026, 12, 21, 9, 0, tzinfo=UTC))  # Mon 21 Dec, its due day
    with Session(running.engine) as session:
        sent = session.exec(
            select(Reminder.recipient).where(
                Reminder.step_id == reviewer.id, Reminder.status == "sent"
            )
        ).all()
    assert OWNER_ID in sent
    dms = [c for c in running.fake.calls("chat.postMessage") if c.params["channel"] == OWNER_ID]
    assert any("Appoint the independent reviewer" in str(c.params.get("blocks")) for c in dms)

    # Appointed on Fri 18 Dec: the terms of reference fall due 10 working days after it.
    assert (
        press_step(running, incident, "done", "reviewer_appointed", date=date(2026, 12, 18)).body
        == ""
    )
    assert step_on(running, incident, "terms_agreed").due_on == date(2027, 1, 6)
    card = message(running, incident.card_ts)
    assert "Local review — reviewer appointed, terms of reference due Wed 6 Jan 2027" in card

    check = step_on(running, incident, "progress_check")
    assert check is not None and check.due_on == date(2026, 12, 23)  # 1 month after 23 Nov
    at(running, datetime(2026, 12, 23, 10, 0, tzinfo=UTC))
    empty = record(running, incident, "check", note="")
    assert empty.json()["errors"] == {"note": "Write a line on the time and quality."}
    refused = record(running, incident, "check", note="Spoke to Jayden Smith's teacher")
    assert "note" in refused.json()["errors"]
    note = "Reviewer appointed on time; agency reports on track"
    assert record(running, incident, "check", note=note).body == ""
    with Session(running.engine) as session:
        (stored,) = session.exec(select(ProgressCheck)).all()
    assert (stored.checked_on, stored.note, stored.recorded_by) == (
        date(2026, 12, 23),
        note,
        USER_ID,
    )
    # The next check is two months after commissioning: Sat 23 Jan rolls to Mon 25 Jan.
    after = step_on(running, incident, "progress_check")
    assert after is not None and after.status == "open" and after.due_on == date(2027, 1, 25)
    card = message(running, incident.card_ts)
    assert f"*Progress checks:* 1, the latest Wed 23 Dec 2026: “{note}”" in card
    assert actions(running)[-1] == "progress_checked"


def test_a_review_past_its_target_asks_for_the_reason_for_the_delay(running: RunningBot) -> None:
    incident = log_case(running, aware_on=date(2026, 5, 1))
    assert record(running, incident, "sent", reason=SENT, date="2026-05-20").body == ""
    decide(running, incident, "lcspr", date(2026, 5, 26))  # target: Thu 26 Nov 2026
    assert step_on(running, incident, "review_delay") is None  # not passed yet

    remind(running, datetime(2026, 11, 27, 9, 0, tzinfo=UTC))  # Fri 27 Nov
    delay = step_on(running, incident, "review_delay")
    assert delay is not None and delay.due_on == date(2026, 12, 3)  # 5 wd after Thu 26 Nov
    assert actions(running).count("target_passed") == 1
    card = message(running, incident.card_ts)
    assert "Tell the Panel and the Secretary of State the reason for the delay" in card
    remind(running, datetime(2026, 11, 27, 9, 30, tzinfo=UTC))
    assert actions(running).count("target_passed") == 1  # once

    reason = "The criminal trial was moved; the report waits for it"
    assert record(running, incident, "delay", reason=reason).body == ""
    assert step_on(running, incident, "review_delay").status == "done"
    with Session(running.engine) as session:
        (logged,) = session.exec(select(PanelCorrespondence)).all()
    assert logged.direction == "to_panel" and "delay" in logged.what
    card = message(running, incident.card_ts)
    assert f"*Delay told to the Panel:* Fri 27 Nov 2026: “{reason}”" in card
    assert f"reason for the delay told to the Panel on Fri 27 Nov 2026: “{reason}”" in history(
        running, incident
    )


def test_no_further_review_shares_the_learning_and_stays_open_while_its_checklist_is(
    running: RunningBot,
) -> None:
    incident = sent_and_decided(running, "no_review")
    learning = step_on(running, incident, "learning_otherwise")
    assert learning is not None and learning.due_on == date(2026, 12, 7)  # 10 wd after 23 Nov
    assert record(running, incident, "learning", way="A 7-minute briefing").body == ""
    assert step_on(running, incident, "learning_otherwise").status == "done"
    for key in ("panel_notification", "partner_notification", "cdop_notification"):
        press_step(running, incident, "done", key, date=date(2026, 11, 23))
    card = message(running, incident.card_ts)
    assert "No further review — learning shared by a 7-minute briefing; Panel's response" in card
    assert "*Learning shared by:* A 7-minute briefing (recorded Mon 23 Nov 2026)" in card
    assert reload(running, incident).closed_at is None  # the Panel has not answered

    assert record(running, incident, "answer", answer="agrees").body == ""
    # Every step finished; checklist items are open, so it stays open and asks nothing.
    assert reload(running, incident).closed_at is None
    assert any(item.status == "open" for item in items_of(running))
    assert "Everything is recorded" not in message(running, incident.card_ts)


def test_a_case_done_with_the_panel_names_its_overdue_step_instead_of_closing(
    running: RunningBot,
) -> None:
    incident = sent_and_decided(running, "no_review")
    assert record(running, incident, "learning", way="A 7-minute briefing").body == ""
    for key in ("panel_notification", "partner_notification"):
        press_step(running, incident, "done", key, date=date(2026, 11, 23))
    at(running, datetime(2026, 12, 14, 10, 0, tzinfo=UTC))  # the CDOP notification is late
    assert record(running, incident, "answer", answer="agrees").body == ""
    card = message(running, incident.card_ts)
    cdop = step_on(running, incident, "cdop_notification")
    assert cdop is not None and cdop.due_on is not None and cdop.due_on < date(2026, 12, 14)
    assert f"the Panel has answered; {cdop.title} overdue since" in card
    assert "may close" not in card
    # The Panel's response step cites the Panel's guidance, not one partnership's pages.
    assert "Panel practice guidance: the Panel responds to each rapid review" in card
    assert "Kent" not in card

    press_step(running, incident, "done", "cdop_notification", date=date(2026, 12, 14))
    assert "the Panel has answered, the case may close" in message(running, incident.card_ts)


def test_a_reminders_mark_done_opens_the_review_sections_form(running: RunningBot) -> None:
    incident = log_case(running)
    record(running, incident, "sent", reason=SENT)
    running.fake.clear()
    remind(running, datetime(2026, 12, 8, 9, 0, tzinfo=UTC))  # the Panel's response is late
    response = step_on(running, incident, "panel_response")
    assert response is not None
    held = next(
        c for c in running.fake.calls("chat.postMessage") if c.params["channel"] == OWNER_ID
    )
    running.slack.block_actions(
        action("reminder_done", str(response.id), block_id=f"reminder:{response.id}"),
        user_id=OWNER_ID,
        channel_id=dm_channel_id(OWNER_ID),
        message={"ts": "1", "text": held.params["text"], "blocks": held.json_param("blocks")},
    )
    view = running.fake.wait_for("views.open")[-1].json_param("view")
    assert view["callback_id"] == "review_form" and '"verb": "answer"' in view["private_metadata"]
    answer = submit(running, view, user=OWNER_ID, answer="agrees")
    assert answer.body == ""
    assert step_on(running, incident, "panel_response").status == "done"


def test_sent_recorded_in_error_is_undone_before_the_panel_answers(running: RunningBot) -> None:
    incident = log_case(running)
    record(running, incident, "sent", reason=SENT)
    rapid = step_on(running, incident, "rapid_review")
    assert rapid is not None and rapid.status == "done"
    # The card's step menu has no Undo for it, and a forged one is refused.
    assert f"undo:{rapid.id}" not in str(running.fake.messages(CHANNEL_ID))
    assert choose(running, "case_step", f"undo:{rapid.id}").status == 200
    told = running.fake.wait_for("response_url")[-1].params["text"]
    assert "undone from the card's rapid review section" in told

    refused = record(running, incident, "unsend", reason="Sent by Jayden Smith by mistake")
    assert "reason" in refused.json()["errors"]
    assert record(running, incident, "unsend", reason="recorded on the wrong case").body == ""
    assert step_on(running, incident, "rapid_review").status == "open"
    assert step_on(running, incident, "panel_response") is None
    assert "sign-off awaited from" in message(running, incident.card_ts)
    assert actions(running)[-1] == "review_sent_undone"
    assert "Mon 23 Nov 2026: “recorded on the wrong case”" in history(running, incident)
    assert "recorded on the wrong case" not in audited(running) and SENT not in audited(running)


def test_a_forged_done_of_a_step_the_review_section_records_is_refused(
    running: RunningBot,
) -> None:
    incident = log_case(running)
    rapid = step_on(running, incident, "rapid_review")
    assert rapid is not None
    view = review_form(running, f"sent:{incident.id}")  # a real form, for its shape
    assert view["callback_id"] == "review_form"
    opened = len(running.fake.calls("views.open"))
    assert choose(running, "case_step", f"done:{rapid.id}").status == 200
    running.fake.wait_for("views.open", count=opened + 1)
    form = running.fake.last_view()
    answer = running.slack.view_submission(
        view=form, state_values={"date": ("value", "datepicker", date(2026, 11, 23))}
    )
    assert "rapid review section" in str(answer.json()["errors"])
    assert step_on(running, incident, "rapid_review").status == "open"
