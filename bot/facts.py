"""A stored incident as the use cases and the views alike see it: its name, and the facts
its deadlines are computed from."""

from __future__ import annotations

from bot.domain.incident import is_child
from bot.domain.timetable import Facts
from storage.models import Incident


def case_title(incident: Incident) -> str:
    """How a case is named everywhere: reference and pseudonym, nothing more."""
    return f"{incident.reference} · {incident.pseudonym}"


def facts_of(incident: Incident) -> Facts:
    """The facts a stored incident's deadlines are computed from."""
    return Facts(
        aware_on=incident.aware_on,
        died=incident.died,
        seriously_harmed=incident.seriously_harmed,
        abuse_or_neglect=incident.abuse_or_neglect,
        looked_after=incident.looked_after,
        care_leaver=incident.care_leaver,
        child=is_child(incident.age_band),
        location=incident.location,  # type: ignore[arg-type]  # stored from a checked form
        notified_on=incident.notified_on,
        decision=incident.decision,  # type: ignore[arg-type]
        decided_on=incident.decided_on,
        publication_planned_on=incident.publication_planned_on,
        published_on=incident.published_on,
    )
