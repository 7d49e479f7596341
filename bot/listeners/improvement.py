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

from bot.domain.actions import CHOOSES, ActionVerb
from bot.domain.calendar import london_date
from bot.domain.forms import FieldErrors
from bot.listeners.forms import Apply, register_section
from bot.listeners.guard import OutOfDate, guarded, open_case
from bot.rules import Rules
from bot.runtime import Runtime
from bot.usecases import cases, improvement
from bot.views.case_forms import Submitted
from bot.views.improvement import (
    IMPROVEMENT_ACTION,
    IMPROVEMENT_FORM,
    ActionCommand,
    AddAction,
    AddRecommendation,
    MarkDone,
    NotTakenForward,
    RecordAssurance,
    ReopenAction,
    choices,
    improvement_modal,
    read_action_form,
)
from bot.views.values import verb_and_id


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
        plan=_change,
    )


def _change(runtime: Runtime, form: Submitted) -> Apply | FieldErrors | None:
    """The change a submitted form of the section makes to the case's register, or its
    fields to fix."""
    engine, rules, now, incident_id = runtime.engine, runtime.rules, runtime.clock(), form.target
    asked = read_register(runtime, form)
    if isinstance(asked, AddRecommendation):
        text, origin = asked.text, asked.origin
        return lambda user: improvement.add_recommendation(
            engine, rules, incident_id=incident_id, text=text, origin=origin, actor=user, now=now
        )
    if asked is None or isinstance(asked, FieldErrors):
        return asked
    change = action_change(rules, asked)
    return lambda user: improvement.change_case_action(
        engine, rules, incident_id=incident_id, change=change, actor=user, now=now
    )


def read_register(
    runtime: Runtime, form: Submitted
) -> ActionCommand | AddRecommendation | FieldErrors | None:
    """What a form of a register (a case's or a national review's) asks, its new owner
    one of the partnership (Slack says), or its fields to fix."""
    asked = read_action_form(
        form,
        today=london_date(runtime.clock()),
        allowed=runtime.rules.allowed_words,
        agencies=runtime.rules.checklist.agencies,
    )
    if form.verb == ActionVerb.ADD and not runtime.access.allows(form.user("owner") or ""):
        errors = asked if isinstance(asked, FieldErrors) else FieldErrors()
        errors["owner"] = "The owner must be a member of the partnership channel."
        return errors
    return asked


def action_change(rules: Rules, command: ActionCommand) -> improvement.ActionChange:
    """The use case's change for a command read from a register's form."""
    match command:
        case AddAction():
            return improvement.adding(
                rules,
                recommendation_id=command.recommendation_id,
                title=command.title,
                agency=command.agency,
                owner=command.owner,
                due_on=command.due_on,
            )
        case MarkDone():
            return improvement.marking_done(
                action_id=command.action_id,
                on=command.on,
                evidence=command.evidence,
                assurance_due_on=command.assurance_due_on,
            )
        case NotTakenForward():
            return improvement.not_taking_forward(
                action_id=command.action_id, reason=command.reason
            )
        case RecordAssurance():
            return improvement.assuring(
                action_id=command.action_id,
                result=command.result,
                note=command.note,
                on=command.on,
            )
        case ReopenAction():
            return improvement.reopening(action_id=command.action_id)
