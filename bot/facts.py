"""A stored incident as the use cases and the views alike see it: its name, and the facts
its deadlines are computed from."""

from __future__ import annotations

from bot.domain.incident import is_child
from bot.domain.timetable import RECORDED_FACTS, Facts
from storage.models import Holder, Incident


def case_title(incident: Holder) -> str:
    """How a case (or a national review) is named everywhere: reference and pseudonym (its
    title), nothing more."""
    return f"{incident.reference} · {incident.pseudonym}"


def facts_of(incident: Incident) -> Facts:
    """The facts a stored incident's deadlines are computed from."""
    recorded = {name: getattr(incident, name) for name in RECORDED_FACTS}
    return Facts(**recorded, child=is_child(incident.age_band))
