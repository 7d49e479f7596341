"""The case card's rapid review section: sign off for a partner, record the review sent to
the Panel (or undo that), the Panel's answer and the reply it owed, log correspondence
with the Panel, and what each decision's path asks for (the Panel's decision on a national
review, how the learning is shared, a progress check, the reason for a delay).

A choice opens its small form (signing only for a partner one leads: anyone else is told
who signs for it); the submission is checked and applied as the other small forms are
(:func:`bot.listeners.forms.register_section`), and the messages are redrawn after the
answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.calendar import london_date
from bot.domain.forms import FieldErrors
from bot.domain.review import Partner
from bot.listeners.forms import Apply, Plan, planned, register_section
from bot.listeners.guard import OutOfDate, guarded, open_case
from bot.runtime import Runtime
from bot.usecases import cases, lifecycle, reviews
from bot.views.case_forms import Submitted
from bot.views.review import (
    ANSWER,
    CHECK,
    DECIDE,
    DELAY_TOLD,
    LEARNING_WAY,
    LOG,
    REPLY,
    REVIEW_ACTION,
    REVIEW_FORM,
    SENT,
    UNSEND,
    LogCorrespondence,
    RecordDelayTold,
    RecordLearning,
    RecordNationalDecision,
    RecordPanelAnswer,
    RecordProgressCheck,
    RecordReplySent,
    RecordSent,
    ReviewCommand,
    SignOff,
    UndoSent,
    partner_of,
    read_review_form,
    review_modal,
    who,
)
from bot.views.values import verb_and_id

_VERBS = (SENT, UNSEND, ANSWER, REPLY, DECIDE, LEARNING_WAY, CHECK, DELAY_TOLD, LOG)


class ReviewSection:
    """The listener of the rapid review section's menu."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    @guarded("review")
    def choose(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Open the chosen form; signing only for a partner the person leads."""
        runtime, user = self.runtime, body["user"]["id"]
        verb, incident_id = verb_and_id(action)
        case, partner = open_case(runtime, incident_id), partner_of(verb)
        if verb not in _VERBS and partner is None:
            raise OutOfDate
        if partner is not None and (refusal := _refused(runtime, user, partner)):
            raise lifecycle.NotAllowed(refusal)
        today = london_date(runtime.clock())
        view = review_modal(verb, case.incident, case.review, runtime.rules, today)
        client.views_open(trigger_id=body["trigger_id"], view=view)


def register(app: App, runtime: Runtime) -> None:
    """Attach the rapid review section's menu and its forms."""
    section = ReviewSection(runtime)
    register_section(
        app, runtime, menu=REVIEW_ACTION, choose=section.choose, form=REVIEW_FORM, plan=_change
    )


def _refused(runtime: Runtime, user: str, partner: Partner) -> str | None:
    """Why ``user`` may not sign for ``partner`` (None if they may)."""
    leads = runtime.rules.sign_off_leads
    name = runtime.rules.review.partners[partner].lower()
    try:
        if reviews.may_sign(
            leads, partner, user, lambda group: runtime.access.in_group(user, group)
        ):
            return None
    except (SlackApiError, SlackClientError):
        return "Slack did not answer a user group check just now. Please try again."
    lead = leads.get(partner)
    if lead is None:
        return (
            f"No one is set to sign off for the {name}: an administrator sets "
            "SAFEGUARDING_SIGN_OFF_LEADS."
        )
    return f"Only the {name}'s sign-off lead ({who(lead)}) can sign off for the {name}."


def _signing(plan: Plan) -> Plan:
    """Signing off is applied only for someone who may sign for the partner (asked as the
    change is made: a lead may have changed since the form opened)."""

    def checked(runtime: Runtime, form: Submitted) -> Apply | FieldErrors | None:
        change, partner = plan(runtime, form), partner_of(form.verb)
        if partner is None or not callable(change):
            return change
        signing = change

        def sign(user: str) -> cases.Case:
            if refusal := _refused(runtime, user, partner):
                raise lifecycle.NotAllowed(refusal)
            return signing(user)

        return sign

    return checked


#: The use case each command of the section's forms is applied by.
USE_CASES: dict[type[ReviewCommand], Callable[..., cases.Case]] = {
    UndoSent: reviews.undo_sent,
    SignOff: reviews.sign_off,
    RecordSent: reviews.record_sent,
    RecordPanelAnswer: reviews.record_panel_answer,
    RecordReplySent: reviews.record_reply_sent,
    RecordNationalDecision: reviews.record_national_decision,
    RecordLearning: reviews.record_learning,
    RecordProgressCheck: reviews.record_progress_check,
    RecordDelayTold: reviews.record_delay_told,
    LogCorrespondence: reviews.log_correspondence,
}
_change = _signing(
    planned(
        lambda runtime, form, today: read_review_form(form, today=today, rules=runtime.rules),
        USE_CASES,
    )
)
