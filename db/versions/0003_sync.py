"""Team server sync: families' team, merge versions, fork versions (two heads), and the
local sync state.

* ``families.team``: the team a family belongs to on the server; sync pulls only its team's.
* ``plan_versions.merge_hash``: a merge version records the hash of the other head it
  reconciles (domain/history.py documents the chain rule).
* ``plan_version_forks``: versions that arrived from another laptop and fork from the main
  chain (same family, a number already taken, another prev/hash). Append-only like versions.
* (the erasure register ``erasures`` comes from 0002; sync applies it on every side.)
* ``sync_state``: per family, the fingerprint of what was last in sync with the server
  (local bookkeeping: which families have changes still to push).
* ``sync_runs``: one row per sync run (when, how much, what went wrong).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(36)


def upgrade() -> None:
    op.add_column("families", sa.Column("team", sa.String(100), nullable=False, server_default=""))
    op.create_index("ix_families_team", "families", ["team"])
    op.add_column("plan_versions", sa.Column("merge_hash", sa.String(64), nullable=True))
    op.create_table(
        "plan_version_forks",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(500), nullable=False),
        sa.Column("meeting_id", ID, nullable=True),
        sa.Column("approved", sa.Boolean, nullable=False),
        sa.Column("content_json", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("merge_hash", sa.String(64), nullable=True),
        sa.Column("received_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_plan_version_forks_family_id", "plan_version_forks", ["family_id"])
    op.create_table(
        "sync_state",
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("synced_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("server", sa.String(500), nullable=False),
        sa.Column("started_at", sa.String(40), nullable=False),
        sa.Column("finished_at", sa.String(40), nullable=True),
        sa.Column("families", sa.Integer, nullable=False),
        sa.Column("pushed", sa.Integer, nullable=False),
        sa.Column("pulled", sa.Integer, nullable=False),
        sa.Column("heads", sa.Integer, nullable=False),
        sa.Column("error", sa.Text, nullable=False),
    )
    # Fork versions are as immutable as versions (see 0001).
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER plan_version_forks_no_update BEFORE UPDATE ON plan_version_forks "
            "FOR EACH ROW EXECUTE FUNCTION plan_versions_immutable()"
        )
    else:
        op.execute(
            "CREATE TRIGGER plan_version_forks_no_update BEFORE UPDATE ON plan_version_forks "
            "BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END"
        )


def downgrade() -> None:
    for table in ("sync_runs", "sync_state", "plan_version_forks"):
        op.drop_table(table)
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds the table, which drops its trigger: put it back afterwards.
        op.execute("DROP TRIGGER plan_versions_no_update")
    with op.batch_alter_table("plan_versions") as batch:
        batch.drop_column("merge_hash")
    if sqlite:
        op.execute(
            "CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions "
            "BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END"
        )
    with op.batch_alter_table("families") as batch:
        batch.drop_index("ix_families_team")
        batch.drop_column("team")
