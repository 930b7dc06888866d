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
* **One transaction per batch of families per side** (8, 16, ... up to 256 families): the
  server's (the batch's family rows locked, so two laptops syncing the same family take
  turns), then the laptop's. What each family needs is decided in Python and the batch is
  written with one statement per table; a refused family rolls back alone (its checks fail
  before anything is written; if the database refuses the batch, its families are written
  again each in its own savepoint: ``_write_all``).
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
  row-level security, store/server_security.py) and erasures go through its checked function.

Threading: ``sync`` is synchronous and may run on a worker thread; per the ``Database``
rule it opens its own sessions. ``progress(done, total)`` is called on that thread (a GUI
forwards it with a queued signal); setting ``cancel`` stops between two families.

Modules: this one runs a sync (batches, progress, cancel, the run's record) and reports the
status; services/sync_family.py exchanges one family inside a batch (what each side lacks,
sending it, checking and applying what arrives, forks); services/sync_sealing.py encrypts
and decrypts plan content with the team key and takes new key generations;
services/sync_trust.py signs this laptop's versions and erasures, pins the team's
certificates and syncs the erasure register; services/sync_join.py joins a team with a join
code; services/sync_results.py holds what a sync reports (results, status, problems, errors).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message, message_of
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.sync_family import (
    Exchanged,
    Known,
    apply_incoming,
    check_incoming,
    exchange_family,
    families_with_heads,
    missing_ids,
    planned_apply,
)
from vrac_desktop.services.sync_results import (
    Counts,
    FamilyProblem,
    FamilyRefusedError,
    Progress,
    SyncError,
    SyncResult,
    SyncStatus,
    first_line,
    from_server,
)
from vrac_desktop.services.sync_sealing import opened_rows, reseal_old, take_grants
from vrac_desktop.services.sync_trust import publish_own, refresh_pins, sign_own, sync_erasures
from vrac_desktop.store import repository as repo
from vrac_desktop.store import server as rows
from vrac_desktop.store.database import Database
from vrac_desktop.store.models import ErasureRow, FamilyRow, SyncRunRow
from vrac_desktop.store.provenance import Pinned, Signer
from vrac_desktop.store.team_crypto import TeamKeys


def sync(local: Database, server: Database, *, team: str, actor: str, server_name: str = "",
         progress: Progress | None = None, cancel: threading.Event | None = None,
         signer: Signer | None = None) -> SyncResult:
    """Push the laptop's new data to the server and pull the team's, family by family.
    ``signer``: this laptop's signing key; its own new versions and erasures are signed with
    it before they leave."""
    run_id = _start_run(local, server_name)
    counts = Counts()
    erased = 0
    done = total = 0
    cancelled = False
    with local.session() as s:
        concurrent_before = repo.concurrent_evaluation_ids(s)
    try:
        if signer is not None:
            sign_own(local, signer)
        pins = refresh_pins(local, server, team=team)
        key = take_grants(local, server, team=team, signer=signer)
        if pins is not None and signer is not None and signer.fingerprint not in pins.certs:
            pins = publish_own(local, server, team=team, signer=signer, counts=counts)
        erased = sync_erasures(local, server, actor=actor, pins=pins, counts=counts)
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
                if from_server(exc):
                    raise SyncError(
                        message(QT_TRANSLATE_NOOP(
                            "CoreMessages", "The connection broke during sync (%1). %2 of %3 "
                            "families were synced; the rest will be synced next time. Nothing was "
                            "lost."), first_line(exc), done,
                            total)) from None
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
        counts.pushed += reseal_old(server, key, counts)
    with local.session() as s:
        split = families_with_heads(s)
        concurrent_now = repo.concurrent_evaluation_ids(s) - concurrent_before
    problems = _named(local, counts.problems)
    _finish_run(local, run_id, done, counts,
                error="; ".join(p.message for p in problems)[:2000])
    return SyncResult(
        families=done, pushed=counts.pushed, pulled=counts.pulled, erased=erased,
        two_heads=tuple(sorted(split)), problems=tuple(problems), cancelled=cancelled,
        concurrent_evaluations=tuple(sorted({fid for fid, _ in concurrent_now})),
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
        split = families_with_heads(s)
    return SyncStatus(
        last_sync_at=datetime.fromisoformat(finished.finished_at)
        if finished is not None and finished.finished_at else None,
        last_error=last.error if last is not None else "",
        interrupted=last is not None and last.finished_at is None,
        pending=pending,
        two_heads=len(split),
    )


def _not_now(family_id: str, exc: SQLAlchemyError, *, side: str) -> FamilyProblem:
    """A family whose rows the database of ``side`` ("server" or "laptop") refused: only
    that family's savepoint rolled back; the rest of the batch was written."""
    reason = first_line(exc)
    if "row-level security" in reason or "permission denied" in reason:
        return FamilyProblem(family_id, message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The team server refused family %1: your account is not (or no "
            "longer) in its team (%2). Nothing was lost: nothing of it was "
            "changed on either side."), family_id, reason))
    return FamilyProblem(family_id, message(QT_TRANSLATE_NOOP(
        "CoreMessages", "Family %1 could not be synced: %2. Nothing was lost: nothing of it was "
        "changed on the team server, and it will be tried again at the next sync.")
        if side == "server" else QT_TRANSLATE_NOOP(
        "CoreMessages", "Family %1 could not be synced: %2. Nothing was lost: nothing of it was "
        "changed on this laptop, and it will be tried again at the next sync."),
        family_id, reason))


def _named(local: Database, problems: list[FamilyProblem]) -> list[FamilyProblem]:
    """Each family's problem led by the family's name on this laptop, where it has the
    family: the Sync panel shows the messages only, and a coach knows a family by its name,
    not its id."""
    ids = {p.family_id for p in problems if p.family_id}
    if not ids:
        return problems
    with local.session() as s:
        names = dict(s.execute(select(FamilyRow.id, FamilyRow.display_name)
                               .where(FamilyRow.id.in_(ids))).all())
    return [FamilyProblem(p.family_id, message(QT_TRANSLATE_NOOP(
        "CoreMessages", "%1: %2"), names[p.family_id], p.message))
            if names.get(p.family_id) else p for p in problems]


def _start_run(local: Database, server_name: str) -> int:
    with local.session() as s:
        run = SyncRunRow(server=server_name[:500], started_at=repo.now_iso(), families=0,
                         pushed=0, pulled=0, heads=0, error="")
        s.add(run)
        s.flush()
        return run.id


def _finish_run(local: Database, run_id: int, done: int, counts: Counts, *, error: str) -> None:
    with local.session() as s:
        s.execute(update(SyncRunRow).where(SyncRunRow.id == run_id).values(
            finished_at=repo.now_iso(), families=done, pushed=counts.pushed,
            pulled=counts.pulled, heads=len(families_with_heads(s)), error=error))


def _families_to_sync(local: Database, server: Database, *, team: str) -> list[str]:
    with local.session() as s:
        teams = dict(s.execute(select(FamilyRow.id, FamilyRow.team)).all())
        mine = rows.fingerprints(s, family_ids=[f for f, t in teams.items() if t in ("", team)])
    with server.session() as s:
        theirs = rows.fingerprints(s, team=team)
    differ = {fid for fid, fp in mine.items() if theirs.get(fid) != fp}
    differ |= theirs.keys() - teams.keys()
    with local.session() as s:
        # Equal on both sides is in sync, also when this version of the app reckons the
        # fingerprint differently from the one that last recorded it (else it stays pending).
        synced = rows.synced_fingerprints(s)
        rows.mark_synced(s, {fid: fp for fid, fp in mine.items()
                             if fid not in differ and synced.get(fid) != fp})
    return sorted(differ)


# Families go in batches: one transaction per batch on each side (one commit and one fsync
# for many families) instead of one per family. The first batches are small so a user sees
# progress at once; then they grow. A family refused or failing on one side is left out
# alone and the rest of its batch still goes through (``_write_all``).
FIRST_BATCH = 8


LARGEST_BATCH = 256


def _batch_sizes() -> Iterator[int]:
    size = FIRST_BATCH
    while True:
        yield size
        size = min(2 * size, LARGEST_BATCH)


def _sync_batch(local: Database, server: Database, batch: list[str], *, run_id: int, done: int,
                team: str, pins: Pinned | None, key: TeamKeys | None, counts: Counts,
                cancel: threading.Event | None = None) -> list[str]:
    """Sync ``batch``: the server's side in one transaction, then the laptop's in one.
    Returns the families it went through: ``cancel`` stops it between two families.
    A kill between the two leaves the server ahead; the next sync finds the laptop's
    fingerprints differ and pulls what is missing (by hash and id, never twice)."""
    exchanged: list[Exchanged] = []
    handled: list[str] = []
    with server.session() as ss, local.session() as reader:
        # Both sides' state of the whole batch in a few queries (the server's family rows
        # locked, so two laptops syncing the same families take turns; always in id order).
        families = rows.table_of(FamilyRow)
        on_server = {r["id"]: dict(r) for r in ss.execute(
            select(families).where(families.c.id.in_(batch)).order_by(families.c.id)
            .with_for_update()).mappings()}
        erased = set(ss.scalars(select(ErasureRow.family_id)
                                .where(ErasureRow.family_id.in_(batch))))
        server_side = Known.read(ss, batch)
        laptop_side = Known.read(reader, batch)
        outgoing = {fid: snap for fid, snap in rows.read_families(reader, {
            fid: (laptop_side.versions[fid][1] - server_side.versions[fid][1],
                  missing_ids(laptop_side.ids[fid], server_side.ids[fid]))
            for fid in batch}).items() if snap is not None}
        planned: list[Exchanged] = []
        for family_id in batch:
            if cancel is not None and cancel.is_set():
                break
            handled.append(family_id)
            try:
                planned.append(exchange_family(
                    family_id, on_server.get(family_id), outgoing.get(family_id),
                    erased=family_id in erased, team=team, key=key, server_side=server_side,
                    laptop_side=laptop_side))
            except FamilyRefusedError as exc:
                counts.problems.append(FamilyProblem(family_id, message_of(exc)))
        written = _write_all(ss, [(ex.family_id, ex.writes) for ex in planned], counts,
                             side="server")
        exchanged = [ex for ex in planned if ex.family_id in written]
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
        # write), so the savepoints below nest in it and the batch commits once (one fsync).
        ls.execute(update(SyncRunRow).where(SyncRunRow.id == run_id).values(families=done))
        ids = [ex.family_id for ex in incoming]
        here = {r["id"]: dict(r) for r in ls.execute(
            select(families).where(families.c.id.in_(ids))).mappings()}
        versions_here = rows.version_indexes(ls, ids)
        quick: list[tuple[str, rows.Writes]] = []
        slow: list[tuple[rows.FamilyRows, list[str]]] = []
        for ex in incoming:
            assert ex.incoming is not None
            try:
                opened = opened_rows(ex.incoming, key)
                check_incoming(opened, laptop_side.signatures.get(ex.family_id, {}), pins=pins)
            except FamilyRefusedError as exc:
                counts.problems.append(FamilyProblem(ex.family_id, message_of(exc)))
                continue
            writes = planned_apply(opened, ex.order, here.get(ex.family_id),
                                   versions_here[ex.family_id])
            if writes is None:
                slow.append((opened, ex.order))
            else:
                quick.append((ex.family_id, writes))
        applied = _write_all(ls, quick, counts, side="laptop")
        counts.pulled += sum(w.added for fid, w in quick if fid in applied)
        for opened, order in slow:  # the chains went different ways: versions move
            try:
                with ls.begin_nested():
                    counts.pulled += apply_incoming(ls, opened, order)
                applied.add(opened.id)
            except FamilyRefusedError as exc:
                counts.problems.append(FamilyProblem(opened.id, message_of(exc)))
            except SQLAlchemyError as exc:
                counts.problems.append(_not_now(opened.id, exc, side="laptop"))
        if applied:
            ls.flush()
            rows.mark_synced(ls, rows.fingerprints(ls, family_ids=applied))
    return handled


def _write_all(session: Session, planned: list[tuple[str, rows.Writes]], counts: Counts, *,
               side: str) -> set[str]:
    """Write every family's rows of a batch at once, in one savepoint; if the database refuses
    any, write them again family by family, each in its own savepoint, so one refused family
    rolls back alone and is reported. The same on both sides: the server's PostgreSQL
    (row-level security, a version number taken meanwhile, ...) and the laptop's SQLCipher (a
    row its constraints refuse: tests/server/test_laptop_batch_refusal.py); ``side``
    ("server" or "laptop") says which in the report. Returns the families written."""
    if not planned:
        return set()
    together = rows.Writes()
    for _, writes in planned:
        together.extend(writes)
    try:
        with session.begin_nested():
            together.write(session)
        return {family_id for family_id, _ in planned}
    except OperationalError as exc:
        if from_server(exc):
            raise
    except SQLAlchemyError:
        pass
    written = set()
    for family_id, writes in planned:
        try:
            with session.begin_nested():
                writes.write(session)
            written.add(family_id)
        except OperationalError as exc:
            if from_server(exc):
                raise
            counts.problems.append(_not_now(family_id, exc, side=side))
        except SQLAlchemyError as exc:
            counts.problems.append(_not_now(family_id, exc, side=side))
    return written
