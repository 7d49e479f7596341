"""The case card: one message per incident with its facts and every statutory deadline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.blocks.text import STATUS_MARK, day, day_of, escape, owner, time_left
from bot.domain.calendar import WorkingCalendar
from bot.domain.incident import AGE_BANDS
from storage.models import Incident, Step

_WHERE = {
    "in_area": "In the area",
    "resident_harmed_outside_england": "Resident here, harmed outside England",
}


def case_title(incident: Incident) -> str:
    """How a case is named everywhere: reference and pseudonym, nothing more."""
    return f"{incident.reference} · {incident.pseudonym}"


def case_card(
    incident: Incident, steps: Sequence[Step], today: date, calendar: WorkingCalendar
) -> list[Block]:
    """The card's blocks; ``steps`` in the order to show them (soonest first)."""
    facts = [
        ("What happened", "Died" if incident.died else "Seriously harmed"),
        (
            "Abuse or neglect",
            "Known or suspected" if incident.abuse_or_neglect else "Not suspected",
        ),
        ("Age band", AGE_BANDS.get(incident.age_band or "", "Not given")),
        ("Where", _WHERE.get(incident.location, incident.location)),
        ("Aware on", day(incident.aware_on)),
        ("Case owner", owner(incident.owner_id)),
    ]
    if incident.looked_after or incident.care_leaver:
        facts.append(("Status", "Looked-after child" if incident.looked_after else "Care leaver"))
    if incident.notified_on:
        facts.append(("Panel notified", day(incident.notified_on)))
    blocks: list[Block] = [
        HeaderBlock(text=case_title(incident)[:150]),
        SectionBlock(fields=[MarkdownTextObject(text=f"*{k}*\n{v}") for k, v in facts]),
    ]
    if incident.summary:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=escape(incident.summary))))
    blocks += [DividerBlock(), SectionBlock(text=MarkdownTextObject(text="*Statutory deadlines*"))]
    blocks += [
        SectionBlock(text=MarkdownTextObject(text=_step_line(s, today, calendar))) for s in steps
    ]
    closed = f" · closed {day_of(incident.closed_at)}" if incident.closed_at else ""
    blocks.append(
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=f"Logged by <@{incident.created_by}>{closed}. Working days exclude "
                    "weekends, England & Wales bank holidays and partnership closure days."
                )
            ]
        )
    )
    return blocks


def _step_line(step: Step, today: date, calendar: WorkingCalendar) -> str:
    mark = STATUS_MARK.get(step.status, STATUS_MARK["open"])
    if step.status == "done" and step.completed_at:
        when = f"done {day_of(step.completed_at)}"
    elif step.status != "open":
        when = step.status.replace("_", " ")
    elif step.due_on is None:
        when = "date not yet known"
    else:
        when = f"due *{day(step.due_on)}* · {time_left(step.due_on, today, calendar)}"
    provisional = " · _provisional_" if step.provisional and step.status == "open" else ""
    who = owner(step.owner_id, step.owner_role)
    return f"{mark} *{escape(step.title)}*\n{when}{provisional} · {who}\n_{escape(step.basis)}_"


def case_card_text(incident: Incident) -> str:
    """The notification text Slack shows where blocks cannot be (and screen readers read)."""
    return f"Serious incident {escape(case_title(incident))}"
