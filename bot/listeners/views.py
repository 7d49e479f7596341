"""The incident form's submission: check, store, then post (in that order).

Nothing is stored until the form is valid; once stored, the form turns into a receipt
with the case reference, and the channel post follows after Slack has its answer.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import SQLAlchemyError

from bot import cases
from bot.blocks.incident_form import CALLBACK_ID, FormError, logged_modal, read_incident_form
from bot.domain.calendar import london_date
from bot.domain.incident import check_new_incident
from bot.listeners.guard import after_ack
from bot.runtime import Runtime

logger = logging.getLogger(__name__)

_NOT_A_MEMBER = "Only members of the partnership channel can log incidents."
_OWNER_NOT_A_MEMBER = "The case owner must be a member of the partnership channel."
_NOT_SAVED = "The case could not be saved just now; nothing was stored. Please press Log again."


def register(app: App, runtime: Runtime) -> None:
    """Attach the incident form's submission listener."""

    def submit(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        user = body["user"]["id"]
        now = runtime.clock()
        try:
            members = runtime.access.members()
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("membership check failed: %s", exc)
            ack(response_action="errors", errors={"pseudonym": "Slack did not answer; try again."})
            return
        if user not in members:
            cases.record_refusal(runtime.engine, user, "incident_form", now)
            ack(response_action="errors", errors={"pseudonym": _NOT_A_MEMBER})
            return
        try:
            report = read_incident_form(view["state"]["values"], runtime.rules.checklist.agencies)
        except FormError as exc:
            ack(response_action="errors", errors=exc.errors)
            return
        errors = check_new_incident(report, london_date(now))
        if report.owner_id not in members:
            errors["owner"] = _OWNER_NOT_A_MEMBER
        if errors:
            ack(response_action="errors", errors=errors)
            return
        try:
            incident, _ = cases.log_incident(
                runtime.engine,
                runtime.rules,
                report,
                reported_by=user,
                submission_key=f"view:{view['id']}",
                now=now,
            )
        except SQLAlchemyError:
            logger.exception("storing an incident failed")
            ack(response_action="errors", errors={"summary": _NOT_SAVED})
            return
        ack(response_action="update", view=logged_modal(incident.reference, runtime.channel, None))
        context["logged"] = (incident.id, incident.reference, now)

    def post(view: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        """After the answer: the case to the channel, then the receipt says where it is."""
        if "logged" not in context:
            return  # the form was answered with errors; nothing was stored
        incident_id, reference, now = context["logged"]
        posted = cases.publish_case(
            client, runtime.engine, runtime.rules, incident_id, runtime.channel, now
        )
        try:
            client.views_update(
                view_id=view["id"], view=logged_modal(reference, runtime.channel, posted)
            )
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("could not update the receipt for %s: %s", reference, exc)

    app.view(CALLBACK_ID)(ack=submit, lazy=after_ack(post))
