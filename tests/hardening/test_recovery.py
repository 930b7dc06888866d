"""A lost laptop loses nothing: self-contained backups restored on a fresh data folder (and
keyring) with the recovery key or the passphrase, in both key modes; a moved data folder
still signs; the recovery kit from the CLI. The app runs as a user runs it (subprocesses)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests import keyring_backend
from tests.factories import sample_plan, with_progress
from tests.hardening.snapshot import snapshot
from vrac_desktop.domain.model import Rater, Rating, new_id
from vrac_desktop.services.backup_format import read_backup
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.recovery import make_recovery_kit
from vrac_desktop.store import key_file, key_wrap, keys
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths

PASSPHRASE = "Wraparound café 2026"


def cli(data: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(data),
                           *args], capture_output=True, text=True, timeout=180, input=stdin,
                          env=env if env is not None else dict(os.environ))


def seed(paths: DataPaths, passphrase: str | None = None) -> str:
    """Two families, three plan versions and ratings; makes the recovery kit; its key."""
    db = open_local(paths, passphrase)
    try:
        for name in ("Peeters", "El Amrani"):
            family, _ = create_family(db, display_name=name, actor="coach")
            plan = sample_plan(name)
            save_plan_version(db, family_id=family.id, content=plan, actor="coach")
            plan = with_progress(plan)
            rating = Rating(id=new_id(), goal_id=plan.goals[0].id, rated_on=date.today(),
                            value=7, rater=Rater.FAMILY, comment="beter")
            save_plan_version(db, family_id=family.id, content=plan, actor="coach",
                              ratings=[rating])
            save_plan_version(db, family_id=family.id, content=replace(plan, safety=()),
                              actor="coach")
        return make_recovery_kit(db, paths=paths, actor="coach").recovery_key
    finally:
        db.dispose()


def test_keyring_backup_restored_on_a_new_laptop_with_the_recovery_key(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "old-laptop")
    recovery_key = seed(paths)
    signed = tmp_path / "signed-before.pdf"
    assert cli(paths.root, "export", "plan", "Peeters", "--pdf", str(signed)).returncode == 0
    before = snapshot(paths)
    usb = tmp_path / "usb" / "vrac.vracbak"
    made = cli(paths.root, "backup", "--to", str(usb))
    assert made.returncode == 0, made.stderr
    header = read_backup(usb)
    assert header.mode == "keyring" and header.has_recovery
    assert recovery_key.replace("-", "") not in usb.read_bytes().decode("latin-1")

    # The laptop is lost: its data folder and its keyring entry are gone.
    backend = keys.secure_keyring()
    assert backend is not None
    backend.delete_password(keys.SERVICE, keys.entry_name(paths))
    shutil.rmtree(paths.root)
    new = DataPaths(tmp_path / "new-laptop")
    no_key = cli(new.root, "restore", str(usb))
    assert no_key.returncode == 2 and "recovery key" in no_key.stderr
    assert not new.database.exists()
    wrong = cli(new.root, "restore", str(usb), "--recovery-key",
                stdin=key_wrap.format_recovery_key(os.urandom(20)) + "\n")
    assert wrong.returncode == 2 and "does not open this backup" in wrong.stderr
    restored = cli(new.root, "restore", str(usb), "--recovery-key",
                   stdin=recovery_key.lower().replace("-", " ") + "\n")
    assert restored.returncode == 0, restored.stderr
    assert "Restored 2 families (6 plan versions" in restored.stdout
    assert snapshot(new) == before
    # The signing certificate came with the backup: earlier PDFs verify, new ones sign.
    checked = cli(new.root, "verify", str(signed))
    assert checked.returncode == 0 and checked.stdout.startswith("VALID"), checked.stdout
    assert "in this database" in checked.stdout
    later = tmp_path / "signed-after.pdf"
    assert cli(new.root, "export", "plan", "Peeters", "--pdf", str(later)).returncode == 0
    assert cli(new.root, "verify", str(later)).stdout.startswith("VALID")
    # The new laptop keeps the key in its keyring, and the same kit opens its next backup.
    again = tmp_path / "usb" / "again.vracbak"
    assert cli(new.root, "backup", "--to", str(again)).returncode == 0
    assert key_wrap.unwrap_with_recovery(read_backup(again).keys or {}, recovery_key) is not None


@pytest.mark.parametrize("opened_with", ["passphrase", "recovery key"])
def test_passphrase_backup_restored_on_a_new_laptop(tmp_path: Path, opened_with: str) -> None:
    no_keyring = keyring_backend.child_environment(None)
    os.environ.pop(keyring_backend.FILE_ENV)  # this process too: no secure keyring
    paths = DataPaths(tmp_path / "old-laptop")
    keys.create_passphrase(paths, PASSPHRASE, scrypt_n=2**12)
    recovery_key = seed(paths, PASSPHRASE)
    before = snapshot(paths, PASSPHRASE)
    usb = tmp_path / "usb" / "vrac.vracbak"
    made = cli(paths.root, "backup", "--to", str(usb),
               env=dict(no_keyring, VRAC_PASSPHRASE=PASSPHRASE))
    assert made.returncode == 0, made.stderr
    assert read_backup(usb).mode == "passphrase"
    shutil.rmtree(paths.root)  # the laptop and its key file are gone

    new = DataPaths(tmp_path / "new-laptop")
    if opened_with == "passphrase":
        wrong = cli(new.root, "restore", str(usb),
                    env=dict(no_keyring, VRAC_PASSPHRASE="not the passphrase"))
        assert wrong.returncode == 2 and "passphrase is wrong" in wrong.stderr
        assert not new.database.exists()
        restored = cli(new.root, "restore", str(usb),
                       env=dict(no_keyring, VRAC_PASSPHRASE=PASSPHRASE))
    else:
        restored = cli(new.root, "restore", str(usb), "--recovery-key",
                       stdin=recovery_key + "\n", env=no_keyring)
    assert restored.returncode == 0, restored.stderr
    # The passphrase stays the one the backup was made with, whichever opened the backup.
    assert snapshot(new, PASSPHRASE) == before


def test_copied_data_folder_exports_and_verifies_a_signed_plan(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    seed(paths)
    first = tmp_path / "first.pdf"
    made = cli(paths.root, "export", "plan", "Peeters", "--pdf", str(first))
    assert made.returncode == 0, made.stderr
    copy = DataPaths(tmp_path / "elsewhere" / "copy of data")
    shutil.copytree(paths.root, copy.root)
    shutil.rmtree(paths.root)  # the original place is gone: nothing may depend on it
    later = tmp_path / "later.pdf"
    exported = cli(copy.root, "export", "plan", "Peeters", "--pdf", str(later))
    assert exported.returncode == 0, exported.stderr
    for pdf in (first, later):
        checked = cli(copy.root, "verify", str(pdf))
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert checked.stdout.startswith("VALID")


def test_copied_passphrase_folder_signs_too(tmp_path: Path) -> None:
    no_keyring = dict(keyring_backend.child_environment(None), VRAC_PASSPHRASE=PASSPHRASE)
    os.environ.pop(keyring_backend.FILE_ENV)
    paths = DataPaths(tmp_path / "data")
    keys.create_passphrase(paths, PASSPHRASE, scrypt_n=2**12)
    seed(paths, PASSPHRASE)
    first = tmp_path / "first.pdf"
    assert cli(paths.root, "export", "plan", "Peeters", "--pdf", str(first),
               env=no_keyring).returncode == 0
    moved = DataPaths(tmp_path / "moved")
    shutil.move(str(paths.root), str(moved.root))
    later = tmp_path / "later.pdf"
    exported = cli(moved.root, "export", "plan", "Peeters", "--pdf", str(later), env=no_keyring)
    assert exported.returncode == 0, exported.stderr
    for pdf in (first, later):
        assert cli(moved.root, "verify", str(pdf), env=no_keyring).stdout.startswith("VALID")


def test_recovery_kit_from_the_command_line(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    seed(paths)
    old = key_file.read_key_file(paths)
    assert old is not None
    pdf = tmp_path / "kit.pdf"
    made = cli(paths.root, "recovery-kit", "--pdf", str(pdf), "--language", "nl")
    assert made.returncode == 0, made.stderr
    shown = made.stdout.split("\n\n")[1].strip()
    assert key_wrap.parse_recovery_key(shown) is not None
    new = key_file.read_key_file(paths)
    assert new is not None and new["recovery"] != old["recovery"]
    assert key_wrap.unwrap_with_recovery(new, shown) is not None
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Herstelsleutel" in text or "herstelsleutel" in text
    assert shown.split("-")[0] in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
