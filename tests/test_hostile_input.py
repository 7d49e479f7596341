"""Hostile and malformed input at the HTTP endpoint: always a 4xx or a handled answer,
never a 500; typed text is made inert before it is echoed."""

from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from bot.views.case_forms import CASE_FORM, ITEM_FORM, STEP_FORM
from bot.views.values import MAX_ROW_ID, form_target, verb_and_id
from storage.models import Incident
from tests.support.cases import actions, log_case
from tests.support.forms import form, open_form, text_of
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import (
    APP_ID,
    CHANNEL_ID,
    TEAM_ID,
    USER_ID,
    action,
    new_trigger_id,
    state_values,
)

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


# -- ids and numbers in signed payloads (issue 11, item 6) --------------------------------

#: Far beyond any database's integer column: an id no row can have.
HUGE = 10**30


@pytest.mark.parametrize(
    ("callback_id", "verb", "field"),
    [
        (STEP_FORM, "not_applicable", "reason"),
        (ITEM_FORM, "note", "note"),
        (CASE_FORM, "close", "reason"),
    ],
)
@pytest.mark.parametrize("target", [HUGE, -3, 0, True, 1.0, None, [1]])
def test_a_form_naming_no_possible_row_is_out_of_date(
    running: RunningBot, callback_id: str, verb: str, field: str, target: object
) -> None:
    """The id in a modal's metadata is checked before it reaches the database."""
    log_case(running)
    response = running.slack.view_submission(
        callback_id,
        {field: ("value", "plain_text_input", "Agreed at the partnership meeting")},
        private_metadata=json.dumps({"verb": verb, "id": target}),
        view={"blocks": [{"type": "input", "block_id": field}]},
    )
    assert response.status == 200, response.body
    assert "out of date" in json.dumps(response.json()["errors"])
    assert actions(running)[-1] == "posted"  # nothing changed (True is not id 1)


@pytest.mark.parametrize("metadata", [5, {"id": 1}, ["x"], "{not json", '"1"'])
def test_private_metadata_that_is_not_ours_is_out_of_date(
    running: RunningBot, metadata: object
) -> None:
    response = running.slack.view_submission(
        STEP_FORM,
        view={"private_metadata": metadata, "blocks": "not a list"},
    )
    assert response.status == 200, response.body
    assert "out of date" in json.dumps(response.json()["errors"])


@pytest.mark.parametrize(
    ("action_id", "value", "kind"),
    [
        ("checklist_item", f"done:{HUGE}", "overflow"),
        ("checklist_item", f"assign:{HUGE}", "overflow"),
        ("checklist_item", "done:²", "overflow"),  # str.isdigit() says yes, int() says no
        ("checklist_item", "done:" + "9" * 5000, "overflow"),  # past int()'s digit limit
        ("case_step", f"done:{HUGE}", "overflow"),
        ("case_step", f"undo:{HUGE}", "overflow"),
        ("case_history", str(HUGE), "button"),
        ("case_close", str(HUGE), "button"),
        ("case_close_settled", str(HUGE), "button"),
        ("reminder_done", str(HUGE), "button"),
        ("reminder_snooze:1", f"{HUGE}:1", "button"),
        ("reminder_snooze:1", "1:" + "9" * 5000, "button"),
    ],
)
def test_a_menu_value_naming_no_possible_row_gets_the_out_of_date_reply(
    running: RunningBot, action_id: str, value: str, kind: str
) -> None:
    log_case(running)
    response = running.slack.block_actions(action(action_id, value, element_type=kind))
    assert response.status == 200
    reply = text_of(running.fake.wait_for("response_url")[0].params)
    assert "out of date" in reply or "no longer part of the case" in reply, reply


@pytest.mark.parametrize("chosen", ["done:1", 7, ["done:1"], {"value": {"x": 1}}])
def test_a_menu_choice_of_the_wrong_type_gets_the_out_of_date_reply(
    running: RunningBot, chosen: object
) -> None:
    log_case(running)
    pressed = {"type": "overflow", "action_id": "checklist_item", "block_id": "b", "action_ts": "1"}
    response = running.slack.block_actions({**pressed, "selected_option": chosen})
    assert response.status == 200
    assert "out of date" in text_of(running.fake.wait_for("response_url")[0].params)
    assert actions(running)[-1] == "posted"


@pytest.mark.parametrize("page", [str(HUGE), "9" * 5000, "-1", "²"])
def test_an_app_home_page_beyond_reach_shows_the_first(running: RunningBot, page: str) -> None:
    running.slack.block_actions(action("home_page_more", page), view={"type": "home"})
    published = running.fake.wait_for("views.publish")[0]
    assert "Open cases" in text_of(published.params)


@pytest.mark.parametrize("timestamp", ["soon", "", " ", "1e9", "0x10", "9" * 5000])
@pytest.mark.parametrize("signed", [True, False])
def test_a_request_timestamp_that_is_not_a_number_is_refused(
    running: RunningBot, timestamp: str, signed: bool
) -> None:
    headers = {"X-Slack-Request-Timestamp": timestamp}
    if not signed:
        response = running.slack.slash_command("list", unsigned=True, headers=headers)
    else:
        response = running.slack.slash_command("list", timestamp=timestamp)
    assert response.status == 401, response.body


@FUZZ
@given(value=json_values, metadata=json_values, verb=json_values)
def test_ids_read_from_any_payload_are_rows_a_database_can_hold(
    value: object, metadata: object, verb: object
) -> None:
    """Whatever a control or a modal sends back, what is read from it is a valid row id
    or nothing (checked without a bot: the same functions every listener uses)."""
    for action_ in (
        {"value": value},
        {"selected_option": value},
        {"selected_option": {"value": value}},
    ):
        _, found = verb_and_id(action_)
        assert found is None or 1 <= found <= MAX_ROW_ID
    for meta in (metadata, json.dumps(metadata), json.dumps({"verb": verb, "id": metadata})):
        target = form_target({"private_metadata": meta})
        assert target is None or (isinstance(target[0], str) and 1 <= target[1] <= MAX_ROW_ID)


@pytest.mark.parametrize(
    "values",
    [
        {"pseudonym": "Child K"},  # a block that is not {action_id: state}
        {"age_band": {"value": {"type": "static_select", "selected_option": {"value": [1]}}}},
        {"agencies": {"value": {"type": "multi_static_select", "selected_options": 5}}},
        {
            "agencies": {
                "value": {"type": "multi_static_select", "selected_options": [{"value": {}}]}
            }
        },
        {"owner": {"value": {"type": "users_select", "selected_user": ["U0LEADPOL1"]}}},
    ],
)
def test_an_incident_form_with_values_of_the_wrong_type_is_answered(
    running: RunningBot, values: dict
) -> None:
    view = running.slack.build_view(open_form(running), values=state_values(form()) | values)
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "northshire-lscp"},
        "user": {"id": USER_ID, "username": "manager", "name": "manager", "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "trigger_id": new_trigger_id(),
        "view": view,
    }
    response = running.slack._interactive(payload)  # state exactly as given, not rebuilt
    assert response.status == 200, response.body
    assert response.json()["response_action"] in ("errors", "update")  # read as nothing chosen


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("report 9999-00", "name a reporting year"),
        ("report 0000-01", "name a reporting year"),
        ("show SI-" + "2" * 5000, "References look like SI-2026-0001"),
        ("actions " + "p" * 3000, "There is no agency"),
        ("export " + "csv" * 2000, "write csv or ics"),
        ("frobnicate " + "x" * 5000, "I don't understand"),
    ],
)
def test_a_mistyped_command_gets_help_however_long(
    running: RunningBot, text: str, answer: str
) -> None:
    """What was typed is quoted back cut short (a Slack section holds 3,000 characters),
    and a year no calendar holds is not read as one."""
    assert running.slack.slash_command(text).status == 200
    reply = text_of(running.fake.wait_for("response_url")[0].params)
    assert answer in reply and "fault in the bot" not in reply, reply[:300]
    assert "/incident list" in reply  # the help


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("show mcguire", "There is no case “…”"),
        ("show SI-2099-0042", "There is no case “SI-2099-0042”"),
        ("report 2026-04-01 mcguire", "/incident report 2026-04-01 …”"),
        ("report mcguire", "/incident report …”"),
        ("export csv 2026-04-01 mcguire", "/incident export csv 2026-04-01 …”"),
        ("actions mcguire family", "There is no agency “…”"),
        ("shwo mcguire SI-2026-0001", "I don't understand “/incident … SI-2026-0001”"),
    ],
)
def test_a_reply_quotes_typed_text_only_when_it_is_a_reference_or_a_date(
    running: RunningBot, text: str, quoted: str
) -> None:
    """A mistyped command may hold a child's name: what else was typed is "…"."""
    assert running.slack.slash_command(text).status == 200
    reply = running.fake.wait_for("response_url")[0].params["text"]
    assert quoted in reply and "mcguire" not in reply.casefold(), reply


def test_work_after_the_ack_that_fails_tells_the_person(running: RunningBot) -> None:
    """Whatever goes wrong behind an ack (here Slack refusing to open a modal), the person
    who pressed hears of it instead of nothing happening."""
    incident = log_case(running)
    running.fake.fail("views.open", error="invalid_arguments")
    running.slack.block_actions(action("case_history", str(incident.id)))
    assert "did not work" in text_of(running.fake.wait_for("response_url")[0].params)
