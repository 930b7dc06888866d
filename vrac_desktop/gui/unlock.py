"""The passphrase dialog: unlock an existing database or choose a passphrase for a new one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.store.keys import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, *, new: bool, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new = new
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Unlock"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("No secure keyring is available on this computer, so your data will be "
                    "protected by a passphrase. Choose one of at least %n characters. "
                    "It cannot be recovered if you forget it.", "", MIN_PASSPHRASE)
            if new else self.tr("Type the passphrase to open your data.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        if new:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel(message)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(bool(message))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for the explanation and an error under it; the dialog grows in height
        # when an error appears instead of squeezing the text above it.
        self.setMinimumWidth(480)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

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
