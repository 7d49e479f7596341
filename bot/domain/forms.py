"""The checks the small forms' fields must pass, whatever form they are on.

A reader of a form (beside its builder, in ``bot/views/``) puts each field through these
and answers with the command to apply or with :class:`FieldErrors`; keeping the checks
here keeps every form's wording the same, and testable without Slack.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from enum import StrEnum
from typing import TypeVar

from bot.domain.pseudonymity import check_free_text

#: What a reason field asks for when it is left empty, unless the form says otherwise.
SAY_WHY = "Please say why."
NO_DATE = "Choose a date."
FUTURE_DATE = "This date cannot be in the future."

Word = TypeVar("Word", bound=StrEnum)


class FieldErrors(dict[str, str]):
    """Block id → what is wrong with that field: a form's answer when nothing can be
    applied, shown under each field (a block id is also its field's name)."""


def past_date_problem(value: date | None, today: date) -> str | None:
    """Why ``value`` cannot be the day something happened (None if it can): it is missing
    or in the future."""
    if value is None:
        return NO_DATE
    if value > today:
        return FUTURE_DATE
    return None


def text_problem(
    value: str, *, limit: int, allowed: Collection[str], missing: str = SAY_WHY
) -> str | None:
    """Why ``value`` cannot be kept (None if it can): ``missing`` when nothing was typed,
    what the confidentiality guard refuses otherwise."""
    if not value:
        return missing
    return check_free_text(value, max_length=limit, allowed=allowed)


def word_of(words: type[Word], value: str | None) -> Word | None:
    """``value`` as one of ``words``, or None when it is not one (a stale or crafted form)."""
    return words(value) if value in tuple(words) else None
