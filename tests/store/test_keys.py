"""The database key: wrapped by the keyring / passphrase and by a recovery key, NFC
passphrases, the migration of the first key layout, clear messages for a damaged key file,
owner-only files, and a folder that can be moved."""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
import stat
import unicodedata
from pathlib import Path

import pytest

from vrac_desktop.services.families import create_family, search_families
from vrac_desktop.store import key_file, key_wrap, keys
from vrac_desktop.store.database import open_local, sqlcipher_engine
from vrac_desktop.store.errors import PassphraseRequiredError, StoreError, WrongKeyError
from vrac_desktop.store.paths import DataPaths

PASS_NFC = unicodedata.normalize("NFC", "Café crème à l'école")
PASS_NFD = unicodedata.normalize("NFD", PASS_NFC)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "secure_keyring", lambda: None)


def _names(paths: DataPaths, passphrase: str | None = None) -> list[str]:
    db = open_local(paths, passphrase)
    try:
        return [f.display_name for f in search_families(db, include_closed=True)]
    finally:
        db.dispose()


def test_passphrase_typed_composed_or_decomposed_opens(paths: DataPaths, no_keyring: None) -> None:
    assert PASS_NFC != PASS_NFD
    keys.create_passphrase(paths, PASS_NFD, scrypt_n=2**12)
    db = open_local(paths, PASS_NFD)
    create_family(db, display_name="Janssens", actor="coach")
    db.dispose()
    assert _names(paths, PASS_NFC) == ["Janssens"]
    with pytest.raises(WrongKeyError, match="passphrase is wrong"):
        open_local(paths, "Cafe creme a l'ecole")


def test_lone_surrogate_passphrase_gets_a_message(paths: DataPaths, no_keyring: None) -> None:
    with pytest.raises(PassphraseRequiredError, match="not valid text"):
        keys.create_passphrase(paths, "abc\udcffdefgh", scrypt_n=2**12)
    assert not paths.key_file.exists()


def test_recovery_key_opens_the_wrapped_key(paths: DataPaths) -> None:
    db = open_local(paths)
    assert db.key is not None and not key_file.has_recovery_key(paths)
    shown = keys.make_recovery_key(paths, db.key)
    db.dispose()
    header = key_file.read_key_file(paths)
    assert header is not None and key_file.has_recovery_key(paths)
    assert shown not in paths.key_file.read_text()
    assert key_wrap.unwrap_with_recovery(header, shown) == db.key
    # Typed in lower case with spaces and look-alike digits, it still opens.
    sloppy = shown.lower().replace("-", " ").replace("o", "0")
    assert key_wrap.unwrap_with_recovery(header, sloppy) == db.key
    other = key_wrap.format_recovery_key(secrets.token_bytes(key_wrap.RECOVERY_BYTES))
    assert key_wrap.unwrap_with_recovery(header, other) is None
    assert key_wrap.unwrap_with_recovery(header, "not a key") is None


def _legacy_passphrase_folder(paths: DataPaths, passphrase: str) -> bytes:
    """A data folder as the first versions made it: key = scrypt(passphrase as typed)."""
    paths.ensure()
    params = {"kdf": "scrypt", "n": 2**12, "r": 8, "p": 1, "salt": secrets.token_hex(16),
              "version": 1}
    paths.legacy_kdf_params.write_text(json.dumps(params))
    key = hashlib.scrypt(passphrase.encode(), salt=bytes.fromhex(params["salt"]), n=2**12, r=8,
                         p=1, dklen=32)
    engine = sqlcipher_engine(paths.database, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE legacy_marker (x)")
    engine.dispose()
    return key


def test_first_layout_passphrase_folder_migrates(paths: DataPaths, no_keyring: None) -> None:
    old_key = _legacy_passphrase_folder(paths, PASS_NFD)
    db = open_local(paths, PASS_NFC)  # typed composed: the old app would have refused it
    assert db.key == old_key  # the key itself is unchanged: earlier backups still open
    create_family(db, display_name="Peeters", actor="coach")
    db.dispose()
    header = key_file.read_key_file(paths)
    assert header is not None and header["mode"] == "passphrase"
    assert not paths.legacy_kdf_params.exists()
    assert _names(paths, PASS_NFD) == ["Peeters"]
    assert _names(paths, PASS_NFC) == ["Peeters"]


def test_first_layout_keyring_folder_migrates_to_a_folder_id(paths: DataPaths) -> None:
    backend = keys.secure_keyring()
    assert backend is not None
    key = secrets.token_bytes(32)
    paths.ensure()
    engine = sqlcipher_engine(paths.database, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE legacy_marker (x)")
    engine.dispose()
    backend.set_password(keys.SERVICE, f"database-key:{paths.database}", key.hex())
    open_local(paths).dispose()
    folder = key_file.folder_id(paths)
    assert folder and str(paths.root) not in keys.entry_name(paths)
    assert backend.get_password(keys.SERVICE, keys.keyring_entry(folder)) == key.hex()


@pytest.mark.parametrize(("content", "expected"), [
    ("{not json", "not valid JSON"),
    ('{"format": "vrac-desktop-keys", "version": 2, "mode": "passphrase", "folder_id": "f", '
     '"passphrase": {"kdf": "scrypt", "n": "abc", "r": 8, "p": 1, "salt": "00", '
     '"nonce": "00", "wrapped": "00"}}', "not a whole number"),
    ('{"format": "vrac-desktop-keys", "version": 2, "mode": "passphrase", "folder_id": "f", '
     '"passphrase": {"kdf": "scrypt", "n": 1073741824, "r": 8, "p": 1, "salt": "00", '
     '"nonce": "00", "wrapped": "00"}}', "out of range"),
    ("[]", "not a VRAC Desktop key file"),
])
def test_damaged_key_file_gives_a_clear_message(paths: DataPaths, no_keyring: None,
                                                content: str, expected: str) -> None:
    keys.create_passphrase(paths, "correct horse battery", scrypt_n=2**12)
    open_local(paths, "correct horse battery").dispose()
    before = paths.database.read_bytes()
    paths.key_file.write_text(content)
    with pytest.raises(StoreError, match=expected) as info:
        open_local(paths, "correct horse battery")
    assert "keyring" not in str(info.value)
    assert paths.database.read_bytes() == before


def test_deleted_key_file_says_so_not_keyring(paths: DataPaths, no_keyring: None) -> None:
    keys.create_passphrase(paths, "correct horse battery", scrypt_n=2**12)
    open_local(paths, "correct horse battery").dispose()
    paths.key_file.unlink()
    with pytest.raises(StoreError, match="key file .* is missing"):
        open_local(paths, "correct horse battery")


def test_first_layout_kdf_file_with_bad_cost(paths: DataPaths, no_keyring: None) -> None:
    _legacy_passphrase_folder(paths, "correct horse battery")
    params = json.loads(paths.legacy_kdf_params.read_text())
    paths.legacy_kdf_params.write_text(json.dumps(dict(params, n="abc")))
    with pytest.raises(StoreError, match="damaged .*not a whole number"):
        open_local(paths, "correct horse battery")


def test_database_and_its_journal_files_are_owner_only(paths: DataPaths) -> None:
    db = open_local(paths)
    create_family(db, display_name="Peeters", actor="coach")
    with db.engine.connect() as conn:  # keep a connection so -wal and -shm exist
        conn.exec_driver_sql("SELECT count(*) FROM families").all()
        found = [p for p in paths.root.iterdir() if p.name.startswith("vrac.db")]
        assert {p.name for p in found} >= {"vrac.db", "vrac.db-wal", "vrac.db-shm",
                                          "vrac.db.keys.json"}
        for p in found:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    db.dispose()


def test_zero_byte_database_is_never_replaced(paths: DataPaths) -> None:
    open_local(paths).dispose()
    paths.database.write_bytes(b"")
    with pytest.raises(StoreError, match="empty \\(0 bytes\\)"):
        open_local(paths)
    assert paths.database.stat().st_size == 0


def test_moved_data_folder_opens_with_the_same_keyring_entry(paths: DataPaths,
                                                           tmp_path: Path) -> None:
    db = open_local(paths)
    create_family(db, display_name="Peeters", actor="coach")
    db.dispose()
    moved = DataPaths(tmp_path / "elsewhere" / "vrac")
    shutil.move(str(paths.root), str(moved.root))
    assert _names(moved) == ["Peeters"]


def test_signing_certificate_of_the_first_layout_migrates_and_survives_a_move(
        paths: DataPaths, tmp_path: Path) -> None:
    """A coach.p12 locked by a random password kept in the keyring under the file's absolute
    path (the first versions) opens once, is re-locked with the path-free password, and then
    still opens after the folder moved."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from vrac_desktop.store import signing_keys

    open_local(paths).dispose()
    key, cert = signing_keys.make_self_signed("Coach Anna")
    p12 = signing_keys.signing_dir(paths) / "coach.p12"
    p12.parent.mkdir(parents=True)
    old_password = b"random-password-of-the-first-version"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        name=b"Coach Anna", key=key, cert=cert, cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(old_password)))
    backend = keys.secure_keyring()
    assert backend is not None
    backend.set_password(keys.SERVICE, f"signing-key:{p12}", old_password.decode())
    first = signing_keys.signing_identity(paths, coach_name="ignored")
    assert first.certificate == cert and first.password != old_password
    moved = DataPaths(tmp_path / "moved")
    shutil.move(str(paths.root), str(moved.root))
    again = signing_keys.signing_identity(moved, coach_name="ignored")
    assert again.certificate == cert


def test_a_start_killed_while_creating_the_database_starts_again(
        paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by bench/recovery_kill.py: a sync killed on a new laptop during the first
    migration left half a schema ("table families already exists" on every start after)."""
    from vrac_desktop.store import database

    real = database.Database.migrate

    def killed(self: database.Database) -> None:
        with self.engine.begin() as conn:  # what the first CREATE TABLE commits alone
            conn.exec_driver_sql("CREATE TABLE families (id TEXT)")
        raise KeyboardInterrupt  # stands in for SIGKILL

    monkeypatch.setattr(database.Database, "migrate", killed)
    with pytest.raises(KeyboardInterrupt):
        open_local(paths)
    monkeypatch.setattr(database.Database, "migrate", real)
    assert not paths.database.exists()
    db = open_local(paths)
    create_family(db, display_name="Peeters", actor="coach")
    db.dispose()
    assert _names(paths) == ["Peeters"]


@pytest.mark.parametrize("xdg", [None, "", "   ", "/srv/coach data"])
def test_default_data_folder_is_platformdirs_one(xdg: str | None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The default data folder is computed without importing platformdirs at every start
    (store/paths.py); it is the folder platformdirs names."""
    import platformdirs

    from vrac_desktop import APP_NAME
    from vrac_desktop.store.paths import DATA_DIR_ENV, resolve_data_dir, user_data_dir

    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    expected = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    assert user_data_dir() == expected
    assert resolve_data_dir().root == expected
