"""initial: incidents, steps, checklists, reminders, the append-only audit trail

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Types are spelled as plain SQLAlchemy types (String, DateTime(timezone=True)) rather
than the application's decorators, so this file never changes meaning when app code does.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_APPEND_ONLY_MESSAGE = "audit_event is append-only"

_SQLITE_TRIGGERS = (
    f"""
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}: UPDATE is not allowed'); END
    """,
    f"""
    CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}: DELETE is not allowed'); END
    """,
)

_POSTGRESQL_TRIGGERS = (
    f"""
    CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{_APPEND_ONLY_MESSAGE}: % is not allowed', TG_OP
            USING ERRCODE = 'restrict_violation';
    END
    $$
    """,
    """
    CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()
    """,
    """
    CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()
    """,
)

_TRIGGERS = {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRESQL_TRIGGERS}


def upgrade() -> None:
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("pseudonym", sa.String(length=40), nullable=False),
        sa.Column("age_band", sa.String(), nullable=True),
        sa.Column("died", sa.Boolean(), nullable=False),
        sa.Column("seriously_harmed", sa.Boolean(), nullable=False),
        sa.Column("abuse_or_neglect", sa.Boolean(), nullable=False),
        sa.Column("looked_after", sa.Boolean(), nullable=False),
        sa.Column("care_leaver", sa.Boolean(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("aware_on", sa.Date(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("decision", sa.String(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("publication_planned_on", sa.Date(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("agencies", sa.JSON(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("close_reason", sa.String(), nullable=True),
        sa.Column("submission_key", sa.String(), nullable=True),
        sa.Column("channel_id", sa.String(), nullable=True),
        sa.Column("card_ts", sa.String(), nullable=True),
        sa.Column("checklist_ts", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("reference", name=op.f("uq_incident_reference")),
        sa.UniqueConstraint("submission_key", name=op.f("uq_incident_submission_key")),
    )

    op.create_table(
        "step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("owner_role", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("basis", sa.String(), nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_step_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step")),
        sa.UniqueConstraint("incident_id", "step_key", name=op.f("uq_step_incident_id_step_key")),
    )
    op.create_index(op.f("ix_step_incident_id"), "step", ["incident_id"])
    op.create_index(op.f("ix_step_due_on"), "step", ["due_on"])

    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_checklist_item_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
        sa.UniqueConstraint(
            "incident_id", "item_key", name=op.f("uq_checklist_item_incident_id_item_key")
        ),
    )
    op.create_index(op.f("ix_checklist_item_incident_id"), "checklist_item", ["incident_id"])

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("claimed_by", sa.String(), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("dedupe_key", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_reminder_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"], ["step.id"], name=op.f("fk_reminder_step_id_step"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_reminder_dedupe_key")),
    )
    op.create_index(op.f("ix_reminder_incident_id"), "reminder", ["incident_id"])
    op.create_index(op.f("ix_reminder_step_id"), "reminder", ["step_id"])
    op.create_index("ix_reminder_status_due_at", "reminder", ["status", "due_at"])

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(op.f("ix_audit_event_incident_id"), "audit_event", ["incident_id"])
    for statement in _TRIGGERS[op.get_context().dialect.name]:
        op.execute(statement)

    op.create_table(
        "reference_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_reference_counter")),
    )


def downgrade() -> None:
    op.drop_table("reference_counter")
    op.drop_table("audit_event")  # drops its triggers too
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_event_append_only()")
    op.drop_table("reminder")
    op.drop_table("checklist_item")
    op.drop_table("step")
    op.drop_table("incident")
