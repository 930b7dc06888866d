"""Initial schema: families, meetings, append-only plan versions, ratings, evaluations,
drafts, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(36)


def upgrade() -> None:
    op.create_table(
        "families",
        sa.Column("id", ID, primary_key=True),
        sa.Column("display_name", sa.String(500), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("head_number", sa.Integer, nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("search_key", sa.String(800), nullable=False),
    )
    op.create_index("ix_families_search_key", "families", ["search_key"])
    op.create_table(
        "meetings",
        sa.Column("id", ID, primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("held_on", sa.Date, nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("facilitator_id", ID, nullable=True),
        sa.Column("attendance_json", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_meetings_family_id", "meetings", ["family_id"])
    op.create_table(
        "plan_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(500), nullable=False),
        sa.Column("meeting_id", ID, nullable=True),
        sa.Column("approved", sa.Boolean, nullable=False),
        sa.Column("content_json", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.UniqueConstraint("family_id", "number", name="uq_plan_versions_number"),
    )
    op.create_index("ix_plan_versions_family_id", "plan_versions", ["family_id"])
    op.create_table(
        "ratings",
        sa.Column("id", ID, primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("goal_id", ID, nullable=False),
        sa.Column("meeting_id", ID, nullable=True),
        sa.Column("rated_on", sa.Date, nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("rater", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.CheckConstraint("value >= 0 AND value <= 10", name="ck_ratings_value"),
    )
    op.create_index("ix_ratings_family_id", "ratings", ["family_id"])
    op.create_index("ix_ratings_goal_id", "ratings", ["goal_id"])
    op.create_table(
        "evaluations",
        sa.Column("id", ID, primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("period_start", sa.Date, nullable=False),
        sa.Column("period_end", sa.Date, nullable=False),
        sa.Column("content_json", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_evaluations_family_id", "evaluations", ["family_id"])
    op.create_table(
        "drafts",
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), primary_key=True),
        sa.Column("draft_json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(500), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("family_id", ID, nullable=True),
        sa.Column("detail", sa.String(500), nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_family_id", "audit_log", ["family_id"])

    # Plan versions are append-only: the database itself refuses an UPDATE. (Removal is
    # detected by the hash chain and the family's recorded head; erasure on request needs it.)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION plan_versions_immutable() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'plan versions are immutable'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions "
            "FOR EACH ROW EXECUTE FUNCTION plan_versions_immutable()"
        )
    else:
        op.execute(
            "CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions "
            "BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER plan_versions_no_update ON plan_versions")
        op.execute("DROP FUNCTION plan_versions_immutable()")
    for table in ("audit_log", "drafts", "evaluations", "ratings", "plan_versions", "meetings",
                  "families"):
        op.drop_table(table)
