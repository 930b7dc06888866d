"""A family's rights (GDPR): everything in one archive, erasure on request, retention, audit.

* ``export_family_archive`` writes one zip: the family export JSON (services/transfer.py),
  the audit entries about the family (CSV), and what the ``producers`` it is given add (the
  GUI and the CLI give documents/export.py's ``SignedPlanFiles``: the family's signed plan,
  family and professional copy).
* ``erase_family`` deletes every row about the family from every table, in one transaction,
  only when the confirmation typed equals the family's name. The family's id (never its name)
  goes into the erasure register: a table in the database **and** ``erasures.json`` in the
  data folder, because a backup made before the erasure still holds the family, and a
  restore of it must erase the family again (restore.restore_backup does).
* ``families_past_retention`` lists closed families older than the retention setting: the
  reminder to erase them.
* The audit log records who did what when, never content; ``audit_csv`` exports it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from vrac_desktop.domain.codec import to_jsonable
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import FamilyStatus
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.transfer import build_family_export
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, sqlcipher_engine
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.files import write_atomically, write_export
from vrac_desktop.store.models import FamilyRow
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

REGISTER_NAME = "erasures.json"
AUDIT_FIELDS = ("at", "actor", "action", "family_id", "detail")


class ErasureRefusedError(ValueError):
    """The erasure was not done (wrong confirmation...); nothing was changed."""


# --- export ----------------------------------------------------------------------------------

# A producer adds files to a family's archive: (database, family id) -> (name, bytes) pairs.
# Given by the caller (the signed documents need Qt and the signing key, which this layer
# may not touch).
ArchiveProducer = Callable[[Database, str], Iterable[tuple[str, bytes]]]


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    files: tuple[str, ...]


def export_family_archive(db: Database, *, family_id: str, path: Path, actor: str,
                          producers: Iterable[ArchiveProducer] = ()) -> ArchiveResult:
    """Everything about one family in one zip, written atomically."""
    export = build_family_export(db, family_id=family_id, actor=actor)
    files: list[tuple[str, bytes]] = [
        ("family.json", json.dumps(to_jsonable(export), ensure_ascii=False, indent=1,
                                   sort_keys=True).encode("utf-8")),
        ("audit.csv", audit_csv(db, family_id=family_id).encode("utf-8")),
    ]
    for producer in producers:
        files.extend(producer(db, family_id))
    names = [name for name, _ in files]
    if len(set(names)) != len(names):
        raise ValueError("Two archive producers wrote a file of the same name; no archive "
                         "was written.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    write_export(db.paths, Path(path), buffer.getvalue())
    with db.session() as s:
        repo.audit(s, actor=actor, action="exported", family_id=family_id, detail="archive")
    return ArchiveResult(Path(path), tuple(names))


# --- audit -----------------------------------------------------------------------------------


def record_family_opened(db: Database, *, family_id: str, actor: str) -> None:
    """Audit hook: the GUI calls it when a family's plan is opened on screen."""
    with db.session() as s:
        repo.family_row(s, family_id)
        repo.audit(s, actor=actor, action="opened", family_id=family_id)


def audit_entries(db: Database, *, family_id: str | None = None,
                  limit: int = 1_000_000) -> list[repo.AuditEntry]:
    with db.session() as s:
        return repo.audit_entries(s, family_id=family_id, limit=limit)


def audit_csv(db: Database, *, family_id: str | None = None) -> str:
    """The audit log (oldest first) as CSV: at, actor, action, family_id, detail."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(AUDIT_FIELDS)
    for e in reversed(audit_entries(db, family_id=family_id)):
        writer.writerow([e.at.isoformat(), _csv_safe(e.actor), e.action, e.family_id or "",
                         _csv_safe(e.detail)])
    return out.getvalue()


def _csv_safe(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheet apps (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def export_audit_csv(db: Database, *, path: Path, family_id: str | None = None) -> Path:
    write_export(db.paths, Path(path), audit_csv(db, family_id=family_id).encode("utf-8"))
    return Path(path)


# --- erasure ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureResult:
    family_id: str
    rows_deleted: dict[str, int]
    changes: Changes


def register_path(paths: DataPaths) -> Path:
    return paths.root / REGISTER_NAME


def _read_register(paths: DataPaths) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(register_path(paths).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise StoreError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The erasure register %1 cannot be read (%2). Nothing was "
                "changed; restore the file from a copy before "
                "erasing or restoring."), register_path(paths), exc)
        ) from None
    entries = data.get("erased", {}) if isinstance(data, dict) else {}
    return {str(k): v for k, v in entries.items() if isinstance(v, dict)}


def _write_register(paths: DataPaths, entries: dict[str, dict[str, str]]) -> None:
    payload = {"about": "Families erased on request (ids only). A restore of an older "
                        "backup erases them again.", "erased": entries}
    write_atomically(register_path(paths), json.dumps(payload, indent=1,
                                                      sort_keys=True).encode("utf-8"))


def _normalised(name: str) -> str:
    return " ".join(name.split())


def erase_family(db: Database, *, paths: DataPaths, family_id: str, confirmation: str,
                 actor: str) -> ErasureResult:
    """Erase everything about one family. ``confirmation`` must equal the family's name.

    The family's audit entries go too (they are data about the family); the erasure itself
    is audited with the family's id only. Deleted content is zeroed in the database file.
    """
    register = _read_register(paths)
    at = datetime.now(UTC).isoformat()
    with db.session() as s:
        # Zero the deleted content in the file too, not just unlink it: otherwise the family
        # stays readable (to anyone with the key) in free space. SQLCipher builds default to
        # this; it is set here so erasure never depends on a build option.
        s.execute(text("PRAGMA secure_delete = ON"))
        family = repo.family_row(s, family_id)
        if _normalised(confirmation) != _normalised(family.display_name):
            raise ErasureRefusedError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The confirmation does not match the family's name, so "
                    "nothing was erased. Type the name exactly as it is shown."))
            )
        deleted = repo.delete_family_everywhere(s, family_id)
        repo.record_erasure(s, family_id=family_id, actor=actor, at=at)
        repo.audit(s, actor=actor, action="erased", family_id=family_id,
                   detail=f"{sum(deleted.values())} rows")
        # The register file is written inside the transaction: if it cannot be written, the
        # erasure is rolled back rather than done without its record.
        register[family_id] = {"erased_at": at, "actor": actor[:500]}
        _write_register(paths, register)
    # The write-ahead log still holds earlier page images with the family: fold it into the
    # (now zeroed) file and empty it. Best effort: a reader elsewhere can make it wait.
    with contextlib.suppress(SADatabaseError), db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return ErasureResult(family_id, deleted, Changes(family_id=family_id, families=True,
                                                     plan=True, ratings=True, draft=True,
                                                     evaluations=True))


def known_erasures(*, paths: DataPaths, key: bytes) -> dict[str, tuple[str, str]]:
    """Every erasure recorded in the register file or in the current database."""
    found = {fid: (e.get("erased_at", ""), e.get("actor", ""))
             for fid, e in _read_register(paths).items()}
    if paths.database.exists():
        engine = sqlcipher_engine(paths.database, key)
        try:
            with Database(engine).session() as s:
                for fid, at, who in repo.erasures(s):
                    found.setdefault(fid, (at, who))
        except SADatabaseError:  # an unreadable current database: the file still counts
            pass
        finally:
            engine.dispose()
    return found


def reapply_erasures(db: Database, *, erasures: dict[str, tuple[str, str]]) -> int:
    """Erase again, in ``db``, the families erased since; how many were still there."""
    again = 0
    with db.session() as s:
        for fid, (at, who) in erasures.items():
            if s.get(FamilyRow, fid) is not None:
                repo.delete_family_everywhere(s, fid)
                repo.audit(s, actor=who, action="erased", family_id=fid,
                           detail="again after restore")
                again += 1
            repo.record_erasure(s, family_id=fid, actor=who, at=at)
    return again


# --- retention -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionReminder:
    family_id: str
    display_name: str
    closed_on: date  # last change of the closed family (the app keeps no separate close date)
    erase_after: date


def families_past_retention(db: Database, *, settings: Settings,
                            today: date | None = None) -> list[RetentionReminder]:
    """Closed families whose retention period is over: remind the user to erase them."""
    years = int(settings.get("retention_years"))
    if years <= 0:
        return []
    today = today or datetime.now(UTC).date()
    due: list[RetentionReminder] = []
    with db.session() as s:
        rows = repo.find_families(s, text="", include_closed=True, limit=1_000_000)
        for row in rows:
            if row.status != FamilyStatus.CLOSED.value:
                continue
            closed = datetime.fromisoformat(row.updated_at).date()
            try:
                until = closed.replace(year=closed.year + years)
            except ValueError:  # 29 February
                until = closed.replace(year=closed.year + years, day=28)
            if until <= today:
                due.append(RetentionReminder(row.id, row.display_name, closed, until))
    due.sort(key=lambda r: r.erase_after)
    return due
