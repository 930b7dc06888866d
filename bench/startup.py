"""The child process of the cold-start figure (run by bench/run.py, not by hand).

    python bench/startup.py bare
    python bench/startup.py app DATA_DIR [FAMILY_ID]   (test keyring set by the runner)

The parent puts its clock in ``VRAC_BENCH_T0`` (time.time() just before starting the
process); the child writes ``<seconds since T0> <peak RSS in MiB>`` once its window is shown
and usable, then leaves without tearing down (tear-down is not what a user waits for).

* ``bare``: QApplication, a QMainWindow with an empty QTableView, shown, until its first
  paint pass is done (the app's window is timed the same way).
* ``app``: what ``vrac-desktop`` does (``gui/app.py:start_gui``, the code ``run_gui`` runs):
  QApplication, names, icon and style, the data folder taken, settings, translations, unlock
  (the key from the keyring, the first screen's plain SQLCipher reader with its schema
  check), MainWindow with the families list, shown (at the bare window's size). The data
  folder's settings name the coach (bench/generate.py), as after a first start. Line 1 when
  the families list is first painted (MainWindow.first_painted), line 2 when the rest is
  loaded (the database open through the ORM, every page: MainWindow.loaded). With
  ``FAMILY_ID``, a third line after typing a search and opening that family on its progress
  charts.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def compile_tree(root: Path) -> None:
    """Compile a tree's Python to bytecode before timing its start, as an installed app's is
    (pip compiles what it installs, the bundle holds bytecode). This machine sets
    ``PYTHONDONTWRITEBYTECODE``, so an editable checkout would otherwise compile every module
    of the app from source at each start (about 20 ms of CPU, paid by no user)."""
    import compileall

    for part in ("vrac_desktop", "bench", "tests"):
        if (root / part).is_dir():
            compileall.compile_dir(str(root / part), quiet=1, workers=1)


def _peak_rss_mib() -> float:
    """This process's peak RSS. VmHWM, not getrusage: ru_maxrss carries the parent's peak
    over fork+exec, and the bench parent is large by the time it starts children."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux: KiB


def _ready(rows: int, *, leave: bool = True) -> None:
    elapsed = time.time() - float(os.environ["VRAC_BENCH_T0"])
    rss = _peak_rss_mib()
    # The CPU this process used so far (user + system): unlike the wall time, not lengthened
    # by waiting for a core that a busy neighbour holds.
    sys.stderr.write(f"cpu {time.process_time():.4f}\n")
    sys.stderr.flush()
    sys.stdout.write(f"{elapsed:.4f} {rss:.1f} {rows}\n")
    sys.stdout.flush()
    if leave:
        os._exit(0)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Bare(QMainWindow):
        painted = False

        def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
            super().paintEvent(event)  # type: ignore[arg-type]
            if not self.painted:  # ready after the first paint pass, as the app's window
                self.painted = True
                QTimer.singleShot(0, lambda: _ready(0))

    app = QApplication(sys.argv[:1])
    window = Bare()
    window.resize(1100, 720)
    window.setCentralWidget(QTableView())
    window.show()
    while True:
        app.processEvents()


def _older_start(app: Any, paths: Any) -> Any:
    """What run_gui did before start_gui existed (main before round four), step by step."""
    from vrac_desktop.store.settings import Settings

    from vrac_desktop.gui import app as gui_app
    from vrac_desktop.gui.i18n import install_translations, system_language
    from vrac_desktop.gui.single_instance import SingleInstance

    app.setApplicationName("VRAC Desktop")
    app.setWindowIcon(gui_app.app_icon())
    gui_app.apply_style(app)
    settings = Settings(paths.settings)
    install_translations(settings.get("ui_language") or system_language())
    instance = SingleInstance(paths)
    assert instance.start().primary
    _KEEP.append(instance)
    return gui_app.start_window(paths, settings)


_KEEP: list[object] = []


def vrac(data: Path) -> None:
    # In the order ``vrac-desktop`` imports them: its entry point's module (vrac_desktop.cli,
    # which reads the command line and the data folder), then the GUI.
    import vrac_desktop.cli  # noqa: F401, I001 - this order on purpose
    from vrac_desktop.store.paths import DataPaths

    from PySide6.QtWidgets import QApplication

    paths = DataPaths(data)
    app = QApplication(sys.argv[:1])
    # What ``vrac-desktop`` does before its event loop (gui/app.py:run_gui): names, icon and
    # style, the data folder taken (single instance), settings, translations, unlock, the
    # window made and shown. The bench's coach has used the app before: name known.
    try:
        from vrac_desktop.gui.app import Started, start_gui
    except ImportError:  # an older tree (bench/compare_start.py): its run_gui's steps
        window = _older_start(app, paths)
    else:
        started = start_gui(app, paths)
        assert isinstance(started, Started), started
        window = started.window
    with_family = len(sys.argv) >= 4

    def painted() -> None:
        # The families list is on screen: what the coach sees first (line 1). What the
        # first paint imported goes to stderr, for the runner to check.
        heavy = [m for m in ("sqlalchemy", "sqlalchemy.orm", "alembic", "pyqtgraph")
                 if m in sys.modules]
        sys.stderr.write(f"imported at first paint: {' '.join(heavy) or 'none'}\n")
        _ready(window.families.model.rowCount(), leave=False)

    def loaded() -> None:
        # The rest is loaded: the database open through the ORM, every page and menu (line 2).
        _ready(window.families.model.rowCount(), leave=not with_family)

    window.first_painted.connect(painted)
    window.loaded.connect(loaded)
    window.showNormal()
    window.resize(1100, 720)  # as the bare window (show_first_time maximises on a laptop)
    if window.is_loaded():  # no quick first screen (e.g. a migration): both at once
        app.processEvents()
        painted()
        loaded()
    else:
        while not window.is_loaded():
            app.processEvents()
    if not with_family:
        return
    # "use": then search as a coach would, open the busy family on its progress charts,
    # and report the peak RSS of the whole session (line 3).
    for typed in ("j", "jan", "jansen", ""):
        window.families.search.setText(typed)
        window.families.refresh()
    window.open_family(sys.argv[3])
    window.home.tabs.setCurrentIndex(window.home.tabs.count() - 1)
    app.processEvents()
    window.home.grab()
    _ready(window.families.model.rowCount())


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        vrac(Path(sys.argv[2]))
