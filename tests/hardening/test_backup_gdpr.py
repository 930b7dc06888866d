"""Backups and restore, GDPR archive and erasure, retention reminder, audit export."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import sample_plan, with_progress
from vrac_desktop.domain.model import FamilyStatus, Meeting, Rater, Rating, new_id
from vrac_desktop.services import gdpr
from vrac_desktop.services.backup import auto_backup_if_due, list_backups, make_backup
from vrac_desktop.services.backup_format import BackupInvalidError
from vrac_desktop.services.families import create_family, search_families, update_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import list_versions, save_plan_version
from vrac_desktop.services.restore import restore_backup
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.errors import NewerSchemaError
from vrac_desktop.store.models import Base
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings


def family_with_history(db: Database, name: str = "Peeters") -> str:
    family, _ = create_family(db, display_name=name, actor="coach")
    plan = sample_plan()
    meeting = Meeting(new_id(), date(2026, 11, 24))
    save_plan_version(db, family_id=family.id, content=plan, actor="coach", meeting=meeting,
                      ratings=[Rating(new_id(), plan.goals[0].id, date(2026, 11, 24), 4,
                                      Rater.FAMILY, meeting.id)])
    save_plan_version(db, family_id=family.id, content=with_progress(plan), actor="coach")
    return family.id


def test_backup_then_restore_brings_back_the_data_and_keeps_the_replaced_db(
        db: Database, paths: DataPaths) -> None:
    fid = family_with_history(db)
    steps: list[tuple[int, int, str]] = []
    result = make_backup(db, paths=paths, actor="coach", progress=lambda *a: steps.append(a))
    assert result.versions == 2 and result.path.parent == paths.backups
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]
    family_with_history(db, "Dubois")  # made after the backup: gone after restore
    db.dispose()
    restored = restore_backup(paths=paths, backup=result.path, actor="coach")
    assert restored.previous is not None and restored.previous.exists()
    again = open_local(paths)
    try:
        assert [f.id for f in search_families(again)] == [fid]
        assert verify_history(again).ok
    finally:
        again.dispose()
    # The kept database is a restorable backup itself (its own WAL merged in).
    restore_backup(paths=paths, backup=restored.previous, actor="coach")
    kept = open_local(paths)
    assert len(search_families(kept)) == 2
    kept.dispose()


def test_truncated_or_foreign_backup_is_refused_and_nothing_replaced(
        db: Database, paths: DataPaths, tmp_path: Path) -> None:
    family_with_history(db)
    good = make_backup(db, paths=paths, actor="coach", to=tmp_path / "good.vracbak")
    db.dispose()
    before = paths.database.read_bytes()
    truncated = tmp_path / "truncated.vracbak"
    truncated.write_bytes(good.path.read_bytes()[: good.size // 2])
    with pytest.raises(BackupInvalidError, match="damaged or truncated.*Nothing was changed"):
        restore_backup(paths=paths, backup=truncated, actor="coach")
    other = DataPaths(tmp_path / "other")
    other_db = open_local(other)  # another data folder: another key
    foreign = make_backup(other_db, paths=other, actor="x", to=tmp_path / "foreign.vracbak")
    other_db.dispose()
    # ... from a laptop that is gone: its key is not in this keyring, and no recovery key
    from vrac_desktop.store import keys

    backend = keys.secure_keyring()
    assert backend is not None
    backend.delete_password(keys.SERVICE, keys.entry_name(other))
    with pytest.raises(BackupInvalidError, match="Restore it with the recovery key"):
        restore_backup(paths=paths, backup=foreign.path, actor="coach")
    with pytest.raises(BackupInvalidError, match="empty"):
        (tmp_path / "empty.vracbak").write_bytes(b"")
        restore_backup(paths=paths, backup=tmp_path / "empty.vracbak", actor="coach")
    assert paths.database.read_bytes() == before
    assert not list(paths.root.glob(".restore-*"))


def test_backup_with_a_broken_history_or_newer_schema_is_refused(
        db: Database, paths: DataPaths, tmp_path: Path) -> None:
    family_with_history(db)
    backup = make_backup(db, paths=paths, actor="coach", to=tmp_path / "b.vracbak").path
    db.dispose()
    tampered_paths = DataPaths(tmp_path / "tamper")
    tampered_paths.root.mkdir()
    # Edit the backup's history with the key (as an insider with the key could).
    from vrac_desktop.services.backup_format import read_backup
    from vrac_desktop.store.database import sqlcipher_engine
    from vrac_desktop.store.keys import obtain_key

    def edit_backup(*statements: str) -> None:
        """Change the database part of the backup, keeping its header."""
        offset = read_backup(backup).offset
        raw = backup.read_bytes()
        part = tampered_paths.root / "part.db"
        part.write_bytes(raw[offset:])
        engine = sqlcipher_engine(part, obtain_key(paths).key)
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
        engine.dispose()
        backup.write_bytes(raw[:offset] + part.read_bytes())

    edit_backup("DROP TRIGGER plan_versions_no_update",
                "UPDATE plan_versions SET created_by = 'mallory' WHERE number = 1")
    before = paths.database.read_bytes()
    with pytest.raises(BackupInvalidError, match="not intact.*nothing was changed"):
        restore_backup(paths=paths, backup=backup, actor="coach")
    edit_backup("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NewerSchemaError, match="newer version"):
        restore_backup(paths=paths, backup=backup, actor="coach")
    assert paths.database.read_bytes() == before


def test_automatic_backups_rotate(db: Database, paths: DataPaths) -> None:
    from datetime import UTC, datetime, timedelta

    settings = Settings(paths.settings)
    settings.set("backup_keep", 3)
    family_with_history(db)
    now = datetime.now(UTC)
    made = [auto_backup_if_due(db, paths=paths, settings=settings, actor="c",
                               now=now + timedelta(days=2 * i)) for i in range(5)]
    assert all(m is not None for m in made)
    assert auto_backup_if_due(db, paths=paths, settings=settings, actor="c", now=now) is None
    assert len([b for b in list_backups(paths) if b.automatic]) == 3


def test_archive_holds_the_export_and_the_audit(db: Database, paths: DataPaths,
                                                tmp_path: Path) -> None:
    fid = family_with_history(db)
    gdpr.record_family_opened(db, family_id=fid, actor="coach")
    extra_calls = []

    def signed_documents(_db: Database, family_id: str) -> list[tuple[str, bytes]]:
        extra_calls.append(family_id)
        return [("documents/plan-v2.pdf", b"%PDF-1.7 test")]

    archive = gdpr.export_family_archive(db, family_id=fid, path=tmp_path / "f.zip",
                                         actor="coach", producers=[signed_documents])
    assert extra_calls == [fid]
    with zipfile.ZipFile(archive.path) as z:
        assert sorted(z.namelist()) == ["audit.csv", "documents/plan-v2.pdf", "family.json"]
        export = json.loads(z.read("family.json"))
        assert len(export["versions"]) == 2
        rows = list(csv.DictReader(io.StringIO(z.read("audit.csv").decode())))
    assert [r["action"] for r in rows] == ["created", "saved", "saved", "opened", "exported"]
    assert all(r["family_id"] == fid for r in rows)


def test_erasure_needs_the_name_removes_everything_and_survives_a_restore(
        db: Database, paths: DataPaths) -> None:
    fid = family_with_history(db)
    keep = family_with_history(db, "Dubois")
    backup = make_backup(db, paths=paths, actor="coach").path
    with pytest.raises(gdpr.ErasureRefusedError, match="nothing was erased"):
        gdpr.erase_family(db, paths=paths, family_id=fid, confirmation="Peters", actor="c")
    result = gdpr.erase_family(db, paths=paths, family_id=fid, confirmation="  Peeters ",
                               actor="coach")
    assert result.rows_deleted["plan_versions"] == 2 and result.rows_deleted["families"] == 1
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if "family_id" in table.c and table.name not in ("erasures", "audit_log"):
                left = conn.execute(text(f"SELECT count(*) FROM {table.name} "
                                         "WHERE family_id = :f"), {"f": fid}).scalar_one()
                assert left == 0, table.name
    actions = [(e.action, e.detail) for e in gdpr.audit_entries(db, family_id=fid)]
    assert actions == [("erased", f"{sum(result.rows_deleted.values())} rows")]
    assert verify_history(db).ok
    register = json.loads(gdpr.register_path(paths).read_text())
    assert fid in register["erased"] and "Peeters" not in gdpr.register_path(paths).read_text()
    db.dispose()
    # The backup predates the erasure: restoring it must not bring the family back.
    restored = restore_backup(paths=paths, backup=backup, actor="coach")
    assert restored.erasures_reapplied == 1
    again = open_local(paths)
    try:
        assert [f.id for f in search_families(again)] == [keep]
        assert len(list_versions(again, family_id=keep)) == 2
    finally:
        again.dispose()
    # Even with the register file lost, the erasure table of the database being replaced
    # still carries it.
    gdpr.register_path(paths).unlink()
    restore_backup(paths=paths, backup=backup, actor="coach")
    again = open_local(paths)
    assert [f.id for f in search_families(again)] == [keep]
    again.dispose()


def test_retention_lists_closed_families_past_the_term(db: Database, paths: DataPaths) -> None:
    old = family_with_history(db, "Old")
    family_with_history(db, "Active")
    update_family(db, family_id=old, actor="c", status=FamilyStatus.CLOSED)
    settings = Settings(paths.settings)
    today = date.today()
    assert gdpr.families_past_retention(db, settings=settings, today=today) == []
    later = today.replace(year=today.year + 21)
    due = gdpr.families_past_retention(db, settings=settings, today=later)
    assert [r.display_name for r in due] == ["Old"]
    settings.set("retention_years", 0)
    assert gdpr.families_past_retention(db, settings=settings, today=later) == []


def test_audit_csv_defuses_formulas(db: Database, tmp_path: Path) -> None:
    fid = family_with_history(db)
    gdpr.record_family_opened(db, family_id=fid, actor="=HYPERLINK(\"http://x\")")
    path = gdpr.export_audit_csv(db, path=tmp_path / "audit.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows[-1]["actor"].startswith("'=")
    assert os.stat(path).st_size > 0


def test_lost_database_file_can_be_restored_from_backup(db: Database, paths: DataPaths) -> None:
    fid = family_with_history(db)
    backup = make_backup(db, paths=paths, actor="coach").path
    db.dispose()
    paths.database.unlink()  # the laptop's database file is gone; backups and keyring remain
    # Starting the app again makes a new, empty database: it must not replace the key the
    # backups need.
    open_local(paths).dispose()
    restore_backup(paths=paths, backup=backup, actor="coach")
    again = open_local(paths)
    try:
        assert [f.id for f in search_families(again)] == [fid]
    finally:
        again.dispose()


def _decrypted_pages(path: Path, key: bytes) -> bytes:
    """The database file decrypted page by page (SQLCipher 4: AES-256-CBC, IV in the 80-byte
    reserve at each page's end, 16-byte salt before page 1), free pages included."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw, size, reserve = path.read_bytes(), 4096, 80
    out = []
    for i in range(len(raw) // size):
        page = raw[i * size:(i + 1) * size]
        iv = page[size - reserve:size - reserve + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(page[16 if i == 0 else 0:size - reserve]) + dec.finalize())
    return b"".join(out)


def test_erased_family_is_gone_from_the_decrypted_file(db: Database, paths: DataPaths) -> None:
    from vrac_desktop.store.keys import obtain_key

    erased = family_with_history(db, "Zyxwerased Family")
    family_with_history(db, "Qwvkept Family")
    gdpr.erase_family(db, paths=paths, family_id=erased, confirmation="Zyxwerased Family",
                      actor="coach")
    db.dispose()
    assert not Path(f"{paths.database}-wal").exists()
    plain = _decrypted_pages(paths.database, obtain_key(paths).key)
    assert b"Qwvkept Family" in plain  # the decryption works: the kept family is readable
    assert b"Zyxwerased" not in plain and b"zyxwerased" not in plain
    assert erased.encode() in plain  # only its id stays, in the erasure register
