"""``/incident`` end to end: signed requests in, Web API calls out, rows in the database."""

from __future__ import annotations

import urllib.request
from datetime import date

from sqlmodel import Session, func, select

from storage.models import AuditEvent, ChecklistItem, Incident, Step
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import OUTSIDER_ID, OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, dm_channel_id, stale_timestamp


def count(engine, model) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def audit_actions(engine) -> list[str]:
    with Session(engine) as session:
        return list(session.exec(select(AuditEvent.action).order_by(AuditEvent.id)).all())


def test_logging_an_incident_stores_it_and_posts_card_and_checklist(running: RunningBot) -> None:
    view = open_form(running)
    response = running.slack.view_submission(view=view, state_values=form())
    assert response.status == 200
    answer = response.json()
    assert answer["response_action"] == "update"
    assert "Received and kept safely" in text_of(answer["view"])  # answered before logging

    updates = running.fake.wait_for("views.update")
    assert updates[0].params["view_id"] == view["id"]
    assert "Logged as *SI-2026-0001*" in text_of(updates[0].view)
    assert f"<#{CHANNEL_ID}>" in text_of(updates[0].view)
    posts = running.fake.calls("chat.postMessage")
    card = next(
        c for c in posts if c.params["channel"] == CHANNEL_ID and "thread_ts" not in c.params
    )
    checklist = next(c for c in posts if c.params.get("thread_ts"))
    card_text = text_of(card.blocks)
    assert "SI-2026-0001 · Child K" in card_text
    assert "Notify the Child Safeguarding Practice Review Panel" in card_text
    assert "Fri 27 Nov 2026" in card_text  # 5 working days after Fri 20 Nov
    assert "provisional" in card_text
    assert "Police: summary and chronology of involvement received" in text_of(checklist.blocks)
    dm = running.fake.wait_for("conversations.open")[0]
    assert dm.params["users"] == OWNER_ID
    assert any(c.params["channel"] == dm_channel_id(OWNER_ID) for c in posts)

    with Session(running.engine) as session:
        incident = session.exec(select(Incident)).one()
        assert (incident.reference, incident.pseudonym, incident.owner_id) == (
            "SI-2026-0001",
            "Child K",
            OWNER_ID,
        )
        assert incident.card_ts == card_ts_of(running, card)
        assert incident.checklist_ts is not None
        steps = {s.step_key: s for s in session.exec(select(Step)).all()}
        assert steps["panel_notification"].due_on == date(2026, 11, 27)
        assert steps["rapid_review"].provisional
        agencies = session.exec(select(ChecklistItem.agency).where(ChecklistItem.agency != None))  # noqa: E711
        assert set(agencies.all()) == {"police", "health_icb"}
    assert audit_actions(running.engine)[0] == "incident_logged"


def card_ts_of(running: RunningBot, call) -> str:
    return next(
        m["ts"] for m in running.fake.messages(CHANNEL_ID) if m.get("blocks") == call.blocks
    )


def test_bad_fields_are_shown_in_place_and_nothing_is_stored(running: RunningBot) -> None:
    view = open_form(running)
    response = running.slack.view_submission(
        view=view,
        state_values=form(
            pseudonym="Jane Smith",
            aware_on=date(2026, 11, 24),  # tomorrow
            summary="Lives at 12 Acacia Avenue, SW1A 1AA.",
            status=["looked_after", "care_leaver"],
        ),
    )
    answer = response.json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"pseudonym", "aware_on", "summary", "status"}
    assert "future" in answer["errors"]["aware_on"]
    assert count(running.engine, Incident) == 0
    assert not running.fake.calls("chat.postMessage")


def test_an_owner_outside_the_partnership_is_refused(running: RunningBot) -> None:
    view = open_form(running)
    answer = running.slack.view_submission(view=view, state_values=form(owner=OUTSIDER_ID)).json()
    assert answer["errors"] == {
        "owner": "The case owner must be a member of the partnership channel."
    }


def test_the_same_submission_twice_creates_one_incident(running: RunningBot) -> None:
    view = open_form(running)
    first = running.slack.view_submission(view=view, state_values=form())
    running.fake.wait_for("views.update")
    again = running.slack.view_submission(
        view=view, state_values=form(), retry_num=1, retry_reason="http_timeout"
    )
    assert first.status == again.status == 200
    assert "Received" in text_of(again.json())
    receipts = running.fake.wait_for("views.update", count=2)
    assert all("Logged as *SI-2026-0001*" in text_of(r.view) for r in receipts)
    assert count(running.engine, Incident) == 1
    channel_posts = [
        c for c in running.fake.calls("chat.postMessage") if c.params["channel"] == CHANNEL_ID
    ]
    assert len(channel_posts) == 2  # one card, one checklist


def test_a_failed_post_keeps_the_incident_and_tells_the_submitter(running: RunningBot) -> None:
    view = open_form(running)
    running.fake.fail("chat.postMessage", error="channel_not_found")
    running.slack.view_submission(view=view, state_values=form())
    update = running.fake.wait_for("views.update")[0]
    assert "did not take the post" in text_of(update.view)
    with Session(running.engine) as session:
        incident = session.exec(select(Incident)).one()
        assert incident.card_ts is None  # to be retried
        assert session.exec(select(func.count()).select_from(Step)).one() > 0


def replies(running: RunningBot, n: int = 1) -> list[str]:
    return [text_of(c.params) for c in running.fake.wait_for("response_url", count=n)]


def test_help_list_show_and_unknown(running: RunningBot) -> None:
    running.slack.slash_command("help")
    assert "/incident list" in replies(running)[0]

    running.slack.slash_command("list")
    assert "There are no open cases." in replies(running, 2)[1]

    view = open_form(running)
    running.slack.view_submission(view=view, state_values=form())
    running.fake.wait_for("views.update")

    running.slack.slash_command("list")
    listed = replies(running, 3)[2]
    assert "SI-2026-0001 · Child K" in listed and "Notify the child death review" in listed

    running.slack.slash_command("show si-2026-0001")
    shown = replies(running, 4)[3]
    assert "Statutory deadlines" in shown and "SI-2026-0001" in shown

    running.slack.slash_command("show SI-2099-0042")
    assert "There is no case" in replies(running, 5)[4]

    running.slack.slash_command("lsit")
    assert "I don't understand" in replies(running, 6)[5]
    assert "/incident help" in replies(running, 6)[5]


def test_people_outside_the_partnership_are_refused_and_audited(running: RunningBot) -> None:
    running.slack.slash_command("", user_id=OUTSIDER_ID)
    assert "only members of the safeguarding partnership" in replies(running)[0]
    running.slack.slash_command("list", user_id=OUTSIDER_ID)
    assert "only members" in replies(running, 2)[1]
    assert not running.fake.calls("views.open")
    # Audited once: the second try on the same surface within the hour is not written.
    assert audit_actions(running.engine) == ["access_refused"]


def test_membership_is_cached(running: RunningBot) -> None:
    for _ in range(3):
        running.slack.slash_command("list")
    replies(running, 3)
    assert len(running.fake.calls("conversations.members")) == 1


def test_forged_stale_unsigned_and_malformed_requests_are_refused(running: RunningBot) -> None:
    assert running.slack.slash_command("list", forge=True).status == 401
    assert running.slack.slash_command("list", timestamp=stale_timestamp()).status == 401
    assert running.slack.slash_command("list", unsigned=True).status == 401
    for body, kind in [
        (b"payload=%7Bnot json", "application/x-www-form-urlencoded"),
        (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
        (b'{"type": 42}', "application/json"),
        (b"payload=%5B%5D", "application/x-www-form-urlencoded"),
    ]:
        status = running.slack.raw(body, kind).status
        assert 400 <= status < 500, (body, status)
    assert not running.fake.calls("views.open")
    assert count(running.engine, AuditEvent) == 0


def test_healthz(running: RunningBot) -> None:
    with urllib.request.urlopen(f"{running.base_url}/healthz", timeout=5) as response:
        assert response.status == 200
        assert response.read() == b"ok\n"


def test_a_brief_slack_outage_or_rate_limit_is_ridden_out(running: RunningBot) -> None:
    view = open_form(running)
    running.fake.fail("chat.postMessage", status=500, times=1)
    running.fake.rate_limit("chat.postMessage", retry_after=1, times=1)
    running.slack.view_submission(view=view, state_values=form())
    update = running.fake.wait_for("views.update", timeout=15)[0]
    assert f"The case card is in <#{CHANNEL_ID}>" in text_of(update.view)
    faults = [c.fault for c in running.fake.calls("chat.postMessage") if c.fault]
    assert sorted(faults) == ["ratelimited", "status:500"]
    with Session(running.engine) as session:
        incident = session.exec(select(Incident)).one()
        assert incident.card_ts and incident.checklist_ts


def test_slack_failing_for_longer_leaves_the_case_stored_for_a_retry(running: RunningBot) -> None:
    view = open_form(running)
    running.fake.fail("chat.postMessage", status=500)
    running.slack.view_submission(view=view, state_values=form())
    update = running.fake.wait_for("views.update", timeout=15)[0]
    assert "did not take the post" in text_of(update.view)
    assert len(running.fake.calls("chat.postMessage")) == 3  # the first try and two retries
    with Session(running.engine) as session:
        assert session.exec(select(Incident)).one().card_ts is None


def test_app_home_lists_open_cases_for_members_only(running: RunningBot) -> None:
    view = open_form(running)
    running.slack.view_submission(view=view, state_values=form())
    running.fake.wait_for("views.update")
    assert running.slack.app_home_opened(USER_ID).status == 200
    running.fake.wait_for("views.publish")
    assert "SI-2026-0001 · Child K" in text_of(running.fake.home_view(USER_ID))
    running.slack.app_home_opened(OUTSIDER_ID)
    running.fake.wait_for("views.publish", count=2)
    home = text_of(running.fake.home_view(OUTSIDER_ID))
    assert "only members" in home and "Child K" not in home
