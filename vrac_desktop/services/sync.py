"""Sync a laptop's local database with the team server.

Each laptop keeps its own encrypted database and works fully offline; ``sync`` brings the
local database and the server to the same state for every family of the coach's team:
families, plan versions (main chain and forks), meetings, ratings, evaluations, erasures.
Drafts and the audit log stay on the laptop.

The rules, so that nothing is silently overwritten and an interrupted sync is harmless:

* **Versions are never changed, only added**, and are known by their hash. A version that
  continues the server's main chain joins it; one whose number is already taken (another
  laptop saved first) is kept as a *fork*: the family then has two heads until a coach
  reconciles them (services/reconcile.py). The server decides the main chain (first to
  arrive keeps its number); a laptop whose own offline versions lost the race moves them,
  unchanged and still verifiable, to its forks. domain/history.py states the chain rule.
* Meetings, ratings and evaluations are added by id, never changed. A family's name,
  reference, language and status go to the side with the older ``updated_at``.
* An erasure (GDPR request, retention) in the ``erasures`` register of either side erases the
  family on the other side too, and wins over edits made offline.
* **One transaction per batch of families per side** (8, 16, ... up to 256 families; each
  family in a savepoint, so a refused family rolls back alone): the server's (the batch's
  family rows locked, so two laptops syncing the same family take turns), then the laptop's.
  A sync stopped anywhere (network, crash, SIGKILL) leaves each side with whole families
  only; the next sync skips what already arrived (hashes, ids) and never duplicates anything.
* Every version that arrives is checked against its hashes before it is stored; a family
  with a damaged version is refused whole and reported.
* **Authenticated history** (laptops that joined with a join code, so they pinned the team's
  certificates): before sending, this laptop signs its own new versions and erasures
  (store/provenance.py); every version and erasure that arrives must carry a signature by a
  pinned, unrevoked certificate of the team. A family with one that does not is refused whole
  (nothing of it changes on the laptop, nothing joins its main chain) and the problem names
  the version, its author and the server account that wrote it. Certificates the operator
  publishes later (a new coach) are pinned at the next sync; revocations are applied and never
  undone by the server.
* On a server set up with ``server init``, PostgreSQL itself keeps teams apart (roles and
  row-level security, store/server_admin.py) and erasures go through its checked function.

Threading: ``sync`` is synchronous and may run on a worker thread; per the ``Database``
rule it opens its own sessions. ``progress(done, total)`` is called on that thread (a GUI
forwards it with a queued signal); setting ``cancel`` stops between two families.
"""

from __future__ import annotations

import copy
import dataclasses
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from vrac_desktop.domain.history import GENESIS_HASH, VersionRecord, heads, record_problems
from vrac_desktop.services.changes import Changes
from vrac_desktop.store import repository as repo
from vrac_desktop.store import server as rows
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.models import (
    ErasureRow,
    FamilyRow,
    PlanVersionForkRow,
    PlanVersionRow,
    SyncRunRow,
    SyncStateRow,
    TeamCertificateRow,
    VersionSignatureRow,
)
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.provenance import (
    Pinned,
    Signer,
    erasure_message,
    row_digest,
    row_message,
    version_message,
)
from vrac_desktop.store.team_crypto import (
    TeamKeyError,
    TeamKeys,
    any_sealed,
    is_sealed,
    open_row,
    open_value,
    seal_row,
    seal_value,
)

Progress = Callable[[int, int], None]


class SyncError(StoreError):
    """Sync could not run or stopped; the message says why. Families already synced stay
    synced, the others are untouched and go with the next sync."""


class FamilyRefusedError(StoreError):
    """One family was not synced (the others were); the message says why."""


@dataclass(frozen=True)
class FamilyProblem:
    family_id: str
    message: str


@dataclass(frozen=True)
class SyncResult:
    families: int  # families that differed and were synced
    pushed: int  # versions and rows sent to the server
    pulled: int  # versions and rows received
    erased: int  # families erased on one side because the other side's register says so
    two_heads: tuple[str, ...]  # families that now have more than one head
    problems: tuple[FamilyProblem, ...]
    cancelled: bool
    changes: Changes


@dataclass(frozen=True)
class SyncStatus:
    last_sync_at: datetime | None  # end of the last sync that ran to the end
    last_error: str
    interrupted: bool  # the last sync started and never finished (killed, crashed)
    pending: int  # local families changed since they were last in sync
    two_heads: int  # families with more than one head, waiting to be reconciled


@dataclass
class _Counts:
    pushed: int = 0
    pulled: int = 0
    problems: list[FamilyProblem] = field(default_factory=list)


def sync(local: Database, server: Database, *, team: str, actor: str, server_name: str = "",
         progress: Progress | None = None, cancel: threading.Event | None = None,
         signer: Signer | None = None) -> SyncResult:
    """Push the laptop's new data to the server and pull the team's, family by family.
    ``signer``: this laptop's signing key; its own new versions and erasures are signed with
    it before they leave."""
    run_id = _start_run(local, server_name)
    counts = _Counts()
    erased = 0
    done = total = 0
    cancelled = False
    try:
        if signer is not None:
            sign_own(local, signer)
        pins = _refresh_pins(local, server, team=team)
        key = _take_grants(local, server, team=team, signer=signer)
        if pins is not None and signer is not None and signer.fingerprint not in pins.certs:
            pins = _publish_own(local, server, team=team, signer=signer, counts=counts)
        erased = _sync_erasures(local, server, actor=actor, pins=pins, counts=counts)
        todo = _families_to_sync(local, server, team=team)
        total = len(todo)
        start = 0
        for size in _batch_sizes():
            batch = todo[start:start + size]
            if not batch:
                break
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            try:
                batch = _sync_batch(local, server, batch, run_id=run_id, done=done,
                                    team=team, pins=pins, key=key, counts=counts,
                                    cancel=cancel)
            except OperationalError as exc:
                if _from_server(exc):
                    raise SyncError(
                        f"The connection broke during sync ({_first_line(exc)}). {done} of "
                        f"{total} families were synced; the rest will be synced next time. "
                        "Nothing was lost.") from None
                raise
            start += len(batch)
            if progress is not None:
                for _ in batch:  # one report per family, once its batch is committed
                    done += 1
                    progress(done, total)
            else:
                done += len(batch)
    except BaseException as exc:
        _finish_run(local, run_id, done, counts, error=str(exc) or type(exc).__name__)
        raise
    if key is not None and key.current > 1 and not cancelled:
        counts.pushed += _reseal_old(server, key, counts)
    with local.session() as s:
        split = _families_with_heads(s)
    _finish_run(local, run_id, done, counts,
                error="; ".join(p.message for p in counts.problems)[:2000])
    return SyncResult(
        families=done, pushed=counts.pushed, pulled=counts.pulled, erased=erased,
        two_heads=tuple(sorted(split)), problems=tuple(counts.problems), cancelled=cancelled,
        changes=Changes(families=True, plan=True, ratings=True, evaluations=True),
    )


def sync_status(local: Database, *, team: str | None = None) -> SyncStatus:
    """What the sync indicator shows; reads the local database only (works offline).
    With ``team``, families of other teams (never sent) do not count as pending."""
    with local.session() as s:
        last = s.scalars(select(SyncRunRow).order_by(SyncRunRow.id.desc()).limit(1)
                         ).one_or_none()
        finished = s.scalars(select(SyncRunRow).where(SyncRunRow.finished_at.is_not(None))
                             .order_by(SyncRunRow.id.desc()).limit(1)).one_or_none()
        now = rows.fingerprints(s)
        if team is not None:
            ours = set(s.scalars(select(FamilyRow.id).where(FamilyRow.team.in_(("", team)))))
            now = {fid: fp for fid, fp in now.items() if fid in ours}
        synced = rows.synced_fingerprints(s)
        pending = sum(1 for fid, fp in now.items() if synced.get(fid) != fp)
        split = _families_with_heads(s)
    return SyncStatus(
        last_sync_at=datetime.fromisoformat(finished.finished_at)
        if finished is not None and finished.finished_at else None,
        last_error=last.error if last is not None else "",
        interrupted=last is not None and last.finished_at is None,
        pending=pending,
        two_heads=len(split),
    )


# --- the run ----------------------------------------------------------------------------------


def _not_now(family_id: str, exc: SQLAlchemyError) -> FamilyProblem:
    reason = _first_line(exc)
    if "row-level security" in reason or "permission denied" in reason:
        return FamilyProblem(family_id, (
            f"The team server refused family {family_id}: your account is not (or no longer) "
            f"in its team ({reason}). Nothing of it was changed on either side."))
    return FamilyProblem(family_id, f"The family could not be synced: {_first_line(exc)}. "
                         "Nothing of it was changed; it will be tried again next sync.")


def _from_server(exc: OperationalError) -> bool:
    return type(exc.orig).__module__.startswith("psycopg")


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _start_run(local: Database, server_name: str) -> int:
    with local.session() as s:
        run = SyncRunRow(server=server_name[:500], started_at=repo.now_iso(), families=0,
                         pushed=0, pulled=0, heads=0, error="")
        s.add(run)
        s.flush()
        return run.id


def _finish_run(local: Database, run_id: int, done: int, counts: _Counts, *, error: str) -> None:
    with local.session() as s:
        s.execute(update(SyncRunRow).where(SyncRunRow.id == run_id).values(
            finished_at=repo.now_iso(), families=done, pushed=counts.pushed,
            pulled=counts.pulled, heads=len(_families_with_heads(s)), error=error))


def sign_own(local: Database, signer: Signer) -> int:
    """Sign this laptop's own versions, meetings, ratings and evaluations (never received
    from the server: ``written_by`` is NULL) and erasures that carry no signature yet. Only
    adds signature rows: versions and rows stay untouched. Returns how many were signed."""
    count = 0
    now = repo.now_iso()
    with local.session() as s:
        signed = set(s.scalars(select(VersionSignatureRow.hash)))
        for model in (PlanVersionRow, PlanVersionForkRow):
            for hash_, family_id in s.execute(select(model.hash, model.family_id)
                                              .where(model.written_by.is_(None))):
                if hash_ in signed:
                    continue
                s.add(VersionSignatureRow(hash=hash_, family_id=family_id,
                                          signer=signer.fingerprint,
                                          signature=signer.sign(version_message(hash_)),
                                          signed_at=now))
                signed.add(hash_)
                count += 1
        for name, model in rows.CHILD_TABLES:
            for row in s.scalars(select(model).where(model.written_by.is_(None))):
                digest = row_digest(name, rows.columns_of(row))
                if digest in signed:
                    continue
                s.add(VersionSignatureRow(hash=digest, family_id=row.family_id,
                                          signer=signer.fingerprint,
                                          signature=signer.sign(row_message(digest)),
                                          signed_at=now))
                signed.add(digest)
                count += 1
        for erasure in s.scalars(select(ErasureRow).where(ErasureRow.signature.is_(None))):
            erasure.signer = signer.fingerprint
            erasure.signature = signer.sign(erasure_message(erasure.family_id,
                                                            erasure.erased_at))
            count += 1
    return count


def pin_certificates(local: Database, server: Database, *, team: str) -> int:
    """Pin the certificates the server publishes for ``team`` (at join). Returns how many."""
    with server.session() as ss:
        published = [rows.columns_of(r) for r in ss.scalars(
            select(TeamCertificateRow).where(TeamCertificateRow.team == team))]
    with local.session() as ls:
        for values in published:
            row = ls.get(TeamCertificateRow, (values["fingerprint"], team))
            if row is None:
                ls.add(TeamCertificateRow(**values))
            elif values["revoked_at"] and not row.revoked_at:
                row.revoked_at = values["revoked_at"]
    return len(published)


def _refresh_pins(local: Database, server: Database, *, team: str) -> Pinned | None:
    """The team's pinned certificates after taking the server's news (new coaches' certificates,
    revocations); None when this laptop never joined (then nothing is checked)."""
    with local.session() as ls:
        joined = ls.scalars(select(TeamCertificateRow.fingerprint)
                            .where(TeamCertificateRow.team == team).limit(1)).first()
    if joined is None:
        return None
    pin_certificates(local, server, team=team)
    with local.session() as ls:
        return Pinned.of(rows.pinned_pems(ls, team))


def _publish_own(local: Database, server: Database, *, team: str, signer: Signer,
                 counts: _Counts) -> Pinned:
    """This laptop signs with a certificate the team does not know yet (a new or imported
    one): publish it, which the server allows once after the operator's
    ``server allow-new-certificate``; else say that the team will refuse what it signs."""
    try:
        with server.engine.begin() as conn:
            conn.execute(text("SELECT vrac_register_certificate(:f, :p)"),
                         {"f": signer.fingerprint, "p": signer.pem})
    except DBAPIError as exc:
        if isinstance(exc, OperationalError) and _from_server(exc):
            raise
        counts.problems.append(FamilyProblem("", (
            f"This laptop signs with a certificate ({signer.name}, {signer.fingerprint[:12]}) "
            f"that is not published for team {team} ({_first_line(exc)}): the team's laptops "
            "will refuse what it sends. Ask the operator to run `server "
            "allow-new-certificate` for your account, then sync again.")))
    pin_certificates(local, server, team=team)
    with local.session() as ls:
        return Pinned.of(rows.pinned_pems(ls, team))


def _erasure_values(row: ErasureRow) -> tuple[str, str, str | None, str | None]:
    return row.erased_at, row.actor, row.signer, row.signature


def _sync_erasures(local: Database, server: Database, *, actor: str, pins: Pinned | None,
                   counts: _Counts) -> int:
    """Make both erasure registers the union of the two, erasing the data they name. On a
    laptop that joined, an erasure from the server must be signed by a pinned certificate; on
    a server set up with ``server init``, the server's function decides whether this coach
    may erase."""
    with server.session() as s:
        on_server = {r.family_id: _erasure_values(r) for r in s.scalars(select(ErasureRow))}
    with local.session() as s:
        on_laptop = {r.family_id: _erasure_values(r) for r in s.scalars(select(ErasureRow))}
    erased = 0
    for family_id in sorted(on_server.keys() - on_laptop.keys()):
        at, who, signer, signature = on_server[family_id]
        if pins is not None:
            why = pins.check(erasure_message(family_id, at), signer, signature)
            if why is not None:
                counts.problems.append(FamilyProblem(family_id, (
                    f"The server lists an erasure of family {family_id} (by server account "
                    f"'{who}', {at}) that was NOT applied: {why}. The family stays on this "
                    "laptop; tell the operator.")))
                continue
        with local.session() as s:
            erased += rows.erase_family(s, family_id=family_id, actor=who, erased_at=at,
                                        signer=signer, signature=signature)
            repo.audit(s, actor=actor, action="erased", family_id=family_id, detail="sync")
    for family_id in sorted(on_laptop.keys() - on_server.keys()):
        at, who, signer, signature = on_laptop[family_id]
        try:
            with server.session() as s:
                if rows.has_erase_function(s):
                    erased += rows.erase_on_server(s, family_id=family_id, erased_at=at,
                                                   signer=signer,
                                                   signature=signature) == "erased"
                else:  # an operator's connection to a server without `server init`
                    erased += rows.erase_family(s, family_id=family_id, actor=who,
                                                erased_at=at, signer=signer,
                                                signature=signature)
        except DBAPIError as exc:
            if isinstance(exc, OperationalError) and _from_server(exc):
                raise
            counts.problems.append(FamilyProblem(family_id, (
                f"The server refused the erasure of family {family_id} ({_first_line(exc)}); "
                "it is erased on this laptop only.")))
    return erased


def _families_to_sync(local: Database, server: Database, *, team: str) -> list[str]:
    with local.session() as s:
        teams = dict(s.execute(select(FamilyRow.id, FamilyRow.team)).all())
        mine = rows.fingerprints(s, family_ids=[f for f, t in teams.items() if t in ("", team)])
    with server.session() as s:
        theirs = rows.fingerprints(s, team=team)
    differ = {fid for fid, fp in mine.items() if theirs.get(fid) != fp}
    differ |= theirs.keys() - teams.keys()
    return sorted(differ)


# --- one family ------------------------------------------------------------------------------


# Families go in batches: one transaction per batch on each side (one commit and one fsync
# for many families) instead of one per family. The first batches are small so a user sees
# progress at once; then they grow. Each family runs in a savepoint, so a family refused or
# failing on one side is rolled back alone and the rest of its batch still goes through.
FIRST_BATCH = 8
LARGEST_BATCH = 256


def _batch_sizes() -> Iterator[int]:
    size = FIRST_BATCH
    while True:
        yield size
        size = min(2 * size, LARGEST_BATCH)


@dataclass
class _Exchanged:
    family_id: str
    pushed: int
    incoming: rows.FamilyRows | None
    order: list[str]
    wanted: rows.Wanted = (None, None)  # what the laptop lacks: version hashes, child ids


def _sync_batch(local: Database, server: Database, batch: list[str], *, run_id: int, done: int,
                team: str, pins: Pinned | None, key: TeamKeys | None, counts: _Counts,
                cancel: threading.Event | None = None) -> list[str]:
    """Sync ``batch``: the server's side in one transaction, then the laptop's in one.
    Returns the families it went through: ``cancel`` stops it between two families.
    A kill between the two leaves the server ahead; the next sync finds the laptop's
    fingerprints differ and pulls what is missing (by hash and id, never twice)."""
    exchanged: list[_Exchanged] = []
    handled: list[str] = []
    with server.session() as ss, local.session() as reader:
        # Both sides' state of the whole batch in a few queries (the server's family rows
        # locked, so two laptops syncing the same families take turns; always in id order).
        list(ss.scalars(select(FamilyRow).where(FamilyRow.id.in_(batch))
                        .order_by(FamilyRow.id).with_for_update()))
        list(reader.scalars(select(FamilyRow).where(FamilyRow.id.in_(batch))))
        server_side = _Known.read(ss, batch)
        laptop_side = _Known.read(reader, batch)
        outgoing = rows.read_families(reader, {
            fid: (laptop_side.versions[fid][1] - server_side.versions[fid][1],
                  _missing(laptop_side.ids[fid], server_side.ids[fid]))
            for fid in batch if reader.get(FamilyRow, fid) is not None})
        for family_id in batch:
            if cancel is not None and cancel.is_set():
                break
            handled.append(family_id)
            try:
                with ss.begin_nested():
                    exchanged.append(_exchange(ss, family_id, outgoing.get(family_id),
                                               team=team, key=key, server_side=server_side,
                                               laptop_side=laptop_side))
            except FamilyRefusedError as exc:
                counts.problems.append(FamilyProblem(family_id, str(exc)))
            except OperationalError as exc:
                if _from_server(exc):
                    raise
                counts.problems.append(_not_now(family_id, exc))
            except SQLAlchemyError as exc:
                counts.problems.append(_not_now(family_id, exc))
        # What the laptop lacks, read after every push of the batch (a family's main chain
        # may have grown with it): one query per table.
        wants = {ex.family_id: ex.wanted for ex in exchanged}
        for ex, found in zip(exchanged, rows.read_families(ss, wants).values(), strict=True):
            ex.incoming = found
            if found is not None:
                signed = server_side.signatures[ex.family_id]
                laptop_signed = laptop_side.signatures.get(ex.family_id, {})
                found.signatures = {h: v for h, v in signed.items() if h not in laptop_signed}
    for ex in exchanged:
        counts.pushed += ex.pushed
    incoming = [ex for ex in exchanged if ex.incoming is not None]
    if not incoming:
        return handled
    with local.session() as ls:
        # A first write opens the laptop's transaction (the driver begins one only before a
        # write), so the savepoints below nest in it and the batch commits once.
        ls.execute(update(SyncRunRow).where(SyncRunRow.id == run_id).values(families=done))
        applied: list[str] = []
        for ex in incoming:
            assert ex.incoming is not None
            try:
                opened = _opened(ex.incoming, key)
                with ls.begin_nested():
                    counts.pulled += _apply(ls, opened, ex.order, pins=pins)
                applied.append(ex.family_id)
            except FamilyRefusedError as exc:
                counts.problems.append(FamilyProblem(ex.family_id, str(exc)))
            except SQLAlchemyError as exc:
                counts.problems.append(_not_now(ex.family_id, exc))
        if applied:
            ls.flush()
            list(ls.scalars(select(SyncStateRow).where(SyncStateRow.family_id.in_(applied))))
            for family_id, fingerprint in rows.fingerprints(ls, family_ids=applied).items():
                rows.mark_synced(ls, family_id, fingerprint)
    return handled


@dataclass
class _Known:
    """One side's versions, child rows and signatures of a batch of families."""
    versions: dict[str, tuple[list[str], set[str]]]
    ids: dict[str, dict[str, set[str]]]
    signatures: dict[str, dict[str, tuple[str, str]]]

    @classmethod
    def read(cls, session: Session, batch: list[str]) -> _Known:
        return cls(rows.version_indexes(session, batch), rows.children_ids(session, batch),
                   rows.signatures_many(session, batch))


def _exchange(ss: Session, family_id: str, outgoing: rows.FamilyRows | None, *, team: str,
              key: TeamKeys | None, server_side: _Known, laptop_side: _Known) -> _Exchanged:
    """Push one family's new rows (``outgoing``, None if the laptop has no such family) to
    the server in ``ss``, and say what the laptop lacks. The family's server row is already
    locked and both sides' state read (``_Known``)."""
    server_row = ss.get(FamilyRow, family_id)
    if server_row is not None and server_row.team != team:
        raise FamilyRefusedError(
            f"The family {family_id} belongs to another team on the server; it was not "
            "synced.")
    order, on_server = server_side.versions[family_id]
    ids_on_server = server_side.ids[family_id]
    signed_on_server = set(server_side.signatures[family_id])
    on_laptop: set[str] = set()
    ids_on_laptop: dict[str, set[str]] = {}
    if outgoing is not None:
        _, on_laptop = laptop_side.versions[family_id]
        ids_on_laptop = laptop_side.ids[family_id]
        outgoing.signatures = {h: v for h, v in laptop_side.signatures[family_id].items()
                               if h not in signed_on_server}
        if key is not None:
            outgoing = _sealed(outgoing, key)
    pushed = _push(ss, server_row, outgoing, team=team, check=key is None) \
        if outgoing is not None else 0
    if pushed:  # the main chain may have grown
        order, _ = rows.version_index(ss, family_id)
    return _Exchanged(family_id, pushed, None, order,
                      (on_server - on_laptop, _missing(ids_on_server, ids_on_laptop)))


def _missing(have: dict[str, set[str]], other: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: ids - other.get(name, set()) for name, ids in have.items()}


def _checked(rec: VersionRecord, side: str) -> VersionRecord:
    problems = record_problems(rec)
    if problems:
        raise FamilyRefusedError(
            f"Version {rec.number} of family {rec.family_id} on the {side} does not match its "
            f"hash ({problems[0]}); nothing of this family was synced.")
    return rec


def _sealed(out: rows.FamilyRows, key: TeamKeys) -> rows.FamilyRows:
    """The snapshot as the server may see it: checked first, then every family-identifying or
    plan field encrypted with the team key (store/team_crypto.py)."""
    for rec in (*out.main, *out.forks):
        _checked(rec, "laptop")
    sealed = copy.copy(out)
    sealed.family = seal_row(key, "families", out.family)
    sealed.main = [_seal_version(key, r) for r in out.main]
    sealed.forks = [_seal_version(key, r) for r in out.forks]
    for name, _ in rows.CHILD_TABLES:
        setattr(sealed, name, [seal_row(key, name, v) for v in getattr(out, name)])
    return sealed


def _seal_version(key: TeamKeys, rec: VersionRecord) -> VersionRecord:
    # One table name for main and fork versions: the server decides which one a version is.
    return dataclasses.replace(rec, content_json=seal_value(
        key, rec.content_json, table="plan_versions", family_id=rec.family_id,
        row_key=rec.hash, column="content_json"))


def _opened(inc: rows.FamilyRows, key: TeamKeys | None) -> rows.FamilyRows:
    """The server's snapshot decrypted with the team key; a family with a field that does not
    decrypt (changed on the server, moved from another row or family) is refused whole."""
    if key is None:
        if any_sealed(inc.family) or any(is_sealed(r.content_json)
                                         for r in (*inc.main, *inc.forks)):
            raise FamilyRefusedError(
                f"The family {inc.id} is encrypted on the team server with the team key, and "
                "this laptop does not have that key. Join with the operator's join code and "
                "key code; nothing on this laptop was changed.")
        return inc
    try:
        opened = copy.copy(inc)
        opened.family = open_row(key, "families", inc.family)
        opened.main = [_open_version(key, r) for r in inc.main]
        opened.forks = [_open_version(key, r) for r in inc.forks]
        for name, _ in rows.CHILD_TABLES:
            setattr(opened, name, [open_row(key, name, v) for v in getattr(inc, name)])
    except TeamKeyError as exc:
        raise FamilyRefusedError(
            f"Family {inc.id} was refused: {exc}. Nothing of this family was changed on this "
            "laptop; tell the operator.") from None
    return opened


def _open_version(key: TeamKeys, rec: VersionRecord) -> VersionRecord:
    return dataclasses.replace(rec, content_json=open_value(
        key, rec.content_json, table="plan_versions", family_id=rec.family_id,
        row_key=rec.hash, column="content_json"))


def _reseal_old(server: Database, keys: TeamKeys, counts: _Counts) -> int:
    """After a rotation: every field of the team's rows still under an older generation of the
    team key is re-encrypted with the current one (through the server's checked function).
    What the server cannot check (that the new ciphertext holds the same text) the laptops do:
    hashes and signatures are over the plaintext."""
    from vrac_desktop.store.team_crypto import SEALED, generation_of

    moved = 0
    current = f"vrac-e1:{keys.current}."
    with server.session() as ss:
        if ss.execute(text("SELECT to_regproc('vrac_reseal')")).scalar() is None:
            return 0
        for table, (key_col, columns) in SEALED.items():
            family_col = "id" if table == "families" else "family_id"
            ad_table = "plan_versions" if table == "plan_version_forks" else table
            for column in columns:
                found = ss.execute(text(
                    f'SELECT {family_col}, {key_col}, {column} FROM {table} '  # noqa: S608
                    f"WHERE {column} LIKE 'vrac-e1:%' AND {column} NOT LIKE :cur"),
                    {"cur": current + "%"}).all()
                for family_id, row_key, token in found:
                    if generation_of(token) == keys.current:
                        continue
                    try:
                        plain = open_value(keys, token, table=ad_table, family_id=family_id,
                                           row_key=row_key, column=column)
                    except TeamKeyError as exc:
                        counts.problems.append(FamilyProblem(family_id, (
                            f"Not re-encrypted with the new team key: {exc}.")))
                        continue
                    fresh = seal_value(keys, plain, table=ad_table, family_id=family_id,
                                       row_key=row_key, column=column)
                    moved += bool(ss.execute(text(
                        "SELECT vrac_reseal(:t, :f, :k, :c, :o, :n)"),
                        {"t": table, "f": family_id, "k": row_key, "c": column, "o": token,
                         "n": fresh}).scalar())
    return moved


def _take_grants(local: Database, server: Database, *, team: str, signer: Signer | None
                 ) -> TeamKeys | None:
    """The team's keys this laptop holds, with any newer generation the operator granted to
    this coach since (``server rotate-team-key``), opened with this laptop's signing key."""
    from vrac_desktop.store.server_credentials import remember_team_keys, team_keys
    from vrac_desktop.store.team_crypto import open_grant

    keys = team_keys(local, team)
    if keys is None or signer is None:
        return keys
    with server.session() as ss:
        if ss.execute(text("SELECT to_regclass('vrac_team_key_grants')")).scalar() is None:
            return keys
        grants = ss.execute(text(
            "SELECT generation, holder, grant_data FROM vrac_team_key_grants WHERE team = :t "
            "AND holder = session_user AND generation > :g ORDER BY generation"),
            {"t": team, "g": keys.current}).all()
    for generation, holder, data in grants:
        keys = keys.with_key(int(generation), open_grant(
            signer.identity.private_key, data, team=team, generation=int(generation),
            holder=str(holder)))
    if grants:
        remember_team_keys(local, team, keys)
    return keys


def _push(ss: Session, row: FamilyRow | None, out: rows.FamilyRows, *, team: str,
          check: bool = True) -> int:
    if row is None:
        if ss.get(ErasureRow, out.id) is not None:
            raise FamilyRefusedError(
                f"The family {out.id} was erased on the server (on request or by retention); "
                "it was not sent again. The next sync erases it on this laptop too.")
        values = {k: v for k, v in out.family.items()
                  if k not in ("head_number", "head_hash", "team")}
        row = FamilyRow(**values, team=team, head_number=0, head_hash=GENESIS_HASH)
        ss.add(row)
        ss.flush()
    elif out.family["updated_at"] > row.updated_at:
        for name in rows.FAMILY_FIELDS:
            setattr(row, name, out.family[name])
    count = _add_children(ss, out)
    # Main-chain versions first at equal numbers: the laptop's own line is offered first.
    ordered = sorted([(r.number, 0, r) for r in out.main] + [(r.number, 1, r) for r in out.forks],
                     key=lambda t: (t[0], t[1], t[2].hash))
    for _, _, rec in ordered:
        if check:
            _checked(rec, "laptop")
        if rec.number == row.head_number + 1 and rec.prev_hash == row.head_hash:
            rows.add_main_version(ss, rec)
            row.head_number, row.head_hash = rec.number, rec.hash
        else:
            rows.add_fork_version(ss, rec)
        count += 1
    ss.flush()
    count += rows.add_signatures(ss, out.id, out.signatures)
    return count


def _add_children(session: Session, snapshot: rows.FamilyRows) -> int:
    """One multi-row INSERT per table (in CHILD_TABLES order: meetings before what refers
    to them), not one ORM object per row."""
    count = 0
    session.flush()
    for name, model in rows.CHILD_TABLES:
        values = getattr(snapshot, name)
        if values:
            session.execute(insert(model), values)
            count += len(values)
    return count


def _authentic(rec: VersionRecord, inc: rows.FamilyRows, signatures: dict[str, tuple[str, str]],
               pins: Pinned | None) -> VersionRecord:
    """The record, if a pinned certificate of the team signed it; else the family is refused."""
    if pins is None:
        return rec
    signer, signature = signatures.get(rec.hash, (None, None))
    why = pins.check(version_message(rec.hash), signer, signature)
    if why is not None:
        raise FamilyRefusedError(
            f"Version {rec.number} ({rec.hash[:12]}) of family {rec.family_id}, created by "
            f"'{rec.created_by}' and written to the server by account "
            f"'{inc.writers.get(rec.hash) or 'unknown'}', was refused: {why}. Nothing of this "
            "family was changed on this laptop; tell the operator.")
    return rec


def _apply(ls: Session, inc: rows.FamilyRows, order: list[str], *,
           pins: Pinned | None = None) -> int:
    """Make the laptop's family what the server has, keeping the laptop's own versions."""
    family_id = inc.id
    known_signatures = {**rows.signatures_of(ls, family_id), **inc.signatures} \
        if pins is not None else {}
    for rec in (*inc.main, *inc.forks):
        _authentic(_checked(rec, "server"), inc, known_signatures, pins)
    if pins is not None:
        for name, _ in rows.CHILD_TABLES:
            for values in getattr(inc, name):
                digest = row_digest(name, values)
                why = pins.check(row_message(digest), *known_signatures.get(digest, (None, None)))
                if why is not None:
                    raise FamilyRefusedError(
                        f"A {name[:-1]} ({values['id']}) of family {family_id}, written to the "
                        f"server by account '{values.get('written_by') or 'unknown'}', was "
                        f"refused: {why}. Nothing of this family was changed on this laptop; "
                        "tell the operator.")
    row = ls.get(FamilyRow, family_id)
    if row is None:
        row = FamilyRow(**{**inc.family, "head_number": 0, "head_hash": GENESIS_HASH})
        ls.add(row)
        ls.flush()
    else:
        row.team = inc.family["team"]
        if inc.family["updated_at"] > row.updated_at:
            for name in rows.FAMILY_FIELDS:
                setattr(row, name, inc.family[name])
    count = _add_children(ls, inc)
    arriving = {r.hash: _checked(r, "server") for r in (*inc.main, *inc.forks)}
    mine = list(ls.scalars(select(PlanVersionRow).where(PlanVersionRow.family_id == family_id)
                           .order_by(PlanVersionRow.number)))
    common = 0
    while common < min(len(mine), len(order)) and mine[common].hash == order[common]:
        common += 1
    if common < len(order):
        # The server's chain went another way: the laptop's own versions after the common
        # part lost the race for their numbers. They become forks (a second head), unchanged.
        for version in mine[common:]:
            rows.demote_to_fork(ls, version)
        for hash_ in order[common:]:
            found = arriving.get(hash_)
            writer = inc.writers.get(hash_)
            if found is not None:
                rec = found
            else:  # the laptop had it as a fork already
                fork = rows.fork_row(ls, family_id, hash_)
                if fork is None:
                    raise FamilyRefusedError(
                        f"Version {hash_[:8]} of family {family_id} is on neither side; the "
                        "family was not synced.")
                rec, writer = rows.record_of(fork), fork.written_by
                ls.delete(fork)
                ls.flush()
            rows.add_main_version(ls, rec, writer)
            count += 1
    # else: the laptop's chain continues the server's (versions saved since the push); they
    # stay and go to the server with the next sync.
    have = rows.version_hashes(ls, family_id) if inc.forks else set()
    for rec in inc.forks:
        if rec.hash not in have:
            rows.add_fork_version(ls, rec, inc.writers.get(rec.hash))
            count += 1
    ls.flush()
    count += rows.add_signatures(ls, family_id, inc.signatures)
    row.head_number, row.head_hash = rows.head_of(ls, family_id)
    return count


def _families_with_heads(session: Session) -> set[str]:
    """Families with more than one head (only families with forks can have two)."""
    forks: dict[str, list[VersionRecord]] = {}
    for fork in session.scalars(select(PlanVersionForkRow)):
        forks.setdefault(fork.family_id, []).append(rows.record_of(fork))
    split = set()
    for family_id, family_forks in forks.items():
        main = [rows.record_of(r) for r in repo.version_rows(session, family_id)]
        if len(heads(main, family_forks)) > 1:
            split.add(family_id)
    return split


# --- joining a team ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Joined:
    url: str  # without password: for settings
    team: str
    account: str
    ca_file: Path | None  # the server's CA from the join code, kept in the data folder
    certificates: int  # team certificates pinned


def join_server(local: Database, *, paths: DataPaths, code: str, signer: Signer,
                key_code: str | None = None) -> Joined:
    """Join a team with the operator's one-time join code: connect with the code's password,
    replace it at once by a new random one that only this laptop keeps (so the code stops
    working), publish this laptop's signing certificate for the coach's teams, and pin the
    team's certificates. Nothing is synced yet."""
    from vrac_desktop.store.database import open_server
    from vrac_desktop.store.server_admin import JoinCode
    from vrac_desktop.store.server_credentials import remember_password, remember_team_keys
    from vrac_desktop.store.team_crypto import WrappedKey, unwrap_team_key

    join = JoinCode.decode(code)
    url = join.url()
    key = None
    if join.wrapped_key is not None:
        if not key_code:
            raise SyncError(
                "This join code carries the team's encryption key: type the key code the "
                "operator gave you with it. Nothing was changed.")
        key = TeamKeys.from_bytes(unwrap_team_key(WrappedKey(**join.wrapped_key), key_code,
                                                  team=join.team))
    ca_file = rows.save_ca(paths.root, join.ca_pem) if join.ca_pem else None
    server = open_server(url, join.password, ca_file=str(ca_file) if ca_file else None)
    try:
        fresh = secrets.token_urlsafe(32)
        remember_password(local, url, fresh)
        try:
            with server.engine.begin() as conn:
                conn.exec_driver_sql(
                    "ALTER ROLE CURRENT_USER PASSWORD '" + fresh.replace("'", "''") + "'")
        except SQLAlchemyError as exc:
            remember_password(local, url, join.password)
            raise SyncError(
                f"The server did not let this laptop set its own password "
                f"({_first_line(exc)}); the join code still works, try again.") from None
        try:
            with server.engine.begin() as conn:
                conn.execute(text("SELECT vrac_register_certificate(:f, :p)"),
                             {"f": signer.fingerprint, "p": signer.pem})
        except DBAPIError as exc:
            raise SyncError(
                f"The server did not accept this laptop's signing certificate "
                f"({_first_line(exc)}). The operator can allow a new one with `server "
                "allow-new-certificate`.") from None
        pinned = pin_certificates(local, server, team=join.team)
        if key is not None:
            remember_team_keys(local, join.team, key)
    finally:
        server.dispose()
    return Joined(url, join.team, join.user, ca_file, pinned)
