"""The case card's *Improvement actions* section (how many actions are done and overdue,
the recommendations and the actions as lines of one text, with two menus) and its small
forms: a recommendation, an action, an action done with its evidence ("How will we
know?") and a date to look again, not taken forward, the assurance found, undo.

The section is at most two blocks however many actions a case has, so the card stays
within Slack's 50 blocks: it lists the soonest few and says how many more there are.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from slack_sdk.models.blocks import (
    Block,
    InputBlock,
    MarkdownTextObject,
    SectionBlock,
    UserSelectElement,
)
from slack_sdk.models.views import View

from bot.domain.actions import (
    CHOOSES,
    ActionStatus,
    ActionVerb,
    AssuranceResult,
    Origin,
    is_overdue,
    tally,
)
from bot.domain.forms import NO_DATE, FieldErrors
from bot.domain.words import Decision
from bot.views.case_forms import REASON_MAX, Reading, Submitted
from bot.views.inputs import ACTION, choice_input, date_input, form_modal, text_input
from bot.views.text import LABEL, SECTION_TEXT, cut, day, escape, menu, owner
from bot.views.values import row_id
from storage.models import Holder, ImprovementAction, NationalReview, Recommendation

IMPROVEMENT_ACTION = "improvement"
IMPROVEMENT_FORM = "improvement_form"
#: A national review's register: the same menus and forms, under their own ids.
NATIONAL_ACTION = "national_improvement"
NATIONAL_FORM = "national_improvement_form"
#: The block ids of the section's two blocks.
SUMMARY_BLOCK, LIST_BLOCK = "improvement", "improvement_list"
#: Actions listed on the card (the rest are counted: "and N more").
SHOWN = 8
#: The value of "no recommendation" in the add-action form: an immediate action.
IMMEDIATE = "none"
#: How far ahead the done form offers to look again, by default.
LOOK_AGAIN = timedelta(days=91)

_MARK = {
    ActionStatus.OPEN: ":white_large_square:",
    ActionStatus.DONE: ":white_check_mark:",
    ActionStatus.NOT_TAKEN_FORWARD: ":heavy_minus_sign:",
}


def improvement_blocks(
    incident: Holder,
    recommendations: Sequence[Recommendation],
    actions: Sequence[ImprovementAction],
    agencies: Mapping[str, str],
    today: date,
    *,
    controls: bool,
) -> list[Block]:
    """The section: "7 of 12 actions done, 2 overdue", the recommendations, then up to
    :data:`SHOWN` actions, soonest due first (open ones before the finished). Without
    ``controls`` (a copy shown elsewhere) and with nothing recorded, nothing. A national
    review's register has no recommendations of its own: its actions are the review's."""
    if not controls and not recommendations and not actions:
        return []
    editable = controls and incident.closed_at is None
    national = isinstance(incident, NationalReview)
    menu_id = NATIONAL_ACTION if national else IMPROVEMENT_ACTION
    adds = (ActionVerb.ADD,) if national else (ActionVerb.RECOMMEND, ActionVerb.ADD)
    counts = tally(actions, today)
    lines = [f"*Improvement actions*: {counts.summary()}"]
    if recommendations:
        lines.append(f"{len(recommendations)} recommendation{'s' * (len(recommendations) != 1)}:")
        size = sum(len(line) + 1 for line in lines)
        for index, row in enumerate(recommendations, 1):
            line = f"{index}. {_recommendation(row)}"
            if size + len(line) + 1 > SECTION_TEXT - 100:  # room for the "and N more" line
                lines.append(f"_…and {len(recommendations) - index + 1} more recommendations._")
                break
            lines.append(line)
            size += len(line) + 1
    summary_menu = (
        menu(menu_id, [(f"{v}:{incident.id}", v.label) for v in adds]) if editable else None
    )
    summary = SectionBlock(
        block_id=SUMMARY_BLOCK,
        text=MarkdownTextObject(text=cut("\n".join(lines), SECTION_TEXT)),
        accessory=summary_menu,
    )
    if not actions:
        return [summary]
    ordered = sorted(actions, key=lambda a: (a.status != ActionStatus.OPEN, a.due_on or date.max))
    shown: list[str] = []
    size = 0
    for action in ordered[:SHOWN]:
        line = _line(action, agencies, today)
        if size + len(line) + 1 > SECTION_TEXT - 100:  # room for the "and N more" line
            break
        shown.append(line)
        size += len(line) + 1
    if len(shown) < len(ordered):
        shown.append(
            f"_…and {len(ordered) - len(shown)} more: `/incident actions` lists the open ones._"
        )
    verbs = [v for v in CHOOSES if choices(v, actions)] if editable else []
    options = [(f"{v}:{incident.id}", v.label) for v in verbs]
    return [
        summary,
        SectionBlock(
            block_id=LIST_BLOCK,
            text=MarkdownTextObject(text="\n".join(shown)),
            accessory=menu(menu_id, options) if options else None,
        ),
    ]


def _recommendation(row: Recommendation) -> str:
    origin = Origin(row.origin).label if row.origin in tuple(Origin) else row.origin
    return f"{cut(escape(row.text), 300)} _({origin})_"


def _line(action: ImprovementAction, agencies: Mapping[str, str], today: date) -> str:
    """One action: its mark, title, agency, owner, and its due date or outcome."""
    mark = _MARK.get(ActionStatus(action.status), _MARK[ActionStatus.OPEN])
    agency = escape(agencies.get(action.agency, action.agency))
    head = f"{mark} *{cut(escape(action.title), 300)}* · {agency} · {owner(action.owner_id)}"
    if action.status == ActionStatus.DONE:
        when = f"done {day(action.done_on)}" if action.done_on else "done"
        if action.assurance_result in tuple(AssuranceResult):
            result = AssuranceResult(action.assurance_result).label.lower()
            when += f"; assurance {day(action.assured_on)}: {result}" if action.assured_on else ""
        elif action.assurance_due_on:
            when += f"; look again {day(action.assurance_due_on)}"
    elif action.status == ActionStatus.NOT_TAKEN_FORWARD:
        when = f"not taken forward: “{cut(escape(action.reason or ''), 200)}”"
    elif action.due_on is None:
        when = "no due date"
    elif is_overdue(action, today):
        when = f"was due *{day(action.due_on)}* (overdue)"
    else:
        when = f"due *{day(action.due_on)}*"
    return f"{head} · {when}"


def choices(verb: ActionVerb, actions: Sequence[ImprovementAction]) -> list[ImprovementAction]:
    """The actions a form of ``verb`` can act on (open ones to mark done, done ones to
    assure...), soonest due first."""
    wanted = CHOOSES.get(verb, ())
    return [a for a in actions if a.status in wanted]


def action_label(action: ImprovementAction, agencies: Mapping[str, str]) -> str:
    """An action as a select offers it: "#12 Title (agency, due Fri 5 Mar 2027)"."""
    agency = agencies.get(action.agency, action.agency)
    due = f", due {day(action.due_on)}" if action.due_on else ""
    return cut(f"#{action.id} {action.title} ({agency}{due})", LABEL)


def improvement_modal(
    verb: ActionVerb,
    incident: Holder,
    recommendations: Sequence[Recommendation],
    actions: Sequence[ImprovementAction],
    agencies: Mapping[str, str],
    today: date,
    *,
    chosen: int | None = None,
) -> View:
    """The form behind a choice of the section's menus (``chosen``: the action a
    reminder's Mark done was pressed for, chosen already)."""
    assert incident.id is not None
    heading = f"*{incident.reference}*: "
    blocks: list[Block]
    national = isinstance(incident, NationalReview)
    if verb == ActionVerb.RECOMMEND and not isinstance(incident, NationalReview):
        heading += "a recommendation of a review, under which actions are then recorded"
        initial = Origin.LOCAL if incident.decision == Decision.LCSPR else Origin.RAPID
        if incident.practice_learning_review:
            initial = Origin.PRACTICE_LEARNING
        blocks = [
            text_input(
                "text",
                "The recommendation",
                REASON_MAX,
                placeholder="What the review recommends, in a sentence.",
            ),
            choice_input(
                "origin", "The review it comes from", [(o, o.label) for o in Origin], initial
            ),
        ]
        title = "Recommendation"
    elif verb == ActionVerb.ADD:
        heading += "an improvement action: who does what, by when"
        options = [(str(r.id), f"{i}. {r.text}") for i, r in enumerate(recommendations, 1)]
        options.append((IMMEDIATE, "None: an immediate action from the rapid review"))
        under = choice_input(
            "recommendation", "Under the recommendation", options, options[0][0], select=True
        )
        blocks = [
            *([] if national else [under]),  # a national review's actions are the review's
            text_input("title", "The action", REASON_MAX, placeholder="What will be done."),
            choice_input("agency", "Owning agency", list(agencies.items()), None, select=True),
            InputBlock(
                block_id="owner",
                label="Owner",
                element=UserSelectElement(action_id=ACTION),
            ),
            date_input("due", "Due on", None),
        ]
        title = "Improvement action"
    else:
        rows = choices(verb, actions)
        options = [(str(a.id), action_label(a, agencies)) for a in rows]
        picked = (
            str(chosen) if chosen is not None else (options[0][0] if len(options) == 1 else None)
        )
        which = choice_input("which", "Which action", options, picked, select=True)
        if verb == ActionVerb.DONE:
            heading += "the action done. *How will we know?* Say what shows it happened"
            look = date_input(
                "assure", "A date to look again at whether it is embedded", today + LOOK_AGAIN
            )
            look.optional = True
            blocks = [
                which,
                date_input("date", "Date it was done", today),
                text_input(
                    "evidence",
                    "How will we know? The evidence it happened",
                    REASON_MAX,
                    placeholder=(
                        "For example: audit of 20 cases in March; briefing given to all teams."
                    ),
                ),
                look,
            ]
            title = "Action done"
        elif verb == ActionVerb.NOT_TAKEN_FORWARD:
            heading += "the action is not taken forward (the reason is kept)"
            blocks = [which, text_input("reason", "Why it is not taken forward", REASON_MAX)]
            title = "Not taken forward"
        elif verb == ActionVerb.ASSURE:
            heading += "what looking again found: is the learning embedded in practice?"
            results = [(r, r.label) for r in AssuranceResult]
            blocks = [
                which,
                choice_input("result", "The result", results, None),
                text_input("note", "How the partnership knows", REASON_MAX),
                date_input("date", "Date of the assurance", today),
            ]
            title = "Assurance"
        else:
            heading += "open the action again (its evidence, reason and assurance are cleared)"
            blocks = [which]
            title = "Reopen action"
    intro = SectionBlock(text=MarkdownTextObject(text=heading))
    form = NATIONAL_FORM if national else IMPROVEMENT_FORM
    return form_modal(form, verb=verb, target=incident.id, title=title, blocks=[intro, *blocks])


#: Sections of ``/incident actions`` (the rest are counted), within a message's 50 blocks.
_LIST_SECTIONS = 40


def open_actions_reply(
    rows: Sequence[tuple[Holder, ImprovementAction]],
    agencies: Mapping[str, str],
    today: date,
    *,
    agency: str | None = None,
) -> list[Block]:
    """``/incident actions [agency]``: every open action (or one agency's), soonest due
    first, each with its case, agency, owner and due date, overdue ones marked."""
    whose = f" for {escape(agencies.get(agency, agency))}" if agency else ""
    overdue = sum(is_overdue(action, today) for _, action in rows)
    heading = f"*Open improvement actions{whose}: {len(rows)}*"
    heading += f", {overdue} overdue" if overdue else ""
    if not rows:
        heading += "\nNone open."
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=heading))]
    text, shown = "", 0
    for incident, action in rows:
        line = f"*{escape(incident.reference)}* ({escape(incident.pseudonym)}) · " + _line(
            action, agencies, today
        )
        if text and len(text) + len(line) + 1 > SECTION_TEXT:
            if len(blocks) >= _LIST_SECTIONS:
                break
            blocks.append(SectionBlock(text=MarkdownTextObject(text=text)))
            text = ""
        text = f"{text}\n{line}" if text else cut(line, SECTION_TEXT)
        shown += 1
    if text:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=text)))
    if shown < len(rows):
        more = f"…and {len(rows) - shown} more; name an agency to see fewer."
        blocks.append(SectionBlock(text=MarkdownTextObject(text=more)))
    return blocks


def agency_help(typed: str, agencies: Mapping[str, str]) -> str:
    """What a typo'd agency is answered with: the agencies to choose from."""
    names = "; ".join(f"`{key}` ({name})" for key, name in agencies.items())
    return (
        f"There is no agency “{typed}”. Write /incident actions, or /incident actions "
        f"followed by one of: {names}."
    )


def find_agency(typed: str, agencies: Mapping[str, str]) -> str | None:
    """The agency id ``typed`` means: its id or its name, in any case; None if neither."""
    wanted = " ".join(typed.split()).casefold()
    for key, name in agencies.items():
        if wanted in (key.casefold(), name.casefold(), key.replace("_", " ").casefold()):
            return key
    return None


# -- reading the forms: what each asks, named for the use case of bot.usecases.improvement
# that makes it (the owner's membership is Slack's to say: the listener asks it) ----------

_WHICH = "Choose which action."


@dataclass(frozen=True)
class AddRecommendation:
    text: str
    origin: Origin


@dataclass(frozen=True)
class AddAction:
    recommendation_id: int | None
    title: str
    agency: str
    owner: str
    due_on: date


@dataclass(frozen=True)
class MarkDone:
    action_id: int
    on: date
    evidence: str
    assurance_due_on: date | None


@dataclass(frozen=True)
class NotTakenForward:
    action_id: int
    reason: str


@dataclass(frozen=True)
class RecordAssurance:
    action_id: int
    result: AssuranceResult
    note: str
    on: date


@dataclass(frozen=True)
class ReopenAction:
    action_id: int


ActionCommand = AddAction | MarkDone | NotTakenForward | RecordAssurance | ReopenAction


def read_action_form(
    form: Submitted, *, today: date, allowed: Collection[str], agencies: Mapping[str, str]
) -> ActionCommand | AddRecommendation | FieldErrors | None:
    """What a submitted form of a register (a case's, or a national review's) asks, or
    its fields to fix; None for a verb it does not know."""
    if form.verb not in tuple(ActionVerb):
        return None
    reading, verb = Reading(form, today=today, allowed=allowed), ActionVerb(form.verb)
    if verb == ActionVerb.RECOMMEND:
        text = reading.free_text("text", REASON_MAX, missing="Write the recommendation.")
        origin = reading.word("origin", Origin, "Choose the review it comes from.")
        return reading.answer(AddRecommendation(text, origin) if origin else None)
    if verb == ActionVerb.ADD:
        return reading.answer(_added(reading, agencies))
    which = row_id(form.choice("which") or "")
    reading.fail("which", _WHICH if which is None else None)
    command: ActionCommand | None = None
    if verb == ActionVerb.DONE:
        on = reading.past_date("date")
        evidence = reading.free_text(
            "evidence", REASON_MAX, missing="Say what shows it happened: how will we know?"
        )
        assure = form.day("assure")
        if assure is not None and on is not None and assure < on:
            reading.fail(
                "assure", "The date to look again must be on or after the date it was done."
            )
        if which is not None and on is not None:
            command = MarkDone(which, on, evidence, assure)
    elif verb == ActionVerb.NOT_TAKEN_FORWARD:
        reason = reading.free_text("reason", REASON_MAX)
        command = NotTakenForward(which, reason) if which is not None else None
    elif verb == ActionVerb.ASSURE:
        result = reading.word("result", AssuranceResult, "Choose what looking again found.")
        note = reading.free_text("note", REASON_MAX, missing="Say how the partnership knows.")
        on = reading.past_date("date")
        if which is not None and on is not None and result is not None:
            command = RecordAssurance(which, result, note, on)
    elif verb == ActionVerb.REOPEN and which is not None:
        command = ReopenAction(which)
    return reading.answer(command)


def _added(reading: Reading, agencies: Mapping[str, str]) -> AddAction | None:
    form = reading.form
    picked = form.choice("recommendation") or IMMEDIATE  # a national review asks none
    recommendation = None if picked == IMMEDIATE else row_id(picked)
    if picked != IMMEDIATE and recommendation is None:
        reading.fail("recommendation", "Choose the recommendation, or none.")
    title = reading.free_text("title", REASON_MAX, missing="Say what will be done.")
    agency = form.choice("agency") or ""
    reading.fail("agency", None if agency in agencies else "Choose the owning agency.")
    due = form.day("due")
    reading.fail("due", NO_DATE if due is None else None)
    if due is None:
        return None
    return AddAction(recommendation, title, agency, form.user("owner") or "", due)
