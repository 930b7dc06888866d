"""The first approved plan version of every family, read from an index (issue 19, the
coach's week at 10,000 families).

The week's evaluation dates need each family's first approved version
(store/repository.py:first_approved_meeting_rows). ``approved`` was in no index, so the
query read and decrypted every version of every family (a plan each: 1.5 s of the week at
10,000 families with 50 versions each); with ``(family_id, approved, number)`` it reads the
index only.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_plan_versions_family_approved", "plan_versions",
                    ["family_id", "approved", "number"])


def downgrade() -> None:
    op.drop_index("ix_plan_versions_family_approved", table_name="plan_versions")
