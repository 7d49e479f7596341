"""A practice learning review for a case below the threshold, end to end: logged from the
incident form, its light checklist (from bot/rules/learning_review.toml) posted in the
card's thread with its due dates, its items done and reminded like the rapid review's,
refused for a serious incident, turned on and off by Edit case…, and its rules file
replaced (a bad one stops the bot in one line)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from slack_sdk import WebClient
from sqlmodel import Session, col, select

from bot.domain.incident import LEARNING_REVIEW_REFUSED
from bot.domain.learning_review import parse_learning_review
from bot.edge.cli import main
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.logs import configure
from bot.rules import RulesError, load_learning_review, load_rules
from bot.runtime import Runtime
from storage.db import make_engine, migrate
from storage.models import AuditEvent, Incident, Reminder
from tests.support.cases import actions, choose, fill, items_of, log_case
from tests.support.cases import message as posted_text
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, dm_channel_id

#: Harm without suspected abuse or neglect: below the threshold.
BELOW = {"what_happened": "seriously_harmed", "abuse_or_neglect": "no"}
HELD = {"learning_review": ["practice_learning_review"]}

#: The shipped plan, its due dates counted by hand from the day the case is logged, Mon 23
#: Nov 2026 (day 0), in England & Wales working days: 25 and 28 December 2026 (Christmas,
#: Boxing Day's substitute) and 1 January 2027 are bank holidays, and so are 26 and 29
#: March (Easter) and 3 May 2027.
EXPECTED = [
    ("plr:scope_and_lead", date(2026, 11, 30), OWNER_ID),  # 5: Tue 24 is 1 … Mon 30 is 5
    ("plr:agency_information", date(2026, 12, 21), None),  # 20: four weeks on
    ("plr:learning_session", date(2027, 1, 7), None),  # 30: Christmas and New Year skipped
    ("plr:learning_and_actions", date(2027, 1, 21), None),  # 40
    ("plr:share_learning", date(2027, 2, 4), None),  # 50
    ("plr:actions_embedded", date(2027, 5, 18), None),  # 120: Easter and 3 May skipped
]


def thread_posts(running: RunningBot, incident: Incident) -> list[dict[str, Any]]:
    return [m for m in running.fake.messages(CHANNEL_ID) if m.get("thread_ts") == incident.card_ts]


def message(running: RunningBot, ts: str | None) -> str:
    """A posted message's text as it now stands; the case must have posted it."""
    assert ts, "not posted"
    return posted_text(running, ts)


def stored(running: RunningBot, incident_id: int | None) -> Incident:
    with Session(running.engine) as session:
        found = session.get(Incident, incident_id)
        assert found is not None
        return found


def remind(running: RunningBot, when: datetime) -> None:
    """One scheduler tick at ``when``: the outbox, then the reminders due."""
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url, retry_handlers=[])
    runtime = Runtime(
        running.engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID), running.clock
    )
    tick(runtime, client, when)


def test_logged_from_the_form_with_its_own_checklist(running: RunningBot) -> None:
    view = open_form(running)
    block = next(b for b in view["blocks"] if b.get("block_id") == "learning_review")
    assert block["optional"] is True
    assert [o["text"]["text"] for o in block["element"]["options"]] == [
        "Not a serious incident: hold a practice learning review"
    ]
    running.fake.clear()
    incident = log_case(running, **BELOW, **HELD)
    assert incident.practice_learning_review is True

    items = items_of(running)
    assert [(i.item_key, i.due_on, i.owner_id) for i in items] == EXPECTED
    assert {i.status for i in items} == {"open"} and not any(i.provisional for i in items)
    (posted,) = thread_posts(running, incident)
    assert posted["text"] == f"Practice learning review checklist for {incident.reference}"
    checklist = message(running, incident.checklist_ts)
    assert f"Practice learning review checklist · {incident.reference}" in checklist
    assert "0 of 6 done." in checklist
    assert "Agree the scope of the review, the questions it asks and the lead reviewer" in checklist
    assert "due Mon 30 Nov 2026" in checklist and f"<@{OWNER_ID}>" in checklist
    assert "due Thu 7 Jan 2027" in checklist and "Lead reviewer" in checklist
    assert "Partnership business unit" in checklist and "Rapid review" not in checklist

    card = message(running, incident.card_ts)
    # Posted as what it is, with no heading over statutory deadlines it does not have.
    posted_card = next(
        m for m in running.fake.messages(CHANNEL_ID) if m.get("ts") == incident.card_ts
    )
    assert posted_card["text"] == f"Practice learning review {incident.reference} · Child K"
    assert "Serious incident" not in card and "Statutory deadlines" not in card
    assert (
        "*Not a serious child safeguarding incident: a practice learning review is held* "
        "(local practice, not a statutory review; its checklist is in the card's thread). "
        "Abuse or neglect is not known or suspected, so no Panel notification or rapid "
        "review is needed. No statutory step applies." in card
    )
    told = running.fake.messages(dm_channel_id(OWNER_ID))
    assert any("practice learning review checklist are" in m["text"] for m in told)
    with Session(running.engine) as session:
        reminded = set(session.exec(select(Reminder.item_id)).all())
    assert reminded == {items[0].id}  # the case owner's item; the others once given out

    # /incident list and App Home say what the case is, and its stage.
    assert running.slack.slash_command("list").status == 200
    (reply,) = running.fake.wait_for("response_url")
    assert f"*{incident.reference} · Child K* · _practice learning review_" in text_of(reply.params)
    assert running.slack.app_home_opened(USER_ID).status == 200
    home = text_of(running.fake.wait_for("views.publish")[0].params)
    assert "Practice learning review: 1" in home
    assert "_practice learning review_" in home


def test_its_items_are_done_given_out_and_reminded_from_the_checklist(
    running: RunningBot,
) -> None:
    incident = log_case(running, **BELOW, **HELD)
    first, second = items_of(running)[:2]
    assert choose(running, "checklist_item", f"done:{first.id}").status == 200
    running.fake.wait_for("chat.update")
    checklist = message(running, incident.checklist_ts)
    assert "1 of 6 done." in checklist and "Practice learning review checklist" in checklist
    assert actions(running)[-1] == "checklist_item_updated"

    # Given to someone, an item is theirs to be reminded of, 1 working day before it is due.
    choose(running, "checklist_item", f"assign:{second.id}")
    fill(running, 1, {"owner": ("value", "users_select", USER_ID)})
    running.fake.wait_for("chat.update", count=2)
    running.fake.clear()
    friday = datetime(2026, 12, 18, 9, tzinfo=UTC)  # Fri 18 Dec, before Mon 21 Dec
    running.clock.now = friday
    remind(running, friday)
    sent = [
        c
        for c in running.fake.calls("chat.postMessage")
        if c.params["channel"] in (USER_ID, dm_channel_id(USER_ID))
    ]
    assert len(sent) == 1
    assert "Gather information from each agency involved" in text_of(sent[0].params)
    assert "Agree the scope" not in text_of(sent[0].params)  # done: never reminded


def test_a_serious_incident_is_refused_the_choice(running: RunningBot) -> None:
    view = open_form(running)
    answer = running.slack.view_submission(view=view, state_values=form(**HELD)).json()
    assert answer == {
        "response_action": "errors",
        "errors": {"learning_review": LEARNING_REVIEW_REFUSED},
    }
    with Session(running.engine) as session:
        assert session.exec(select(Incident)).all() == []
    # Without the tick it is the serious incident it is, with the rapid review checklist.
    running.fake.clear()
    incident = log_case(running)
    assert incident.practice_learning_review is False
    assert all(not i.item_key.startswith("plr:") for i in items_of(running))
    assert "Rapid review checklist" in message(running, incident.checklist_ts)


def test_edit_case_turns_it_on_and_off(running: RunningBot) -> None:
    incident = log_case(running, **BELOW)
    assert incident.checklist_ts == "" and items_of(running) == []

    choose(running, "case_edit", str(incident.id))
    running.fake.wait_for("views.open")
    shown = running.fake.last_view()
    assert shown is not None
    initial = {b["block_id"]: b["element"] for b in shown["blocks"] if b["type"] == "input"}
    assert "initial_options" not in initial["learning_review"]
    on = running.slack.view_submission(view=shown, state_values=form(**BELOW, **HELD))
    assert on.status == 200 and on.body == ""
    running.fake.wait_for("chat.update")
    assert stored(running, incident.id).practice_learning_review is True
    assert [i.item_key for i in items_of(running)] == [key for key, _, _ in EXPECTED]
    assert "a practice learning review is held" in message(running, incident.card_ts)
    # The checklist the corrected facts call for is posted by the next tick (the outbox).
    remind(running, datetime(2026, 11, 23, 10, 45, tzinfo=UTC))  # the post lease has lapsed
    incident = stored(running, incident.id)
    assert incident.checklist_ts
    assert "Practice learning review checklist" in message(running, incident.checklist_ts)

    # The edit form shows it ticked; the choice is refused once the facts make it serious.
    running.fake.clear()
    choose(running, "case_edit", str(incident.id))
    running.fake.wait_for("views.open")
    shown = running.fake.last_view()
    assert shown is not None
    initial = {b["block_id"]: b["element"] for b in shown["blocks"] if b["type"] == "input"}
    assert [o["value"] for o in initial["learning_review"]["initial_options"]] == [
        "practice_learning_review"
    ]
    serious = running.slack.view_submission(view=shown, state_values=form(**HELD)).json()
    assert serious["errors"] == {"learning_review": LEARNING_REVIEW_REFUSED}

    first = items_of(running)[0]
    choose(running, "checklist_item", f"done:{first.id}")
    running.fake.wait_for("chat.update")
    running.fake.clear()
    off = running.slack.view_submission(view=shown, state_values=form(**BELOW))
    assert off.status == 200 and off.body == ""
    running.fake.wait_for("chat.update", count=2)
    assert stored(running, incident.id).practice_learning_review is False
    # What was done stays on record; what was still open no longer applies.
    assert [(i.item_key, i.status) for i in items_of(running)] == [("plr:scope_and_lead", "done")]
    assert "a practice learning review is held" not in message(running, incident.card_ts)
    assert "1 of 1 done." in message(running, incident.checklist_ts)

    with Session(running.engine) as session:
        edits = session.exec(
            select(AuditEvent)
            .where(AuditEvent.action == "case_edited")
            .order_by(col(AuditEvent.id))
        ).all()
    assert [e.detail["changed"]["practice_learning_review"] for e in edits] == [
        {"from": False, "to": True},
        {"from": True, "to": False},
    ]
    choose(running, "case_history", str(incident.id))
    history = text_of(running.fake.wait_for("views.open")[0].view)
    assert "practice learning review held no → yes" in history


def own_text(old: str, new: str) -> str:
    """The shipped learning review file with one change, as a partnership's copy."""
    text = resources.files("bot.rules").joinpath("learning_review.toml").read_text("utf-8")
    assert old in text
    return text.replace(old, new)


#: A partnership's own plan: counted from awareness, the scope agreed within 2 days.
OWN = own_text('starts = "logged_on"', 'starts = "aware_on"').replace(
    'due = "5 working days after"', 'due = "2 working days after"'
)


@pytest.mark.parametrize(
    "running",
    [{"rules": replace(load_rules(), learning_review=parse_learning_review(tomllib.loads(OWN)))}],
    indirect=True,
)
def test_a_partnerships_own_plan_counts_as_it_says(running: RunningBot) -> None:
    incident = log_case(running, **BELOW, **HELD)  # aware on Fri 20 Nov, logged Mon 23 Nov
    due = {item.item_key: item.due_on for item in items_of(running)}
    assert due["plr:scope_and_lead"] == date(2026, 11, 24)  # 2 after Fri 20: Mon 1, Tue 2
    assert due["plr:agency_information"] == date(2026, 12, 18)  # 20 after Fri 20 Nov
    assert "due Tue 24 Nov 2026" in message(running, incident.checklist_ts)


def test_the_setting_replaces_the_file_and_a_bad_one_stops_the_bot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.config import ConfigError, Settings

    path = tmp_path / "learning_review.toml"
    path.write_text(own_text("a 7-minute briefing", "a learning event"), encoding="utf-8")
    rules = Settings(_env_file=None, safeguarding_learning_review=path).rules()
    titles = [item.title for item in rules.learning_review.items]
    assert "Share the learning with the partnership's workforce: a learning event" in titles
    assert Settings(_env_file=None).rules().learning_review == load_learning_review()

    path.write_text(own_text('owner = "partners"', 'owner = "the_panel"'), encoding="utf-8")
    with pytest.raises(RulesError):
        load_learning_review(path)
    with pytest.raises(ConfigError) as caught:
        Settings(_env_file=None, safeguarding_learning_review=path).rules()
    line = (
        f"SAFEGUARDING_LEARNING_REVIEW: {path}: item 'learning_and_actions': owner must be one "
        "of case_owner, lead_reviewer, partners, agencies, business_unit"
    )
    assert str(caught.value) == line

    # The command says it in one line, exit status 2, before it touches anything.
    configure("WARNING", "text")  # only the line under test, not an earlier test's logs
    database = tmp_path / "bot.db"
    migrate(make_engine(f"sqlite:///{database}"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{database}")
    monkeypatch.setenv("SAFEGUARDING_LEARNING_REVIEW", str(path))
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    with pytest.raises(SystemExit) as stopped:
        main(["recompute", "--dry-run"])
    _, err = capsys.readouterr()
    assert stopped.value.code == 2 and "Traceback" not in err
    assert err == f"safeguarding-bot: {line}\n"


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('starts = "logged_on"', 'starts = "notified_on"', "starts 'notified_on' is not one of"),
        ('key = "share_learning"', 'key = "scope_and_lead"', "the key is used twice"),
        ('due = "20 working days after"', 'due = "soon"', "cannot read the offset"),
        ('owner = "agencies"', 'owner = "agencies"\nper_agency = true', "no per_agency"),
        ("[learning_review]", "[learning_reviews]", "unknown section(s): learning_reviews"),
    ],
)
def test_a_bad_file_is_refused_naming_the_problem(
    tmp_path: Path, old: str, new: str, problem: str
) -> None:
    path = tmp_path / "learning_review.toml"
    path.write_text(own_text(old, new), encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_learning_review(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)
