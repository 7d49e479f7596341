"""The deployment recipe of docs/deploy.md, tested: two replicas of ``safeguarding-bot run``
on one PostgreSQL database, each taking Slack's requests and each running the scheduler.

Requests for one case land on either replica (a load balancer does not keep sessions), and
the reminders due are shared between the two schedulers: every case is stored and posted
once, and every reminder reaches Slack once.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from slack_sdk import WebClient
from sqlalchemy import update
from sqlmodel import Session, col, func, select

from bot.flows.jobs.reminders import carried_by
from storage.db import make_engine, migrate, session_scope
from storage.models import ChecklistItem, Incident, ReferenceCounter, Reminder
from tests.support.due_reminders import seed_due_cases
from tests.support.fake_slack import Call, FakeSlackAPI
from tests.support.forms import form
from tests.support.running_bot import OWNER_ID
from tests.support.slack_requests import CHANNEL_ID, USER_ID, SlackRequests, action
from tests.support.travelled_bot import ROOT, command, working_hours_now

SECRET = "replica-signing-secret"
SEEDED = 50  # cases, four reminders due each
LOGGED = 8  # cases logged through the replicas


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


#: The exit status of a replica refused its port (as any bad setting): chosen free, the
#: port may be taken by another test's socket before the replica binds it.
PORT_TAKEN = 2


def _serving(port: int, process: subprocess.Popen[str], within: float = 20) -> bool:
    """Whether the replica answers on ``port``; False if it exited because it could not
    listen there."""
    deadline = time.monotonic() + within
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return True
        except OSError:
            if process.poll() == PORT_TAKEN:
                return False
            assert process.poll() is None, "a replica exited"
            assert time.monotonic() < deadline, "a replica did not start"
            time.sleep(0.1)


def _replica(env: dict[str, str]) -> tuple[int, subprocess.Popen[str]]:
    """A ``safeguarding-bot run`` process serving on a free port (another one tried if the
    port was taken meanwhile), on the test's clock, which may have been moved into
    working hours."""
    for _ in range(3):
        port = _free_port()
        process = subprocess.Popen(
            command(datetime.now(UTC), "run", "--host", "127.0.0.1", "--port", str(port)),
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        if _serving(port, process):
            return port, process
    raise AssertionError("a replica could not listen on any of three free ports")


@contextmanager
def running_replicas(database_url: str, fake: FakeSlackAPI) -> Iterator[list[SlackRequests]]:
    """Two ``safeguarding-bot run`` processes, scheduler on, as docs/deploy.md sets them up."""
    env = dict(
        os.environ,
        DATABASE_URL=database_url,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.url,
        SAFEGUARDING_CHANNEL=CHANNEL_ID,
    )
    env.pop("SLACK_APP_TOKEN", None)
    replicas: list[tuple[int, subprocess.Popen[str]]] = []
    try:
        for _ in range(2):
            replicas.append(_replica(env))
        yield [
            SlackRequests(
                f"http://127.0.0.1:{port}/slack/events", SECRET, response_url_base=fake.hooks_url
            )
            for port, _ in replicas
        ]
    finally:
        for _, process in replicas:
            process.terminate()
        for _, process in replicas:
            process.wait(timeout=15)


def _seed_due_now(database_url: str, fake: FakeSlackAPI) -> set[int]:
    """Cases whose reminders fell due a minute ago (the replicas run on the real clock)."""
    engine = make_engine(database_url)
    migrate(engine)
    due = seed_due_cases(engine, WebClient(token="xoxb-test", base_url=fake.url), SEEDED)
    with session_scope(engine) as session:
        session.exec(  # type: ignore[call-overload]
            update(Reminder)
            .where(col(Reminder.id).in_(due))
            .values(due_at=datetime.now(UTC) - timedelta(minutes=1))
        )
        year = datetime.now(UTC).year
        session.merge(ReferenceCounter(year=year, last=SEEDED))  # seeded references are taken
    engine.dispose()
    return due


def _cards(fake: FakeSlackAPI) -> Counter[str]:
    """How often each case card reached Slack, by reference."""
    return Counter(
        card for call in fake.calls("chat.postMessage") if call.ok and (card := _card_of(call))
    )


def _card_of(call: Call) -> str | None:
    if call.params.get("channel") != CHANNEL_ID or "thread_ts" in call.params or not call.blocks:
        return None
    heading = call.blocks[0].get("text", {}).get("text", "")
    return heading.split(" · ")[0] if heading.startswith("SI-") else None  # not the digest


def _reminders(fake: FakeSlackAPI) -> Counter[int]:
    """How often each reminder reached Slack, in whichever message carried it."""
    sent: Counter[int] = Counter()
    for call in fake.calls("chat.postMessage"):
        if call.ok:
            sent.update(carried_by(call.json_param("metadata")))
    return sent


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_replicas_share_requests_and_reminders(database_url: str) -> None:
    # In working hours, the test's clock and the replicas' (reminders leave only then).
    with time_machine.travel(working_hours_now(), tick=True), FakeSlackAPI() as fake:
        fake.add_user(OWNER_ID, name="police.lead")
        fake.add_channel(CHANNEL_ID, is_private=True, members=[USER_ID, OWNER_ID])
        due = _seed_due_now(database_url, fake)
        with running_replicas(database_url, fake) as senders:
            for n in range(LOGGED):  # each form opened on one replica, submitted to the other
                opener, submitter = senders[n % 2], senders[(n + 1) % 2]
                assert opener.slash_command("").status == 200
                opened = fake.wait_for("views.open", count=n + 1, timeout=20)[n]
                view = fake.view(opened.response["view"]["id"])  # this form, not a receipt
                answer = submitter.view_submission(view=view, state_values=form())
                assert answer.json()["response_action"] == "update", answer.body

            engine = make_engine(database_url)
            deadline = time.monotonic() + 90
            while True:
                with Session(engine) as session:
                    posted = session.exec(
                        select(func.count())
                        .select_from(Incident)
                        .where(col(Incident.checklist_ts).is_not(None), Incident.id > SEEDED)
                    ).one()
                    unsent = session.exec(
                        select(func.count())
                        .select_from(Reminder)
                        .where(col(Reminder.id).in_(due), Reminder.status != "sent")
                    ).one()
                if posted == LOGGED and unsent == 0:
                    break
                assert time.monotonic() < deadline, f"posted {posted}, unsent {unsent}"
                time.sleep(0.5)

            with Session(engine) as session:
                logged = session.exec(select(Incident).where(Incident.id > SEEDED)).all()
                item = session.exec(
                    select(ChecklistItem).where(ChecklistItem.incident_id == logged[0].id)
                ).first()
            press = action("checklist_item", f"done:{item.id}", element_type="overflow")
            assert senders[1].block_actions(press).status == 200
            # Wait for the press itself: a starting replica may be redrawing cards too
            # (bringing the seeded cases in line with the rules), so any chat.update will not do.
            deadline = time.monotonic() + 20
            while True:
                with Session(engine) as session:
                    if session.get(ChecklistItem, item.id).status == "done":
                        break
                assert time.monotonic() < deadline, "the press was not applied"
                time.sleep(0.2)
            engine.dispose()

        cards = _cards(fake)
        reminders = _reminders(fake)
    assert len({incident.reference for incident in logged}) == LOGGED
    assert sorted(cards) == sorted(incident.reference for incident in logged)
    assert set(cards.values()) == {1}  # each case posted once, by one replica
    assert due <= set(reminders)
    assert {n for r, n in reminders.items() if r in due} == {1}  # each reminder sent once
