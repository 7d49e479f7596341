"""The practice learning review's checklist: the light plan for a case below the threshold.

A case that is not a serious child safeguarding incident has no Panel notification and no
rapid review, but a partnership may still hold a practice learning review of it (local
practice, not statutory). Its items come from a TOML file (``bot/rules/learning_review.toml``
by default) so a partnership can use its own words and plan; :func:`parse_learning_review`
checks it. Every item falls due a number of working days (or another offset) after the day
the case was logged, or the day the local authority became aware, as the file says.

The items are stored as checklist items under their own keys (``plr:KEY``), so they never
meet a rapid review item of the same name, and the checklist message, its menus and the
reminder policy treat them as they treat the rapid review's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.domain.calendar import WorkingCalendar
from bot.domain.checklist import MAX_ITEMS, MAX_TITLE, PlannedItem
from bot.domain.timetable import Facts, Offset

#: What an item's due date may count from: the day the case was logged (the default: a
#: review decided weeks after awareness is not late on its first day) or awareness.
CLOCKS: Mapping[str, str] = {
    "logged_on": "the day the case was logged",
    "aware_on": "the day the local authority became aware",
}

#: Who does an item, shown on the checklist until someone is given it. An item of the
#: case owner's is given to the case owner when the checklist is made, so the reminder
#: policy reminds them of it from the first day.
ROLES: Mapping[str, str] = {
    "case_owner": "Case owner",
    "lead_reviewer": "Lead reviewer",
    "partners": "Safeguarding partners",
    "agencies": "Agencies involved",
    "business_unit": "Partnership business unit",
}
CASE_OWNER = "case_owner"

#: Stored item keys start with this, apart from the rapid review checklist's.
KEY_PREFIX = "plr:"

_ID = re.compile(r"[a-z_]{1,40}")
_ITEM_KEYS = {"key", "title", "due", "owner", "source"}


@dataclass(frozen=True)
class LearningItem:
    """One item of the practice learning review, as the partnership's file describes it."""

    key: str
    title: str
    due: Offset
    owner: str  # a key of ROLES
    source: str = ""


@dataclass(frozen=True)
class LearningReviewTemplate:
    """The whole practice learning review checklist: its clock and its items, in order."""

    starts: str  # a key of CLOCKS
    items: tuple[LearningItem, ...]
    source: str = ""

    def role_of(self, item_key: str) -> str | None:
        """The role label of a stored item (``plr:KEY``); None for another checklist's."""
        key = item_key.removeprefix(KEY_PREFIX)
        if key == item_key:
            return None
        found = next((item for item in self.items if item.key == key), None)
        return ROLES[found.owner] if found else None


def is_learning_item(item_key: str) -> bool:
    """Whether a stored checklist item is one of a practice learning review's."""
    return item_key.startswith(KEY_PREFIX)


def plan_learning_review(
    facts: Facts, template: LearningReviewTemplate, calendar: WorkingCalendar, *, logged_on: date
) -> list[PlannedItem]:
    """The case's practice learning review checklist in file order; empty unless the case
    holds one. ``logged_on``: the day (UK time) the case was logged."""
    if not facts.practice_learning_review:
        return []
    start = logged_on if template.starts == "logged_on" else facts.aware_on
    return [
        PlannedItem(
            key=f"{KEY_PREFIX}{item.key}",
            title=item.title,
            position=position,
            agency=None,
            due_on=item.due.apply(start, calendar),
            provisional=False,
            owner=item.owner,
        )
        for position, item in enumerate(template.items)
    ]


def parse_learning_review(data: Mapping[str, Any]) -> LearningReviewTemplate:
    """Check a practice learning review file's contents and build the template; errors
    name the item and key."""
    unknown = set(data) - {"learning_review", "item"}
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(sorted(unknown))}")
    section = data.get("learning_review", {})
    if not isinstance(section, Mapping):
        raise ValueError("[learning_review] must be a table")
    extra = set(section) - {"starts", "source"}
    if extra:
        raise ValueError(f"learning_review: unknown key(s): {', '.join(sorted(extra))}")
    starts = section.get("starts", "logged_on")
    if starts not in CLOCKS:
        raise ValueError(f"learning_review: starts {starts!r} is not one of {', '.join(CLOCKS)}")
    source = section.get("source", "")
    if not isinstance(source, str):
        raise ValueError("learning_review: source must be text")
    items: list[LearningItem] = []
    raw_items = data.get("item", [])
    if not isinstance(raw_items, list):
        raise ValueError("item must be a list of tables ([[item]])")
    for index, raw in enumerate(raw_items):
        if not isinstance(raw, Mapping):
            raise ValueError(f"item {index + 1}: must be a table ([[item]])")
        try:
            items.append(_parse_item(raw, {item.key for item in items}))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"item {raw.get('key', index + 1)!r}: {exc}") from None
    if not items:
        raise ValueError("no [[item]] entries")
    if len(items) > MAX_ITEMS:
        raise ValueError(
            f"{len(items)} items; a Slack message holds at most {MAX_ITEMS}: merge or remove some"
        )
    return LearningReviewTemplate(starts, tuple(items), source)


def _parse_item(raw: Mapping[str, Any], earlier: set[str]) -> LearningItem:
    unknown = set(raw) - _ITEM_KEYS
    if unknown:
        raise ValueError(
            f"unknown key(s): {', '.join(sorted(unknown))} (a practice learning review's "
            "items are for the whole review: no per_agency)"
        )
    missing = {"key", "title", "due", "owner"} - set(raw)
    if missing:
        raise ValueError(f"missing key(s): {', '.join(sorted(missing))}")
    key, title, owner = raw["key"], raw["title"], raw["owner"]
    if not isinstance(key, str) or not _ID.fullmatch(key):
        raise ValueError("the key must be lower-case letters and underscores, at most 40")
    if key in earlier:
        raise ValueError("the key is used twice")
    if not isinstance(title, str) or not title.strip():
        raise ValueError("the title must be text")
    if len(title) > MAX_TITLE:
        raise ValueError(f"the title is longer than {MAX_TITLE} characters")
    if owner not in ROLES:
        raise ValueError(f"owner must be one of {', '.join(ROLES)}")
    source = raw.get("source", "")
    if not isinstance(source, str):
        raise ValueError("source must be text")
    due = Offset.parse(str(raw["due"]))
    if due.before:
        raise ValueError("an item falls due after its clock, not before it")
    return LearningItem(key, title, due, owner, source)
