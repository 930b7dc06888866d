"""One family's exchange inside a sync batch: what each side lacks, and both directions.

Called by services/sync.py with the batch's rows of both sides already read. Outgoing: the
versions, forks, meetings, ratings, evaluations and signatures the server lacks are sealed
with the team key (services/sync_sealing.py) and added, never changed; a version whose
number is taken becomes a fork. Incoming: every version is checked against its hash and,
with pinned certificates, its signature (store/provenance.py) before anything of the family
is stored; a laptop whose offline versions lost the race moves them to its forks. A family
that fails any check raises ``FamilyRefusedError`` and rolls back alone (its savepoint).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vrac_desktop.domain.history import GENESIS_HASH, VersionRecord, heads
from vrac_desktop.services.sync_results import FamilyRefusedError
from vrac_desktop.services.sync_sealing import checked_record, sealed_rows
from vrac_desktop.store import repository as repo
from vrac_desktop.store import server as rows
from vrac_desktop.store.models import ErasureRow, FamilyRow, PlanVersionForkRow, PlanVersionRow
from vrac_desktop.store.provenance import Pinned, row_digest, row_message, version_message
from vrac_desktop.store.team_crypto import TeamKeys


@dataclass
class Exchanged:
    family_id: str
    pushed: int
    incoming: rows.FamilyRows | None
    order: list[str]
    wanted: rows.Wanted = (None, None)  # what the laptop lacks: version hashes, child ids


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


def exchange_family(ss: Session, family_id: str, outgoing: rows.FamilyRows | None, *, team: str,
                    key: TeamKeys | None, server_side: Known, laptop_side: Known) -> Exchanged:
    """Push one family's new rows (``outgoing``, None if the laptop has no such family) to
    the server in ``ss``, and say what the laptop lacks. The family's server row is already
    locked and both sides' state read (``Known``)."""
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
            outgoing = sealed_rows(outgoing, key)
    pushed = _push(ss, server_row, outgoing, team=team, check=key is None) \
        if outgoing is not None else 0
    if pushed:  # the main chain may have grown
        order, _ = rows.version_index(ss, family_id)
    return Exchanged(family_id, pushed, None, order,
                     (on_server - on_laptop, missing_ids(ids_on_server, ids_on_laptop)))


def missing_ids(have: dict[str, set[str]], other: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: ids - other.get(name, set()) for name, ids in have.items()}


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
            checked_record(rec, "laptop")
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


def apply_incoming(ls: Session, inc: rows.FamilyRows, order: list[str], *,
                   pins: Pinned | None = None) -> int:
    """Make the laptop's family what the server has, keeping the laptop's own versions."""
    family_id = inc.id
    known_signatures = {**rows.signatures_of(ls, family_id), **inc.signatures} \
        if pins is not None else {}
    for rec in (*inc.main, *inc.forks):
        _authentic(checked_record(rec, "server"), inc, known_signatures, pins)
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
    arriving = {r.hash: checked_record(r, "server") for r in (*inc.main, *inc.forks)}
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
