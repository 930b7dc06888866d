"""Starting the GUI: application, translations, unlock, main window."""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from vrac_desktop.resources_path import resources_dir
from vrac_desktop.store.errors import PassphraseRequiredError, StoreError, WrongKeyError
from vrac_desktop.store.first_screen import (
    FIRST_ROWS,
    LIST_LIMIT,
    FirstScreen,
    check_data_folder,
)
from vrac_desktop.store.keys import KeyInfo, obtain_key
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings
from vrac_desktop.translate import error_text

from vrac_desktop.gui.i18n import install_translations, system_language
from vrac_desktop.gui.main_window import MainWindow
from vrac_desktop.gui.single_instance import SingleInstance
from vrac_desktop.gui.style import apply_style

# What needs SQLAlchemy (the database, the services, the lock screen, the backup) is imported
# after the first screen is painted: see start_window and MainWindow.ensure_loaded.
if TYPE_CHECKING:
    from vrac_desktop.store.database import Database

    from vrac_desktop.gui.unlock import PassphraseDialog

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
# Hidden start-up check used by installers/smoke_test.sh on the frozen bundle: the passphrase
# comes from this variable (as in the CLI), and the app quits once the main window is shown.
SMOKE_PASSPHRASE_ENV = "VRAC_PASSPHRASE"


def app_icon() -> QIcon:
    """The window icon, from PNGs (no SVG icon-engine plugin needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"vrac-desktop-{size}.png"))
    return icon


# The least height of a row of the families list, in pixels (about 30 at the usual fonts).
MIN_ROW_PX = 16


def first_rows() -> int:
    """How many families the first paint reads: what the tallest screen can show, up to
    FIRST_ROWS (the rest of the list is read just after that paint; on a laptop, 100 rows
    read and formatted where 25 show cost the first screen 1.5 ms)."""
    tallest = max((screen.availableGeometry().height() for screen in QGuiApplication.screens()),
                  default=0)
    return min(FIRST_ROWS, -(-tallest // MIN_ROW_PX)) if tallest > 0 else FIRST_ROWS


def unlock_first_screen(paths: DataPaths, passphrase: str | None = None
                        ) -> tuple[KeyInfo, FirstScreen | None, Database | None] | None:
    """Unwrap the database key, asking for a passphrase as long as one is needed (None:
    cancelled). Then the first screen's plain reader when the quick way applies (an existing
    database at this app's schema: the caller opens the full database later with the same
    key), else the database opened the full way now (a new folder, a migration, an old key
    layout): (key, reader, None) or (key, None, database)."""
    message = ""
    while True:
        try:
            check_data_folder(paths)
            info = obtain_key(paths, passphrase)
            first = FirstScreen.open(paths, info.key) if info.legacy is None else None
            if first is not None:
                return info, first, None
            from vrac_desktop.store.database import open_unlocked

            return info, None, open_unlocked(paths, info)
        except PassphraseRequiredError as exc:
            dialog = _passphrase_dialog(new=exc.new, message=message)
        except WrongKeyError:
            if passphrase is None:
                raise
            dialog = _passphrase_dialog(new=False, message=QCoreApplication.translate(
                "App", "That passphrase did not open the data. Try again."))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.passphrase.text()
        message = ""


def _passphrase_dialog(*, new: bool, message: str) -> PassphraseDialog:
    # Imported when asked for: the keyring mode's first screen does without its form.
    from vrac_desktop.gui.unlock import PassphraseDialog

    return PassphraseDialog(new=new, message=message)


def current_actor(settings: Settings) -> str:
    name = settings.get("coach_name")
    if name:
        return str(name)
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (containers): still record something
        return "unknown"


def _smoke_test_done(app: QApplication, window: MainWindow) -> None:
    if window.isVisible() and not app.windowIcon().isNull():
        sys.stdout.write("ok\n")
        sys.stdout.flush()
        app.exit(0)
    else:
        sys.stderr.write("vrac-desktop: smoke test: the main window is not shown\n")
        app.exit(1)


def start_window(paths: DataPaths, settings: Settings, *, passphrase: str | None = None,
                 ask_name: bool = False) -> MainWindow | None:
    """Unlock and make the main window (not shown). When the quick way applies, the window
    first holds the families list read with one plain query, and opens the database through
    the ORM and loads the rest just after its first paint (MainWindow.ensure_loaded). None:
    the passphrase was not given. Raises StoreError when the data cannot be opened.
    ``ask_name``: ask the coach's name once unlocked, if it is not known yet."""
    unlocked = unlock_first_screen(paths, passphrase)
    if unlocked is None:
        return None
    info, first, db = unlocked
    if ask_name and not settings.get("coach_name"):
        from vrac_desktop.gui.coach_name import ask_coach_name

        ask_coach_name(settings)  # versions say who saved them, not the OS account
    actor = current_actor(settings)
    if first is None:
        return MainWindow(db, actor=actor, settings=settings, paths=paths)

    def open_database() -> Database:
        from vrac_desktop.store.database import open_unlocked

        try:
            return open_unlocked(paths, info)
        finally:
            reader.close()  # after the engine's first connection: the file stays open

    reader, rows = first, first_rows()
    return MainWindow(None, actor=actor, settings=settings, paths=paths,
                      first=first.families(rows),
                      rest=lambda: reader.families(LIST_LIMIT - rows, offset=rows),
                      open_database=open_database, mode=info.mode)


def _after_load(window: MainWindow, paths: DataPaths, settings: Settings, *,
                smoke_test: bool, keep: list[Any]) -> None:
    """What starts once the database is open through the ORM: the lock, the start page,
    the automatic backup, the recovery kit at first start."""
    import threading

    from vrac_desktop.services.backup import auto_backup_if_due
    from vrac_desktop.services.caseload import caseload as read_caseload
    from vrac_desktop.services.lock import LockService
    from vrac_desktop.services.recovery import needs_recovery_kit

    from vrac_desktop.gui.lock_screen import LockController
    from vrac_desktop.gui.tasks import run_task

    db = window.database()
    actor = current_actor(settings)
    lock = LockController(window, LockService(paths=paths, settings=settings, database=db,
                                              actor=actor))
    lock.about_to_lock.connect(window.before_lock)
    lock.unlocked.connect(window.after_unlock)
    keep.append(lock)
    # The coach's week is the start page when it has anything, unless the coach is already
    # using the families list. Read off the UI thread: at 10,000 families it takes seconds
    # (docs/performance.md, "Round four"), and the list stays usable meanwhile. Stopped when
    # the app closes or the coach opens the week (read again then), not waited for.
    stop = threading.Event()
    week = run_task(
        window, QCoreApplication.translate("App", "The coach's week"),
        lambda _progress: read_caseload(db, today=date.today(), cancelled=stop.is_set),
        lambda load: window.show_start_page(load) if window.untouched() else None,
        lambda exc: window.statusBar().showMessage(
            QCoreApplication.translate("App", "The coach's week could not be read: %1")
            .replace("%1", error_text(exc))), quiet=True, cancel=stop)
    window.week.refreshing.connect(week.cancel)
    keep.append(week)
    # A rotating automatic backup when the newest is old enough, off the UI thread.
    keep.append(run_task(
        window, QCoreApplication.translate("App", "Automatic backup"),
        lambda _progress: auto_backup_if_due(db, paths=paths, settings=settings, actor=actor),
        lambda _result: None,
        lambda exc: window.statusBar().showMessage(
            QCoreApplication.translate("App", "Automatic backup failed: %1")
            .replace("%1", error_text(exc))), quiet=True))
    if not smoke_test and needs_recovery_kit(paths):
        # First start (or the first with this version): the recovery kit, once.
        QTimer.singleShot(0, lambda: window.data.make_recovery_kit(first_start=True))


class Started:
    """The app once its window is made and shown (``start_gui``): what ``run_gui`` keeps
    alive while the event loop runs, and closes after it. (Not a dataclass: defining one
    costs the first screen 0.3 ms, and the dataclasses module 1 ms: store/paths.py.)"""

    def __init__(self, window: MainWindow, instance: SingleInstance) -> None:
        self.window = window
        self.instance = instance
        self.keep: list[Any] = []  # the lock controller, the week, the backup

    def close(self) -> None:
        """After the event loop: stop the tasks that can stop (the week) and wait for the
        others (a backup), give the data folder back, close the database."""
        from vrac_desktop.gui.tasks import Task

        tasks = [task for task in self.keep if isinstance(task, Task)]
        for task in tasks:
            task.cancel()
        for task in tasks:
            task.wait()
        self.instance.stop()
        opened = self.window.opened_database()
        if opened is not None:
            opened.dispose()


def _tell(title: str, text: str, *, error: bool = True) -> None:
    """Why the app stops before its window (QMessageBox imported only then)."""
    from PySide6.QtWidgets import QMessageBox

    (QMessageBox.critical if error else QMessageBox.information)(None, title, text)


def setup_application(app: QApplication) -> None:
    """The application's names, icon and style (before any window)."""
    app.setApplicationName("VRAC Desktop")
    app.setOrganizationName("VRAC")
    app.setDesktopFileName("vrac-desktop")  # matches resources/vrac-desktop.desktop
    app.setWindowIcon(app_icon())
    apply_style(app)


def start_gui(app: QApplication, paths: DataPaths, *, smoke_test: bool = False
              ) -> Started | int:
    """Everything the app does before its event loop: the data folder taken for this
    process, settings, translations, unlock, the main window made and shown (its first
    paint comes from the event loop). An exit code when the app stops here (a second start,
    a cancelled passphrase, data that cannot be opened: told to the user)."""
    setup_application(app)
    title = QCoreApplication.translate("App", "VRAC Desktop")
    try:
        paths.ensure()
    except OSError as exc:
        _tell(title, QCoreApplication.translate(
            "App", "The data folder %1 cannot be used: %2").replace("%1", str(paths.root))
            .replace("%2", error_text(exc)))
        return 2
    settings = Settings(paths.settings)
    install_translations(settings.get("ui_language") or system_language())
    instance = SingleInstance(paths)
    try:
        started = instance.start()
    except StoreError as exc:
        _tell(title, error_text(exc))
        return 2
    if not started.primary:
        _tell(title, started.message, error=False)
        return 0
    try:
        window = start_window(paths, settings, ask_name=not smoke_test, passphrase=(
            os.environ.get(SMOKE_PASSPHRASE_ENV) if smoke_test else None))
    except StoreError as exc:
        instance.stop()
        _tell(title, error_text(exc))
        return 2
    except BaseException:
        instance.stop()
        raise
    if window is None:
        instance.stop()
        return 0
    result = Started(window, instance)
    # The window answers a second start once it is on screen (just after its first paint)
    # or loaded (a second start meanwhile waits for the answer: gui/single_instance.py).
    window.first_painted.connect(lambda: QTimer.singleShot(0, instance.listen))
    window.when_loaded(instance.listen)
    instance.raise_requested.connect(window.bring_forward)
    window.when_loaded(lambda: _after_load(window, paths, settings, smoke_test=smoke_test,
                                           keep=result.keep))
    window.show_first_time()
    if smoke_test:
        window.when_loaded(lambda: QTimer.singleShot(0, lambda: _smoke_test_done(app, window)))
    return result


def run_gui(paths: DataPaths, *, smoke_test: bool = False) -> int:
    """Start the app. ``smoke_test``: quit with "ok" once the main window is shown."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    started = start_gui(app, paths, smoke_test=smoke_test)
    if isinstance(started, int):
        return started
    try:
        return app.exec()
    finally:
        started.close()
