"""`vrac-desktop backup`, `restore` and `audit` as a user runs them: real subprocesses."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import sample_plan
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store import keys
from vrac_desktop.store.database import open_local
from vrac_desktop.store.instance import InstanceLock
from vrac_desktop.store.paths import DataPaths


def run(data: Path, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(data),
                           *args], capture_output=True, text=True, timeout=120,
                          env=env or dict(os.environ))


def seed(paths: DataPaths, name: str, passphrase: str | None = None) -> str:
    db = open_local(paths, passphrase)
    family, _ = create_family(db, display_name=name, actor="coach")
    save_plan_version(db, family_id=family.id, content=sample_plan(), actor="coach")
    db.dispose()
    return family.id


def test_backup_restore_audit(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    fid = seed(paths, "Peeters")
    auto = run(paths.root, "backup")
    assert auto.returncode == 0, auto.stderr
    assert "Backup written to" in auto.stdout and str(paths.backups) in auto.stdout
    target = tmp_path / "usb" / "peeters.vracbak"
    manual = run(paths.root, "backup", "--to", str(target))
    assert manual.returncode == 0 and target.exists()
    seed(paths, "Dubois")
    restored = run(paths.root, "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    assert "Restored 1 families (1 plan versions, histories verified)" in restored.stdout
    assert "is kept as" in restored.stdout
    listed = run(paths.root, "list-families")
    assert listed.stdout.count("\n") == 1 and "Peeters" in listed.stdout
    audit = run(paths.root, "audit", "--family", fid, "--csv", str(tmp_path / "audit.csv"))
    assert audit.returncode == 0, audit.stderr
    rows = list(csv.DictReader((tmp_path / "audit.csv").open(encoding="utf-8")))
    assert [r["action"] for r in rows] == ["created", "saved"]
    everything = run(paths.root, "audit")
    assert "restored" in everything.stdout and "backup" in everything.stdout
    assert "Peeters" not in everything.stdout  # who and when, never content


def test_restore_refusals_are_clear_and_change_nothing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    seed(paths, "Peeters")
    target = tmp_path / "b.vracbak"
    assert run(paths.root, "backup", "--to", str(target)).returncode == 0
    before = paths.database.read_bytes()
    cut = tmp_path / "cut.vracbak"
    cut.write_bytes(target.read_bytes()[:5000])
    bad = run(paths.root, "restore", str(cut))
    assert bad.returncode == 2 and "damaged or truncated" in bad.stderr
    assert "Traceback" not in bad.stderr and "ERROR CORE" not in bad.stderr
    missing = run(paths.root, "restore", str(tmp_path / "nope.vracbak"))
    assert missing.returncode == 2 and "There is no backup file" in missing.stderr
    with InstanceLock(paths):
        busy = run(paths.root, "restore", str(target))
    assert busy.returncode == 2 and "already running" in busy.stderr
    assert paths.database.read_bytes() == before


def test_passphrase_database_backup_and_restore(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DataPaths(tmp_path / "data")
    with monkeypatch.context() as m:
        m.setattr(keys, "secure_keyring", lambda: None)
        keys.create_passphrase(paths, "correct horse battery", scrypt_n=2**12)
        seed(paths, "Dubois", "correct horse battery")
    env = {k: v for k, v in os.environ.items() if k != "VRAC_TEST_KEYRING_FILE"}
    env["VRAC_PASSPHRASE"] = "correct horse battery"
    target = tmp_path / "b.vracbak"
    made = run(paths.root, "backup", "--to", str(target), env=env)
    assert made.returncode == 0, made.stderr
    assert run(paths.root, "restore", str(target), env=env).returncode == 0
    wrong = run(paths.root, "restore", str(target), env=dict(env, VRAC_PASSPHRASE="nope nope"))
    assert wrong.returncode == 2 and "the passphrase is wrong" in wrong.stderr
