"""Facts that bring duties of their own, end to end through the form: a child from another
area, a children's home or foster placement, an unexpected death, an adult care leaver
with abuse suspected; one step for one notification form; and open cases gain a new
rule's step when the rules change."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.domain.timetable import Basis
from bot.flows.posting import follow_rules_at_start
from bot.rules import load_rules
from storage.models import AuditEvent, Incident, Step
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import CHANNEL_ID

SHIPPED = load_rules()
#: The shipped rules as they were before the home authority's step was added.
BEFORE_HOME_AUTHORITY = dataclasses.replace(
    SHIPPED,
    timetable=dataclasses.replace(
        SHIPPED.timetable,
        steps=tuple(s for s in SHIPPED.timetable.steps if s.step_key != "home_authority"),
    ),
)


def submit(running: RunningBot, **changes: Any) -> Incident:
    """Log an incident through the form as a user would."""
    view = open_form(running)
    assert running.slack.view_submission(view=view, state_values=form(**changes)).status == 200
    assert f"The case card is in <#{CHANNEL_ID}>" in text_of(
        running.fake.wait_for("views.update")[0].view
    )
    with Session(running.engine) as session:
        return session.exec(select(Incident)).one()


def steps(running: RunningBot) -> dict[str, Step]:
    with Session(running.engine) as session:
        return {step.step_key: step for step in session.exec(select(Step))}


def card(running: RunningBot) -> str:
    posts = running.fake.calls("chat.postMessage")
    return text_of(next(c for c in posts if c.params["channel"] == CHANNEL_ID).blocks)


def basis_of(step_key: str) -> Basis:
    return next(s.basis for s in SHIPPED.timetable.steps if s.step_key == step_key)


def test_a_child_from_another_area_brings_in_the_home_authority(running: RunningBot) -> None:
    incident = submit(running, circumstances=["lives_elsewhere"])
    assert incident.lives_elsewhere
    home = steps(running)["home_authority"]
    assert home.due_on == steps(running)["panel_notification"].due_on  # with the notification
    assert "Tell the child's home local authority" in card(running)
    assert basis_of("home_authority") == Basis.SHOULD


def test_a_death_in_a_childrens_home_checks_the_homes_own_notifications(
    running: RunningBot,
) -> None:
    submit(running, circumstances=["childrens_home"], abuse_or_neglect="no")
    found = steps(running)
    assert set(found) == {"childrens_home_notifications", "cdop_notification"}
    assert "Ofsted, the placing authority" in found["childrens_home_notifications"].title
    assert basis_of("childrens_home_notifications") == Basis.MUST
    rule = next(s for s in SHIPPED.timetable.steps if s.step_key == "childrens_home_notifications")
    assert "Children's Homes (England) Regulations 2015 reg 40" in rule.source


def test_a_foster_placement_has_its_own_step(running: RunningBot) -> None:
    submit(running, circumstances=["foster_placement"], what_happened="seriously_harmed")
    found = steps(running)
    assert "foster_placement_notifications" in found
    assert "childrens_home_notifications" not in found
    assert "panel_notification" in found  # still a serious incident


def test_an_unexpected_child_death_brings_the_joint_agency_response_and_the_coroner(
    running: RunningBot,
) -> None:
    submit(running, circumstances=["unexpected_death"], abuse_or_neglect="no")
    assert set(steps(running)) == {"joint_agency_response", "coroner_liaison", "cdop_notification"}
    text = card(running)
    assert "joint agency response" in text and "coroner" in text


def test_an_expected_death_has_neither(running: RunningBot) -> None:
    submit(running)
    assert not {"joint_agency_response", "coroner_liaison"} & set(steps(running))


def test_an_adult_care_leaver_with_abuse_suspected_prompts_a_safeguarding_adults_review(
    running: RunningBot,
) -> None:
    submit(running, age_band="18_24", status=["care_leaver"])
    found = steps(running)
    assert set(found) == {"care_leaver_death_notification", "safeguarding_adults_referral"}
    assert "Safeguarding Adults Board" in card(running)
    rule = next(s for s in SHIPPED.timetable.steps if s.step_key == "safeguarding_adults_referral")
    assert "Care Act 2014 s44" in rule.source and rule.basis == Basis.LOCAL


def test_an_adult_care_leaver_without_suspected_abuse_has_no_such_prompt(
    running: RunningBot,
) -> None:
    submit(running, age_band="18_24", status=["care_leaver"], abuse_or_neglect="no")
    assert set(steps(running)) == {"care_leaver_death_notification"}


def test_a_looked_after_childs_death_with_abuse_suspected_is_one_notification_step(
    running: RunningBot,
) -> None:
    submit(running, status=["looked_after"])
    found = steps(running)
    assert "looked_after_death_notification" not in found
    title = found["panel_notification"].title
    assert "serious incident notification" in title and "looked-after child's death" in title
    assert "Secretary of State and Ofsted" in card(running)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"circumstances": ["childrens_home", "foster_placement"]}, "not both"),
        ({"circumstances": ["unexpected_death"], "what_happened": "seriously_harmed"}, "died"),
        (
            {"circumstances": ["lives_elsewhere"], "location": "resident_harmed_outside_england"},
            "In our area",
        ),
    ],
)
def test_facts_that_contradict_each_other_are_refused_in_place(
    running: RunningBot, changes: dict[str, Any], problem: str
) -> None:
    view = open_form(running)
    answer = running.slack.view_submission(view=view, state_values=form(**changes)).json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"circumstances"}
    assert problem in answer["errors"]["circumstances"]


@pytest.mark.parametrize("running", [{"rules": BEFORE_HOME_AUTHORITY}], indirect=True)
def test_an_open_case_gains_a_new_rules_step_when_the_bot_starts_with_it(
    running: RunningBot,
) -> None:
    incident = submit(running, circumstances=["lives_elsewhere"])
    assert "home_authority" not in steps(running)
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url)

    result = follow_rules_at_start(client, running.engine, SHIPPED, now=running.clock.now)

    assert result is not None and result.changed == [incident.id]
    assert "home_authority" in steps(running)
    with Session(running.engine) as session:
        event = session.exec(
            select(AuditEvent).where(AuditEvent.action == "deadlines_recomputed")
        ).one()
    assert event.detail["due"]["step:home_authority"]["from"] is None
