"""The yearly figures as an Excel workbook, for the business unit that writes the
partnership's yearly report in spreadsheets: the figures as the report shows them, the
cases, steps, local reviews and actions behind them as filterable tables, and native
charts of timeliness by quarter and of actions by agency.

Pure: a :class:`YearlyReport` in, the file's bytes out (no SQL, no Slack). Cases are named
by reference and pseudonym only; typed text (an action's title, a delay's reason) passes
the confidentiality guard again (:func:`withheld`), as in the CSV and iCalendar exports.
Every text is written as a string, never as a formula: a pseudonym typed as ``=Child K``
is text in Excel too.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

import xlsxwriter

from bot.domain.actions import Origin
from bot.domain.pseudonymity import withheld
from bot.domain.timeliness import Late, Measure, Met
from bot.domain.yearly import ReportingYear, YearlyReport
from bot.views.yearly_text import (
    AGENCY_COLUMNS,
    ASSURANCE_WORDS,
    DECISION_WORDS,
    NATIONAL_WORDS,
    PUBLICATION_WORDS,
    agency_cells,
    agency_name,
    figures,
    heading,
    notes,
)

#: The sheets, in the order they appear.
FIGURES = "Figures"
CASES = "Cases"
STEPS = "Steps"
PUBLISHED = "Local reviews published"
DELAYED = "Local reviews delayed"
ACTIONS = "Actions"
TIMELINESS = "Timeliness by quarter"
BY_AGENCY = "Actions by agency"

#: Each table starts below a line saying what it is, so its header is on this row (from 0).
HEADER_ROW = 2

#: What became of a step the timeliness figures count.
ON_TIME = "on time"
LATE = "done late"
OVERDUE = "not done, overdue"

#: The columns of the by-agency table that its chart stacks: where the actions stand.
CHARTED = ("Done on time", "Done late", "Open, overdue", "Open, not yet due", "Not taken forward")

Cell = str | int | float | date | None


def yearly_workbook(
    report: YearlyReport, agencies: Mapping[str, str], *, allowed: Collection[str] = ()
) -> bytes:
    """The workbook of ``report``; ``allowed`` are the words the guard lets through."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheets = _Sheets(book)
    sheets.table(
        FIGURES,
        heading(report),
        ("Section", "Figure", "Value", "Out of", "Note"),
        [(f.section, f.name, f.value, f.out_of, f.note or None) for f in figures(report, agencies)],
        note=notes(report),
    )
    sheets.table(
        CASES,
        "The cases notified, decided or commissioned in the year (a blank: not in the year)",
        (
            "Reference",
            "Pseudonym",
            "Panel notified on",
            "Decision after the rapid review",
            "Decided on",
            "The Panel's decision",
            "The Panel decided on",
            "Local review commissioned on",
        ),
        [
            (
                c.reference,
                c.pseudonym,
                c.notified_on,
                DECISION_WORDS[c.decision] if c.decision else None,
                c.decided_on,
                NATIONAL_WORDS[c.national_decision] if c.national_decision else None,
                c.national_decided_on,
                c.commissioned_on,
            )
            for c in report.cases
        ],
    )
    sheets.table(
        STEPS,
        "The statutory steps each timeliness figure counts: done in the year, or due in it",
        (
            "Figure",
            "Deadline",
            "Reference",
            "Pseudonym",
            "Due on",
            "Done on",
            "Outcome",
            "Working days late",
            "Quarter",
        ),
        [_step_row(m, item, report.year) for m in report.timeliness for item in _items(m)],
    )
    sheets.table(
        PUBLISHED,
        "Local reviews published in the year",
        (
            "Reference",
            "Pseudonym",
            "Commissioned on",
            "Published on",
            "Published",
            "Days from commissioning",
            "Target",
            "Within the target",
        ),
        [
            (
                p.reference,
                p.pseudonym,
                p.commissioned_on,
                p.published_on,
                PUBLICATION_WORDS.get(p.kind, p.kind) if p.kind else None,
                p.days,
                p.target_on,
                None if p.within_target is None else _yes(p.within_target),
            )
            for p in report.published
        ],
    )
    sheets.table(
        DELAYED,
        "Local reviews past their target unpublished at some time in the year, and why",
        (
            "Reference",
            "Pseudonym",
            "Target",
            "Published on",
            "Days past the target",
            "Reason told to the Panel on",
            "Reason",
            "Proceedings",
        ),
        [
            (
                d.reference,
                d.pseudonym,
                d.target_on,
                d.published_on,
                d.days_past,
                d.told_on,
                withheld(d.reason, pseudonym=d.pseudonym, allowed=allowed) if d.reason else None,
                ", ".join(d.proceedings) or None,
            )
            for d in report.delayed
        ],
    )
    sheets.table(
        ACTIONS,
        "Improvement actions due in the year, or whose assurance was recorded in it",
        (
            "Reference",
            "Pseudonym",
            "Agency",
            "Action",
            "Due on",
            "Where it stands",
            "Done on",
            "Assurance in the year",
            "Assured on",
            "From",
        ),
        [
            (
                e.action.reference,
                e.action.pseudonym,
                agency_name(e.action.agency, agencies),
                withheld(e.action.title, pseudonym=e.action.pseudonym, allowed=allowed),
                e.action.due_on,
                e.standing,
                e.action.done_on,
                ASSURANCE_WORDS[e.assured] if e.assured else None,
                e.action.assured_on if e.assured else None,
                Origin(e.action.origin).label if e.action.origin in tuple(Origin) else None,
            )
            for e in report.counted_actions
        ],
    )
    _timeliness_charts(sheets, report)
    _agency_chart(sheets, report, agencies)
    book.close()
    return out.getvalue()


def _items(measure: Measure) -> list[Met | Late]:
    return sorted(
        [*measure.met, *measure.late], key=lambda item: (_counted_on(item), item.reference)
    )


def _counted_on(item: Met | Late) -> date:
    """The day a step counts in the year on: the day it was done, or its due date."""
    return (item.done_on or item.due) if isinstance(item, Late) else item.done_on


def _step_row(measure: Measure, item: Met | Late, year: ReportingYear) -> tuple[Cell, ...]:
    if isinstance(item, Met):
        outcome, late_by = ON_TIME, None
    else:
        outcome, late_by = (OVERDUE if item.done_on is None else LATE), item.working_days
    return (
        measure.label,
        measure.rule,
        item.reference,
        item.pseudonym,
        item.due,
        item.done_on,
        outcome,
        late_by,
        _quarter_name(year, _quarter(year, _counted_on(item))),
    )


def _quarter(year: ReportingYear, day: date) -> int:
    return next(n for n, q in enumerate(year.quarters) if q.holds(day))


def _quarter_name(year: ReportingYear, n: int) -> str:
    q = year.quarters[n]
    return f"Q{n + 1} ({q.start:%d %b %Y} to {q.end:%d %b %Y})"


def _timeliness_charts(sheets: _Sheets, report: YearlyReport) -> None:
    """A table of each measure's on-time and late steps by quarter, and a chart of each."""
    year = report.year
    counts = [[[0, 0] for _ in year.quarters] for _ in report.timeliness]
    for counted, measure in zip(counts, report.timeliness, strict=True):
        for item in _items(measure):
            counted[_quarter(year, _counted_on(item))][isinstance(item, Late)] += 1
    columns = ["Quarter"]
    for measure in report.timeliness:
        columns += [f"{measure.label}: on time", f"{measure.label}: late"]
    rows: list[tuple[Cell, ...]] = [
        (_quarter_name(year, n), *(c for counted in counts for c in counted[n]))
        for n in range(len(year.quarters))
    ]
    sheet = sheets.table(
        TIMELINESS,
        f"The statutory steps on time and late, by the quarter they were done in or fell due "
        f"in ({year.label})",
        columns,
        rows,
    )
    first, last = HEADER_ROW + 1, HEADER_ROW + len(rows)
    for n, measure in enumerate(report.timeliness):
        chart = sheets.chart("column", f"{measure.label} ({measure.rule})")
        for col in (1 + 2 * n, 2 + 2 * n):
            chart.add_series(
                {
                    "name": [TIMELINESS, HEADER_ROW, col],
                    "categories": [TIMELINESS, first, 0, last, 0],
                    "values": [TIMELINESS, first, col, last, col],
                }
            )
        sheet.insert_chart(last + 2 + 16 * n, 0, chart, {"x_scale": 1.5})


def _agency_chart(sheets: _Sheets, report: YearlyReport, agencies: Mapping[str, str]) -> None:
    """A table of the actions by agency, as the report has it, and a chart of where they
    stand."""
    rows: list[tuple[Cell, ...]] = [
        (agency_name(c.agency, agencies), *agency_cells(c)) for c in report.by_agency
    ]
    sheet = sheets.table(
        BY_AGENCY,
        f"Improvement actions due in {report.year.label}, by agency",
        AGENCY_COLUMNS,
        rows,
    )
    first, last = HEADER_ROW + 1, HEADER_ROW + max(len(rows), 1)
    chart = sheets.chart("bar", "Improvement actions by agency and where they stand")
    for column in CHARTED:
        col = AGENCY_COLUMNS.index(column)
        chart.add_series(
            {
                "name": [BY_AGENCY, HEADER_ROW, col],
                "categories": [BY_AGENCY, first, 0, last, 0],
                "values": [BY_AGENCY, first, col, last, col],
            }
        )
    sheet.insert_chart(last + 2, 0, chart, {"x_scale": 1.5, "y_scale": 1.2})


def _yes(value: bool) -> str:
    return "yes" if value else "no"


class _Sheets:
    """The workbook's sheets, each a title line and an Excel table (filters on every
    column), every cell written by its type."""

    def __init__(self, book: Any) -> None:
        self._book = book
        self._bold = book.add_format({"bold": True})
        self._date = book.add_format({"num_format": "yyyy-mm-dd"})
        self._wrap = book.add_format({"text_wrap": True, "valign": "top"})

    def table(
        self,
        name: str,
        title: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        *,
        note: str = "",
    ) -> Any:
        sheet = self._book.add_worksheet(name)
        sheet.write_string(0, 0, title, self._bold)
        for r, row in enumerate(rows, start=HEADER_ROW + 1):
            for c, value in enumerate(row):
                self._write(sheet, r, c, value)
        last = HEADER_ROW + max(len(rows), 1)  # a table has at least one row, maybe blank
        sheet.add_table(
            HEADER_ROW,
            0,
            last,
            len(columns) - 1,
            {
                "name": name.title().replace(" ", ""),
                "columns": [{"header": column} for column in columns],
                "style": "Table Style Light 9",
            },
        )
        widths = [
            max([len(columns[c]), *(_width(row[c]) for row in rows)]) for c in range(len(columns))
        ]
        for c, width in enumerate(widths):
            sheet.set_column(c, c, min(width + 2, 60))
        if note:
            sheet.merge_range(last + 2, 0, last + 2, len(columns) - 1, note, self._wrap)
            sheet.set_row(last + 2, 60)
        sheet.freeze_panes(HEADER_ROW + 1, 0)
        return sheet

    def chart(self, kind: str, title: str) -> Any:
        chart = self._book.add_chart({"type": kind, "subtype": "stacked"})
        chart.set_title({"name": title})
        return chart

    def _write(self, sheet: Any, row: int, col: int, value: Cell) -> None:
        if value is None:
            sheet.write_blank(row, col, None)
        elif isinstance(value, str):
            sheet.write_string(row, col, value)  # never a formula, whatever it starts with
        elif isinstance(value, date):
            sheet.write_datetime(row, col, value, self._date)
        else:
            sheet.write_number(row, col, value)


def _width(value: Cell) -> int:
    return 10 if isinstance(value, date) else len(str(value or ""))
