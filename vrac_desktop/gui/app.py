"""Starting the GUI: application, translations, unlock, main window."""

from __future__ import annotations

import getpass
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.errors import PassphraseRequiredError, StoreError, WrongKeyError
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.i18n import install_translations, system_language
from vrac_desktop.gui.main_window import MainWindow
from vrac_desktop.gui.unlock import PassphraseDialog


def unlock(paths: DataPaths) -> Database | None:
    """Open the database, asking for a passphrase as long as one is needed. None: cancelled."""
    passphrase: str | None = None
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


def run_gui(paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("VRAC Desktop")
    app.setOrganizationName("VRAC")
    paths.ensure()
    settings = Settings(paths.settings)
    install_translations(settings.get("ui_language") or system_language())
    try:
        db = unlock(paths)
    except StoreError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "VRAC Desktop"), str(exc))
        return 2
    if db is None:
        return 0
    window = MainWindow(db, actor=current_actor(settings), settings=settings)
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()
