"""First start: the coach's name, recorded as the author of every plan version they save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.forms.ui_coach_name_dialog import Ui_CoachNameDialog


class CoachNameDialog(QDialog, Ui_CoachNameDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)  # ui/coach_name_dialog.ui: its widgets are attributes
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))


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
