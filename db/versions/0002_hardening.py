"""Hardening: the erasure register (GDPR erasures that a restore must re-apply).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No foreign key to families: the family row is gone once it is erased; the register
    # keeps only its id (never its name or content), so a restored backup can be cleaned.
    op.create_table(
        "erasures",
        sa.Column("family_id", sa.String(36), primary_key=True),
        sa.Column("erased_at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(500), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("erasures")
