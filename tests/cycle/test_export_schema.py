"""The family export file, schema 3: a plan version is its stored record (VersionRecord),
``content_json`` the very text its hash covers. Files of schema 1 and 2 still import."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.export_files import as_schema_2, plan_of
from tests.factories import sample_plan
from vrac_desktop.domain.codec import MAX_STRING, DecodeError, canonical_json
from vrac_desktop.domain.model import new_id
from vrac_desktop.domain.transfer import SCHEMA_VERSION, parse_family_export
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import get_version, list_versions, save_plan_version
from vrac_desktop.services.transfer import ImportRefusedError, export_family, import_family
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths

OLD_FILE = Path(__file__).resolve().parents[1] / "data" / "family-export-schema-2.json"


def without_time(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def long_plan_family(db: Database) -> str:
    """Two versions; the second's content is longer than any one text field may be."""
    family, _ = create_family(db, display_name="Family Janssens", actor="anna")
    plan = sample_plan()
    save_plan_version(db, family_id=family.id, content=plan, actor="anna")
    many = tuple(replace(plan.strengths[0], id=new_id(), text=f"{i} " + "patient " * 2_400)
                 for i in range(8))
    save_plan_version(db, family_id=family.id, actor="anna",
                      content=replace(plan, strengths=plan.strengths + many))
    return family.id


def test_schema_3_round_trip_is_identical_and_carries_the_stored_text(
        db: Database, tmp_path: Path) -> None:
    fid = long_plan_family(db)
    first = export_family(db, family_id=fid, path=tmp_path / "a.json", actor="anna")
    data = without_time(first)
    assert data["schema_version"] == SCHEMA_VERSION == 3
    stored = get_version(db, family_id=fid, number=2)
    assert data["versions"][1]["content_json"] == stored.content_json
    assert len(stored.content_json) > MAX_STRING  # longer than one text field may be
    assert all(v["family_id"] == fid for v in data["versions"])
    other = open_local(DataPaths(tmp_path / "other"))
    try:
        assert import_family(other, path=first, actor="anna").versions == 2
        second = export_family(other, family_id=fid, path=tmp_path / "b.json", actor="anna")
        assert without_time(second) == data
        assert get_version(other, family_id=fid, number=2) == stored
        assert verify_history(other).ok
    finally:
        other.dispose()


def test_a_schema_2_file_written_before_imports_into_the_same_records(
        db: Database, tmp_path: Path) -> None:
    """tests/data/family-export-schema-2.json was written by the app before schema 3."""
    old = json.loads(OLD_FILE.read_text(encoding="utf-8"))
    assert old["schema_version"] == 2 and "content" in old["versions"][0]
    result = import_family(db, path=OLD_FILE, actor="anna")
    assert (result.display_name, result.versions) == ("Family Peeters", 2)
    assert verify_history(db).ok
    versions = list_versions(db, family_id=result.family_id)
    assert [v.hash for v in versions] == [v["hash"] for v in old["versions"]]
    again = without_time(export_family(db, family_id=result.family_id,
                                       path=tmp_path / "again.json", actor="anna"))
    # The same file in schema 3: each version's content is the text that was hashed.
    for new, was in zip(again["versions"], old["versions"], strict=True):
        assert json.loads(new["content_json"]) == was["content"]
    old.pop("exported_at")
    assert {**as_schema_2(again), "app_version": old["app_version"]} == old


def test_a_schema_2_file_of_todays_export_imports_identically(db: Database,
                                                               tmp_path: Path) -> None:
    fid = long_plan_family(db)
    current = export_family(db, family_id=fid, path=tmp_path / "a.json", actor="anna")
    older = tmp_path / "schema2.json"
    older.write_text(json.dumps(as_schema_2(json.loads(current.read_text()))), "utf-8")
    other = open_local(DataPaths(tmp_path / "other"))
    try:
        import_family(other, path=older, actor="anna")
        again = export_family(other, family_id=fid, path=tmp_path / "b.json", actor="anna")
        assert without_time(again) == without_time(current)
    finally:
        other.dispose()


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> dict[str, Any]:
    fid = long_plan_family(db)
    path = export_family(db, family_id=fid, path=tmp_path / "a.json", actor="anna")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize(("key", "value", "where", "problem"), [
    ("family_id", "another-family", "versions[0].family_id", "another family"),
    ("content_json", "{not json", "versions[0].content_json", "not valid JSON"),
    ("content_json", '{"vision": 5}', "versions[0].content_json.vision", "expected an object"),
    ("content_json", '{"vision": {"id": "v", "text": "\\udcff"}}', "versions[0].content_json",
     "lone surrogate"),
    ("content_json", "[" * 5_000 + "]" * 5_000, "versions[0].content_json", "nested"),
])
def test_a_version_record_that_does_not_fit_is_refused_where_it_is(
        exported: dict[str, Any], key: str, value: str, where: str, problem: str) -> None:
    exported["versions"][0][key] = value
    with pytest.raises(DecodeError) as info:
        parse_family_export(json.dumps(exported).encode())
    assert info.value.path == where and problem in info.value.problem


def test_a_schema_2_version_without_content_names_the_missing_field(
        exported: dict[str, Any]) -> None:
    old = as_schema_2(exported)
    del old["versions"][1]["content"]
    with pytest.raises(DecodeError) as info:
        parse_family_export(json.dumps(old).encode())
    assert (info.value.path, info.value.problem) == ("versions[1].content", "missing")


def test_the_stored_text_is_what_import_hashes(exported: dict[str, Any], tmp_path: Path) -> None:
    """Not re-encoded: the same plan written with other spacing no longer matches its hash."""
    version = exported["versions"][0]
    spaced = json.dumps(plan_of(version), indent=2)
    assert spaced != version["content_json"]
    assert canonical_json(json.loads(spaced)) == version["content_json"]
    version["content_json"] = spaced
    parsed = parse_family_export(json.dumps(exported).encode())  # the plan itself fits
    assert parsed.versions[0].content_json == spaced
    path = tmp_path / "spaced.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    target = open_local(DataPaths(tmp_path / "target"))
    try:
        with pytest.raises(ImportRefusedError, match="Version 1 in the file was changed after"):
            import_family(target, path=path, actor="anna")
        assert list_versions(target, family_id=exported["family"]["id"]) == []
    finally:
        target.dispose()
