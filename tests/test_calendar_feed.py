"""The private calendar feed, subscribed to as a calendar client would: the address asked
for in Slack, the feed fetched over HTTP from the real server and read with ``icalendar``,
then a date moved, a step done, the address revoked and the member gone, all through
Slack-shaped requests."""

from __future__ import annotations

import logging
import re
import urllib.error
import urllib.request
from datetime import UTC, date, datetime
from typing import Any

import pytest
from icalendar import Calendar
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.edge.feed_server import PER_TOKEN
from bot.logs import configure
from bot.usecases.calendar_feed import new_feed
from bot.usecases.read_models import FEED_PATH
from bot.views.history import history_line
from storage.models import AuditEvent, CalendarFeed
from tests.support.cases import choose, fill, log_case, step_of
from tests.support.fake_slack import FakeSlackAPI
from tests.support.forms import text_of
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, TEAM_DOMAIN, USER_ID, action

PUBLIC = "https://safeguarding-bot.example-lscp.org.uk"
ON = {"safeguarding_public_url": PUBLIC}
#: The address a reply gives, https:// and webcal://.
_ADDRESS = re.compile(rf"{re.escape(PUBLIC)}{FEED_PATH}[A-Za-z0-9_-]+\.ics")


def fetch(running: RunningBot, address: str, etag: str | None = None) -> tuple[int, Any, bytes]:
    """GET the feed from the running bot's own HTTP server, as a calendar would: status,
    headers and body (an HTTP error's too)."""
    url = running.base_url + address.removeprefix(PUBLIC)
    request = urllib.request.Request(url, headers={"If-None-Match": etag} if etag else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def events(body: bytes) -> dict[str, Any]:
    """The feed's events by UID, read with icalendar."""
    calendar = Calendar.from_ical(body)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def ask(running: RunningBot, text: str, user: str = OWNER_ID) -> str:
    """``/incident calendar …`` as ``user``; the reply only they see, as text."""
    before = len(running.fake.calls("response_url"))
    assert running.slack.slash_command(text, user_id=user).status == 200
    reply = running.fake.wait_for("response_url", count=before + 1)[-1]
    assert reply.params.get("response_type", "ephemeral") == "ephemeral"
    return text_of(reply.params)


def address_in(reply: str) -> str:
    found = _ADDRESS.findall(reply)
    assert found, reply
    assert f"webcal://{found[0].removeprefix('https://')}" in reply
    return str(found[0])


def made_feed(engine: Engine, whole_partnership: bool | None = False) -> str:
    """A new feed of the police lead's, made by the use case; its token."""
    now = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
    return new_feed(engine, user_id=OWNER_ID, whole_partnership=whole_partnership, now=now)[0]


def audit(engine: Engine, action: str) -> list[AuditEvent]:
    with Session(engine) as session:
        found = session.exec(select(AuditEvent).where(AuditEvent.action == action)).all()
        return list(found)


@pytest.mark.parametrize("running", [ON], indirect=True)
def test_a_calendar_follows_the_case_until_the_feed_is_revoked_or_its_owner_leaves(
    running: RunningBot,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure("DEBUG", "text")  # every line the bot writes, to standard error
    caplog.set_level(logging.DEBUG)
    incident = log_case(running)  # the police lead is the case owner
    address = address_in(ask(running, "calendar"))
    token = address.removeprefix(f"{PUBLIC}{FEED_PATH}").removesuffix(".ics")
    with Session(running.engine) as session:
        stored = session.exec(select(CalendarFeed)).one()
    assert stored.user_id == OWNER_ID and token not in text_of(stored.model_dump(mode="json"))
    assert [e.actor for e in audit(running.engine, "calendar_feed_created")] == [OWNER_ID]

    status, headers, body = fetch(running, address)
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    first = events(body)
    rapid_uid = f"{incident.reference}-rapid_review@safeguarding-bot"
    panel_uid = f"{incident.reference}-panel_notification@safeguarding-bot"
    rapid = first[rapid_uid]
    assert rapid.decoded("DTSTART") == date(2026, 12, 11)  # provisional, from awareness
    assert str(rapid["SUMMARY"]) == (
        f"{incident.reference}: Complete the rapid review and send it to the Panel"
    )
    assert "Child K" not in body.decode() and "head injury" not in body.decode()
    card = f"https://{TEAM_DOMAIN}.slack.com/archives/{CHANNEL_ID}/p"
    assert str(rapid["URL"]) == card + incident.card_ts.replace(".", "")
    assert rapid.decoded("LAST-MODIFIED").tzinfo is not None
    # Asked again unchanged: 304, nothing sent.
    etag = headers["ETag"]
    assert fetch(running, address, etag)[0] == 304

    # The notification recorded through the card: the rapid review's date moves, and the
    # notification, done, leaves the feed.
    panel = step_of(running, "panel_notification")
    choose(running, "case_step", f"done:{panel.id}")
    fill(running, 1, {"date": ("value", "datepicker", date(2026, 11, 23))})
    running.fake.wait_for("chat.update", count=2)
    status, headers, body = fetch(running, address, etag)
    assert status == 200 and headers["ETag"] != etag
    later = events(body)
    assert later[rapid_uid].decoded("DTSTART") == date(2026, 12, 14)
    assert later[rapid_uid]["SEQUENCE"] > rapid["SEQUENCE"]
    assert panel_uid in first and panel_uid not in later

    # A new address revokes the old one.
    renewed = address_in(ask(running, "calendar new"))
    assert fetch(running, address)[0] == 404
    assert fetch(running, renewed)[0] == 200
    assert [e.detail["why"] for e in audit(running.engine, "calendar_feed_revoked")] == ["replaced"]

    # Removed from the channel: the next request finds the feed gone, for good.
    running.fake.set_channel_members(CHANNEL_ID, [USER_ID])
    assert fetch(running, renewed)[0] == 404
    running.fake.set_channel_members(CHANNEL_ID, [USER_ID, OWNER_ID])
    assert fetch(running, renewed)[0] == 404
    revoked = audit(running.engine, "calendar_feed_revoked")
    assert [(e.actor, e.detail["why"]) for e in revoked][-1] == ("system", "left")

    # What the bot writes at LOG_LEVEL=DEBUG, and every line its own code logged (Slack's
    # client logs the reply it posts at DEBUG, which LOG_LEVEL never lets through).
    ours = [r.getMessage() for r in caplog.records if r.name.startswith(("bot", "storage"))]
    written = capsys.readouterr().err + "\n".join(ours)
    assert "calendar feed:" in written and "DEBUG bot.edge.feed_server" in written
    for secret in (token, renewed):
        assert secret.rsplit("/", 1)[-1].removesuffix(".ics") not in written


def test_without_a_public_address_the_command_says_how_to_turn_feeds_on(
    running: RunningBot,
) -> None:
    reply = ask(running, "calendar", user=USER_ID)
    assert "SAFEGUARDING_PUBLIC_URL" in reply and FEED_PATH not in reply
    assert not audit(running.engine, "calendar_feed_created")


@pytest.mark.parametrize("running", [ON], indirect=True)
def test_asking_again_stop_and_a_typo(running: RunningBot) -> None:
    address_in(ask(running, "calendar"))
    again = ask(running, "calendar")
    assert "shown only when it was made" in again and not _ADDRESS.search(again)
    assert "is off" in ask(running, "calendar stop")
    assert "no calendar feed" in ask(running, "calendar stop")
    assert "I can't read" in ask(running, "calendar everything")


@pytest.mark.parametrize(
    "running", [ON | {"safeguarding_calendar_pseudonyms": True}], indirect=True
)
def test_the_partnership_calendar_and_the_pseudonym_setting(running: RunningBot) -> None:
    incident = log_case(running, owner=OWNER_ID)
    step = step_of(running, "panel_notification")
    with Session(running.engine) as session:
        row = session.get(type(step), step.id)
        assert row is not None
        row.owner_id = "U0SOMEONE1"  # someone else's step
        session.add(row)
        session.commit()
    uid = f"{incident.reference}-panel_notification@safeguarding-bot"
    own = events(fetch(running, address_in(ask(running, "calendar")))[2])
    assert uid not in own
    whole = fetch(running, address_in(ask(running, "calendar all")))[2]
    assert uid in events(whole)
    assert f"{incident.reference} · Child K: Notify" in whole.decode()
    assert "head injury" not in whole.decode()
    # A new address keeps the kind of feed it replaces.
    assert uid in events(fetch(running, address_in(ask(running, "calendar new")))[2])


@pytest.mark.parametrize("running", [ON], indirect=True)
def test_unknown_and_revoked_tokens_are_404_and_requests_are_rate_limited(
    running: RunningBot,
) -> None:
    revoked, good = made_feed(running.engine), made_feed(running.engine)
    unknown = "x" * len(good)

    def status(token: str) -> int:
        return fetch(running, f"{PUBLIC}{FEED_PATH}{token}.ics")[0]

    assert status(unknown) == status(revoked) == 404
    assert status(good) == 200
    assert fetch(running, f"{PUBLIC}{FEED_PATH}")[0] == 404
    statuses = [status(good) for _ in range(PER_TOKEN)]
    assert statuses[-1] == 429 and set(statuses) == {200, 429}
    assert status(unknown) == 404  # one token's limit is not another's


@pytest.mark.parametrize("running", [ON], indirect=True)
def test_while_slack_cannot_say_who_is_a_member_the_feed_is_held_back(
    running: RunningBot,
) -> None:
    token = made_feed(running.engine)
    address = f"{PUBLIC}{FEED_PATH}{token}.ics"
    running.fake.fail("conversations.members", status=500)
    status, headers, _ = fetch(running, address)
    assert (status, headers["Retry-After"]) == (503, "600")
    assert not audit(running.engine, "calendar_feed_revoked")  # not taken for leaving
    running.fake.clear_faults()
    assert fetch(running, address)[0] == 200
    request = urllib.request.Request(running.base_url + address.removeprefix(PUBLIC), method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, data=b"", timeout=10)
    assert refused.value.code == 405


@pytest.mark.parametrize("running", [ON], indirect=True)
def test_app_home_gives_a_new_address_in_a_modal(running: RunningBot) -> None:
    first = address_in(ask(running, "calendar"))
    assert running.slack.app_home_opened(OWNER_ID).status == 200
    home = running.fake.wait_for("views.publish")[-1]
    assert "home_calendar_new" in text_of(home.params)
    pressed = action("home_calendar_new", "", element_type="button")
    assert running.slack.block_actions(pressed, user_id=OWNER_ID).status == 200
    running.fake.wait_for("views.open")
    renewed = address_in(text_of(running.fake.last_view()))
    assert renewed != first
    assert fetch(running, first)[0] == 404 and fetch(running, renewed)[0] == 200


def test_the_feed_is_served_in_socket_mode_too(
    socket_running: RunningBot, fake: FakeSlackAPI, engine: Engine
) -> None:
    token = made_feed(engine)
    status, _, body = fetch(socket_running, f"{PUBLIC}{FEED_PATH}{token}.ics")
    assert status == 200 and events(body) == {}


def test_a_library_line_quoting_a_feed_address_is_redacted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure("DEBUG", "text")
    capsys.readouterr()
    token = "AbC-dEf_123" * 4
    logging.getLogger("waitress").info("Client disconnected while serving /calendar/%s.ics", token)
    written = capsys.readouterr().err
    assert "Client disconnected while serving /calendar/…" in written and token not in written


def test_a_new_address_revokes_the_old_and_the_history_says_so(engine: Engine) -> None:
    made_feed(engine, whole_partnership=True)
    made_feed(engine, whole_partnership=None)
    with Session(engine) as session:
        feeds = session.exec(select(CalendarFeed).order_by(col(CalendarFeed.id))).all()
        assert [(f.whole_partnership, f.revoked_at is None) for f in feeds] == [
            (True, False),
            (True, True),
        ]
    made, revoked = (
        audit(engine, "calendar_feed_created")[0],
        audit(engine, "calendar_feed_revoked"),
    )
    assert [e.incident_id for e in revoked] == [None]  # about a person, not a case
    assert history_line(made, {}).endswith(
        "made a new calendar feed address (the partnership's whole calendar)"
    )
    assert history_line(revoked[0], {}).endswith(
        "revoked a calendar feed address (a new one replaces it)"
    )
