"""The first screen's list is read in two parts: the first rows for the first paint, the rest
just after it (or when anything loads the app before a paint); the list then equals what the
services list (store/first_screen.py: FIRST_ROWS)."""

from __future__ import annotations

from typing import Any

import pytest

from vrac_desktop.services.families import create_family, search_families
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui import app as gui_app
from vrac_desktop.gui.main_window import MainWindow

NAMES = [f"Family {n}" for n in ("Peeters", "Jansen", "Maes", "Claes", "Wouters")]


@pytest.fixture
def started(paths: DataPaths, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> MainWindow:
    db = open_local(paths)
    for name in NAMES:
        create_family(db, display_name=name, actor="coach")
    db.dispose()
    monkeypatch.setattr(gui_app, "FIRST_ROWS", 2)  # five families: two, then three more
    window = gui_app.start_window(paths, Settings(paths.settings))
    assert window is not None and not window.is_loaded()
    qtbot.addWidget(window)
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.families.model
    return [model.family_at(r).display_name for r in range(model.rowCount())]


def _listed_by_services(window: MainWindow) -> list[str]:
    db: Database = window.database()
    return [f.display_name for f in search_families(db)]


def test_first_rows_painted_then_the_rest_before_the_load(started: MainWindow,
                                                          qtbot: Any) -> None:
    window = started
    at_paint: list[list[str]] = []
    window.first_painted.connect(lambda: at_paint.append(_names(window)))
    window.show()
    qtbot.waitUntil(window.is_loaded, timeout=30_000)
    assert at_paint == [["Family Wouters", "Family Claes"]]  # newest first
    assert _names(window) == list(reversed(NAMES)) == _listed_by_services(window)
    window.opened_database().dispose()  # type: ignore[union-attr]


def test_loading_before_any_paint_reads_the_rest_too(started: MainWindow) -> None:
    window = started
    assert len(_names(window)) == 2
    assert window.ensure_loaded()  # e.g. a menu opened, or no paint came
    assert _names(window) == list(reversed(NAMES)) == _listed_by_services(window)
    window.opened_database().dispose()  # type: ignore[union-attr]
