"""incident.lives_elsewhere, childrens_home, foster_placement, unexpected_death: the
facts that bring their own duties (the home authority, a regulated setting's
notifications, the joint agency response and the coroner)

Cases logged before were never asked: they have none of these facts.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("lives_elsewhere", "childrens_home", "foster_placement", "unexpected_death")


def upgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        for name in COLUMNS:
            batch.add_column(
                sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)
            )


def downgrade() -> None:
    with op.batch_alter_table("incident") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
