"""What one scheduler tick costs with 100,000 open cases and 1,000,000 planned reminders:
when nothing is due (every 30 seconds, in every replica), and when 1,000 are.

    uv run python benchmarks/reminder_tick.py [--cases 100000] [--postgresql URL]

SQLite always (a temporary file); PostgreSQL as well when --postgresql (or
TEST_DATABASE_URL) names a server to create a scratch database on. The 1,000 due
reminders are real ones (250 cases logged the day before, owned by 8 people: 258 messages,
one to each owner and one in each case's thread); the other cases each have two
steps with five reminders apiece, due over the coming months. Messages go to the fake
Slack API on 127.0.0.1. Prints a table; the tick with nothing due is shown without the
(status, due_at) index too, because that index is what keeps it cheap.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from slack_sdk import WebClient
from sqlalchemy import Engine, text

from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.flows.jobs.reminders import carried_by
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.db import make_engine, migrate
from tests.support.due_reminders import DUE, LOGGED, seed_due_cases
from tests.support.fake_slack import FakeSlackAPI
from tests.support.running_bot import OWNER_ID
from tests.support.scratch_database import scratch_postgresql_database
from tests.support.slack_requests import CHANNEL_ID, USER_ID

DUE_CASES = 250  # 4 reminders each
REMINDERS_PER_CASE = 10  # 2 steps, 5 reminders each
_INDEX = "ix_reminder_status_due_at"


def _series(dialect: str) -> tuple[str, str]:
    """(a prefix, a FROM item) giving the rows s(i) for i in 1..:n, on either database."""
    if dialect == "postgresql":
        return "", "generate_series(1, :n) AS s(i)"
    return "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < :n) ", "s"


def _load(engine: Engine, cases: int) -> None:
    """The open cases nothing is due for, by INSERT ... SELECT (a million rows from Python
    would take longer than everything measured)."""
    dialect = engine.dialect.name
    prefix, series = _series(dialect)
    later = datetime(2026, 12, 1, 9, tzinfo=UTC)
    if dialect == "sqlite":  # naive UTC text, as storage.models.UTCDateTime writes it
        created, base = LOGGED.replace(tzinfo=None), later.replace(tzinfo=None)
        due_at = (
            "strftime('%Y-%m-%d %H:%M:%S', :base, '+' || ((st.id * 5 + j.j) % 3000) || "
            "' hours') || '.000000'"
        )
    else:
        created, base = LOGGED, later
        due_at = ":base + ((st.id * 5 + j.j) % 3000) * interval '1 hour'"
    five = " UNION ALL ".join(f"SELECT {n} AS j" for n in range(5))
    with engine.begin() as connection:
        connection.execute(
            text(
                f"{prefix}INSERT INTO incident (reference, pseudonym, died, seriously_harmed, "
                "abuse_or_neglect, looked_after, care_leaver, location, aware_on, summary, "
                "agencies, owner_id, created_by, created_at, channel_id, card_ts, "
                "checklist_ts, version) "
                "SELECT 'SI-B-' || i, 'Child', false, true, true, false, false, 'in_area', "
                ":aware, 'Summary.', '[]', :owner, :creator, :created, :channel, '1.0', "
                f"'1.0', 1 FROM {series}"
            ),
            {
                "n": cases,
                "aware": date(2026, 11, 2),
                "owner": OWNER_ID,
                "creator": USER_ID,
                "created": created,
                "channel": CHANNEL_ID,
            },
        )
        for key in ("bench_a", "bench_b"):
            connection.execute(
                text(
                    "INSERT INTO step (incident_id, step_key, title, owner_role, owner_id, "
                    "due_on, basis, provisional, status) "
                    "SELECT id, :key, 'A step', 'partners', :owner, :due, 'bench', false, "
                    "'open' FROM incident WHERE reference LIKE 'SI-B-%'"
                ),
                {"key": key, "owner": OWNER_ID, "due": date(2027, 3, 1)},
            )
        connection.execute(
            text(
                "INSERT INTO reminder (incident_id, step_id, kind, recipient, destination, "
                "due_at, status, attempts, dedupe_key) "
                f"SELECT st.incident_id, st.id, 'owner', :owner, :destination, {due_at}, "
                "'planned', 0, "
                f"'bench:' || st.id || ':' || j.j FROM step st CROSS JOIN ({five}) j "
                "WHERE st.step_key LIKE 'bench%'"
            ),
            {"owner": OWNER_ID, "destination": f"dm:{OWNER_ID}", "base": base},
        )
        connection.execute(text("ANALYZE"))


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _median_ms(run: Callable[[], object], times: int = 20) -> float:
    run()  # warm caches and connections
    return statistics.median(_timed(run) for _ in range(times)) * 1000


@contextmanager
def _without_index(engine: Engine) -> Iterator[None]:
    with engine.begin() as connection:
        connection.execute(text(f"DROP INDEX {_INDEX}"))
        connection.execute(text("ANALYZE"))
    try:
        yield
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"CREATE INDEX {_INDEX} ON reminder (status, due_at)"))
            connection.execute(text("ANALYZE"))


def _measure(name: str, url: str, cases: int, fake: FakeSlackAPI) -> list[tuple[str, str, str]]:
    engine = make_engine(url)
    migrate(engine)
    client = WebClient(token="xoxb-bench", base_url=fake.url, retry_handlers=[])
    started = time.perf_counter()
    due = seed_due_cases(engine, client, DUE_CASES)
    _load(engine, cases - DUE_CASES)
    with engine.connect() as connection:
        planned = connection.execute(text("SELECT count(*) FROM reminder")).scalar_one()
        open_cases = connection.execute(text("SELECT count(*) FROM incident")).scalar_one()
    loaded = time.perf_counter() - started
    rules = load_rules()
    rules = dataclasses.replace(
        rules, reminders=dataclasses.replace(rules.reminders, digest_at=None)
    )
    runtime = Runtime(engine, rules, CHANNEL_ID, Access(client, CHANNEL_ID))
    # Monday 17:00, in working hours: the claim query runs and finds nothing due.
    idle = DUE - timedelta(hours=16)
    assert rules.reminders.in_hours(idle, rules.calendar)

    def quiet_tick() -> None:
        assert not tick(runtime, client, idle).sent

    def closed_tick() -> None:  # Monday 18:00: outside working hours, nothing is claimed
        assert tick(runtime, client, idle + timedelta(hours=1)).waiting == DUE

    rows = [
        (name, f"load {open_cases:,} open cases, {planned:,} planned reminders", f"{loaded:.1f} s"),
        (name, "tick, nothing due (median of 20)", f"{_median_ms(quiet_tick):.2f} ms"),
    ]
    with _without_index(engine):
        rows.append((name, f"  the same without {_INDEX}", f"{_median_ms(quiet_tick, 5):.2f} ms"))
    rows.append((name, "tick outside working hours", f"{_median_ms(closed_tick):.2f} ms"))
    fake.clear()
    seconds = _timed(lambda: tick(runtime, client, DUE))
    calls = fake.calls("chat.postMessage")
    carried = [i for call in calls for i in carried_by(call.json_param("metadata"))]
    assert sorted(carried) == sorted(due) and len(due) == 1000, (len(carried), len(due))
    sent = len(calls)
    rows.append(
        (
            name,
            f"tick, {len(due):,} due in {sent:,} messages (sent to a local fake Slack)",
            f"{seconds:.2f} s, {seconds / len(due) * 1000:.2f} ms a reminder",
        )
    )
    rows.append(
        (
            name,
            "tick right after, nothing due",
            f"{_median_ms(lambda: tick(runtime, client, DUE)):.2f} ms",
        )
    )
    engine.dispose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--postgresql", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    if args.cases < DUE_CASES:
        parser.error(f"--cases must be at least {DUE_CASES}")
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="reminder-tick-") as tmp, FakeSlackAPI() as fake:
        rows += _measure("SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}", args.cases, fake)
        if args.postgresql:
            with scratch_postgresql_database(args.postgresql, "bench") as url:
                rows += _measure("PostgreSQL", url, args.cases, fake)
    width = max(len(what) for _, what, _ in rows)
    print(f"{'database':<11} {'what':<{width}}  result")
    for name, what, result in rows:
        print(f"{name:<11} {what:<{width}}  {result}")


if __name__ == "__main__":
    main()
