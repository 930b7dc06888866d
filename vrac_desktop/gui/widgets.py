"""Small reusable widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget


def language_names() -> dict[str, str]:
    # Each language in its own name, so a family can find theirs whatever the UI language.
    return {"en": "English", "nl": "Nederlands", "fr": "Français"}


class LanguageCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in language_names().items():
            self.addItem(name, code)
        self.setToolTip(QCoreApplication.translate("LanguageCombo", "The family's language"))

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
