"""Every page checked: ``verify-history`` and a backup find a damaged page (SQLCipher's
page HMAC), where the hash chains alone said OK; a damaged database is never backed up over
the good backups."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.factories import sample_plan
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(data),
                           *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))


def test_a_damaged_page_is_found_and_not_backed_up(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    for i in range(12):
        family, _ = create_family(db, display_name=f"Family {i}", actor="coach")
        save_plan_version(db, family_id=family.id, content=sample_plan(str(i)), actor="coach")
    db.dispose()  # the WAL folded into the file
    good = cli(paths.root, "backup")
    assert good.returncode == 0, good.stderr
    assert cli(paths.root, "verify-history").returncode == 0
    backups = sorted(p.name for p in paths.backups.iterdir())

    raw = bytearray(paths.database.read_bytes())
    pages = len(raw) // 4096
    assert pages > 8
    raw[(pages - 3) * 4096 + 777] ^= 0x5A  # one byte of a data page near the end
    paths.database.write_bytes(bytes(raw))

    checked = cli(paths.root, "verify-history")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "DAMAGED PAGE" in checked.stdout and "restore the newest good backup" in checked.stdout
    refused = cli(paths.root, "backup")
    assert refused.returncode == 2 and "damaged pages" in refused.stderr
    assert sorted(p.name for p in paths.backups.iterdir()) == backups
    assert paths.database.read_bytes() == bytes(raw)  # the evidence is not touched either


def test_an_emptied_database_is_refused_then_restored(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    create_family(db, display_name="Peeters", actor="coach")
    db.dispose()
    backup = tmp_path / "b.vracbak"
    assert cli(paths.root, "backup", "--to", str(backup)).returncode == 0
    paths.database.write_bytes(b"")
    refused = cli(paths.root, "list-families")
    assert refused.returncode == 2 and "empty (0 bytes)" in refused.stderr
    assert paths.database.stat().st_size == 0  # not replaced by an empty database
    restored = cli(paths.root, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "Peeters" in cli(paths.root, "list-families").stdout
