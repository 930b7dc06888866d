"""Append-only, hash-chained plan versions as stored; tampering is found and located."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from tests.factories import sample_plan, stored_diff, with_progress
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import (
    PlanInvalidError,
    current_version,
    list_versions,
    save_plan_version,
)
from vrac_desktop.store import keys
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import ConflictError
from vrac_desktop.store.paths import DataPaths


def three_versions(db: Database) -> str:
    family, _ = create_family(db, display_name="Janssens", actor="coach")
    plan = sample_plan()
    save_plan_version(db, family_id=family.id, content=plan, actor="coach")
    plan = with_progress(plan)
    save_plan_version(db, family_id=family.id, content=plan, actor="coach")
    save_plan_version(db, family_id=family.id, content=replace(plan, safety=()), actor="coach")
    return family.id


def raw_connection(paths: DataPaths) -> sqlcipher.Connection:
    backend = keys.secure_keyring()
    assert backend is not None
    key = backend.get_password(keys.SERVICE, keys.entry_name(paths))
    conn = sqlcipher.connect(str(paths.database))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    return conn


def test_versions_chain_and_number(db: Database) -> None:
    fid = three_versions(db)
    versions = list_versions(db, family_id=fid)
    assert [v.number for v in versions] == [1, 2, 3]
    current = current_version(db, family_id=fid)
    assert current is not None and current.number == 3
    assert current.prev_hash == versions[1].hash
    report = verify_history(db)
    assert report.ok and report.versions == 3


def test_database_refuses_updates_of_a_version(db: Database) -> None:
    three_versions(db)
    with pytest.raises(DatabaseError, match="immutable"), db.session() as s:
        s.execute(text("UPDATE plan_versions SET created_by = 'x' WHERE number = 2"))


@pytest.mark.sqlcipher_only
def test_one_changed_byte_is_reported_with_its_version(db: Database, paths: DataPaths) -> None:
    fid = three_versions(db)
    db.dispose()
    conn = raw_connection(paths)
    conn.execute("DROP TRIGGER plan_versions_no_update")  # what an attacker with the key does
    conn.execute("UPDATE plan_versions SET content_json = replace(content_json, 'Yusuf', 'Yusuh')"
                 " WHERE number = 2")
    conn.commit()
    conn.close()
    from vrac_desktop.store.database import open_local
    db2 = open_local(paths)
    report = verify_history(db2)
    db2.dispose()
    assert not report.ok
    assert [(p.family_id, p.number) for p in report.problems] == [(fid, 2)]
    assert "content does not match" in report.problems[0].message


@pytest.mark.sqlcipher_only
def test_deleting_the_newest_version_is_detected(db: Database, paths: DataPaths) -> None:
    three_versions(db)
    db.dispose()
    conn = raw_connection(paths)
    conn.execute("DELETE FROM plan_versions WHERE number = 3")
    conn.commit()
    conn.close()
    from vrac_desktop.store.database import open_local
    db2 = open_local(paths)
    report = verify_history(db2)
    db2.dispose()
    assert [p.message for p in report.problems] == ["3 versions were saved but 2 are present"]


def test_invalid_plan_is_not_saved(db: Database) -> None:
    family, _ = create_family(db, display_name="Janssens", actor="coach")
    plan = sample_plan()
    bad = replace(plan, actions=(replace(plan.actions[0], responsible_id=None),))
    with pytest.raises(PlanInvalidError) as info:
        save_plan_version(db, family_id=family.id, content=bad, actor="coach")
    assert info.value.problems[0].code == "action.no_responsible"
    assert list_versions(db, family_id=family.id) == []


def test_failed_save_leaves_nothing_half_written(db: Database) -> None:
    from datetime import date

    from vrac_desktop.domain.model import Rater, Rating, new_id
    family, _ = create_family(db, display_name="Janssens", actor="coach")
    plan = sample_plan()
    rating = Rating(new_id(), plan.goals[0].id, date(2027, 1, 1), 5, Rater.FAMILY)
    # The same rating twice violates its primary key inside the transaction.
    with pytest.raises(ConflictError, match="nothing was saved"):
        save_plan_version(db, family_id=family.id, content=plan, actor="coach",
                          ratings=[rating, rating])
    assert list_versions(db, family_id=family.id) == []
    assert verify_history(db).ok


def test_diff_between_stored_versions(db: Database) -> None:
    fid = three_versions(db)
    diff = stored_diff(db, family_id=fid, old=1, new=2)
    assert [a.label for a in diff.section("actions").added] == ["Football club on Wednesday"]
    assert len(stored_diff(db, family_id=fid, old=2, new=3).section("safety").removed) == 1
