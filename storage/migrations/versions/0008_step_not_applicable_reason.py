"""step.not_applicable_reason: why a step does not apply, shown on the case card

Until now the reason was kept only in the audit trail; steps already marked not
applicable get it from there (the latest such event for the step).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("not_applicable_reason", sa.String(), nullable=True))
    bind = op.get_bind()
    reasons: dict[tuple[int, str], str] = {}
    events = bind.execute(
        sa.text(
            "SELECT incident_id, detail FROM audit_event "
            "WHERE action = 'step_not_applicable' ORDER BY id"
        )
    )
    for incident_id, detail in events:
        detail = json.loads(detail) if isinstance(detail, str) else detail
        if detail.get("step") and detail.get("reason"):
            reasons[(incident_id, detail["step"])] = detail["reason"]
    steps = bind.execute(
        sa.text("SELECT id, incident_id, step_key FROM step WHERE status = 'not_applicable'")
    )
    for step_id, incident_id, step_key in steps.all():
        if (reason := reasons.get((incident_id, step_key))) is not None:
            bind.execute(
                sa.text("UPDATE step SET not_applicable_reason = :reason WHERE id = :id"),
                {"reason": reason, "id": step_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("step") as batch:
        batch.drop_column("not_applicable_reason")
