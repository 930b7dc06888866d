"""The first screen's plain reader (store/first_screen.py): the same families list as the
services, and no quick way (None) whenever the full opening has something to do or say."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from tests.factories import sample_plan
from vrac_desktop.domain.model import FamilyStatus, Phase
from vrac_desktop.services.cycle import change_phase
from vrac_desktop.services.families import create_family, search_families, update_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.first_screen import FirstScreen
from vrac_desktop.store.keys import obtain_key
from vrac_desktop.store.paths import DataPaths


@pytest.fixture
def db(paths: DataPaths) -> Iterator[Database]:
    """The local SQLCipher database only: the first screen is the laptop's."""
    database = open_local(paths)
    yield database
    database.dispose()


def _families(db: Database) -> None:
    plain, _ = create_family(db, display_name="Family Peeters", reference="REF-1", actor="c")
    planned, _ = create_family(db, display_name="Family Jansen", reference="REF-2",
                               language="nl", actor="c")
    for tag in ("", " again"):
        save_plan_version(db, family_id=planned.id, content=sample_plan(tag), actor="c")
    # The app records the phases itself (first plan meeting held, first plan approved).
    change_phase(db, family_id=planned.id, to=Phase.TRANSITION, on=date.today(),
                 reason="the family decides to end", actor="c")
    closed, _ = create_family(db, display_name="Family Closed", actor="c")
    update_family(db, family_id=closed.id, actor="c", status=FamilyStatus.CLOSED)
    update_family(db, family_id=plain.id, actor="c", reference="REF-1b")  # now the newest


def test_lists_what_the_services_list_for_an_empty_search(db: Database,
                                                          paths: DataPaths) -> None:
    _families(db)
    expected = search_families(db)
    reader = FirstScreen.open(paths, obtain_key(paths).key)
    assert reader is not None
    try:
        listed = reader.families()
    finally:
        reader.close()
    assert [f.display_name for f in listed] == ["Family Peeters", "Family Jansen"]
    assert [(f.id, f.display_name, f.reference, f.language, f.status, f.updated_at,
             f.versions, f.phase) for f in listed] == \
        [(f.id, f.display_name, f.reference, f.language, f.status, f.updated_at,
          f.versions, f.phase) for f in expected]
    assert listed[1].versions == 2 and listed[1].phase is Phase.TRANSITION


def test_the_limit_keeps_the_newest(db: Database, paths: DataPaths) -> None:
    _families(db)
    reader = FirstScreen.open(paths, obtain_key(paths).key)
    assert reader is not None
    assert [f.display_name for f in reader.families(limit=1)] == ["Family Peeters"]
    reader.close()


def test_reads_only(db: Database, paths: DataPaths) -> None:
    _families(db)
    db.dispose()
    reader = FirstScreen.open(paths, obtain_key(paths).key)
    assert reader is not None
    with pytest.raises(sqlcipher.OperationalError, match="readonly"):
        reader._connection.execute("DELETE FROM families")
    reader.close()
    assert len(search_families(db)) == 2


def _digest(paths: DataPaths) -> dict[str, str]:
    """The database and its journal files, as they are on disk."""
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest()
            for f in paths.root.glob(paths.database.name + "*")}


def test_no_quick_way_for_an_older_schema_and_nothing_written(db: Database,
                                                               paths: DataPaths) -> None:
    _families(db)
    with db.engine.begin() as conn:  # as if written by the previous version of the app
        conn.execute(text("UPDATE alembic_version SET version_num = '0009'"))
    db.dispose()
    before = _digest(paths)
    assert FirstScreen.open(paths, obtain_key(paths).key) is None  # the full way migrates
    assert _digest(paths) == before


def test_no_quick_way_with_a_wrong_key_or_no_database(db: Database, paths: DataPaths) -> None:
    _families(db)
    db.dispose()
    assert FirstScreen.open(paths, bytes(32)) is None  # the full way reports it
    empty = DataPaths(paths.root.parent / "empty")
    assert FirstScreen.open(empty, bytes(32)) is None
    assert not empty.database.exists()  # nothing created


def test_the_list_is_read_from_the_index_without_sorting_the_families(
        db: Database, paths: DataPaths) -> None:
    """Migration 0012: the newest 500 are read from (status, updated_at) backwards, not by
    decrypting every family's row and sorting them (25 ms of the cold start at 10,000)."""
    from vrac_desktop.store.first_screen import _FAMILIES

    _families(db)
    db.dispose()
    reader = FirstScreen.open(paths, obtain_key(paths).key)
    assert reader is not None
    try:
        plan = [row[3] for row in reader._connection.execute(
            "EXPLAIN QUERY PLAN " + _FAMILIES, (FamilyStatus.ACTIVE.value, 500, 0))]
    finally:
        reader.close()
    families = [step for step in plan if "families" in step]
    assert families == ["SEARCH families USING INDEX ix_families_status_updated_at (status=?)"]
    assert not any(step.startswith("SCAN families") for step in plan)
