"""Team server trust (issue 15): author signatures, pinned team certificates, who wrote a row,
signed erasures, and the laptop's server credentials in passphrase mode.

* ``version_signatures``: per plan version (main chain or fork), its author's signature over
  the version hash (store/provenance.py). Insert-only; the version rows stay untouched.
* ``team_certificates``: on the server, the certificates the operator publishes for a team
  (one per coach, registered through a checked function when the coach joins); on a laptop,
  the certificates it pinned (sync accepts versions signed by these only).
* ``written_by`` on versions, forks, meetings, ratings, evaluations, phase changes, transition
  plans and the family's voice (every row sync moves): on the server a trigger
  sets it to ``session_user`` (the coach's login role), whatever the client sent; a laptop
  stores what the server said and shows it. NULL on a laptop: written on this laptop.
* ``erasures.signer``/``signature``: an erasure is signed by the coach who made it.
* ``server_secrets``: the team server password of a laptop in passphrase mode (no secure OS
  keyring), kept inside the encrypted database instead of a file. Never granted to coaches.

Server-only objects (roles, row-level security, the erasure function) are made by
``vrac-desktop server init`` (store/server_admin.py), not here: a laptop has no roles.

Revision ID: 0007
Revises: 0009
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0009"
branch_labels = None
depends_on = None

ID = sa.String(36)
WRITTEN = ("plan_versions", "plan_version_forks", "meetings", "ratings", "evaluations",
           "phase_changes", "transition_plans", "meeting_voices")


def upgrade() -> None:
    op.create_table(
        "version_signatures",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("family_id", ID, sa.ForeignKey("families.id"), nullable=False),
        sa.Column("signer", sa.String(64), nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.Column("signed_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_version_signatures_family_id", "version_signatures", ["family_id"])
    op.create_table(
        "team_certificates",
        sa.Column("fingerprint", sa.String(64), primary_key=True),
        sa.Column("team", sa.String(100), primary_key=True),
        sa.Column("holder", sa.String(100), nullable=False),
        sa.Column("pem", sa.Text, nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40), nullable=True),
    )
    op.create_table(
        "server_secrets",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("secret", sa.Text, nullable=False),
    )
    # Plain ADD COLUMN (no batch rebuild), so SQLite keeps the immutability triggers.
    op.add_column("erasures", sa.Column("signer", sa.String(64), nullable=True))
    op.add_column("erasures", sa.Column("signature", sa.Text, nullable=True))
    for table in WRITTEN:
        op.add_column(table, sa.Column("written_by", sa.String(100), nullable=True))
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute(
            "CREATE FUNCTION vrac_set_written_by() RETURNS trigger AS $$ BEGIN "
            "NEW.written_by := session_user; RETURN NEW; END; $$ LANGUAGE plpgsql"
        )
        for table in WRITTEN:
            op.execute(
                f"CREATE TRIGGER {table}_written_by BEFORE INSERT ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION vrac_set_written_by()"
            )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        for table in WRITTEN:
            op.execute(f"DROP TRIGGER {table}_written_by ON {table}")
        op.execute("DROP FUNCTION vrac_set_written_by()")
    for table in WRITTEN:
        op.drop_column(table, "written_by")
    op.drop_column("erasures", "signature")
    op.drop_column("erasures", "signer")
    for table in ("server_secrets", "team_certificates", "version_signatures"):
        op.drop_table(table)
