"""How fast the bot answers Slack (the ack), beside a bare Bolt app that only acks.

    uv run python benchmarks/ack_latency.py [--requests 200] [--clients 1,20] [--paced 50]
        [--kinds list,checklist,form] [--databases sqlite,postgresql]
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Serves the real bot (``bot.edge.app.build_app`` behind ``bot.edge.server.HttpServer``, as
``safeguarding-bot run`` builds it, on a migrated database) and a bare Bolt app whose
listeners only ``ack()`` the same command, action and view (served the same way), both
against the fake Slack Web API (``tests.support.fake_slack``). Then sends each a fixed number of
signed requests of three kinds -- ``/incident list``, checklist presses (done/undo on real
items of seeded cases) and incident form submissions (each a new view, so each logs a
case) -- from 1 and from 20 concurrent clients that send again as soon as they are
answered, and, first, from one client that gives the bot time to finish each request's
work (``--paced``). Prints the time to the HTTP response (the ack) per kind for both apps:
median, 99th percentile and worst, and how many requests a second each app answered;
and, a figure the machine's other load hardly moves, the CPU time of the request's own
thread in ``App.dispatch`` (Bolt's parsing, the listeners' acks and what they start),
median per request, from the paced run (an idle app).

Runs once on SQLite (a temporary file) and once on PostgreSQL (a scratch database
``bench_<random>`` created on the server named by ``--postgres-url`` and dropped after).

The fake Slack API and the load generator each run in a process of their own, so neither
competes with the bot for its interpreter lock (Slack's own servers would not); on a
2-core machine they still compete for the cores. Each client is a thread with its own
keep-alive connection sending pre-built bodies, signed just before each run.

Targets (issue 7): at 20 concurrent clients a p99 under 100 ms and within 1.5x the bare
Bolt app's; Slack's hard limit is 3 s.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gc
import http.client
import logging
import math
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the test helpers live in tests/, next to bot/
    sys.path.insert(0, str(ROOT))

from slack_bolt import Ack, App  # noqa: E402
from slack_sdk import WebClient  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import Session, col, select  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.domain.review import SIGN_OFF_ITEMS  # noqa: E402
from bot.edge.app import build_app  # noqa: E402
from bot.edge.server import HttpServer  # noqa: E402
from bot.rules import load_rules  # noqa: E402
from bot.views.incident_form import incident_modal  # noqa: E402
from storage.db import make_engine, migrate  # noqa: E402
from storage.models import ChecklistItem, Incident  # noqa: E402
from tests.support.cases import ALL_AGENCIES  # noqa: E402
from tests.support.fake_slack import FakeSlackAPI  # noqa: E402
from tests.support.forms import form  # noqa: E402
from tests.support.running_bot import OWNER_ID, SIGNING_SECRET  # noqa: E402
from tests.support.scratch_database import scratch_postgresql_database  # noqa: E402
from tests.support.slack_requests import (  # noqa: E402
    CHANNEL_ID,
    USER_ID,
    Response,
    SlackRequests,
    new_trigger_id,
)

BOT_TOKEN = "xoxb-bench-token"
KINDS = ("list", "checklist", "form", "open")
LABELS = {
    "list": "/incident list",
    "checklist": "checklist press",
    "form": "incident form",
    "open": "/incident (form)",
}
ITEMS_PER_CLIENT = 5  # checklist items each client toggles in turn
SEGMENT_SECONDS = 120.0  # no run of one kind lasts longer than this
QUIET_SECONDS = 120.0  # how long to wait for the bot's work after the acks
TARGET_P99_MS = 100.0
TARGET_RATIO = 1.5
SLACK_LIMIT_MS = 3000.0
PACE_SECONDS = 0.15  # long enough for the bot to finish one request's work


# -- the fake Slack Web API, in a process of its own ------------------------------------


class _TimedFake(FakeSlackAPI):
    """The fake Slack Web API, noting when each ``views.open`` arrived (``perf_counter``,
    the system's monotonic clock, which the load generator's process reads too)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: dict[str, float] = {}  # trigger_id -> when its views.open arrived

    def _respond(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        arrived = time.perf_counter()
        answer = super()._respond(method, params)
        if method == "views.open" and answer.get("ok"):  # not one refused (an old trigger)
            self.opened[str(params.get("trigger_id"))] = arrived
        return answer


def _fake_slack_process(conn: Connection) -> None:
    """Serve the fake with the partnership channel as tests/running_bot.py sets it up;
    answer "summary" (calls per method since the last summary) and "opened" (when each
    views.open arrived, by trigger, since the last asked) until "stop"."""
    gc.freeze()  # what it inherited from the parent is never garbage: no long GC pauses
    with _TimedFake() as fake:
        fake.add_user(OWNER_ID, name="police.lead")
        fake.add_channel(CHANNEL_ID, "lscp-incidents", is_private=True, members=[USER_ID, OWNER_ID])
        conn.send((fake.url, fake.hooks_url))
        while conn.poll(3600):
            command = conn.recv()
            if command == "stop":
                break
            if command == "opened":
                opened, fake.opened = fake.opened, {}
                conn.send(opened)
                continue
            calls = fake.calls()
            fake.clear()
            conn.send(dict(collections.Counter(c.method for c in calls)))


# -- the load generator, in a process of its own ----------------------------------------


class _Builder(SlackRequests):
    """SlackRequests that builds a request's body, exactly as it would send it, but keeps
    it instead of sending it."""

    built: tuple[bytes, str]

    def raw(  # type: ignore[override]
        self,
        body: bytes | str,
        content_type: str = "application/x-www-form-urlencoded",
        *,
        sign: bool = True,
        sent: Any = None,
        **opts: Any,
    ) -> Response:
        self.built = (body.encode() if isinstance(body, str) else body, content_type)
        return Response(status=0, headers={}, body="", sent=sent)


def opened_view(fake_url: str) -> str:
    """The id of the incident form as Slack gives it once someone opened it: a submission
    names a view Slack knows, so the receipt the bot then updates exists."""
    client = WebClient(token=BOT_TOKEN, base_url=fake_url)
    view = {"type": "modal", "title": {"type": "plain_text", "text": "Log"}, "blocks": []}
    return str(client.views_open(trigger_id=new_trigger_id(), view=view)["view"]["id"])


def _bodies(
    builder: _Builder,
    kind: str,
    count: int,
    items: list[tuple[int, str, str]],
    aware_on: date,
    fake_url: str,
) -> list[tuple[bytes, str]]:
    """``count`` request bodies of one kind; ``items`` are this client's checklist items
    (id, status, the timestamp of the checklist message they are in), toggled in turn (done
    if open, else undo), each pressed in its checklist message as Slack sends it."""
    status = {item: now for item, now, _ in items}
    bodies = []
    for n in range(count):
        if kind == "open":
            builder.slash_command("")
        elif kind == "list":
            builder.slash_command("list")
        elif kind == "checklist":
            item, _, message_ts = items[n % len(items)]
            verb = "done" if status[item] == "open" else "undo"
            status[item] = "done" if verb == "done" else "open"
            action = {
                "type": "overflow",
                "action_id": "checklist_item",
                "block_id": "b",
                "selected_option": {"value": f"{verb}:{item}"},
                "action_ts": f"{time.time():.6f}",
            }
            builder.block_actions(action, message={"ts": message_ts})
        else:
            builder.view_submission(
                "incident_form", form(aware_on=aware_on), view_id=opened_view(fake_url)
            )
        bodies.append(builder.built)
    return bodies


def _client(
    port: int,
    requests: list[tuple[bytes, dict[str, str]]],
    start: threading.Barrier,
    deadline: float,
    pause: float,
    out: list[tuple[float, float, int, bytes, bytes]],
    fresh: Callable[[bytes, dict[str, str]], tuple[bytes, dict[str, str]]] | None = None,
) -> None:
    """Send ``requests`` in turn on one keep-alive connection, each made ``fresh`` just
    before it is sent if given; note (sent at, seconds, status, answer, body) of each."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    start.wait(timeout=30)
    try:
        for body, headers in requests:
            if time.monotonic() > deadline:
                break
            if fresh is not None:
                body, headers = fresh(body, headers)
            began = time.perf_counter()
            try:
                conn.request("POST", "/slack/events", body, headers)
                response = conn.getresponse()
                answer = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()  # the next request reconnects
                status, answer = 0, repr(exc).encode()
            out.append((began, time.perf_counter() - began, status, answer, body))
            if pause:
                time.sleep(pause)
    finally:
        conn.close()


def _run_segment(job: dict[str, Any], hooks_url: str, fake_url: str) -> dict[str, Any]:
    """Send ``job["total"]`` requests of one kind from ``job["clients"]`` threads."""
    clients, total, kind = job["clients"], job["total"], job["kind"]
    builder = _Builder("", SIGNING_SECRET, response_url_base=hooks_url)
    items: list[tuple[int, str, str]] = job.get("items") or []
    per_client = len(items) // clients if items else 0
    plans = []
    for c in range(clients):
        count = total // clients + (1 if c < total % clients else 0)
        mine = items[c * per_client : (c + 1) * per_client]
        signed = []
        for body, content_type in _bodies(builder, kind, count, mine, job["aware_on"], fake_url):
            headers = {"Content-Type": content_type, "Connection": "keep-alive"}
            signed.append((body, headers | builder.signed_headers(body)))  # fresh timestamp
        plans.append(signed)
    start = threading.Barrier(clients)
    deadline = time.monotonic() + SEGMENT_SECONDS
    results: list[list[tuple[float, float, int, bytes, bytes]]] = [[] for _ in range(clients)]

    def fresh(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
        """A paced command with a trigger issued as it is sent (Slack's expire after 3 s,
        and a paced run lasts longer), signed again."""
        old = _trigger(body)
        body = body.replace(urllib.parse.quote(old).encode(), new_trigger_id().encode())
        return body, headers | builder.signed_headers(body)

    refresh = fresh if kind == "open" and job["pause"] else None
    threads = [
        threading.Thread(
            target=_client,
            args=(job["port"], plans[c], start, deadline, job["pause"], results[c], refresh),
        )
        for c in range(clients)
    ]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SEGMENT_SECONDS + 30)
    wall = time.perf_counter() - began
    flat = [r for per in results for r in per]
    bad = [r for r in flat if not _acked(kind, job["bare"], r[2], r[3])]
    sent = [(began, body) for began, *_, body in flat]
    return {
        "latencies": [seconds * 1000 for _, seconds, *_ in flat],
        "bad": len(bad),
        "example": bad[0][3][:200].decode(errors="replace") if bad else "",
        "wall": wall,
        "triggers": {_trigger(body): began for began, body in sent if kind == "open"},
    }


def _trigger(body: bytes) -> str:
    return urllib.parse.parse_qs(body.decode())["trigger_id"][0]


def _acked(kind: str, bare: bool, status: int, answer: bytes) -> bool:
    """The answer Slack expects: 200 and empty, or for a logged form the receipt."""
    if status != 200:
        return False
    if kind == "form" and not bare:
        return b'"response_action": "update"' in answer or b'"response_action":"update"' in answer
    return answer == b""


def _client_process(conn: Connection, hooks_url: str, fake_url: str) -> None:
    gc.freeze()  # its own GC pauses would be timed as the app's latency
    while conn.poll(3600):
        job = conn.recv()
        if job is None:
            break
        conn.send(_run_segment(job, hooks_url, fake_url))


# -- the two apps -------------------------------------------------------------------------


def bare_app(fake_url: str) -> App:
    """A Bolt app that acks the bot's command, checklist menu and incident form, no more,
    except that ``/incident`` alone opens the bot's form (its blocks built once, here) from
    a lazy listener, as Bolt's guide has it.

    Configured as the bot is (``process_before_response``): with Bolt's default, an ack
    waits on a listener thread polled every 10 ms, which would flatter the bot's ratio."""
    app = App(
        client=WebClient(token=BOT_TOKEN, base_url=fake_url),
        request_verification_enabled=False,  # the endpoint verifies, as for the bot
        process_before_response=True,
    )
    form_view = incident_modal(load_rules().checklist.agencies, date.today()).to_dict()

    def command(ack: Ack) -> None:
        ack()

    def open_form(command: dict[str, Any], client: WebClient) -> None:
        if not command.get("text"):
            client.views_open(trigger_id=command["trigger_id"], view=form_view)

    app.command("/incident")(ack=command, lazy=[open_form])

    @app.action("checklist_item")
    def checklist(ack: Ack) -> None:
        ack()

    @app.view("incident_form")
    def incident_form(ack: Ack) -> None:
        ack()

    return app


class DispatchClock:
    """The CPU time of the request's own thread in each ``app.dispatch`` (wrapped on the
    instance, which the endpoint calls), in ms: what an ack costs the interpreter, apart
    from waiting for it."""

    def __init__(self, app: App) -> None:
        self.spent: list[float] = []
        dispatch = app.dispatch

        def timed(req: Any) -> Any:
            started = time.thread_time()
            try:
                return dispatch(req)
            finally:
                self.spent.append((time.thread_time() - started) * 1000)

        app.dispatch = timed

    def taken(self) -> list[float]:
        """The times since the last taken, and forget them."""
        spent, self.spent = self.spent, []
        return spent


@contextlib.contextmanager
def serving(app: App, engine: Engine) -> Iterator[int]:
    server = HttpServer(app, engine, "127.0.0.1", 0, signing_secret=SIGNING_SECRET)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server.port
    finally:
        server.stop()
        thread.join(timeout=10)


@contextlib.contextmanager
def database(kind: str, postgres_url: str, tmp: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a scratch PostgreSQL database that is
    dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'bench.db'}"
        return
    with scratch_postgresql_database(postgres_url, "bench") as url:
        yield url


# -- running it ---------------------------------------------------------------------------


class Bench:
    def __init__(self, fake: Connection, client: Connection, hooks_url: str, fake_url: str) -> None:
        self.fake, self.client, self.hooks_url = fake, client, hooks_url
        self.fake_url = fake_url

    def fake_calls(self) -> dict[str, int]:
        self.fake.send("summary")
        return self.fake.recv()

    def segment(self, job: dict[str, Any]) -> dict[str, Any]:
        self.client.send(job)
        if not self.client.poll(SEGMENT_SECONDS + 60):
            raise RuntimeError("the load generator did not answer")
        result: dict[str, Any] = self.client.recv()
        if job["kind"] == "open":  # the time from each command sent to its views.open
            result["calls"] = self.quiet(_expected("open", len(result["triggers"])))
            self.fake.send("opened")
            opened = self.fake.recv()
            result["opened"] = [
                (opened[trigger] - sent) * 1000
                for trigger, sent in result["triggers"].items()
                if trigger in opened
            ]
        return result

    def quiet(self, expected: dict[str, int]) -> dict[str, int]:
        """Wait until the bot has made the Web API calls its acks promised (``expected``,
        at least) and then nothing more for half a second; the calls it made."""
        seen: collections.Counter[str] = collections.Counter()
        deadline = time.monotonic() + QUIET_SECONDS
        still = 0
        while time.monotonic() < deadline:
            time.sleep(0.1)
            new = self.fake_calls()
            seen.update(new)
            done = all(seen[m] >= n for m, n in expected.items())
            still = still + 1 if (done and not new) else 0
            if still >= 5:
                break
        return dict(seen)


def _expected(kind: str, count: int) -> dict[str, int]:
    """The Web API calls the bot makes after acking ``count`` requests of ``kind``."""
    if kind == "list":
        return {"response_url": count}
    if kind == "checklist":
        return {"chat.update": count}  # the checklist, redrawn (the card shows no items)
    if kind == "open":
        return {"views.open": count}
    return {"views.update": count, "chat.postMessage": 3 * count}  # card, checklist, DM


def _seed(port: int, bench: Bench, cases: int) -> None:
    """Log ``cases`` cases through the bot (all agencies, so many checklist items) and wait
    until each is posted: checklist presses then redraw real messages."""
    slack = SlackRequests(
        f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET, response_url_base=bench.hooks_url
    )
    aware_on = date.today() - timedelta(days=3)
    for _ in range(cases):
        answer = slack.view_submission(
            "incident_form",
            form(aware_on=aware_on, agencies=ALL_AGENCIES),
            view_id=opened_view(bench.fake_url),
        )
        if answer.status != 200:
            raise RuntimeError(f"seeding failed: {answer.status} {answer.body[:200]}")
    bench.quiet(_expected("form", cases))


def _items(engine: Engine) -> list[tuple[int, str, str]]:
    """The checklist items a press toggles: not the partners' sign-offs, which their leads
    record on the case card and a press on the checklist is refused."""
    with Session(engine) as session:
        rows = session.exec(
            select(ChecklistItem.id, ChecklistItem.status, Incident.checklist_ts)
            .join(Incident, col(Incident.id) == col(ChecklistItem.incident_id))
            .where(col(Incident.checklist_ts).is_not(None))
            .where(col(ChecklistItem.item_key).not_in(SIGN_OFF_ITEMS.values()))
            .order_by(col(ChecklistItem.id))
        ).all()
    return [(int(i), s, str(ts)) for i, s, ts in rows]


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Level:
    """One load level: ``clients`` threads sending ``total`` requests between them, each
    waiting ``pause`` seconds after an answer before its next request."""

    label: str
    clients: int
    total: int
    pause: float = 0.0


def _job(port: int, bare: bool, what: str, level: Level, items: list[tuple[int, str, str]]) -> dict:
    return {
        "port": port,
        "bare": bare,
        "kind": what,
        "clients": level.clients,
        "total": level.total,
        # The bare app has no work after its acks, but for the form it opens.
        "pause": 0.0 if bare and what != "open" else level.pause,
        "items": items[: level.clients * ITEMS_PER_CLIENT],
        "aware_on": date.today() - timedelta(days=3),
    }


def run_database(
    kind: str, args: argparse.Namespace, bench: Bench, fake_url: str, tmp: Path
) -> list[dict[str, Any]]:
    """Both apps on one database: every kind at every level; a row per kind and level."""
    levels = [Level(str(n), n, args.requests) for n in args.clients]
    if args.paced:
        levels.insert(0, Level("1 paced", 1, args.paced, PACE_SECONDS))
    rows: list[dict[str, Any]] = []
    with database(kind, args.postgres_url, tmp) as url:
        engine = make_engine(url)
        try:
            migrate(engine)
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                database_url=url,
                slack_bot_token=BOT_TOKEN,
                slack_signing_secret=SIGNING_SECRET,
                slack_api_url=fake_url,
                safeguarding_channel=CHANNEL_ID,
            )
            bot = build_app(settings, engine, settings.rules())
            bare = bare_app(fake_url)
            clocks = {"bot": DispatchClock(bot), "bare": DispatchClock(bare)}
            with serving(bot, engine) as bot_port, serving(bare, engine) as bare_port:
                bench.fake_calls()  # forget auth.test
                _seed(bot_port, bench, 1)  # to learn how many items a case has
                per_case = len(_items(engine))
                needed = max(level.clients for level in levels) * ITEMS_PER_CLIENT
                _seed(bot_port, bench, math.ceil(needed / per_case) - 1)
                ports = {"bot": bot_port, "bare": bare_port}
                warm_up = Level("warm-up", 1, 10)  # the first requests load code
                for name, port in ports.items():
                    for what in args.kinds:
                        bench.segment(_job(port, name == "bare", what, warm_up, _items(engine)))
                        if name == "bot" and what != "open":
                            bench.quiet(_expected(what, warm_up.total))
                for level in levels:
                    for what in args.kinds:
                        row: dict[str, Any] = {"kind": what, "level": level}
                        for name, port in ports.items():
                            job = _job(port, name == "bare", what, level, _items(engine))
                            clocks[name].taken()
                            row[name] = bench.segment(job)
                            row[name]["cpu"] = clocks[name].taken()
                            if name == "bot":  # segment() waited for an "open"'s calls
                                row["calls"] = row[name].get("calls") or bench.quiet(
                                    _expected(what, level.total)
                                )
                        rows.append(row)
        finally:
            engine.dispose()
    return rows


def report(kind: str, rows: list[dict[str, Any]]) -> None:
    title = {
        "sqlite": "SQLite (a file in a temporary directory)",
        "postgresql": "PostgreSQL (scratch database on 127.0.0.1)",
    }[kind]
    print(f"\n{title}: time from request to HTTP response (the ack), ms")
    head = (
        f"{'request':<16} {'clients':>8} {'sent':>5} {'bot p50':>8} {'bot p99':>8} "
        f"{'bot max':>8} {'bot /s':>7} {'bare p50':>8} {'bare p99':>8} {'bare /s':>7} "
        f"{'p99 ratio':>9}  {'p99<100ms':>9} {'<=1.5x':>6} {'<3s':>4}"
    )
    _heading(head)
    notes = []
    for row in rows:
        level: Level = row["level"]
        bot, bare = row["bot"]["latencies"], row["bare"]["latencies"]
        if not bot or not bare:
            print(f"{LABELS[row['kind']]:<16} {level.label:>8}  no answers")
            continue
        b50, b99, bmax = percentile(bot, 50), percentile(bot, 99), max(bot)
        r50, r99 = percentile(bare, 50), percentile(bare, 99)
        ratio = b99 / r99
        print(
            f"{LABELS[row['kind']]:<16} {level.label:>8} {level.total:>5} {b50:>8.1f} "
            f"{b99:>8.1f} {bmax:>8.1f} {_rate(row['bot'], level):>7} {r50:>8.1f} {r99:>8.1f} "
            f"{_rate(row['bare'], level):>7} {ratio:>8.1f}x  {_yes(b99 < TARGET_P99_MS):>9} "
            f"{_yes(ratio <= TARGET_RATIO):>6} {_yes(bmax < SLACK_LIMIT_MS):>4}"
        )
        for name in ("bot", "bare"):
            result = row[name]
            if result["bad"] or len(result["latencies"]) < level.total:
                notes.append(
                    f"{name}, {LABELS[row['kind']]}, {level.label} clients: "
                    f"{len(result['latencies'])} answered, {result['bad']} not as "
                    f"expected, e.g. {result['example']!r}"
                )
        missing = {
            method: count - row["calls"].get(method, 0)
            for method, count in _expected(row["kind"], level.total).items()
            if row["calls"].get(method, 0) < count
        }
        if missing:
            notes.append(
                f"bot, {LABELS[row['kind']]}, {level.label} clients: Web API calls missing "
                f"after the acks: {missing}"
            )
        stale = row["calls"].get("response_url", 0) if row["kind"] == "checklist" else 0
        if stale:
            notes.append(
                f"bot, checklist press, {level.label} clients: {stale} of {level.total} "
                "presses were told the item was already so (each client toggles its own "
                f"{ITEMS_PER_CLIENT} items in turn; a press overtook the work of the one before)"
            )
    opening(rows)
    cpu(rows)
    print(
        f"Targets: at 20 clients p99 < {TARGET_P99_MS:.0f} ms and within {TARGET_RATIO}x the "
        "bare Bolt app's p99; every ack < 3 s (Slack's limit). /s: requests answered per "
        f"second. 'paced': one client waiting {PACE_SECONDS * 1000:.0f} ms after each answer "
        "from the bot, so that it meets an idle bot (the bare app is not paced)."
    )
    for note in notes:
        print("  note:", note)


def cpu(rows: list[dict[str, Any]]) -> None:
    """The table of the request thread's CPU time in dispatch, from the paced run."""
    paced = [row for row in rows if row["level"].pause]
    if not paced:
        return
    print("\nCPU time of the request's own thread in App.dispatch, median per request, ms")
    _heading(f"{'request':<16} {'bot':>8} {'bare':>8} {'bot - bare':>10}")
    for row in paced:
        bot, bare = (statistics.median(row[name]["cpu"] or [0.0]) for name in ("bot", "bare"))
        print(f"{LABELS[row['kind']]:<16} {bot:>8.2f} {bare:>8.2f} {bot - bare:>10.2f}")


def opening(rows: list[dict[str, Any]]) -> None:
    """The table of the time from ``/incident`` sent to its ``views.open`` reaching Slack."""
    rows = [row for row in rows if row["kind"] == "open"]
    if not rows:
        return
    print("\nTime from sending /incident to its views.open reaching Slack (the trigger), ms")
    head = (
        f"{'clients':>8} {'sent':>5} {'bot p50':>8} {'bot p99':>8} {'bot max':>8} "
        f"{'bare p50':>8} {'bare p99':>8} {'p50 ratio':>9} {'p99 ratio':>9} {'unopened':>8} "
        f"{'<=1.5x':>6} {'p99<3s':>6}"
    )
    _heading(head)
    for level, bot, bare in ((r["level"], r["bot"]["opened"], r["bare"]["opened"]) for r in rows):
        if bot and bare:
            b50, b99, r50, r99 = (percentile(v, p) for v in (bot, bare) for p in (50, 99))
            print(
                f"{level.label:>8} {level.total:>5} {b50:>8.1f} {b99:>8.1f} {max(bot):>8.1f} "
                f"{r50:>8.1f} {r99:>8.1f} {b50 / r50:>8.1f}x {b99 / r99:>8.1f}x "
                f"{level.total - len(bot):>8} {_yes(b50 <= TARGET_RATIO * r50):>6} "
                f"{_yes(b99 < SLACK_LIMIT_MS):>6}"
            )
        else:
            print(f"{level.label:>8}  no form opened")
    print(
        f"Targets (issue 29): each form within {TARGET_RATIO}x the bare app's time (its median)"
        " and, at 40 clients, a p99 well inside Slack's 3 s, after which the trigger expires."
    )


def _heading(head: str) -> None:
    print(head)
    print("-" * len(head))


def _rate(result: dict[str, Any], level: Level) -> str:
    """Requests answered per second (not for paced runs, which wait on purpose)."""
    if level.pause or not result["wall"]:
        return "-"
    return f"{len(result['latencies']) / result['wall']:.0f}"


def _yes(ok: bool) -> str:
    return "yes" if ok else "NO"


class _Tally(logging.Handler):
    """Counts the warnings the bot and its libraries log, to print a summary at the end."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: collections.Counter[str] = collections.Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.seen[f"{record.name}: {record.getMessage()[:120]}"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="per kind and level")
    parser.add_argument(
        "--clients",
        type=lambda s: [int(n) for n in s.split(",")],
        default=[1, 20],
        help="concurrency levels (default 1,20)",
    )
    parser.add_argument(
        "--paced",
        type=int,
        default=50,
        help=f"requests per kind from one client pausing {PACE_SECONDS * 1000:.0f} ms "
        "between them, on an otherwise idle bot (0: none)",
    )
    parser.add_argument(
        "--kinds",
        type=lambda s: s.split(","),
        default=list(KINDS),
        help="which requests: list,checklist,form,open (the form opening)",
    )
    parser.add_argument(
        "--databases", type=lambda s: s.split(","), default=["sqlite", "postgresql"]
    )
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    args = parser.parse_args()
    if not 1 <= args.requests <= 5000 or not all(1 <= c <= 100 for c in args.clients):
        parser.error("--requests must be 1..5000 and --clients each 1..100")
    if not 0 <= args.paced <= 500 or not set(args.kinds) <= set(KINDS):
        parser.error("--paced must be 0..500 and --kinds some of list,checklist,form,open")
    measure(args)


def measure(args: argparse.Namespace) -> None:
    """Run every level of ``args`` on each of its databases, printing a table for each."""
    tally = _Tally()
    logging.getLogger().addHandler(tally)
    logging.getLogger().setLevel(logging.WARNING)

    context = multiprocessing.get_context("spawn")
    fake_end, fake_child = context.Pipe()
    fake_process = context.Process(target=_fake_slack_process, args=(fake_child,), daemon=True)
    fake_process.start()
    client_process = None
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    try:
        if not fake_end.poll(60):
            raise RuntimeError("the fake Slack API did not start")
        fake_url, hooks_url = fake_end.recv()
        client_end, client_child = context.Pipe()
        client_process = context.Process(
            target=_client_process, args=(client_child, hooks_url, fake_url), daemon=True
        )
        client_process.start()
        bench = Bench(fake_end, client_end, hooks_url, fake_url)
        for kind in args.databases:
            with tempfile.TemporaryDirectory(prefix="ack-bench-") as tmp:
                rows = run_database(kind, args, bench, fake_url, Path(tmp))
            report(kind, rows)
        client_end.send(None)
    finally:
        with contextlib.suppress(OSError):
            fake_end.send("stop")
        for process in (client_process, fake_process):
            if process is not None:
                process.join(timeout=10)
                if process.is_alive():
                    process.terminate()
    if tally.seen:
        print("\nWarnings logged during the run (count, first 120 characters):")
        for message, count in tally.seen.most_common(8):
            print(f"  {count:>5}  {message}")
    print(
        f"\nDone in {time.perf_counter() - started:.0f} s. Load average (1 min) before: "
        f"{load_before:.1f}, after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores."
    )


if __name__ == "__main__":
    main()
