"""checklist_item.done_on: the day an item was done, as recorded (its updated_at is when it
was recorded), so an item caught up after the fact, or done by a fact recorded elsewhere (a
sign-off, the sending, the decision shared with the family), shows that day

Items already done get the London day they were recorded on, which is what was shown.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_item") as batch:
        batch.add_column(sa.Column("done_on", sa.Date(), nullable=True))
    bind = op.get_bind()
    done = bind.execute(
        sa.text(
            "SELECT id, updated_at FROM checklist_item "
            "WHERE status = 'done' AND updated_at IS NOT NULL"
        )
    )
    for item_id, updated_at in done.all():
        at = datetime.fromisoformat(updated_at) if isinstance(updated_at, str) else updated_at
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        bind.execute(
            sa.text("UPDATE checklist_item SET done_on = :on WHERE id = :id"),
            {"on": at.astimezone(ZoneInfo("Europe/London")).date(), "id": item_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_item") as batch:
        batch.drop_column("done_on")
