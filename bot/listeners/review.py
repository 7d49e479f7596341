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

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.calendar import london_date
from bot.domain.review import (
    MAX_CORRESPONDENCE,
    NOTE_MAX,
    Direction,
    NationalDecision,
    PanelAnswer,
    Partner,
)
from bot.listeners.forms import Apply, free_text, past_date, register_section
from bot.listeners.guard import OutOfDate, guarded, open_case
from bot.runtime import Runtime
from bot.usecases import cases, lifecycle, reviews
from bot.views.case_forms import REASON_MAX, Submitted
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
    SIGN,
    UNSEND,
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
        case, partner = open_case(runtime, incident_id), _partner(verb)
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


def _partner(verb: str) -> Partner | None:
    """The partner a ``sign_<partner>`` choice signs for; None for any other verb."""
    name = verb.removeprefix(SIGN) if verb.startswith(SIGN) else ""
    return Partner(name) if name in tuple(Partner) else None


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


def _change(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> Apply | None:
    engine, rules, now = runtime.engine, runtime.rules, runtime.clock()
    incident_id = form.target
    if form.verb == UNSEND:
        why = free_text(runtime, form, "reason", REASON_MAX, errors)
        return lambda user: reviews.undo_sent(
            engine, rules, incident_id=incident_id, reason=why, actor=user, now=now
        )
    on = past_date(form, "date", london_date(now), errors)
    if on is None:
        return None  # its error is in ``errors``
    if (partner := _partner(form.verb)) is not None:

        def sign(user: str) -> cases.Case:
            if refusal := _refused(runtime, user, partner):
                raise lifecycle.NotAllowed(refusal)
            return reviews.sign_off(
                engine, rules, incident_id=incident_id, partner=partner, on=on, actor=user, now=now
            )

        return sign
    if form.verb == SENT:
        asked = "reason" in form.values
        reason = free_text(runtime, form, "reason", REASON_MAX, errors) if asked else None
        return lambda user: reviews.record_sent(
            engine, rules, incident_id=incident_id, on=on, reason=reason, actor=user, now=now
        )
    if form.verb == ANSWER:
        if (chosen := form.choice("answer")) not in tuple(PanelAnswer):
            errors["answer"] = "Choose what the Panel said."
            return None
        answer = PanelAnswer(chosen)
        return lambda user: reviews.record_panel_answer(
            engine, rules, incident_id=incident_id, answer=answer, on=on, actor=user, now=now
        )
    if form.verb == REPLY:
        return lambda user: reviews.record_reply_sent(
            engine, rules, incident_id=incident_id, on=on, actor=user, now=now
        )
    if form.verb == DECIDE:
        if (chosen := form.choice("decision")) not in tuple(NationalDecision):
            errors["decision"] = "Choose what the Panel decided."
            return None
        decision = NationalDecision(chosen)
        return lambda user: reviews.record_national_decision(
            engine, rules, incident_id=incident_id, decision=decision, on=on, actor=user, now=now
        )
    if form.verb == LEARNING_WAY:
        way = form.choice("way")
        if way is None or way not in rules.review.learning_ways:
            errors["way"] = "Choose how the learning is shared."
            return None
        chosen_way = way
        return lambda user: reviews.record_learning(
            engine, rules, incident_id=incident_id, way=chosen_way, on=on, actor=user, now=now
        )
    if form.verb == CHECK:
        note = free_text(
            runtime, form, "note", NOTE_MAX, errors, missing="Write a line on the time and quality."
        )
        return lambda user: reviews.record_progress_check(
            engine, rules, incident_id=incident_id, on=on, note=note, actor=user, now=now
        )
    if form.verb == DELAY_TOLD:
        reason = free_text(runtime, form, "reason", NOTE_MAX, errors)
        return lambda user: reviews.record_delay_told(
            engine, rules, incident_id=incident_id, on=on, reason=reason, actor=user, now=now
        )
    if form.verb == LOG:
        if (way := form.choice("direction")) not in tuple(Direction):
            errors["direction"] = "Choose which way it went."
            return None
        direction = Direction(way)
        what = free_text(
            runtime, form, "what", MAX_CORRESPONDENCE, errors, missing="Say what the exchange was."
        )
        return lambda user: reviews.log_correspondence(
            engine,
            rules,
            incident_id=incident_id,
            on=on,
            direction=direction,
            what=what,
            actor=user,
            now=now,
        )
    return None
