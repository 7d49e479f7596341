"""A case's audit trail as people read it: when, who, what."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject, SectionBlock
from slack_sdk.models.views import View

from bot.blocks.text import escape
from bot.domain.calendar import LONDON
from storage.models import AuditEvent, Incident

#: Events per section: keeps each section well under Slack's 3,000 characters.
_PER_SECTION = 12

_WORDS = {
    "incident_logged": "logged the incident",
    "posted": "posted the case to the channel",
    "access_refused": "was refused access",
    "step_done": "recorded a step as done",
    "step_reopened": "reopened a step",
    "step_not_applicable": "marked a step not applicable",
    "step_paused": "paused a step",
    "step_resumed": "resumed a step",
    "step_assigned": "assigned a step",
    "publication_planned": "set the planned publication date",
    "checklist_item_updated": "updated a checklist item",
    "case_closed": "closed the case",
}


def history_line(event: AuditEvent) -> str:
    """One event: ``Mon 23 Nov 2026 10:30 · @someone logged the incident (details)``."""
    when = event.at.astimezone(LONDON)
    who = f"<@{event.actor}>" if event.actor.startswith(("U", "W")) else event.actor
    what = _WORDS.get(event.action, event.action.replace("_", " "))
    detail = ", ".join(f"{k}: {v}" for k, v in event.detail.items() if v not in (None, ""))
    detail = f" ({escape(detail)})" if detail else ""
    return f"{when:%a} {when.day} {when:%b %Y %H:%M} · {who} {what}{detail}"


def history_blocks(events: Sequence[AuditEvent]) -> list[Block]:
    """The events, oldest first, a dozen to a section."""
    if not events:
        return [SectionBlock(text=MarkdownTextObject(text="No changes recorded yet."))]
    lines = [history_line(event) for event in events]
    return [
        SectionBlock(text=MarkdownTextObject(text="\n".join(lines[i : i + _PER_SECTION])))
        for i in range(0, len(lines), _PER_SECTION)
    ]


def history_modal(incident: Incident, events: Sequence[AuditEvent], total: int) -> View:
    """Every change to the case, with who and when (the latest, if there are very many)."""
    blocks = history_blocks(events)
    if total > len(events):
        note = f"Showing the latest {len(events)} of {total} changes."
        blocks.insert(0, ContextBlock(elements=[MarkdownTextObject(text=note)]))
    title = f"History {incident.reference}"[:24]
    return View(type="modal", title=title, close="Close", blocks=blocks)
