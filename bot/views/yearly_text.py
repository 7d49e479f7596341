"""The yearly figures in words: one list of figures that the CSV (one row each), the
Markdown report and the Slack reply all show, and the lists of late and open items.
Pure and Slack-free, since the offline command prints them."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass

from bot.domain.actions import AssuranceResult
from bot.domain.calendar import day
from bot.domain.review import NationalDecision, PanelAnswer
from bot.domain.timeliness import Late, Measure
from bot.domain.words import Decision
from bot.domain.yearly import (
    MONTH_DAYS,
    ActionCounts,
    ActionLine,
    Delay,
    PanelReply,
    Publication,
    YearlyReport,
)

#: The CSV's columns: which part of the report, the figure, its number, what it is out
#: of (for a share), and a note (the share, the case, the breakdown).
CSV_COLUMNS = ("section", "figure", "value", "out_of", "note")

INCIDENTS = "Serious incidents and rapid reviews"
DECISIONS = "Decisions after the rapid review"
PANEL = "The Panel's answers to rapid reviews"
DEATHS = "Deaths of looked-after children and care leavers"
LOCAL_REVIEWS = "Local child safeguarding practice reviews"
LEARNING = "Practice learning reviews"
ACTIONS = "Improvement actions"
ORIGINS = "Improvement actions by the review they come from"

DECISION_WORDS = {
    Decision.LCSPR: "Local review commissioned",
    Decision.NATIONAL: "National review recommended to the Panel",
    Decision.NO_REVIEW: "No further review",
}
NATIONAL_WORDS = {
    NationalDecision.NATIONAL_REVIEW: "The Panel's decision: a national review",
    NationalDecision.LOCAL_REVIEW: "The Panel's decision: a local review after all",
}
ASSURANCE_WORDS = {
    AssuranceResult.EMBEDDED: "embedded",
    AssuranceResult.PARTLY: "partly embedded",
    AssuranceResult.NOT_YET: "not yet embedded",
}
PUBLICATION_WORDS = {"full_report": "the full report", "improvements_only": "improvements only"}
ANSWER_WORDS = {
    PanelAnswer.AGREES: "The Panel agreed with the decision",
    PanelAnswer.DISAGREES: "The Panel disagreed with the decision",
    PanelAnswer.ASKS_FOR_MORE_INFORMATION: "The Panel asked for more information",
}

#: What the yearly report holds that no count can give: the partnership writes it.
PARTNERSHIP_WRITES = (
    "the impact of the arrangements on children and families",
    "the priorities for the year ahead",
    "the voice of children and families",
    "training",
    "scrutiny of the arrangements",
    "funding",
)
ONE_PART = "These figures are one part of the partners' yearly report, not the whole of it"
NOT_COUNTED = (
    f"{ONE_PART}: the partnership writes {', '.join(PARTNERSHIP_WRITES[:-1])} and "
    f"{PARTNERSHIP_WRITES[-1]}."
)

BASIS = (
    "Each figure is counted from the bot's records of the year: a notification, sending, "
    "decision or publication recorded with a date in the year; a statutory step done in "
    "the year or due in it and not done (deadlines in working days, with the "
    "partnership's rules); a local review past its target unpublished at some time in the "
    "year; an improvement action due in the year, and assurance results recorded in it. A "
    "count of notifications, sendings or answers counts those made in the year; an on-time "
    "share counts those done in the year and those due in it and not done, so its cases "
    "are not the same. Cases are named by reference and pseudonym only."
)


def computed_with(report: YearlyReport) -> str:
    """What the figures were computed with, so that a rule changed since does not change
    a year's figures unseen."""
    used = report.rules
    if used is None:
        return ""
    text = (
        f"Deadlines recomputed with the rules in force, fingerprint {used.short} (the "
        "applied_rules table keeps the fingerprint of the rules the stored due dates were "
        "computed with)"
    )
    if used.stored is None:
        return f"{text}; none is stored yet."
    since = f" since {day(used.applied_at.date())}" if used.applied_at else ""
    if used.stored != used.fingerprint:
        return (
            f"{text}; the stored due dates were computed with other rules ({used.stored[:12]}"
            f"{since}): these figures may differ from a report made with those."
        )
    if used.applied_at is not None and used.applied_at.date() > report.year.start:
        return (
            f"{text}, in force{since}: a rule changed then is applied to the whole year, "
            "so keep each year's report with its fingerprint."
        )
    return f"{text}, in force{since}."


def notes(report: YearlyReport) -> str:
    """How the figures are counted, what they were computed with, and what they leave to
    the partnership: said with every copy of the figures."""
    return " ".join(text for text in (BASIS, computed_with(report), NOT_COUNTED) if text)


@dataclass(frozen=True)
class Figure:
    """One figure of the report: a CSV row, a Markdown table row, a line in Slack."""

    section: str
    name: str
    value: int | float | str
    out_of: int | None = None
    note: str = ""

    def shown(self) -> str:
        """``2 of 3 (67%)``, ``4``, ``219 days``: the value as people read it."""
        if self.out_of is None:
            text = str(self.value)
        elif self.out_of:
            text = f"{self.value} of {self.out_of} ({int(self.value) / self.out_of:.0%})"
        else:
            text = "none due"
        return f"{text}; {self.note}" if self.note else text


def agency_name(agency: str, agencies: Mapping[str, str]) -> str:
    return agencies.get(agency, agency.replace("_", " ").capitalize())


def _median(value: float) -> int | float:
    """A median as a whole number when it is one (182, not 182.0), else to one place."""
    return int(value) if value == int(value) else round(value, 1)


def months(days: float) -> str:
    return f"{days / MONTH_DAYS:.1f} months"


def figures(report: YearlyReport, agencies: Mapping[str, str]) -> list[Figure]:
    """Every figure of the report, in the order shown."""
    found = [
        Figure(
            INCIDENTS,
            "Serious incidents notified to the Panel",
            report.notified,
            note="notifications made in the year",
        )
    ]
    notified, reviews, final = (
        report.measure(step)
        for step in ("panel_notification", "rapid_review", "final_report_to_panel")
    )
    if notified is not None:
        found.append(_share(INCIDENTS, f"Panel notifications on time ({notified.rule})", notified))
    if reviews is not None:
        late_done = reviews.done - reviews.on_time
        found += [
            Figure(INCIDENTS, "Rapid reviews completed (sent to the Panel)", reviews.done),
            Figure(INCIDENTS, f"Rapid reviews on time ({reviews.rule})", *_of(reviews)),
            Figure(INCIDENTS, "Rapid reviews completed late", late_done),
            Figure(INCIDENTS, "Rapid reviews overdue, not yet sent", len(reviews.late) - late_done),
        ]
    decided = sum(report.decisions.values())
    found.append(Figure(DECISIONS, "Decisions recorded", decided))
    found += [Figure(DECISIONS, DECISION_WORDS[d], n) for d, n in report.decisions.items()]
    found += [Figure(DECISIONS, NATIONAL_WORDS[d], n) for d, n in report.national.items()]
    found += _panel(report)
    found += _deaths(report)
    found += _local_reviews(report)
    if final is not None:
        found.append(
            _share(LOCAL_REVIEWS, f"Final reports to the Panel on time ({final.rule})", final)
        )
    found.append(
        Figure(
            LEARNING,
            "Practice learning reviews held",
            len(report.learning_reviews),
            note="cases below the threshold the local authority became aware of in the year",
        )
    )
    found += _actions(ACTIONS, report.actions)
    found += [
        Figure(ORIGINS, f"From a {origin.label[0].lower()}{origin.label[1:]}", n)
        for origin, n in report.by_origin.items()
    ]
    for counts in report.by_agency:
        found += _actions(f"{ACTIONS}: {agency_name(counts.agency, agencies)}", counts)
    return found


def _of(measure: Measure) -> tuple[int, int]:
    return measure.on_time, measure.done


def _share(section: str, name: str, measure: Measure) -> Figure:
    """On time of those done or overdue (the rest not yet due), with what it counts."""
    overdue = measure.counted - measure.done
    note = f"{len(measure.late)} late; " if measure.late else ""
    note += f"counted: {measure.done} done in the year, {overdue} due in it and not done"
    return Figure(section, name, measure.on_time, measure.counted, note)


def _panel(report: YearlyReport) -> list[Figure]:
    """What the Panel said, and how long it took to say it."""
    found = [
        Figure(
            PANEL,
            "Answers from the Panel",
            len(report.panel_replies),
            note="recorded in the year",
        )
    ]
    found += [Figure(PANEL, ANSWER_WORDS[a], n) for a, n in report.answers.items()]
    median, slowest = report.median_answer_days, report.slowest_answer
    if median is not None and slowest is not None:
        found += [
            Figure(
                PANEL,
                "Median time from sending to the Panel's answer (working days)",
                _median(median),
            ),
            Figure(
                PANEL,
                "Longest time to the Panel's answer (working days)",
                slowest.working_days,
                note=case_name(slowest.reference, slowest.pseudonym),
            ),
        ]
    found.append(
        Figure(
            PANEL, "Rapid reviews sent in the year still awaiting an answer", len(report.unanswered)
        )
    )
    return found


def _deaths(report: YearlyReport) -> list[Figure]:
    """The notifications of a looked-after child's or a care leaver's death: how many
    were made, and how many on time."""
    found = []
    for step in ("looked_after_death_notification", "care_leaver_death_notification"):
        measure = report.measure(step)
        if measure is None:
            continue
        found += [
            Figure(DEATHS, measure.label, measure.done, note="notifications made in the year"),
            _share(DEATHS, f"{measure.label} on time ({measure.rule})", measure),
        ]
    return found


def _local_reviews(report: YearlyReport) -> list[Figure]:
    published = report.published
    kinds = ", ".join(
        f"{sum(p.kind == kind for p in published)} {words}"
        for kind, words in PUBLICATION_WORDS.items()
        if any(p.kind == kind for p in published)
    )
    targeted = [p for p in published if p.within_target is not None]
    found = [
        Figure(LOCAL_REVIEWS, "Local reviews commissioned", report.commissioned),
        Figure(LOCAL_REVIEWS, "Local reviews published", len(published), note=kinds),
        Figure(
            LOCAL_REVIEWS,
            "Published within the target",
            sum(bool(p.within_target) for p in targeted),
            len(targeted),
        ),
    ]
    median, longest = report.median_days, report.longest
    if median is not None and longest is not None:
        found += [
            Figure(
                LOCAL_REVIEWS,
                "Median time from commissioning to publication (days)",
                _median(median),
                note=months(median),
            ),
            Figure(
                LOCAL_REVIEWS,
                "Longest time from commissioning to publication (days)",
                longest.days,
                note=f"{months(longest.days)}, {case_name(longest.reference, longest.pseudonym)}",
            ),
        ]
    delayed = report.delayed
    still = sum(d.published_on is None for d in delayed)
    found += [
        Figure(
            LOCAL_REVIEWS,
            "Reviews delayed past the target",
            len(delayed),
            note=f"{len(delayed) - still} published late, {still} not yet published"
            if delayed
            else "",
        ),
        Figure(
            LOCAL_REVIEWS,
            "Delays whose reason was told to the Panel",
            sum(d.told_on is not None for d in delayed),
            len(delayed),
        ),
    ]
    return found


def _actions(section: str, counts: ActionCounts) -> list[Figure]:
    assurance = [
        Figure(section, f"Assurance: {ASSURANCE_WORDS[r]}", counts.assurance.get(r, 0))
        for r in AssuranceResult
    ]
    return [
        Figure(section, "Actions due in the year", counts.due),
        Figure(section, "Done on time", counts.done_on_time),
        Figure(section, "Done late", counts.done_late),
        Figure(section, "Still open past the due date", counts.overdue),
        Figure(section, "Open, not yet due", counts.not_yet_due),
        Figure(section, "Not taken forward", counts.not_taken_forward),
        *assurance,
    ]


#: The columns of the by-agency table (the Markdown report; a line each in Slack).
AGENCY_COLUMNS = (
    "Agency",
    "Due",
    "Done on time",
    "Done late",
    "Open, overdue",
    "Open, not yet due",
    "Not taken forward",
    "Embedded",
    "Partly",
    "Not yet",
)


def agency_cells(counts: ActionCounts) -> tuple[int, ...]:
    """An agency's figures in AGENCY_COLUMNS' order (after its name)."""
    return (
        counts.due,
        counts.done_on_time,
        counts.done_late,
        counts.overdue,
        counts.not_yet_due,
        counts.not_taken_forward,
        *(counts.assurance.get(result, 0) for result in AssuranceResult),
    )


def agency_line(counts: ActionCounts, agencies: Mapping[str, str]) -> str:
    """``Police: 2 due · 1 done on time · …`` for a line in Slack."""
    due, on_time, late, overdue, later, dropped, *assured = agency_cells(counts)
    results = ", ".join(
        f"{n} {ASSURANCE_WORDS[r].removesuffix(' embedded')}"
        for n, r in zip(assured, AssuranceResult, strict=True)
    )
    return (
        f"{agency_name(counts.agency, agencies)}: {due} due · {on_time} done on time · "
        f"{late} done late · {overdue} open past due · {later} not yet due · "
        f"{dropped} not taken forward · assurance: {results}"
    )


# -- the lines that name cases --------------------------------------------------------


def case_name(reference: str, pseudonym: str) -> str:
    return f"{reference} · {pseudonym}"


def _days(count: int, what: str) -> str:
    return f"{count} working day{'s' * (count != 1)} {what}" if count else what


def late_step_line(late: Late) -> str:
    name = case_name(late.reference, late.pseudonym)
    due = f"{name}: due {day(late.due)}"
    if late.done_on is None:
        return f"{due}, not done yet ({_days(late.working_days, 'overdue')})"
    return f"{due}, done {day(late.done_on)} ({_days(late.working_days, 'late')})"


def publication_line(p: Publication) -> str:
    target = ""
    if p.target_on is not None:
        target = "; within the target" if p.within_target else f"; target {day(p.target_on)}"
    kind = f", {PUBLICATION_WORDS.get(p.kind, p.kind)}" if p.kind else ""
    return (
        f"{case_name(p.reference, p.pseudonym)}: commissioned {day(p.commissioned_on)}, "
        f"published {day(p.published_on)}{kind} ({p.days} days, {months(p.days)}){target}"
    )


def reply_line(r: PanelReply) -> str:
    return (
        f"{case_name(r.reference, r.pseudonym)}: sent {day(r.sent_on)}, answered "
        f"{day(r.answered_on)} ({_days(r.working_days, 'after')}): "
        f"{ANSWER_WORDS[r.answer].removeprefix('The Panel ')}"
    )


def delay_line(d: Delay) -> str:
    if d.published_on is None:
        where = f"not published ({d.days_past} days past the target)"
    else:
        where = f"published {day(d.published_on)} ({d.days_past} days past the target)"
    if d.told_on is not None:
        why = f"reason told to the Panel {day(d.told_on)}: “{d.reason}”"
    else:
        why = "no reason told to the Panel yet"
    held = f"; proceedings: {', '.join(d.proceedings)}" if d.proceedings else ""
    return f"{case_name(d.reference, d.pseudonym)}: target {day(d.target_on)}, {where}; {why}{held}"


def action_line(a: ActionLine, agencies: Mapping[str, str]) -> str:
    head = f"{case_name(a.reference, a.pseudonym)} ({agency_name(a.agency, agencies)}): {a.title}"
    if a.done_on is None:
        return f"{head}: due {day(a.due_on)}, still open ({_days(a.working_days, 'overdue')})"
    return f"{head}: due {day(a.due_on)}, done {day(a.done_on)} ({_days(a.working_days, 'late')})"


def heading(report: YearlyReport) -> str:
    year = report.year
    return (
        f"Reporting year {year.label}: {day(year.start)} to {day(year.end)}, "
        f"as at {day(report.today)}"
    )


def lists(report: YearlyReport, agencies: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """The named lists, each with its title: what a reader of a figure asks "which?" of."""
    late_steps = [
        (measure.label, [late_step_line(late) for late in measure.late])
        for measure in report.timeliness
    ]
    return [
        *[(f"{label}: late or overdue", found) for label, found in late_steps],
        ("The Panel's answers", [reply_line(r) for r in report.panel_replies]),
        (
            "Rapid reviews awaiting the Panel's answer",
            [case_name(c.reference, c.pseudonym) for c in report.unanswered],
        ),
        (
            "Practice learning reviews",
            [case_name(c.reference, c.pseudonym) for c in report.learning_reviews],
        ),
        ("Local reviews published in the year", [publication_line(p) for p in report.published]),
        ("Local reviews delayed past the target, and why", [delay_line(d) for d in report.delayed]),
        ("Actions done late", [action_line(a, agencies) for a in report.late_actions]),
        (
            "Actions still open past their due date",
            [action_line(a, agencies) for a in report.open_actions],
        ),
    ]


# -- the files -----------------------------------------------------------------------------


def yearly_csv(report: YearlyReport, agencies: Mapping[str, str]) -> str:
    """One row per figure, the year and the day counted in the first rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["Reporting year", "Reporting year", report.year.label, "", heading(report)])
    if report.rules is not None:
        used = report.rules
        writer.writerow(["Rules", "Rules fingerprint", used.short, "", computed_with(report)])
    writer.writerow(["Not counted", "For the partnership to write", "", "", NOT_COUNTED])
    for f in figures(report, agencies):
        writer.writerow([f.section, f.name, f.value, "" if f.out_of is None else f.out_of, f.note])
    return out.getvalue()


def _md(text: str) -> str:
    """Text made literal in Markdown (a pseudonym or title with * or | in it)."""
    for char in "\\`*_[]<>|#":
        text = text.replace(char, f"\\{char}")
    return " ".join(text.split())  # a line break would end a list item or table row


def yearly_markdown(report: YearlyReport, agencies: Mapping[str, str]) -> str:
    """The report a business unit pastes into the partnership's yearly report."""
    lines = [
        f"# Serious incidents and reviews: {report.year.label}",
        "",
        f"{heading(report)}.",
        "",
        "## For the partnership to write",
        "",
        f"{_md(ONE_PART)}. The partnership writes:",
        "",
        *[f"- {_md(part[0].upper() + part[1:])}" for part in PARTNERSHIP_WRITES],
        "",
    ]
    section = None
    for f in figures(report, agencies):
        if f.section.startswith(f"{ACTIONS}: "):
            continue  # the agencies' figures are one table, below
        if f.section != section:
            section = f.section
            lines += ["", f"## {_md(section)}", "", "| Figure | Number |", "|---|---|"]
        lines.append(f"| {_md(f.name)} | {_md(f.shown())} |")
    if report.by_agency:
        lines += ["", "### By agency", "", "| " + " | ".join(AGENCY_COLUMNS) + " |"]
        lines.append("|---" * len(AGENCY_COLUMNS) + "|")
        for counts in report.by_agency:
            cells = [_md(agency_name(counts.agency, agencies)), *map(str, agency_cells(counts))]
            lines.append("| " + " | ".join(cells) + " |")
    for title, found in lists(report, agencies):
        if found:
            lines += ["", f"### {_md(title)}", "", *[f"- {_md(line)}" for line in found]]
    lines += ["", "## How these are counted", "", _md(BASIS)]
    lines += ["", _md(computed_with(report)), ""] if report.rules else [""]
    return "\n".join(lines).replace("\n\n\n", "\n\n")
