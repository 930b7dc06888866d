"""The first screen's list is read in two parts: the first rows for the first paint, the rest
just after it (or when anything loads the app before a paint); the list then equals what the
services list (store/first_screen.py: FIRST_ROWS)."""

from __future__ import annotations

from typing import Any

import pytest

from vrac_desktop.services.families import create_family, search_families
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.first_screen import FIRST_ROWS
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


def test_a_second_start_brings_the_window_forward_as_it_was(started: MainWindow,
                                                            qtbot: Any) -> None:
    """Seen under a window manager: the second start's request un-maximised the window."""
    from PySide6.QtCore import Qt

    window = started
    window.showMaximized()
    qtbot.waitUntil(window.is_loaded, timeout=30_000)
    window.bring_forward()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.showMinimized()
    window.bring_forward()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.windowState() & Qt.WindowState.WindowMaximized  # back as it was
    assert window.isVisible()
    window.opened_database().dispose()  # type: ignore[union-attr]


def test_the_first_paint_reads_what_the_screen_shows(paths: DataPaths, qtbot: Any) -> None:
    """Fewer rows than FIRST_ROWS when the screen is small, never fewer than the maximised
    window's list shows: the first paint is a full list."""
    db = open_local(paths)
    for n in range(120):
        create_family(db, display_name=f"Family {n:03d}", actor="coach")
    db.dispose()
    window = gui_app.start_window(paths, Settings(paths.settings))
    assert window is not None
    qtbot.addWidget(window)
    at_paint: list[int] = []
    window.first_painted.connect(lambda: at_paint.append(window.families.model.rowCount()))
    window.showMaximized()
    qtbot.waitUntil(window.is_loaded, timeout=30_000)
    table = window.families.table
    shown = table.rowAt(table.viewport().height() - 1) + 1 or window.families.model.rowCount()
    assert at_paint == [gui_app.first_rows()]
    assert shown < at_paint[0] < FIRST_ROWS  # the offscreen screen is 800 px tall
    assert window.families.model.rowCount() == 120  # the rest, once painted
    window.opened_database().dispose()  # type: ignore[union-attr]
