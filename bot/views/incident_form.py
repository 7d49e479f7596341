"""The "log a serious incident" modal, and reading its submitted values back.

Block ids are the field names used by :func:`bot.domain.incident.check_new_incident`, so a
field's error is shown under that field. Every block's action id is ``value``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    CheckboxesElement,
    ContextBlock,
    DatePickerElement,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    RadioButtonsElement,
    SectionBlock,
    StaticMultiSelectElement,
    StaticSelectElement,
    UserSelectElement,
)
from slack_sdk.models.views import View

from bot.domain.incident import AGE_BANDS, SUMMARY_MAX, NewIncident, is_child
from bot.domain.timetable import Facts
from bot.views.values import form_metadata

CALLBACK_ID = "incident_form"
EDIT_CALLBACK_ID = "incident_edit"
ACTION = "value"

_WHAT = {"died": "The child died", "seriously_harmed": "The child was seriously harmed"}
_ABUSE = {"yes": "Yes, known or suspected", "no": "No"}
_STATUS = {
    "looked_after": "Looked-after child",
    "care_leaver": "Care leaver (up to and including age 24)",
}
_WHERE = {
    "in_area": "In our area",
    "resident_harmed_outside_england": "Normally resident here, harmed outside England",
}
#: Facts that bring their own duties, by the Facts field each sets.
_CIRCUMSTANCES = {
    "lives_elsewhere": "The child lives in another local authority's area",
    "childrens_home": "The child lived in a children's home",
    "foster_placement": "The child lived in a foster placement",
    "unexpected_death": "The death was unexpected",
}
_LEARNING_REVIEW = {
    "practice_learning_review": "Not a serious incident: hold a practice learning review",
}


def _options(choices: Mapping[str, str]) -> list[Option]:
    return [Option(value=value, label=label) for value, label in choices.items()]


def _chosen(choices: Mapping[str, str], *values: str) -> list[Option]:
    """The options of ``choices`` among ``values``, in the form's order."""
    return [option for option in _options(choices) if option.value in values]


def _ticks(
    block_id: str,
    label: str,
    choices: Mapping[str, str],
    facts: Facts | None,
    *,
    hint: str | None = None,
) -> InputBlock:
    """Optional checkboxes, each a yes-or-no fact of the same name, ticked as ``facts`` has
    them (an edit's form)."""
    ticked = [name for name in choices if facts and getattr(facts, name)]
    return InputBlock(
        block_id=block_id,
        label=label,
        optional=True,
        hint=hint,
        element=CheckboxesElement(
            action_id=ACTION,
            options=_options(choices),
            initial_options=_chosen(choices, *ticked) or None,
        ),
    )


def incident_modal(
    agencies: Mapping[str, str],
    today: date,
    *,
    current: NewIncident | None = None,
    incident_id: int | None = None,
) -> View:
    """The form; ``agencies`` (id → name) comes from the partnership's checklist file.

    With ``current`` (a logged case, ``incident_id``) it is the same form filled in, to
    correct the case: the same fields and the same checks."""
    facts = current.facts if current else None
    what = ("died" if facts.died else "seriously_harmed") if facts else None
    abuse = ("yes" if facts.abuse_or_neglect else "no") if facts else None

    def first(options: list[Option]) -> Option | None:
        return options[0] if options else None

    blocks = [
        SectionBlock(
            text=MarkdownTextObject(
                text="Log a serious child safeguarding incident. *Never enter a child's real "
                "name, date of birth, address or school*: the case is known here only by its "
                "reference and a pseudonym. The notification itself goes through the "
                "government's own form."
                if current is None
                else "Correct the facts of this case. Every deadline and reminder is worked "
                "out again from them, and the change is kept in the case's history. *Never "
                "enter a child's real name, date of birth, address or school.*"
            )
        ),
        InputBlock(
            block_id="pseudonym",
            label="Pseudonym",
            hint="Initials that are not the child's own, or a chosen name. Never the real name.",
            element=PlainTextInputElement(
                action_id=ACTION,
                max_length=40,
                initial_value=current.pseudonym if current else None,
            ),
        ),
        InputBlock(
            block_id="age_band",
            label="Age band",
            hint="18 to 24 only for a care leaver (tick it below).",
            element=StaticSelectElement(
                action_id=ACTION,
                options=_options(AGE_BANDS),
                initial_option=first(_chosen(AGE_BANDS, current.age_band)) if current else None,
            ),
        ),
        InputBlock(
            block_id="what_happened",
            label="What happened",
            element=RadioButtonsElement(
                action_id=ACTION,
                options=_options(_WHAT),
                initial_option=first(_chosen(_WHAT, what)) if what else None,
            ),
        ),
        InputBlock(
            block_id="abuse_or_neglect",
            label="Abuse or neglect known or suspected?",
            element=RadioButtonsElement(
                action_id=ACTION,
                options=_options(_ABUSE),
                initial_option=first(_chosen(_ABUSE, abuse)) if abuse else None,
            ),
        ),
        _ticks("status", "The child was", _STATUS, facts),
        InputBlock(
            block_id="location",
            label="Where",
            element=RadioButtonsElement(
                action_id=ACTION,
                options=_options(_WHERE),
                initial_option=first(_chosen(_WHERE, facts.location if facts else "in_area")),
            ),
        ),
        _ticks(
            "circumstances",
            "Also",
            _CIRCUMSTANCES,
            facts,
            hint="Each brings its own steps: the home authority takes part in the rapid review; "
            "a children's home or fostering service notifies Ofsted; an unexpected death has a "
            "joint agency response and goes to the coroner.",
        ),
        _ticks(
            "learning_review",
            "Practice learning review",
            _LEARNING_REVIEW,
            facts,
            hint="Only for a case that is not a serious child safeguarding incident (no Panel "
            "notification or rapid review): the bot posts the practice learning review's own "
            "checklist instead. Local practice, not a statutory review.",
        ),
        InputBlock(
            block_id="aware_on",
            label="Date the local authority became aware",
            element=DatePickerElement(
                action_id=ACTION, initial_date=(facts.aware_on if facts else today).isoformat()
            ),
        ),
        InputBlock(
            block_id="summary",
            label="Short summary (no identifying details)",
            hint="Roles, not names: 'mother', 'social worker'. No dates of birth, addresses "
            "or schools.",
            element=PlainTextInputElement(
                action_id=ACTION,
                multiline=True,
                max_length=SUMMARY_MAX,
                initial_value=current.summary if current else None,
            ),
        ),
        InputBlock(
            block_id="owner",
            label="Case owner",
            element=UserSelectElement(
                action_id=ACTION, initial_user=(current.owner_id or None) if current else None
            ),
        ),
        InputBlock(
            block_id="agencies",
            label="Agencies involved",
            optional=True,
            element=StaticMultiSelectElement(
                action_id=ACTION,
                options=_options(agencies),
                initial_options=_chosen(agencies, *(current.agencies if current else ())) or None,
            ),
        ),
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text="Deadlines are counted in England & Wales working days from the date "
                    "the local authority became aware."
                )
            ]
        ),
    ]
    if current is None:
        return View(
            type="modal",
            callback_id=CALLBACK_ID,
            title="Log serious incident",
            submit="Log incident",
            close="Cancel",
            blocks=blocks,
        )
    return View(
        type="modal",
        callback_id=EDIT_CALLBACK_ID,
        private_metadata=form_metadata("edit", incident_id),
        title="Edit case",
        submit="Save changes",
        close="Cancel",
        blocks=blocks,
    )


class FormError(ValueError):
    """A submitted form that cannot be read; ``errors`` maps block id → message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(errors))
        self.errors = errors


def read_incident_form(values: Mapping[str, Any], agencies: Mapping[str, str]) -> NewIncident:
    """The report in a submitted ``view.state.values``; raises FormError naming the fields
    that are missing or not one of the offered choices (a crafted or stale payload)."""
    errors: dict[str, str] = {}

    def state(block: str) -> Mapping[str, Any]:
        elements = values.get(block) if isinstance(values, Mapping) else None
        value = elements.get(ACTION) if isinstance(elements, Mapping) else None
        return value if isinstance(value, Mapping) else {}

    def text(block: str) -> str:
        value = state(block).get("value")
        return value.strip() if isinstance(value, str) else ""

    def choice(block: str, allowed: Mapping[str, str], message: str) -> str:
        option = state(block).get("selected_option") or {}
        value = option.get("value") if isinstance(option, Mapping) else None
        if not isinstance(value, str) or value not in allowed:
            errors[block] = message
            return ""
        return value

    def choices(block: str, allowed: Mapping[str, str]) -> tuple[str, ...]:
        picked = state(block).get("selected_options")
        options = picked if isinstance(picked, list) else []
        found = tuple(o.get("value") for o in options if isinstance(o, Mapping))
        chosen = tuple(value for value in found if isinstance(value, str) and value in allowed)
        if len(chosen) != len(found):
            errors[block] = "Choose from the options offered."
        return chosen

    what = choice("what_happened", _WHAT, "Say whether the child died or was seriously harmed.")
    abuse = choice("abuse_or_neglect", _ABUSE, "Say whether abuse or neglect is suspected.")
    where = choice("location", _WHERE, "Say where the incident happened.")
    age_band = choice("age_band", AGE_BANDS, "Choose an age band.")
    status = choices("status", _STATUS)
    learning = choices("learning_review", _LEARNING_REVIEW)
    circumstances = choices("circumstances", _CIRCUMSTANCES)
    agency_ids = choices("agencies", agencies)
    owner = state("owner").get("selected_user")
    if not isinstance(owner, str) or not owner:
        errors["owner"] = "Choose the case owner."
        owner = ""
    try:
        aware_on = date.fromisoformat(str(state("aware_on").get("selected_date")))
    except ValueError:
        errors["aware_on"] = "Choose the date the local authority became aware."
    if errors:
        raise FormError(errors)
    return NewIncident(
        pseudonym=text("pseudonym"),
        age_band=age_band,
        facts=Facts(
            aware_on=aware_on,
            died=what == "died",
            seriously_harmed=what == "seriously_harmed",
            abuse_or_neglect=abuse == "yes",
            looked_after="looked_after" in status,
            care_leaver="care_leaver" in status,
            child=is_child(age_band),
            location=where,  # type: ignore[arg-type]  # checked against _WHERE above
            practice_learning_review="practice_learning_review" in learning,
            lives_elsewhere="lives_elsewhere" in circumstances,
            childrens_home="childrens_home" in circumstances,
            foster_placement="foster_placement" in circumstances,
            unexpected_death="unexpected_death" in circumstances,
        ),
        summary=text("summary"),
        owner_id=owner,
        agencies=agency_ids,
    )


def logged_modal(reference: str | None, channel: str, posted: bool | None) -> View:
    """What the form turns into once the report is kept: its reference once the case is
    logged (None until then), and whether it is in the channel yet (None while posting)."""
    if reference is None:
        if posted is None:
            logged = "Received and kept safely. Logging the case and issuing its reference…"
        else:
            logged = (
                "Received and kept safely, but the case could not be logged just now. The bot "
                f"will log it shortly and post it, with its reference, to <#{channel}>."
            )
        return _receipt("Incident received", logged)
    if posted is None:
        where = "Posting the case card and checklist to the channel…"
    elif posted:
        where = (
            f"The case card is in <#{channel}>, with its checklist (the rapid review's, "
            "or a practice learning review's) in its thread if the case has one."
        )
    else:
        where = (
            "The case is stored safely, but Slack did not take the post just now. The bot "
            f"will keep trying and post it to <#{channel}> as soon as Slack answers."
        )
    return _receipt("Incident logged", f"Logged as *{reference}*.\n{where}")


def unchanged_modal(reference: str) -> View:
    """What the edit form turns into when it was saved with nothing changed."""
    return _receipt("Nothing changed", f"*{reference}* is as it was: nothing was changed.")


def _receipt(title: str, text: str) -> View:
    return View(
        type="modal",
        callback_id=f"{CALLBACK_ID}_logged",
        title=title,
        close="Done",
        blocks=[SectionBlock(text=MarkdownTextObject(text=text))],
    )
