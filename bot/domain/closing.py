"""Whether a case has nothing left to record, and what was settled.

The bot never closes a case by itself: a published report's recommendations and
improvement actions are recorded after publication, one by one, and only the business
unit knows when the last is in the register. So the card asks, once nothing is open, and
the closing keeps what was settled as its reason.

Pure: the card's builder and the closing use case both ask :func:`settled`; the checklist's
listeners ask :func:`item_moves_card` whether the card needs redrawing too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from bot.domain.actions import ActionLike, ActionStatus, is_open
from bot.domain.timetable import StepKind
from bot.domain.words import FINISHED


class StepLike(Protocol):
    """What closing needs of a stored step or checklist item."""

    @property
    def status(self) -> str: ...


class DeadlineLike(StepLike, Protocol):
    """A step, whose kind says whether it is a deadline."""

    @property
    def kind(self) -> str: ...


class AssuredLike(ActionLike, Protocol):
    """What closing needs of a stored improvement action."""

    @property
    def assurance_due_on(self) -> date | None: ...
    @property
    def assured_on(self) -> date | None: ...


def awaiting_assurance(action: AssuredLike) -> bool:
    """Done, with a date to look again at whether the learning is embedded, and nothing
    recorded yet of what looking again found."""
    return (
        action.status == ActionStatus.DONE
        and action.assurance_due_on is not None
        and action.assured_on is None
    )


def settled(
    *,
    published_on: date | None,
    steps: Sequence[DeadlineLike],
    items: Sequence[StepLike],
    actions: Sequence[AssuredLike],
) -> str | None:
    """What was settled ("9 statutory steps finished; …"), or None while anything is left:
    a deadline or checklist item open, an action open or its assurance pending, or a
    published review with no action recorded yet (the report's are still to come). A
    minimum period (the report kept available) runs on after the case closes."""
    deadlines = [s for s in steps if s.kind == StepKind.DEADLINE]
    if not deadlines or any(s.status not in FINISHED for s in [*deadlines, *items]):
        return None
    if any(is_open(a) or awaiting_assurance(a) for a in actions):
        return None
    if published_on is not None and not actions:
        return None
    parts = [f"{_count(len(deadlines), 'statutory step')} finished"]
    if items:
        parts.append(f"{_count(len(items), 'checklist item')} done or not applicable")
    if actions:
        done = sum(a.status == ActionStatus.DONE for a in actions)
        assured = sum(a.assured_on is not None for a in actions)
        said = f"{_count(len(actions), 'improvement action')}: {done} done"
        said += f" (assurance recorded for {assured})" if assured else ""
        if dropped := len(actions) - done:
            said += f", {dropped} not taken forward"
        parts.append(said)
    return "; ".join(parts)


class ItemLike(StepLike, Protocol):
    """A checklist item, by its id."""

    @property
    def id(self) -> int | None: ...


def item_moves_card(items: Sequence[ItemLike], item_id: int) -> bool:
    """Whether a change to one checklist item can change the case card, which shows no
    items but asks to close once none is open: only if every other item is finished."""
    return all(item.status in FINISHED for item in items if item.id != item_id)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"
