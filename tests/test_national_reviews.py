"""A national or thematic review's improvement actions, tracked with no local case, driven
as Slack does: ``/incident national`` opens the form, its register is posted to the
channel, an action is added (its owner given it and a due date), its owner is reminded by
a scheduler tick on the due day, Mark done on the reminder opens the register's form, and
the audit trail names the review by its reference. The yearly figures count the action
as of national origin, and ``/incident actions`` and App Home list it."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.domain.actions import Origin
from bot.domain.yearly import APRIL, year_of
from bot.rules import load_rules
from bot.usecases import improvement
from bot.usecases.reports import yearly_report
from storage.models import ImprovementAction, NationalReview, Reminder
from storage.queries.audit import review_history
from tests.support.cases import log_case
from tests.support.forms import text_of
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action, dm_channel_id
from tests.test_improvement_actions import (
    EVIDENCE,
    mark_done_form,
    remind,
    stored_actions,
    submit,
)
from tests.test_operations import get, sample

REVIEW = "Safeguarding children with disabilities in residential settings"
TITLE = "Review the partnership's escalation guidance against the Panel's findings"


def record_review(running: RunningBot, typed: str = "", **fields: Any) -> Any:
    """``/incident national [typed]``, then its form submitted with ``fields``."""
    opened = len(running.fake.calls("views.open"))
    assert running.slack.slash_command(f"national {typed}".strip()).status == 200
    running.fake.wait_for("views.open", count=opened + 1)
    view = running.fake.last_view()
    assert view is not None and view["callback_id"] == "national_review_form"
    (title,) = [b for b in view["blocks"] if b.get("block_id") == "title"]
    assert title["element"].get("initial_value") == (typed or None)  # what was typed
    values = {
        "title": ("value", "plain_text_input", fields.get("title", REVIEW)),
        "published": ("value", "datepicker", fields.get("published", "2026-10-01")),
    }
    if "url" in fields:
        values["url"] = ("value", "url_text_input", fields["url"])
    return running.slack.view_submission(view=view, state_values=values)


def register_form(running: RunningBot, verb: str, review_id: int) -> dict[str, Any]:
    """Choose ``verb`` from the register's menus; the form it opened."""
    opened = len(running.fake.calls("views.open"))
    pressed = action("national_improvement", f"{verb}:{review_id}", element_type="overflow")
    assert running.slack.block_actions(pressed).status == 200
    running.fake.wait_for("views.open", count=opened + 1)
    view = running.fake.last_view()
    assert view is not None and view["callback_id"] == "national_improvement_form"
    return view


def the_review(running: RunningBot) -> NationalReview:
    with Session(running.engine) as session:
        (review,) = session.exec(select(NationalReview)).all()
    return review


def register(running: RunningBot) -> str:
    """The register's message in the channel, as it is drawn now."""
    ts = the_review(running).card_ts
    return text_of(next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == ts))


def test_a_national_reviews_action_is_tracked_without_a_case(running: RunningBot) -> None:
    # Identifying text and a link that is not a sound page are refused on the form.
    refused = record_review(running, title="Review of the death of Jane Smith", url="http://x")
    assert set(refused.json()["errors"]) == {"title", "url"}
    page = "https://www.gov.uk/government/publications/safeguarding-disabled-children"
    assert record_review(running, REVIEW, url=page).body == ""
    running.fake.wait_for("chat.postMessage")
    deadline = time.monotonic() + 5
    while (review := the_review(running)).card_ts is None and time.monotonic() < deadline:
        time.sleep(0.02)  # where it was posted is kept just after the post
    assert review.id is not None and (review.title, review.url) == (REVIEW, page)
    assert review.published_on == date(2026, 10, 1) and review.created_by == USER_ID
    shown = register(running)
    assert f"NR-{review.id} · National review" in shown and REVIEW in shown
    assert "No improvement actions recorded yet." in shown

    # An action with its agency, owner and due date; it asks no recommendation.
    view = register_form(running, "add_action", review.id)
    assert "recommendation" not in {b.get("block_id") for b in view["blocks"]}
    fields = {"title": TITLE, "agency": "police", "owner": OWNER_ID, "due": "2026-11-25"}
    assert submit(running, view, **fields).body == ""
    (row,) = stored_actions(running)
    assert (row.incident_id, row.national_review_id) == (None, review.id)
    assert (row.origin, row.owner_id, row.due_on) == (Origin.NATIONAL, OWNER_ID, date(2026, 11, 25))
    assert "0 of 1 action done" in register(running) and TITLE in register(running)
    notices = running.fake.wait_for("chat.postMessage", count=2)
    assert any("You now own" in text_of(n.params) for n in notices)

    # Listed with the cases' actions: /incident actions and the owner's App Home.
    assert running.slack.slash_command("actions").status == 200
    (reply,) = running.fake.wait_for("response_url")
    assert f"NR-{review.id}" in text_of(reply.params) and TITLE in text_of(reply.params)
    assert running.slack.app_home_opened(OWNER_ID).status == 200
    (home,) = running.fake.wait_for("views.publish")
    assert TITLE in text_of(home.params["view"])

    # The scheduler ticks through the due date: the owner is reminded the day before, on
    # the day, and once it has passed, when the person who recorded the review is told too.
    def reminded(day: int) -> list[str]:
        running.fake.clear()
        remind(running, datetime(2026, 11, day, 9, 0, tzinfo=UTC))
        with Session(running.engine) as session:
            sent = session.exec(
                select(Reminder).where(Reminder.status == "sent", col(Reminder.action_id) == row.id)
            ).all()
        return [f"{r.kind}:{r.recipient}" for r in sent if r.sent_at and r.sent_at.day == day]

    assert reminded(24) == [f"owner:{OWNER_ID}"]
    assert reminded(25) == [f"owner:{OWNER_ID}"]
    assert sorted(reminded(26)) == [f"escalation:{USER_ID}", f"owner:{OWNER_ID}"]
    dms = [m for m in running.fake.messages(dm_channel_id(OWNER_ID)) if m.get("metadata")]
    reminder = dms[-1]
    assert TITLE in text_of(reminder) and f"NR-{review.id}" in text_of(reminder)
    assert "overdue by 1 working day" in text_of(reminder) and "Sent late" not in text_of(reminder)
    escalated = [m for m in running.fake.messages(dm_channel_id(USER_ID)) if m.get("metadata")]
    assert any("overdue, so sent to you too" in text_of(m) for m in escalated)
    with Session(running.engine) as session:
        about = session.exec(select(Reminder).where(col(Reminder.action_id) == row.id)).all()
    assert {r.incident_id for r in about} == {None}

    # Mark done on the reminder opens the register's form, the action chosen.
    view = mark_done_form(running, reminder, row)
    assert view["callback_id"] == "national_improvement_form"
    assert submit(running, view, evidence=EVIDENCE).body == ""
    (row,) = stored_actions(running)
    assert (row.status, row.evidence, row.done_on) == ("done", EVIDENCE, date(2026, 11, 26))
    assert "1 of 1 action done" in register(running)
    with Session(running.engine) as session:
        planned = session.exec(select(Reminder).where(Reminder.status == "planned")).all()
    assert planned == []  # done: nothing more to remind of

    # The audit trail: no incident, the review's reference, its id, no free text.
    with Session(running.engine) as session:
        trail = review_history(session, reference=f"NR-{review.id}")
    assert [e.action for e in trail] == ["national_review_recorded", "action_added", "action_done"]
    assert {e.actor for e in trail} == {USER_ID}
    for event in trail:
        assert (event.incident_id, event.reference) == (None, f"NR-{review.id}")
        assert event.detail["national_review"] == review.id
        assert REVIEW not in str(event.detail) and TITLE not in str(event.detail)

    # The yearly figures count it by its origin.
    rules = load_rules()
    today = date(2026, 11, 26)
    report = yearly_report(running.engine, rules, year_of(today, APRIL), today)
    assert report.by_origin[Origin.NATIONAL] == 1
    assert report.by_origin[Origin.LOCAL] == report.by_origin[Origin.RAPID] == 0


def test_an_action_is_on_exactly_one_register(running: RunningBot) -> None:
    """The CHECK constraint: an action is a case's or a national review's, never neither
    nor both."""
    incident = log_case(running)
    now = running.clock()
    recorded = improvement.record_national_review(
        running.engine,
        title=REVIEW,
        published_on=date(2026, 10, 1),
        url=None,
        actor=USER_ID,
        now=now,
    )
    fields = {"title": TITLE, "origin": "national", "agency": "police", "created_by": USER_ID}
    for incident_id, review_id in ((None, None), (incident.id, recorded.review.id)):
        with Session(running.engine) as session:
            session.add(
                ImprovementAction(
                    incident_id=incident_id, national_review_id=review_id, created_at=now, **fields
                )
            )
            with pytest.raises(IntegrityError):
                session.commit()
    assert stored_actions(running) == []


def test_a_register_slack_did_not_take_is_posted_once_by_the_outbox(running: RunningBot) -> None:
    """Slack refuses the register when the review is recorded: the review waits in the
    outbox (counted by /metrics) until the request's lease runs out, and then one tick
    posts it, once, however many ticks follow."""
    running.fake.fail("chat.postMessage", error="internal_error")
    assert record_review(running).body == ""
    (refused,) = running.fake.wait_for("chat.postMessage")
    assert refused.fault == "error:internal_error"
    running.fake.wait_quiet()
    running.fake.clear_faults()
    review = the_review(running)
    assert review.card_ts is None

    def depth() -> float:
        return sample(get(f"{running.base_url}/metrics")[1], "safeguarding_outbox_depth")

    def posted() -> list[str]:
        """Where the register reached the channel, each time it did."""
        calls = running.fake.calls("chat.postMessage")
        return [c.response["ts"] for c in calls if c.ok and f"NR-{review.id}" in text_of(c.params)]

    assert depth() == 1
    recorded = running.clock.now
    remind(running, recorded + timedelta(minutes=1))  # the request still holds it
    assert posted() == [] and the_review(running).card_ts is None
    for minutes in (5, 10):
        remind(running, recorded + timedelta(minutes=minutes))
    assert posted() == [the_review(running).card_ts]
    assert f"NR-{review.id} · National review" in register(running)
    assert depth() == 0
