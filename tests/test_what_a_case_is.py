"""A case is what its facts make it, end to end: harm without suspected abuse or neglect
and an adult care leaver's death are not serious child safeguarding incidents (no rapid
review checklist, and the card says why), and the published report kept available is a
minimum period (no reminders, no countdown, and it does not keep the case open)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, select

from bot.usecases.cases import NO_CHECKLIST
from bot.usecases.exports import deadlines_ics
from storage.models import ChecklistItem, Incident, Reminder, Step
from storage.queries.outbox import claim_for_posting
from storage.queries.steps import open_steps, open_steps_due_by
from tests.support.cases import choose, log_case, message, step_of
from tests.support.forms import form, open_form, text_of
from tests.support.review import record, settle_open
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import CHANNEL_ID


def channel_posts(running: RunningBot) -> list[Any]:
    return [c for c in running.fake.calls("chat.postMessage") if c.params["channel"] == CHANNEL_ID]


def submit(running: RunningBot, **changes: Any) -> Incident:
    """Log an incident through the form; its receipt says it is posted in full."""
    view = open_form(running)
    assert running.slack.view_submission(view=view, state_values=form(**changes)).status == 200
    receipt = text_of(running.fake.wait_for("views.update")[0].view)
    assert f"The case card is in <#{CHANNEL_ID}>" in receipt
    with Session(running.engine) as session:
        return session.exec(select(Incident)).one()


def step_keys(running: RunningBot) -> set[str]:
    with Session(running.engine) as session:
        return set(session.exec(select(Step.step_key)).all())


def assert_posted_without_a_checklist(running: RunningBot, incident: Incident) -> str:
    """Only the card went to the channel, the case counts as posted in full, and the
    outbox leaves it alone; returns the card's text."""
    (card,) = channel_posts(running)
    assert "thread_ts" not in card.params
    assert incident.card_ts is not None and incident.checklist_ts == NO_CHECKLIST
    with Session(running.engine) as session:
        assert session.exec(select(ChecklistItem)).all() == []
        later = datetime(2026, 11, 23, 12, tzinfo=UTC)
        assert claim_for_posting(session, Incident, later, later - later, 10) == []
    return text_of(card.blocks)


def test_harm_without_suspected_abuse_gets_no_checklist_and_says_why(running: RunningBot) -> None:
    incident = submit(running, what_happened="seriously_harmed", abuse_or_neglect="no")
    assert step_keys(running) == set()
    card = assert_posted_without_a_checklist(running, incident)
    assert (
        "*Not a serious child safeguarding incident*: abuse or neglect is not known or "
        "suspected, so no Panel notification or rapid review is needed. No statutory step "
        "applies." in card
    )
    posts = running.fake.calls("chat.postMessage")
    dm = next(c for c in posts if c.params["channel"] != CHANNEL_ID)
    assert "rapid review checklist" not in dm.params["text"]


def test_a_looked_after_childs_death_without_suspected_abuse_keeps_its_step(
    running: RunningBot,
) -> None:
    incident = submit(running, abuse_or_neglect="no", status=["looked_after"])
    assert step_keys(running) == {"looked_after_death_notification", "cdop_notification"}
    card = assert_posted_without_a_checklist(running, incident)
    assert "abuse or neglect is not known or suspected" in card
    assert "The steps that still apply are below." in card
    assert "Notify the Secretary of State and Ofsted of the death of a looked-after child" in card
    assert "Fri 27 Nov 2026" in card  # shown as usual: 5 working days after Fri 20 Nov


def test_the_form_refuses_18_to_24_unless_a_care_leaver(running: RunningBot) -> None:
    view = open_form(running)
    answer = running.slack.view_submission(view=view, state_values=form(age_band="18_24")).json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"age_band"}
    assert "care leaver" in answer["errors"]["age_band"]
    with Session(running.engine) as session:
        assert session.exec(select(Incident)).all() == []
    assert not running.fake.calls("chat.postMessage")


def test_an_adult_care_leavers_death_needs_only_the_notification(running: RunningBot) -> None:
    incident = submit(running, age_band="18_24", status=["care_leaver"])  # abuse suspected
    assert step_keys(running) == {"care_leaver_death_notification", "safeguarding_adults_referral"}
    card = assert_posted_without_a_checklist(running, incident)
    assert "death of a care leaver (up to and including age 24)" in card
    assert (
        "*Not a serious child safeguarding incident*: the young person was 18 or over, so no "
        "Panel notification, rapid review or child death review (CDOP) is needed. The steps "
        "that still apply are below." in card
    )


def test_a_care_leaver_of_16_or_17_is_a_child_like_any_other(running: RunningBot) -> None:
    submit(running, age_band="16_17", status=["care_leaver"])
    assert {"panel_notification", "rapid_review", "cdop_notification"} <= step_keys(running)
    assert "care_leaver_death_notification" in step_keys(running)
    assert "Not a serious" not in text_of(channel_posts(running)[0].blocks)
    assert len(channel_posts(running)) == 2  # the card and its checklist


class Steps:
    """Drives a case card's step menus and their forms, one change at a time."""

    def __init__(self, running: RunningBot) -> None:
        self.running, self.forms, self.redraws = running, 0, 0

    def record(self, verb: str, key: str, **values: tuple[str, str, Any]) -> None:
        self.forms += 1
        choose(self.running, "case_step", f"{verb}:{step_of(self.running, key).id}")
        self.running.fake.wait_for("views.open", count=self.forms)
        view = self.running.fake.last_view()
        assert view is not None
        # What a publication form asks of the steps still open: not applicable, unless given.
        values = settle_open(view, reason="the partners agreed it was not needed") | values
        answer = self.running.slack.view_submission(view=view, state_values=values)
        assert answer.status == 200 and answer.body == "", answer.body
        self.redraws += 2  # the card and the checklist
        self.running.fake.wait_for("chat.update", count=self.redraws)


def on(day: date) -> tuple[str, str, date]:
    return ("value", "datepicker", day)


def test_the_report_kept_available_is_a_minimum_period(running: RunningBot) -> None:
    incident = log_case(running, what_happened="seriously_harmed")
    today = date(2026, 11, 23)
    steps = Steps(running)
    for key in ("panel_notification", "partner_notification"):
        steps.record("done", key, date=on(today))
    record(running, incident, "sent", reason="the partners met on the day; sent at once")
    record(running, incident, "answer", answer="agrees")
    steps.forms, steps.redraws = steps.forms + 2, steps.redraws + 4  # their forms, redraws
    steps.record(
        "done",
        "lcspr_decision",
        date=on(today),
        decision=("value", "radio_buttons", "lcspr"),
        rationale=("value", "plain_text_input", "Two or more agencies worked together."),
        family_informed_on=on(None),
    )
    steps.record("plan", "lcspr_publication", date=on(date(2027, 9, 6)))
    # The final report and the milestones are still open: the publication form asks.
    sent = date(2026, 11, 20)
    steps.record(
        "done",
        "lcspr_publication",
        date=on(today),
        kind=("value", "radio_buttons", "full_report"),
        **{
            "settle:final_report_to_panel": ("value", "radio_buttons", "done"),
            "settle_on:final_report_to_panel": on(sent),
        },
    )

    kept = step_of(running, "report_availability")
    assert (kept.kind, kept.due_on, kept.status) == ("minimum_period", date(2027, 11, 23), "open")
    card = message(running, incident.card_ts)
    assert "available until at least *Tue 23 Nov 2027*" in card
    assert "at least 1 year after publication" in card
    final_report = step_of(running, "final_report_to_panel")
    assert (final_report.status, final_report.completed_on) == ("done", sent)
    with Session(running.engine) as session:
        planned = select(Reminder.step_id).where(Reminder.status == "planned")
        assert kept.id not in set(session.exec(planned).all())  # nothing to remind of
        a_year_on = date(2028, 1, 10)
        assert [s.step_key for _, s in open_steps_due_by(session, a_year_on)] == []
        assert [s.step_key for _, s in open_steps(session)] == []
    calendar = deadlines_ics(running.engine, now=datetime(2026, 11, 23, 12, tzinfo=UTC))
    assert "report_availability" not in calendar
    # Every deadline finished, the report's actions are still to be recorded: it stays open.
    with Session(running.engine) as session:
        assert session.get(Incident, incident.id).closed_at is None
    assert "Everything is recorded" not in message(running, incident.card_ts)
