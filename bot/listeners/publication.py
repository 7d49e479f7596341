"""The case card's proceedings and publication section: record proceedings, change the
date they are expected to end, record them concluded, remove ones recorded in error.

A choice opens its small form; the submission is checked and applied as the other small
forms are (:func:`bot.listeners.forms.register_section`), and the messages are redrawn
after the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.domain.calendar import london_date
from bot.domain.review import RAPID_REVIEW_STEP
from bot.listeners.forms import planned, register_section
from bot.listeners.guard import OutOfDate, guarded, open_case
from bot.runtime import Runtime
from bot.usecases import publication
from bot.usecases.cases import Case
from bot.views.publication import (
    PUBLICATION_ACTION,
    PUBLICATION_FORM,
    RECORD,
    VERBS,
    ChangeExpected,
    ProceedingsCommand,
    RecordConcluded,
    RecordProceedings,
    RemoveProceedings,
    choices,
    publication_modal,
    read_publication_form,
)
from bot.views.values import verb_and_id


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
        plan=_change,
    )


#: The use case each command of the section's forms is applied by.
USE_CASES: dict[type[ProceedingsCommand], Callable[..., Case]] = {
    RecordProceedings: publication.record_proceedings,
    ChangeExpected: publication.change_expected,
    RecordConcluded: publication.record_concluded,
    RemoveProceedings: publication.remove_proceedings,
}
_change = planned(
    lambda runtime, form, today: read_publication_form(
        form, today=today, allowed=runtime.rules.allowed_words
    ),
    USE_CASES,
)
