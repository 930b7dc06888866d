"""One family's exchange inside a sync batch: what each side lacks, and both directions.

Called by services/sync.py with the batch's rows of both sides already read. Nothing here
writes: each family's exchange is decided in Python and returned as ``rows.Writes``, which
sync.py writes for the whole batch at once (one multi-row INSERT per table) or, if the
database refuses something, family by family in savepoints. Outgoing: the versions, forks,
meetings, ratings, evaluations and signatures the server lacks are sealed with the team key
(services/sync_sealing.py) and added, never changed; the main-chain rule decides each
version from the server's locked family row (a version whose number is taken becomes a
fork). Incoming: every version is checked against its hash and, with pinned certificates,
its signature (store/provenance.py) before anything of the family is stored; a laptop whose
offline versions lost the race moves them to its forks (``apply_incoming``, in the family's
own savepoint). A family that fails any check raises ``FamilyRefusedError`` and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vrac_desktop.domain.history import GENESIS_HASH, VersionRecord, heads
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.services.sync_results import FamilyRefusedError
from vrac_desktop.services.sync_sealing import checked_record, sealed_rows
from vrac_desktop.store import repository as repo
from vrac_desktop.store import server as rows
from vrac_desktop.store.models import FamilyRow, PlanVersionForkRow, PlanVersionRow
from vrac_desktop.store.provenance import Pinned, row_digest, row_message, version_message
from vrac_desktop.store.team_crypto import TeamKeys


@dataclass
class Exchanged:
    family_id: str
    pushed: int
    incoming: rows.FamilyRows | None
    order: list[str]
    wanted: rows.Wanted = (None, None)  # what the laptop lacks: version hashes, child ids
    writes: rows.Writes = field(default_factory=rows.Writes)  # what the server lacks


@dataclass
class Known:
    """One side's versions, child rows and signatures of a batch of families."""
    versions: dict[str, tuple[list[str], set[str]]]
    ids: dict[str, dict[str, set[str]]]
    signatures: dict[str, dict[str, tuple[str, str]]]

    @classmethod
    def read(cls, session: Session, batch: list[str]) -> Known:
        return cls(rows.version_indexes(session, batch), rows.children_ids(session, batch),
                   rows.signatures_many(session, batch))


def exchange_family(family_id: str, server_row: dict[str, Any] | None, outgoing:
                    rows.FamilyRows | None, *, erased: bool, team: str, key: TeamKeys | None,
                    server_side: Known, laptop_side: Known) -> Exchanged:
    """What the server lacks of one family (``outgoing``, None if the laptop has no such
    family) and what the laptop lacks. ``server_row``: the family's row on the server, locked
    by the caller (None: not there); ``erased``: the server's register lists the family."""
    if server_row is not None and server_row["team"] != team:
        raise FamilyRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The family %1 belongs to another team on the server; it was not "
                "synced."), family_id))
    order, on_server = server_side.versions[family_id]
    ids_on_server = server_side.ids[family_id]
    signed_on_server = set(server_side.signatures[family_id])
    on_laptop: set[str] = set()
    ids_on_laptop: dict[str, set[str]] = {}
    writes = rows.Writes()
    if outgoing is not None:
        _, on_laptop = laptop_side.versions[family_id]
        ids_on_laptop = laptop_side.ids[family_id]
        outgoing.signatures = {h: v for h, v in laptop_side.signatures[family_id].items()
                               if h not in signed_on_server}
        if key is not None:
            outgoing = sealed_rows(outgoing, key)
        writes, added = _push(server_row, outgoing, erased=erased, team=team,
                              check=key is None)
        order = order + added  # the main chain grew by these
    return Exchanged(family_id, writes.added, None, order,
                     (on_server - on_laptop, missing_ids(ids_on_server, ids_on_laptop)), writes)


def missing_ids(have: dict[str, set[str]], other: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: ids - other.get(name, set()) for name, ids in have.items()}


def _push(row: dict[str, Any] | None, out: rows.FamilyRows, *, erased: bool, team: str,
          check: bool = True) -> tuple[rows.Writes, list[str]]:
    """The server's writes for ``out`` and the hashes that join its main chain, in order."""
    writes = rows.Writes()
    if row is None:
        if erased:
            raise FamilyRefusedError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The family %1 was erased on the server (on request or by "
                    "retention); it was not sent again. The next sync erases it on this laptop "
                    "too."), out.id))
        head = (0, GENESIS_HASH)
        changed = {k: v for k, v in out.family.items() if k != "team"}
    else:
        head = (row["head_number"], row["head_hash"])
        changed = {name: out.family[name] for name in rows.FAMILY_FIELDS} \
            if out.family["updated_at"] > row["updated_at"] else {}
    for name, _ in rows.CHILD_TABLES:
        writes.children[name] = list(getattr(out, name))
    # Main-chain versions first at equal numbers: the laptop's own line is offered first.
    ordered = sorted([(r.number, 0, r) for r in out.main] + [(r.number, 1, r) for r in out.forks],
                     key=lambda t: (t[0], t[1], t[2].hash))
    added: list[str] = []
    for _, _, rec in ordered:
        if check:
            checked_record(rec, "laptop")
        main = rec.number == head[0] + 1 and rec.prev_hash == head[1]
        writes.add_version(rec, fork=not main, written_by=None)  # the server sets written_by
        if main:
            head = (rec.number, rec.hash)
            added.append(rec.hash)
    if row is None:
        writes.families.append({**changed, "team": team, "head_number": head[0],
                                "head_hash": head[1]})
    else:
        if head != (row["head_number"], row["head_hash"]):
            changed.update(head_number=head[0], head_hash=head[1])
        if changed:
            writes.family_updates.append({"id": out.id, **changed})
    writes.add_signatures(out.id, out.signatures)
    return writes, added


def _authentic(rec: VersionRecord, inc: rows.FamilyRows, signatures: dict[str, tuple[str, str]],
               pins: Pinned | None) -> VersionRecord:
    """The record, if a pinned certificate of the team signed it; else the family is refused."""
    if pins is None:
        return rec
    signer, signature = signatures.get(rec.hash, (None, None))
    why = pins.check(version_message(rec.hash), signer, signature)
    if why is not None:
        raise FamilyRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "Version %1 (%2) of family %3, created by '%4' and written to the "
                "server by account '%5', was refused: %6. Nothing was lost: nothing of this "
                "family was changed on this laptop; tell the operator."),
                rec.number, rec.hash[:12], rec.family_id, rec.created_by,
                inc.writers.get(rec.hash) or 'unknown', why))
    return rec


def check_incoming(inc: rows.FamilyRows, signed_here: dict[str, tuple[str, str]], *,
                   pins: Pinned | None) -> None:
    """Every arriving version against its hash and, with pinned certificates, every version
    and row against its author signature (``signed_here``: the signatures this laptop already
    has of the family). Raises ``FamilyRefusedError`` at the first that fails."""
    known_signatures = {**signed_here, **inc.signatures} if pins is not None else {}
    for rec in (*inc.main, *inc.forks):
        _authentic(checked_record(rec, "server"), inc, known_signatures, pins)
    if pins is None:
        return
    for name, _ in rows.CHILD_TABLES:
        for values in getattr(inc, name):
            digest = row_digest(name, values)
            why = pins.check(row_message(digest), *known_signatures.get(digest, (None, None)))
            if why is not None:
                raise FamilyRefusedError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "A %1 (%2) of family %3, written to the server by account "
                        "'%4', was refused: %5. Nothing was lost: nothing of this family was "
                        "changed on this laptop; tell the operator."),
                        name[:-1], values['id'], inc.id,
                        values.get('written_by') or 'unknown', why))


def planned_apply(inc: rows.FamilyRows, order: list[str], here: dict[str, Any] | None,
                  versions_here: tuple[list[str], set[str]]) -> rows.Writes | None:
    """The laptop's writes that make its family what the server has (``inc``, checked, and
    the server's main chain ``order``), when its own main chain is a start of the server's or
    continues it: the usual case, decided without a query. ``here``: the laptop's family row
    (None: new), ``versions_here``: its main chain's hashes and all its version hashes.
    None when the chains went different ways: then ``apply_incoming`` moves versions."""
    mine, have = versions_here
    head = (here["head_number"], here["head_hash"]) if here is not None else (0, GENESIS_HASH)
    if head[1] != (mine[-1] if mine else GENESIS_HASH):
        return None
    common = 0
    while common < min(len(mine), len(order)) and mine[common] == order[common]:
        common += 1
    if common < len(mine) and common < len(order):
        return None
    writes = rows.Writes()
    for name, _ in rows.CHILD_TABLES:
        writes.children[name] = list(getattr(inc, name))
    arriving = {r.hash: r for r in inc.main}
    for hash_ in order[common:]:
        rec = arriving.get(hash_)
        if rec is None:  # the laptop has it as a fork: apply_incoming promotes it
            return None
        writes.add_version(rec, fork=False, written_by=inc.writers.get(hash_))
        head = (rec.number, rec.hash)
    for rec in inc.forks:
        if rec.hash not in have:
            writes.add_version(rec, fork=True, written_by=inc.writers.get(rec.hash))
    if here is None:
        writes.families.append({**inc.family, "head_number": head[0], "head_hash": head[1]})
    else:
        changed: dict[str, Any] = {}
        if here["team"] != inc.family["team"]:
            changed["team"] = inc.family["team"]
        if inc.family["updated_at"] > here["updated_at"]:
            changed.update({name: inc.family[name] for name in rows.FAMILY_FIELDS})
        if head != (here["head_number"], here["head_hash"]):
            changed.update(head_number=head[0], head_hash=head[1])
        if changed:
            writes.family_updates.append({"id": inc.id, **changed})
    writes.add_signatures(inc.id, inc.signatures)
    return writes


def apply_incoming(ls: Session, inc: rows.FamilyRows, order: list[str]) -> int:
    """Make the laptop's family what the server has (``inc``, checked by ``check_incoming``),
    keeping the laptop's own versions: those that lost the race for their numbers become
    forks, and a fork of the laptop that joined the server's main chain moves there."""
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
    children = rows.Writes()
    for name, _ in rows.CHILD_TABLES:
        children.children[name] = list(getattr(inc, name))
    ls.flush()
    children.write(ls)
    count = children.added
    arriving = {r.hash: r for r in (*inc.main, *inc.forks)}
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
                        message(QT_TRANSLATE_NOOP(
                            "CoreMessages", "Version %1 of family %2 is on neither side; the "
                            "family was not synced."), hash_[:8], family_id))
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


def families_with_heads(session: Session) -> set[str]:
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
