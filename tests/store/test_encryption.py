"""The database at rest: unreadable without the key, no plaintext anywhere on disk."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import sample_plan
from vrac_desktop.domain.model import TextItem, new_id
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store import keys
from vrac_desktop.store.database import open_local
from vrac_desktop.store.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    WrongKeyError,
)
from vrac_desktop.store.paths import DataPaths

pytestmark = pytest.mark.sqlcipher_only

SECRETS = [f"Distinctive-{i:03d}-Zyxwvut" for i in range(100)]


def db_files(paths: DataPaths) -> list[Path]:
    return [p for p in paths.root.iterdir() if p.name.startswith("vrac.db") and p.is_file()]


def test_no_distinctive_string_reaches_the_disk(paths: DataPaths, tmp_path: Path) -> None:
    db = open_local(paths)
    try:
        for i, secret in enumerate(SECRETS[:50]):
            family, _ = create_family(db, display_name=secret, reference=f"R{i}", actor="coach")
            plan = sample_plan()
            plan = replace(plan, vision=TextItem(new_id(), SECRETS[50 + i]))
            save_plan_version(db, family_id=family.id, content=plan, actor="coach")
        # Read while the engine is open, so the -wal file still holds the recent pages.
        files = db_files(paths)
        assert any(p.name.endswith("-wal") and p.stat().st_size > 0 for p in files)
        temp_files = [p for p in Path(tmp_path).rglob("*") if p.is_file()]
        for path in files + temp_files:
            raw = path.read_bytes()
            for secret in SECRETS:
                assert secret.encode() not in raw, f"{secret} found in {path.name}"
                assert secret.encode("utf-16-le") not in raw
    finally:
        db.dispose()


def test_sqlite_cannot_read_the_file(db, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    create_family(db, display_name="Peeters", actor="coach")
    db.dispose()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(paths.database).execute("SELECT * FROM sqlite_master").fetchall()
    cli = shutil.which("sqlite3")
    if cli is None:
        pytest.skip("sqlite3 CLI not installed (make test installs it)")
    result = subprocess.run([cli, str(paths.database), ".tables"], capture_output=True, text=True)
    assert result.returncode != 0
    assert "file is not a database" in result.stderr


def test_key_is_in_the_keyring_and_wrong_key_is_refused(db, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    create_family(db, display_name="Peeters", actor="coach")
    db.dispose()
    backend = keys.secure_keyring()
    assert backend is not None
    entry = keys.entry_name(paths)
    real = backend.get_password(keys.SERVICE, entry)
    assert real is not None and len(bytes.fromhex(real)) == 32
    before = paths.database.read_bytes()
    backend.set_password(keys.SERVICE, entry, "00" * 32)
    with pytest.raises(WrongKeyError, match="Nothing was changed"):
        open_local(paths)
    assert paths.database.read_bytes() == before
    backend.delete_password(keys.SERVICE, entry)
    with pytest.raises(KeyMissingError, match="not in the OS keyring"):
        open_local(paths)
    backend.set_password(keys.SERVICE, entry, real)
    open_local(paths).dispose()


def test_no_secure_keyring_means_passphrase(
        paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VRAC_TEST_KEYRING_FILE")
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    # What keyring picks on a headless box: a plaintext file. It must not be trusted.
    plain = PlaintextKeyring()
    plain.file_path = str(paths.root.parent / "plain.cfg")  # type: ignore[misc]
    monkeypatch.setattr(keyring, "get_keyring", lambda: plain)
    assert keys.secure_keyring() is None
    with pytest.raises(PassphraseRequiredError) as info:
        open_local(paths)
    assert info.value.new
    monkeypatch.setattr(keys, "DEFAULT_SCRYPT_N", 2**14)
    keys_n = 2**14
    keys.create_passphrase(paths, "correct horse battery", scrypt_n=keys_n)
    db = open_local(paths, "correct horse battery")
    create_family(db, display_name="Dubois", actor="coach")
    db.dispose()
    assert not Path(plain.file_path).exists(), "nothing may be written to a plaintext keyring"
    with pytest.raises(PassphraseRequiredError) as again:
        open_local(paths)
    assert not again.value.new
    before = paths.database.read_bytes()
    with pytest.raises(WrongKeyError, match="passphrase is wrong"):
        open_local(paths, "wrong horse battery")
    assert paths.database.read_bytes() == before
    open_local(paths, "correct horse battery").dispose()


def test_short_passphrase_is_refused(paths: DataPaths) -> None:
    with pytest.raises(PassphraseRequiredError, match="at least 8"):
        keys.create_passphrase(paths, "short")
    assert not paths.key_file.exists()


def test_keyring_database_without_keyring_gives_clear_error(
        db, paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db.dispose()
    monkeypatch.setattr(keys, "secure_keyring", lambda: None)
    with pytest.raises(KeyringUnavailableError, match="no secure keyring is available"):
        open_local(paths)
