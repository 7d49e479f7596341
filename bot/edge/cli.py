"""The ``safeguarding-bot`` command: run the bot, migrate, and check dates offline."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, NoReturn

from bot import release
from bot.config import ConfigError, Settings, load_log_settings, load_settings
from bot.domain.calendar import WorkingCalendar
from bot.domain.incident import AGE_BANDS, is_child
from bot.domain.timetable import DueStep, Facts, StepKind, compute_steps, not_serious_reasons

if TYPE_CHECKING:
    from slack_sdk import WebClient
    from sqlalchemy.engine import Engine

    from bot.rules import Rules
    from bot.runtime import Runtime


logger = logging.getLogger(__name__)

#: Seconds a stop waits for the requests in flight and the work after their acks.
GRACE = 20.0


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (and exit status 2), not usage plus error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def _port(text: str) -> int:
    """A TCP port to listen on; 0 asks for any free one."""
    if not (text.isascii() and text.isdigit() and int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"not a port: {text!r} (0 to 65535)")
    return int(text)


def _revision(text: str) -> str:
    """A shipped migration's revision: its four digits (never "base", which is empty)."""
    if not (len(text) == 4 and text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"not a revision: {text!r} (four digits, e.g. 0012)")
    return text


def _iso_instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise argparse.ArgumentTypeError(
            f"not a time with its offset: {text!r} (write 2026-11-27T09:00:00+00:00)"
        )
    return moment.astimezone(UTC)


def _parser() -> _Parser:
    parser = _Parser(
        prog="safeguarding-bot",
        description="Slack bot that runs the statutory timetable of serious child "
        "safeguarding incidents.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {release()}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = commands.add_parser(
        "run",
        help="run the bot (Socket Mode when SLACK_APP_TOKEN is set, else HTTP)",
        description="Run the bot. With SLACK_APP_TOKEN it connects out to Slack (Socket "
        "Mode) and serves only /healthz, /readyz and /metrics; without, it also takes "
        "Slack's requests over HTTP at /slack/events. The database is migrated first.",
    )
    run.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    run.add_argument("--port", type=_port, default=3000, help="port to listen on (default 3000)")
    run.add_argument(
        "--no-scheduler",
        action="store_true",
        help="do not send reminders from this process (web-only replicas)",
    )

    remind = commands.add_parser(
        "remind",
        help="send the reminders (and retry the channel posts) due now, once",
        description="Run one tick of the reminder scheduler and print what it sent: for "
        "checks, and for a cron-style deployment. Safe beside running bots and other "
        "ticks: no reminder is sent twice.",
    )
    remind.add_argument("--once", action="store_true", required=True, help="one tick, then exit")
    remind.add_argument(
        "--now",
        type=_iso_instant,
        metavar="ISO-TIME",
        help="tick as if at this time, e.g. 2026-11-27T09:00:00+00:00 (default: now)",
    )

    migrate = commands.add_parser(
        "migrate",
        help="bring the database schema up to date (or, --down, back to an older release's)",
    )
    migrate.add_argument(
        "--down",
        type=_revision,
        metavar="REVISION",
        help="undo the migrations after REVISION (e.g. 0012), to run the older release whose "
        "latest it is: stop every replica first; what those migrations added is lost",
    )

    timetable = commands.add_parser(
        "timetable",
        help="print an incident's statutory steps and due dates (no Slack needed)",
        description="Print every statutory step that applies, with its due date counted in "
        "England & Wales working days. Rules: SAFEGUARDING_RULES or the defaults.",
    )
    timetable.add_argument(
        "--aware",
        type=_iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="the date the local authority became aware",
    )
    what = timetable.add_mutually_exclusive_group(required=True)
    what.add_argument("--died", action="store_true", help="the child died")
    what.add_argument("--harmed", action="store_true", help="the child was seriously harmed")
    timetable.add_argument("--looked-after", action="store_true", help="a looked-after child")
    timetable.add_argument("--care-leaver", action="store_true", help="a care leaver")
    timetable.add_argument(
        "--age-band",
        choices=AGE_BANDS,
        help="the age band (default: a child, under 18); 18_24 needs --care-leaver, and "
        "then only the notification of a care leaver's death applies",
    )
    timetable.add_argument(
        "--notified",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the Panel was notified, if it has been",
    )
    timetable.add_argument("--json", action="store_true", help="print JSON instead of text")

    export = commands.add_parser(
        "export",
        help="write a CSV of cases and steps, or an iCalendar file of open deadlines",
        description="csv: one row per step of each case the local authority became aware of "
        "in the period. ics: one all-day event per open deadline due in the period, which "
        "Outlook or Google Calendar imports (a later import updates the same events). "
        "References and pseudonyms only.",
    )
    export.add_argument("--format", choices=("csv", "ics"), required=True)
    export.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--output", metavar="FILE", help="write to FILE, not standard output")

    report = commands.add_parser(
        "report",
        help="print a reporting year's figures, as CSV or a Markdown report, or write an "
        "Excel workbook",
        description="The figures of a reporting year (SAFEGUARDING_REPORTING_YEAR_START; "
        "April to March by default) from the stored records: incidents notified, rapid "
        "reviews and their timeliness, the decisions, local reviews commissioned, published "
        "and delayed, and the improvement actions by agency, with the late and open ones "
        "by case reference and pseudonym. csv: one row per figure; md: a report to paste "
        "into the partnership's yearly report; xlsx: an Excel workbook of the figures, the "
        "cases, steps and actions behind them, and charts of timeliness by quarter and of "
        "actions by agency.",
    )
    report.add_argument("--format", choices=("csv", "md", "xlsx"), required=True)
    report.add_argument(
        "--year", metavar="2026-27", help="the reporting year (default: the current one)"
    )
    report.add_argument(
        "--as-at",
        dest="as_at",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="count what is overdue as at this day (default: today); the records are read "
        "as they are now",
    )
    report.add_argument("--output", metavar="FILE", help="write to FILE, not standard output")

    recompute = commands.add_parser(
        "recompute",
        help="bring open cases' due dates and reminders in line with the rules and calendar",
        description="Recompute every open case's due dates and planned reminders from the "
        "current rules, checklist, reminder policy and calendar (a new closure day, say), "
        "and list each due date that moves. Each changed case is audited. The bot does "
        "this itself when it starts with changed rules. With SLACK_BOT_TOKEN set, the "
        "changed cases' messages are redrawn.",
    )
    recompute.add_argument("--dry-run", action="store_true", help="only list what would move")

    purge = commands.add_parser(
        "purge",
        help="remove cases closed longer ago than SAFEGUARDING_RETENTION_DAYS",
        description="List the cases closed more than SAFEGUARDING_RETENTION_DAYS days ago and "
        "remove them with their steps, checklists and reminders. The audit trail stays, "
        "with an entry for each removal.",
    )
    purge.add_argument("--dry-run", action="store_true", help="only list what would go")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    form = "text"  # until LOG_FORMAT is read
    try:
        logging_settings = load_log_settings()
        form = logging_settings.log_format
        from bot.logs import configure

        configure(logging_settings.log_level, form)
        settings = load_settings()
        if args.command == "timetable":
            _timetable(parser, settings, args)
        elif args.command == "migrate":
            _migrate(settings, down=args.down)
        elif args.command == "run":
            _run(settings, args.host, args.port, scheduler=not args.no_scheduler)
        elif args.command == "remind":
            _remind(settings, args.now or datetime.now(UTC))
        elif args.command == "export":
            _export(parser, settings, args)
        elif args.command == "report":
            _report(parser, settings, args)
        elif args.command == "recompute":
            _recompute(settings, args.dry_run)
        elif args.command == "purge":
            _purge(settings, args.dry_run)
    except ConfigError as exc:
        _fail(parser, form, str(exc))
    except Exception as exc:
        # The database failing mid-command (checked at start, so rarely): still one line.
        from sqlalchemy.exc import OperationalError

        if not isinstance(exc, OperationalError):
            raise
        from bot.edge.database import database_error
        from storage.db import make_engine

        engine = make_engine(settings.database_url)
        _fail(parser, form, str(database_error(engine, exc)))


def _fail(parser: _Parser, form: str, problem: str) -> NoReturn:
    """A bad setting or a dependency out of reach: one line and exit status 2, under
    LOG_FORMAT=json a JSON object, so that the log collector has why the bot did not start."""
    if form == "json":
        logger.critical("%s", problem)
        sys.exit(2)
    parser.exit(2, f"safeguarding-bot: {problem}\n")


def _migrate(settings: Settings, *, down: str | None) -> None:
    from bot.edge.database import open_database
    from storage.db import MigrationRefused, current_revision, downgrade, migrate

    engine = open_database(settings)
    if down is None:
        migrate(engine)
    else:
        try:
            downgrade(engine, revision=down)
        except MigrationRefused as exc:
            raise ConfigError(f"--down {down}: {exc}") from None
    revision = current_revision(engine)
    print(f"Database {engine.url.render_as_string(hide_password=True)} is at revision {revision}.")


_SLACK_GUIDE = """\
To connect the bot to Slack (README.md, "Installing in Slack", has the details):
  1. At https://api.slack.com/apps choose "Create New App" > "From an app manifest" and
     paste manifest.yml; install it to your workspace.
  2. Set SLACK_BOT_TOKEN (OAuth & Permissions: the Bot User OAuth Token, xoxb-...) and
     either SLACK_APP_TOKEN (Basic Information > App-Level Tokens, scope
     connections:write, xapp-...) for Socket Mode, or SLACK_SIGNING_SECRET (Basic
     Information > Signing Secret) to take Slack's requests over HTTP.
  3. Invite the bot to the partnership's private channel (/invite @safeguarding-reviews)
     and set SAFEGUARDING_CHANNEL to that channel's ID (C0...).
"""


def _require(settings: Settings, *, serving: bool) -> None:
    """Stop with a guide when the Slack settings a command needs are missing."""
    needed: list[tuple[str, object]] = [
        ("SLACK_BOT_TOKEN", settings.slack_bot_token),
        ("SAFEGUARDING_CHANNEL", settings.safeguarding_channel),
    ]
    if serving:
        needed.append(
            (
                "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET",
                settings.slack_app_token or settings.slack_signing_secret,
            )
        )
    missing = [name for name, value in needed if not value]
    if missing:
        raise ConfigError(f"{', '.join(missing)} not set.\n{_SLACK_GUIDE}")


def _reminder_runtime(
    settings: Settings, engine: Engine, rules: Rules
) -> tuple[Runtime, WebClient]:
    """What the reminder scheduler needs: a client that fails fast (it retries from the
    database instead), and the partnership's runtime."""
    from bot.edge.app import slack_client
    from bot.flows.access import Access
    from bot.runtime import Runtime

    assert settings.safeguarding_channel is not None
    client = slack_client(settings, ride_out=False)
    access = Access(
        client,
        settings.safeguarding_channel,
        settings.safeguarding_usergroup,
        external_teams=settings.external_teams(),
    )
    return Runtime(engine, rules, settings.safeguarding_channel, access), client


def _run(settings: Settings, host: str, port: int, *, scheduler: bool) -> None:
    _require(settings, serving=True)

    # Imported here so that the offline commands start without loading Slack's SDK.
    from slack_bolt.error import BoltError

    from bot.domain.pseudonymity import load_word_lists
    from bot.edge.app import build_app
    from bot.edge.database import open_database
    from bot.edge.preflight import check_slack
    from bot.edge.scheduler import start_scheduler
    from bot.edge.server import CONNECTIONS, HttpServer, Readiness, socket_mode
    from storage.db import migrate

    rules = settings.rules()
    load_word_lists()
    engine = open_database(settings, pool_size=CONNECTIONS)
    migrate(engine)
    check_slack(settings)
    # The settings are the one reader of the token: Bolt would also take SLACK_BOT_TOKEN
    # from the environment beside the client built from them, and warn it goes unused.
    os.environ.pop("SLACK_BOT_TOKEN", None)
    try:
        app = build_app(settings, engine, rules)
    except BoltError as exc:
        raise ConfigError(f"SLACK_BOT_TOKEN: Slack refused it ({exc}).\n{_SLACK_GUIDE}") from None
    readiness = Readiness(scheduler=scheduler)
    secret = settings.slack_signing_secret
    try:
        server = HttpServer(
            app,
            engine,
            host,
            port,
            signing_secret=secret.get_secret_value() if secret else None,
            readiness=readiness,
        )
    except OSError as exc:  # the port taken, or an address this machine does not have
        raise ConfigError(
            f"--host {host} --port {port}: cannot listen there ({exc.strerror or exc}): "
            "is another process using the port?"
        ) from None
    if settings.slack_app_token:
        readiness.socket_mode = socket_mode(app, settings.slack_app_token.get_secret_value())
        logger.info("Connected to Slack by Socket Mode; /healthz on port %s.", server.port)
    else:
        logger.info("Taking Slack's requests at http://%s:%s/slack/events", host, server.port)
    follow = threading.Thread(
        target=_follow_rules, args=(app.client, engine, rules, server.serving), daemon=True
    )
    follow.start()
    stopping = threading.Event()
    ticking = (
        start_scheduler(
            *_reminder_runtime(settings, engine, rules), after=server.serving, stop=stopping
        )
        if scheduler
        else None
    )
    logger.info("Sending reminders from this process." if ticking else "Not sending reminders.")

    def stop(signum: int, _frame: object) -> None:
        if stopping.is_set():
            return
        stopping.set()  # the scheduler hands back what it has claimed and not sent
        logger.info("%s: stopping", signal.Signals(signum).name)
        threading.Thread(
            target=server.stop, args=(app.drain, GRACE), name="stopping", daemon=True
        ).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    finished = server.serve()
    # Stopped: requests answered and their work done (or GRACE ran out).
    if ticking:
        ticking.shutdown(wait=True)  # a tick under way ends after the send it is in
    if readiness.socket_mode is not None:
        readiness.socket_mode.close()  # type: ignore[no-untyped-call]
    engine.dispose()
    logger.info("stopped")
    if not finished:
        # Python would wait at exit for the work GRACE cut short, past any stop timeout
        # (systemd's, compose's) to a SIGKILL; what it leaves undone, the database keeps
        # for another replica's tick to finish (docs/deploy.md).
        logging.shutdown()
        os._exit(0)


def _follow_rules(
    client: WebClient, engine: Engine, rules: Rules, serving: threading.Event
) -> None:
    """Once the server answers: open cases follow rules or a calendar that changed."""
    from bot.flows.posting import follow_rules_at_start

    serving.wait()
    follow_rules_at_start(client, engine, rules, now=datetime.now(UTC))


def _remind(settings: Settings, now: datetime) -> None:
    _require(settings, serving=False)
    from bot.domain.calendar import LONDON
    from bot.edge.database import open_database
    from bot.edge.scheduler import tick
    from storage.db import migrate

    rules = settings.rules()
    engine = open_database(settings)
    try:
        migrate(engine)
        report = tick(*_reminder_runtime(settings, engine, rules), now)
    finally:
        engine.dispose()
    print(f"Reminders due by {now.astimezone(LONDON):%a %d %b %Y %H:%M} UK time:")
    for line in report.lines():
        print(f"  {line}")


def _recompute(settings: Settings, dry_run: bool) -> None:
    from bot.edge.database import open_database
    from bot.flows.posting import redraw
    from bot.usecases.recompute import recompute_open_cases
    from storage.db import migrate

    rules = settings.rules()
    engine = open_database(settings)
    now = datetime.now(UTC)
    try:
        migrate(engine)
        result = recompute_open_cases(engine, rules, now=now, dry_run=dry_run)
        if result.moved:
            verb = "would move" if dry_run else "moved"
            print(f"Due dates that {verb} (case, step or checklist item, old → new):")
            for moved in result.moved:
                old = f"{moved.old:%a %d %b %Y}" if moved.old else "—"
                new = f"{moved.new:%a %d %b %Y}" if moved.new else "—"
                print(f"  {moved.reference}  {moved.kind} {moved.key}  {old} → {new}")
        else:
            print("No due date moves: the open cases follow the current rules and calendar.")
        changed = "would change" if dry_run else "changed"
        print(
            f"{len(result.changed)} of {result.cases} open case(s) {changed}; "
            f"{result.reminders} planned reminder(s) added or dropped."
        )
        if dry_run or not result.changed:
            return
        if settings.slack_bot_token is None:
            print(
                "Their messages show the new dates at their next change (set SLACK_BOT_TOKEN "
                "to redraw them now)."
            )
            return
        from bot.edge.app import slack_client

        redraw(slack_client(settings), engine, rules, result.changed, now)
        print(f"Redrew the messages of {len(result.changed)} case(s).")
    finally:
        engine.dispose()


def _timetable(parser: _Parser, settings: Settings, args: argparse.Namespace) -> None:
    if args.looked_after and args.care_leaver:
        parser.error("--looked-after and --care-leaver cannot both apply to one child")
    if not is_child(args.age_band) and not args.care_leaver:
        parser.error(f"--age-band {args.age_band} is for a care leaver only: add --care-leaver")
    try:
        facts = Facts(
            aware_on=args.aware,
            died=args.died,
            seriously_harmed=args.harmed,
            looked_after=args.looked_after,
            care_leaver=args.care_leaver,
            child=is_child(args.age_band),
            notified_on=args.notified,
        )
    except ValueError as exc:
        parser.error(str(exc))
    timetable = settings.timetable()
    steps = compute_steps(
        facts, timetable, WorkingCalendar(timetable.closure_days, timetable.open_days)
    )
    if args.json:
        print(json.dumps([_as_json(step) for step in steps], indent=2))
    else:
        sys.stdout.write(_as_text(facts, steps))


def _as_json(step: DueStep) -> dict[str, object]:
    return {
        "step": step.step_key,
        "title": step.title,
        "due": step.due.isoformat() if step.due else None,
        "basis": step.basis,
        "provisional": step.provisional,
        "kind": step.kind.value,
    }


def _as_text(facts: Facts, steps: list[DueStep]) -> str:
    lines = [f"Aware on {facts.aware_on:%a %d %b %Y}. Due dates in England & Wales working days."]
    if reasons := not_serious_reasons(facts):
        lines.append(f"Not a serious child safeguarding incident: {' and '.join(reasons)}.")
    for step in steps:
        due = f"{step.due:%a %d %b %Y}" if step.due else "not yet set   "
        flag = "  [provisional]" if step.provisional else ""
        if step.kind == StepKind.MINIMUM_PERIOD:
            flag = "  [a minimum period: until at least this date]"
        lines += ["", f"{due}  {step.title}{flag}", f"{'':17}{step.step_key}: {step.basis}"]
    return "\n".join(lines) + "\n"


def _report(parser: _Parser, settings: Settings, args: argparse.Namespace) -> None:
    from bot.domain.calendar import london_date
    from bot.domain.yearly import parse_year, year_of

    starts = settings.reporting_year_start()
    today = args.as_at or london_date(datetime.now(UTC))
    year = parse_year(args.year, starts) if args.year else year_of(today, starts)
    if year is None:
        example = year_of(today, starts).label
        parser.error(f"--year {args.year}: name a reporting year such as {example}")
    if args.format == "xlsx" and args.output is None and sys.stdout.isatty():
        parser.error("--format xlsx writes a workbook: give --output FILE (or redirect)")
    from bot.edge.database import open_database, require_schema
    from bot.usecases.reports import yearly_report
    from bot.views.yearly_text import yearly_csv, yearly_markdown

    rules = settings.rules()
    engine = open_database(settings)
    try:
        require_schema(engine)
        figures = yearly_report(engine, rules, year, today)
    finally:
        engine.dispose()
    agencies = rules.checklist.agencies
    if args.format == "xlsx":
        from bot.views.yearly_workbook import yearly_workbook

        _write(parser, yearly_workbook(figures, agencies, allowed=rules.allowed_words), args.output)
        return
    render = yearly_csv if args.format == "csv" else yearly_markdown
    _write(parser, render(figures, agencies), args.output)


def _write(parser: _Parser, content: str | bytes, output: str | None) -> None:
    """``content`` to standard output, or to the file ``output``; one line if it cannot."""
    if output is None:
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        return
    try:
        if isinstance(content, bytes):
            with open(output, "wb") as binary:
                binary.write(content)
        else:
            with open(output, "w", encoding="utf-8", newline="") as file:
                file.write(content)
    except OSError as exc:
        parser.exit(2, f"safeguarding-bot: cannot write {output}: {exc.strerror}\n")


def _export(parser: _Parser, settings: Settings, args: argparse.Namespace) -> None:
    if args.start and args.end and args.start > args.end:
        parser.error("--from must not be after --to")
    from bot.edge.database import open_database, require_schema
    from bot.usecases.exports import cases_csv, deadlines_ics

    allowed = settings.rules().allowed_words
    engine = open_database(settings)
    try:
        require_schema(engine)
        if args.format == "csv":
            text = cases_csv(engine, args.start, args.end, allowed=allowed)
        else:
            text = deadlines_ics(
                engine, now=datetime.now(UTC), start=args.start, end=args.end, allowed=allowed
            )
    finally:
        engine.dispose()
    _write(parser, text, args.output)


def _purge(settings: Settings, dry_run: bool) -> None:
    from bot.edge.database import open_database, require_schema
    from bot.usecases.retention import purge

    days = settings.safeguarding_retention_days
    engine = open_database(settings)
    try:
        require_schema(engine)
        now = datetime.now(UTC)
        expired = purge(engine, days, now, dry_run=dry_run, command="safeguarding-bot purge")
    finally:
        engine.dispose()
    if not expired:
        print(f"No case was closed more than {days} days ago (SAFEGUARDING_RETENTION_DAYS).")
        return
    verb = "Would remove" if dry_run else "Removed"
    print(f"{verb} {len(expired)} case(s) closed more than {days} days ago:")
    for case in expired:
        print(f"  {case.reference}  closed {case.closed_on.isoformat()}")
