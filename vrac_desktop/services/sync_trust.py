"""Authenticated history during sync: signing, pinned certificates and the erasure register.

Before sending, ``sign_own`` signs this laptop's own versions, meetings, ratings,
evaluations and erasures that carry no signature yet (store/provenance.py; it only adds
signature rows). ``pin_certificates`` pins the certificates the server publishes for the
team (at join); ``refresh_pins`` takes the server's news at every sync (new coaches'
certificates, revocations); ``publish_own`` publishes this laptop's certificate when the
team does not know it yet (allowed once after the operator's ``server
allow-new-certificate``). ``sync_erasures`` makes both erasure registers the union of the
two, erasing the data they name; on a laptop that joined, an erasure from the server must be
signed by a pinned certificate.
"""

from __future__ import annotations

from sqlalchemy import insert, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.services.sync_results import Counts, FamilyProblem, first_line, from_server
from vrac_desktop.store import repository as repo
from vrac_desktop.store import server as rows
from vrac_desktop.store.database import Database
from vrac_desktop.store.models import (
    ErasureRow,
    PlanVersionForkRow,
    PlanVersionRow,
    TeamCertificateRow,
    VersionSignatureRow,
)
from vrac_desktop.store.provenance import (
    Pinned,
    Signer,
    erasure_message,
    row_digest,
    row_message,
    version_message,
)


def sign_own(local: Database, signer: Signer) -> int:
    """Sign this laptop's own versions, meetings, ratings and evaluations (never received
    from the server: ``written_by`` is NULL) and erasures that carry no signature yet. Only
    adds signature rows (one multi-row INSERT): versions and rows stay untouched. Returns how
    many were signed."""
    now = repo.now_iso()
    added: list[dict[str, str]] = []

    def sign(digest: str, family_id: str, message: bytes) -> None:
        added.append({"hash": digest, "family_id": family_id, "signer": signer.fingerprint,
                      "signature": signer.sign(message), "signed_at": now})
        signed.add(digest)

    with local.session() as s:
        signed = set(s.scalars(select(VersionSignatureRow.hash)))
        for model in (PlanVersionRow, PlanVersionForkRow):
            for hash_, family_id in s.execute(select(model.hash, model.family_id)
                                              .where(model.written_by.is_(None))):
                if hash_ not in signed:
                    sign(hash_, family_id, version_message(hash_))
        for name, model in rows.CHILD_TABLES:
            table = rows.table_of(model)
            for row in s.execute(select(table).where(table.c.written_by.is_(None))).mappings():
                digest = row_digest(name, dict(row))
                if digest not in signed:
                    sign(digest, row["family_id"], row_message(digest))
        if added:
            s.execute(insert(rows.table_of(VersionSignatureRow)), added)
        count = len(added)
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


def refresh_pins(local: Database, server: Database, *, team: str) -> Pinned | None:
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


def publish_own(local: Database, server: Database, *, team: str, signer: Signer,
                counts: Counts) -> Pinned:
    """This laptop signs with a certificate the team does not know yet (a new or imported
    one): publish it, which the server allows once after the operator's
    ``server allow-new-certificate``; else say that the team will refuse what it signs."""
    try:
        with server.engine.begin() as conn:
            conn.execute(text("SELECT vrac_register_certificate(:f, :p)"),
                         {"f": signer.fingerprint, "p": signer.pem})
    except DBAPIError as exc:
        if isinstance(exc, OperationalError) and from_server(exc):
            raise
        counts.problems.append(FamilyProblem("", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "This laptop signs with a certificate (%1, %2) that is not "
            "published for team %3 (%4): the team's "
            "laptops will refuse what it sends. Ask the "
            "operator to run `server "
            "allow-new-certificate` for your account, "
            "then sync again."), signer.name, signer.fingerprint[:12], team, first_line(exc))))
    pin_certificates(local, server, team=team)
    with local.session() as ls:
        return Pinned.of(rows.pinned_pems(ls, team))


def _erasure_values(row: ErasureRow) -> tuple[str, str, str | None, str | None]:
    return row.erased_at, row.actor, row.signer, row.signature


def sync_erasures(local: Database, server: Database, *, actor: str, pins: Pinned | None,
                  counts: Counts) -> int:
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
                counts.problems.append(FamilyProblem(family_id, message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The server lists an erasure of family %1 (by server account "
                    "'%2', %3) that was NOT applied: %4. The family stays on this laptop; tell "
                    "the operator."), family_id, who, at, why)))
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
            if isinstance(exc, OperationalError) and from_server(exc):
                raise
            counts.problems.append(FamilyProblem(family_id, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The server refused the erasure of family %1 (%2); it is erased "
                "on this laptop only."), family_id, first_line(exc))))
    return erased
