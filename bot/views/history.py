"""A case's audit trail as people read it: when, who, and what they did, in plain words.

The audit trail stores keys (``step: cdop_notification, to: not_applicable``); this turns
each event into a sentence with the step's title, London time and people as mentions:
``Tue 1 Dec 2026 10:42 — @Lead PO marked “Notify CDOP” not applicable: “not a death”``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject, SectionBlock
from slack_sdk.models.views import View

from bot.domain.calendar import LONDON
from bot.domain.incident import AGE_BANDS
from bot.domain.words import FeedRevoked, Reason, Status
from bot.views.case_card import WHERE
from bot.views.case_forms import DECISIONS
from bot.views.review import DIRECTION, NATIONAL
from bot.views.text import SECTION_TEXT, STATUS_WORDS, VIEW_BLOCKS, cut, day, escape, owner
from storage.models import AuditEvent, Incident

#: Events per section, for reading; each section also stays within Slack's 3,000 characters.
_PER_SECTION = 12
#: A reason typed into a form, as quoted in one line of the history.
_REASON = 300

#: Who did it, when it was not a person.
_NOT_A_PERSON = {"system": "The bot", "cli": "An administrator (command line)"}


@dataclass(frozen=True)
class _Said:
    """One event's detail, with the words for its parts."""

    detail: Mapping[str, Any]
    names: Mapping[str, str]  # step and checklist item keys -> titles
    agencies: Mapping[str, str] = field(default_factory=dict)  # agency keys -> names
    #: The words of the reasons the detail says were given, by place ("reason").
    reasons: Mapping[str, str] = field(default_factory=dict)

    def within(self, prefix: str) -> Mapping[str, str]:
        """The reasons of a part of the detail (``settled.<step>.``), placed within it."""
        return {
            place.removeprefix(prefix): words
            for place, words in self.reasons.items()
            if place.startswith(prefix)
        }

    def title(self, key: str = "step") -> str:
        name = str(self.detail.get(key) or "")
        return f"“{escape(self.names.get(name, name.replace('_', ' ')))}”"

    def date(self, key: str) -> str:
        value = self.detail.get(key)
        try:
            return day(date.fromisoformat(value)) if value else "no date"
        except (TypeError, ValueError):  # an older event's own spelling: shown as it is
            return escape(str(value))

    def reason(self) -> str:
        """The reason typed, quoted: its words kept apart while its case is, or (an event
        from before 0.2.0) the words the event holds."""
        reason = self.detail.get("reason")
        if reason == Reason.GIVEN:
            reason = self.reasons.get("reason")
            if reason is None:
                return ", with a reason since removed"
        return f": “{cut(escape(reason), _REASON)}”" if reason else ""

    def status(self, key: str) -> str:
        said = str(self.detail.get(key))
        return STATUS_WORDS[Status(said)] if said in tuple(Status) else said

    def person(self, key: str) -> str:
        return owner(self.detail.get(key))

    def action(self) -> str:
        """An improvement action as the history names it: its number on the case (never
        its title, which an older event may hold)."""
        return f"#{escape(str(self.detail.get('action') or '?'))}"

    def agency(self, key: str = "agency") -> str:
        name = str(self.detail.get(key) or "")
        return escape(self.agencies.get(name, name.replace("_", " ")))

    def word(self, key: str, words: Mapping[Any, str]) -> str:
        """A stored key in the words the card uses for it (an unknown one as it is)."""
        value = self.detail.get(key)
        return escape(words[value]) if value in words else _word(value)

    def decision(self) -> str:
        decision = self.detail.get("decision")
        return f" (decision: {DECISIONS[decision].lower()})" if decision in DECISIONS else ""

    def edits(self) -> str:
        """What an edit of the case changed: each fact from and to (free text as changed)."""
        parts = []
        for name, change in dict(self.detail.get("changed") or {}).items():
            label = _FACT.get(name, name.replace("_", " "))
            if not isinstance(change, Mapping):
                parts.append(f"{label} changed")
                continue
            before, after = change.get("from"), change.get("to")
            said = _Said(change, self.names)
            if name == "owner_id":
                parts.append(f"{label} {owner(before)} → {owner(after)}")
            elif name == "aware_on":
                parts.append(f"{label} {said.date('from')} → {said.date('to')}")
            elif name == "agencies":
                parts.append(f"{label} {self._agencies(before)} → {self._agencies(after)}")
            else:
                words = _FACT_WORDS.get(name, {})
                parts.append(f"{label} {said.word('from', words)} → {said.word('to', words)}")
        return ", ".join(parts) or "nothing"

    def _agencies(self, keys: Any) -> str:
        return escape(", ".join(self.agencies.get(key, key) for key in keys or ()) or "none")

    def moves(self) -> str:
        """The due dates a recompute moved, each from and to."""
        parts = []
        for where, change in dict(self.detail.get("due") or {}).items():
            key = str(where).partition(":")[2]
            said = _Said(change if isinstance(change, Mapping) else {}, self.names)
            title = escape(self.names.get(key, key.replace("_", " ")))
            parts.append(f"“{title}” {said.date('from')} → {said.date('to')}")
        return ", ".join(parts) or "its reminders were planned again"

    def item_change(self) -> str:
        """A checklist item's status, owner or note (one change to an item per event)."""
        item = f"checklist item {self.title('item')}"
        if "to" in self.detail:
            on = f" on {self.date('on')}" if self.detail.get("on") else ""
            said = _ITEM_STATUS.get(self.detail["to"], "changed {}").format(item) + on
            return said + (", with its reason" if self.detail.get("reason") else "")
        if "owner_to" in self.detail:
            return f"gave {item} to {self.person('owner_to')}"
        return f"changed the note on {item}"


#: The facts an edit can change, as the history names them.
_FACT = {
    "aware_on": "awareness date",
    "age_band": "age band",
    "died": "died",
    "seriously_harmed": "seriously harmed",
    "abuse_or_neglect": "abuse or neglect suspected",
    "looked_after": "looked after",
    "care_leaver": "care leaver",
    "practice_learning_review": "practice learning review held",
    "location": "where",
    "lives_elsewhere": "lives in another area",
    "childrens_home": "in a children's home",
    "foster_placement": "in a foster placement",
    "unexpected_death": "unexpected death",
    "agencies": "agencies involved",
    "owner_id": "case owner",
}


#: The Panel's decision on a national review, within a sentence.
_DECIDED = {key: f"{said[0].lower()}{said[1:]}" for key, said in NATIONAL.items()}

#: The facts stored as keys, in the words the form and the card use.
_FACT_WORDS: Mapping[str, Mapping[Any, str]] = {"age_band": AGE_BANDS, "location": WHERE}


def _word(value: Any) -> str:
    """A stored fact as the history shows it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return escape(", ".join(map(str, value)) or "none")
    return escape(str(value).replace("_", " ")) if value is not None else "none"


def _publication_moved(said: _Said) -> str:
    """Where proceedings moved the planned publication, if they did."""
    moved = said.detail.get("publication")
    if not isinstance(moved, Mapping):
        return ""
    change = _Said(moved, said.names)
    to = change.date("to") if moved.get("to") else "no date until theirs is known"
    return f"; planned publication {change.date('from')} → {to}"


def _settled(said: _Said) -> str:
    """What publication recorded of the steps still open that it asked about."""
    parts = []
    for key, what in dict(said.detail.get("settled") or {}).items():
        step = _Said(
            {"step": key, **dict(what or {})}, said.names, reasons=said.within(f"settled.{key}.")
        )
        done = step.detail.get("on")
        parts.append(
            f"{step.title()} done on {step.date('on')}"
            if done
            else f"{step.title()} not applicable{step.reason()}"
        )
    return f"; with it, {', '.join(parts)}" if parts else ""


_ITEM_STATUS = {
    Status.DONE: "marked {} done",
    Status.NOT_APPLICABLE: "marked {} not applicable",
    Status.OPEN: "reopened {}",
}

#: What each audit action says was done (one entry per ``record_audit(action=...)``).
#: Why a calendar feed's address stopped working, as the history says it.
_FEED_REVOKED: Mapping[str, str] = {
    FeedRevoked.REPLACED: "a new one replaces it",
    FeedRevoked.STOPPED: "the feed was turned off",
    FeedRevoked.LEFT: "its owner is no longer in the partnership",
}

_SAYS: Mapping[str, Callable[[_Said], str]] = {
    "incident_logged": lambda d: (
        f"logged the case (aware on {d.date('aware_on')}, case owner {d.person('owner')})"
    ),
    "posted": lambda d: (
        "posted the case card in the channel"
        if "card_ts" in d.detail
        else "posted the case's checklist in the card's thread"
    ),
    "access_refused": lambda d: "was refused access (not a member of the partnership's channel)",
    "step_done": lambda d: (
        f"recorded {d.title()} done on {d.date('on')}{d.decision()}"
        + (f" ({_word(d.detail['published'])} published)" if d.detail.get("published") else "")
        + _settled(d)
    ),
    "proceedings_recorded": lambda d: (
        f"recorded {_word(d.detail.get('kind'))} proceedings, expected to end "
        + (f"on {d.date('expected')}" if d.detail.get("expected") else "on a date not yet known")
        + _publication_moved(d)
    ),
    "proceedings_expected_changed": lambda d: (
        f"changed the date {_word(d.detail.get('kind'))} proceedings are expected to end: "
        f"{_Said(d.detail.get('expected') or {}, d.names).date('from')} → "
        f"{_Said(d.detail.get('expected') or {}, d.names).date('to')}{_publication_moved(d)}"
    ),
    "proceedings_concluded": lambda d: (
        f"recorded {_word(d.detail.get('kind'))} proceedings concluded on {d.date('on')}"
        + _publication_moved(d)
    ),
    "proceedings_removed": lambda d: (
        f"removed {_word(d.detail.get('kind'))} proceedings recorded in error{d.reason()}"
        + _publication_moved(d)
    ),
    "step_reopened": lambda d: f"reopened {d.title()} (it was {d.status('from')})",
    "step_not_applicable": lambda d: f"marked {d.title()} not applicable{d.reason()}",
    "step_paused": lambda d: f"paused {d.title()}{d.reason()}",
    "step_resumed": lambda d: f"resumed {d.title()}{d.reason()}",
    "step_assigned": lambda d: f"gave {d.title()} to {d.person('to')}",
    "step_snoozed": lambda d: f"put off the reminders about {d.title()}",
    "item_snoozed": lambda d: f"put off the reminders about checklist item {d.title('item')}",
    "publication_planned": lambda d: (
        f"set the planned publication date to {d.date('to')}"
        + (f" (it was {d.date('from')})" if d.detail.get("from") else "")
    ),
    "checklist_item_updated": lambda d: d.item_change(),
    "case_closed": lambda d: f"closed the case{d.reason()}",
    "case_reopened": lambda d: f"reopened the case{d.reason()}",
    "case_edited": lambda d: f"corrected the case: {d.edits()}",
    "deadlines_recomputed": lambda d: (
        f"worked the deadlines out again, as the rules or calendar changed: {d.moves()}"
    ),
    "case_purged": lambda d: "removed the case's details at the end of its retention period",
    "review_signed_off": lambda d: (
        f"signed the rapid review off for {_word(d.detail.get('partner'))} on {d.date('on')}"
    ),
    "review_sent": lambda d: (
        f"recorded the rapid review sent to the Panel on {d.date('on')}"
        + (
            f", without {_word(', '.join(d.detail['without']))}{d.reason()}"
            if d.detail.get("without")
            else ""
        )
    ),
    "panel_answered": lambda d: (
        f"recorded the Panel's answer ({_word(d.detail.get('answer'))}) of {d.date('on')}"
    ),
    "panel_reply_sent": lambda d: f"recorded the reply to the Panel sent on {d.date('on')}",
    "panel_correspondence": lambda d: (
        f"logged correspondence {d.word('direction', DIRECTION)} of {d.date('on')}"
    ),
    "review_sent_undone": lambda d: (
        f"undid the rapid review recorded as sent on {d.date('was')}{d.reason()}"
    ),
    "panel_decided": lambda d: (
        f"recorded the Panel's decision ({d.word('decision', _DECIDED)}) of {d.date('on')}"
    ),
    "learning_recorded": lambda d: (
        f"recorded how the learning is shared ({_word(d.detail.get('way'))}) on {d.date('on')}"
    ),
    "target_passed": lambda d: (
        f"noted that the review passed its target of {d.date('due')} unpublished: "
        "the reason for the delay is now due"
    ),
    "progress_checked": lambda d: f"recorded a progress check on the review of {d.date('on')}",
    "delay_told": lambda d: (
        f"recorded the reason for the delay told to the Panel on {d.date('on')}{d.reason()}"
    ),
    # The register of recommendations and improvement actions (their titles, reasons,
    # evidence and notes stay in their place, not in the log).
    "recommendation_added": lambda d: (
        f"recorded a recommendation of the {_word(d.detail.get('origin'))} review"
    ),
    "action_added": lambda d: (
        f"added improvement action {d.action()} for {d.agency()}, "
        f"given to {d.person('owner')}, due {d.date('due')}"
    ),
    "action_done": lambda d: (
        f"recorded improvement action {d.action()} done on {d.date('on')}, with its evidence"
        + (f"; assurance to look again on {d.date('assure')}" if d.detail.get("assure") else "")
    ),
    "action_not_taken_forward": lambda d: (
        f"recorded improvement action {d.action()} not taken forward, with its reason"
    ),
    "action_assured": lambda d: (
        f"recorded the assurance of improvement action {d.action()} on {d.date('on')}: "
        f"{_word(d.detail.get('result'))}"
    ),
    "action_reopened": lambda d: (
        f"reopened improvement action {d.action()} (it was {_word(d.detail.get('from'))})"
    ),
    "action_snoozed": lambda d: f"put off the reminders about improvement action {d.action()}",
    "national_review_recorded": lambda d: (
        f"recorded a national review published on {d.date('published')}"
    ),
    "calendar_feed_created": lambda d: (
        "made a new calendar feed address"
        + (" (the partnership's whole calendar)" if d.detail.get("whole_partnership") else "")
    ),
    "calendar_feed_revoked": lambda d: (
        "revoked a calendar feed address"
        f" ({_FEED_REVOKED.get(str(d.detail.get('why')), 'revoked')})"
    ),
}


def _consequences(said: _Said) -> str:
    """What the change did besides itself: steps that now apply or no longer do, and
    checklist items that what it recorded did."""
    parts = []
    removed = "ended with publication" if said.detail.get("published") else "no longer applies"
    for key, words in (("steps_added", "now applies"), ("steps_removed", removed)):
        parts += [
            f"{_Said({'step': s}, said.names).title()} {words}" for s in said.detail.get(key, ())
        ]
    parts += [
        f"checklist item {_Said({'item': i}, said.names).title('item')} done with it"
        for i in said.detail.get("items_followed", ())
    ]
    if said.detail.get("closed"):  # closed by itself, as a case did before 0.2
        parts.append("every step is finished, so the case closed")
    return f"; {', '.join(parts)}" if parts else ""


def history_line(
    event: AuditEvent,
    names: Mapping[str, str],
    agencies: Mapping[str, str] | None = None,
    reasons: Mapping[str, str] | None = None,
) -> str:
    """One event: ``Tue 1 Dec 2026 10:42 — @someone marked “…” not applicable: “…”``;
    ``agencies`` names the agencies the event holds by key, ``reasons`` holds the words of
    the reasons it says were given."""
    when = event.at.astimezone(LONDON)
    who = (
        f"<@{event.actor}>"
        if event.actor.startswith(("U", "W"))
        else _NOT_A_PERSON.get(event.actor, escape(event.actor))
    )
    said = _Said(event.detail, names, agencies or {}, reasons or {})
    says = _SAYS[event.action](said) if event.action in _SAYS else event.action.replace("_", " ")
    return f"{day(when.date())} {when:%H:%M} — {who} {says}{_consequences(said)}"


def history_blocks(
    events: Sequence[AuditEvent],
    names: Mapping[str, str],
    max_blocks: int,
    *,
    agencies: Mapping[str, str],
    reasons: Mapping[int, Mapping[str, str]],
) -> tuple[list[Block], int]:
    """Sections of the latest events that fit in ``max_blocks`` (oldest first), and how many
    events they show; ``reasons`` holds the words of their reasons, by event id."""
    if not events:
        return [SectionBlock(text=MarkdownTextObject(text="No changes recorded yet."))], 0
    sections: list[list[str]] = []
    size = shown = 0
    for event in reversed(events):  # newest first, so the latest are the ones kept
        said = reasons.get(event.id or 0)
        line = cut(history_line(event, names, agencies, said), SECTION_TEXT)
        if sections and len(sections[-1]) < _PER_SECTION and size + 1 + len(line) <= SECTION_TEXT:
            sections[-1].insert(0, line)
            size += 1 + len(line)
        elif len(sections) < max_blocks:
            sections.append([line])
            size = len(line)
        else:
            break
        shown += 1
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text="\n".join(lines))) for lines in reversed(sections)
    ]
    return blocks, shown


def shown_of(shown: int, total: int) -> ContextBlock | None:
    """The line saying only the latest changes are shown, when that is so."""
    if total <= shown:
        return None
    note = f"Showing the latest {shown} of {total} changes."
    return ContextBlock(elements=[MarkdownTextObject(text=note)])


def history_modal(
    incident: Incident,
    events: Sequence[AuditEvent],
    total: int,
    names: Mapping[str, str],
    agencies: Mapping[str, str],
    reasons: Mapping[int, Mapping[str, str]],
) -> View:
    """Every change to the case, with who and when (the latest, if there are very many)."""
    blocks, shown = history_blocks(
        events, names, VIEW_BLOCKS - 1, agencies=agencies, reasons=reasons
    )
    if note := shown_of(shown, total):
        blocks.insert(0, note)
    title = f"History {incident.reference}"[:24]
    return View(type="modal", title=title, close="Close", blocks=blocks)
