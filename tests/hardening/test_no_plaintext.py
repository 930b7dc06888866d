"""100 seeded strings: none on disk in the database, its WAL, the backups or the temp folder."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import sample_plan
from vrac_desktop.domain.model import TextItem, new_id
from vrac_desktop.services.backup import make_backup
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.restore import restore_backup
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths

SECRETS = [f"Seeded-{i:03d}-Qwxzjkv" for i in range(100)]


def scan(folders: list[Path]) -> list[tuple[str, str]]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            raw = path.read_bytes()
            for secret in SECRETS:
                if secret.encode() in raw or secret.encode("utf-16-le") in raw:
                    found.append((secret, str(path)))
    return found


def test_seeded_strings_reach_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    for i, secret in enumerate(SECRETS[:50]):
        family, _ = create_family(db, display_name=secret, reference=f"R{i}", actor="coach")
        plan = sample_plan()
        save_plan_version(db, family_id=family.id, actor="coach",
                          content=replace(plan, vision=TextItem(new_id(), SECRETS[50 + i])))
    assert any(p.name.endswith("-wal") and p.stat().st_size > 0 for p in paths.root.iterdir())
    made = make_backup(db, paths=paths, actor="coach")
    # Checked while the engine is open (WAL full) and again after a restore.
    files_checked = [p for p in paths.root.rglob("*") if p.is_file()]
    assert made.path in files_checked
    assert scan([paths.root, temp]) == []
    db.dispose()
    restore_backup(paths=paths, backup=made.path, actor="coach")
    assert len(list(paths.backups.iterdir())) == 2  # the backup and the kept database
    assert scan([paths.root, temp]) == []
    # The check can fail: a plaintext copy would be found.
    (temp / "leak.txt").write_text(SECRETS[7])
    assert scan([temp]) == [(SECRETS[7], str(temp / "leak.txt"))]
