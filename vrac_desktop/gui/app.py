"""Starting the GUI: application, translations, unlock, main window."""

from __future__ import annotations

import getpass
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vrac_desktop.resources_path import resources_dir
from vrac_desktop.services.backup import auto_backup_if_due
from vrac_desktop.services.lock import LockService
from vrac_desktop.services.recovery import needs_recovery_kit
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.errors import PassphraseRequiredError, StoreError, WrongKeyError
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.coach_name import ask_coach_name
from vrac_desktop.gui.i18n import install_translations, system_language
from vrac_desktop.gui.lock_screen import LockController
from vrac_desktop.gui.main_window import MainWindow
from vrac_desktop.gui.single_instance import SingleInstance
from vrac_desktop.gui.style import apply_style
from vrac_desktop.gui.tasks import run_task
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


def unlock(paths: DataPaths, passphrase: str | None = None) -> Database | None:
    """Open the database, asking for a passphrase as long as one is needed. None: cancelled."""
    message = ""
    while True:
        try:
            return open_local(paths, passphrase)
        except PassphraseRequiredError as exc:
            dialog = PassphraseDialog(new=exc.new, message=message)
        except WrongKeyError:
            if passphrase is None:
                raise
            dialog = PassphraseDialog(new=False, message=QCoreApplication.translate(
                "App", "That passphrase did not open the data. Try again."))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.passphrase.text()
        message = ""


def current_actor(settings: Settings) -> str:
    name = settings.get("coach_name")
    if name:
        return str(name)
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


def run_gui(paths: DataPaths, *, smoke_test: bool = False) -> int:
    """Start the app. ``smoke_test``: quit with "ok" once the main window is shown."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("VRAC Desktop")
    app.setOrganizationName("VRAC")
    app.setDesktopFileName("vrac-desktop")  # matches resources/vrac-desktop.desktop
    app.setWindowIcon(app_icon())
    apply_style(app)
    title = QCoreApplication.translate("App", "VRAC Desktop")
    try:
        paths.ensure()
    except OSError as exc:
        QMessageBox.critical(None, title, QCoreApplication.translate(
            "App", "The data folder %1 cannot be used: %2").replace("%1", str(paths.root))
            .replace("%2", exc.strerror or str(exc)))
        return 2
    settings = Settings(paths.settings)
    install_translations(settings.get("ui_language") or system_language())
    instance = SingleInstance(paths)
    try:
        started = instance.start()
    except StoreError as exc:
        QMessageBox.critical(None, title, str(exc))
        return 2
    if not started.primary:
        QMessageBox.information(None, title, started.message)
        return 0
    db: Database | None = None
    try:
        try:
            db = unlock(paths, os.environ.get(SMOKE_PASSPHRASE_ENV) if smoke_test else None)
        except StoreError as exc:
            QMessageBox.critical(None, title, str(exc))
            return 2
        if db is None:
            return 0
        if not smoke_test:
            ask_coach_name(settings)  # versions say who saved them, not the OS account
        actor = current_actor(settings)
        window = MainWindow(db, actor=actor, settings=settings, paths=paths)
        lock = LockController(window, LockService(paths=paths, settings=settings, database=db,
                                                  actor=actor))
        lock.about_to_lock.connect(window.before_lock)
        lock.unlocked.connect(window.after_unlock)
        instance.raise_requested.connect(window.bring_forward)
        window.show_start_page()
        window.show_first_time()
        # A rotating automatic backup when the newest is old enough, off the UI thread.
        opened = db
        backup = run_task(window, QCoreApplication.translate("App", "Automatic backup"),
                          lambda _progress: auto_backup_if_due(opened, paths=paths,
                                                               settings=settings, actor=actor),
                          lambda _result: None,
                          lambda exc: window.statusBar().showMessage(
                              QCoreApplication.translate("App", "Automatic backup failed: %1")
                              .replace("%1", str(exc))), quiet=True)
        if smoke_test:
            QTimer.singleShot(0, lambda: _smoke_test_done(app, window))
        elif needs_recovery_kit(paths):
            # First start (or the first with this version): the recovery kit, once.
            QTimer.singleShot(0, lambda: window.data.make_recovery_kit(first_start=True))
        code = app.exec()
        backup.wait()
        return code
    finally:
        instance.stop()
        if db is not None:
            db.dispose()
