"""Small modals opened from a case card or checklist menu, and reading them back.

Each modal's ``private_metadata`` carries what it acts on (``{"verb", "id"}``), so the
submission needs nothing from the message it came from. Block ids double as field names:
an error keyed by a block id shows under that field.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from slack_sdk.models.blocks import (
    Block,
    InputBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
    UrlInputElement,
    UserSelectElement,
)
from slack_sdk.models.views import View

from bot.domain.forms import (
    FUTURE_DATE,
    NO_DATE,
    SAY_WHY,
    FieldErrors,
    Word,
    past_date_problem,
    text_problem,
    word_of,
)
from bot.domain.pseudonymity import check_free_text
from bot.domain.publication import (
    MAX_URL,
    Published,
    Settled,
    page_url_problem,
    publication_record,
)
from bot.domain.review import PublicationKind, ReviewRules
from bot.domain.words import STEP_VERB_STATUS, Decision, ItemVerb, Status, StepVerb
from bot.rules import Rules
from bot.usecases.read_models import open_at_publication
from bot.views.inputs import ACTION, choice_input, date_input, form_modal, text_input
from bot.views.text import escape
from bot.views.values import form_target
from storage.models import ChecklistItem, Incident, Step

STEP_FORM = "step_form"
ITEM_FORM = "item_form"
CASE_FORM = "close_form"  # closing or reopening a case (the id predates reopening)
REASON_MAX = 300
RATIONALE_MAX = 1000
#: The publication step's form: what was published, why only the improvements, the link.
KIND_BLOCK, REASON_BLOCK, URL_BLOCK = "kind", "reason", "url"
#: And, for each step still open that publication asks about, its block ids (with the
#: step's id after them): what became of it, the date it was done, why it does not apply.
SETTLE, SETTLE_ON, SETTLE_WHY = "settle:", "settle_on:", "settle_why:"

DECISIONS: dict[str, str] = {decision: decision.label for decision in Decision}

_DATE_LABEL = {
    "panel_notification": "Date the Panel was notified",
    "rapid_review": "Date the rapid review was sent to the Panel",
    "lcspr_decision": "Date of the decision",
    "lcspr_publication": "Date the review was published",
    "final_report_to_panel": "Date the final report was sent",
}
_REASON_LABEL: dict[str, str] = {
    StepVerb.NOT_APPLICABLE: "Why this step does not apply",
    StepVerb.PAUSE: "Why it is paused (for example criminal or coroner proceedings)",
    StepVerb.RESUME: "Why it can go ahead now",
}
_TITLE: dict[str, str] = {
    StepVerb.DONE: "Record step",
    StepVerb.PLAN: "Publication date",
    StepVerb.ASSIGN: "Assign owner",
    StepVerb.NOT_APPLICABLE: "Not applicable",
    StepVerb.PAUSE: "Pause step",
    StepVerb.RESUME: "Resume step",
    ItemVerb.NOTE: "Checklist note",
    ItemVerb.DONE_ON: "Done earlier",
}


def _owner_input(initial: str | None) -> InputBlock:
    return InputBlock(
        block_id="owner",
        label="Owner",
        element=UserSelectElement(action_id=ACTION, initial_user=initial),
    )


def step_modal(
    verb: str,
    step: Step,
    incident: Incident,
    today: date,
    *,
    rules: Rules,
    steps: Sequence[Step],
) -> View:
    """The form for doing ``verb`` to a step of ``incident``, whose steps are ``steps``."""
    assert step.id is not None
    heading = SectionBlock(
        text=MarkdownTextObject(text=f"*{incident.reference}*: {escape(step.title)}")
    )
    blocks: list[Block] = [heading]
    if verb == StepVerb.DONE:
        blocks.append(date_input("date", _DATE_LABEL.get(step.step_key, "Date done"), today))
        if step.step_key == "lcspr_decision":
            blocks += [
                choice_input("decision", "Decision", list(DECISIONS.items())),
                text_input("rationale", "Rationale", RATIONALE_MAX),
                date_input(
                    "family_informed_on",
                    "Date the rationale was shared with the family",
                    None,
                    optional=True,
                ),
            ]
        elif step.step_key == "lcspr_publication":
            blocks += publication_inputs(rules)
            blocks += settle_inputs(open_at_publication(steps, rules))
    elif verb == StepVerb.PLAN:
        planned = incident.publication_planned_on or step.due_on  # the target, by default
        blocks.append(date_input("date", "Planned publication date", planned))
    elif verb == StepVerb.ASSIGN:
        blocks.append(_owner_input(step.owner_id))
    else:
        blocks.append(text_input("reason", _REASON_LABEL[verb], REASON_MAX))
    return form_modal(STEP_FORM, verb=verb, target=step.id, title=_TITLE[verb], blocks=blocks)


def publication_inputs(rules: Rules) -> list[Block]:
    """The fields the publication step's "Record publication…" form adds: what was
    published (the rules' kinds), the reason a kind needs, the partnership's page."""
    kinds = rules.review.publication_kinds
    needing = [k.title[0].lower() + k.title[1:] for k in kinds.values() if k.reason_required]
    reason = text_input(
        REASON_BLOCK, f"Why {' or '.join(needing)} is published" if needing else "Why", REASON_MAX
    )
    reason.optional = True
    reason.hint = PlainTextObject(
        text="Needed for that choice only. No names or other identifying details."
    )
    link = link_input("Link to the partnership's page for it (https://…)")
    kind = choice_input(KIND_BLOCK, "What was published", [(k, r.title) for k, r in kinds.items()])
    return [kind, reason, link]


def link_input(label: str) -> InputBlock:
    """An optional link to a published page, checked as publication links are."""
    return InputBlock(
        block_id=URL_BLOCK,
        label=label,
        optional=True,
        hint=f"The page's web address, up to {MAX_URL} characters.",
        element=UrlInputElement(action_id=ACTION),
    )


def settle_inputs(still_open: Sequence[Step]) -> list[Block]:
    """What the publication form asks of each step still open, so that publication drops
    none unsaid: done on a date, or not applicable with the reason."""
    if not still_open:
        return []
    intro = (
        "*Still open.* Publication ends these: record when each was done, or why it does "
        "not apply. The history keeps what you record."
    )
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=intro))]
    choices = [
        (Status.DONE.value, "Done on the date below"),
        (Status.NOT_APPLICABLE.value, "Not applicable (say why below)"),
    ]
    for step in still_open:
        blocks.append(choice_input(f"{SETTLE}{step.step_key}", step.title, choices))
        blocks.append(
            date_input(f"{SETTLE_ON}{step.step_key}", "Date it was done", None, optional=True)
        )
        why = text_input(f"{SETTLE_WHY}{step.step_key}", "Why it does not apply", REASON_MAX)
        why.optional = True
        blocks.append(why)
    return blocks


def item_modal(verb: str, item: ChecklistItem, today: date) -> View:
    """Assign an owner to a checklist item, write its note, say why it does not apply, or
    record it done on the day it was (a business unit catching up after the fact)."""
    assert item.id is not None
    heading = SectionBlock(text=MarkdownTextObject(text=escape(item.title)))
    if verb == ItemVerb.ASSIGN:
        field = _owner_input(item.owner_id)
    elif verb == ItemVerb.DONE_ON:
        field = date_input("date", "Date done", today)
    elif verb == ItemVerb.NOT_APPLICABLE:
        field = text_input("reason", "Why this item does not apply", REASON_MAX)
    else:
        field = text_input("note", "Note", REASON_MAX, initial=item.note)
        field.optional = True
    return form_modal(
        ITEM_FORM, verb=verb, target=item.id, title=_TITLE[verb], blocks=[heading, field]
    )


def case_modal(verb: str, incident: Incident) -> View:
    """Closing a case before its last step is done, or reopening it, needs a reason."""
    assert incident.id is not None
    if verb == "reopen":
        question = (
            f"Reopen *{incident.reference}*? Its deadlines and reminders come back. Say why; "
            "the reason is kept in the case history."
        )
        label, title = "Reason for reopening", "Reopen case"
    else:
        question = (
            f"Close *{incident.reference}* before every step is done? Say why; the "
            "reason is kept in the case history."
        )
        label, title = "Reason for closing", "Close case"
    heading = SectionBlock(text=MarkdownTextObject(text=question))
    reason = text_input("reason", label, REASON_MAX)
    return form_modal(
        CASE_FORM, verb=verb, target=incident.id, title=title, blocks=[heading, reason]
    )


@dataclass(frozen=True)
class Submitted:
    """What a submitted small form says: its verb, target id and field values."""

    verb: str
    target: int
    values: Mapping[str, Any]

    def text(self, block: str) -> str:
        value = self._state(block).get("value")
        return value.strip() if isinstance(value, str) else ""

    def day(self, block: str) -> date | None:
        value = self._state(block).get("selected_date")
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def user(self, block: str) -> str | None:
        value = self._state(block).get("selected_user")
        return value if isinstance(value, str) and value else None

    def choice(self, block: str) -> str | None:
        option = self._state(block).get("selected_option")
        return option.get("value") if isinstance(option, Mapping) else None

    def _state(self, block: str) -> Mapping[str, Any]:
        elements = self.values.get(block)
        value = elements.get(ACTION) if isinstance(elements, Mapping) else None
        return value if isinstance(value, Mapping) else {}


Command = TypeVar("Command")


class Reading:
    """A submitted form read field by field by its reader, what is wrong with each field
    kept by its block id (the checks are the domain's), so that the reader answers with a
    command or with every field to fix at once."""

    def __init__(self, form: Submitted, *, today: date, allowed: Collection[str]) -> None:
        self.form, self.today, self.allowed = form, today, allowed
        self.errors = FieldErrors()

    def fail(self, block: str, problem: str | None) -> None:
        """Keep ``problem`` (if any) as what is wrong with ``block``."""
        if problem is not None:
            self.errors[block] = problem

    def past_date(self, block: str) -> date | None:
        """The date chosen in ``block``: one not in the future."""
        value = self.form.day(block)
        self.fail(block, past_date_problem(value, self.today))
        return value

    def free_text(self, block: str, limit: int, *, missing: str = SAY_WHY) -> str:
        """The text typed in ``block``: some, and what the confidentiality guard allows."""
        value = self.form.text(block)
        self.fail(block, text_problem(value, limit=limit, allowed=self.allowed, missing=missing))
        return value

    def word(self, block: str, words: type[Word], missing: str) -> Word | None:
        """The choice in ``block`` as one of ``words``; ``missing`` if it is none of them."""
        value = word_of(words, self.form.choice(block))
        self.fail(block, missing if value is None else None)
        return value

    def answer(self, command: Command | None) -> Command | FieldErrors | None:
        """What the form asks: its fields to fix if any is wrong, else ``command`` (None for
        a verb the reader does not know)."""
        return self.errors or command


def read_submission(view: Mapping[str, Any]) -> Submitted:
    """The verb, target and values of a small form; ValueError if the metadata is not ours."""
    target = form_target(view)
    if target is None:
        raise ValueError("not a form this bot opened")
    values = view.get("state", {}).get("values", {})
    return Submitted(*target, values if isinstance(values, Mapping) else {})


# What the small forms ask, each named for its use case in ``bot.usecases.lifecycle``,
# whose keywords its fields are.


@dataclass(frozen=True)
class RecordStepDone:
    step_id: int
    on: date
    decision: str | None
    rationale: str | None
    family_informed_on: date | None
    published: Published | None
    settled: Mapping[str, Settled]


@dataclass(frozen=True)
class PlanPublication:
    step_id: int
    on: date


@dataclass(frozen=True)
class AssignStep:
    step_id: int
    owner: str


@dataclass(frozen=True)
class SetStepStatus:
    step_id: int
    status: Status
    reason: str


StepCommand = RecordStepDone | PlanPublication | AssignStep | SetStepStatus


@dataclass(frozen=True)
class UpdateItem:
    """One change to a checklist item: its owner, done on a day, not applicable, its note."""

    item_id: int
    owner: str | None = None
    status: Status | None = None
    done_on: date | None = None
    reason: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class CloseCase:
    incident_id: int
    reason: str


@dataclass(frozen=True)
class ReopenCase(CloseCase):
    """Reopening asks for its reason as closing early does."""


#: Whether someone is a member of the partnership's channel (Slack is asked).
Member = Callable[[str], bool]


def read_step_form(
    form: Submitted, *, today: date, rules: Rules, member: Member
) -> StepCommand | FieldErrors | None:
    """What a submitted step form asks, or its fields to fix; None for a verb it does not
    know."""
    reading = Reading(form, today=today, allowed=rules.allowed_words)
    step = form.target
    command: StepCommand | None = None
    if form.verb == StepVerb.DONE:
        command = _step_done(reading, rules.review)
    elif form.verb == StepVerb.PLAN:
        planned = form.day("date")
        reading.fail("date", NO_DATE if planned is None else None)
        command = None if planned is None else PlanPublication(step, planned)
    elif form.verb == StepVerb.ASSIGN:
        command = AssignStep(step, _owner(reading, member))
    elif form.verb in STEP_VERB_STATUS:
        status = STEP_VERB_STATUS[StepVerb(form.verb)]
        command = SetStepStatus(step, status, reading.free_text("reason", REASON_MAX))
    return reading.answer(command)


def _owner(reading: Reading, member: Member) -> str:
    """The owner chosen: a member of the partnership's channel."""
    owner = reading.form.user("owner") or ""
    if not member(owner):
        reading.fail("owner", "The owner must be a member of the partnership channel.")
    return owner


def _step_done(reading: Reading, review: ReviewRules) -> RecordStepDone | None:
    """A step done on a day gone by, with what its form asks besides: the decision and its
    rationale, or what was published and what became of the steps still open."""
    form = reading.form
    on = reading.past_date("date")
    decision = rationale = family = None
    if "decision" in form.values:
        decision = form.choice("decision")
        reading.fail("decision", None if decision in DECISIONS else "Choose the decision.")
        rationale = reading.free_text("rationale", RATIONALE_MAX)
        family = form.day("family_informed_on")
        if family and family > reading.today:
            reading.fail("family_informed_on", FUTURE_DATE)
    published = _published(reading, review) if KIND_BLOCK in form.values else None
    settled = _settled(reading)
    if on is None:
        return None
    return RecordStepDone(form.target, on, decision, rationale, family, published, settled)


def _published(reading: Reading, review: ReviewRules) -> Published | None:
    """What the publication step's form says was published: a kind that needs a reason
    has one that passes the confidentiality guard, and the link is a sound https address
    whose words pass it too."""
    kind = reading.word(KIND_BLOCK, PublicationKind, "Choose what was published.")
    if kind is None:
        return None
    needed = review.publication_kinds[kind].reason_required
    reason = reading.free_text(REASON_BLOCK, REASON_MAX) if needed else None
    url = reading.form.text(URL_BLOCK) or None
    if url:
        reading.fail(URL_BLOCK, page_url_problem(url, allowed=reading.allowed))
    if REASON_BLOCK in reading.errors or URL_BLOCK in reading.errors:
        return None
    try:
        return publication_record(review, kind, reason, url, allowed=reading.allowed)
    except ValueError as exc:
        reading.fail(REASON_BLOCK, str(exc))
        return None


def _settled(reading: Reading) -> dict[str, Settled]:
    """What the publication form says of each step still open it asked about: done on a
    date not in the future, or not applicable with a reason the guard lets through."""
    settled: dict[str, Settled] = {}
    for block in reading.form.values:
        if not block.startswith(SETTLE):
            continue
        key = block.removeprefix(SETTLE)
        chosen = reading.form.choice(block)
        if chosen == Status.DONE:
            settled[key] = Settled(on=reading.past_date(f"{SETTLE_ON}{key}"))
        elif chosen == Status.NOT_APPLICABLE:
            settled[key] = Settled(reason=reading.free_text(f"{SETTLE_WHY}{key}", REASON_MAX))
        else:
            reading.fail(block, "Say whether it was done or does not apply.")
    return settled


def read_item_form(
    form: Submitted, *, today: date, allowed: Collection[str], member: Member
) -> UpdateItem | FieldErrors | None:
    """What a submitted checklist item form asks, or its fields to fix; None for a verb it
    does not know. A note may be left empty (it clears the note)."""
    reading = Reading(form, today=today, allowed=allowed)
    item, command = form.target, None
    if form.verb == ItemVerb.ASSIGN:
        command = UpdateItem(item, owner=_owner(reading, member))
    elif form.verb == ItemVerb.DONE_ON:
        on = reading.past_date("date")
        command = None if on is None else UpdateItem(item, status=Status.DONE, done_on=on)
    elif form.verb == ItemVerb.NOT_APPLICABLE:
        reason = reading.free_text("reason", REASON_MAX)
        command = UpdateItem(item, status=Status.NOT_APPLICABLE, reason=reason)
    elif form.verb == ItemVerb.NOTE:
        note = form.text("note")
        if note:
            reading.fail("note", check_free_text(note, max_length=REASON_MAX, allowed=allowed))
        command = UpdateItem(item, note=note)
    return reading.answer(command)


def read_case_form(
    form: Submitted, *, today: date, allowed: Collection[str]
) -> CloseCase | FieldErrors | None:
    """Closing or reopening a case, with its reason, or the reason to fix; None for a verb
    it does not know."""
    reading = Reading(form, today=today, allowed=allowed)
    reason = reading.free_text("reason", REASON_MAX)
    command = {"close": CloseCase, "reopen": ReopenCase}.get(form.verb)
    return reading.answer(None if command is None else command(form.target, reason))
