"""Submissions of the small forms opened from case card and checklist menus.

Each is checked, then applied in one transaction before Slack gets its answer, so a
problem (a future date, a step someone else just finished) shows on the form itself and
nothing is half-done; the messages are redrawn after the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.domain.actions import ActionVerb
from bot.domain.calendar import london_date
from bot.domain.forms import FieldErrors
from bot.domain.words import ItemVerb, StepVerb
from bot.flows import posting
from bot.listeners.guard import acknowledge_form, after_ack, membership
from bot.runtime import Runtime
from bot.usecases import lifecycle
from bot.usecases.cases import Case
from bot.views.case_forms import (
    CASE_FORM,
    ITEM_FORM,
    STEP_FORM,
    AssignStep,
    CloseCase,
    PlanPublication,
    RecordStepDone,
    ReopenCase,
    SetStepStatus,
    StepCommand,
    Submitted,
    UpdateItem,
    read_case_form,
    read_item_form,
    read_step_form,
    read_submission,
)

_NOT_A_MEMBER = "Only members of the partnership channel can change cases."
_NOT_SAVED = "This could not be saved just now; nothing was changed. Please press Save again."

Apply = Callable[[str], Case]  # called with the acting user's id


def register(app: App, runtime: Runtime) -> None:
    """Attach the small forms' submission listeners."""

    def step_form(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> None:
        submit_form(runtime, ack, body, view, context, _steps)

    def item_form(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> None:
        submit_form(runtime, ack, body, view, context, _items)

    def case_form(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> None:
        submit_form(runtime, ack, body, view, context, _cases)

    def redrawing(*, card: bool) -> Callable[..., None]:
        def redraw(context: BoltContext, client: WebClient) -> None:
            """After the answer: the messages of a changed case show the change, and
            someone just given a step is told."""
            if "changed" not in context:
                return
            incident_id = context["changed"]
            posting.refresh_messages(
                client, runtime.engine, runtime.rules, incident_id, runtime.clock(), card=card
            )
            if "assigned" in context:
                owner, given = context["assigned"]
                posting.tell_new_owner(
                    client,
                    runtime.engine,
                    runtime.rules,
                    incident_id,
                    owner,
                    runtime.clock(),
                    **given,
                )

        return redraw

    app.view(STEP_FORM)(after_ack(step_form, redrawing(card=True)))
    app.view(ITEM_FORM)(after_ack(item_form, redrawing(card=False)))
    app.view(CASE_FORM)(after_ack(case_form, redrawing(card=True)))


#: What a submitted form asks: the change to apply, its fields to fix, or None when its
#: verb is not one the form knows (the person is asked to choose again).
Plan = Callable[[Runtime, Submitted], Apply | FieldErrors | None]
#: What a form's change returns (a case, a national review's register).
Changed = TypeVar("Changed")

#: A form's reader given what the listener knows: the rules, the access, today.
Reader = Callable[[Runtime, Submitted, date], object]


def planned(read: Reader, use_cases: Mapping[type[Any], Callable[..., Case]]) -> Plan:
    """The plan of a form whose ``read`` gives a command (or its fields to fix): the use
    case ``use_cases`` names for the command's type, its fields given as the keywords."""

    def plan(runtime: Runtime, form: Submitted) -> Apply | FieldErrors | None:
        now = runtime.clock()
        command = read(runtime, form, london_date(now))
        if command is None or isinstance(command, FieldErrors):
            return command
        use_case, given = use_cases[type(command)], vars(command)
        return lambda user: use_case(runtime.engine, runtime.rules, **given, actor=user, now=now)

    return plan


def register_section(
    app: App,
    runtime: Runtime,
    *,
    menu: str,
    choose: Callable[..., None],
    form: str,
    plan: Plan,
) -> None:
    """Attach a card section's menu (``choose`` opens the chosen form, after the ack) and
    the submission of its forms (checked and applied by ``plan``, the messages redrawn
    after the answer), as the rapid review and the publication sections have them."""

    def submit(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        submit_form(runtime, ack, body, view, context, plan)

    def redraw(context: BoltContext, client: WebClient) -> None:
        """After the answer: the card and checklist show what was recorded, and someone
        just given an improvement action is told."""
        if "changed" in context:
            posting.refresh_messages(
                client, runtime.engine, runtime.rules, context["changed"], runtime.clock()
            )
        if "changed" in context and "assigned" in context:
            owner, given = context["assigned"]
            posting.tell_new_owner(
                client,
                runtime.engine,
                runtime.rules,
                context["changed"],
                owner,
                runtime.clock(),
                **given,
            )

    app.action(menu)(after_ack(acknowledge_form, choose))
    app.view(form)(after_ack(submit, redraw))


def submit_form(
    runtime: Runtime,
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    plan: Plan,
) -> None:
    """Check membership and fields, apply the change, then answer; the changed case's id
    goes in ``context`` for the redraw that follows the answer."""
    applied = apply_form(runtime, ack, body, view, plan)
    if applied is None:
        return
    form, user, case = applied
    context["changed"] = case.incident.id
    owner = form.user("owner")
    if form.verb in (StepVerb.ASSIGN, ItemVerb.ASSIGN) and owner and owner != user:
        kind = "step_id" if plan is _steps else "item_id"
        context["assigned"] = (owner, {kind: form.target})
    elif (owner := given_action(form, user)) and case.actions:
        # The action just added: the newest of the case (its row was locked meanwhile).
        added = max(action.id or 0 for action in case.actions)
        context["assigned"] = (owner, {"action_id": added})


def given_action(form: Submitted, user: str) -> str | None:
    """Who a submitted form gives a new improvement action to, if not the person saving
    it (they are told by direct message)."""
    owner = form.user("owner")
    return owner if form.verb == ActionVerb.ADD and owner and owner != user else None


def apply_form(
    runtime: Runtime,
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    plan: Callable[[Runtime, Submitted], Callable[[str], Changed] | FieldErrors | None],
    *,
    read: Callable[[dict[str, Any]], Submitted] = read_submission,
) -> tuple[Submitted, str, Changed] | None:
    """Check membership and fields, apply the change, then answer: what was submitted, by
    whom, and what the change returned; None if the answer was the form's errors.
    ``read``: how the form's verb, target and values are read (a form that makes a new
    row has no target)."""
    user = body["user"]["id"]
    blocks = view.get("blocks")
    inputs = [b for b in blocks if isinstance(b, dict)] if isinstance(blocks, list) else []
    field = next((str(b.get("block_id")) for b in inputs if b.get("type") == "input"), "")
    try:
        form = read(view)
    except ValueError:
        ack(response_action="errors", errors={field: "This form is out of date; please close it."})
        return None
    member = membership(runtime, user, surface="form")
    if not member:
        problem = "Slack did not answer; please try again." if member is None else _NOT_A_MEMBER
        ack(response_action="errors", errors={field: problem})
        return None
    change = plan(runtime, form)
    if not callable(change):
        ack(response_action="errors", errors=change or {field: "Please choose again."})
        return None
    try:
        case = change(user)
    except lifecycle.NotAllowed as exc:
        ack(response_action="errors", errors={field: str(exc)})
        return None
    except SQLAlchemyError:
        ack(response_action="errors", errors={field: _NOT_SAVED})
        return None
    ack()
    return form, user, case


#: The use case each command of the step, item and case forms is applied by.
STEP_USE_CASES: dict[type[StepCommand], Callable[..., Case]] = {
    RecordStepDone: lifecycle.record_step_done,
    PlanPublication: lifecycle.plan_publication,
    AssignStep: lifecycle.assign_step,
    SetStepStatus: lifecycle.set_step_status,
}
ITEM_USE_CASES: dict[type[UpdateItem], Callable[..., Case]] = {UpdateItem: lifecycle.update_item}
CASE_USE_CASES: dict[type[CloseCase], Callable[..., Case]] = {
    CloseCase: lifecycle.close_case,
    ReopenCase: lifecycle.reopen_case,
}
_steps = planned(
    lambda runtime, form, today: read_step_form(
        form, today=today, rules=runtime.rules, member=runtime.access.allows
    ),
    STEP_USE_CASES,
)
_items = planned(
    lambda runtime, form, today: read_item_form(
        form, today=today, allowed=runtime.rules.allowed_words, member=runtime.access.allows
    ),
    ITEM_USE_CASES,
)
_cases = planned(
    lambda runtime, form, today: read_case_form(
        form, today=today, allowed=runtime.rules.allowed_words
    ),
    CASE_USE_CASES,
)
