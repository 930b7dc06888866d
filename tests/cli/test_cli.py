"""The vrac-desktop command as a user runs it: a real subprocess, its own data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.export_files import set_in
from tests.factories import sample_plan, with_progress
from vrac_desktop import __version__
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import list_versions, save_plan_version
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths


def run(*args: str, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "vrac_desktop.cli"]
    if data is not None:
        cmd += ["--data-dir", str(data)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))


def seeded(paths: DataPaths) -> str:
    db = open_local(paths)
    family, _ = create_family(db, display_name="Janssens 👪", reference="LEI-9", actor="coach")
    plan = sample_plan()
    save_plan_version(db, family_id=family.id, content=plan, actor="coach")
    save_plan_version(db, family_id=family.id, content=with_progress(plan), actor="coach")
    db.dispose()
    return family.id


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vrac-desktop {__version__}"


def test_export_then_import_into_empty_data_dir(tmp_path: Path) -> None:
    source = DataPaths(tmp_path / "laptop-a")
    fid = seeded(source)
    export = tmp_path / "family.json"
    result = run("export-family", fid, "--json", str(export), data=source.root)
    assert result.returncode == 0, result.stderr
    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["format"] == "vrac-desktop.family-export" and data["schema_version"] == 3

    target = tmp_path / "laptop-b"
    result = run("import-family", str(export), data=target)
    assert result.returncode == 0, result.stderr
    assert "with 2 plan versions" in result.stdout

    a, b = open_local(source), open_local(DataPaths(target))
    try:
        va, vb = list_versions(a, family_id=fid), list_versions(b, family_id=fid)
        assert [(v.number, v.hash) for v in va] == [(v.number, v.hash) for v in vb]
        from vrac_desktop.services.plans import get_version
        for v in va:
            assert get_version(a, family_id=fid, number=v.number) == get_version(
                b, family_id=fid, number=v.number)
    finally:
        a.dispose()
        b.dispose()
    assert run("verify-history", data=target).returncode == 0

    again = run("import-family", str(export), data=target)
    assert again.returncode == 2 and "already in this database" in again.stderr


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe garbage", "not UTF-8"),
    (b"[]", "expected a JSON object"),
    (b'{"format": "something-else"}', "not a VRAC Desktop family export"),
    (b'{"format": "vrac-desktop.family-export", "schema_version": 99}', "newer VRAC Desktop"),
    (b"[" * 100_000 + b"]" * 100_000, "expected a JSON object"),
])
def test_malformed_import_names_the_problem_and_changes_nothing(
        tmp_path: Path, content: bytes, message: str) -> None:
    target = DataPaths(tmp_path / "data")
    seeded(target)
    before = run("list-families", "--all", data=target.root).stdout
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = run("import-family", str(bad), data=target.root)
    assert result.returncode == 2
    assert message in result.stderr or message.replace("expected a JSON object", "nested") \
        in result.stderr
    assert run("list-families", "--all", data=target.root).stdout == before


def test_tampered_export_is_refused(tmp_path: Path) -> None:
    source = DataPaths(tmp_path / "a")
    fid = seeded(source)
    export = tmp_path / "family.json"
    assert run("export-family", fid, "--json", str(export), data=source.root).returncode == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    set_in(data, ["versions", 0, "content_json", "vision", "text"], "changed after export")
    export.write_text(json.dumps(data), encoding="utf-8")
    result = run("import-family", str(export), data=tmp_path / "b")
    assert result.returncode == 2
    assert "Version 1 in the file was changed after export" in result.stderr


def test_wrong_type_deep_in_the_file_is_located(tmp_path: Path) -> None:
    source = DataPaths(tmp_path / "a")
    fid = seeded(source)
    export = tmp_path / "family.json"
    run("export-family", fid, "--json", str(export), data=source.root)
    data = json.loads(export.read_text(encoding="utf-8"))
    set_in(data, ["versions", 1, "content_json", "goals", 0, "target"], "nine")
    export.write_text(json.dumps(data), encoding="utf-8")
    result = run("import-family", str(export), data=tmp_path / "b")
    assert result.returncode == 2
    assert "versions[1].content_json.goals[0].target: expected a whole number" in result.stderr


def test_verify_history_reports_the_broken_version(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    seeded(paths)
    ok = run("verify-history", data=paths.root)
    assert ok.returncode == 0
    assert "OK: 2 plan versions, 0 evaluations and 0 transition plans of 1 families" \
        in ok.stdout
    from tests.store.test_history_store import raw_connection
    conn = raw_connection(paths)
    conn.execute("DROP TRIGGER plan_versions_no_update")
    conn.execute("UPDATE plan_versions SET created_by = 'mallory' WHERE number = 1")
    conn.commit()
    conn.close()
    broken = run("verify-history", data=paths.root)
    assert broken.returncode == 1
    assert "version 1: record does not match its hash" in broken.stdout


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VRAC_DATA_DIR", str(tmp_path / "env-data"))
    assert run("list-families").returncode == 0
    assert (tmp_path / "env-data" / "vrac.db").exists()


def test_passphrase_mode_from_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vrac_desktop.store import keys
    paths = DataPaths(tmp_path / "pp")
    keys.create_passphrase(paths, "kitchen table 42", scrypt_n=2**14)
    monkeypatch.setenv("VRAC_PASSPHRASE", "kitchen table 42")
    assert run("list-families", data=paths.root).returncode == 0
    monkeypatch.setenv("VRAC_PASSPHRASE", "kitchen table 43")
    wrong = run("list-families", data=paths.root)
    assert wrong.returncode == 2 and "passphrase is wrong" in wrong.stderr
