"""A family's own language(s) and whether an interpreter is needed (issue 13).

Follows 0007_server (the chain, not the file number, decides the order).

The app speaks en/nl/fr; a family may speak Arabic, Tigrinya or Polish at home. These two
columns record that, so the coach books an interpreter; they never change the app's or the
documents' language.

Revision ID: 0010
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("families") as batch:
        batch.add_column(sa.Column("home_languages", sa.String(200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("interpreter_needed", sa.Boolean, nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("families") as batch:
        batch.drop_column("interpreter_needed")
        batch.drop_column("home_languages")
