"""First start: the coach's name, recorded as the author of every plan version they save."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.store.settings import Settings


class CoachNameDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachName")
        self.setWindowTitle(self.tr("Welcome to VRAC Desktop"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every plan version records who saved it. What is your name, "
                               "as the families and your team know you? (You can change it "
                               "later in Preferences.)"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(120)
        form.addRow(self.tr("Your &name:"), self.name)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.setMinimumWidth(460)


def ask_coach_name(settings: Settings, parent: QWidget | None = None) -> str:
    """Ask for the coach's name once (until one is given); returns it, or "" if cancelled."""
    name = str(settings.get("coach_name")).strip()
    if name:
        return name
    dialog = CoachNameDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    name = dialog.name.text().strip()
    settings.set("coach_name", name)
    return name
