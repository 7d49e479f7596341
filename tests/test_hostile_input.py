"""Hostile and malformed input at the HTTP endpoint: always a 4xx or a handled answer,
never a 500; typed text is made inert before it is echoed."""

from __future__ import annotations

import http.client
import json
import urllib.parse

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from storage.models import Incident
from tests.running_bot import RunningBot
from tests.slack_requests import CHANNEL_ID
from tests.test_incident_flow import form, open_form, text_of

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
kinds = st.sampled_from(["block_actions", "view_submission", "shortcut", "event_callback", "x"])


@FUZZ
@given(
    body=st.binary(max_size=2000),
    content_type=st.sampled_from(
        [
            "application/x-www-form-urlencoded",
            "application/json",
            "text/plain",
            "",
            "multipart/form-data",
        ]
    ),
)
def test_arbitrary_signed_bytes_never_cause_a_500(
    running: RunningBot, body: bytes, content_type: str
) -> None:
    status = running.slack.raw(body, content_type).status
    assert status < 500, (body, content_type, status)


@FUZZ
@given(
    kind=kinds,
    payload=st.dictionaries(
        st.sampled_from(
            ["user", "view", "actions", "trigger_id", "team", "event", "container", "state"]
        ),
        json_values,
        max_size=6,
    ),
)
def test_signed_payloads_of_the_wrong_shape_get_a_4xx(
    running: RunningBot, kind: str, payload: dict
) -> None:
    payload["type"] = kind
    body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
    status = running.slack.raw(body, "application/x-www-form-urlencoded").status
    assert status < 500, (payload, status)


@FUZZ
@given(
    text=st.text(max_size=300),
    command=st.sampled_from(["/incident", "/other"]),
    user=st.text(max_size=12),
)
def test_slash_commands_with_odd_text_are_answered(
    running: RunningBot, text: str, command: str, user: str
) -> None:
    status = running.slack.slash_command(text, command=command, user_id=user).status
    assert status < 500


@FUZZ
@given(pseudonym=st.text(max_size=60), summary=st.text(max_size=700))
def test_odd_unicode_in_the_form_is_answered_with_errors_or_stored(
    running: RunningBot, pseudonym: str, summary: str
) -> None:
    running.fake.clear()
    view = open_form(running)
    response = running.slack.view_submission(
        view=view, state_values=form(pseudonym=pseudonym, summary=summary)
    )
    assert response.status == 200
    answer = response.json()["response_action"]
    assert answer in ("errors", "update")
    if answer == "update":  # let the post finish before the next example opens a form
        running.fake.wait_for("views.update")


def test_huge_bodies_are_refused(running: RunningBot) -> None:
    """Refused on the declared length, before the body is read (the server closes the
    connection then, so the client announces the body and waits for the answer)."""
    host, port = urllib.parse.urlsplit(running.base_url).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.putrequest("POST", "/slack/events")
    connection.putheader("Content-Type", "application/x-www-form-urlencoded")
    connection.putheader("Content-Length", str(2 * 1024 * 1024))
    connection.endheaders()
    assert connection.getresponse().status == 413
    connection.close()


def test_typed_text_cannot_ping_or_disguise_links(running: RunningBot) -> None:
    summary = "Police attended <!channel> <@U0MANAGER1> <https://example.org|click here> & more."
    view = open_form(running)
    response = running.slack.view_submission(view=view, state_values=form(summary=summary))
    assert response.json()["response_action"] == "update"
    running.fake.wait_for("views.update")
    card = next(
        c for c in running.fake.calls("chat.postMessage") if c.params["channel"] == CHANNEL_ID
    )
    shown = text_of(card.blocks)
    assert (
        "&lt;!channel&gt; &lt;@U0MANAGER1&gt; &lt;https://example.org|click here&gt; &amp; more"
        in shown
    )
    assert "<!channel>" not in shown and "<https://" not in shown
    with Session(running.engine) as session:
        assert session.exec(select(Incident.summary)).one() == summary  # stored as typed
