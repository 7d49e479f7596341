"""How long recomputing statutory due dates takes: raw working-day sums and whole timetables.

    uv run python benchmarks/recompute_deadlines.py [--incidents 100000] [--seed 1]

Prints a table. The target (issue 2): every deadline of 100,000 incidents in a few seconds.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from bot.domain.calendar import WorkingCalendar
from bot.domain.timetable import Facts, compute_steps
from bot.rules import load_timetable


def _random_facts(rng: random.Random, count: int) -> list[Facts]:
    start = date(2022, 1, 1)
    facts = []
    for _ in range(count):
        aware = start + timedelta(days=rng.randrange(5 * 365))
        died = rng.random() < 0.4
        lcspr = rng.random() < 0.3
        notified = aware + timedelta(days=rng.randrange(8)) if rng.random() < 0.7 else None
        facts.append(
            Facts(
                aware_on=aware,
                died=died,
                seriously_harmed=not died,
                looked_after=rng.random() < 0.2,
                notified_on=notified,
                decision="lcspr" if lcspr else None,
                decided_on=aware + timedelta(days=20) if lcspr else None,
                publication_planned_on=aware + timedelta(days=300) if lcspr else None,
            )
        )
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    timetable = load_timetable()

    rows: list[tuple[str, int, float]] = []

    started = time.perf_counter()
    calendar = WorkingCalendar(timetable.closure_days)
    calendar.add_working_days(date(2024, 6, 3), 5)
    rows.append(("build the calendar (first use)", 1, time.perf_counter() - started))

    pairs = [
        (date(2022, 1, 1) + timedelta(days=rng.randrange(5 * 365)), rng.choice((5, 15, -7)))
        for _ in range(1_000_000)
    ]
    started = time.perf_counter()
    for day, count in pairs:
        calendar.add_working_days(day, count)
    rows.append(("1,000,000 working-day due dates", len(pairs), time.perf_counter() - started))

    facts = _random_facts(rng, args.incidents)
    started = time.perf_counter()
    steps = sum(len(compute_steps(f, timetable, calendar)) for f in facts)
    elapsed = time.perf_counter() - started
    rows.append((f"{args.incidents:,} incidents' full timetables", steps, elapsed))

    print(f"{'what':<40} {'due dates':>10} {'seconds':>8} {'per second':>12}")
    for what, count, seconds in rows:
        print(f"{what:<40} {count:>10,} {seconds:>8.3f} {count / seconds:>12,.0f}")


if __name__ == "__main__":
    main()
