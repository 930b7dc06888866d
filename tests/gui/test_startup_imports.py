"""Start-up loads only what the families list needs: the charts library when a family is first
shown, Alembic only when the database is not at the newest migration (bench: cold start)."""

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
