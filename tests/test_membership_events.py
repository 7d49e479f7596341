"""Who may use the bot follows the channel: Slack's membership events, sent as Slack sends
them, make the next check ask for the members again."""

from __future__ import annotations

from tests.support.forms import open_form, text_of
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID


def _left(running: RunningBot, user: str, channel: str = CHANNEL_ID) -> None:
    event = {"type": "member_left_channel", "user": user, "channel": channel}
    answer = running.slack.event(event | {"channel_type": "G", "team": running.slack.team_id})
    assert answer.status == 200


def test_a_member_who_leaves_the_channel_is_refused_at_once(running: RunningBot) -> None:
    open_form(running)  # the members are asked once, and remembered
    running.fake.set_channel_members(CHANNEL_ID, [OWNER_ID])
    _left(running, USER_ID)

    running.slack.slash_command("")
    refused = running.fake.wait_for("response_url")[0]
    assert "only members of the safeguarding partnership" in text_of(refused.params)
    assert len(running.fake.calls("views.open")) == 1  # no second form
    assert len(running.fake.calls("conversations.members")) == 2


def test_a_member_who_joins_is_let_in_at_once(running: RunningBot) -> None:
    running.fake.set_channel_members(CHANNEL_ID, [OWNER_ID])
    running.slack.slash_command("")
    running.fake.wait_for("response_url")
    running.fake.set_channel_members(CHANNEL_ID, [OWNER_ID, USER_ID])
    event = {"type": "member_joined_channel", "user": USER_ID, "channel": CHANNEL_ID}
    assert (
        running.slack.event(event | {"channel_type": "G", "team": running.slack.team_id}).status
        == 200
    )
    open_form(running)


def test_another_channels_changes_leave_the_list_as_it_was(running: RunningBot) -> None:
    open_form(running)
    _left(running, USER_ID, channel="C0SOMEWHERE")
    open_form(running)
    assert len(running.fake.calls("conversations.members")) == 1
