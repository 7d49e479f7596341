"""The case card's *Proceedings and publication* section (each parallel proceedings with its
expected or concluded date, the planned publication and how proceedings moved it, and,
once published, what was published, where, and until when it stays available) and its
small forms. What was published is asked by the publication step's own form
(:func:`bot.views.case_forms.publication_inputs`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from slack_sdk.models.blocks import (
    Block,
    BlockElement,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.domain.forms import NO_DATE, FieldErrors
from bot.domain.review import (
    RAPID_REVIEW_STEP,
    ProceedingsKind,
    PublicationKind,
    commissioned_on,
    plan_publication,
)
from bot.rules import Rules
from bot.usecases.read_models import Review, held
from bot.views.case_forms import REASON_MAX, Reading, Submitted
from bot.views.inputs import choice_input, date_input, form_modal, text_input
from bot.views.text import SECTION_TEXT, cut, day, escape, menu
from bot.views.values import row_id
from storage.models import Incident, Proceedings, Step

PUBLICATION_ACTION = "publication"
PUBLICATION_FORM = "publication_form"

#: The section's menu: each option's value is ``verb:incident id``; a form that acts on one
#: proceedings asks which.
RECORD = "record"
EXPECTED = "expected"
CONCLUDED = "concluded"
REMOVE = "remove"
VERBS = (RECORD, EXPECTED, CONCLUDED, REMOVE)
#: The section's heading and its choice that ends proceedings, as other lines name them.
PUBLICATION_HEADING = "Proceedings and publication"
CONCLUDED_LABEL = "Record concluded…"


def publication_blocks(
    incident: Incident,
    review: Review,
    steps: Sequence[Step],
    rules: Rules,
    *,
    controls: bool,
) -> list[Block]:
    """The section on a case that has a rapid review (none otherwise)."""
    if not any(step.step_key == RAPID_REVIEW_STEP for step in steps):
        return []
    lines = [f"*{PUBLICATION_HEADING}*"]
    lines += [f"• {escape(_proceedings(row, rules))}" for row in review.proceedings]
    if not review.proceedings:
        lines.append("No parallel proceedings recorded.")
    state = review.state(incident, steps, rules)
    if incident.published_on is not None:
        lines += _published(incident, steps, rules)
    elif commissioned_on(state) is not None:
        lines.append(_planned(incident, review, rules))
    elif review.proceedings:
        lines.append("_They hold publication once a local review is commissioned._")
    text = cut("\n".join(lines), SECTION_TEXT)
    menu_ = _menu(incident, review) if controls and incident.closed_at is None else None
    return [
        SectionBlock(block_id="publication", text=MarkdownTextObject(text=text), accessory=menu_)
    ]


def _proceedings(row: Proceedings, rules: Rules) -> str:
    """One proceedings as a line: "Criminal proceedings: trial expected Mon 7 Jun 2027"."""
    kind = rules.review.proceedings_kinds[ProceedingsKind(row.kind)]
    expected = (
        f"{kind.expected} expected {day(row.expected_on)}"
        if row.expected_on
        else f"{kind.expected} date not yet known"
    )
    if row.concluded_on is not None:
        return f"{kind.title}: concluded {day(row.concluded_on)} ({expected})"
    return f"{kind.title}: {expected}"


def _planned(incident: Incident, review: Review, rules: Rules) -> str:
    """The planned publication, and how the proceedings moved it from the partnership's
    own plan (set on the publication step)."""
    own = incident.publication_planned_on
    proceedings = tuple(held(row) for row in review.proceedings)
    plan = plan_publication(rules.review, own, proceedings, rules.calendar)
    if not plan.held_by:
        if own is None:
            return "*Publication:* not planned yet (Set publication date… on its step)."
        return f"*Publication planned:* {day(own)} (the partnership's plan)"
    first = plan.held_by[0]
    kind = rules.review.proceedings_kinds[first.kind]
    names = " and the ".join(
        rules.review.proceedings_kinds[p.kind].title.lower() for p in plan.held_by
    )
    if plan.planned_on is None:
        return f"*Publication:* held until the {kind.expected} date is known (the {names})"
    if first.concluded_on is not None:
        after = f"the {kind.title.lower()} concluded ({day(first.concluded_on)})"
    else:
        assert first.expected_on is not None  # dated, or the plan would have no date
        after = f"the {kind.expected} ({day(first.expected_on)})"
    line = (
        f"*Publication planned:* {day(plan.planned_on)}, {rules.review.after_proceedings} {after}"
    )
    if own is not None:
        return f"{line}: moved from the partnership's plan of {day(own)} for the {names}"
    return f"{line}, for the {names}"


def _published(incident: Incident, steps: Sequence[Step], rules: Rules) -> list[str]:
    """What was published, why only the improvements (if so), where, and until when."""
    assert incident.published_on is not None
    line = f"*Published:* {day(incident.published_on)}"
    if incident.publication_kind:
        kind = rules.review.publication_kinds[PublicationKind(incident.publication_kind)]
        line += f", {kind.title[0].lower()}{kind.title[1:]}"
    if incident.publication_reason:
        line += f": “{cut(escape(incident.publication_reason), REASON_MAX)}”"
    lines = [line]
    if incident.publication_url:
        lines.append(f"<{escape(incident.publication_url)}|The partnership's page>")
    kept = next((s for s in steps if s.step_key == rules.review.available_step), None)
    if kept is not None and kept.due_on is not None:
        lines.append(f"Available until at least *{day(kept.due_on)}*")
    return lines


def _menu(incident: Incident, review: Review) -> BlockElement:
    options = [(f"{RECORD}:{incident.id}", "Record proceedings…")]
    if _running(review):
        options += [
            (f"{EXPECTED}:{incident.id}", "Change expected date…"),
            (f"{CONCLUDED}:{incident.id}", CONCLUDED_LABEL),
        ]
    if review.proceedings:
        options.append((f"{REMOVE}:{incident.id}", "Remove proceedings recorded in error…"))
    return menu(PUBLICATION_ACTION, options)


def _running(review: Review) -> list[Proceedings]:
    return [row for row in review.proceedings if row.concluded_on is None]


def choices(verb: str, review: Review) -> list[Proceedings]:
    """The proceedings a form of ``verb`` can act on: those still running, to change the
    expected date of or record concluded; any, to remove."""
    return list(review.proceedings) if verb == REMOVE else _running(review)


def publication_modal(
    verb: str, incident: Incident, review: Review, rules: Rules, today: date
) -> View:
    """The form behind a choice of the section's menu (``verb`` as in its values)."""
    assert incident.id is not None
    kinds = rules.review.proceedings_kinds
    heading = f"*{incident.reference}*: "
    if verb == RECORD:
        expected = ", ".join(f"the {k.expected}" for k in kinds.values())
        heading += "proceedings running alongside the review hold its publication"
        when = date_input("expected", f"When they are expected to end ({expected}), if known", None)
        when.optional = True
        blocks: list[Block] = [
            choice_input(
                "kind", "Which proceedings", [(str(k), r.title) for k, r in kinds.items()]
            ),
            when,
        ]
        title = "Proceedings"
    else:
        rows = choices(verb, review)
        which = choice_input(
            "which", "Which proceedings", [(str(r.id), _proceedings(r, rules)) for r in rows]
        )
        first = rows[0] if rows else None
        if verb == EXPECTED:
            heading += "a new date the proceedings are expected to end; publication moves with it"
            initial = first.expected_on if first and len(rows) == 1 else None
            blocks = [which, date_input("expected", "Expected to end on", initial or today)]
            title = "Expected date"
        elif verb == CONCLUDED:
            heading += "the proceedings concluded; publication can go ahead after them"
            blocks = [which, date_input("date", "Date they concluded", today)]
            title = "Concluded"
        else:
            heading += "proceedings recorded in error, removed (the history keeps the reason)"
            blocks = [which, text_input("reason", "Why they were recorded in error", REASON_MAX)]
            title = "Remove proceedings"
    intro = SectionBlock(text=MarkdownTextObject(text=heading))
    return form_modal(
        PUBLICATION_FORM, verb=verb, target=incident.id, title=title, blocks=[intro, *blocks]
    )


# What the section's forms ask, each named for its use case in ``bot.usecases.publication``,
# whose keywords its fields are.


@dataclass(frozen=True)
class RecordProceedings:
    incident_id: int
    kind: ProceedingsKind
    expected_on: date | None


@dataclass(frozen=True)
class ChangeExpected:
    incident_id: int
    proceedings_id: int
    expected_on: date


@dataclass(frozen=True)
class RecordConcluded:
    incident_id: int
    proceedings_id: int
    on: date


@dataclass(frozen=True)
class RemoveProceedings:
    incident_id: int
    proceedings_id: int
    reason: str


ProceedingsCommand = RecordProceedings | ChangeExpected | RecordConcluded | RemoveProceedings

_WHICH = "Choose which proceedings."


def read_publication_form(
    form: Submitted, *, today: date, allowed: Collection[str]
) -> ProceedingsCommand | FieldErrors | None:
    """What a submitted form of the section asks, or its fields to fix; None for a verb
    it does not know. Every form but the first acts on proceedings already recorded."""
    reading = Reading(form, today=today, allowed=allowed)
    incident_id = form.target
    if form.verb == RECORD:
        kind = reading.word("kind", ProceedingsKind, _WHICH)
        if kind is None:
            return reading.errors
        return reading.answer(RecordProceedings(incident_id, kind, _expected(reading)))
    if form.verb not in (EXPECTED, CONCLUDED, REMOVE):
        return None
    which = row_id(form.choice("which") or "")
    reading.fail("which", _WHICH if which is None else None)
    command: ProceedingsCommand | None = None
    if form.verb == EXPECTED:
        expected = _expected(reading)
        reading.fail("expected", NO_DATE if expected is None else None)
        if which is not None and expected is not None:
            command = ChangeExpected(incident_id, which, expected)
    elif form.verb == CONCLUDED:
        on = reading.past_date("date")
        if which is not None and on is not None:
            command = RecordConcluded(incident_id, which, on)
    else:
        reason = reading.free_text("reason", REASON_MAX)
        if which is not None:
            command = RemoveProceedings(incident_id, which, reason)
    return reading.answer(command)


def _expected(reading: Reading) -> date | None:
    """The date proceedings are expected to end, if given: not a day gone by, as they have
    ended then (which is recorded as concluded) or have a new date."""
    expected = reading.form.day("expected")
    if expected is not None and expected < reading.today:
        reading.fail(
            "expected",
            f"That date has passed. If the proceedings have ended, choose {CONCLUDED_LABEL} "
            "instead; if not, give the date they are now expected to end.",
        )
    return expected
