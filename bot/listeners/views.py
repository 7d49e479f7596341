"""The incident form's submission: check, keep, answer, then log and post the case.

Nothing is kept until the form is valid. Once the report is kept (one short write) the
form turns into a receipt; after Slack has that answer the case is logged from the report
(its steps, checklist, reminders and reference), posted to the channel, and the receipt
updated with the reference. If that work is cut short, the scheduler finishes it.

The same form, filled in from a logged case (Edit case…), corrects it: the same checks,
then one audited change, and the case's messages are redrawn after the answer.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import SQLAlchemyError

from bot.domain.calendar import london_date
from bot.domain.incident import NewIncident, check_new_incident
from bot.flows import posting
from bot.listeners.guard import after_ack, membership
from bot.runtime import Runtime
from bot.usecases import cases, lifecycle
from bot.views.incident_form import (
    CALLBACK_ID,
    EDIT_CALLBACK_ID,
    FormError,
    logged_modal,
    read_incident_form,
    unchanged_modal,
)
from bot.views.values import form_target

logger = logging.getLogger(__name__)

_NOT_A_MEMBER = "Only members of the partnership channel can log incidents."
_OWNER_NOT_A_MEMBER = "The case owner must be a member of the partnership channel."
_NOT_SAVED = "The case could not be saved just now; nothing was stored. Please press Log again."
_EDIT_NOT_SAVED = "The change could not be saved just now; nothing was changed. Please try again."
_OUT_OF_DATE = "This form is out of date; please close it."
_NO_ANSWER = "Slack did not answer; try again."


def register(app: App, runtime: Runtime) -> None:
    """Attach the incident form's submission listener."""
    receipt = logged_modal(None, runtime.channel, None).to_dict()  # the same for every form

    def checked(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> NewIncident | None:
        """The form's report if its sender may send it and every field passes; otherwise
        the form is answered with what to fix, and None."""
        member = membership(runtime, body["user"]["id"], surface="incident_form")
        if not member:
            problem = _NO_ANSWER if member is None else _NOT_A_MEMBER
            ack(response_action="errors", errors={"pseudonym": problem})
            return None
        try:
            report = read_incident_form(view["state"]["values"], runtime.rules.checklist.agencies)
        except FormError as exc:
            ack(response_action="errors", errors=exc.errors)
            return None
        errors = check_new_incident(
            report, london_date(runtime.clock()), allowed=runtime.rules.allowed_words
        )
        owner_allowed = membership(runtime, report.owner_id)
        if owner_allowed is None:
            ack(response_action="errors", errors={"owner": _NO_ANSWER})
            return None
        if not owner_allowed:
            errors["owner"] = _OWNER_NOT_A_MEMBER
        if errors:
            ack(response_action="errors", errors=errors)
            return None
        return report

    def submit(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        report = checked(ack, body, view)
        if report is None:
            return
        key = f"view:{view['id']}"
        try:
            cases.receive_report(
                runtime.engine,
                report,
                reported_by=body["user"]["id"],
                submission_key=key,
                now=runtime.clock(),
            )
        except SQLAlchemyError as exc:
            logger.warning("keeping the incident report %s failed: %s", key, exc)
            ack(response_action="errors", errors={"summary": _NOT_SAVED})
            return
        ack(response_action="update", view=receipt)
        context["received"] = key

    def edit(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        target = form_target(view)
        incident_id = target[1] if target and target[0] == "edit" else None
        if incident_id is None:
            ack(response_action="errors", errors={"pseudonym": _OUT_OF_DATE})
            return
        report = checked(ack, body, view)
        if report is None:
            return
        try:
            edited = lifecycle.edit_case(
                runtime.engine,
                runtime.rules,
                incident_id=incident_id,
                report=report,
                actor=body["user"]["id"],
                now=runtime.clock(),
            )
        except lifecycle.NotAllowed as exc:
            ack(response_action="errors", errors={"aware_on": str(exc)})
            return
        except SQLAlchemyError as exc:
            logger.warning("saving the edit of case %s failed: %s", incident_id, exc)
            ack(response_action="errors", errors={"summary": _EDIT_NOT_SAVED})
            return
        if not edited.changed:
            ack(response_action="update", view=unchanged_modal(edited.case.incident.reference))
            return
        ack()
        context["edited"] = incident_id
        context["new_owner"] = "owner_id" in edited.changed and edited.case.incident.owner_id

    def redraw_edited(context: BoltContext, client: WebClient) -> None:
        """After the answer: the card and checklist show the corrected case, and a new case
        owner is told."""
        if "edited" not in context:
            return
        incident_id = context["edited"]
        posting.refresh_messages(
            client, runtime.engine, runtime.rules, incident_id, runtime.clock()
        )
        if owner := context["new_owner"]:
            posting.tell_new_owner(
                client, runtime.engine, runtime.rules, incident_id, owner, runtime.clock()
            )

    def log_and_post(view: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        """After the answer: the case made from the report, posted to the channel, then the
        receipt says its reference and where it is."""
        if "received" not in context:
            return  # the form was answered with errors; nothing was kept
        key = context["received"]
        try:
            incident = cases.log_received(runtime.engine, runtime.rules, key)
        except SQLAlchemyError as exc:
            logger.warning("logging %s failed (%s); the scheduler retries", key, exc)
            incident = None
        if incident is None:
            logged = logged_modal(None, runtime.channel, False)
        else:
            assert incident.id is not None
            posted = posting.publish_case(
                client,
                runtime.engine,
                runtime.rules,
                incident_id=incident.id,
                channel=runtime.channel,
                now=runtime.clock(),
            )
            logged = logged_modal(incident.reference, runtime.channel, posted)
        try:
            client.views_update(view_id=view["id"], view=logged)
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("could not update the receipt of %s: %s", key, exc)

    app.view(CALLBACK_ID)(after_ack(submit, log_and_post))
    app.view(EDIT_CALLBACK_ID)(after_ack(edit, redraw_edited))
