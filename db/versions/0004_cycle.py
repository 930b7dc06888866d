"""The Wraparound cycle (issue 12): evaluations as a hash chain, phases, transition plans.

* ``evaluations``: number, who recorded it, the plan version (number and hash) it evaluated,
  content hash, previous evaluation's hash and its own record hash (domain/cycle.py gives the
  rule). Evaluations stored before this migration are sealed here, in period order, naming
  plan version 0 (they named none). Then evaluations become immutable like plan versions.
* ``phase_changes``: the family's Wraparound phase, one row per change (date, who, why).
* ``transition_plans``: the plan for after closure, recorded at the closing meeting.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = sa.String(36)
GENESIS = "0" * 64
COLUMNS = (
    ("number", sa.Integer, "0"), ("created_by", sa.String(500), ""),
    ("plan_version", sa.Integer, "0"), ("plan_hash", sa.String(64), ""),
    ("content_hash", sa.String(64), ""), ("prev_hash", sa.String(64), ""),
    ("hash", sa.String(64), ""),
)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _seal_existing() -> None:
    """The same envelope as domain/cycle.py evaluation_hash (kept here: a migration must not
    change meaning when the app's code changes later)."""
    from datetime import datetime

    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, family_id, content_json, created_at FROM evaluations "
        "ORDER BY family_id, period_end, created_at")).all()
    prev: dict[str, tuple[int, str]] = {}
    for id_, family_id, body, created_at in rows:
        number, prev_hash = prev.get(family_id, (0, GENESIS))
        number += 1
        c_hash = _sha(body)
        envelope = {
            "kind": "evaluation", "family_id": family_id, "number": number,
            "created_at": datetime.fromisoformat(created_at).isoformat(), "created_by": "",
            "plan_version": 0, "plan_hash": "", "content_hash": c_hash, "prev_hash": prev_hash,
        }
        h = _sha(json.dumps(envelope, sort_keys=True, separators=(",", ":"),
                            ensure_ascii=False))
        bind.execute(sa.text(
            "UPDATE evaluations SET number = :n, content_hash = :c, prev_hash = :p, hash = :h "
            "WHERE id = :id"), {"n": number, "c": c_hash, "p": prev_hash, "h": h, "id": id_})
        prev[family_id] = (number, h)


def _immutable(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION plan_versions_immutable()")
    else:
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   "BEGIN SELECT RAISE(ABORT, 'recorded evaluations and transition plans are "
                   "immutable'); END")


def upgrade() -> None:
    for name, type_, default in COLUMNS:
        op.add_column("evaluations", sa.Column(name, type_, nullable=False,
                                               server_default=default))
    _seal_existing()
    _immutable("evaluations")
    op.create_table(
        "phase_changes",
        sa.Column("id", ID, primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("phase", sa.String(30), nullable=False),
        sa.Column("changed_on", sa.Date, nullable=False),
        sa.Column("changed_by", sa.String(500), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_phase_changes_family_id", "phase_changes", ["family_id"])
    op.create_table(
        "transition_plans",
        sa.Column("id", ID, primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("meeting_id", ID, nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(500), nullable=False),
        sa.Column("content_json", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_transition_plans_family_id", "transition_plans", ["family_id"])
    _immutable("transition_plans")


def downgrade() -> None:
    op.drop_table("transition_plans")
    op.drop_table("phase_changes")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER evaluations_no_update ON evaluations")
    else:
        op.execute("DROP TRIGGER evaluations_no_update")
    with op.batch_alter_table("evaluations") as batch:
        for name, _, _ in reversed(COLUMNS):
            batch.drop_column(name)
