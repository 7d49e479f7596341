"""Submissions of the small forms opened from case card and checklist menus.

Each is checked, then applied in one transaction before Slack gets its answer, so a
problem (a future date, a step someone else just finished) shows on the form itself and
nothing is half-done; the messages are redrawn after the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.domain.actions import ActionVerb
from bot.domain.calendar import london_date
from bot.domain.forms import FieldErrors
from bot.domain.pseudonymity import check_free_text
from bot.domain.publication import Published, Settled, page_url_problem, publication_record
from bot.domain.review import PublicationKind
from bot.domain.words import STEP_VERB_STATUS, ItemVerb, Status, StepVerb
from bot.flows import posting
from bot.listeners.guard import acknowledge_form, after_ack, membership
from bot.runtime import Runtime
from bot.usecases import lifecycle
from bot.usecases.cases import Case
from bot.views.case_forms import (
    CASE_FORM,
    DECISIONS,
    ITEM_FORM,
    KIND_BLOCK,
    RATIONALE_MAX,
    REASON_BLOCK,
    REASON_MAX,
    SETTLE,
    SETTLE_ON,
    SETTLE_WHY,
    STEP_FORM,
    URL_BLOCK,
    Submitted,
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
        submit_form(runtime, ack, body, view, context, with_errors(_item_change))

    def case_form(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> None:
        submit_form(runtime, ack, body, view, context, with_errors(_close_or_reopen))

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

    app.view(STEP_FORM)(ack=step_form, lazy=after_ack(redrawing(card=True)))
    app.view(ITEM_FORM)(ack=item_form, lazy=after_ack(redrawing(card=False)))
    app.view(CASE_FORM)(ack=case_form, lazy=after_ack(redrawing(card=True)))


#: What a submitted form asks: the change to apply, its fields to fix, or None when its
#: verb is not one the form knows (the person is asked to choose again).
Plan = Callable[[Runtime, Submitted], Apply | FieldErrors | None]

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


def with_errors(plan: Callable[[Runtime, Submitted, dict[str, str]], Apply | None]) -> Plan:
    """A form's plan that fills an ``errors`` dict as it checks, as :data:`Plan` answers."""

    def answered(runtime: Runtime, form: Submitted) -> Apply | FieldErrors | None:
        errors: dict[str, str] = {}
        change = plan(runtime, form, errors)
        return FieldErrors(errors) if errors else change

    return answered


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

    app.action(menu)(ack=acknowledge_form, lazy=after_ack(choose))
    app.view(form)(ack=submit, lazy=after_ack(redraw))


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
    user = body["user"]["id"]
    blocks = view.get("blocks")
    inputs = [b for b in blocks if isinstance(b, dict)] if isinstance(blocks, list) else []
    field = next((str(b.get("block_id")) for b in inputs if b.get("type") == "input"), "")
    try:
        form = read_submission(view)
    except ValueError:
        ack(response_action="errors", errors={field: "This form is out of date; please close it."})
        return
    member = membership(runtime, user, surface="form")
    if not member:
        problem = "Slack did not answer; please try again." if member is None else _NOT_A_MEMBER
        ack(response_action="errors", errors={field: problem})
        return
    change = plan(runtime, form)
    if not callable(change):
        ack(response_action="errors", errors=change or {field: "Please choose again."})
        return
    try:
        case = change(user)
    except lifecycle.NotAllowed as exc:
        ack(response_action="errors", errors={field: str(exc)})
        return
    except SQLAlchemyError:
        ack(response_action="errors", errors={field: _NOT_SAVED})
        return
    ack()
    context["changed"] = case.incident.id
    owner = form.user("owner")
    if form.verb in (StepVerb.ASSIGN, ItemVerb.ASSIGN) and owner and owner != user:
        kind = "step_id" if plan is _steps else "item_id"
        context["assigned"] = (owner, {kind: form.target})
    elif form.verb == ActionVerb.ADD and owner and owner != user and case.actions:
        # The action just added: the newest of the case (its row was locked meanwhile).
        added = max(action.id or 0 for action in case.actions)
        context["assigned"] = (owner, {"action_id": added})


def past_date(form: Submitted, block: str, today: date, errors: dict[str, str]) -> date | None:
    value = form.day(block)
    if value is None:
        errors[block] = "Choose a date."
    elif value > today:
        errors[block] = "This date cannot be in the future."
    return value


def free_text(
    runtime: Runtime,
    form: Submitted,
    block: str,
    limit: int,
    errors: dict[str, str],
    *,
    missing: str = "Please say why.",
) -> str:
    """The text typed in ``block``, or an error: ``missing`` if nothing was typed, what the
    confidentiality guard refuses otherwise."""
    value = form.text(block)
    if not value:
        errors[block] = missing
    elif problem := check_free_text(value, max_length=limit, allowed=runtime.rules.allowed_words):
        errors[block] = problem
    return value


def _owner(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> str:
    owner = form.user("owner") or ""
    if not runtime.access.allows(owner):
        errors["owner"] = "The owner must be a member of the partnership channel."
    return owner


def _step_change(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> Apply | None:
    engine, rules, now = runtime.engine, runtime.rules, runtime.clock()
    today, step = london_date(now), form.target
    if form.verb == StepVerb.DONE:
        on = past_date(form, "date", today, errors)
        decision = rationale = family = None
        if "decision" in form.values:
            decision = form.choice("decision")
            if decision not in DECISIONS:
                errors["decision"] = "Choose the decision."
            rationale = free_text(runtime, form, "rationale", RATIONALE_MAX, errors)
            family = form.day("family_informed_on")
            if family and family > today:
                errors["family_informed_on"] = "This date cannot be in the future."
        published = _published(runtime, form, errors) if KIND_BLOCK in form.values else None
        settled = _settled(runtime, form, today, errors)
        if on is None:
            return None  # its error is in ``errors``
        done_on = on
        return lambda user: lifecycle.record_step_done(
            engine,
            rules,
            step_id=step,
            on=done_on,
            actor=user,
            now=now,
            decision=decision,
            rationale=rationale,
            family_informed_on=family,
            published=published,
            settled=settled,
        )
    if form.verb == StepVerb.PLAN:
        planned = form.day("date")
        if planned is None:
            errors["date"] = "Choose a date."
            return None
        return lambda user: lifecycle.plan_publication(
            engine, rules, step_id=step, on=planned, actor=user, now=now
        )
    if form.verb == StepVerb.ASSIGN:
        owner = _owner(runtime, form, errors)
        return lambda user: lifecycle.assign_step(
            engine, rules, step_id=step, owner=owner, actor=user, now=now
        )
    if form.verb in STEP_VERB_STATUS:
        reason = free_text(runtime, form, "reason", REASON_MAX, errors)
        status = STEP_VERB_STATUS[StepVerb(form.verb)]
        return lambda user: lifecycle.set_step_status(
            engine, rules, step_id=step, status=status, reason=reason, actor=user, now=now
        )
    return None


def _published(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> Published | None:
    """What the publication step's form says was published: a kind that needs a reason
    has one that passes the confidentiality guard, and the link is a sound https address
    whose words pass it too."""
    review, allowed = runtime.rules.review, runtime.rules.allowed_words
    chosen = form.choice(KIND_BLOCK)
    if chosen not in tuple(PublicationKind):
        errors[KIND_BLOCK] = "Choose what was published."
        return None
    kind = PublicationKind(chosen)
    needed = review.publication_kinds[kind].reason_required
    reason = free_text(runtime, form, REASON_BLOCK, REASON_MAX, errors) if needed else None
    url = form.text(URL_BLOCK) or None
    if url and (problem := page_url_problem(url, allowed=allowed)):
        errors[URL_BLOCK] = problem
    if REASON_BLOCK in errors or URL_BLOCK in errors:
        return None
    try:
        return publication_record(review, kind, reason, url, allowed=allowed)
    except ValueError as exc:
        errors[REASON_BLOCK] = str(exc)
        return None


def _settled(
    runtime: Runtime, form: Submitted, today: date, errors: dict[str, str]
) -> dict[str, Settled]:
    """What the publication form says of each step still open it asked about: done on a
    date not in the future, or not applicable with a reason the guard lets through."""
    settled: dict[str, Settled] = {}
    for block in form.values:
        if not block.startswith(SETTLE):
            continue
        key = block.removeprefix(SETTLE)
        chosen = form.choice(block)
        if chosen == Status.DONE:
            on = past_date(form, f"{SETTLE_ON}{key}", today, errors)
            settled[key] = Settled(on=on)
        elif chosen == Status.NOT_APPLICABLE:
            why = f"{SETTLE_WHY}{key}"
            settled[key] = Settled(reason=free_text(runtime, form, why, REASON_MAX, errors))
        else:
            errors[block] = "Say whether it was done or does not apply."
    return settled


def _item_change(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> Apply | None:
    engine, rules, now, item = runtime.engine, runtime.rules, runtime.clock(), form.target
    if form.verb == ItemVerb.ASSIGN:
        owner = _owner(runtime, form, errors)
        return lambda user: lifecycle.update_item(
            engine, rules, item_id=item, actor=user, now=now, owner=owner
        )
    if form.verb == ItemVerb.DONE_ON:
        on = past_date(form, "date", london_date(now), errors)
        return lambda user: lifecycle.update_item(
            engine, rules, item_id=item, actor=user, now=now, status=Status.DONE, done_on=on
        )
    if form.verb == ItemVerb.NOT_APPLICABLE:
        reason = free_text(runtime, form, "reason", REASON_MAX, errors)
        return lambda user: lifecycle.update_item(
            engine,
            rules,
            item_id=item,
            actor=user,
            now=now,
            status=Status.NOT_APPLICABLE,
            reason=reason,
        )
    if form.verb == ItemVerb.NOTE:
        note = form.text("note")
        allowed = runtime.rules.allowed_words
        if note and (problem := check_free_text(note, max_length=REASON_MAX, allowed=allowed)):
            errors["note"] = problem
        return lambda user: lifecycle.update_item(
            engine, rules, item_id=item, actor=user, now=now, note=note
        )
    return None


def _close_or_reopen(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> Apply | None:
    engine, rules, now = runtime.engine, runtime.rules, runtime.clock()
    reason = free_text(runtime, form, "reason", REASON_MAX, errors)
    use_case = {"close": lifecycle.close_case, "reopen": lifecycle.reopen_case}.get(form.verb)
    if use_case is None:
        return None
    return lambda user: use_case(
        engine, rules, incident_id=form.target, reason=reason, actor=user, now=now
    )


_steps = with_errors(_step_change)
