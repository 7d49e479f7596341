"""The incident form's submission: check, keep, answer, then log and post the case.

Nothing is kept until the form is valid. Once the report is kept (one short write) the
form turns into a receipt; after Slack has that answer the case is logged from the report
(its steps, checklist, reminders and reference), posted to the channel, and the receipt
updated with the reference. If that work is cut short, the scheduler finishes it.
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
    receipt = logged_modal(None, runtime.channel, None).to_dict()  # the same for every form

    def submit(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        user = body["user"]["id"]
        now = runtime.clock()
        try:
            member = runtime.access.allows(user)
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("membership check failed: %s", exc)
            ack(response_action="errors", errors={"pseudonym": "Slack did not answer; try again."})
            return
        if not member:
            cases.record_refusal(runtime.engine, user, "incident_form", now)
            ack(response_action="errors", errors={"pseudonym": _NOT_A_MEMBER})
            return
        try:
            report = read_incident_form(view["state"]["values"], runtime.rules.checklist.agencies)
        except FormError as exc:
            ack(response_action="errors", errors=exc.errors)
            return
        errors = check_new_incident(report, london_date(now))
        try:
            owner_allowed = runtime.access.allows(report.owner_id)
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("membership check failed: %s", exc)
            ack(response_action="errors", errors={"owner": "Slack did not answer; try again."})
            return
        if not owner_allowed:
            errors["owner"] = _OWNER_NOT_A_MEMBER
        if errors:
            ack(response_action="errors", errors=errors)
            return
        key = f"view:{view['id']}"
        try:
            cases.receive_report(
                runtime.engine, report, reported_by=user, submission_key=key, now=now
            )
        except SQLAlchemyError as exc:
            logger.warning("keeping the incident report %s failed: %s", key, exc)
            ack(response_action="errors", errors={"summary": _NOT_SAVED})
            return
        ack(response_action="update", view=receipt)
        context["received"] = key

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
            posted = cases.publish_case(
                client, runtime.engine, runtime.rules, incident.id, runtime.channel, runtime.clock()
            )
            logged = logged_modal(incident.reference, runtime.channel, posted)
        try:
            client.views_update(view_id=view["id"], view=logged)
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("could not update the receipt of %s: %s", key, exc)

    app.view(CALLBACK_ID)(ack=submit, lazy=after_ack(log_and_post))
