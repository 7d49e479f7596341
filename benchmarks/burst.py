"""The form opening under a burst, the acks, and start-up and idle memory: the bot beside
a bare Bolt app, each measured in the same run (issue 29).

    uv run python benchmarks/burst.py [--requests 200] [--starts 3]
        [--databases sqlite,postgresql]
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

1. The time from sending ``/incident`` to its ``views.open`` reaching the fake Slack Web
   API (the trigger Slack gives a form expires 3 s after the command), from 1 client
   (paced, so that it meets an idle app) and from 20 and 40 concurrent clients, each
   sending again as soon as it is answered; and the ack table of ``/incident list``,
   checklist presses and incident form submissions at the same levels. Both are
   ``benchmarks/ack_latency.py``'s, whose bare Bolt app opens the same form.
2. Start-up: from launching ``safeguarding-bot run`` on a database already at head to
   ``GET /healthz`` answering 200, and its resident memory two seconds later; beside
   ``benchmarks/bare_bolt.py`` (Bolt, SQLAlchemy and waitress, no more), started as
   often, alternately; and beside the floor of the design card, the same bare app also
   doing the least that SQLModel, APScheduler and holidays make any app do
   (``bare_bolt.py --design-card``).

Each runs on SQLite (a temporary file) and PostgreSQL (a scratch database ``bench_…`` on
the server of ``--postgres-url``, dropped afterwards), against the fake Slack Web API of
``tests.support.fake_slack``, over loopback only. The machine's other load makes the
figures vary from run to run; the ratios, measured interleaved, are what count.

Targets (issue 29): the form within 1.5x the bare app's time and, at 40 clients, its p99
well inside 3 s; acks at 20 clients within 1.5x the bare app's p99; start-up and idle
memory within 1.3x the bare app's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the test helpers live in tests/, next to bot/
    sys.path.insert(0, str(ROOT))

import ack_latency  # noqa: E402
import footprint  # noqa: E402

from storage.db import migrate  # noqa: E402
from tests.support.fake_slack import FakeSlackAPI  # noqa: E402
from tests.support.scratch_database import scratch_postgresql_database  # noqa: E402

START_RATIO = 1.3
BARE = [sys.executable, str(Path(__file__).with_name("bare_bolt.py"))]
APPS: tuple[tuple[str, list[str]], ...] = (
    ("bare", BARE),
    ("floor", [*BARE, "--design-card"]),
    ("bot", []),
)


def starts(kind: str, url: str, times: int, tmp: Path) -> dict[str, list[tuple[float, float]]]:
    """(seconds to /healthz, MB resident when idle) of each start of each app, alternately."""
    migrate(url)  # at head: the bot's start only checks it
    found: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in APPS}
    with FakeSlackAPI() as fake:
        env = footprint.bot_environment(fake, url)
        for _ in range(times):
            for name, command in APPS:
                log = tmp / f"{kind}-{name}.log"
                with footprint.running_bot(env, tmp, log, command) as (pid, _, seconds):
                    time.sleep(footprint.SETTLE_S)
                    found[name].append((seconds, footprint._memory(pid)["VmRSS"]))
    return found


def report_starts(kind: str, found: dict[str, list[tuple[float, float]]]) -> None:
    print(f"\n{kind}: start-up (database at head) and idle memory, median of {len(found['bot'])}")
    head = (
        f"{'':<26} {'bot':>8} {'bare':>8} {'floor':>8} {'bot/bare':>9}  <={START_RATIO}x"
        f" {'floor/bare':>10} {'bot/floor':>9}"
    )
    print(head)
    print("-" * len(head))
    for n, (what, unit) in enumerate((("start to /healthz 200", "s"), ("memory idle", "MB"))):
        bot, bare, floor = (
            statistics.median(row[n] for row in found[name]) for name in ("bot", "bare", "floor")
        )
        shown = [f"{v:.2f} s" if unit == "s" else f"{v:.0f} MB" for v in (bot, bare, floor)]
        ratio = bot / bare
        print(
            f"{what:<26} {shown[0]:>8} {shown[1]:>8} {shown[2]:>8} {ratio:>8.2f}x  "
            f"{'yes' if ratio <= START_RATIO else 'NO':<6} {floor / bare:>9.2f}x"
            f" {bot / floor:>8.2f}x"
        )
    print(
        "Each start from launching the console script (no `uv run` in front) to /healthz; "
        f"memory (VmRSS) read {footprint.SETTLE_S:.0f} s after. The floor is the bare app "
        "with the design card's SQLModel, APScheduler and holidays. Every start: "
        + "; ".join(
            f"{name} " + ", ".join(f"{s:.2f} s/{m:.0f} MB" for s, m in rows)
            for name, rows in found.items()
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="per kind and level")
    parser.add_argument("--starts", type=int, default=3, help="starts of each app")
    parser.add_argument(
        "--databases", type=lambda s: s.split(","), default=["sqlite", "postgresql"]
    )
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    args = parser.parse_args()
    if not 1 <= args.requests <= 5000 or not 1 <= args.starts <= 20:
        parser.error("--requests must be 1..5000 and --starts 1..20")
    levels = argparse.Namespace(
        requests=args.requests,
        clients=[20, 40],
        paced=min(args.requests, 50),
        kinds=list(ack_latency.KINDS),
        databases=args.databases,
        postgres_url=args.postgres_url,
    )
    ack_latency.measure(levels)
    for kind in args.databases:
        with tempfile.TemporaryDirectory(prefix="burst-") as tmp:
            if kind == "sqlite":
                found = starts(kind, f"sqlite:///{Path(tmp) / 'burst.db'}", args.starts, Path(tmp))
            else:
                with scratch_postgresql_database(args.postgres_url, "bench") as url:
                    found = starts(kind, url, args.starts, Path(tmp))
        report_starts(kind, found)


if __name__ == "__main__":
    main()
