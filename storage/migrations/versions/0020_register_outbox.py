"""national_review.post_lease_until: the outbox lease, so that a register Slack did not
take when the review was recorded is posted by the scheduler, as a case's card is

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNPOSTED = sa.text("card_ts IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("national_review") as batch:
        batch.add_column(sa.Column("post_lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.create_index(
            "ix_national_review_unposted",
            ["post_lease_until"],
            postgresql_where=_UNPOSTED,
            sqlite_where=_UNPOSTED,
        )


def downgrade() -> None:
    with op.batch_alter_table("national_review") as batch:
        batch.drop_index("ix_national_review_unposted")
        batch.drop_column("post_lease_until")
