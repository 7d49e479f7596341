"""A newly reported incident, as the form gives it, and the checks it must pass first.

Nothing is stored until every check passes; each error is keyed by the field it belongs to
so the form can show it in place.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, get_args, get_type_hints

from bot.domain.pseudonymity import check_free_text, check_pseudonym
from bot.domain.timetable import Facts, not_serious_reasons

AGE_BANDS = {
    "under_1": "Under 1",
    "1_4": "1 to 4",
    "5_9": "5 to 9",
    "10_15": "10 to 15",
    "16_17": "16 or 17",
    "18_24": "18 to 24 (care leaver)",
}

#: The bands of young adults: only a care leaver's death (up to and including age 24)
#: brings a case here, and the duties that are about children do not apply to them.
ADULT_AGE_BANDS = frozenset({"18_24"})


def is_child(age_band: str | None) -> bool:
    """Whether the age band is under 18; an age band not given (older cases, a report
    from elsewhere) counts as a child, so no child-only duty is ever left out."""
    return age_band not in ADULT_AGE_BANDS


#: How far an open case has gone, from the facts recorded (in the order cases move); a case
#: below the threshold that holds a practice learning review is at that stage throughout.
STAGES = (
    "notification",
    "rapid_review",
    "no_local_review",
    "national_review",
    "local_review",
    "published",
    "learning_review",
)

#: Why the form refuses a practice learning review: a serious incident has a rapid review,
#: and how its learning is shared is that review's decision (a practice learning review is
#: one of the ways), so the bot does not silently drop the choice or run both.
LEARNING_REVIEW_REFUSED = (
    "This is a serious child safeguarding incident, so it has a Panel notification and a "
    "rapid review; a practice learning review can be the rapid review's decision later. "
    "Untick this, or correct the facts above if they are wrong."
)

SUMMARY_MAX = 500


@dataclass(frozen=True)
class NewIncident:
    """What a member of the partnership reports; identifies no one but by pseudonym."""

    pseudonym: str
    age_band: str
    facts: Facts
    summary: str
    owner_id: str
    agencies: tuple[str, ...] = ()


def check_new_incident(
    report: NewIncident, today: date, *, allowed: Collection[str] = ()
) -> dict[str, str]:
    """Field name → what is wrong with it; empty when the report can be stored. ``allowed``:
    the partnership's words that are fine although they are names (its rules)."""
    errors: dict[str, str] = {}
    if problem := check_pseudonym(report.pseudonym, allowed=allowed):
        errors["pseudonym"] = problem
    if problem := check_free_text(
        report.summary, max_length=SUMMARY_MAX, pseudonym=report.pseudonym, allowed=allowed
    ):
        errors["summary"] = problem
    if report.age_band not in AGE_BANDS:
        errors["age_band"] = "Choose an age band."
    elif not is_child(report.age_band) and not report.facts.care_leaver:
        errors["age_band"] = (
            "18 to 24 is for a care leaver only: tick “Care leaver” below, or choose "
            "another age band."
        )
    if report.facts.aware_on > today:
        errors["aware_on"] = "The date the local authority became aware cannot be in the future."
    if report.facts.looked_after and report.facts.care_leaver:
        errors["status"] = "A child is either looked after or a care leaver, not both."
    if report.facts.childrens_home and report.facts.foster_placement:
        errors["circumstances"] = "A children's home or a foster placement, not both."
    elif report.facts.unexpected_death and not report.facts.died:
        errors["circumstances"] = "An unexpected death is for a child who died: untick it."
    elif report.facts.lives_elsewhere and report.facts.location != "in_area":
        errors["circumstances"] = (
            "“Lives in another area” is for an incident in our area: untick it, or choose "
            "“In our area”."
        )
    if report.facts.practice_learning_review and not not_serious_reasons(report.facts):
        errors["learning_review"] = LEARNING_REVIEW_REFUSED
    return errors


#: The facts kept as ISO dates in a report's record.
_DATE_FACTS = {
    name for name, hint in get_type_hints(Facts).items() if date in (hint, *get_args(hint))
}


def report_record(report: NewIncident) -> dict[str, Any]:
    """The report as JSON-ready data, to keep between receiving the form and logging it."""
    record = asdict(report)
    record["facts"] = {
        name: value.isoformat() if isinstance(value, date) else value
        for name, value in record["facts"].items()
    }
    return record


def report_from_record(record: dict[str, Any]) -> NewIncident:
    """The report kept by ``report_record``, as it was."""
    facts: dict[str, Any] = {
        name: date.fromisoformat(value) if name in _DATE_FACTS and value is not None else value
        for name, value in record["facts"].items()
    }
    return NewIncident(**{**record, "facts": Facts(**facts), "agencies": tuple(record["agencies"])})
