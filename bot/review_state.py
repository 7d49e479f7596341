"""What has been recorded after the rapid review, read for the card, and the steps and
owners it gives the case: the Panel's response awaited (and any reply owed back) become
steps, and each partner's sign-off item on the checklist goes to that partner's lead, so
the reminder policy reminds them like any owner.

Called from :func:`bot.cases.sync_deadlines` and :func:`bot.cases.load_case`; it knows the
database, not Slack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from bot.domain.calendar import day
from bot.domain.review import (
    PANEL_REPLY,
    PANEL_RESPONSE,
    SIGN_OFF_ITEMS,
    PanelAnswer,
    Partner,
    ReviewState,
    panel_response_due,
)
from bot.domain.timetable import DueStep
from bot.domain.words import Decision
from bot.rules import Rules
from storage.models import Incident, PanelCorrespondence, PanelReview, ReviewSignOff
from storage.queries import items_of, panel_correspondence, panel_review, review_sign_offs


@dataclass(frozen=True)
class Review:
    """A case's record after the rapid review: who signed, what was sent and answered,
    and the correspondence with the Panel."""

    signed: dict[Partner, ReviewSignOff] = field(default_factory=dict)
    sent: PanelReview | None = None
    correspondence: list[PanelCorrespondence] = field(default_factory=list)

    def state(self, incident: Incident) -> ReviewState:
        """The plain values the domain's rules work on."""
        sent = self.sent
        return ReviewState(
            signed=frozenset(self.signed),
            sent_on=sent.sent_on if sent else None,
            decision=Decision(incident.decision) if incident.decision else None,
            decided_on=incident.decided_on,
            panel_answer=PanelAnswer(sent.answer) if sent and sent.answer else None,
            panel_answered_on=sent.answered_on if sent else None,
            reply_sent_on=sent.reply_sent_on if sent else None,
            publication_planned_on=incident.publication_planned_on,
            published_on=incident.published_on,
        )


def read_review(session: Session, incident_id: int) -> Review:
    """What has been recorded of a case after the rapid review."""
    return Review(
        {Partner(s.partner): s for s in review_sign_offs(session, incident_id=incident_id)},
        panel_review(session, incident_id=incident_id),
        panel_correspondence(session, incident_id=incident_id),
    )


def review_steps(session: Session, incident: Incident, rules: Rules) -> list[DueStep]:
    """The steps what was recorded calls for: once the rapid review is sent, the Panel's
    response awaited (the case owner's); once an answer owes a reply, the reply."""
    assert incident.id is not None
    sent = panel_review(session, incident_id=incident.id)
    if sent is None:
        return []
    response = rules.review.panel_response
    due = panel_response_due(rules.review, sent.sent_on, rules.calendar)
    basis = f"{response.due} the rapid review was sent ({day(sent.sent_on)}); {response.source}"
    steps = [_step(PANEL_RESPONSE, response.title, response.owner, due, basis)]
    answer = rules.review.panel_answers[PanelAnswer(sent.answer)] if sent.answer else None
    if answer is not None and answer.reply and sent.reply_due_on and sent.answered_on:
        basis = f"{answer.reply_due} the Panel's answer ({day(sent.answered_on)}); {answer.source}"
        steps.append(_step(PANEL_REPLY, answer.reply, response.owner, sent.reply_due_on, basis))
    return steps


def _step(key: str, title: str, owner: str, due: date, basis: str) -> DueStep:
    return DueStep(key, title, owner, due, basis, provisional=False)


def give_sign_off_items(session: Session, incident: Incident, rules: Rules) -> None:
    """Each partner's sign-off item nobody was given goes to that partner's lead."""
    assert incident.id is not None
    keys = {key: rules.sign_off_leads.get(partner) for partner, key in SIGN_OFF_ITEMS.items()}
    for item in items_of(session, incident_id=incident.id):
        if item.item_key in keys and item.owner_id is None and (lead := keys[item.item_key]):
            item.owner_id = lead
            session.add(item)
