"""The team server: a PostgreSQL database with the same schema, and the rows sync moves.

Connection. A server is named by a URL without its password, e.g.
``postgresql://coach@db.team.example/vrac?sslmode=verify-full&sslrootcert=/etc/team-ca.pem``.
The password is kept in the OS keyring (the same secure keyring as the local database key;
``remember_server_password``), never in settings. TLS is libpq's: ``sslmode`` and the other
``ssl*`` options of the URL are passed on as they are; when the URL gives no ``sslmode`` and
the host is not this machine, ``require`` is used, so plan data never crosses a network in
clear text by default.

Rows. Sync (services/sync.py) reads a family as a ``FamilyRows`` snapshot on one side and
writes what the other side lacks. Every function takes the caller's session: the caller owns
the transaction (one per family per side).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from keyring.errors import KeyringError
from sqlalchemy import Engine, create_engine, delete, func, literal, select, union_all
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from vrac_desktop.domain.history import GENESIS_HASH, VersionRecord
from vrac_desktop.store import keys
from vrac_desktop.store.errors import KeyringUnavailableError, StoreError
from vrac_desktop.store.models import (
    DraftRow,
    ErasureRow,
    EvaluationRow,
    FamilyRow,
    MeetingRow,
    MeetingVoiceRow,
    PhaseChangeRow,
    PlanVersionForkRow,
    PlanVersionRow,
    RatingRow,
    SyncStateRow,
    TransitionPlanRow,
)
from vrac_desktop.store.repository import now_iso, record_of

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", ""}
DRIVER = "postgresql+psycopg"


class ServerAddressError(StoreError, ValueError):
    pass


class ServerPasswordError(StoreError):
    """The server wants a (different) password: ask the user, then try again."""


def connection_error(url: str, exc: BaseException) -> StoreError:
    """A user-fit error for a failed connection; never shows the password."""
    orig = getattr(exc, "orig", None)
    reason = str(orig if orig is not None else exc).strip()
    where = display_url(url)
    if "no password supplied" in reason:
        return ServerPasswordError(
            f"The team server {where} asks for a password, and none is kept in the OS keyring "
            "for it. Nothing was changed.")
    if "password authentication failed" in reason:
        return ServerPasswordError(
            f"The team server {where} refused the password (password authentication failed). "
            "Nothing was changed.")
    first = reason.splitlines()[0] if reason else type(exc).__name__
    return StoreError(
        f"The team server {where} could not be reached: {first}. Nothing was changed; work "
        "goes on in the local database.")


# --- connection -------------------------------------------------------------------------------


def server_url(url: str) -> URL:
    """The URL for SQLAlchemy: psycopg 3 driver, TLS required off this machine, no password."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise ServerAddressError(
            f"'{url}' is not a server address. Use postgresql://user@host/database."
        ) from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise ServerAddressError(
            f"The team server must be PostgreSQL (postgresql://user@host/database), not "
            f"'{parsed.drivername}'."
        )
    if not parsed.database or not parsed.username:
        raise ServerAddressError(
            "The server address needs a user and a database: postgresql://user@host/database."
        )
    parsed = parsed.set(drivername=DRIVER)
    if "sslmode" not in parsed.query and (parsed.host or "") not in LOCAL_HOSTS:
        parsed = parsed.update_query_dict({"sslmode": "require"})
    return parsed


def display_url(url: str | URL) -> str:
    """The address as a user may see it (and as logs may keep it): never the password."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=True)


def split_password(url: str) -> tuple[str, str | None]:
    """The address to keep in settings, and the password the URL carried (for the keyring:
    a password never goes to settings)."""
    parsed = make_url(url.strip())
    password = None if parsed.password is None else str(parsed.password)
    bare = URL.create(parsed.drivername, username=parsed.username, host=parsed.host,
                      port=parsed.port, database=parsed.database, query=parsed.query)
    return bare.render_as_string(hide_password=False), password


def _entry_name(url: URL) -> str:
    return f"server-password:{url.username}@{url.host or 'localhost'}:{url.port or 5432}/" \
           f"{url.database}"


def remember_server_password(url: str, password: str) -> None:
    """Keep the server password in the secure OS keyring (refused when there is none)."""
    parsed = server_url(url)
    backend = keys.secure_keyring()
    if backend is None:
        raise KeyringUnavailableError(
            "No secure OS keyring is available, so the server password cannot be remembered. "
            "Type it each time instead; nothing was stored."
        )
    try:
        backend.set_password(keys.SERVICE, _entry_name(parsed), password)
    except KeyringError as exc:
        raise KeyringUnavailableError(f"The OS keyring refused the password: {exc}") from exc


def remembered_server_password(url: str) -> str | None:
    backend = keys.secure_keyring()
    if backend is None:
        return None
    try:
        return backend.get_password(keys.SERVICE, _entry_name(server_url(url)))
    except KeyringError:
        return None


def server_engine(url: str, password: str | None = None) -> Engine:
    """An engine for the server: the password given, else the URL's, else the keyring's."""
    parsed = server_url(url)
    if password is None and parsed.password is None:
        password = remembered_server_password(url)
    if password is not None:
        parsed = parsed.set(password=password)
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 15})


# --- snapshots ---------------------------------------------------------------------------------

FAMILY_FIELDS = ("display_name", "reference", "language", "status", "search_key", "updated_at")


def columns_of(row: Any, *, skip: Sequence[str] = ()) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in skip}


def version_values(rec: VersionRecord) -> dict[str, Any]:
    return {
        "family_id": rec.family_id, "number": rec.number,
        "created_at": rec.created_at.isoformat(), "created_by": rec.created_by,
        "meeting_id": rec.meeting_id, "approved": rec.approved,
        "content_json": rec.content_json, "content_hash": rec.content_hash,
        "prev_hash": rec.prev_hash, "hash": rec.hash, "merge_hash": rec.merge_hash,
    }


@dataclass
class FamilyRows:
    """One family as stored on one side, with its rows as plain values."""

    family: dict[str, Any]
    main: list[VersionRecord] = field(default_factory=list)  # by number
    forks: list[VersionRecord] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    ratings: list[dict[str, Any]] = field(default_factory=list)
    evaluations: list[dict[str, Any]] = field(default_factory=list)
    phase_changes: list[dict[str, Any]] = field(default_factory=list)
    transition_plans: list[dict[str, Any]] = field(default_factory=list)
    meeting_voices: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.family["id"])

    def hashes(self) -> set[str]:
        return {r.hash for r in self.main} | {r.hash for r in self.forks}


CHILD_TABLES: tuple[tuple[str, type[Any]], ...] = (
    ("meetings", MeetingRow), ("ratings", RatingRow), ("evaluations", EvaluationRow),
    # Issue 12: added by id, never changed, like the rows above.
    ("phase_changes", PhaseChangeRow), ("transition_plans", TransitionPlanRow),
    ("meeting_voices", MeetingVoiceRow),
)


def read_family(session: Session, family_id: str, *, hashes: set[str] | None = None,
                ids: dict[str, set[str]] | None = None) -> FamilyRows | None:
    """A family's rows: all of them, or only the versions in ``hashes`` and the meetings,
    ratings and evaluations in ``ids`` (what the other side lacks). No query for an empty set."""
    row = session.get(FamilyRow, family_id)
    if row is None:
        return None
    snapshot = FamilyRows(columns_of(row))
    if hashes is None or hashes:
        main = select(PlanVersionRow).where(PlanVersionRow.family_id == family_id)
        forks = select(PlanVersionForkRow).where(PlanVersionForkRow.family_id == family_id)
        if hashes is not None:
            main = main.where(PlanVersionRow.hash.in_(hashes))
            forks = forks.where(PlanVersionForkRow.hash.in_(hashes))
        snapshot.main.extend(
            record_of(v) for v in session.scalars(main.order_by(PlanVersionRow.number)))
        snapshot.forks.extend(
            record_of(v) for v in session.scalars(forks.order_by(PlanVersionForkRow.number)))
    for name, model in CHILD_TABLES:
        wanted = None if ids is None else ids.get(name, set())
        if wanted is not None and not wanted:
            continue
        stmt = select(model).where(model.family_id == family_id)
        if wanted is not None:
            stmt = stmt.where(model.id.in_(wanted))
        getattr(snapshot, name).extend(columns_of(r) for r in session.scalars(stmt))
    return snapshot


def version_index(session: Session, family_id: str) -> tuple[list[str], set[str]]:
    """In one query: the main chain's hashes by number, and every version hash (main and
    forks) of the family."""
    main = select(PlanVersionRow.hash, PlanVersionRow.number, literal(0).label("fork")).where(
        PlanVersionRow.family_id == family_id)
    forks = select(PlanVersionForkRow.hash, PlanVersionForkRow.number,
                   literal(1).label("fork")).where(PlanVersionForkRow.family_id == family_id)
    found = session.execute(union_all(main, forks)).all()
    order = [h for h, _, fork in sorted(found, key=lambda r: r[1]) if not fork]
    return order, {h for h, _, _ in found}


def child_ids(session: Session, family_id: str) -> dict[str, set[str]]:
    """The ids of the family's meetings, ratings and evaluations, in one query."""
    parts = [select(literal(name).label("t"), model.id).where(model.family_id == family_id)
             for name, model in CHILD_TABLES]
    found: dict[str, set[str]] = {name: set() for name, _ in CHILD_TABLES}
    for table, id_ in session.execute(union_all(*parts)):
        found[table].add(id_)
    return found


def version_hashes(session: Session, family_id: str) -> set[str]:
    return version_index(session, family_id)[1]


def add_main_version(session: Session, rec: VersionRecord) -> None:
    session.add(PlanVersionRow(**version_values(rec)))


def add_fork_version(session: Session, rec: VersionRecord) -> None:
    session.add(PlanVersionForkRow(**version_values(rec), received_at=now_iso()))


def fork_records(session: Session, family_id: str) -> list[VersionRecord]:
    return [record_of(r) for r in session.scalars(
        select(PlanVersionForkRow).where(PlanVersionForkRow.family_id == family_id)
        .order_by(PlanVersionForkRow.number, PlanVersionForkRow.hash))]


def fork_row(session: Session, family_id: str, hash_: str) -> PlanVersionForkRow | None:
    row = session.get(PlanVersionForkRow, hash_)
    return row if row is not None and row.family_id == family_id else None


def demote_to_fork(session: Session, row: PlanVersionRow) -> None:
    """Move a main-chain version that lost the race for its number to the forks, unchanged."""
    rec = record_of(row)
    session.delete(row)
    session.flush()
    add_fork_version(session, rec)


def head_of(session: Session, family_id: str) -> tuple[int, str]:
    last = session.scalars(
        select(PlanVersionRow).where(PlanVersionRow.family_id == family_id)
        .order_by(PlanVersionRow.number.desc()).limit(1)).one_or_none()
    return (last.number, last.hash) if last is not None else (0, GENESIS_HASH)


# --- fingerprints: is a family the same on both sides? -------------------------------------------


def fingerprints(session: Session, *, team: str | None = None,
                 family_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Per family, a digest of what sync moves: metadata, main head, forks, row counts.
    Equal on both sides means nothing to sync. A handful of grouped queries, whatever the
    number of families."""
    scope = select(FamilyRow.id)
    if team is not None:
        scope = scope.where(FamilyRow.team == team)
    if family_ids is not None:
        scope = scope.where(FamilyRow.id.in_(list(family_ids)))
    families = {
        r[0]: [str(v) for v in r[1:]]
        for r in session.execute(
            select(FamilyRow.id, FamilyRow.team, FamilyRow.head_hash, FamilyRow.updated_at,
                   FamilyRow.display_name, FamilyRow.reference, FamilyRow.language,
                   FamilyRow.status).where(FamilyRow.id.in_(scope)))
    }
    forks: dict[str, list[str]] = defaultdict(list)
    for fid, hash_ in session.execute(
            select(PlanVersionForkRow.family_id, PlanVersionForkRow.hash)
            .where(PlanVersionForkRow.family_id.in_(scope))):
        forks[fid].append(hash_)
    counts: dict[str, list[str]] = defaultdict(lambda: ["0"] * len(CHILD_TABLES))
    for i, (_, model) in enumerate(CHILD_TABLES):
        for fid, n in session.execute(
                select(model.family_id, func.count()).where(model.family_id.in_(scope))
                .group_by(model.family_id)):
            counts[fid][i] = str(n)
    return {
        fid: hashlib.sha256("|".join(
            [*meta, *sorted(forks.get(fid, [])), *counts[fid]]).encode()).hexdigest()
        for fid, meta in families.items()
    }


def synced_fingerprints(session: Session) -> dict[str, str]:
    return dict(session.execute(select(SyncStateRow.family_id, SyncStateRow.fingerprint)).all())


def mark_synced(session: Session, family_id: str, fingerprint: str) -> None:
    row = session.get(SyncStateRow, family_id)
    if row is None:
        session.add(SyncStateRow(family_id=family_id, fingerprint=fingerprint,
                                 synced_at=now_iso()))
    else:
        row.fingerprint, row.synced_at = fingerprint, now_iso()


# --- erasure -------------------------------------------------------------------------------------


def erased_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ErasureRow.family_id)))


def erase_family(session: Session, *, family_id: str, actor: str,
                 erased_at: str | None = None) -> bool:
    """Delete every row of a family and record the erasure in the register, so sync erases it
    on every side. True when there was data to delete. Idempotent."""
    existed = session.get(FamilyRow, family_id) is not None
    for model in (MeetingVoiceRow, RatingRow, MeetingRow, EvaluationRow, PhaseChangeRow,
                  TransitionPlanRow,
                  PlanVersionRow, PlanVersionForkRow, DraftRow, SyncStateRow):
        session.execute(delete(model).where(model.family_id == family_id))
    session.execute(delete(FamilyRow).where(FamilyRow.id == family_id))
    if session.get(ErasureRow, family_id) is None:
        session.add(ErasureRow(family_id=family_id, erased_at=erased_at or now_iso(),
                               actor=actor[:500]))
    return existed
