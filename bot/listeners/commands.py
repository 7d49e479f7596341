"""``/incident``: open the form, or help, list, show, report, export and calendar, answered
only to the caller."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.models.blocks import HeaderBlock

from bot.domain.calendar import london_date
from bot.domain.words import CalendarVerb, FeedRevoked
from bot.domain.yearly import parse_year, year_of
from bot.edge.ack_first import right_after_ack
from bot.listeners import national
from bot.listeners.guard import acknowledge, after_ack, allowed
from bot.runtime import Runtime
from bot.usecases import calendar_feed, cases, improvement, reports
from bot.views.calendar import COMMANDS, FEEDS_OFF, feed_blocks, feed_state_text
from bot.views.case_card import case_card
from bot.views.history import history_blocks, shown_of
from bot.views.improvement import agency_help, find_agency, open_actions_reply
from bot.views.incident_form import incident_modal
from bot.views.replies import case_list, help_blocks
from bot.views.report import timeliness_blocks, yearly_blocks
from bot.views.text import MESSAGE_BLOCKS, cut

logger = logging.getLogger(__name__)

#: How many recent changes ``/incident show`` lists under the card (History has them all).
_SHOW_HISTORY = 12
#: How many open cases ``/incident list`` shows, next deadline first (App Home pages on).
_LIST = 20
#: How much of what was typed a reply quotes back: enough to spot the typo, and far
#: from the 3,000 characters a Slack section holds, however long the command was.
_QUOTED = 80
#: What of the typed text a reply may quote: a case reference, a date or reporting year
#: (and the command's own words, :func:`_quoted`). Anything else may be a child's name.
_ECHOED = re.compile(r"SI-\d{4}-\d{1,6}|\d{4}(?:-\d{2}-\d{2}|[-/]\d{2}|[-/]\d{4})?", re.IGNORECASE)


def register(app: App, runtime: Runtime) -> None:
    """Attach the ``/incident`` command."""

    def incident(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        words = command.get("text", "").split()
        verb, args = (words[0].lower(), words[1:]) if words else ("", [])
        if verb == "help":
            respond(blocks=help_blocks(), text="How to use /incident")
            return
        handler, counts = _SUBCOMMANDS.get(verb, (None, set()))
        if handler is None or len(args) not in counts:
            problem = f"I don't understand “/incident {_quoted(words)}”."
            respond(blocks=help_blocks(problem), text=problem)
            return
        user = command["user_id"]
        if allowed(runtime, user, "command", respond):
            handler(runtime, client, command, respond, args)

    def acknowledge_command(ack: Ack, command: dict[str, Any]) -> None:
        words = command.get("text", "").lower().split()
        if words[:1] in ([], ["national"]):  # a form, whose trigger expires in 3 s
            right_after_ack()
        acknowledge(ack)

    app.command("/incident")(after_ack(acknowledge_command, incident))


def _quoted(words: list[str]) -> str:
    """What was typed, as a reply that did not understand it quotes it: a reference, a
    date and the command's own words as typed, each run of any other words as "…" (a
    mistyped ``/incident show`` may be a child's name)."""
    shown: list[str] = []
    for word in words:
        own = {*_SUBCOMMANDS, *_EXPORTS, *CalendarVerb, _WORKBOOK, "help"}
        echoed = _ECHOED.fullmatch(word) or word.lower() in own
        if echoed or shown[-1:] != ["…"]:
            shown.append(word if echoed else "…")
    return cut(" ".join(shown), _QUOTED)


def _open_form(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    today = london_date(runtime.clock())
    agencies = tuple(runtime.rules.checklist.agencies.items())
    client.views_open(trigger_id=command["trigger_id"], view=_new_form(agencies, today))


@functools.lru_cache(maxsize=2)
def _new_form(agencies: tuple[tuple[str, str], ...], today: date) -> dict[str, Any]:
    """The empty form as sent, built once a day: building it takes milliseconds of the
    one interpreter a burst of requests shares."""
    return incident_modal(dict(agencies), today).to_dict()


def _list(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    today = london_date(runtime.clock())
    rows, total, _ = reports.open_case_page(runtime.engine, 0, _LIST)
    respond(blocks=case_list(rows, total, today, runtime.rules.calendar), text="Open cases")


def _show(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    case = cases.find_case(runtime.engine, args[0])
    if case is None:
        problem = f"There is no case “{_quoted(args)}”. References look like SI-2026-0001."
        respond(blocks=help_blocks(problem), text=problem)
        return
    today = london_date(runtime.clock())
    blocks = case_card(
        case.incident,
        case.steps,
        today,
        runtime.rules,
        review=case.review,
        items=case.items,
        **case.register,
    )
    assert case.incident.id is not None
    found = cases.case_history(runtime.engine, runtime.rules, case.incident.id, limit=_SHOW_HISTORY)
    room = MESSAGE_BLOCKS - len(blocks) - 2  # the heading, and the line saying how many
    if found and room > 0:
        history, shown = history_blocks(
            found.events, found.names, room, agencies=found.agencies, reasons=found.reasons
        )
        note = shown_of(shown, found.total)
        blocks += [HeaderBlock(text="Latest changes"), *history, *([note] if note else [])]
    respond(blocks=blocks, text=case.incident.reference)


def _report(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    """The yearly figures (this reporting year, or the one named: 2026-27), as a reply or,
    with ``xlsx`` after it, as a workbook in the person's direct messages; with dates, the
    timeliness of the cases the local authority became aware of between them."""
    today = london_date(runtime.clock())
    if args and args[-1].lower() == _WORKBOOK:
        _report_workbook(runtime, client, command, respond, args[:-1])
        return
    if len(args) < 2:
        year = (
            parse_year(args[0], runtime.year_start) if args else year_of(today, runtime.year_start)
        )
        if year is not None:
            report = reports.yearly_report(runtime.engine, runtime.rules, year, today)
            agencies = runtime.rules.checklist.agencies
            respond(
                blocks=yearly_blocks(report, agencies),
                text=f"Reporting year {year.label}",
            )
            return
    period = _period(args, today)
    if period is None:
        this = year_of(today, runtime.year_start).label
        problem = (
            f"I can't read “/incident report {_quoted(args)}”: name a reporting year, such "
            f"as {this}, or two dates YYYY-MM-DD, the first no later than the second."
        )
        respond(blocks=help_blocks(problem), text=problem)
        return
    figures = reports.timeliness_report(
        runtime.engine, runtime.rules, start=period[0], end=period[1], today=today
    )
    respond(blocks=timeliness_blocks(figures), text="Timeliness report")


def _report_workbook(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    """The CLI's ``report --format xlsx``, as a file in the person's direct messages."""
    today = london_date(runtime.clock())
    this = year_of(today, runtime.year_start)
    year = this if not args else parse_year(args[0], runtime.year_start) if len(args) == 1 else None
    if year is None:
        problem = (
            f"I can't read “/incident report {_quoted([*args, _WORKBOOK])}”: name a reporting "
            f"year, such as {this.label}, before xlsx (or nothing, for this year's)."
        )
        respond(blocks=help_blocks(problem), text=problem)
        return
    from bot.views import yearly_workbook  # xlsxwriter, for the few who ask for a workbook

    rules = runtime.rules
    report = reports.yearly_report(runtime.engine, rules, year, today)
    content = yearly_workbook.yearly_workbook(
        report, rules.checklist.agencies, allowed=rules.allowed_words
    )
    what = f"The yearly figures for {year.label} (Excel)"
    _send_file(
        client,
        respond,
        command["user_id"],
        content,
        filename=f"safeguarding-year-{year.label}-as-at-{today.isoformat()}.xlsx",
        what=what,
        command_line="safeguarding-bot report",
    )


def _period(args: list[str], today: date) -> tuple[date, date] | None:
    """From and to as typed, defaulting to the last twelve months; None if unreadable."""
    if len(args) > 2:
        return None
    start, end = reports.last_twelve_months(today)
    try:
        if args:
            start = date.fromisoformat(args[0])
        if len(args) > 1:
            end = date.fromisoformat(args[1])
    except ValueError:
        return None
    return (start, end) if start <= end else None


def _export(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    """The CLI's ``export``, as a file in the person's direct messages with the bot: for
    a business unit with no shell on the server."""
    kind = args[0].lower()
    period = _dates(args[1:])
    if kind not in _EXPORTS or period is None:
        problem = (
            f"I can't read “/incident export {_quoted(args)}”: write csv or ics, then "
            "optionally the dates from and to, YYYY-MM-DD, the first no later than the second."
        )
        respond(blocks=help_blocks(problem), text=problem)
        return
    from bot.usecases import exports  # icalendar's megabytes, for the few who export

    now = runtime.clock()
    start, end = period
    allowed = runtime.rules.allowed_words
    if kind == "csv":
        content = exports.cases_csv(runtime.engine, start, end, allowed=allowed)
    else:
        content = exports.deadlines_ics(
            runtime.engine, now=now, start=start, end=end, allowed=allowed
        )
    name, what = _EXPORTS[kind]
    _send_file(
        client,
        respond,
        command["user_id"],
        content,
        filename=f"{name}-{london_date(now).isoformat()}.{kind}",
        what=f"{what}{_period_words(start, end)}",
        command_line="safeguarding-bot export",
    )


def _send_file(
    client: WebClient,
    respond: Respond,
    user_id: str,
    content: str | bytes,
    *,
    filename: str,
    what: str,
    command_line: str,
) -> None:
    """``content`` as a file in the caller's direct messages with the bot, and a reply
    saying so (or what to do if Slack would not take it: ``command_line`` on the server)."""
    try:
        dm = client.conversations_open(users=user_id)["channel"]["id"]
        client.files_upload_v2(
            channel=dm,
            content=content,
            filename=filename,
            title=what,
            initial_comment=f"{what}, as you asked. References and pseudonyms only.",
        )
    except (SlackApiError, SlackClientError, OSError) as exc:
        # Nothing about a case went wrong, so the advice is about the file, not a case.
        said = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
        logger.warning("the file %s could not be sent: %s", filename, said)
        respond(text=_file_not_sent(what, str(said), command_line), response_type="ephemeral")
        return
    respond(
        text=f"I've sent {what[0].lower()}{what[1:]} to your direct messages with me.",
        response_type="ephemeral",
    )


def _file_not_sent(what: str, said: str, command_line: str) -> str:
    return (
        f"I could not send {what[0].lower()}{what[1:]} to your direct messages: Slack answered "
        f"`{cut(said, 60)}`. Nothing was changed. Please try again in a few minutes; if it "
        "fails again, an administrator can check that the bot may upload files (the "
        f"files:write scope) or run `{command_line}` on the server."
    )


def _actions(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    """The open improvement actions (of one agency, if named), to the person who asked."""
    agencies = runtime.rules.checklist.agencies
    agency = None
    if args:
        typed = " ".join(args)
        agency = find_agency(typed, agencies)
        if agency is None:
            problem = agency_help(_quoted(args), agencies)
            respond(blocks=help_blocks(problem), text=problem)
            return
    rows = improvement.open_register(runtime.engine, agency=agency)
    today = london_date(runtime.clock())
    respond(
        blocks=open_actions_reply(rows, agencies, today, agency=agency),
        text="Open improvement actions",
    )


#: The word after ``/incident report`` (and its year) that asks for the workbook.
_WORKBOOK = "xlsx"


def _calendar(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    """The person's calendar feed: its address once, made (``new``: again; ``all``: of the
    partnership's whole calendar) or turned off (``stop``), answered only to them."""
    verb = _calendar_verb(args)
    if args and verb is None:
        problem = f"I can't read “/incident calendar {_quoted(args)}”. {COMMANDS}"
        respond(blocks=help_blocks(problem), text=problem)
        return
    if runtime.public_url is None:
        respond(text=FEEDS_OFF, response_type="ephemeral")
        return
    user, now = command["user_id"], runtime.clock()
    if verb is CalendarVerb.STOP:
        had = calendar_feed.stop_feed(
            runtime.engine, user_id=user, actor=user, now=now, why=FeedRevoked.STOPPED
        )
        said = "Your calendar feed is off: its address no longer works." if had else ""
        respond(text=said or "You have no calendar feed to turn off.", response_type="ephemeral")
        return
    if verb is None and (state := calendar_feed.current_feed(runtime.engine, user_id=user)):
        respond(text=feed_state_text(state), response_type="ephemeral")
        return
    # A new address keeps what the old feed held; the first is of one's own deadlines.
    whole = True if verb is CalendarVerb.ALL else None if verb is CalendarVerb.NEW else False
    token, whole = calendar_feed.new_feed(
        runtime.engine, user_id=user, whole_partnership=whole, now=now
    )
    blocks = feed_blocks(runtime.public_url, token, whole_partnership=whole)
    respond(blocks=blocks, text="Your calendar feed", response_type="ephemeral")


def _calendar_verb(args: list[str]) -> CalendarVerb | None:
    try:
        return CalendarVerb(args[0].lower()) if args else None
    except ValueError:
        return None


#: export kind → (file name, what it holds)
_EXPORTS = {
    "csv": ("safeguarding-cases", "The cases and their steps (CSV)"),
    "ics": ("safeguarding-deadlines", "The open deadlines (iCalendar)"),
}


def _dates(args: list[str]) -> tuple[date | None, date | None] | None:
    """From and to as typed (either may be left out: no bound); None if unreadable."""
    try:
        start = date.fromisoformat(args[0]) if args else None
        end = date.fromisoformat(args[1]) if len(args) > 1 else None
    except ValueError:
        return None
    if start and end and start > end:
        return None
    return start, end


def _period_words(start: date | None, end: date | None) -> str:
    if start and end:
        return f" from {start:%d %b %Y} to {end:%d %b %Y}"
    if start:
        return f" from {start:%d %b %Y}"
    return ""


#: verb → (what it does, how many words may follow it)
_SUBCOMMANDS: dict[str, tuple[Callable[..., None], set[int]]] = {
    "": (_open_form, {0}),
    "list": (_list, {0}),
    "show": (_show, {1}),
    "report": (_report, {0, 1, 2, 3}),
    "export": (_export, {1, 2, 3}),
    "actions": (_actions, set(range(8))),  # an agency's name may have several words
    "calendar": (_calendar, {0, 1}),
    "national": (national.open_form, set(range(61))),  # the title may follow
}
