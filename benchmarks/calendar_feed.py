"""What a calendar feed costs: the response time and size for a person with 500 events,
fetched from the bot's real HTTP server as a calendar client would (the membership check
goes to the fake Slack API on 127.0.0.1, as it goes to Slack), and a 304 and a 404 beside
it.

    uv run python benchmarks/calendar_feed.py [--events 500] [--postgresql URL]

SQLite always (a temporary file); PostgreSQL as well when --postgresql (or
TEST_DATABASE_URL) names a server to create a scratch database on. The cases are logged
through the use cases; the person is given every dated step and checklist item of them
until they hold the events asked for. Prints a table.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from bot.config import Settings
from bot.edge import feed_server
from bot.edge.app import build_app
from bot.edge.server import HttpServer
from bot.usecases.calendar_feed import new_feed
from bot.usecases.read_models import FEED_PATH
from storage.db import make_engine, migrate
from storage.models import ChecklistItem, Step
from tests.support.fake_slack import FakeSlackAPI
from tests.support.running_bot import OWNER_ID
from tests.support.scratch_database import scratch_postgresql_database
from tests.support.seed import RULES, log
from tests.support.slack_requests import CHANNEL_ID, USER_ID

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
ROUNDS = 30


def _seed(engine: Engine, events: int) -> int:
    """Cases until the person holds ``events`` dated steps and items; how many they hold."""
    held, number = 0, 0
    while held < events:
        number += 1
        case = log(engine, f"Child {number}", date(2026, 11, 2), owner=OWNER_ID)
        with Session(engine) as session:
            for model in (Step, ChecklistItem):
                dated = session.exec(
                    select(model.id).where(
                        model.incident_id == case.id, col(model.due_on).is_not(None)
                    )
                ).all()[: events - held]
                given = update(model).where(col(model.id).in_(dated)).values(owner_id=OWNER_ID)
                session.exec(given)  # type: ignore[call-overload]
                held += len(dated)
            session.commit()
    return held


def _get(url: str, etag: str | None = None) -> tuple[int, float, int, str | None]:
    request = urllib.request.Request(url, headers={"If-None-Match": etag} if etag else {})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
            status, tag = response.status, response.headers.get("ETag")
    except urllib.error.HTTPError as error:
        body, status, tag = error.read(), error.code, None
    return status, time.perf_counter() - started, len(body), tag


def _measure(label: str, urls: list[str], etag: str | None) -> tuple[str, str, float, float, int]:
    """The statuses, median and worst seconds and bytes of ROUNDS requests, taking the
    URLs in turn (the same one each time, or each its own)."""
    times, statuses, size = [], set(), 0
    for round_ in range(ROUNDS):
        status, seconds, size, _ = _get(urls[round_ % len(urls)], etag)
        statuses.add(str(status))
        times.append(seconds)
    return label, "/".join(sorted(statuses)), statistics.median(times), max(times), size


@contextmanager
def _bot(engine: Engine, fake: FakeSlackAPI) -> Iterator[str]:
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret="benchmark-secret",
        slack_api_url=fake.url,
        safeguarding_channel=CHANNEL_ID,
        safeguarding_public_url="https://safeguarding-bot.example.org",
    )
    # One calendar asks a few times an hour: its limit would answer most rounds 429.
    feed_server.PER_TOKEN = 10 * ROUNDS
    app = build_app(settings, engine, RULES, lambda: NOW)
    server = HttpServer(app, engine, "127.0.0.1", 0, signing_secret="benchmark-secret")
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.stop()
        thread.join(timeout=5)


def run(name: str, url: str, events: int) -> None:
    engine = make_engine(url)
    migrate(engine)
    held = _seed(engine, events)
    with FakeSlackAPI() as fake, _bot(engine, fake) as base:
        fake.add_user(OWNER_ID, name="police.lead")
        fake.add_channel(CHANNEL_ID, "lscp-incidents", is_private=True, members=[USER_ID, OWNER_ID])
        # Tokens made beforehand, so that the rounds time the requests alone; the ones
        # replaced by the next are the revoked ones.
        tokens = [
            new_feed(engine, user_id=OWNER_ID, whole_partnership=False, now=NOW)[0]
            for _ in range(2 * ROUNDS + 1)
        ]
        live, gone = tokens[-1], tokens[:-1]
        unknown = [secrets.token_urlsafe(32) for _ in range(ROUNDS)]
        # The first request asks Slack for the workspace once and builds the feed; the
        # others find it built (until a case changes).
        _, first, _, tag = _get(f"{base}{FEED_PATH}{live}.ics")
        rows = [
            _measure(label, [f"{base}{FEED_PATH}{token}.ics" for token in tried], etag)
            for label, tried, etag in (
                ("200, the whole feed", [live], None),
                ("304, unchanged", [live], tag),
                ("404, unknown token", unknown, None),
                ("404, revoked token", gone, None),
            )
        ]
    engine.dispose()
    print(f"\n{name}: a feed of {held} events ({ROUNDS} requests each)")
    print(f"first request, built: {first * 1000:.1f} ms")
    print(f"{'request':<22} {'status':>7} {'median ms':>10} {'worst ms':>9} {'bytes':>8}")
    for label, status, median, worst, size in rows:
        print(f"{label:<22} {status:>7} {median * 1000:>10.1f} {worst * 1000:>9.1f} {size:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--postgresql", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run("SQLite", f"sqlite:///{Path(folder) / 'bench.db'}", args.events)
    if args.postgresql:
        with scratch_postgresql_database(args.postgresql, "sgbench") as url:
            run("PostgreSQL", url, args.events)


if __name__ == "__main__":
    main()
