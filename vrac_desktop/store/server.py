"""The team server's rows: what sync reads and writes on either side, and fingerprints.

Sync (services/sync.py) reads a family as a ``FamilyRows`` snapshot on one side (or a whole
batch's with ``read_families``) and writes what the other side lacks: versions of the main
chain and forks, child rows by id, signatures. The same functions serve the laptop's SQLCipher
database and the PostgreSQL server (same schema). Fingerprints say whether a family is the
same on both sides, so a sync skips the unchanged ones; erasure deletes a family's rows
(through the server's checked function where ``server init`` installed it). Every function
takes the caller's session: the caller owns the transaction. Connecting to a server is
store/server_connection.py.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, literal, select, text, union_all
from sqlalchemy.orm import Session

from vrac_desktop.domain.history import GENESIS_HASH, VersionRecord
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
    TeamCertificateRow,
    TransitionPlanRow,
    VersionSignatureRow,
)
from vrac_desktop.store.repository import now_iso, record_of

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
    writers: dict[str, str | None] = field(default_factory=dict)  # version hash: written_by
    signatures: dict[str, tuple[str, str]] = field(default_factory=dict)  # hash: signer, sig
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
        for v in session.scalars(main.order_by(PlanVersionRow.number)):
            snapshot.main.append(record_of(v))
            snapshot.writers[v.hash] = v.written_by
        for f in session.scalars(forks.order_by(PlanVersionForkRow.number)):
            snapshot.forks.append(record_of(f))
            snapshot.writers[f.hash] = f.written_by
    for name, model in CHILD_TABLES:
        wanted = None if ids is None else ids.get(name, set())
        if wanted is not None and not wanted:
            continue
        stmt = select(model).where(model.family_id == family_id)
        if wanted is not None:
            stmt = stmt.where(model.id.in_(wanted))
        getattr(snapshot, name).extend(columns_of(r) for r in session.scalars(stmt))
    return snapshot


Wanted = tuple[set[str] | None, dict[str, set[str]] | None]


# Above this many hashes or ids, a batch read filters by family only and drops the rest here
# (a query parameter list that long costs more than it saves).
_IN_LIMIT = 2000


def read_families(session: Session, wants: dict[str, Wanted]) -> dict[str, FamilyRows | None]:
    """``read_family`` of many families, one query per table (sync's batches). ``wants``:
    family id -> (version hashes, child ids by table) as ``read_family`` takes them."""
    out: dict[str, FamilyRows | None] = {}
    for fid in wants:
        row = session.get(FamilyRow, fid)
        out[fid] = FamilyRows(columns_of(row)) if row is not None else None
    present = [fid for fid, snap in out.items() if snap is not None]
    hashes = {fid: wants[fid][0] for fid in present}
    need = [fid for fid in present if hashes[fid] is None or hashes[fid]]
    if need:
        every = _union([hashes[fid] for fid in need])
        versions: tuple[tuple[Any, str], ...] = (
            (PlanVersionRow, "main"), (PlanVersionForkRow, "forks"))
        for model, target in versions:
            stmt = select(model).where(model.family_id.in_(need))
            if every is not None:
                stmt = stmt.where(model.hash.in_(every))
            for v in session.scalars(stmt.order_by(model.number)):
                wanted = hashes[v.family_id]
                if wanted is not None and v.hash not in wanted:
                    continue
                snap = out[v.family_id]
                assert snap is not None
                getattr(snap, target).append(record_of(v))
                snap.writers[v.hash] = v.written_by
    for name, model in CHILD_TABLES:
        per: dict[str, set[str] | None] = {}
        for fid in present:
            by_table = wants[fid][1]
            per[fid] = None if by_table is None else by_table.get(name, set())
        need = [fid for fid, w in per.items() if w is None or w]
        if not need:
            continue
        every = _union([per[fid] for fid in need])
        stmt = select(model).where(model.family_id.in_(need))
        if every is not None:
            stmt = stmt.where(model.id.in_(every))
        for r in session.scalars(stmt):
            wanted = per[r.family_id]
            if wanted is not None and r.id not in wanted:
                continue
            getattr(out[r.family_id], name).append(columns_of(r))
    return out


def _union(sets: list[set[str] | None]) -> set[str] | None:
    """All of ``sets`` together, or None (no filter) if one is None or they are too many."""
    if any(s is None for s in sets):
        return None
    every: set[str] = set().union(*[s for s in sets if s is not None])
    return every if len(every) <= _IN_LIMIT else None


def signatures_of(session: Session, family_id: str, hashes: set[str] | None = None
                  ) -> dict[str, tuple[str, str]]:
    """The family's version signatures (all, or those of ``hashes``): hash -> (signer, sig)."""
    if hashes is not None and not hashes:
        return {}
    stmt = select(VersionSignatureRow).where(VersionSignatureRow.family_id == family_id)
    if hashes is not None:
        stmt = stmt.where(VersionSignatureRow.hash.in_(hashes))
    return {r.hash: (r.signer, r.signature) for r in session.scalars(stmt)}


def add_signatures(session: Session, family_id: str, found: dict[str, tuple[str, str]]) -> int:
    for hash_, (signer, signature) in found.items():
        session.add(VersionSignatureRow(hash=hash_, family_id=family_id, signer=signer,
                                        signature=signature, signed_at=now_iso()))
    session.flush()
    return len(found)


def pinned_pems(session: Session, team: str) -> list[str]:
    """The certificates (PEM) this side accepts signatures from for ``team``: not revoked."""
    return list(session.scalars(select(TeamCertificateRow.pem).where(
        TeamCertificateRow.team == team, TeamCertificateRow.revoked_at.is_(None))))


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


def version_indexes(session: Session, family_ids: list[str]
                    ) -> dict[str, tuple[list[str], set[str]]]:
    """``version_index`` of many families in one query (sync's batches)."""
    main = select(PlanVersionRow.family_id, PlanVersionRow.hash, PlanVersionRow.number,
                  literal(0).label("fork")).where(PlanVersionRow.family_id.in_(family_ids))
    forks = select(PlanVersionForkRow.family_id, PlanVersionForkRow.hash,
                   PlanVersionForkRow.number, literal(1).label("fork")).where(
        PlanVersionForkRow.family_id.in_(family_ids))
    found: dict[str, list[tuple[str, int, int]]] = {fid: [] for fid in family_ids}
    for fid, hash_, number, fork in session.execute(union_all(main, forks)):
        found[fid].append((hash_, number, fork))
    return {fid: ([h for h, _, fork in sorted(rows, key=lambda r: r[1]) if not fork],
                  {h for h, _, _ in rows}) for fid, rows in found.items()}


def children_ids(session: Session, family_ids: list[str]) -> dict[str, dict[str, set[str]]]:
    """``child_ids`` of many families in one query (sync's batches)."""
    parts = [select(literal(name).label("t"), model.family_id, model.id)
             .where(model.family_id.in_(family_ids)) for name, model in CHILD_TABLES]
    found: dict[str, dict[str, set[str]]] = {
        fid: {name: set() for name, _ in CHILD_TABLES} for fid in family_ids}
    for table, fid, id_ in session.execute(union_all(*parts)):
        found[fid][table].add(id_)
    return found


def signatures_many(session: Session, family_ids: list[str]
                    ) -> dict[str, dict[str, tuple[str, str]]]:
    """``signatures_of`` of many families in one query (sync's batches)."""
    found: dict[str, dict[str, tuple[str, str]]] = {fid: {} for fid in family_ids}
    for r in session.scalars(select(VersionSignatureRow).where(
            VersionSignatureRow.family_id.in_(family_ids))):
        found[r.family_id][r.hash] = (r.signer, r.signature)
    return found


def version_hashes(session: Session, family_id: str) -> set[str]:
    return version_index(session, family_id)[1]


def add_main_version(session: Session, rec: VersionRecord, written_by: str | None = None
                     ) -> None:
    session.add(PlanVersionRow(**version_values(rec), written_by=written_by))


def add_fork_version(session: Session, rec: VersionRecord, written_by: str | None = None
                     ) -> None:
    session.add(PlanVersionForkRow(**version_values(rec), received_at=now_iso(),
                                   written_by=written_by))


def fork_records(session: Session, family_id: str) -> list[VersionRecord]:
    return [record_of(r) for r in session.scalars(
        select(PlanVersionForkRow).where(PlanVersionForkRow.family_id == family_id)
        .order_by(PlanVersionForkRow.number, PlanVersionForkRow.hash))]


def fork_row(session: Session, family_id: str, hash_: str) -> PlanVersionForkRow | None:
    row = session.get(PlanVersionForkRow, hash_)
    return row if row is not None and row.family_id == family_id else None


def demote_to_fork(session: Session, row: PlanVersionRow) -> None:
    """Move a main-chain version that lost the race for its number to the forks, unchanged."""
    rec, writer = record_of(row), row.written_by
    session.delete(row)
    session.flush()
    add_fork_version(session, rec, writer)


def head_of(session: Session, family_id: str) -> tuple[int, str]:
    last = session.scalars(
        select(PlanVersionRow).where(PlanVersionRow.family_id == family_id)
        .order_by(PlanVersionRow.number.desc()).limit(1)).one_or_none()
    return (last.number, last.hash) if last is not None else (0, GENESIS_HASH)


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
            # Not the name or reference: encrypted on the server (team key), they differ from
            # the laptop's; a change of them changes ``updated_at``.
            select(FamilyRow.id, FamilyRow.team, FamilyRow.head_hash, FamilyRow.updated_at,
                   FamilyRow.language, FamilyRow.status).where(FamilyRow.id.in_(scope)))
    }
    forks: dict[str, list[str]] = defaultdict(list)
    for fid, hash_ in session.execute(
            select(PlanVersionForkRow.family_id, PlanVersionForkRow.hash)
            .where(PlanVersionForkRow.family_id.in_(scope))):
        forks[fid].append(hash_)
    counts: dict[str, list[str]] = defaultdict(lambda: ["0"] * (len(CHILD_TABLES) + 1))
    counted: list[Any] = [model for _, model in CHILD_TABLES] + [VersionSignatureRow]
    for i, model in enumerate(counted):
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


def erase_family(session: Session, *, family_id: str, actor: str,
                 erased_at: str | None = None, signer: str | None = None,
                 signature: str | None = None) -> bool:
    """Delete every row of a family and record the erasure in the register, so sync erases it
    on every side. True when there was data to delete. Idempotent."""
    existed = session.get(FamilyRow, family_id) is not None
    for model in (MeetingVoiceRow, RatingRow, MeetingRow, EvaluationRow, PhaseChangeRow,
                  TransitionPlanRow, VersionSignatureRow, PlanVersionRow, PlanVersionForkRow,
                  DraftRow, SyncStateRow):
        session.execute(delete(model).where(model.family_id == family_id))
    session.execute(delete(FamilyRow).where(FamilyRow.id == family_id))
    if session.get(ErasureRow, family_id) is None:
        session.add(ErasureRow(family_id=family_id, erased_at=erased_at or now_iso(),
                               actor=actor[:500], signer=signer, signature=signature))
    return existed


def has_erase_function(session: Session) -> bool:
    """A server set up by ``server init``: erasure goes through ``vrac_erase_family``."""
    return session.execute(text("SELECT to_regproc('vrac_erase_family')")).scalar() is not None


def erase_on_server(session: Session, *, family_id: str, erased_at: str, signer: str | None,
                    signature: str | None) -> str:
    """Erase through the server's checked function; 'erased', 'known' or 'absent'. Raises
    (permission denied) when the family is not in a team of the connected coach."""
    return str(session.execute(text("SELECT vrac_erase_family(:f, :a, :s, :g)"), {
        "f": family_id, "a": erased_at, "s": signer, "g": signature}).scalar_one())
