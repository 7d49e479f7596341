"""The case card's proceedings and publication section: record proceedings, change the
date they are expected to end, record them concluded, remove ones recorded in error.

A choice opens its small form; the submission is checked and applied as the other small
forms are (:func:`bot.listeners.forms.register_section`), and the messages are redrawn
after the answer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.domain.calendar import london_date
from bot.domain.review import RAPID_REVIEW_STEP, ProceedingsKind
from bot.listeners.forms import Apply, free_text, past_date, register_section, with_errors
from bot.listeners.guard import OutOfDate, guarded, open_case
from bot.runtime import Runtime
from bot.usecases import publication
from bot.views.case_forms import REASON_MAX, Submitted
from bot.views.publication import (
    CONCLUDED,
    CONCLUDED_LABEL,
    EXPECTED,
    PUBLICATION_ACTION,
    PUBLICATION_FORM,
    RECORD,
    REMOVE,
    VERBS,
    choices,
    publication_modal,
)
from bot.views.values import row_id, verb_and_id


class PublicationSection:
    """The listener of the proceedings and publication section's menu."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    @guarded("publication")
    def choose(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        """Open the chosen form, if there is something for it to act on."""
        runtime = self.runtime
        verb, incident_id = verb_and_id(action)
        case = open_case(runtime, incident_id)
        has_review = any(s.step_key == RAPID_REVIEW_STEP for s in case.steps)
        if not has_review or verb not in VERBS:
            raise OutOfDate
        if verb != RECORD and not choices(verb, case.review):
            raise OutOfDate
        today = london_date(runtime.clock())
        view = publication_modal(verb, case.incident, case.review, runtime.rules, today)
        client.views_open(trigger_id=body["trigger_id"], view=view)


def register(app: App, runtime: Runtime) -> None:
    """Attach the section's menu and its forms."""
    section = PublicationSection(runtime)
    register_section(
        app,
        runtime,
        menu=PUBLICATION_ACTION,
        choose=section.choose,
        form=PUBLICATION_FORM,
        plan=with_errors(_change),
    )


def _change(runtime: Runtime, form: Submitted, errors: dict[str, str]) -> Apply | None:
    engine, rules, now = runtime.engine, runtime.rules, runtime.clock()
    incident_id = form.target
    if form.verb == RECORD:
        if (chosen := form.choice("kind")) not in tuple(ProceedingsKind):
            errors["kind"] = "Choose which proceedings."
            return None
        kind, expected_on = ProceedingsKind(chosen), _expected(form, london_date(now), errors)
        if "expected" in errors:
            return None
        return lambda user: publication.record_proceedings(
            engine,
            rules,
            incident_id=incident_id,
            kind=kind,
            expected_on=expected_on,
            actor=user,
            now=now,
        )
    if form.verb not in (EXPECTED, CONCLUDED, REMOVE):
        return None
    which = row_id(form.choice("which") or "")
    if which is None:
        errors["which"] = "Choose which proceedings."
    if form.verb == EXPECTED:
        expected = _expected(form, london_date(now), errors)
        if expected is None and "expected" not in errors:
            errors["expected"] = "Choose a date."
        if which is None or expected is None or "expected" in errors:
            return None
        new_date, chosen_id = expected, which
        return lambda user: publication.change_expected(
            engine,
            rules,
            incident_id=incident_id,
            proceedings_id=chosen_id,
            expected_on=new_date,
            actor=user,
            now=now,
        )
    if form.verb == CONCLUDED:
        on = past_date(form, "date", london_date(now), errors)
        if which is None or on is None:
            return None
        concluded_on, chosen_id = on, which
        return lambda user: publication.record_concluded(
            engine,
            rules,
            incident_id=incident_id,
            proceedings_id=chosen_id,
            on=concluded_on,
            actor=user,
            now=now,
        )
    reason = free_text(runtime, form, "reason", REASON_MAX, errors)
    if which is None:
        return None
    chosen_id = which
    return lambda user: publication.remove_proceedings(
        engine,
        rules,
        incident_id=incident_id,
        proceedings_id=chosen_id,
        reason=reason,
        actor=user,
        now=now,
    )


def _expected(form: Submitted, today: date, errors: dict[str, str]) -> date | None:
    """The date proceedings are expected to end, if given: not a day gone by, as they have
    ended then (which is recorded as concluded) or have a new date."""
    expected = form.day("expected")
    if expected is not None and expected < today:
        errors["expected"] = (
            f"That date has passed. If the proceedings have ended, choose {CONCLUDED_LABEL} "
            "instead; if not, give the date they are now expected to end."
        )
    return expected
