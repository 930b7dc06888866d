"""The passphrase dialog: unlock an existing database or choose a passphrase for a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from vrac_desktop.store.key_wrap import MIN_PASSPHRASE

from vrac_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog


class PassphraseDialog(QDialog):
    """Layout in ui/passphrase_dialog.ui; a new passphrase is typed twice."""

    def __init__(self, *, new: bool, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new = new
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.passphrase = self.ui.passphrase
        self.repeat = self.ui.repeat
        self.error = self.ui.error
        if new:
            self.setWindowTitle(self.tr("Choose a passphrase"))
            self.ui.intro.setText(
                self.tr("No secure keyring is available on this computer, so your data will be "
                        "protected by a passphrase. Choose one of at least %n characters. "
                        "Nobody can reset it: if you forget it, only the recovery kit the app "
                        "makes next opens your data.", "", MIN_PASSPHRASE))
        else:
            self.ui.form.setRowVisible(self.repeat, False)  # typed twice only when new
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.ui.buttons.accepted.connect(self._check)
        self.ui.buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        text = self.passphrase.text()
        if self._new and len(text) < MIN_PASSPHRASE:
            self._show(self.tr("The passphrase must be at least %n characters.", "",
                               MIN_PASSPHRASE))
        elif self._new and text != self.repeat.text():
            self._show(self.tr("The two passphrases differ."))
        elif not text:
            self._show(self.tr("Type the passphrase."))
        else:
            self.accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.adjustSize()
