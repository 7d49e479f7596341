"""SQLModel tables: the partnership's incidents, their statutory steps, checklists,
reminders and the append-only audit trail.

Every datetime column is a `UTCDateTime`, so the application never meets a naive
datetime from the database and never writes one to it. Dates (`aware_on`, `due_on`)
are plain calendar dates: the statutory clock counts days, not instants.
"""

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Dialect,
    Index,
    Integer,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.ext.mutable import MutableList
from sqlalchemy.orm import declared_attr
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel
from sqlmodel.sql.sqltypes import AutoString

from bot.domain.actions import ActionStatus, AssuranceResult, Origin
from bot.domain.reminders import ReminderKind, ReminderStatus
from bot.domain.review import (
    Direction,
    NationalDecision,
    PanelAnswer,
    Partner,
    ProceedingsKind,
    PublicationKind,
)
from bot.domain.timetable import StepKind
from bot.domain.words import Decision, Status

# Deterministic constraint names, identical on SQLite and PostgreSQL, so that later
# migrations (including SQLite batch mode) can refer to constraints by name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current instant, timezone-aware, for column defaults."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime stored as UTC.

    Writing a naive datetime raises ValueError: its meaning (UTC? London time?) is a
    guess, and a wrong guess moves a statutory reminder by an hour. Reading always
    gives an aware UTC datetime, although SQLite hands back naive ones.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} refused: pass a timezone-aware datetime")
        value = value.astimezone(UTC)
        # SQLite has no timezone type: store naive UTC text, which also sorts correctly.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Word(TypeDecorator[StrEnum]):
    """One of a StrEnum's words, stored as its text: the column is the VARCHAR it always
    was (no migration), and a row read back holds the enum, so the code compares words,
    never strings. A stored word the enum does not know raises on reading."""

    impl = AutoString
    cache_ok = True

    def __init__(self, enum: type[StrEnum]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum(value)


class Incident(SQLModel, table=True):
    """A serious child safeguarding incident, known in Slack only by reference and pseudonym.

    `version` is SQLAlchemy's version counter: every UPDATE through the ORM bumps it and
    checks the previous value, so a concurrent edit raises `StaleDataError` instead of
    silently overwriting (optimistic concurrency).
    """

    # The outbox: cases whose channel posts have not all gone out (the checklist is posted
    # last), for the scheduler to retry. Partial, so it stays tiny however many cases exist.
    __table_args__ = (
        Index(
            "ix_incident_unposted",
            "post_lease_until",
            postgresql_where=text("checklist_ts IS NULL"),
            sqlite_where=text("checklist_ts IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True)
    pseudonym: str = Field(max_length=40)
    age_band: str | None = None
    died: bool = False
    seriously_harmed: bool = False
    abuse_or_neglect: bool = False
    looked_after: bool = False
    care_leaver: bool = False
    # Not a serious incident, but a practice learning review is held (its own checklist).
    practice_learning_review: bool = Field(
        default=False, sa_column_kwargs={"server_default": false()}
    )
    location: str
    # The facts that bring their own duties (bot.domain.timetable.Facts says which).
    lives_elsewhere: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    childrens_home: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    foster_placement: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    unexpected_death: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    aware_on: date = Field(index=True)
    notified_on: date | None = None
    decision: Decision | None = Field(default=None, sa_type=Word(Decision))
    decided_on: date | None = None
    decision_rationale: str | None = None
    family_informed_on: date | None = None
    publication_planned_on: date | None = None  # the partnership's own plan
    published_on: date | None = None
    publication_kind: PublicationKind | None = Field(default=None, sa_type=Word(PublicationKind))
    publication_reason: str | None = None  # why only the information about improvements
    publication_url: str | None = None  # the partnership's page
    summary: str = Field(max_length=500)
    # MutableList so that `incident.agencies.append(...)` is saved, not silently lost.
    agencies: list[str] = Field(
        default_factory=list, sa_column=Column(MutableList.as_mutable(JSON), nullable=False)
    )
    owner_id: str | None = None
    created_by: str
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    # Set by every change to the case, so each change bumps `version` (see above).
    updated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    closed_by: str | None = None  # who closed it, or whose change finished its last step
    close_reason: str | None = None
    submission_key: str | None = Field(default=None, unique=True)
    channel_id: str | None = None
    card_ts: str | None = None
    checklist_ts: str | None = None
    # Who posts the case to the channel holds this lease (the request that logged it, then
    # a scheduler retrying), so two never post the same card. Not a change to the case.
    post_lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = Field(default=1)

    @declared_attr  # type: ignore[arg-type]  # SQLAlchemy types the mapped attributes only
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Step(SQLModel, table=True):
    """One statutory step of an incident's timetable, with its owner and due date."""

    __table_args__ = (
        UniqueConstraint("incident_id", "step_key"),
        # Each person's open steps (App Home); partial, so finished steps are not indexed.
        Index(
            "ix_step_owner_open",
            "owner_id",
            "due_on",
            postgresql_where=text("status = 'open'"),
            sqlite_where=text("status = 'open'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    step_key: str
    title: str
    owner_role: str
    owner_id: str | None = None
    due_on: date | None = Field(default=None, index=True)
    basis: str
    provisional: bool = False
    # "deadline", or "minimum_period": due_on is then the earliest day a period (keeping
    # the published report available) may end, which nothing reminds about or is late for.
    kind: StepKind = Field(
        default=StepKind.DEADLINE,
        sa_type=Word(StepKind),
        sa_column_kwargs={"server_default": StepKind.DEADLINE.value},
    )
    status: Status = Field(default=Status.OPEN, sa_type=Word(Status))
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    completed_by: str | None = None
    # The day it was done, as recorded (completed_at is when it was recorded).
    completed_on: date | None = None
    # A paused step (publication while criminal or coroner proceedings run) is not nudged.
    paused_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    pause_reason: str | None = None
    # Why it does not apply, as recorded when it was marked so (shown on the card).
    not_applicable_reason: str | None = None
    # Reminders about the step wait until this day (a "remind me later" button).
    snoozed_until: date | None = None
    # Paused because proceedings hold publication: resumed when none hold it any more.
    held_by_proceedings: bool = Field(default=False, sa_column_kwargs={"server_default": false()})

    def record_done(self, *, by: str, at: datetime, on: date) -> None:
        """Done on ``on`` (the day it happened), recorded by ``by`` at ``at``."""
        self.status, self.completed_by, self.completed_at, self.completed_on = (
            Status.DONE,
            by,
            at,
            on,
        )

    def reopen(self) -> None:
        """Open again, keeping nothing of how it was finished, paused or set aside."""
        self.status = Status.OPEN
        self.completed_at = self.completed_by = self.completed_on = None
        self.paused_at = self.pause_reason = self.not_applicable_reason = None


class ChecklistItem(SQLModel, table=True):
    """One item of an incident's rapid review checklist (e.g. an agency's summary)."""

    __tablename__ = "checklist_item"
    __table_args__ = (UniqueConstraint("incident_id", "item_key"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    item_key: str
    title: str
    position: int
    agency: str | None = None
    status: Status = Field(default=Status.OPEN, sa_type=Word(Status))
    owner_id: str | None = None
    due_on: date | None = None
    provisional: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    note: str | None = None
    not_applicable_reason: str | None = None  # asked when it is marked not applicable
    updated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_by: str | None = None
    # The day it was done, as recorded (updated_at is when it was recorded).
    done_on: date | None = None
    snoozed_until: date | None = None  # no reminders about it before this day


class Reminder(SQLModel, table=True):
    """A planned Slack reminder; the scheduler claims due rows with a lease before sending.

    `dedupe_key` is unique so re-planning reminders never doubles one up. The
    (status, due_at) index serves the claim query over a large table. The daily digest
    is a reminder about no incident in particular; the others are about a step or (item_id)
    a checklist item.
    """

    __table_args__ = (Index("ix_reminder_status_due_at", "status", "due_at"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int | None = Field(
        default=None, foreign_key="incident.id", ondelete="CASCADE", index=True
    )
    step_id: int | None = Field(default=None, foreign_key="step.id", ondelete="CASCADE", index=True)
    item_id: int | None = Field(
        default=None, foreign_key="checklist_item.id", ondelete="CASCADE", index=True
    )
    action_id: int | None = Field(
        default=None, foreign_key="improvement_action.id", ondelete="CASCADE", index=True
    )
    kind: ReminderKind = Field(sa_type=Word(ReminderKind))
    recipient: str
    #: Which message it goes out in (:func:`bot.domain.reminders.destination`): the
    #: scheduler claims a destination's due rows together and sends them as one.
    destination: str
    due_at: datetime = Field(sa_type=UTCDateTime)
    status: ReminderStatus = Field(default=ReminderStatus.PLANNED, sa_type=Word(ReminderStatus))
    claimed_by: str | None = None
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attempts: int = 0
    last_error: str | None = None
    dedupe_key: str = Field(unique=True)


class AuditEvent(SQLModel, table=True):
    """One entry of the append-only audit trail; database triggers refuse UPDATE and DELETE.

    `incident_id` is deliberately not a foreign key: purging an incident must leave its
    trail intact, and `reference` keeps that trail readable afterwards.
    """

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int | None = Field(default=None, index=True)
    reference: str | None = None
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    actor: str
    action: str
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class AuditReason(SQLModel, table=True):
    """The words of a reason someone typed, which its audit event records only as given:
    kept beside the append-only trail, not in it, so they go with their case when it is
    purged (``incident_id`` cascades) while the event stays. ``place`` says where in the
    event's detail the reason stands: ``reason``, or ``settled.<step>.reason``.

    ``audit_event_id`` is not a foreign key: one would make PostgreSQL refuse a TRUNCATE
    of the trail before the trail's own append-only trigger could."""

    __tablename__ = "audit_reason"
    __table_args__ = (UniqueConstraint("audit_event_id", "place"),)

    id: int | None = Field(default=None, primary_key=True)
    audit_event_id: int
    incident_id: int | None = Field(
        default=None, foreign_key="incident.id", ondelete="CASCADE", index=True
    )
    place: str
    words: str


class ReferenceCounter(SQLModel, table=True):
    """The last incident reference number issued in a year (see queries.next_reference)."""

    __tablename__ = "reference_counter"

    year: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    last: int


class ReceivedReport(SQLModel, table=True):
    """An incident form as received, checked but not yet logged as a case.

    The form is answered as soon as this row is written; the case (steps, checklist,
    reminders, reference) is made from it just after, and the row is deleted in that same
    transaction. A row still here a while later is logged by the scheduler instead.
    """

    __tablename__ = "received_report"

    id: int | None = Field(default=None, primary_key=True)
    submission_key: str = Field(unique=True)
    reported_by: str
    received_at: datetime = Field(sa_type=UTCDateTime, index=True)
    report: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class AccessRefusal(SQLModel, table=True):
    """When someone outside the partnership was last refused on a surface, so that the
    audit trail gets one entry per person per surface per hour, however often they try."""

    __tablename__ = "access_refusal"

    actor: str = Field(primary_key=True)
    surface: str = Field(primary_key=True)
    refused_at: datetime = Field(sa_type=UTCDateTime)


class AppliedRules(SQLModel, table=True):
    """A fingerprint of the rules and calendar the stored due dates were last computed
    with: at start, different rules mean the open cases' dates are recomputed."""

    __tablename__ = "applied_rules"

    name: str = Field(primary_key=True)
    fingerprint: str
    applied_at: datetime = Field(sa_type=UTCDateTime)


class ReviewSignOff(SQLModel, table=True):
    """One safeguarding partner's sign-off of a case's rapid review: one per partner."""

    __tablename__ = "review_sign_off"
    __table_args__ = (UniqueConstraint("incident_id", "partner"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    partner: Partner = Field(sa_type=Word(Partner))
    signed_by: str
    signed_on: date
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class PanelReview(SQLModel, table=True):
    """The rapid review sent to the Panel (with why, if sent without every sign-off) and
    the Panel's answer, with any reply it owes back: one per case."""

    __tablename__ = "panel_review"

    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", primary_key=True)
    sent_on: date
    sent_by: str
    sent_reason: str | None = None  # why it went without a partner's sign-off
    answer: PanelAnswer | None = Field(default=None, sa_type=Word(PanelAnswer))
    answered_on: date | None = None
    answer_recorded_by: str | None = None
    reply_due_on: date | None = None  # the answer owes a reply by then
    reply_sent_on: date | None = None
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    national_decision: NationalDecision | None = Field(default=None, sa_type=Word(NationalDecision))
    national_decided_on: date | None = None
    learning_way: str | None = None  # no further review: how the learning is shared
    learning_recorded_on: date | None = None
    delay_reason: str | None = None  # past the target: the reason told to the Panel
    delay_told_on: date | None = None


class PanelCorrespondence(SQLModel, table=True):
    """One exchange with the Panel: its date, direction and what it was; never its
    content (the text passes the confidentiality guard)."""

    __tablename__ = "panel_correspondence"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    exchanged_on: date
    direction: Direction = Field(sa_type=Word(Direction))
    what: str = Field(max_length=150)
    recorded_by: str
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class ProgressCheck(SQLModel, table=True):
    """One check on a local review's time taken and quality (SI 2018/789 reg. 14), with a
    short note that passes the confidentiality guard."""

    __tablename__ = "progress_check"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    checked_on: date
    note: str = Field(max_length=300)
    recorded_by: str
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class Proceedings(SQLModel, table=True):
    """Criminal, coroner or family proceedings running alongside the review: publication
    waits for them (their expected end, then their conclusion)."""

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    kind: ProceedingsKind = Field(sa_type=Word(ProceedingsKind))
    expected_on: date | None = None  # the trial, the inquest, the final hearing
    concluded_on: date | None = None
    recorded_by: str
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class Recommendation(SQLModel, table=True):
    """A review's recommendation, under which improvement actions are recorded; its text
    passes the confidentiality guard."""

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", index=True)
    text: str = Field(max_length=300)
    origin: Origin = Field(sa_type=Word(Origin))  # the review it comes from
    recorded_by: str
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class NationalReview(SQLModel, table=True):
    """A national or thematic review of the Child Safeguarding Practice Review Panel,
    whose recommendations the partnership acts on with no local case of its own: its
    title (through the confidentiality guard), when it was published, a link to it, and
    the channel message of its register of improvement actions."""

    __tablename__ = "national_review"
    # The outbox: registers not yet posted, for the scheduler to retry (as a case's).
    __table_args__ = (
        Index(
            "ix_national_review_unposted",
            "post_lease_until",
            postgresql_where=text("card_ts IS NULL"),
            sqlite_where=text("card_ts IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    published_on: date
    url: str | None = None
    created_by: str
    created_at: datetime = Field(sa_type=UTCDateTime)
    # Set by every change to its register: a calendar takes the newer date.
    updated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = Field(default=1)
    # The posted register, redrawn after each change (as a case's card is).
    channel_id: str | None = None
    card_ts: str | None = None
    # Who posts the register holds this lease, as ``Incident.post_lease_until``.
    post_lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)

    @property
    def reference(self) -> str:
        """How it is named where a case would be by its reference: "NR-3"."""
        return f"NR-{self.id}"

    @property
    def pseudonym(self) -> str:
        """What stands where a case's pseudonym would: its title, as short as one."""
        return self.title if len(self.title) <= 40 else f"{self.title[:39]}…"

    @property
    def closed_at(self) -> datetime | None:
        """A national review is never closed: its actions are reminded until done."""
        return None

    @property
    def owner_id(self) -> str | None:
        """It has no case owner: each action has its own."""
        return None


class ImprovementAction(SQLModel, table=True):
    """An action that turns a review's learning into practice: an owning agency and owner,
    a due date, its status (open, done, not taken forward with a reason), the evidence
    that it happened, and an assurance check (a date to look again, and its result).
    It belongs to a case or (``national_review_id``) to a national review, never both."""

    __tablename__ = "improvement_action"
    __table_args__ = (
        CheckConstraint(
            "(incident_id IS NULL) <> (national_review_id IS NULL)", name="one_register"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int | None = Field(
        default=None, foreign_key="incident.id", ondelete="CASCADE", index=True
    )
    national_review_id: int | None = Field(
        default=None, foreign_key="national_review.id", ondelete="CASCADE", index=True
    )
    recommendation_id: int | None = Field(
        default=None, foreign_key="recommendation.id", ondelete="CASCADE", index=True
    )
    title: str = Field(max_length=300)
    origin: Origin = Field(sa_type=Word(Origin))  # an immediate action has no recommendation
    agency: str
    owner_id: str | None = None
    due_on: date | None = None
    status: ActionStatus = Field(
        default=ActionStatus.OPEN,
        sa_type=Word(ActionStatus),
        sa_column_kwargs={"server_default": ActionStatus.OPEN.value},
    )
    reason: str | None = Field(default=None, max_length=300)  # not taken forward: why
    evidence: str | None = Field(default=None, max_length=300)  # what shows it happened
    done_on: date | None = None
    assurance_due_on: date | None = None  # a date to look again
    assurance_result: AssuranceResult | None = Field(default=None, sa_type=Word(AssuranceResult))
    assurance_note: str | None = Field(default=None, max_length=300)
    assured_on: date | None = None
    snoozed_until: date | None = None
    created_by: str
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_by: str | None = None
    updated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class CalendarFeed(SQLModel, table=True):
    """A person's private calendar subscription: only the SHA-256 of its address's token
    is kept, so a copy of the database opens no one's feed. One feed per person is live
    (``revoked_at`` empty); a new one revokes the old."""

    __tablename__ = "calendar_feed"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(index=True)
    token_hash: str = Field(unique=True)
    # The partnership's whole calendar, not only the person's own steps and actions.
    whole_partnership: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    created_at: datetime = Field(sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


#: Whose register an improvement action is on: a case's, or a national review's.
Holder = Incident | NationalReview
