"""``/incident national``: a national or thematic review the partnership acts on, with no
local case, and its register of improvement actions, posted to the channel with the same
menus and forms as a case card's *Improvement actions* section (its reminders' buttons
open the same forms).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.models.views import View

from bot.domain.actions import CHOOSES, ActionStatus, ActionVerb
from bot.domain.calendar import london_date
from bot.domain.forms import FieldErrors
from bot.domain.words import AuditAction
from bot.flows import posting
from bot.listeners.forms import apply_form, given_action
from bot.listeners.guard import OutOfDate, acknowledge_form, after_ack, guarded
from bot.listeners.improvement import action_change, read_register
from bot.runtime import Runtime
from bot.usecases import improvement
from bot.views.case_forms import Submitted
from bot.views.improvement import (
    NATIONAL_ACTION,
    NATIONAL_FORM,
    AddRecommendation,
    choices,
    improvement_modal,
)
from bot.views.national import (
    NATIONAL_REVIEW_FORM,
    NEW,
    national_review_modal,
    read_national_review,
)
from bot.views.values import verb_and_id


def open_form(
    runtime: Runtime, client: WebClient, command: dict[str, Any], respond: Respond, args: list[str]
) -> None:
    """``/incident national [title]``: the form that records a national review."""
    view = national_review_modal(london_date(runtime.clock()), " ".join(args) or None)
    client.views_open(trigger_id=command["trigger_id"], view=view)


class RegisterMenus:
    """The listener of a national review's register menus."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    @guarded("national review")
    def choose(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Open the chosen form, if there is something for it to act on."""
        verb, review_id = verb_and_id(action)
        found = (
            None
            if review_id is None
            else improvement.national_register(self.runtime.engine, national_review_id=review_id)
        )
        if found is None or verb not in tuple(ActionVerb) or verb == ActionVerb.RECOMMEND:
            raise OutOfDate
        chosen = ActionVerb(verb)
        if chosen in CHOOSES and not choices(chosen, found.actions):
            raise OutOfDate
        view = _form(self.runtime, found, chosen)
        client.views_open(trigger_id=body["trigger_id"], view=view)


def _form(
    runtime: Runtime,
    found: improvement.NationalRegister,
    verb: ActionVerb,
    chosen: int | None = None,
) -> View:
    agencies, today = runtime.rules.checklist.agencies, london_date(runtime.clock())
    return improvement_modal(verb, found.review, [], found.actions, agencies, today, chosen=chosen)


def done_form(runtime: Runtime, action_id: int) -> View | None:
    """The form that marks a national review's open action done, that action chosen (what
    a reminder's Mark done and App Home's menu open); None if it is no such action."""
    found = improvement.register_of_action(runtime.engine, action_id=action_id)
    if found is None or not any(
        a.id == action_id and a.status == ActionStatus.OPEN for a in found.actions
    ):
        return None
    return _form(runtime, found, ActionVerb.DONE, chosen=action_id)


def register(app: App, runtime: Runtime) -> None:
    """Attach the review's form, the register's menus and their forms."""
    menus = RegisterMenus(runtime)

    def record(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        applied = apply_form(runtime, ack, body, view, _recorded, read=_new_review)
        if applied is not None:
            context["national"] = applied[2].review.id

    def post(context: BoltContext, client: WebClient) -> None:
        """After the answer: the register, in the channel."""
        if "national" in context:
            posting.post_register(
                client,
                runtime.engine,
                runtime.rules,
                runtime.channel,
                context["national"],
                runtime.clock(),
            )

    def change(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        applied = apply_form(runtime, ack, body, view, _changed)
        if applied is None:
            return
        form, user, found = applied
        context["national"] = found.review.id
        if owner := given_action(form, user):
            context["assigned"] = owner

    def redraw(context: BoltContext, client: WebClient) -> None:
        """After the answer: the register shows the change; a new owner is told."""
        if "national" not in context:
            return
        engine, rules, now = runtime.engine, runtime.rules, runtime.clock()
        posting.redraw_register(client, engine, rules, context["national"], now)
        if "assigned" in context:
            posting.tell_action_owner(
                client, engine, rules, context["national"], context["assigned"], now
            )

    app.view(NATIONAL_REVIEW_FORM)(after_ack(record, post))
    app.action(NATIONAL_ACTION)(after_ack(acknowledge_form, menus.choose))
    app.view(NATIONAL_FORM)(after_ack(change, redraw))


def _new_review(view: dict[str, Any]) -> Submitted:
    """The review form as submitted: it makes a new row, so it has no target."""
    values = view.get("state", {}).get("values", {})
    return Submitted(AuditAction.NATIONAL_REVIEW_RECORDED, NEW, values)


def _recorded(
    runtime: Runtime, form: Submitted
) -> Callable[[str], improvement.NationalRegister] | FieldErrors:
    """The review form's change, or its fields to fix (:func:`read_national_review`)."""
    now = runtime.clock()
    asked = read_national_review(form, today=london_date(now), allowed=runtime.rules.allowed_words)
    if isinstance(asked, FieldErrors):
        return asked
    return lambda user: improvement.record_national_review(
        runtime.engine,
        title=asked.title,
        published_on=asked.published_on,
        url=asked.url,
        actor=user,
        now=now,
    )


def _changed(
    runtime: Runtime, form: Submitted
) -> Callable[[str], improvement.NationalRegister] | FieldErrors | None:
    """The change a form of the register makes to the review's actions, or its fields to
    fix (a national review has no recommendations of its own)."""
    asked = read_register(runtime, form)
    if asked is None or isinstance(asked, FieldErrors):
        return asked
    if isinstance(asked, AddRecommendation):
        return None
    change = action_change(runtime.rules, asked)
    engine, rules, now, review_id = runtime.engine, runtime.rules, runtime.clock(), form.target
    return lambda user: improvement.change_national_action(
        engine, rules, national_review_id=review_id, change=change, actor=user, now=now
    )
