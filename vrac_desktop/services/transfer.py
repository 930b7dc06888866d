"""Export one family in full as JSON, and import such a file (all or nothing)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vrac_desktop import __version__
from vrac_desktop.domain.codec import (
    DecodeError,
    canonical_json,
    from_jsonable,
    sha256_hex,
    to_jsonable,
)
from vrac_desktop.domain.cycle import EvaluationRecord, verify_evaluations
from vrac_desktop.domain.history import GENESIS_HASH, VersionRecord, content_hash, verify_chain
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import Evaluation
from vrac_desktop.domain.transfer import (
    FORMAT,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    ExportedEvaluation,
    ExportedSignature,
    ExportedTransition,
    FamilyExport,
    parse_family_export,
)
from vrac_desktop.domain.voice import valid_value
from vrac_desktop.services.changes import Changes
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import ConflictError
from vrac_desktop.store.files import write_export
from vrac_desktop.store.models import FamilyRow, TeamCertificateRow
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.provenance import Pinned, Signer, fingerprint, version_message
from vrac_desktop.store.repository import StoredTransition
from vrac_desktop.store.server import (
    add_fork_version,
    add_main_version,
    add_signatures,
    fork_records,
    signatures_of,
)
from vrac_desktop.store.signing_keys import trusted_certificates


class ImportRefusedError(ValueError):
    """The file cannot be imported; the message names the problem. Nothing was changed."""


@dataclass(frozen=True)
class ImportResult:
    family_id: str
    display_name: str
    versions: int
    changes: Changes
    # Who signed the history: (signer name, certificate fingerprint, known to this laptop).
    signers: tuple[tuple[str, str, bool], ...] = ()
    unsigned: int = 0  # versions imported without a signature (only with allow_unsigned)


def build_family_export(db: Database, *, family_id: str, actor: str,
                        signer: Signer | None = None) -> FamilyExport:
    """The family in full. With ``signer``, versions not signed yet (made on this laptop and
    never synced) are signed for the export, in memory: an export changes nothing stored."""
    with db.session() as s:
        family = repo.family_from_row(repo.family_row(s, family_id))
        versions = tuple(repo.record_of(r) for r in repo.version_rows(s, family_id))
        forks = tuple(fork_records(s, family_id))
        found = signatures_of(s, family_id)
        pems = {r.fingerprint: r.pem for r in s.scalars(select(TeamCertificateRow))}
        if signer is not None:
            pems[signer.fingerprint] = signer.pem
            for v in (*versions, *forks):
                if v.hash not in found:
                    found[v.hash] = (signer.fingerprint,
                                     signer.sign(version_message(v.hash)))
        export = FamilyExport(
            format=FORMAT, schema_version=SCHEMA_VERSION, exported_at=datetime.now(UTC),
            app_version=__version__, family=family, meetings=tuple(repo.meetings(s, family_id)),
            versions=versions, ratings=tuple(repo.ratings(s, family_id)),
            evaluations=tuple(_exported_evaluation(r)
                              for r in repo.evaluation_records(s, family_id)),
            forks=forks, phases=tuple(repo.phase_history(s, family_id)),
            transitions=tuple(
                ExportedTransition(t.id, t.meeting_id, t.created_at, t.created_by, t.plan,
                                   t.content_hash)
                for t in repo.transition_plans(s, family_id)),
            voices=tuple(repo.voices(s, family_id)),
            signatures=tuple(ExportedSignature(h, signer_fp, sig)
                             for h, (signer_fp, sig) in sorted(found.items())),
            certificates=tuple(sorted({pems[fp] for fp, _ in found.values() if fp in pems})),
        )
        repo.audit(s, actor=actor, action="exported", family_id=family_id, detail="json")
    return export


def _exported_evaluation(rec: EvaluationRecord) -> ExportedEvaluation:
    return ExportedEvaluation(
        content=from_jsonable(Evaluation, json.loads(rec.content_json)), number=rec.number,
        created_at=rec.created_at, created_by=rec.created_by, plan_version=rec.plan_version,
        plan_hash=rec.plan_hash, content_hash=rec.content_hash, prev_hash=rec.prev_hash,
        hash=rec.hash,
    )


def export_family(db: Database, *, family_id: str, path: Path, actor: str,
                  signer: Signer | None = None) -> Path:
    export = build_family_export(db, family_id=family_id, actor=actor, signer=signer)
    data = json.dumps(to_jsonable(export), ensure_ascii=False, indent=1, sort_keys=True)
    # Plaintext outside the data folder: never a partial temporary file beside it.
    write_export(db.paths, path, data.encode("utf-8"))
    return path


def import_family(db: Database, *, path: Path, actor: str, paths: DataPaths | None = None,
                  allow_unsigned: bool = True) -> ImportResult:
    """Import a family export, all or nothing. Every version must carry its author's
    signature, and every signature must verify against the certificate that made it, so a
    history edited and re-hashed after export is refused. A file with no signature at all (from
    before signatures existed, or stripped) is accepted only with ``allow_unsigned``; the
    ``import-family`` command passes False unless ``--allow-unsigned`` is given (its
    ``unsigned`` count says how many versions came in unsigned). The result names the signers
    and whether this laptop knows them (its own certificates, signing/trusted of ``paths``,
    and the team certificates it pinned)."""
    try:
        # Size first: a 3 GB file must be refused before a byte of it is read.
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefusedError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The file is %1 MiB, larger than a family export can be (%2 "
                    "MiB); nothing was imported."),
                    format(size / 2**20, ",.0f"), MAX_FILE_BYTES // 2**20))
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The file could not be read (%1); nothing was imported."),
                exc.strerror or exc)
        ) from None
    try:
        export = parse_family_export(raw)
    except DecodeError as exc:
        raise ImportRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The file is not a valid family export (%1); nothing was "
                "imported."), exc)
        ) from None
    records, forks = _verified_records(export)
    meeting_ids = {m.id for m in export.meetings}
    if any(not valid_value(a.value) or a.meeting_id not in meeting_ids for a in export.voices):
        raise ImportRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "An answer of the family's voice in the file is outside the five "
                "faces or names a meeting that is not in the file; nothing was imported.")))
    evaluations = _verified_evaluations(export, records)
    transitions = _verified_transitions(export)
    fid = export.family.id
    try:
        with db.session() as s:
            if s.get(FamilyRow, fid) is not None:
                raise ConflictError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "The family '%1' is already in this database; nothing was "
                        "imported."), export.family.display_name)
                )
            row = repo.add_family(s, export.family)
            # The family row first: the rows below refer to it (SQLite checks each insert).
            s.flush()
            for meeting in export.meetings:
                repo.add_meeting(s, fid, meeting)
            for rating in export.ratings:
                repo.add_rating(s, fid, rating)
            repo.add_voice(s, fid, export.voices)
            for rec in records:
                add_main_version(s, rec)
            for rec in forks:
                add_fork_version(s, rec)
            s.flush()
            for ev in evaluations:
                if isinstance(ev, EvaluationRecord):
                    repo.add_evaluation_record(s, ev)
                else:
                    repo.add_evaluation(s, fid, ev, actor=actor)
                s.flush()
            for change in export.phases:
                repo.add_phase_change(s, fid, change)
                s.flush()
            for t in transitions:
                repo.add_transition_plan(s, fid, t)
            s.flush()
            # Last, so a file for a family already here or clashing ids says that first; a
            # refusal rolls the whole import back.
            signers, unsigned, signatures = _verified_signatures(
                s, export, records + forks, paths, allow_unsigned=allow_unsigned)
            add_signatures(s, fid, signatures)
            if records:
                row.head_number, row.head_hash = records[-1].number, records[-1].hash
                row.updated_at = records[-1].created_at.isoformat()
            repo.audit(s, actor=actor, action="imported", family_id=fid,
                       detail=f"{len(records)} versions")
    except IntegrityError as exc:
        # Never the statement or its parameters: they hold the family's data.
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else "constraint"
        raise ImportRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The file's records contradict each other or this database (%1); "
                "nothing was imported."), reason)) from None
    return ImportResult(fid, export.family.display_name, len(records),
                        Changes(family_id=fid, families=True, plan=True, ratings=True,
                                evaluations=True), signers, unsigned)


def _verified_evaluations(export: FamilyExport, records: list[VersionRecord]
                          ) -> list[EvaluationRecord | Evaluation]:
    """The file's evaluations as records of an intact chain naming its plan versions
    (schema-1 evaluations, with no chain yet, are sealed at import)."""
    fid = export.family.id
    sealed = [e for e in export.evaluations if e.number]
    legacy = [e.content for e in export.evaluations if not e.number]
    chain = []
    for e in sealed:
        if e.created_at is None:
            raise ImportRefusedError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "Evaluation %1 in the file has no date of record; nothing was "
                "imported."), e.number))
        chain.append(EvaluationRecord(
            id=e.content.id, family_id=fid, number=e.number, created_at=e.created_at,
            created_by=e.created_by, plan_version=e.plan_version, plan_hash=e.plan_hash,
            content_json=canonical_json(e.content), content_hash=e.content_hash,
            prev_hash=e.prev_hash, hash=e.hash))
    problems = verify_evaluations(fid, chain, plan_hashes={r.number: r.hash for r in records})
    if problems:
        raise ImportRefusedError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The evaluations in the file are not intact (%1); nothing was "
            "imported."), problems[0]))
    if legacy and chain:
        raise ImportRefusedError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The file mixes recorded and unrecorded evaluations; nothing was "
            "imported.")))
    records_first: list[EvaluationRecord] = sorted(chain, key=_number)
    then_legacy: list[Evaluation] = sorted(legacy, key=_period_end)
    return [*records_first, *then_legacy]


def _number(rec: EvaluationRecord | VersionRecord) -> int:
    return rec.number


def _period_end(evaluation: Evaluation) -> date:
    return evaluation.period_end


def _verified_transitions(export: FamilyExport) -> list[StoredTransition]:
    result = []
    for t in export.transitions:
        body = canonical_json(t.content)
        if sha256_hex(body) != t.content_hash:
            raise ImportRefusedError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "A transition plan in the file was changed after it was recorded "
                "(its content does not match its hash); nothing was imported.")))
        result.append(StoredTransition(t.id, t.meeting_id, t.created_at, t.created_by, body,
                                       t.content_hash))
    return result


def _verified_signatures(s: Session, export: FamilyExport, records: list[VersionRecord],
                         paths: DataPaths | None, *, allow_unsigned: bool
                         ) -> tuple[tuple[tuple[str, str, bool], ...], int,
                                    dict[str, tuple[str, str]]]:
    carried = Pinned.of(export.certificates)
    by_hash = {s.hash: (s.signer, s.signature) for s in export.signatures}
    unsigned = 0
    for rec in records:
        signer, signature = by_hash.get(rec.hash, (None, None))
        if signature is None:
            if by_hash:  # a signed file, but no signature for this hash: edited, re-hashed
                raise ImportRefusedError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "Version %1 in the file was changed after it was signed "
                        "(no author signature matches its hash: edited and re-hashed); nothing "
                        "was imported."), rec.number))
            if not allow_unsigned:
                raise ImportRefusedError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "Version %1 in the file carries no author signature, so "
                        "its history cannot be told apart from one edited and re-hashed after "
                        "export; nothing was imported. (An export made before signatures existed "
                        "can be imported with --allow-unsigned.)"), rec.number))
            unsigned += 1
            continue
        why = carried.check(version_message(rec.hash), signer, signature)
        if why is not None:
            raise ImportRefusedError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "Version %1 in the file was changed after it was signed (%2); "
                    "nothing was imported."), rec.number, why))
    known = {r.fingerprint for r in s.scalars(select(TeamCertificateRow))}
    if paths is not None:
        known |= {fingerprint(c) for c in trusted_certificates(paths)}
    used = sorted({signer for signer, _ in by_hash.values() if signer in carried.certs})
    signers = tuple((carried.name(fp), fp, fp in known) for fp in used)
    keep = {h: v for h, v in by_hash.items() if h in {r.hash for r in records}}
    return signers, unsigned, keep


def _verified_records(export: FamilyExport) -> tuple[list[VersionRecord], list[VersionRecord]]:
    """The export's versions and forks, refusing the file if its hash chain is broken."""
    records = sorted(export.versions, key=_number)
    forks = list(export.forks)
    for rec in (*records, *forks):
        if content_hash(rec.content_json) != rec.content_hash:
            raise ImportRefusedError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "Version %1 in the file was changed after export (its content "
                    "does not match its hash); nothing was imported."), rec.number)
            )
    head = records[-1] if records else None
    problems = verify_chain(
        export.family.id, records, head_number=len(records),
        head_hash=head.hash if head else GENESIS_HASH, forks=forks,
    )
    if problems:
        raise ImportRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The plan history in the file is not intact (%1); nothing was "
                "imported."), problems[0].message)
        )
    return records, forks
