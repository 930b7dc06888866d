"""The family's voice after each meeting: three questions on a five-face scale.

* ``meeting_voices``: one row per answer (meeting, respondent family/child, question, face
  1..5). Added by id and never changed, like meetings and ratings (sync moves them by id).

Revision ID: 0009
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0004"
branch_labels = None
depends_on = None

ID = sa.String(36)


def upgrade() -> None:
    op.create_table(
        "meeting_voices",
        sa.Column("id", ID, primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("meeting_id", ID, sa.ForeignKey("meetings.id"), nullable=False),
        sa.Column("respondent", sa.String(20), nullable=False),
        sa.Column("question", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.CheckConstraint("value >= 1 AND value <= 5", name="ck_meeting_voices_value"),
        sa.UniqueConstraint("meeting_id", "respondent", "question",
                            name="uq_meeting_voices_answer"),
    )
    op.create_index("ix_meeting_voices_family_id", "meeting_voices", ["family_id"])


def downgrade() -> None:
    op.drop_index("ix_meeting_voices_family_id", table_name="meeting_voices")
    op.drop_table("meeting_voices")
