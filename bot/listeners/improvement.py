"""The case card's *Improvement actions* section: add a recommendation or an action, mark
an action done (with its evidence), not taken forward, its assurance, reopen it.

A choice opens its small form; the submission is checked (free text through the
confidentiality guard, the owner a member of the partnership's channel) and applied as the
other small forms are (:func:`bot.listeners.forms.register_section`), and the messages are
redrawn after the answer.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.models.views import View

from bot.domain.actions import CHOOSES, ActionVerb, AssuranceResult, Origin
from bot.domain.calendar import london_date
from bot.listeners.forms import Apply, free_text, past_date, register_section, with_errors
from bot.listeners.guard import OutOfDate, guarded, open_case
from bot.runtime import Runtime
from bot.usecases import cases, improvement
from bot.views.case_forms import REASON_MAX, Submitted
from bot.views.improvement import (
    IMMEDIATE,
    IMPROVEMENT_ACTION,
    IMPROVEMENT_FORM,
    choices,
    improvement_modal,
)
from bot.views.values import row_id, verb_and_id

_WHICH = "Choose which action."


class ImprovementSection:
    """The listener of the section's two menus."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    @guarded("improvement")
    def choose(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Open the chosen form, if there is something for it to act on."""
        runtime = self.runtime
        verb, incident_id = verb_and_id(action)
        case = open_case(runtime, incident_id)
        if verb not in tuple(ActionVerb):
            raise OutOfDate
        chosen = ActionVerb(verb)
        if chosen in CHOOSES and not choices(chosen, case.actions):
            raise OutOfDate
        view = improvement_modal(
            chosen,
            case.incident,
            case.recommendations,
            case.actions,
            runtime.rules.checklist.agencies,
            london_date(runtime.clock()),
        )
        client.views_open(trigger_id=body["trigger_id"], view=view)


def done_form(runtime: Runtime, case: cases.Case, action_id: int) -> View:
    """The form that marks one of the case's actions done, that action chosen: what a
    reminder's Mark done and App Home's menu open. It asks "How will we know?"."""
    return improvement_modal(
        ActionVerb.DONE,
        case.incident,
        case.recommendations,
        case.actions,
        runtime.rules.checklist.agencies,
        london_date(runtime.clock()),
        chosen=action_id,
    )


def register(app: App, runtime: Runtime) -> None:
    """Attach the section's menus and its forms."""
    section = ImprovementSection(runtime)
    register_section(
        app,
        runtime,
        menu=IMPROVEMENT_ACTION,
        choose=section.choose,
        form=IMPROVEMENT_FORM,
        plan=with_errors(_change),
    )


def _change(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> Apply | None:
    """Check a submitted form of the section; the change to make, or None (``errors``)."""
    engine, rules, now = runtime.engine, runtime.rules, runtime.clock()
    incident_id = form.target
    if form.verb == ActionVerb.RECOMMEND:
        text = free_text(
            runtime, form, "text", REASON_MAX, errors, missing="Write the recommendation."
        )
        if (chosen := form.choice("origin")) not in tuple(Origin):
            errors["origin"] = "Choose the review it comes from."
            return None
        origin = Origin(chosen)
        return lambda user: improvement.add_recommendation(
            engine, rules, incident_id=incident_id, text=text, origin=origin, actor=user, now=now
        )
    change = action_change(runtime, form, errors)
    if change is None:
        return None
    return lambda user: improvement.change_case_action(
        engine, rules, incident_id=incident_id, change=change, actor=user, now=now
    )


def action_change(
    runtime: Runtime, form: Submitted, errors: dict[str, str]
) -> improvement.ActionChange | None:
    """Check a submitted form about an improvement action (of a case's register or a
    national review's); the change to make, or None (``errors``)."""
    rules, today = runtime.rules, london_date(runtime.clock())
    if form.verb not in tuple(ActionVerb):
        return None
    verb = ActionVerb(form.verb)
    if verb == ActionVerb.ADD:
        picked = form.choice("recommendation") or IMMEDIATE  # a national review asks none
        recommendation = None if picked == IMMEDIATE else row_id(picked)
        if picked != IMMEDIATE and recommendation is None:
            errors["recommendation"] = "Choose the recommendation, or none."
        title = free_text(
            runtime, form, "title", REASON_MAX, errors, missing="Say what will be done."
        )
        if title == "":
            errors["title"] = "Say what will be done."
        agency = form.choice("agency") or ""
        if agency not in rules.checklist.agencies:
            errors["agency"] = "Choose the owning agency."
        owner = form.user("owner") or ""
        if not runtime.access.allows(owner):
            errors["owner"] = "The owner must be a member of the partnership channel."
        due = form.day("due")
        if due is None:
            errors["due"] = "Choose a date."
        if errors or due is None:
            return None
        return improvement.adding(
            rules,
            recommendation_id=recommendation,
            title=title,
            agency=agency,
            owner=owner,
            due_on=due,
        )
    which = row_id(form.choice("which") or "")
    if which is None:
        errors["which"] = _WHICH
    if verb == ActionVerb.DONE:
        on = past_date(form, "date", today, errors)
        evidence = free_text(
            runtime, form, "evidence", REASON_MAX, errors, missing="Say what shows it happened."
        )
        if "evidence" in errors and not evidence:
            errors["evidence"] = "Say what shows it happened: how will we know?"
        assure = form.day("assure")
        if assure is not None and on is not None and assure < on:
            errors["assure"] = "The date to look again must be on or after the date it was done."
        if which is None or on is None or errors:
            return None
        return improvement.marking_done(
            action_id=which, on=on, evidence=evidence, assurance_due_on=assure
        )
    if verb == ActionVerb.NOT_TAKEN_FORWARD:
        reason = free_text(runtime, form, "reason", REASON_MAX, errors)
        if which is None:
            return None
        return improvement.not_taking_forward(action_id=which, reason=reason)
    if verb == ActionVerb.ASSURE:
        chosen = form.choice("result")
        if chosen not in tuple(AssuranceResult):
            errors["result"] = "Choose what looking again found."
        note = free_text(
            runtime, form, "note", REASON_MAX, errors, missing="Say how the partnership knows."
        )
        on = past_date(form, "date", today, errors)
        if which is None or on is None or chosen not in tuple(AssuranceResult):
            return None
        return improvement.assuring(
            action_id=which, result=AssuranceResult(chosen), note=note, on=on
        )
    if verb == ActionVerb.REOPEN and which is not None:
        return improvement.reopening(action_id=which)
    return None
