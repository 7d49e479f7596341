"""The rapid review checklist: what the partners do between notification and sign-off.

Items come from a TOML file (``bot/rules/checklist.toml`` by default) so a partnership can
use its own words and plan without changing code; :func:`parse_checklist` checks them. Every
item falls due a set offset from one clock, counted exactly as the statutory timetable
counts (:func:`~bot.domain.timetable.clock_start`), so the last item and the rapid review
deadline agree and are provisional together. An item marked ``per_agency`` is repeated for
each agency involved in the incident, because each agency contributes its own summary.

The checklist is for the rapid review, so it applies only when the facts make one due: its
``applies_when`` names the timetable's conditions (by default those of the rapid review).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from bot.domain.calendar import WorkingCalendar
from bot.domain.timetable import CLOCKS, CONDITIONS, Facts, Offset, clock_start

#: Where a per-agency item's title takes the agency's name.
AGENCY = "{agency}"

#: Slack limits: a checklist item is a section beside a menu, an agency a form option.
MAX_TITLE = 150
MAX_AGENCY_NAME = 75
#: The checklist is one message, of at most 50 blocks: a heading, a progress line, and an
#: item each. A file that could make more is refused at start, not found out on a case.
MAX_ITEMS = 48

#: Ids are stored with each case and sent as option values, and an item's key is joined to
#: an agency id with ":", so both are kept to short lower-case words.
_ID = re.compile(r"[a-z_]{1,40}")


@dataclass(frozen=True)
class ItemRule:
    """One checklist item as the partnership's file describes it."""

    key: str
    title: str  # contains AGENCY when per_agency
    due: Offset
    per_agency: bool = False
    only_for: tuple[str, ...] = ()  # per-agency items: only these agencies (empty: all)


@dataclass(frozen=True)
class ChecklistTemplate:
    """The whole checklist: its clock, its items in the order shown, the known agencies."""

    starts: str  # a key of CLOCKS
    provisional_start: str | None  # used, and marked provisional, until `starts` is known
    items: tuple[ItemRule, ...]
    agencies: Mapping[str, str]  # id -> display name, in the order the form offers them
    applies_when: tuple[str, ...] = ()  # conditions (of the timetable) that must all hold

    def applies(self, facts: Facts) -> bool:
        """Whether an incident with these facts has a rapid review checklist at all."""
        return all(CONDITIONS[name](facts) for name in self.applies_when)


#: When the checklist applies if its file does not say: when a rapid review is due.
DEFAULT_APPLIES_WHEN = ("serious_incident", "child")


@dataclass(frozen=True)
class PlannedItem:
    """A checklist item for one incident, with its due date (None until a clock starts)."""

    key: str  # the rule's key, or "key:agency" for a per-agency item
    title: str
    position: int  # from 0, in display order
    agency: str | None
    due_on: date | None
    provisional: bool
    owner: str | None = None  # a role the item is given to when made (learning reviews)


def plan_checklist(
    facts: Facts,
    template: ChecklistTemplate,
    calendar: WorkingCalendar,
    agencies: Sequence[str],
) -> list[PlannedItem]:
    """The incident's checklist in file order, per-agency items expanded in the order of
    ``agencies`` (the ids of the agencies involved); empty when the checklist does not
    apply to ``facts``."""
    unknown = [agency for agency in agencies if agency not in template.agencies]
    if unknown:
        raise ValueError(f"unknown agency id(s): {', '.join(unknown)}")
    if len(set(agencies)) != len(agencies):
        raise ValueError("an agency is listed twice")
    if not template.applies(facts):
        return []
    start, _, provisional = clock_start(template.starts, template.provisional_start, facts, {})
    planned: list[PlannedItem] = []
    for rule in template.items:
        due_on = None if start is None else rule.due.apply(start, calendar)
        if not rule.per_agency:
            planned.append(
                PlannedItem(rule.key, rule.title, len(planned), None, due_on, provisional)
            )
            continue
        for agency in agencies:
            if rule.only_for and agency not in rule.only_for:
                continue
            title = rule.title.replace(AGENCY, template.agencies[agency])
            key = f"{rule.key}:{agency}"
            planned.append(PlannedItem(key, title, len(planned), agency, due_on, provisional))
    return planned


def parse_checklist(data: Mapping[str, Any]) -> ChecklistTemplate:
    """Check a checklist file's contents and build the template; errors name the item and
    key."""
    unknown = set(data) - {"checklist", "agencies", "item"}
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(sorted(unknown))}")
    starts, provisional_start, applies_when = _parse_clock(data.get("checklist", {}))
    agencies = _parse_agencies(data.get("agencies", {}))
    items: list[ItemRule] = []
    for index, raw in enumerate(data.get("item", [])):
        if not isinstance(raw, Mapping):
            raise ValueError(f"item {index + 1}: must be a table ([[item]])")
        where = f"item {raw.get('key', index + 1)!r}"
        try:
            items.append(_parse_item(raw, {item.key for item in items}, agencies))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{where}: {exc}") from None
    if not items:
        raise ValueError("no [[item]] entries")
    most = sum(len(set(item.only_for) or agencies) if item.per_agency else 1 for item in items)
    if most > MAX_ITEMS:
        raise ValueError(
            f"with every agency involved this checklist has {most} items; a Slack message "
            f"holds at most {MAX_ITEMS}: merge or remove some items"
        )
    return ChecklistTemplate(
        starts, provisional_start, tuple(items), MappingProxyType(agencies), applies_when
    )


def _parse_clock(raw: Any) -> tuple[str, str | None, tuple[str, ...]]:
    if not isinstance(raw, Mapping):
        raise ValueError("[checklist] must be a table")
    unknown = set(raw) - {"starts", "provisional_start", "applies_when"}
    if unknown:
        raise ValueError(f"checklist: unknown key(s): {', '.join(sorted(unknown))}")
    if "starts" not in raw:
        raise ValueError("checklist: missing key(s): starts")
    for key in ("starts", "provisional_start"):
        clock = raw.get(key)
        if clock is not None and (not isinstance(clock, str) or clock not in CLOCKS):
            raise ValueError(f"checklist: {key} {clock!r} is not one of {', '.join(CLOCKS)}")
    conditions = raw.get("applies_when", list(DEFAULT_APPLIES_WHEN))
    if not isinstance(conditions, list) or not all(isinstance(c, str) for c in conditions):
        raise ValueError("checklist: applies_when must be a list of conditions")
    unknown = {name for name in conditions if name not in CONDITIONS}
    if unknown:
        raise ValueError(
            f"checklist: unknown condition(s) in applies_when: {', '.join(sorted(unknown))}; "
            f"known: {', '.join(CONDITIONS)}"
        )
    return raw["starts"], raw.get("provisional_start"), tuple(conditions)


def _parse_agencies(raw: Any) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise ValueError("[agencies] must be a table")
    if not raw:
        raise ValueError("no [agencies] entries")
    for agency, name in raw.items():
        if not _ID.fullmatch(agency):
            raise ValueError(
                f"agency {agency!r}: the id must be lower-case letters and underscores, at most 40"
            )
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_AGENCY_NAME:
            raise ValueError(
                f"agency {agency!r}: the name must be text of 1 to {MAX_AGENCY_NAME} characters"
            )
    return dict(raw)


_ITEM_KEYS = {"key", "title", "due", "per_agency", "only_for"}


def _parse_item(raw: Mapping[str, Any], earlier: set[str], agencies: Mapping[str, str]) -> ItemRule:
    unknown = set(raw) - _ITEM_KEYS
    if unknown:
        raise ValueError(f"unknown key(s): {', '.join(sorted(unknown))}")
    missing = {"key", "title", "due"} - set(raw)
    if missing:
        raise ValueError(f"missing key(s): {', '.join(sorted(missing))}")
    key, title, per_agency = raw["key"], raw["title"], raw.get("per_agency", False)
    if not isinstance(key, str) or not _ID.fullmatch(key):
        raise ValueError("the key must be lower-case letters and underscores, at most 40")
    if key in earlier:
        raise ValueError("the key is used twice")
    if not isinstance(per_agency, bool):
        raise ValueError("per_agency must be true or false")
    if not isinstance(title, str) or not title.strip():
        raise ValueError("the title must be text")
    if per_agency and AGENCY not in title:
        raise ValueError(f"a per_agency item's title must say where the agency goes: {AGENCY}")
    if not per_agency and AGENCY in title:
        raise ValueError(f"{AGENCY} in the title needs per_agency = true")
    longest = max(agencies.values(), key=len)
    if len(title.replace(AGENCY, longest)) > MAX_TITLE:
        named = " with the longest agency name in it" if per_agency else ""
        raise ValueError(f"the title is longer than {MAX_TITLE} characters{named}")
    only_for = raw.get("only_for", [])
    if only_for and not per_agency:
        raise ValueError("only_for needs per_agency = true")
    if not isinstance(only_for, list) or not all(isinstance(a, str) for a in only_for):
        raise ValueError("only_for must be a list of agency ids")
    unknown_agencies = [agency for agency in only_for if agency not in agencies]
    if unknown_agencies:
        raise ValueError(
            f"only_for: unknown agency id(s): {', '.join(unknown_agencies)}; "
            f"known: {', '.join(agencies)}"
        )
    return ItemRule(key, title, Offset.parse(str(raw["due"])), per_agency, tuple(only_for))
