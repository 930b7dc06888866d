"""The families list's order, read from an index (issue 19, cold start).

The first screen (store/first_screen.py) and an empty search list the active families most
recently changed first. Without an index on ``(status, updated_at)`` SQLite read and decrypted
every page of ``families`` and sorted them in a temporary B-tree before taking the first 500;
with it, it walks the index backwards and stops after 500 rows (EXPLAIN QUERY PLAN in
tests/store/test_first_screen.py).

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-29
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_families_status_updated_at", "families", ["status", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_families_status_updated_at", table_name="families")
