"""Start-up loads only what the families list needs: the first paint shows the families read
with one plain SQLCipher query (store/first_screen.py), before SQLAlchemy, Alembic and
pyqtgraph are imported; the rest loads just after it (or at once when the coach types or
clicks first). The charts library comes when a family's charts are first shown, Alembic only
when the database is not at the newest migration (bench: cold start)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.factories import sample_plan
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from vrac_desktop.gui.main_window import MainWindow
    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.paths import DataPaths

    app = QApplication([])
    paths = DataPaths(Path(sys.argv[1]))
    db = open_local(paths)
    window = MainWindow(db, actor="coach", paths=paths)
    window.show()
    app.processEvents()
    print("rows", window.families.model.rowCount())
    print("at start", "pyqtgraph" in sys.modules, "alembic" in sys.modules)
    window.open_family(window.families.model.family_at(0).id)
    app.processEvents()
    print("opened", "pyqtgraph" in sys.modules)
    window.home.tabs.setCurrentIndex(1)  # Progress: the charts are drawn when shown
    app.processEvents()
    print("progress", window.home._charts is not None, "pyqtgraph" in sys.modules)
    print("charts", type(window.home.goals_chart).__name__, "pyqtgraph" in sys.modules)
    db.dispose()
""")


def test_families_list_shows_before_charts_and_alembic_are_loaded(
        db: Database, paths: DataPaths) -> None:
    family, _ = create_family(db, display_name="Family Jansen", actor="coach")
    save_plan_version(db, family_id=family.id, content=sample_plan(), actor="coach")
    db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(paths.root)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "rows 1" in lines
    assert "at start False False" in lines
    assert "opened False" in lines  # the Progress tab is hidden: no chart drawn yet
    assert "progress True True" in lines
    assert "charts GoalsOverviewWidget True" in lines


FIRST_SCREEN = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.settings import Settings
    from vrac_desktop.gui.app import start_window

    HEAVY = ("sqlalchemy", "sqlalchemy.orm", "alembic", "pyqtgraph")
    # What keyring's own dependencies import but reading the key does not use (deferred).
    KEYRING_EXTRAS = ("urllib.request", "http.client", "email.parser", "more_itertools",
                      "importlib_metadata")
    app = QApplication([])
    paths = DataPaths(Path(sys.argv[1]))
    window = start_window(paths, Settings(paths.settings))

    def names():
        model = window.families.model
        return "|".join(model.family_at(r).display_name for r in range(model.rowCount()))

    def painted():
        print("painted", *[m in sys.modules for m in HEAVY])
        from vrac_desktop.lazy_import import is_loaded

        import json

        mode = json.loads(paths.key_file.read_text())["mode"]
        print("painted keyring", mode, *[is_loaded(m) for m in KEYRING_EXTRAS])
        print("painted domain", *[m in sys.modules for m in ("vrac_desktop.domain.model",
                                                             "vrac_desktop.domain.cycle")])
        print("painted cryptography", "cryptography" in sys.modules)
        # What PySide6 builds on first use, each costing the first screen 1 to 11 ms: the Qt
        # namespace (93 enums), the 53 event classes (a Python override given a plain
        # QEvent), QMessageBox; and the dataclasses module (gui/widgets.py, store/paths.py).
        import PySide6.QtCore
        import PySide6.QtWidgets

        print("painted built", "Qt" in vars(PySide6.QtCore), "QChildEvent" in vars(PySide6.QtCore),
              "QMessageBox" in vars(PySide6.QtWidgets), "dataclasses" in sys.modules)
        print("painted loaded", window.is_loaded(), window.families.table.isVisible())
        print("painted names", names())

    window.first_painted.connect(painted)
    window.loaded.connect(lambda: print("loaded", "sqlalchemy.orm" in sys.modules))
    if sys.argv[2] == "typing":
        # Typed between two steps of the load: the search box shows it at once, and the list
        # follows once the rest is loaded.
        from PySide6.QtCore import QTimer
        from PySide6.QtTest import QTest

        def type_now():
            QTest.keyClicks(window.families.search, "jans")
            print("typed", window.families.search.text(), window.is_loaded())

        window.first_painted.connect(lambda: QTimer.singleShot(0, type_now))
        window.show()
        while not window.is_loaded():
            app.processEvents()
        QTest.qWait(400)  # the search's debounce
        print("listed", names())
        sys.exit(0)
    if sys.argv[2] == "early":
        # The coach types and opens a family before the rest is loaded: it waits for it.
        window.show()
        window.families.search.setText("jans")
        window.families.refresh()
        print("early search", window.is_loaded(), names())
        window.open_family(window.families.model.family_at(0).id)
        print("early open", window.stack.currentWidget() is window.home, window.home.family_id
              == window.families.model.family_at(0).id)
        sys.exit(0)
    window.show()
    while not window.is_loaded():
        app.processEvents()
    from vrac_desktop.services.families import search_families

    print("services names", "|".join(f.display_name for f in search_families(window.database())))
    window.families.search.setText("jans")
    window.families.refresh()
    print("search", names())
    window.open_family(window.families.model.family_at(0).id)
    print("open", window.stack.currentWidget() is window.home)
    window.database().dispose()
""")


def _three_families(db: Database) -> None:
    for name in ("Family Peeters", "Family Jansen", "Family Maes"):
        family, _ = create_family(db, display_name=name, actor="coach")
    save_plan_version(db, family_id=family.id, content=sample_plan(), actor="coach")
    db.dispose()


def _first_screen(paths: DataPaths, mode: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", FIRST_SCREEN, str(paths.root), mode], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_first_paint_shows_the_families_before_the_orm_charts_and_alembic(
        db: Database, paths: DataPaths) -> None:
    _three_families(db)
    lines = _first_screen(paths, "normal")
    # At the first paint of the families list: neither SQLAlchemy (its ORM included) nor
    # Alembic nor pyqtgraph imported, the list on screen, the rest not loaded yet.
    assert "painted False False False False" in lines
    # The key came from the keyring without running what keyring imports for downloads
    # (urllib.request, http.client, email) and backend discovery (importlib_metadata).
    assert "painted keyring keyring False False False False False" in lines
    # The list needs a family's status and phase (domain/states.py), not the plan model.
    assert "painted domain False False" in lines
    assert "painted cryptography False" in lines  # keyring mode: no wrap to open
    assert "painted built False False False False" in lines
    assert "painted loaded False True" in lines
    # The same families, in the same order, as the services list once loaded.
    names = "Family Maes|Family Jansen|Family Peeters"
    assert f"painted names {names}" in lines
    assert f"services names {names}" in lines
    assert lines.index("loaded True") > lines.index(f"painted names {names}")
    assert "search Family Jansen" in lines  # search and opening work once loaded
    assert "open True" in lines


def test_searching_and_opening_before_the_load_wait_for_it(db: Database,
                                                           paths: DataPaths) -> None:
    _three_families(db)
    lines = _first_screen(paths, "early")
    assert "early search True Family Jansen" in lines
    assert "early open True True" in lines


def test_typing_while_the_rest_loads_shows_at_once_and_searches_once_loaded(
        db: Database, paths: DataPaths) -> None:
    _three_families(db)
    lines = _first_screen(paths, "typing")
    assert "typed jans False" in lines  # echoed before the load finished
    assert "listed Family Jansen" in lines


FEATURE_HOOK = textwrap.dedent("""
    import builtins
    import sys
    from PySide6.QtWidgets import QApplication
    print("wrapped", builtins.__import__ is builtins.__feature_import__)
    import vrac_desktop.gui
    import colorsys  # a module imported for the first time after the GUI package
    feature = sys.modules["shibokensupport.feature"]
    print("scanned", "colorsys" in feature.pyside_feature_dict)
    print("plain", builtins.__import__ is builtins.__orig_import__)
    from PySide6.QtCore import Qt
    app = QApplication([])
    from vrac_desktop.gui.families_page import FamiliesPage
    page = FamiliesPage(None, actor="coach")
    print("works", Qt.AlignmentFlag.AlignLeft in Qt.AlignmentFlag.AlignLeft
          | Qt.AlignmentFlag.AlignTop, page.table.model() is page.model)
""")


def test_pyside_feature_import_hook_is_put_back() -> None:
    """PySide6 wraps the import statement for ``from __feature__ import ...`` (unused here),
    reading the source of every module imported after it; the GUI package puts Python's
    back (gui/__init__.py): later modules are not scanned, Qt works as before."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", FEATURE_HOOK], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["wrapped True", "scanned False", "plain True",
                                        "works True True"]
