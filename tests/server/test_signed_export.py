"""export-family carries every version's author signature; import-family refuses a history
edited and re-hashed after export (it imported with exit 0 before signatures)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.export_files import rehash, set_in
from tests.factories import sample_plan, with_progress
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.transfer import ImportRefusedError, export_family, import_family
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.provenance import Signer
from vrac_desktop.store.signing_keys import signing_identity


@pytest.fixture
def exported(db: Database, paths: DataPaths, tmp_path: Path) -> tuple[Path, str]:
    family, _ = create_family(db, display_name="Jansen", actor="anna")
    plan = sample_plan()
    save_plan_version(db, family_id=family.id, content=plan, actor="anna")
    save_plan_version(db, family_id=family.id, content=with_progress(plan), actor="anna")
    signer = Signer(signing_identity(paths, coach_name="Anna"))
    path = export_family(db, family_id=family.id, path=tmp_path / "f.json", actor="anna",
                         signer=signer)
    return path, family.id


def fresh(tmp_path: Path, name: str) -> Database:
    return open_local(DataPaths(tmp_path / name))


def test_signed_export_imports_and_names_its_signer(exported: tuple[Path, str],
                                                    tmp_path: Path) -> None:
    path, _ = exported
    doc = json.loads(path.read_text())
    signed = {x["hash"] for x in doc["signatures"]}
    assert {v["hash"] for v in doc["versions"]} <= signed and len(doc["certificates"]) == 1
    other = fresh(tmp_path, "other")
    try:
        result = import_family(other, path=path, actor="carla")
        assert result.versions == 2 and result.unsigned == 0
        assert [(name, known) for name, _, known in result.signers] == [("Anna", False)]
    finally:
        other.dispose()


@pytest.mark.parametrize("attack", ["edit and re-hash", "strip signatures",
                                    "re-sign with another key"])
def test_edited_and_rehashed_history_is_refused(exported: tuple[Path, str], tmp_path: Path,
                                                attack: str) -> None:
    path, _ = exported
    doc = json.loads(path.read_text())
    set_in(doc, ["versions", 0, "content_json", "vision", "text"], "Rewritten after the fact")
    rehash(doc)
    if attack == "strip signatures":
        doc["signatures"], doc["certificates"] = [], []
    if attack == "re-sign with another key":
        forger = Signer(signing_identity(DataPaths(tmp_path / "forger"), coach_name="Anna"))
        from vrac_desktop.store.provenance import version_message

        doc["signatures"] = [{"hash": v["hash"], "signer": forger.fingerprint,
                              "signature": forger.sign(version_message(v["hash"]))}
                             for v in doc["versions"]]
        doc["certificates"] = [forger.pem]
    path.write_text(json.dumps(doc))
    target = fresh(tmp_path, f"target-{attack[:4]}")
    try:
        if attack == "re-sign with another key":
            # The signatures verify, but the signer is nobody this laptop knows: the import
            # says so by name and fingerprint (the CLI prints it), never as a known author.
            result = import_family(target, path=path, actor="carla")
            assert [known for _, _, known in result.signers] == [False]
            return
        with pytest.raises(ImportRefusedError, match="signature|signed") as info:
            import_family(target, path=path, actor="carla", allow_unsigned=False)
        assert "nothing was imported" in str(info.value)
        with target.engine.connect() as conn:
            from sqlalchemy import text

            assert conn.execute(text("SELECT count(*) FROM families")).scalar_one() == 0
    finally:
        target.dispose()


def test_cli_refuses_a_rehashed_export(exported: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = exported
    doc = json.loads(path.read_text())
    set_in(doc, ["versions", 1, "content_json", "vision", "text"], "Rewritten")
    rehash(doc)
    path.write_text(json.dumps(doc))
    done = subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir",
                           str(tmp_path / "cli"), "import-family", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "changed after it was signed" in done.stderr


def test_cli_refuses_an_unsigned_export_unless_asked(exported: tuple[Path, str],
                                                     tmp_path: Path) -> None:
    path, _ = exported
    doc = json.loads(path.read_text())
    doc["signatures"], doc["certificates"] = [], []
    path.write_text(json.dumps(doc))

    def cli(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir",
                               str(tmp_path / "cli"), "import-family", str(path), *extra],
                              capture_output=True, text=True, timeout=120)

    refused = cli()
    assert refused.returncode == 2 and "carries no author signature" in refused.stderr
    accepted = cli("--allow-unsigned")
    assert accepted.returncode == 0, accepted.stderr
    assert "2 version(s) carry no signature" in accepted.stdout
