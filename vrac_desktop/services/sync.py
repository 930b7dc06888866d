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
* **One transaction per family per side**: the server's batch (its family row locked, so two
  laptops syncing the same family take turns), then the laptop's. A sync stopped anywhere
  (network, crash, SIGKILL) leaves each side with whole families only; the next sync skips
  what already arrived (hashes, ids) and never duplicates anything.
* Every version that arrives is checked against its hashes before it is stored; a family
  with a damaged version is refused whole and reported.

Threading: ``sync`` is synchronous and may run on a worker thread; per the ``Database``
rule it opens its own sessions. ``progress(done, total)`` is called on that thread (a GUI
forwards it with a queued signal); setting ``cancel`` stops between two families.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
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
         progress: Progress | None = None,
         cancel: threading.Event | None = None) -> SyncResult:
    """Push the laptop's new data to the server and pull the team's, family by family."""
    run_id = _start_run(local, server_name)
    counts = _Counts()
    erased = 0
    done = total = 0
    cancelled = False
    try:
        erased = _sync_erasures(local, server, actor=actor)
        todo = _families_to_sync(local, server, team=team)
        total = len(todo)
        for family_id in todo:
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            try:
                pushed, pulled = _sync_family(local, server, family_id, team=team)
                counts.pushed += pushed
                counts.pulled += pulled
            except FamilyRefusedError as exc:
                counts.problems.append(FamilyProblem(family_id, str(exc)))
            except OperationalError as exc:
                if _from_server(exc):
                    raise SyncError(
                        f"The connection broke during sync ({_first_line(exc)}). {done} of "
                        f"{total} families were synced; the rest will be synced next time. "
                        "Nothing was lost.") from None
                counts.problems.append(_not_now(family_id, exc))  # the laptop's db was busy
            except SQLAlchemyError as exc:
                counts.problems.append(_not_now(family_id, exc))
            done += 1
            if progress is not None:
                progress(done, total)
    except BaseException as exc:
        _finish_run(local, run_id, done, counts, error=str(exc) or type(exc).__name__)
        raise
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


def _sync_erasures(local: Database, server: Database, *, actor: str) -> int:
    """Make both erasure registers the union of the two, erasing the data they name."""
    with server.session() as s:
        on_server = {r.family_id: (r.erased_at, r.actor) for r in s.scalars(select(ErasureRow))}
    with local.session() as s:
        on_laptop = {r.family_id: (r.erased_at, r.actor) for r in s.scalars(select(ErasureRow))}
    erased = 0
    for family_id in sorted(on_server.keys() - on_laptop.keys()):
        at, who = on_server[family_id]
        with local.session() as s:
            erased += rows.erase_family(s, family_id=family_id, actor=who, erased_at=at)
            repo.audit(s, actor=actor, action="erased", family_id=family_id, detail="sync")
    for family_id in sorted(on_laptop.keys() - on_server.keys()):
        at, who = on_laptop[family_id]
        with server.session() as s:
            erased += rows.erase_family(s, family_id=family_id, actor=who, erased_at=at)
            repo.audit(s, actor=actor, action="erased", family_id=family_id, detail="sync")
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


def _sync_family(local: Database, server: Database, family_id: str, *,
                 team: str) -> tuple[int, int]:
    with server.session() as ss:
        server_row = ss.scalars(select(FamilyRow).where(FamilyRow.id == family_id)
                                .with_for_update()).one_or_none()
        if server_row is not None and server_row.team != team:
            raise FamilyRefusedError(
                f"The family {family_id} belongs to another team on the server; it was not "
                "synced.")
        order, on_server = rows.version_index(ss, family_id)
        ids_on_server = rows.child_ids(ss, family_id)
        on_laptop: set[str] = set()
        ids_on_laptop: dict[str, set[str]] = {}
        with local.session() as ls:
            outgoing = None
            if ls.get(FamilyRow, family_id) is not None:
                _, on_laptop = rows.version_index(ls, family_id)
                ids_on_laptop = rows.child_ids(ls, family_id)
                outgoing = rows.read_family(ls, family_id, hashes=on_laptop - on_server,
                                            ids=_missing(ids_on_laptop, ids_on_server))
        pushed = _push(ss, server_row, outgoing, team=team) if outgoing is not None else 0
        if pushed:  # the main chain may have grown
            order, _ = rows.version_index(ss, family_id)
        incoming = rows.read_family(ss, family_id, hashes=on_server - on_laptop,
                                    ids=_missing(ids_on_server, ids_on_laptop))
    if incoming is None:  # the server has no such family and nothing to push: nothing to do
        return pushed, 0
    with local.session() as ls:
        pulled = _apply(ls, incoming, order)
        rows.mark_synced(ls, family_id, rows.fingerprints(ls, family_ids=[family_id])[family_id])
    return pushed, pulled


def _missing(have: dict[str, set[str]], other: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: ids - other.get(name, set()) for name, ids in have.items()}


def _checked(rec: VersionRecord, side: str) -> VersionRecord:
    problems = record_problems(rec)
    if problems:
        raise FamilyRefusedError(
            f"Version {rec.number} of family {rec.family_id} on the {side} does not match its "
            f"hash ({problems[0]}); nothing of this family was synced.")
    return rec


def _push(ss: Session, row: FamilyRow | None, out: rows.FamilyRows, *, team: str) -> int:
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
        _checked(rec, "laptop")
        if rec.number == row.head_number + 1 and rec.prev_hash == row.head_hash:
            rows.add_main_version(ss, rec)
            row.head_number, row.head_hash = rec.number, rec.hash
        else:
            rows.add_fork_version(ss, rec)
        count += 1
    ss.flush()
    return count


def _add_children(session: Session, snapshot: rows.FamilyRows) -> int:
    count = 0
    for name, model in rows.CHILD_TABLES:
        for values in getattr(snapshot, name):
            session.add(model(**values))
            count += 1
    session.flush()
    return count


def _apply(ls: Session, inc: rows.FamilyRows, order: list[str]) -> int:
    """Make the laptop's family what the server has, keeping the laptop's own versions."""
    family_id = inc.id
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
            rec = arriving.get(hash_)
            if rec is None:  # the laptop had it as a fork already
                fork = rows.fork_row(ls, family_id, hash_)
                if fork is None:
                    raise FamilyRefusedError(
                        f"Version {hash_[:8]} of family {family_id} is on neither side; the "
                        "family was not synced.")
                rec = rows.record_of(fork)
                ls.delete(fork)
                ls.flush()
            rows.add_main_version(ls, rec)
            count += 1
    # else: the laptop's chain continues the server's (versions saved since the push); they
    # stay and go to the server with the next sync.
    have = rows.version_hashes(ls, family_id) if inc.forks else set()
    for rec in inc.forks:
        if rec.hash not in have:
            rows.add_fork_version(ls, rec)
            count += 1
    ls.flush()
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
