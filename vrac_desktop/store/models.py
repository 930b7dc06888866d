"""SQLAlchemy mapping. The schema itself is owned by the Alembic migrations in ``db/``;
these classes must match the newest migration (tests/store/test_migrations.py checks it).

Timestamps that take part in a hash are stored as ISO 8601 text so they round-trip exactly.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false

ID = String(36)


class Base(DeclarativeBase):
    pass


class FamilyRecord:
    """The columns of every row that is part of one family's record (and synced with the team
    server): the family it belongs to, and who wrote it."""

    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), index=True)
    # On the server, set by a trigger to the login role that inserted the row (session_user);
    # on a laptop, what the server said (NULL: written on this laptop). Not hashed.
    written_by: Mapped[str | None] = mapped_column(String(100), nullable=True, default=None)


class FamilyRow(Base):
    __tablename__ = "families"
    # The families list: active families, most recently changed first (migration 0012).
    __table_args__ = (Index("ix_families_status_updated_at", "status", "updated_at"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(10), default="en")
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    # The recorded head of the hash chain: catches removal of the newest versions.
    head_number: Mapped[int] = mapped_column(Integer, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))
    # Lower-cased name and reference, for search as you type.
    search_key: Mapped[str] = mapped_column(String(800), index=True)
    home_languages: Mapped[str] = mapped_column(String(200), default="", server_default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False,
                                                     server_default=false())
    # The team it belongs to on the team server ("" until first synced); sync pulls a team's.
    team: Mapped[str] = mapped_column(String(100), default="", server_default="", index=True)


class MeetingRow(FamilyRecord, Base):
    __tablename__ = "meetings"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(Text, default="")
    facilitator_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    attendance_json: Mapped[str] = mapped_column(Text, default="[]")
    notes: Mapped[str] = mapped_column(Text, default="")


class VersionColumns(FamilyRecord):
    """The columns of a stored plan version (domain/history.VersionRecord), in the main chain
    or a fork; each table says how ``hash`` is keyed."""

    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(500))
    meeting_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    approved: Mapped[bool] = mapped_column(Boolean)
    content_json: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    # A merge version: the hash of the other head it reconciles (domain/history.py).
    merge_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, default=None)


class PlanVersionRow(VersionColumns, Base):
    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("family_id", "number", name="uq_plan_versions_number"),
                      # each family's first approved version (migration 0013)
                      Index("ix_plan_versions_family_approved", "family_id", "approved",
                            "number"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class PlanVersionForkRow(VersionColumns, Base):
    """A version from another laptop that forks from the main chain: a second head, kept
    until a merge version reconciles it, and kept after that as part of the history."""

    __tablename__ = "plan_version_forks"

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[str] = mapped_column(String(40))


class RatingRow(FamilyRecord, Base):
    __tablename__ = "ratings"
    __table_args__ = (CheckConstraint("value >= 0 AND value <= 10", name="ck_ratings_value"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    goal_id: Mapped[str] = mapped_column(ID, index=True)
    meeting_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    rated_on: Mapped[date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(Integer)
    rater: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")


class MeetingVoiceRow(FamilyRecord, Base):
    """The family's voice: one answer to one of the three questions after a meeting.
    Created by migration 0009."""

    __tablename__ = "meeting_voices"
    __table_args__ = (
        CheckConstraint("value >= 1 AND value <= 5", name="ck_meeting_voices_value"),
        UniqueConstraint("meeting_id", "respondent", "question",
                         name="uq_meeting_voices_answer"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"))
    respondent: Mapped[str] = mapped_column(String(20))
    question: Mapped[str] = mapped_column(String(40))
    value: Mapped[int] = mapped_column(Integer)


class EvaluationRow(FamilyRecord, Base):
    __tablename__ = "evaluations"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    content_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    # The evaluation chain (domain/cycle.py; migration 0004). Rows from before it are sealed
    # by the migration with plan_version 0 (they named no plan version).
    number: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_by: Mapped[str] = mapped_column(String(500), default="", server_default="")
    plan_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    plan_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class PhaseChangeRow(FamilyRecord, Base):
    """Where the family stands in Wraparound: one row per change (date, who, why)."""

    __tablename__ = "phase_changes"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    number: Mapped[int] = mapped_column(Integer)
    phase: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_by: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(Text)


class TransitionPlanRow(FamilyRecord, Base):
    """The plan for after closure, recorded at the closing meeting. Immutable."""

    __tablename__ = "transition_plans"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    meeting_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(500))
    content_json: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))


class DraftRow(Base):
    """The meeting being typed, autosaved; at most one per family."""

    __tablename__ = "drafts"

    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), primary_key=True)
    draft_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(40))


class ErasureRow(Base):
    """The erasure register: this family was erased (on request or by retention); a restore
    of an older backup erases it again and sync erases it on every side. Holds no personal
    data: the id, when, by whom. Created by migration 0002."""

    __tablename__ = "erasures"

    family_id: Mapped[str] = mapped_column(ID, primary_key=True)
    erased_at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(500))
    # The erasing coach's signature over the erasure (store/provenance.py); migration 0007.
    signer: Mapped[str | None] = mapped_column(String(64), nullable=True, default=None)
    signature: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)


class SyncStateRow(Base):
    """Local bookkeeping: the family's fingerprint when it was last in sync with the server."""

    __tablename__ = "sync_state"

    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    synced_at: Mapped[str] = mapped_column(String(40))


class SyncRunRow(Base):
    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server: Mapped[str] = mapped_column(String(500))
    started_at: Mapped[str] = mapped_column(String(40))
    finished_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    families: Mapped[int] = mapped_column(Integer, default=0)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    heads: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")


class AuditRow(Base):
    """Who did what when. Never the content itself."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40), index=True)
    actor: Mapped[str] = mapped_column(String(500))
    action: Mapped[str] = mapped_column(String(40))
    family_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    detail: Mapped[str] = mapped_column(String(500), default="")


class VersionSignatureRow(Base):
    """A plan version's (main chain or fork) author signature over its hash. Insert-only."""

    __tablename__ = "version_signatures"

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), index=True)
    signer: Mapped[str] = mapped_column(String(64))  # SHA-256 of the certificate (DER), hex
    signature: Mapped[str] = mapped_column(Text)  # base64
    signed_at: Mapped[str] = mapped_column(String(40))


class TeamCertificateRow(Base):
    """Server: a certificate published for a team. Laptop: a certificate it pinned."""

    __tablename__ = "team_certificates"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    team: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(100))  # the coach's login role
    pem: Mapped[str] = mapped_column(Text)
    added_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40), nullable=True, default=None)


class ServerSecretRow(Base):
    """Laptop, passphrase mode: the team server password, inside the encrypted database."""

    __tablename__ = "server_secrets"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    secret: Mapped[str] = mapped_column(Text)
