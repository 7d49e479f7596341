"""The register of learning into practice: a review's recommendations, the improvement
actions under them (or immediate ones from a rapid review), whether each was done, and
the assurance that the learning is embedded. Pure: what the card, App Home, the command
and the yearly figures count, from the stored rows' words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol


class ActionStatus(StrEnum):
    """Where an improvement action stands (``ImprovementAction.status``)."""

    OPEN = "open"
    DONE = "done"
    NOT_TAKEN_FORWARD = "not_taken_forward"  # consciously closed, with a reason


class AssuranceResult(StrEnum):
    """What looking again found (``ImprovementAction.assurance_result``)."""

    EMBEDDED = "embedded"
    PARTLY = "partly"
    NOT_YET = "not_yet"

    @property
    def label(self) -> str:
        return _RESULT_LABELS[self]


_RESULT_LABELS = {
    AssuranceResult.EMBEDDED: "Embedded in practice",
    AssuranceResult.PARTLY: "Partly embedded",
    AssuranceResult.NOT_YET: "Not yet embedded",
}


class Origin(StrEnum):
    """The review a recommendation or action comes from (``origin`` of both tables)."""

    LOCAL = "local"
    NATIONAL = "national"
    RAPID = "rapid"
    PRACTICE_LEARNING = "practice_learning"

    @property
    def label(self) -> str:
        return _ORIGIN_LABELS[self]


_ORIGIN_LABELS = {
    Origin.LOCAL: "Local child safeguarding practice review",
    Origin.NATIONAL: "National review",
    Origin.RAPID: "Rapid review",
    Origin.PRACTICE_LEARNING: "Practice learning review",
}

#: The most recommendations and actions one case holds: a form's select offers 100.
MAX_RECOMMENDATIONS = 50
MAX_ACTIONS = 100


class ActionLike(Protocol):
    """What the counting needs of a stored action."""

    @property
    def status(self) -> str: ...
    @property
    def due_on(self) -> date | None: ...


def is_open(action: ActionLike) -> bool:
    return action.status == ActionStatus.OPEN


def is_overdue(action: ActionLike, today: date) -> bool:
    """Open past its due date (due today is not overdue yet)."""
    return is_open(action) and action.due_on is not None and action.due_on < today


@dataclass(frozen=True)
class Tally:
    """A case's (or a person's) actions counted: "7 of 12 actions done, 2 overdue"."""

    total: int
    done: int
    open: int
    overdue: int
    not_taken_forward: int

    def summary(self) -> str:
        if not self.total:
            return "No improvement actions recorded yet."
        noun = "action" if self.total == 1 else "actions"
        parts = [f"{self.done} of {self.total} {noun} done"]
        if self.overdue:
            parts.append(f"{self.overdue} overdue")
        if self.not_taken_forward:
            parts.append(f"{self.not_taken_forward} not taken forward")
        return ", ".join(parts)


def tally(actions: Sequence[ActionLike], today: date) -> Tally:
    return Tally(
        total=len(actions),
        done=sum(a.status == ActionStatus.DONE for a in actions),
        open=sum(is_open(a) for a in actions),
        overdue=sum(is_overdue(a, today) for a in actions),
        not_taken_forward=sum(a.status == ActionStatus.NOT_TAKEN_FORWARD for a in actions),
    )


class ActionVerb(StrEnum):
    """The choices of the card's *Improvement actions* menus, and the forms they open."""

    RECOMMEND = "recommend"
    ADD = "add_action"
    DONE = "action_done"
    NOT_TAKEN_FORWARD = "action_drop"
    ASSURE = "action_assure"
    REOPEN = "action_reopen"

    @property
    def label(self) -> str:
        return _VERB_LABELS[self]


_VERB_LABELS = {
    ActionVerb.RECOMMEND: "Add recommendation…",
    ActionVerb.ADD: "Add action…",
    ActionVerb.DONE: "Mark an action done…",
    ActionVerb.NOT_TAKEN_FORWARD: "Not taken forward…",
    ActionVerb.ASSURE: "Record assurance…",
    ActionVerb.REOPEN: "Reopen an action…",
}

#: Which actions each verb that acts on one can choose from.
CHOOSES: dict[ActionVerb, tuple[ActionStatus, ...]] = {
    ActionVerb.DONE: (ActionStatus.OPEN,),
    ActionVerb.NOT_TAKEN_FORWARD: (ActionStatus.OPEN,),
    ActionVerb.ASSURE: (ActionStatus.DONE,),
    ActionVerb.REOPEN: (ActionStatus.DONE, ActionStatus.NOT_TAKEN_FORWARD),
}
