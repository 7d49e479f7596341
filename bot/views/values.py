"""The values the bot puts in its controls and modals, and reads back: ``verb:id`` in a menu
option, an id on a button, ``{"verb", "id"}`` in a modal's ``private_metadata``. One codec,
beside the views that write them and used by the listeners that read them; a value that
could name no row is a stale or forged control, which the listeners answer with "out of
date"."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

#: The largest id a row can have: PostgreSQL's INTEGER column (SQLite's is wider).
MAX_ROW_ID = 2**31 - 1


#: A whole number as the bot writes one: ASCII digits, no more than the largest id has.
_DIGITS = re.compile(r"[0-9]{1,10}")


def whole_number(value: Any, maximum: int = MAX_ROW_ID) -> int | None:
    """``value`` (an int, or its decimal digits) if it is a whole number from 0 to
    ``maximum``; None for anything else: signs, spaces, non-ASCII digits, floats, bools."""
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= maximum else None


def row_id(value: Any) -> int | None:
    """``value`` as the id of a stored row (1 up to the database's integer limit), or
    None if no row can have it."""
    number = whole_number(value)
    return number if number else None


def action_value(action: Mapping[str, Any]) -> str:
    """What a pressed button, or the chosen option of a menu, sends back ('' if none)."""
    chosen = action.get("selected_option")
    value = chosen.get("value") if isinstance(chosen, Mapping) else action.get("value")
    return value if isinstance(value, str) else ""


def menu_value(verb: str, target: int | None) -> str:
    """The value a menu option sends back: ``verb:id`` (read again by :func:`verb_and_id`)."""
    return f"{verb}:{target}"


def verb_and_id(action: Mapping[str, Any]) -> tuple[str, int | None]:
    """``verb:id`` from a menu option (see :func:`menu_value`), or an id alone from a
    button (verb empty)."""
    verb, _, target = action_value(action).rpartition(":")
    return verb, row_id(target)


def form_metadata(verb: str, target: int | None) -> str:
    """What a modal of this bot carries in ``private_metadata``: the verb and row id it acts
    on (read again by :func:`form_target`)."""
    return json.dumps({"verb": verb, "id": target})


def form_target(view: Mapping[str, Any]) -> tuple[str, int] | None:
    """The verb and row id a modal of this bot carries in ``private_metadata``
    (``{"verb", "id"}``); None if the metadata is not that."""
    raw = view.get("private_metadata")
    try:
        meta = json.loads(raw) if isinstance(raw, str) and raw else None
    except ValueError:
        return None
    if not isinstance(meta, dict) or (target := row_id(meta.get("id"))) is None:
        return None
    verb = meta.get("verb")
    return (verb, target) if isinstance(verb, str) else None
