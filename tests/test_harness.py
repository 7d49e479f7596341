"""Self-tests for the Slack test harness: the fake Web API and the signed request sender.

Why: every integration test trusts these two; if the fake answered unlike Slack, or the
sender signed unlike Slack, bot tests would pass against a Slack that does not exist.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from tests.support.fake_slack import FakeSlackAPI
from tests.support.slack_requests import (
    BOT_USER_ID,
    CHANNEL_ID,
    TEAM_ID,
    USER_ID,
    SlackRequests,
    action,
    dm_channel_id,
    new_trigger_id,
    stale_timestamp,
    state_values,
    trigger_issued_at,
)

SECRET = "test-signing-secret-0001"


@pytest.fixture
def fake() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI() as api:
        yield api


@pytest.fixture
def client(fake: FakeSlackAPI) -> WebClient:
    # No retry handlers: each fault must surface exactly as Slack's would.
    return WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=[])


def form_call(client: WebClient, method: str, **params: Any) -> Any:
    """Call a method with a form body, as slack_sdk does for params= methods."""
    return client.api_call(method, params=params)


# ---------------------------------------------------------------------------------------
# FakeSlackAPI: recording and responses


def test_calls_are_recorded_with_params_from_json_and_form_bodies(
    fake: FakeSlackAPI, client: WebClient
) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Child K*: notify"}}]
    first = client.chat_postMessage(channel=CHANNEL_ID, text="Incident logged", blocks=blocks)
    second = form_call(client, "chat.postMessage", channel=CHANNEL_ID, blocks=json.dumps(blocks))
    client.users_info(user=USER_ID)

    posts = fake.calls("chat.postMessage")
    assert [c.method for c in fake.calls()] == ["chat.postMessage"] * 2 + ["users.info"]
    assert posts[0].params == {"channel": CHANNEL_ID, "text": "Incident logged", "blocks": blocks}
    assert posts[0].headers["content-type"].startswith("application/json")
    assert posts[1].headers["content-type"] == "application/x-www-form-urlencoded"
    assert isinstance(posts[1].params["blocks"], str)
    assert posts[1].json_param("blocks") == blocks == posts[1].decoded["blocks"]
    assert posts[0].token == "xoxb-test" and posts[0].ok
    assert fake.calls("users.info")[0].params == {"user": USER_ID}

    assert first["ts"] < second["ts"] and first["ts"].startswith("1700000000.")
    assert first["channel"] == CHANNEL_ID
    assert first["message"]["text"] == "Incident logged"
    assert first["message"]["blocks"] == blocks == second["message"]["blocks"]
    assert first["message"]["bot_id"] and first["message"]["user"] == BOT_USER_ID

    fake.clear()
    assert fake.calls() == []


def test_default_responses_have_slacks_shapes(fake: FakeSlackAPI, client: WebClient) -> None:
    auth = client.auth_test()
    assert {"url", "team", "user", "team_id", "user_id", "bot_id"} <= auth.data.keys()
    assert auth["team_id"] == TEAM_ID and auth["user_id"] == BOT_USER_ID

    posted = client.chat_postMessage(channel=USER_ID, text="You own a step")
    assert posted["channel"] == dm_channel_id(USER_ID)  # a DM, as Slack answers
    updated = client.chat_update(channel=posted["channel"], ts=posted["ts"], text="Done")
    assert (updated["ts"], updated["text"]) == (posted["ts"], "Done")
    assert fake.messages(posted["channel"])[0]["text"] == "Done"
    assert client.chat_postEphemeral(channel=CHANNEL_ID, user=USER_ID, text="Only you")[
        "message_ts"
    ]

    modal = {"type": "modal", "callback_id": "log_incident", "title": _text("Log an incident")}
    opened = client.views_open(trigger_id=new_trigger_id(), view=modal)["view"]
    assert opened["id"].startswith("V") and opened["callback_id"] == "log_incident"
    assert opened["hash"] and opened["root_view_id"] == opened["id"]
    pushed = client.views_push(trigger_id=new_trigger_id(), view=modal)["view"]
    assert pushed["root_view_id"] == opened["id"]
    changed = {**modal, "private_metadata": "incident:7"}
    view = client.views_update(view_id=opened["id"], hash=opened["hash"], view=changed)["view"]
    assert view["id"] == opened["id"] and view["private_metadata"] == "incident:7"
    assert fake.last_view()["private_metadata"] == "incident:7"
    home = client.views_publish(user_id=USER_ID, view={"type": "home", "blocks": []})["view"]
    assert home["type"] == "home" and fake.home_view(USER_ID)["id"] == home["id"]

    assert client.conversations_open(users=USER_ID)["channel"]["id"] == dm_channel_id(USER_ID)
    fake.add_user("U0REVIEW01", name="review.officer", deleted=True)
    user = client.users_info(user="U0REVIEW01")["user"]
    assert (user["name"], user["tz"], user["deleted"]) == ("review.officer", "Europe/London", True)
    fake.set_usergroup("S0PARTNERS", ["U0REVIEW01", USER_ID])
    assert client.usergroups_users_list(usergroup="S0PARTNERS")["users"] == ["U0REVIEW01", USER_ID]
    assert client.conversations_info(channel=CHANNEL_ID)["channel"]["id"] == CHANNEL_ID

    with pytest.raises(SlackApiError) as err:
        client.api_call("chat.unfurlEverything")
    assert err.value.response.status_code == 200
    assert err.value.response["error"] == "unknown_method"
    assert fake.calls("chat.unfurlEverything")


@pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing")
def test_slack_errors_for_bad_requests(fake: FakeSlackAPI, client: WebClient) -> None:
    trigger = new_trigger_id()
    cases = {
        "user_not_found": lambda: client.users_info(user="U0NOBODY01"),
        "channel_not_found": lambda: client.conversations_members(channel="C0UNKNOWN1"),
        "no_such_subteam": lambda: client.usergroups_users_list(usergroup="S0NONE0001"),
        "no_text": lambda: client.chat_postMessage(channel=CHANNEL_ID),
        "invalid_metadata_format": lambda: client.chat_postMessage(
            channel=CHANNEL_ID,
            text="a list of plain values is not a metadata value",
            metadata={"event_type": "e", "event_payload": {"ids": [1, 2]}},
        ),
        "invalid_arguments": lambda: client.views_open(
            trigger_id=trigger, view={"type": "modal", "title": _text("A title over 24 chars long")}
        ),
        "exchanged_trigger_id": lambda: client.views_open(
            trigger_id=trigger, view={"type": "modal", "title": _text("Twice")}
        ),
        "hash_conflict": lambda: client.views_update(
            view_id=fake.last_view()["id"],
            hash="1.stale",
            view={"type": "modal", "title": _text("X")},
        ),
    }
    client.views_open(trigger_id=trigger, view={"type": "modal", "title": _text("Once")})
    for error, call in cases.items():
        with pytest.raises(SlackApiError) as err:
            call()
        assert err.value.response["error"] == error
    assert "25 characters" in str(fake.calls("views.open")[1].response)


def test_conversations_members_paginates_with_cursors(
    fake: FakeSlackAPI, client: WebClient
) -> None:
    members = [f"U0MEMBER{i:02d}" for i in range(7)]
    fake.set_channel_members(CHANNEL_ID, members)

    pages = [page["members"] for page in client.conversations_members(channel=CHANNEL_ID, limit=3)]

    assert pages == [members[:3], members[3:6], members[6:]]
    cursors = [c.params.get("cursor") for c in fake.calls("conversations.members")]
    assert cursors[0] is None and all(cursors[1:])
    last = fake.calls("conversations.members")[-1].response
    assert last["response_metadata"]["next_cursor"] == ""
    with pytest.raises(SlackApiError, match="invalid_cursor"):
        client.conversations_members(channel=CHANNEL_ID, cursor="bm90LWEtY3Vyc29y")


def test_requests_without_a_token_are_not_authed(fake: FakeSlackAPI) -> None:
    with pytest.raises(SlackApiError) as err:
        WebClient(base_url=fake.url, retry_handlers=[]).auth_test()
    assert err.value.response["error"] == "not_authed"
    tokenless = WebClient(base_url=fake.url, retry_handlers=[])
    assert form_call(tokenless, "auth.test", token="xoxb-in-form")["ok"]  # form token is fine
    assert fake.calls()[-1].token == "xoxb-in-form"


def test_set_response_overrides_a_method(fake: FakeSlackAPI, client: WebClient) -> None:
    fake.set_response("team.info", {"ok": True, "team": {"id": TEAM_ID, "name": "Northshire"}})
    fake.set_response("users.info", lambda params: {"ok": True, "user": {"id": params["user"]}})
    assert client.team_info()["team"]["name"] == "Northshire"
    assert client.users_info(user="U0ANYONE01")["user"] == {"id": "U0ANYONE01"}
    fake.set_response("users.info", None)
    assert client.users_info(user=USER_ID)["user"]["tz"] == "Europe/London"


# ---------------------------------------------------------------------------------------
# FakeSlackAPI: faults


def test_fail_with_http_status_for_the_next_n_calls(fake: FakeSlackAPI, client: WebClient) -> None:
    fake.fail("chat.postMessage", status=503, times=1)

    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel=CHANNEL_ID, text="x")
    assert err.value.response.status_code == 503
    assert client.chat_postMessage(channel=CHANNEL_ID, text="x")["ok"]
    assert [c.fault for c in fake.calls()] == ["status:503", None]
    assert len(fake.messages()) == 1  # the failed post left no message behind


def test_fail_with_slack_error_until_cleared(fake: FakeSlackAPI, client: WebClient) -> None:
    fake.fail("chat.postMessage", error="channel_not_found")

    for _ in range(2):
        with pytest.raises(SlackApiError) as err:
            client.chat_postMessage(channel=CHANNEL_ID, text="x")
        assert err.value.response.status_code == 200
        assert err.value.response["error"] == "channel_not_found"
    assert client.auth_test()["ok"]  # other methods unaffected
    fake.clear_faults()
    assert client.chat_postMessage(channel=CHANNEL_ID, text="x")["ok"]
    assert [c.fault for c in fake.calls("chat.postMessage")] == ["error:channel_not_found"] * 2 + [
        None
    ]


def test_fail_every_method(fake: FakeSlackAPI, client: WebClient) -> None:
    fake.fail(error="fatal_error", times=2)
    for call in (client.auth_test, lambda: client.users_info(user=USER_ID)):
        with pytest.raises(SlackApiError, match="fatal_error"):
            call()
    assert client.auth_test()["ok"]


def test_rate_limit_is_a_429_with_retry_after(fake: FakeSlackAPI, client: WebClient) -> None:
    fake.rate_limit("chat.postMessage", retry_after=7)

    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel=CHANNEL_ID, text="x")
    assert err.value.response.status_code == 429
    assert err.value.response["error"] == "ratelimited"
    assert err.value.response.headers["Retry-After"] == "7"
    assert fake.calls()[0].fault == "ratelimited"


def test_rate_limit_retry_handler_waits_retry_after(fake: FakeSlackAPI) -> None:
    retrying = WebClient(
        token="xoxb-test",
        base_url=fake.url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)],
    )
    fake.rate_limit("chat.postMessage", retry_after=1, times=1)

    started = time.monotonic()
    assert retrying.chat_postMessage(channel=CHANNEL_ID, text="x")["ok"]
    assert time.monotonic() - started >= 1.0
    assert [c.fault for c in fake.calls()] == ["ratelimited", None]


def test_delay_slows_responses_and_trips_client_timeouts(fake: FakeSlackAPI) -> None:
    patient = WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=[])
    fake.delay("auth.test", 0.3, times=1)
    started = time.monotonic()
    assert patient.auth_test()["ok"]
    assert time.monotonic() - started >= 0.3
    assert fake.calls()[0].delayed == 0.3

    hasty = WebClient(token="xoxb-test", base_url=fake.url, retry_handlers=[])
    hasty.timeout = 0.1  # type: ignore[assignment]  # urllib takes float seconds
    fake.delay(seconds=0.5, times=1)
    with pytest.raises((TimeoutError, urllib.error.URLError)):
        hasty.users_info(user=USER_ID)


def test_a_delay_for_one_token_slows_only_that_caller(fake: FakeSlackAPI) -> None:
    slow = WebClient(token="xoxb-slow", base_url=fake.url, retry_handlers=[])
    quick = WebClient(token="xoxb-quick", base_url=fake.url, retry_handlers=[])
    fake.delay("auth.test", 0.05)  # every caller's, added first
    fake.delay("auth.test", 0.3, token="xoxb-slow")
    assert quick.auth_test()["ok"] and slow.auth_test()["ok"]
    assert [c.delayed for c in fake.calls()] == [0.05, 0.3]


def test_down_refuses_connections_and_up_serves_on_the_same_port(
    fake: FakeSlackAPI, client: WebClient
) -> None:
    url = fake.url
    fake.down()
    with pytest.raises(urllib.error.URLError) as err:
        client.auth_test()
    assert isinstance(err.value.reason, ConnectionRefusedError)

    fake.up()
    assert fake.url == url
    assert client.auth_test()["ok"]


def test_wait_for_waits_for_calls_made_after_the_ack(fake: FakeSlackAPI, client: WebClient) -> None:
    threading.Timer(0.05, lambda: client.auth_test()).start()
    assert fake.wait_for("auth.test", timeout=2)[0].ok
    with pytest.raises(AssertionError, match=r"expected 1 chat\.postMessage"):
        fake.wait_for("chat.postMessage", timeout=0.05)


# ---------------------------------------------------------------------------------------
# SlackRequests: signing and payload helpers


def test_signatures_verify_like_slacks_and_forgeries_do_not() -> None:
    sender = SlackRequests("http://127.0.0.1:1/slack/events", SECRET)
    verifier = SignatureVerifier(SECRET)
    body = b"token=x&team_id=T0LSCP0001&text=Child+K"

    assert verifier.is_valid_request(body, sender.signed_headers(body))
    assert not verifier.is_valid_request(body, sender.signed_headers(body, forge=True))
    stale = sender.signed_headers(body, timestamp=stale_timestamp())
    assert not verifier.is_valid_request(body, stale)
    assert not verifier.is_valid_request(body, sender.signed_headers(body, unsigned=True))
    ts = int(time.time())
    assert sender.sign(body, ts) == verifier.generate_signature(timestamp=str(ts), body=body)


def test_state_values_match_slacks_shapes() -> None:
    values = state_values(
        {
            "pseudonym": ("input", "plain_text_input", "Child K"),
            "aware_on": ("date", "datepicker", date(2025, 3, 3)),
            "partner": ("pick", "static_select", ("police", "Police")),
            "owner": ("user", "users_select", "U0POLICE01"),
            "criteria": ("check", "checkboxes", ["died", "abuse_suspected"]),
            "outcome": ("radio", "radio_buttons", "lcspr"),
            "areas": ("multi", "multi_static_select", ["north", "south"]),
            "empty": ("input", "plain_text_input", None),
        }
    )
    assert values["pseudonym"] == {"input": {"type": "plain_text_input", "value": "Child K"}}
    assert values["aware_on"]["date"] == {"type": "datepicker", "selected_date": "2025-03-03"}
    assert values["partner"]["pick"]["selected_option"]["value"] == "police"
    assert values["partner"]["pick"]["selected_option"]["text"]["text"] == "Police"
    assert values["owner"]["user"] == {"type": "users_select", "selected_user": "U0POLICE01"}
    assert [o["value"] for o in values["criteria"]["check"]["selected_options"]] == [
        "died",
        "abuse_suspected",
    ]
    assert values["outcome"]["radio"]["selected_option"]["value"] == "lcspr"
    assert len(values["areas"]["multi"]["selected_options"]) == 2
    assert values["empty"]["input"]["value"] is None
    with pytest.raises(ValueError, match="unknown element type"):
        state_values({"x": ("y", "textarea", "z")})


# ---------------------------------------------------------------------------------------
# SlackRequests against a real Bolt app (WSGI, for this self-test only)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class BoltUnderTest:
    """A tiny Bolt app served over HTTP, recording what its listeners received."""

    def __init__(self, fake: FakeSlackAPI) -> None:
        self.received: dict[str, Any] = {}
        self.done = threading.Event()
        self.app = App(
            client=WebClient(token="xoxb-test", base_url=fake.url),
            signing_secret=SECRET,
        )
        self._register()
        self.server: WSGIServer = make_server(
            "127.0.0.1", 0, SlackRequestHandler(self.app), handler_class=_QuietHandler
        )
        self.url = f"http://127.0.0.1:{self.server.server_port}/slack/events"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def _record(self, kind: str, value: Any) -> None:
        self.received[kind] = value
        self.done.set()

    def _register(self) -> None:
        app = self.app

        @app.command("/incident")
        def incident(
            ack: Any, command: dict, client: WebClient, respond: Any, request: Any
        ) -> None:
            ack()
            client.chat_postMessage(channel=command["channel_id"], text="Incident logged")
            respond("Logged Child K")
            if command["text"] == "open":
                client.views_open(
                    trigger_id=command["trigger_id"],
                    view={
                        "type": "modal",
                        "callback_id": "log_incident",
                        "private_metadata": "incident:1",
                        "title": _text("Log an incident"),
                        "submit": _text("Save"),
                        "blocks": [
                            {
                                "type": "input",
                                "block_id": "pseudonym",
                                "label": _text("Pseudonym"),
                                "element": {"type": "plain_text_input", "action_id": "input"},
                            }
                        ],
                    },
                )
            self._record("command", {**command, "_headers": request.headers})

        @app.view("log_incident")
        def submitted(ack: Any, view: dict, body: dict) -> None:
            ack()
            self._record("view", {"view": view, "user": body["user"]["id"]})

        @app.action("complete_item")
        def clicked(ack: Any, action: dict, body: dict) -> None:
            ack()
            self._record("action", {"action": action, "body": body})

        @app.event("app_home_opened")
        def home(event: dict) -> None:
            self._record("event", event)

    def wait(self) -> dict[str, Any]:
        assert self.done.wait(3), "no listener ran"
        self.done.clear()
        return self.received

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def bolt(fake: FakeSlackAPI) -> Iterator[BoltUnderTest]:
    app = BoltUnderTest(fake)
    yield app
    app.close()


@pytest.fixture
def slack(bolt: BoltUnderTest, fake: FakeSlackAPI) -> SlackRequests:
    return SlackRequests(bolt.url, SECRET, response_url_base=fake.hooks_url)


def test_signed_slash_command_reaches_the_listener(
    bolt: BoltUnderTest, slack: SlackRequests, fake: FakeSlackAPI
) -> None:
    assert fake.calls("auth.test")  # Bolt verified its token against the fake

    resp = slack.slash_command("Child K", retry_num=1, retry_reason="http_timeout")

    assert resp.status == 200
    command = bolt.wait()["command"]
    assert command["command"] == "/incident" and command["text"] == "Child K"
    assert (command["user_id"], command["team_id"]) == (USER_ID, TEAM_ID)
    assert command["trigger_id"] == resp.sent["trigger_id"]
    assert command["_headers"]["x-slack-retry-num"] == ["1"]
    assert fake.wait_for("chat.postMessage")[0].params["text"] == "Incident logged"
    hook = fake.wait_for("response_url")[0]
    assert hook.params["text"] == "Logged Child K"
    assert hook.path.startswith(f"/commands/{TEAM_ID}/")


@pytest.mark.parametrize(
    "how",
    [{"forge": True}, {"timestamp": stale_timestamp()}, {"unsigned": True}],
    ids=["forged", "stale", "unsigned"],
)
def test_bad_signatures_are_refused_with_401(
    bolt: BoltUnderTest, slack: SlackRequests, how: dict[str, Any]
) -> None:
    resp = slack.slash_command("Child K", **how)
    assert resp.status == 401
    assert not bolt.done.wait(0.05)


def test_view_submission_reaches_the_view_listener(
    bolt: BoltUnderTest, slack: SlackRequests
) -> None:
    values = {
        "pseudonym": ("input", "plain_text_input", "Child K"),
        "aware_on": ("date", "datepicker", "2025-03-03"),
    }
    resp = slack.view_submission("log_incident", values, private_metadata="incident:1")

    assert resp.status == 200
    view = bolt.wait()["view"]["view"]
    assert view["state"]["values"]["pseudonym"]["input"]["value"] == "Child K"
    assert view["state"]["values"]["aware_on"]["date"]["selected_date"] == "2025-03-03"
    assert view["private_metadata"] == "incident:1"


def test_submitting_the_modal_the_bot_opened(
    bolt: BoltUnderTest, slack: SlackRequests, fake: FakeSlackAPI
) -> None:
    slack.slash_command("open")
    bolt.wait()
    fake.wait_for("views.open")
    opened = fake.last_view()

    with pytest.raises(ValueError, match="not in the view"):
        slack.view_submission(view=opened, state_values={"typo": ("input", "plain_text_input", "")})
    slack.view_submission(
        view=opened, state_values={"pseudonym": ("input", "plain_text_input", "K")}
    )

    view = bolt.wait()["view"]["view"]
    assert (view["id"], view["hash"]) == (opened["id"], opened["hash"])
    assert view["private_metadata"] == "incident:1"


def test_block_actions_events_and_url_verification(
    bolt: BoltUnderTest, slack: SlackRequests
) -> None:
    assert slack.block_actions(action("complete_item", "item:42", block_id="step")).status == 200
    received = bolt.wait()["action"]
    assert received["action"]["value"] == "item:42"
    assert received["body"]["container"]["channel_id"] == CHANNEL_ID
    assert received["body"]["response_url"].startswith(slack.response_url_base + "/actions/")

    home = {"type": "home", "id": "V0HOMETAB1", "blocks": []}
    assert slack.block_actions("complete_item", view=home).status == 200
    body = bolt.wait()["action"]["body"]
    assert body["container"] == {"type": "view", "view_id": "V0HOMETAB1"}
    assert body["view"]["type"] == "home" and "response_url" not in body

    assert slack.app_home_opened(USER_ID).status == 200
    assert bolt.wait()["event"]["channel"] == dm_channel_id(USER_ID)

    resp = slack.url_verification("challenge-123")
    assert resp.status == 200 and resp.json() == {"challenge": "challenge-123"}


def test_raw_malformed_body_is_answered_not_crashed(
    bolt: BoltUnderTest, slack: SlackRequests
) -> None:
    resp = slack.raw(b"payload=%7Bnot-json", "application/x-www-form-urlencoded")
    assert 400 <= resp.status < 600
    assert slack.raw(b"{}", "application/json", sign=False).status == 401


def _text(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def test_fake_rejects_token_in_json_body(fake: FakeSlackAPI) -> None:
    """Slack reads tokens from the header for JSON bodies; a bot putting one in the body
    would fail in production, so it fails here."""
    request = urllib.request.Request(
        fake.url + "auth.test",
        data=json.dumps({"token": "xoxb-test"}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request) as resp:
        assert json.load(resp) == {"ok": False, "error": "not_authed"}


# ---------------------------------------------------------------------------------------
# Strictness: what Slack refuses, the fake refuses


def _modal(**extra: Any) -> dict[str, Any]:
    return {"type": "modal", "title": _text("Record step"), **extra}


def test_trigger_ids_say_when_they_were_issued() -> None:
    issued = time.time()
    trigger = new_trigger_id(issued)
    assert re.fullmatch(r"\d{10}\.\d{12}\.[0-9a-f]{32}", trigger)
    assert abs(trigger_issued_at(trigger) - issued) < 1e-5
    assert trigger_issued_at("1.2.abc") is None
    assert new_trigger_id(issued) != trigger


def test_a_trigger_id_expires_three_seconds_after_it_was_issued(
    fake: FakeSlackAPI, client: WebClient
) -> None:
    late = new_trigger_id(time.time() - 3.5)
    for method in (client.views_open, client.views_push):
        with pytest.raises(SlackApiError) as err:
            method(trigger_id=late, view=_modal())
        assert err.value.response["error"] == "expired_trigger_id"
    assert client.views_open(trigger_id=new_trigger_id(time.time() - 2.5), view=_modal())["ok"]


def test_a_trigger_id_slack_did_not_issue_is_refused(client: WebClient) -> None:
    with pytest.raises(SlackApiError) as err:
        client.views_open(trigger_id="1.2.made-up", view=_modal())
    assert err.value.response["error"] == "invalid_trigger_id"


def test_views_update_needs_a_view_slack_opened(fake: FakeSlackAPI, client: WebClient) -> None:
    with pytest.raises(SlackApiError) as err:
        client.views_update(view_id="V0NEVERSEEN", view=_modal())
    assert err.value.response["error"] == "not_found"
    assert fake.view("V0NEVERSEEN") is None
    opened = client.views_open(trigger_id=new_trigger_id(), view=_modal())["view"]
    assert client.views_update(view_id=opened["id"], view=_modal())["view"]["id"] == opened["id"]


def test_view_ids_are_unique_and_so_are_external_ids(fake: FakeSlackAPI, client: WebClient) -> None:
    first = client.views_open(trigger_id=new_trigger_id(), view=_modal(external_id="case:1"))
    second = client.views_push(trigger_id=new_trigger_id(), view=_modal())
    third = client.views_open(trigger_id=new_trigger_id(), view=_modal())
    ids = {first["view"]["id"], second["view"]["id"], third["view"]["id"]}
    assert len(ids) == 3
    for method in (client.views_open, client.views_push):
        with pytest.raises(SlackApiError) as err:
            method(trigger_id=new_trigger_id(), view=_modal(external_id="case:1"))
        assert err.value.response["error"] == "duplicate_external_id"
    with pytest.raises(SlackApiError) as err:
        client.views_update(view_id=third["view"]["id"], view=_modal(external_id="case:1"))
    assert err.value.response["error"] == "duplicate_external_id"


def _button(text: str = "Open", value: str = "1", n: int = 0) -> dict[str, Any]:
    return {"type": "button", "text": _text(text), "action_id": f"press:{n}", "value": value}


def _option(text: str = "Done", value: str = "done:1") -> dict[str, Any]:
    return {"text": _text(text), "value": value}


def _section(**extra: Any) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": "Step"}, **extra}


def _overflow(options: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "overflow", "action_id": "menu", "options": options}


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


OVERSIZED: dict[str, dict[str, Any]] = {
    "11 fields": _section(fields=[_mrkdwn("*Field*") for _ in range(11)]),
    "a field of 2,001 characters": _section(fields=[_mrkdwn("x" * 2001)]),
    "6 overflow options": _section(accessory=_overflow([_option() for _ in range(6)])),
    "an empty overflow menu": _section(accessory=_overflow([])),
    "a one-option overflow menu": _section(accessory=_overflow([_option()])),
    "an option text of 76 characters": _section(
        accessory=_overflow([_option("x" * 76), _option()])
    ),
    "an option value of 151 characters": _section(
        accessory=_overflow([_option(value="x" * 151), _option()])
    ),
    "26 buttons in an actions block": {
        "type": "actions",
        "elements": [_button(n=n) for n in range(26)],
    },
    "a button text of 76 characters": _section(accessory=_button("x" * 76)),
    "a button value of 2,001 characters": _section(accessory=_button(value="x" * 2001)),
    "11 context elements": {"type": "context", "elements": [_mrkdwn("x") for _ in range(11)]},
    "a block_id of 256 characters": _section(block_id="x" * 256),
    "a select of 101 options": _section(
        accessory={
            "type": "static_select",
            "action_id": "pick",
            "options": [_option(value=str(n)) for n in range(101)],
        }
    ),
    "11 radio buttons": {
        "type": "input",
        "label": _text("Decision"),
        "element": {
            "type": "radio_buttons",
            "action_id": "value",
            "options": [_option(value=str(n)) for n in range(11)],
        },
    },
    "an input label of 2,001 characters": {
        "type": "input",
        "label": _text("x" * 2001),
        "element": {"type": "plain_text_input", "action_id": "value"},
    },
    "a placeholder of 151 characters": {
        "type": "input",
        "label": _text("Reason"),
        "element": {
            "type": "plain_text_input",
            "action_id": "value",
            "placeholder": _text("x" * 151),
        },
    },
}


@pytest.mark.parametrize("block", list(OVERSIZED.values()), ids=list(OVERSIZED))
def test_block_kit_limits_are_enforced_in_messages_views_and_replies(
    fake: FakeSlackAPI, client: WebClient, block: dict[str, Any]
) -> None:
    """Each is one limit broken once; the same block just inside the limit is taken."""
    calls = {
        "chat.postMessage": lambda: client.chat_postMessage(
            channel=CHANNEL_ID, text="x", blocks=[block]
        ),
        "chat.update": lambda: client.chat_update(
            channel=CHANNEL_ID, ts="1700000000.000100", text="x", blocks=[block]
        ),
        "chat.postEphemeral": lambda: client.chat_postEphemeral(
            channel=CHANNEL_ID, user=USER_ID, text="x", blocks=[block]
        ),
        "views.open": lambda: client.views_open(
            trigger_id=new_trigger_id(), view=_modal(blocks=[block])
        ),
        "views.publish": lambda: client.views_publish(
            user_id=USER_ID, view={"type": "home", "blocks": [block]}
        ),
    }
    for method, call in calls.items():
        with pytest.raises(SlackApiError) as err:
            call()
        assert err.value.response["error"] in ("invalid_blocks", "invalid_arguments"), method
    hook = WebhookClient(f"{fake.hooks_url}/actions/{TEAM_ID}/1/secret")
    assert json.loads(hook.send(text="x", blocks=[block]).body)["error"] == "invalid_blocks"


def test_blocks_just_inside_the_limits_are_taken(fake: FakeSlackAPI, client: WebClient) -> None:
    blocks = [
        _section(fields=[_mrkdwn("x" * 2000) for _ in range(10)]),
        _section(accessory=_overflow([_option("x" * 75, "v" * 150) for _ in range(5)])),
        {"type": "actions", "elements": [_button("x" * 75, "v" * 2000, n) for n in range(25)]},
        {"type": "context", "elements": [_mrkdwn("x") for _ in range(10)]},
        {"type": "header", "text": _text("x" * 150)},
        _section(text=_mrkdwn("x" * 3000), block_id="b" * 255),
    ]
    assert client.chat_postMessage(channel=CHANNEL_ID, text="x", blocks=blocks)["ok"]
    assert client.views_open(trigger_id=new_trigger_id(), view=_modal(blocks=blocks))["ok"]


def test_modal_buttons_are_at_most_24_characters(client: WebClient) -> None:
    for button in ("submit", "close"):
        with pytest.raises(SlackApiError) as err:
            client.views_open(trigger_id=new_trigger_id(), view=_modal(**{button: _text("x" * 25)}))
        assert f"/view/{button}/text" in str(err.value.response["response_metadata"])
