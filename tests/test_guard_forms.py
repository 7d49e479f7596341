"""The confidentiality guard through the forms, as Slack drives them: every example quoted
in issue 12 is refused, with its reason under the field it was typed in, nothing is stored,
and neither the text nor what was found is logged."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from typing import Any

import pytest
from sqlmodel import Session, func, select

from bot.rules import load_rules
from storage.models import ChecklistItem, Incident, Step
from tests.support.cases import choose, fill, items_of, log_case
from tests.support.forms import form, open_form
from tests.support.running_bot import OWNER_ID, RunningBot

# (pseudonym, what the reason under the field says)
PSEUDONYMS = [
    ("J Smith", 'full name ("J Smith")'),
    ("E. Walsh", 'full name ("E. Walsh")'),
    ("jane-smith", 'full name ("jane-smith")'),
    ("JaneSmith", 'full name ("JaneSmith")'),
    ("JO LEE", 'full name ("JO LEE")'),
    ("Walsh, Ella", 'full name ("Walsh, Ella")'),
    ("999 000 0018", "looks like an NHS number"),
    ("Jane 030415", 'full date ("030415")'),
    ("Child ０３０４１５", 'full date ("030415")'),  # noqa: RUF001 (full-width digits)
]

# (summary, what the reason under the field says)
SUMMARIES = [
    ("ella walsh was taken to hospital", 'full name ("ella walsh")'),
    ("Smith, Jane attended", 'full name ("Smith, Jane")'),
    ("Seen with Ella\nWalsh at home.", 'full name ("Ella Walsh")'),
    ("Seen with Ella\u200bWalsh at home.", 'full name ("EllaWalsh")'),
    ("Seen with Ella\u2009Walsh at home.", 'full name ("Ella Walsh")'),
    ("NHS number 999 000 0026 on the record.", "looks like an NHS number"),
    ("Mother's mobile is 07700 900777.", "looks like a phone number"),
    ("Father's NI number is QQ 12 34 56 C.", "looks like a National Insurance number"),
    ("Police attended 12 acacia avenue.", 'an address ("12 acacia avenue")'),
    ("Child K was born April 2015.", 'date of birth ("born April")'),
    ("Child K was born 03042015.", 'full date ("03042015")'),
    ("D O B 03 04 2015", 'date of birth ("D O B")'),
    ("Child K attends oakfield academy.", 'school or nursery ("oakfield academy")'),
    ("Child K was seen by dr patel.", 'clinician\'s name ("dr patel")'),
    ("Mother wrote from jane[at]example.com.", 'email address ("jane[at]example.com")'),
]


def count(running: RunningBot) -> int:
    with Session(running.engine) as session:
        return session.exec(select(func.count()).select_from(Incident)).one()


@pytest.mark.parametrize(("pseudonym", "reason"), PSEUDONYMS)
def test_each_identifying_pseudonym_in_the_issue_is_refused_under_its_field(
    running: RunningBot, pseudonym: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    answer = running.slack.view_submission(
        view=open_form(running), state_values=form(pseudonym=pseudonym)
    ).json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"pseudonym"}
    assert reason in answer["errors"]["pseudonym"]
    assert count(running) == 0
    assert pseudonym not in caplog.text and reason not in caplog.text


@pytest.mark.parametrize(("summary", "reason"), SUMMARIES)
def test_each_identifying_summary_in_the_issue_is_refused_under_its_field(
    running: RunningBot, summary: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    answer = running.slack.view_submission(
        view=open_form(running), state_values=form(summary=summary)
    ).json()
    assert set(answer["errors"]) == {"summary"}
    message = answer["errors"]["summary"]
    assert reason in message
    assert summary not in message  # what was found, never the whole text back
    assert count(running) == 0
    assert summary not in caplog.text and reason not in caplog.text


def test_a_close_reason_and_a_checklist_note_are_guarded_alike(running: RunningBot) -> None:
    incident = log_case(running)
    choose(running, "case_close", str(incident.id))
    refused = fill(running, 1, {"reason": ("value", "plain_text_input", "seen by dr patel")})
    assert 'clinician\'s name ("dr patel")' in refused.json()["errors"]["reason"]
    with Session(running.engine) as session:
        assert session.get(Incident, incident.id).closed_at is None

    item = items_of(running)[0]
    choose(running, "checklist_item", f"note:{item.id}")
    note = "Chronology requested from ella walsh today."
    refused = fill(running, 2, {"note": ("value", "plain_text_input", note)})
    assert refused.json()["errors"] == {
        "note": 'This looks like a full name ("ella walsh"). Use the pseudonym and roles '
        "(mother, social worker) instead."
    }
    with Session(running.engine) as session:
        assert session.get(ChecklistItem, item.id).note is None


WILLOW = dataclasses.replace(load_rules(), allowed_words=frozenset({"willow"}))


def test_a_chosen_name_is_refused_in_text_until_the_partnership_allows_it(
    running: RunningBot,
) -> None:
    summary = "Child K and Willow, her older sibling, are safe with extended family."
    answer = running.slack.view_submission(
        view=open_form(running), state_values=form(summary=summary)
    ).json()
    assert 'person\'s name ("Willow")' in answer["errors"]["summary"]


@pytest.mark.parametrize("running", [{"rules": WILLOW}], indirect=True)
def test_the_partnerships_allowed_words_let_its_chosen_names_through(
    running: RunningBot,
) -> None:
    summary = "Child K and Willow, her older sibling, are safe with extended family."
    incident = log_case(running, summary=summary)
    assert incident.summary == summary
    choose(running, "case_close", str(incident.id))
    accepted = fill(running, 1, {"reason": ("value", "plain_text_input", "Willow moved away.")})
    assert accepted.status == 200 and accepted.body == ""


def answers_for(view: dict[str, Any], typed: str) -> dict[str, tuple[str, str, Any]]:
    """Valid answers to every input of ``view``, derived from the view itself, with ``typed``
    in each of its text fields."""
    values: dict[str, tuple[str, str, Any]] = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        kind = element["type"]
        if kind == "plain_text_input":
            values[block["block_id"]] = ("value", kind, typed)
        elif kind == "datepicker":
            initial = element.get("initial_date")
            values[block["block_id"]] = ("value", kind, initial and date.fromisoformat(initial))
        elif kind == "radio_buttons":
            values[block["block_id"]] = ("value", kind, element["options"][0]["value"])
        elif kind == "users_select":
            values[block["block_id"]] = ("value", kind, OWNER_ID)
    return values


def test_every_text_field_of_every_small_form_is_guarded(running: RunningBot) -> None:
    incident = log_case(running)
    with Session(running.engine) as session:
        steps = {s.step_key: s.id for s in session.exec(select(Step)).all()}
    item = items_of(running)[0]
    presses = [
        ("case_step", f"done:{steps['lcspr_decision']}"),
        ("case_step", f"not_applicable:{steps['cdop_notification']}"),
        ("checklist_item", f"note:{item.id}"),
        ("case_close", str(incident.id)),
    ]
    guarded = set()

    def refuse_each_text_field(opened: int) -> None:
        running.fake.wait_for("views.open", count=opened)
        view = running.fake.last_view()
        values = answers_for(view, "Discussed with dr patel.")
        texts = {block for block, (_, kind, _) in values.items() if kind == "plain_text_input"}
        errors = running.slack.view_submission(view=view, state_values=values).json()["errors"]
        for block in texts:
            assert 'clinician\'s name ("dr patel")' in errors[block], (view["title"], block)
        guarded.update(f"{view['title']['text']}: {block}" for block in texts)

    for opened, (action_id, value) in enumerate(presses, start=1):
        choose(running, action_id, value)
        refuse_each_text_field(opened)
    running.slack.view_submission(
        view=running.fake.last_view(),
        state_values={"reason": ("value", "plain_text_input", "Logged twice by mistake.")},
    )
    running.fake.wait_for("chat.update", count=2)
    choose(running, "case_reopen", str(incident.id))
    refuse_each_text_field(len(presses) + 1)
    assert len(guarded) == 5, guarded  # rationale, a reason, a note, close and reopen reasons
