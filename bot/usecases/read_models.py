"""What the use cases read, as plain data the views may see: a stored incident's name and
facts, a case's record after the rapid review, App Home's dashboard and register, a
person's calendar feed. Table rows and the domain's values only: no sessions, no queries,
so importing a view loads no SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.incident import is_child
from bot.domain.review import (
    NationalDecision,
    PanelAnswer,
    Partner,
    ProceedingsKind,
    PublicationKind,
    ReviewState,
    asked_at_publication,
)
from bot.domain.review import Proceedings as Held
from bot.domain.timetable import RECORDED_FACTS, Facts
from bot.domain.words import Decision, Status
from bot.rules import Rules
from storage.models import (
    ChecklistItem,
    Holder,
    ImprovementAction,
    Incident,
    PanelCorrespondence,
    PanelReview,
    Proceedings,
    ProgressCheck,
    ReviewSignOff,
    Step,
)

Remindable = Step | ChecklistItem | ImprovementAction
"""What a reminder is about: a statutory step, a checklist item or an improvement action."""


def case_title(incident: Holder) -> str:
    """How a case (or a national review) is named everywhere: reference and pseudonym (its
    title), nothing more."""
    return f"{incident.reference} · {incident.pseudonym}"


def facts_of(incident: Incident) -> Facts:
    """The facts a stored incident's deadlines are computed from."""
    recorded = {name: getattr(incident, name) for name in RECORDED_FACTS}
    return Facts(**recorded, child=is_child(incident.age_band))


@dataclass(frozen=True)
class Review:
    """A case's record after the rapid review: who signed, what was sent and answered, the
    correspondence with the Panel, the progress checks and the proceedings."""

    signed: dict[Partner, ReviewSignOff] = field(default_factory=dict)
    sent: PanelReview | None = None
    correspondence: list[PanelCorrespondence] = field(default_factory=list)
    checks: list[ProgressCheck] = field(default_factory=list)
    proceedings: list[Proceedings] = field(default_factory=list)

    def state(self, incident: Incident, steps: Sequence[Step], rules: Rules) -> ReviewState:
        """The plain values the domain's rules work on; ``steps`` are the case's, whose
        recorded dates are the milestones' and contributions'."""
        sent = self.sent
        by_step = {rule.timestep: rule.id for rule in rules.review.milestones if rule.timestep}
        done = {
            by_step.get(step.step_key, step.step_key): step.completed_on
            for step in steps
            if step.status == Status.DONE and step.completed_on is not None
        }
        return ReviewState(
            signed=frozenset(self.signed),
            sent_on=sent.sent_on if sent else None,
            decision=Decision(incident.decision) if incident.decision else None,
            decided_on=incident.decided_on,
            panel_answer=PanelAnswer(sent.answer) if sent and sent.answer else None,
            panel_answered_on=sent.answered_on if sent else None,
            reply_due_on=sent.reply_due_on if sent else None,
            reply_sent_on=sent.reply_sent_on if sent else None,
            national_decision=(
                NationalDecision(sent.national_decision)
                if sent and sent.national_decision
                else None
            ),
            national_decided_on=sent.national_decided_on if sent else None,
            learning_way=sent.learning_way if sent else None,
            done=done,
            checked=tuple(check.checked_on for check in self.checks),
            delay_told_on=sent.delay_told_on if sent else None,
            proceedings=tuple(held(p) for p in self.proceedings),
            publication_planned_on=incident.publication_planned_on,
            published_on=incident.published_on,
            publication_kind=(
                PublicationKind(incident.publication_kind) if incident.publication_kind else None
            ),
        )


def open_at_publication(steps: Sequence[Step], rules: Rules) -> list[Step]:
    """The steps publication must ask about, as they now stand: those of
    :func:`~bot.domain.review.asked_at_publication` still open or paused."""
    asked = asked_at_publication(rules.review)
    return [s for s in steps if s.step_key in asked and s.status in (Status.OPEN, Status.PAUSED)]


def held(row: Proceedings) -> Held:
    """A stored proceedings as the domain sees it."""
    return Held(ProceedingsKind(row.kind), row.expected_on, row.concluded_on)


@dataclass(frozen=True)
class Dashboard:
    """What the App Home shows one person: a page of open cases with their next deadline,
    that person's own open steps and checklist items, and the open cases counted by
    stage."""

    cases: list[tuple[Incident, Step | None]]
    page: int
    total: int
    my_steps: list[tuple[Incident, Step]]
    more_steps: bool  # the person has more open steps than are shown
    by_stage: dict[str, int]
    my_items: list[tuple[Incident, ChecklistItem]] = field(default_factory=list)
    more_items: bool = False  # and more open checklist items


@dataclass(frozen=True)
class Register:
    """What App Home shows of the register: the person's open actions (soonest first,
    ``more`` if they have more than shown) and the overdue ones counted per agency."""

    mine: list[tuple[Holder, ImprovementAction]] = field(default_factory=list)
    more: bool = False
    overdue_by_agency: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class FeedState:
    """What a person's live feed is, without its address (which was shown only once)."""

    whole_partnership: bool
    created_at: datetime


#: Where the bot's HTTP server answers a feed: ``/calendar/TOKEN.ics``.
FEED_PATH = "/calendar/"


def feed_address(public_url: str, token: str) -> str:
    """The https:// address of a feed (``webcal://`` is the same with its scheme changed)."""
    return f"{public_url}{FEED_PATH}{token}.ics"
