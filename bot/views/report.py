"""The timeliness and yearly figures as people read them, in ``/incident report`` and in
App Home."""

from __future__ import annotations

from collections.abc import Mapping

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.domain.timeliness import Late, Measure, TimelinessReport
from bot.domain.yearly import YearlyReport
from bot.views.text import HEADER_TEXT, MESSAGE_BLOCKS, SECTION_TEXT, cut, day, escape
from bot.views.yearly_text import ACTIONS, agency_line, figures, heading, lists, notes

#: Late cases listed per measure, a dozen to a section (the rest are in the CSV export):
#: keeps a reply inside Slack's 50-block message limit and each section short.
_LATE_SHOWN = 36
_PER_SECTION = 12

BASIS = (
    "A case counts in the period in which the local authority became aware of it. "
    "Deadlines are counted in working days with the partnership's rules; a step not yet "
    "due, paused, or marked not applicable is not counted."
)


def timeliness_blocks(report: TimelinessReport, *, list_late: bool = True) -> list[Block]:
    """The period, then one figure per measure, each followed (if ``list_late``) by the
    cases that missed it."""
    heading = (
        f"*Timeliness: cases the local authority became aware of from {day(report.start)} "
        f"to {day(report.end)}* ({report.cases} case{'s' * (report.cases != 1)})"
    )
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=heading))]
    for measure in report.measures:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=_figure(measure))))
        if list_late and measure.late:
            blocks += _late_sections(measure.late)
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=BASIS)]))
    return blocks


def _figure(measure: Measure) -> str:
    """``*Panel notifications* (5 working days after awareness)`` and the counts."""
    first = f"*{measure.label}* (deadline: {escape(measure.rule)})"
    if measure.share is None:
        counts = "none due yet"
    else:
        counts = (
            f"*{measure.on_time} of {measure.counted}* on time ({measure.share:.0%})"
            f" · {len(measure.late)} late"
        )
    if measure.pending:
        counts += f" · {measure.pending} not yet due"
    return f"{first}\n{counts}"


def _late_line(late: Late) -> str:
    """One missed deadline: the case, the deadline, and when (or whether) it was done."""
    title = escape(f"{late.reference} · {late.pseudonym}")
    count = late.working_days
    days = f"{count} working day{'s' * (count != 1)} " if count else ""
    if late.done_on is None:
        return f"• *{title}*: due {day(late.due)}, not done yet ({days}overdue)"
    return f"• *{title}*: due {day(late.due)}, done {day(late.done_on)} ({days}late)"


def _late_sections(late: tuple[Late, ...]) -> list[Block]:
    lines = [_late_line(item) for item in late[:_LATE_SHOWN]]
    if len(late) > _LATE_SHOWN:
        lines.append(f"…and {len(late) - _LATE_SHOWN} more (safeguarding-bot export has all)")
    return [
        SectionBlock(text=MarkdownTextObject(text="\n".join(lines[i : i + _PER_SECTION])))
        for i in range(0, len(lines), _PER_SECTION)
    ]


#: Lines of each named list shown in Slack, a dozen to a section; the Markdown report
#: (``safeguarding-bot report --format md``) has them all.
_LISTED = 24


def yearly_blocks(report: YearlyReport, agencies: Mapping[str, str]) -> list[Block]:
    """The yearly figures: a heading, each section's figures, the named lists (the first
    of each), how they are counted. Within 50 blocks and 3,000 characters a text: lines
    are packed into sections, never cut mid-list."""
    blocks: list[Block] = [
        HeaderBlock(text=cut(f"Reporting year {report.year.label}", HEADER_TEXT)),
        ContextBlock(elements=[MarkdownTextObject(text=escape(heading(report)))]),
    ]
    by_section: dict[str, list[str]] = {}
    for figure in figures(report, agencies):
        if figure.section.startswith(f"{ACTIONS}: "):
            continue  # an agency's figures are one line, below
        by_section.setdefault(figure.section, []).append(
            f"{escape(figure.name)}: *{escape(figure.shown())}*"
        )
    if report.by_agency:
        by_section[f"{ACTIONS} by agency"] = [
            f"• {escape(agency_line(counts, agencies))}" for counts in report.by_agency
        ]
    for section, lines in by_section.items():
        blocks += _packed(escape(section), lines)
    for title, found in lists(report, agencies):
        if not found:
            continue
        shown = [f"• {cut(escape(line), _LINE)}" for line in found[:_LISTED]]
        if len(found) > _LISTED:
            shown.append(f"…and {len(found) - _LISTED} more (safeguarding-bot report has all)")
        blocks += _packed(escape(title), shown)
    basis = ContextBlock(elements=[MarkdownTextObject(text=escape(notes(report)))])
    if len(blocks) + 1 > MESSAGE_BLOCKS:  # many agencies and long lists: say where the rest is
        blocks = [*blocks[: MESSAGE_BLOCKS - 2], _MORE]
    return [*blocks, basis]


#: The longest line of a list (an action's title is up to 300 characters).
_LINE = 500


def _packed(title: str, lines: list[str]) -> list[Block]:
    """``lines`` under a bold ``title``, a dozen at most to a section and each section
    within Slack's 3,000 characters."""
    sections: list[list[str]] = [[f"*{title}*"]]
    for line in lines:
        current = sections[-1]
        size = sum(len(part) + 1 for part in current) + len(line)
        if len(current) > _PER_SECTION or size > SECTION_TEXT:
            sections.append([])
        sections[-1].append(line)
    return [
        SectionBlock(text=MarkdownTextObject(text=cut("\n".join(parts), SECTION_TEXT)))
        for parts in sections
    ]


_MORE = ContextBlock(
    elements=[MarkdownTextObject(text="…more in `safeguarding-bot report --format md`.")]
)
