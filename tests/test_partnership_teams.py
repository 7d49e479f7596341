"""Who counts as the partnership: people of the workspace the bot is installed in (or of
a team SAFEGUARDING_EXTERNAL_TEAMS names), not everyone who can reach the channel. A
Slack Connect guest from another organisation can be in the channel; a request can name
another team. Refusals are audited, but at most once per person per surface per hour."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from storage.models import AuditEvent, Incident
from tests.support.cases import log_case, step_of
from tests.support.fake_slack import FakeSlackAPI
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import OUTSIDER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action

OTHER_TEAM = "T0OTHERORG"  # another organisation, connected to the channel
GUEST_ID = "W0GUESTORG"  # one of its people, a member of the shared channel

REFUSED = "only members of the safeguarding partnership"


@pytest.fixture
def fake(fake: FakeSlackAPI) -> FakeSlackAPI:
    """The partnership's workspace, with a Slack Connect guest in the channel."""
    fake.add_user(GUEST_ID, name="guest.elsewhere", team_id=OTHER_TEAM)
    fake.set_channel_members(CHANNEL_ID, [*fake.members[CHANNEL_ID], GUEST_ID])
    return fake


def refusals(running: RunningBot) -> list[dict]:
    with Session(running.engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "access_refused"))
        return [{"actor": e.actor, **e.detail} for e in events]


def test_the_fake_says_which_workspace_the_bot_is_in(running: RunningBot) -> None:
    """What the guard relies on, as Slack answers it: auth.test and users.info."""
    from slack_sdk import WebClient

    client = WebClient(token="xoxb-test-token", base_url=running.fake.url)
    assert client.auth_test()["team_id"] == running.slack.team_id
    assert client.users_info(user=GUEST_ID)["user"]["team_id"] == OTHER_TEAM
    assert client.users_info(user=USER_ID)["user"]["team_id"] == running.slack.team_id


def test_a_request_naming_another_team_is_refused(running: RunningBot) -> None:
    """A member's own id, but the request says it comes from another workspace."""
    answer = running.slack.slash_command("", team_id=OTHER_TEAM)
    assert answer.status == 200
    assert REFUSED in answer.json()["text"] and answer.json()["response_type"] == "ephemeral"

    submitted = running.slack.view_submission(
        view=open_form(running), state_values=form(), team_id=OTHER_TEAM
    )
    assert submitted.status == 200
    assert REFUSED in text_of(submitted.json()["errors"])

    running.slack.block_actions(action("home_page_more", "1"), team_id=OTHER_TEAM)
    assert REFUSED in text_of(running.fake.wait_for("response_url")[0].params)
    with Session(running.engine) as session:
        assert session.exec(select(Incident)).first() is None
    assert refusals(running) == [{"actor": USER_ID, "surface": "another_team", "team": OTHER_TEAM}]
    assert len(running.fake.calls("views.open")) == 1  # only the form opened for the member


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        ({"enterprise": {"id": "E0OTHERGRD"}}, 200),
        ({"user": {"team_id": OTHER_TEAM}}, 200),
        ({"team": {"id": 42}}, 400),  # not even of Slack's shape: refused before it is read
    ],
)
def test_a_payload_claiming_another_enterprise_or_user_team_is_refused(
    running: RunningBot, claims: dict, status: int
) -> None:
    payload = running.slack.block_actions(action("home_page_more", "1")).sent
    running.fake.wait_for("views.publish")
    for key, value in claims.items():
        payload[key] = (
            value if not isinstance(value, dict) else {**(payload.get(key) or {}), **value}
        )
    response = running.slack._interactive(payload)
    assert response.status == status
    if status == 200:
        assert REFUSED in text_of(running.fake.wait_for("response_url")[0].params)
    assert len(running.fake.calls("views.publish")) == 1


def test_a_guest_from_another_organisation_in_the_channel_is_refused(
    running: RunningBot,
) -> None:
    """In the channel, and the request names the partnership's workspace, but Slack says
    the person belongs to another organisation."""
    incident = log_case(running)
    running.slack.slash_command("list", user_id=GUEST_ID)
    panel = step_of(running, "panel_notification")
    running.slack.block_actions(
        action("case_step", f"done:{panel.id}", element_type="overflow"), user_id=GUEST_ID
    )
    replies = running.fake.wait_for("response_url", count=2)
    assert all(REFUSED in text_of(reply.params) for reply in replies)
    assert not running.fake.calls("views.open")

    view = open_form(running)  # a member logs a case naming the guest its owner
    answer = running.slack.view_submission(view=view, state_values=form(owner=GUEST_ID)).json()
    assert answer["errors"] == {
        "owner": "The case owner must be a member of the partnership channel."
    }
    assert {(r["actor"], r["surface"]) for r in refusals(running)} == {
        (GUEST_ID, "command"),
        (GUEST_ID, "case_card"),
    }
    assert incident.id is not None


@pytest.mark.parametrize("running", [{"safeguarding_external_teams": OTHER_TEAM}], indirect=True)
def test_a_team_the_partnership_names_is_one_of_it(running: RunningBot) -> None:
    running.slack.slash_command("list", user_id=GUEST_ID, team_id=OTHER_TEAM)
    assert "There are no open cases." in text_of(running.fake.wait_for("response_url")[0].params)
    view = open_form(running)
    answer = running.slack.view_submission(view=view, state_values=form(owner=GUEST_ID))
    assert answer.json()["response_action"] == "update"
    assert refusals(running) == []


def test_refusals_are_audited_once_per_person_per_surface_per_hour(running: RunningBot) -> None:
    """Pressing again and again writes one audit row an hour, not one a press."""
    for _ in range(5):
        running.slack.slash_command("list", user_id=OUTSIDER_ID)
    running.fake.wait_for("response_url", count=5)
    for _ in range(3):
        running.slack.slash_command("list", team_id=OTHER_TEAM)
    assert [(r["actor"], r["surface"]) for r in refusals(running)] == [
        (OUTSIDER_ID, "command"),
        (USER_ID, "another_team"),
    ]
    running.clock.now += timedelta(minutes=59)
    running.slack.slash_command("list", user_id=OUTSIDER_ID)
    running.fake.wait_for("response_url", count=6)
    assert len(refusals(running)) == 2
    running.clock.now += timedelta(minutes=2)
    running.slack.slash_command("list", user_id=OUTSIDER_ID)
    running.fake.wait_for("response_url", count=7)
    assert [(r["actor"], r["surface"]) for r in refusals(running)][-1] == (OUTSIDER_ID, "command")
    assert len(refusals(running)) == 3
