"""How many messages a person receives: 20 open cases, their steps and checklist items
owned by 8 people, every working day's 09:00 reminder tick over four weeks.

    uv run python benchmarks/reminder_noise.py [--cases 20] [--people 8] [--weeks 4]
        [--without-items]

The cases are logged on the first Monday, aware on working days spread over the three
weeks before (so their deadlines spread too), each owned by one of the people; every
checklist item is given to one of them, in turn (none with --without-items: steps only, as
before checklist items were reminded). Messages go to the fake Slack API on
127.0.0.1 and are counted by where they went: a person's direct messages per working day,
and posts in each case's thread per day. "grouped" counts the messages sent, one per
person (or thread) per day, each carrying all that was due; "one per reminder" counts the
reminders they carried, which is what was sent before grouping, one message each.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.domain.calendar import LONDON
from bot.domain.incident import NewIncident
from bot.domain.timetable import Facts
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.flows.jobs.reminders import carried_by
from bot.flows.posting import publish_case
from bot.rules import load_rules
from bot.runtime import Runtime
from bot.usecases import lifecycle
from storage.db import make_engine, migrate
from storage.models import ChecklistItem
from tests.support.fake_slack import FakeSlackAPI
from tests.support.seed import log_incident
from tests.support.slack_requests import CHANNEL_ID, USER_ID

START = date(2026, 11, 23)  # a Monday


def nine(day: date) -> datetime:
    return datetime.combine(day, time(9), tzinfo=LONDON).astimezone(UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20)
    parser.add_argument("--people", type=int, default=8)
    parser.add_argument("--weeks", type=int, default=4)
    parser.add_argument("--without-items", action="store_true")
    options = parser.parse_args()
    people = [f"U0PERSON{n:02d}" for n in range(options.people)]
    rules = load_rules()
    calendar = rules.calendar
    with tempfile.TemporaryDirectory() as folder, FakeSlackAPI() as fake:
        fake.add_channel(CHANNEL_ID, is_private=True, members=[USER_ID, *people])
        engine = make_engine(f"sqlite:///{Path(folder) / 'noise.db'}")
        migrate(engine)
        client = WebClient(token="xoxb-bench", base_url=fake.url, retry_handlers=[], timeout=5)
        runtime = Runtime(engine, rules, CHANNEL_ID, Access(client, CHANNEL_ID))
        logged = nine(START) + timedelta(hours=1)
        for n in range(options.cases):
            aware = calendar.add_working_days(START, -(n % 15))
            facts = Facts(aware_on=aware, seriously_harmed=True)
            report = NewIncident(
                "Child K", "5_9", facts, "Summary.", people[n % len(people)], ("police",)
            )
            incident = log_incident(
                engine, rules, report, reported_by=USER_ID, submission_key=f"n{n}", now=logged
            )
            assert incident.id is not None
            publish_case(
                client, engine, rules, incident_id=incident.id, channel=CHANNEL_ID, now=logged
            )
        with Session(engine) as session:
            items = session.exec(select(ChecklistItem).order_by(ChecklistItem.id)).all()
        if options.without_items:
            items = []
        for n, item in enumerate(items):
            assert item.id is not None
            lifecycle.update_item(
                engine,
                rules,
                item_id=item.id,
                actor=USER_ID,
                now=logged,
                owner=people[n % len(people)],
            )
        fake.clear()

        days = [
            START + timedelta(days=d)
            for d in range(1, 7 * options.weeks)
            if calendar.is_working_day(START + timedelta(days=d))
        ]
        messages: Counter[tuple[str, date]] = Counter()  # by person or thread, and day
        carried: Counter[tuple[str, date]] = Counter()
        for day in days:
            before = len(fake.calls("chat.postMessage"))
            tick(runtime, client, nine(day))
            for call in fake.calls("chat.postMessage")[before:]:
                reminders = carried_by(call.json_param("metadata"))
                if not call.ok or not reminders:
                    continue
                where = call.params.get("thread_ts") or call.params["channel"]
                messages[where, day] += 1
                carried[where, day] += len(reminders)

    def of(counts: Counter[tuple[str, date]], dm: bool) -> Counter[tuple[str, date]]:
        return Counter({key: n for key, n in counts.items() if key[0].startswith("U") == dm})

    dms, dm_reminders = of(messages, True), of(carried, True)
    posts, post_reminders = of(messages, False), of(carried, False)
    # The people, and whoever logged the cases (the escalation of overdue steps).
    recipients = {person for person, _ in dms} | set(people)
    cells = len(recipients) * len(days)
    rows = [
        ("direct messages, in all", sum(dm_reminders.values()), sum(dms.values())),
        (
            "per person per working day, mean",
            f"{sum(dm_reminders.values()) / cells:.2f}",
            f"{sum(dms.values()) / cells:.2f}",
        ),
    ]
    if dms:
        rows += [
            (
                "  on a day they got any, median",
                statistics.median(dm_reminders.values()),
                statistics.median(dms.values()),
            ),
            ("  most in one day (one person)", max(dm_reminders.values()), max(dms.values())),
        ]
    rows.append(("thread posts, in all", sum(post_reminders.values()), sum(posts.values())))
    if posts:
        rows.append(
            ("  most in one thread in one day", max(post_reminders.values()), max(posts.values()))
        )
    print(
        f"{options.cases} cases, {len(recipients)} people reminded, {len(days)} working days "
        f"({days[0]} to {days[-1]}), {len(items)} checklist items given out"
    )
    print(f"{'':34}{'one per reminder':>18}{'grouped (now)':>16}")
    for label, each, grouped in rows:
        print(f"{label:34}{each!s:>18}{grouped!s:>16}")


if __name__ == "__main__":
    main()
