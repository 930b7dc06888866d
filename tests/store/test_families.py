from __future__ import annotations

import pytest

from vrac_desktop.domain.model import FamilyStatus
from vrac_desktop.services.families import (
    FamilyInputError,
    create_family,
    search_families,
    update_family,
)
from vrac_desktop.store.database import Database


def test_search_as_you_type_by_name_or_reference(db: Database) -> None:
    for name, ref in [("Janssens", "MEC-1"), ("Dubois", "LIL-7"), ("Jansen", "LEI-3"),
                      ("O'Brien", "NOR-100%")]:
        create_family(db, display_name=name, reference=ref, actor="coach")
    assert [f.display_name for f in search_families(db, text="jans")] == ["Jansen", "Janssens"]
    assert [f.display_name for f in search_families(db, text="lil")] == ["Dubois"]
    assert [f.display_name for f in search_families(db, text="jan lei")] == ["Jansen"]
    assert [f.display_name for f in search_families(db, text="100%")] == ["O'Brien"]
    # A LIKE wildcard typed by the user is a literal character, not "anything".
    assert [f.display_name for f in search_families(db, text="%")] == ["O'Brien"]
    assert [f.display_name for f in search_families(db, text="_")] == []


def test_closed_families_hidden_by_default(db: Database) -> None:
    family, _ = create_family(db, display_name="Peeters", actor="coach")
    update_family(db, family_id=family.id, status=FamilyStatus.CLOSED, actor="coach")
    assert search_families(db) == []
    assert [f.display_name for f in search_families(db, include_closed=True)] == ["Peeters"]


@pytest.mark.parametrize(("name", "language", "message"), [
    ("   ", "en", "needs a name"),
    ("x" * 501, "en", "longer than 500"),
    ("Peeters", "de", "not one of"),
])
def test_bad_family_input(db: Database, name: str, language: str, message: str) -> None:
    with pytest.raises(FamilyInputError, match=message):
        create_family(db, display_name=name, language=language, actor="coach")
    assert search_families(db, include_closed=True) == []
