"""What a check found, and the advice shown to the person who typed it: one place for
every kind a check reports, so each message is worded once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """What a check found: its kind (a key of ``_ADVICE``) and the words, to quote."""

    kind: str
    found: str


_ADVICE = {
    "nhs": "This looks like an NHS number. Leave it out: it identifies the child.",
    "ni": "This looks like a National Insurance number. Leave it out: it identifies a person.",
    "phone": "This looks like a phone number. Leave contact details out: they identify people.",
    "number": (
        "This has a long number that could identify someone (an NHS, crime or case number). "
        "Use the case reference instead."
    ),
    "record": (
        'This looks like a record number ("{}"). Leave it out: use the case reference instead.'
    ),
    "vehicle": (
        'This looks like a vehicle registration ("{}"). Say "a car" or "a van" without the '
        "registration."
    ),
    "email": (
        'This looks like an email address ("{}"). Leave contact details out: they identify people.'
    ),
    "handle": (
        'This looks like a social-media account ("{}"). Say "on social media" without '
        "naming the account."
    ),
    "postcode": (
        'This looks like a postcode ("{}"). Leave addresses out: they go in the '
        "notification to the Panel, not here."
    ),
    "birth": (
        'This mentions a date of birth ("{}"). Leave it out and give the child\'s age '
        'instead, for example "aged under 1".'
    ),
    "date": (
        'This looks like a full date ("{}"), which could be a date of birth. Give the '
        'child\'s age instead ("aged 4"), and other dates without the year ("3 April") or '
        "as a weekday."
    ),
    "address": (
        'This looks like an address ("{}"). Leave addresses out: say "the family home" or '
        '"a relative\'s home" instead.'
    ),
    "school": (
        'This looks like the name of a school or nursery ("{}"). Say "school" or '
        '"nursery" without naming it.'
    ),
    "surgery": (
        'This looks like the name of a GP surgery or health centre ("{}"). Say "the GP" '
        "without naming the surgery."
    ),
    "clinician": (
        'This looks like a clinician\'s name ("{}"). Use roles (GP, paediatrician, health '
        "visitor) instead of names."
    ),
    "title": (
        "This looks like a person's name (\"{}\"). Use roles (mother's partner, GP, class "
        "teacher) instead of names."
    ),
    "full_name": (
        'This looks like a full name ("{}"). Use the pseudonym and roles (mother, social '
        "worker) instead."
    ),
    "name": (
        'This looks like a person\'s name ("{}"). Use the pseudonym and roles (mother, '
        "social worker) instead."
    ),
}

_QUOTE_MAX = 40


def advice(finding: Finding) -> str:
    """What to tell the person who typed the text: what was found, and what to do."""
    found = finding.found if len(finding.found) <= _QUOTE_MAX else finding.found[:_QUOTE_MAX] + "…"
    return _ADVICE[finding.kind].format(found)
