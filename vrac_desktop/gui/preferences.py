"""Preferences: the settings a coach may change, from the typed registry (store/settings.py).

Changes take effect when the dialog is accepted; the coach's name is recorded as author of
what is saved from the next start (the running session keeps the name it started with).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.signing_page import SigningPage


class PreferencesDialog(QDialog):
    """Two tabs: General, and Signing (with ``paths``: the data folder's certificates)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 paths: DataPaths | None = None,
                 database_key: Callable[[], bytes | None] = lambda: None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        outer.addWidget(self.tabs)
        general = QWidget()
        self.tabs.addTab(general, self.tr("&General"))
        self.signing: SigningPage | None = None
        if paths is not None:
            self.signing = SigningPage(paths, settings, database_key)
            self.tabs.addTab(self.signing, self.tr("&Signing"))
        form = QFormLayout(general)

        def line(key: str, label: str, accessible: str) -> QLineEdit:
            edit = QLineEdit(str(settings.get(key)))
            edit.setAccessibleName(accessible)
            form.addRow(label, edit)
            return edit

        def number(key: str, label: str, accessible: str, low: int, high: int,
                   suffix: str) -> QSpinBox:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(int(settings.get(key)))
            spin.setSuffix(suffix)
            spin.setAccessibleName(accessible)
            form.addRow(label, spin)
            return spin

        self.coach = line("coach_name", self.tr("Your &name:"),
                          self.tr("Your name, recorded as author of saved plans"))
        self.organisation = line("organisation_name", self.tr("&Organisation:"),
                                 self.tr("Organisation named on exported documents"))
        self.logo = QLineEdit(str(settings.get("organisation_logo")))
        self.logo.setAccessibleName(self.tr("Organisation logo (PNG file)"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(browse)
        logo_label = QLabel(self.tr("Logo (PNG):"))  # no Alt key left free on this tab
        logo_label.setBuddy(self.logo)  # a label on a layout has no buddy: "&" showed as is
        form.addRow(logo_label, row)
        self.location = line("signing_location", self.tr("Signing &place:"),
                             self.tr("Place recorded in document signatures"))
        self.lock = number("lock_minutes", self.tr("&Lock after:"),
                           self.tr("Lock after this many idle minutes"), 0, 240,
                           self.tr(" min (0: never)"))
        self.autosave = number("autosave_seconds", self.tr("&Autosave every:"),
                               self.tr("Autosave the meeting every this many seconds"), 1, 300,
                               self.tr(" s"))
        self.font_pt = number("family_font_pt", self.tr("&Family view type size:"),
                              self.tr("Type size of the family view"), 20, 60, self.tr(" pt"))
        self.backup_hours = number("backup_every_hours", self.tr("Automatic &backup every:"),
                                   self.tr("Automatic backup every this many hours"), 0, 720,
                                   self.tr(" h (0: never)"))
        self.backup_keep = number("backup_keep", self.tr("&Keep:"),
                                  self.tr("Automatic backups to keep"), 1, 100,
                                  self.tr(" backups"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Organisation logo"),
                                              str(Path.home()), self.tr("PNG images (*.png)"))
        if path:
            self.logo.setText(path)

    def save(self) -> None:
        logo = self.logo.text().strip()
        if logo and not Path(logo).is_file():
            self.error.setText(self.tr("The logo file %1 does not exist.").replace("%1", logo))
            self.error.show()
            return
        if logo and not _is_png(Path(logo)):
            self.error.setText(self.tr("The logo file %1 is not a PNG image; save it as PNG "
                                       "and choose it again.").replace("%1", logo))
            self.error.show()
            return
        problem = self.signing.timestamp_problem() if self.signing is not None else ""
        if problem and self.signing is not None:
            self.error.setText(problem)
            self.error.show()
            self.tabs.setCurrentWidget(self.signing)
            return
        if self.signing is not None:
            self.signing.save()
        values = {
            "coach_name": self.coach.text().strip(),
            "organisation_name": self.organisation.text().strip(),
            "organisation_logo": logo,
            "signing_location": self.location.text().strip(),
            "lock_minutes": self.lock.value(),
            "autosave_seconds": self.autosave.value(),
            "family_font_pt": self.font_pt.value(),
            "backup_every_hours": self.backup_hours.value(),
            "backup_keep": self.backup_keep.value(),
        }
        for key, value in values.items():
            self._settings.set(key, value)
        self.accept()


def _is_png(path: Path) -> bool:
    from vrac_desktop.services.exports import read_logo

    try:
        read_logo(path)
    except ValueError:
        return False
    return True
