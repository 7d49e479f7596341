"""How fast ``safeguarding-bot run`` starts and how much memory it holds, idle and with
10,000 cases.

    uv run python benchmarks/footprint.py [--cases 10000]

Launches the real console script (``safeguarding-bot run --port N``, as a subprocess, on
SQLite in a temporary directory, against the fake Slack Web API from ``tests.support.fake_slack``)
and measures:

- the time from launch to ``GET /healthz`` answering 200, on a fresh database (the
  migrations run first) and again on restart (with the cases in it);
- its resident memory (VmRSS in /proc/<pid>/status) two seconds after it is up, and after
  it has rendered the cases: ``/incident list``, ``/incident show`` and App Home, each
  timed until its answer reaches the fake Slack API; and its peak (VmHWM).

The cases are logged through the use cases (``tests.support.seed.log_incident``) (the incident
form's two steps, keeping the report and logging its case, in one call) by this
benchmark while the bot is stopped, then marked as posted to the channel as the bot would
have done, so that the restarted bot finds them all in place.

Targets (issue 7): start in under 2 s; under 150 MB resident (MB = 10^6 bytes).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the test helpers live in tests/, next to bot/
    sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from bot.domain.incident import AGE_BANDS, NewIncident  # noqa: E402
from bot.domain.timetable import Facts  # noqa: E402
from bot.rules import load_rules  # noqa: E402
from storage.db import make_engine  # noqa: E402
from tests.support.fake_slack import FakeSlackAPI  # noqa: E402
from tests.support.running_bot import OWNER_ID, SIGNING_SECRET  # noqa: E402
from tests.support.seed import log_incident  # noqa: E402
from tests.support.slack_requests import CHANNEL_ID, USER_ID, Response, SlackRequests  # noqa: E402

START_S = 2.0  # target: up in under 2 s
RSS_MB = 150.0  # target: under 150 MB resident
START_LIMIT_S = 60.0  # give up on a bot that has not answered /healthz by then
REPLY_LIMIT_S = 60.0
LOG_LIMIT_S = 900.0  # ... or has not rendered a reply by then
SETTLE_S = 2.0  # how long after /healthz the idle memory is read
AGENCIES = ("childrens_social_care", "police", "health_icb", "education", "hospital_trust")


# -- logging the cases ----------------------------------------------------------------


def log_cases(url: str, cases: int) -> tuple[float, str]:
    """Log ``cases`` varied cases through ``tests.support.seed.log_incident``, then mark them posted
    to the channel as ``publish_case`` would. (seconds, the last reference)

    One process: on SQLite each case is one write transaction, so more would only queue.
    """
    rng = random.Random(1)
    engine = make_engine(url)
    rules = load_rules()
    now = datetime.now(UTC)
    today = date.today()
    reference = ""
    started = time.perf_counter()
    try:
        for n in range(cases):
            if time.perf_counter() - started > LOG_LIMIT_S:
                raise RuntimeError(f"logging {cases} cases took over {LOG_LIMIT_S:.0f} s")
            died = rng.random() < 0.4
            report = NewIncident(
                pseudonym=f"Child {chr(ord('A') + n % 26)}",
                age_band=rng.choice(list(AGE_BANDS)[:5]),
                facts=Facts(
                    aware_on=today - timedelta(days=rng.randrange(3)),
                    died=died,
                    seriously_harmed=not died,
                    abuse_or_neglect=True,
                    looked_after=rng.random() < 0.2,
                    location="in_area",
                ),
                summary="Admitted to hospital with an injury; police and children's social "
                "care are involved. Siblings are safe with extended family.",
                owner_id=OWNER_ID,
                agencies=tuple(rng.sample(AGENCIES, rng.randrange(1, len(AGENCIES) + 1))),
            )
            incident = log_incident(
                engine, rules, report, reported_by=USER_ID, submission_key=f"bench:{n}", now=now
            )
            reference = incident.reference
        with engine.begin() as connection:
            connection.execute(
                text(
                    "UPDATE incident SET channel_id = :channel, "
                    "card_ts = '1700000000.' || id, checklist_ts = '1700000001.' || id "
                    "WHERE checklist_ts IS NULL"
                ),
                {"channel": CHANNEL_ID},
            )
    finally:
        engine.dispose()
    return time.perf_counter() - started, reference


# -- the bot as a subprocess --------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _memory(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (peak) of a process, in MB (10^6 bytes)."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0]) * 1024 / 1e6
    return found


def _healthy(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def bot_environment(fake: FakeSlackAPI, url: str) -> dict[str, str]:
    """The partnership channel in ``fake``, and the environment of a bot using it and
    the database at ``url`` (this process's, less its own Slack settings)."""
    fake.add_user(OWNER_ID, name="police.lead")
    fake.add_channel(CHANNEL_ID, "lscp-incidents", is_private=True, members=[USER_ID, OWNER_ID])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SAFEGUARD"))}
    return env | {
        "DATABASE_URL": url,
        "SLACK_API_URL": fake.url,
        "SLACK_BOT_TOKEN": "xoxb-footprint-token",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SAFEGUARDING_CHANNEL": CHANNEL_ID,
    }


@contextlib.contextmanager
def running_bot(
    env: dict[str, str], cwd: Path, log: Path, command: Sequence[str] = ()
) -> Iterator[tuple[int, int, float]]:
    """``safeguarding-bot run`` (or ``command``, taking the same --host and --port) in a
    subprocess: (pid, port, seconds until /healthz is 200)."""
    port = _free_port()
    command = [*(command or [str(Path(sys.executable).parent / "safeguarding-bot"), "run"])]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    with log.open("ab") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=out)
        try:
            while not _healthy(port):
                if process.poll() is not None:
                    raise RuntimeError(f"the bot exited with {process.returncode}; see {log}")
                if time.perf_counter() - started > START_LIMIT_S:
                    raise RuntimeError(f"no /healthz within {START_LIMIT_S:.0f} s; see {log}")
                time.sleep(0.005)
            yield process.pid, port, time.perf_counter() - started
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def _timed(fake: FakeSlackAPI, method: str, send: Callable[[], Response]) -> float:
    """Seconds from sending a request until the bot's answer (``method``) reaches Slack."""
    before = len(fake.calls(method))
    started = time.perf_counter()
    response = send()
    if response.status != 200:
        raise RuntimeError(f"the bot answered {response.status}: {response.body[:200]}")
    fake.wait_for(method, count=before + 1, timeout=REPLY_LIMIT_S)
    return time.perf_counter() - started


class Table:
    """Rows of (what, figure, unit, target or None), printed side by side."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, float, str, float | None]] = []

    def add(self, what: str, figure: float, unit: str, target: float | None = None) -> None:
        self.rows.append((what, figure, unit, target))

    def print(self) -> None:
        print(f"{'':<58} {'figure':>9}  {'target':>9}  met")
        for what, figure, unit, target in self.rows:
            shown = f"{figure:.2f} s" if unit == "s" else f"{figure:.0f} {unit}"
            if target is None:
                print(f"{what:<58} {shown:>9}")
            else:
                aim = f"< {target:g} {unit}"
                print(f"{what:<58} {shown:>9}  {aim:>9}  {'yes' if figure < target else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    if not 1 <= args.cases <= 100_000:
        parser.error("--cases must be 1..100000")
    load_before = os.getloadavg()[0]
    cases = f"{args.cases:,} cases"
    table = Table()
    calls: Counter[str] = Counter()
    peaks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="footprint-") as tmp, FakeSlackAPI() as fake:
        url = f"sqlite:///{Path(tmp) / 'footprint.db'}"
        env = bot_environment(fake, url)
        log = Path(tmp) / "bot.log"

        with running_bot(env, Path(tmp), log) as (pid, port, seconds):
            slack = SlackRequests(
                f"http://127.0.0.1:{port}/slack/events",
                SIGNING_SECRET,
                response_url_base=fake.hooks_url,
            )
            table.add("start to /healthz 200, new database (migrates)", seconds, "s", START_S)
            time.sleep(SETTLE_S)
            table.add("memory idle, empty database", _memory(pid)["VmRSS"], "MB", RSS_MB)
            _timed(fake, "response_url", lambda: slack.slash_command("list"))
            _timed(fake, "views.publish", lambda: slack.app_home_opened(USER_ID))
            table.add(
                "memory after /incident list and App Home", _memory(pid)["VmRSS"], "MB", RSS_MB
            )
        calls.update(c.method for c in fake.calls())
        fake.clear()

        seconds, reference = log_cases(url, args.cases)
        table.add(f"{cases} logged through log_incident", seconds, "s")

        with running_bot(env, Path(tmp), log) as (pid, port, seconds):
            slack = SlackRequests(
                f"http://127.0.0.1:{port}/slack/events",
                SIGNING_SECRET,
                response_url_base=fake.hooks_url,
            )
            table.add(f"start to /healthz 200, {cases}", seconds, "s", START_S)

            def list_cases() -> Response:
                return slack.slash_command("list")

            def show(reference: str) -> Response:
                return slack.slash_command(f"show {reference}")

            time.sleep(SETTLE_S)
            memory = _memory(pid)
            table.add(f"memory idle, {cases}", memory["VmRSS"], "MB", RSS_MB)
            peaks = [f"{memory['VmHWM']:.0f} MB when idle"]
            requests: list[tuple[str, str, Callable[[], Response]]] = [
                ("/incident list (first request)", "response_url", lambda: list_cases()),
                ("/incident list again", "response_url", lambda: list_cases()),
                ("App Home", "views.publish", lambda: slack.app_home_opened(USER_ID)),
                (f"/incident show {reference}", "response_url", lambda: show(reference)),
            ]
            for what, method, send in requests:
                seconds = _timed(fake, method, send)
                table.add(f"{what} answered, {cases}", seconds, "s")
                peaks.append(f"{_memory(pid)['VmHWM']:.0f} MB after {what}")
            memory = _memory(pid)
            table.add(f"memory after rendering them, {cases}", memory["VmRSS"], "MB", RSS_MB)
            table.add("memory peak (VmHWM) of that run", memory["VmHWM"], "MB", RSS_MB)
        calls.update(c.method for c in fake.calls())

    print()
    table.print()
    print(
        "\nFrom launching the console script (no `uv run` in front) on SQLite. MB = 10^6 bytes "
        "of resident memory (VmRSS). The bot's Web API calls: "
        + ", ".join(f"{method} {count}" for method, count in sorted(calls.items()))
        + ". Peak memory (VmHWM) of the restarted bot: "
        + ", ".join(peaks)
        + f". Load average (1 min) before: {load_before:.1f}, after: {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} cores."
    )


if __name__ == "__main__":
    main()
