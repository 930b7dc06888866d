"""The families page searches through the index as the coach types: one query after the last
key (the 120 ms debounce), by family name, reference and the newest plan's team names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.factories import sample_plan
from vrac_desktop.services.families import create_family, search_families, update_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database

from vrac_desktop.gui.families_page import FamiliesPage


def _shown(page: FamiliesPage) -> list[str]:
    return [page.model.family_at(r).display_name for r in range(page.model.rowCount())]


def test_typing_searches_once_after_the_last_key(qtbot: Any, db: Database) -> None:
    amrani, _ = create_family(db, display_name="El Amrani", reference="LEI-7", actor="coach")
    save_plan_version(db, family_id=amrani.id, content=sample_plan(), actor="coach")
    create_family(db, display_name="Jansen", reference="REF-1", actor="coach")
    create_family(db, display_name="Janssens", reference="REF-2", actor="coach")
    page = FamiliesPage(db, actor="coach")
    qtbot.addWidget(page)
    page.show()
    assert _shown(page) == ["Janssens", "Jansen", "El Amrani"]  # recent first
    resets: list[str] = []
    page.model.modelReset.connect(lambda: resets.append(page.search.text()))

    qtbot.keyClicks(page.search, "yusuf")  # a child in El Amrani's plan
    qtbot.waitUntil(lambda: resets == ["yusuf"], timeout=2000)
    assert _shown(page) == ["El Amrani"]
    qtbot.wait(200)
    assert resets == ["yusuf"]  # five keys, one query

    page.search.clear()
    qtbot.keyClicks(page.search, "jAN")
    qtbot.waitUntil(lambda: resets[-1:] == ["jAN"], timeout=2000)
    assert _shown(page) == ["Janssens", "Jansen"]
    # A rename shows at the next key; a one-letter key matches inside names and members.
    update_family(db, family_id=amrani.id, display_name="Benali", actor="coach")
    page.search.clear()
    qtbot.keyClicks(page.search, "b")
    qtbot.waitUntil(lambda: resets[-1:] == ["b"], timeout=2000)
    assert _shown(page) == [f.display_name for f in search_families(db, text="b")]
    assert "Benali" in _shown(page)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: resets[-1:] == [""], timeout=2000)
    assert _shown(page) == ["Benali", "Janssens", "Jansen"]
