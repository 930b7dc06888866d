"""The Team server dialog: join a team with a join code, or set the server's address, and sync.

Nothing secret goes to settings: the address is kept without its password (a password typed
into the address is taken out of it), the password goes to the OS keyring or, in passphrase
mode, into the encrypted database (store/server_credentials.py). The sync panel asks for the
password when none is remembered or the server refuses it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QWidget,
)

from vrac_desktop.services.sync_join import join_server
from vrac_desktop.store.database import Database, open_server
from vrac_desktop.store.errors import PassphraseRequiredError, StoreError
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.provenance import Signer
from vrac_desktop.store.server_connection import ServerAddressError, split_password
from vrac_desktop.store.server_credentials import remember_password, remembered_password
from vrac_desktop.store.settings import Settings
from vrac_desktop.translate import error_text

from vrac_desktop.gui.forms.ui_team_server_dialog import Ui_TeamServerDialog
from vrac_desktop.gui.sync_panel import SyncPanel


class TeamServerDialog(QDialog):
    def __init__(self, db: Database, *, paths: DataPaths, settings: Settings | None, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._paths, self._settings, self._actor = db, paths, settings, actor
        self._passphrase: str | None = None
        self._clean_legacy_address()
        self.ui = Ui_TeamServerDialog()  # layout in ui/team_server_dialog.ui
        self.ui.setupUi(self)
        ui = self.ui
        ui.ca_row.invalidate()  # its size hint was cached during setupUi, before the texts
        self.join_code, self.key_code, self.join_button = ui.join_code, ui.key_code, ui.join_button
        self.address, self.team, self.password = ui.address, ui.team, ui.password
        self.remember, self.ca_file, self.save_button = ui.remember, ui.ca_file, ui.save_button
        self.message = ui.message
        self.address.setText(self._setting("server_url"))
        self.team.setText(self._setting("server_team"))
        self.ca_file.setText(self._setting("server_ca"))
        self.join_button.clicked.connect(self.join)
        ui.browse.clicked.connect(self._browse_ca)
        self.save_button.clicked.connect(self.save_address)
        self.panel: SyncPanel | None = None
        self._panel_slot = ui.panel_slot
        ui.buttons.rejected.connect(self.reject)
        self._make_panel()
        self.resize(640, self.sizeHint().height())

    # -- settings -----------------------------------------------------------------------------
    def _setting(self, key: str) -> str:
        return str(self._settings.get(key)) if self._settings else ""

    def _set(self, key: str, value: str) -> None:
        if self._settings is not None:
            self._settings.set(key, value)

    def _clean_legacy_address(self) -> None:
        """An address saved with its password by an older version: move the password out."""
        url = self._setting("server_url")
        if not url:
            return
        try:
            bare, password = split_password(url)
        except Exception:  # not a URL at all: leave it for the user to correct
            return
        if password is not None:
            remember_password(self._db, bare, password)
            self._set("server_url", bare)

    # -- actions ------------------------------------------------------------------------------
    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate of the team server"),
                                              str(Path.home()),
                                              self.tr("Certificates (*.pem *.crt)"))
        if path:
            self.ca_file.setText(path)

    def signer(self) -> Signer:
        """This laptop's signing key (the passphrase is asked in passphrase mode)."""
        from vrac_desktop.store.signing_keys import signing_identity

        from vrac_desktop.gui.unlock import PassphraseDialog

        coach = self._setting("coach_name") or self._actor
        while True:
            try:
                return Signer(signing_identity(self._paths, coach_name=coach,
                                               passphrase=self._passphrase))
            except PassphraseRequiredError as exc:
                dialog = PassphraseDialog(new=False, message=error_text(exc), parent=self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    raise StoreError(self.tr("Sync needs your signing key; nothing was "
                                             "synced.")) from None
                self._passphrase = dialog.passphrase.text()

    def join(self) -> bool:
        code = self.join_code.toPlainText().strip()
        if not code:
            self.message.setText(self.tr("Paste the join code first."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            joined = join_server(self._db, paths=self._paths, code=code, signer=self.signer(),
                                 key_code=self.key_code.text().strip() or None)
        except (StoreError, ValueError) as exc:
            self.message.setText(error_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.join_code.clear()
        self.key_code.clear()
        self._set("server_url", joined.url)
        self._set("server_team", joined.team)
        self._set("server_ca", str(joined.ca_file or ""))
        self.address.setText(joined.url)
        self.team.setText(joined.team)
        self.ca_file.setText(str(joined.ca_file or ""))
        self.message.setText(
            self.tr("Joined team %1 as %2; %n team certificate(s) pinned. Sync now to receive "
                    "the team's families.", "", joined.certificates)
            .replace("%1", joined.team).replace("%2", joined.account))
        self._make_panel()
        return True

    def save_address(self) -> bool:
        try:
            bare, in_url = split_password(self.address.text())
            remembered = self.password.text() or in_url
            if remembered and self.remember.isChecked():
                remember_password(self._db, bare, remembered)
        except (ServerAddressError, StoreError, ValueError) as exc:
            self.message.setText(error_text(exc))
            return False
        self._typed = None if self.remember.isChecked() else (self.password.text() or in_url)
        self.password.clear()
        self.address.setText(bare)
        self._set("server_url", bare)
        self._set("server_team", self.team.text().strip())
        self._set("server_ca", self.ca_file.text().strip())
        self.message.setText(self.tr("Saved. The password is kept in the OS keyring or the "
                                     "encrypted database, never in a settings file."))
        self._make_panel()
        return True

    def _make_panel(self) -> None:
        if self.panel is not None:
            self.panel.stop()
            self.panel.deleteLater()
            self.panel = None
        url = self._setting("server_url")
        if not url:
            return
        ca = self._setting("server_ca") or None
        typed = getattr(self, "_typed", None)

        def connect(password: str | None) -> Database:
            given = password or typed or remembered_password(self._db, url)
            return open_server(url, given, ca_file=ca)

        def remember(password: str) -> None:
            remember_password(self._db, url, password)

        self.panel = SyncPanel(self._db, connect=connect, team=self._setting("server_team"),
                               actor=self._actor, signer=self.signer, remember=remember)
        self._panel_slot.addWidget(self.panel)

    def done(self, result: int) -> None:  # close, Esc, or the window's close button
        if self.panel is not None:
            self.panel.stop()
        super().done(result)


def show_team_server(parent: QWidget, db: Database, *, paths: DataPaths,
                     settings: Settings | None, actor: str) -> Any:
    dialog = TeamServerDialog(db, paths=paths, settings=settings, actor=actor, parent=parent)
    return dialog.exec()
