"""Start-up loads only what the families list needs: the charts library when a family is first
shown, Alembic only when the database is not at the newest migration (bench: cold start)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from vrac_desktop.services.families import create_family
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
    print("charts", type(window.home.goals_chart).__name__, "pyqtgraph" in sys.modules)
    db.dispose()
""")


def test_families_list_shows_before_charts_and_alembic_are_loaded(
        db: Database, paths: DataPaths) -> None:
    create_family(db, display_name="Family Jansen", actor="coach")
    db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(paths.root)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "rows 1" in lines
    assert "at start False False" in lines
    assert "charts GoalsOverviewWidget True" in lines
