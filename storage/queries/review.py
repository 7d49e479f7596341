"""What was recorded after the rapid review: sign-offs, the Panel, proceedings."""

from sqlmodel import Session, col, select

from storage.models import (
    PanelCorrespondence,
    PanelReview,
    Proceedings,
    ProgressCheck,
    ReviewSignOff,
)


def review_sign_offs(session: Session, *, incident_id: int) -> list[ReviewSignOff]:
    """The partners' sign-offs of a case's rapid review, in the order they were recorded."""
    statement = (
        select(ReviewSignOff)
        .where(ReviewSignOff.incident_id == incident_id)
        .order_by(col(ReviewSignOff.id))
    )
    return list(session.exec(statement).all())


def panel_review(session: Session, *, incident_id: int) -> PanelReview | None:
    """The rapid review as sent to the Panel and the Panel's answer, once it was sent."""
    return session.get(PanelReview, incident_id)


def panel_correspondence(session: Session, *, incident_id: int) -> list[PanelCorrespondence]:
    """The exchanges with the Panel about a case, oldest first."""
    statement = (
        select(PanelCorrespondence)
        .where(PanelCorrespondence.incident_id == incident_id)
        .order_by(col(PanelCorrespondence.exchanged_on), col(PanelCorrespondence.id))
    )
    return list(session.exec(statement).all())


def progress_checks(session: Session, *, incident_id: int) -> list[ProgressCheck]:
    """The progress checks recorded on a case's local review, oldest first."""
    statement = (
        select(ProgressCheck)
        .where(ProgressCheck.incident_id == incident_id)
        .order_by(col(ProgressCheck.checked_on), col(ProgressCheck.id))
    )
    return list(session.exec(statement).all())


def proceedings_of(session: Session, *, incident_id: int) -> list[Proceedings]:
    """The proceedings recorded on a case, in the order they were recorded."""
    statement = (
        select(Proceedings)
        .where(Proceedings.incident_id == incident_id)
        .order_by(col(Proceedings.id))
    )
    return list(session.exec(statement).all())
