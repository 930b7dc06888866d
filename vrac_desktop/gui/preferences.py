"""Preferences: the settings a coach may change, from the typed registry (store/settings.py).

Changes take effect when the dialog is accepted; the coach's name is recorded as author of
what is saved from the next start (the running session keeps the name it started with).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QWidget,
)

from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from vrac_desktop.gui.signing_page import SigningPage


class PreferencesDialog(QDialog):
    """Two tabs: General, and Signing (with ``paths``: the data folder's certificates)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 paths: DataPaths | None = None,
                 database_key: Callable[[], bytes | None] = lambda: None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.ui = Ui_PreferencesDialog()  # layout in ui/preferences_dialog.ui
        self.ui.setupUi(self)
        ui = self.ui
        ui.logo_row.invalidate()  # its size hint was cached during setupUi, before the texts
        self.tabs, self.error = ui.tabs, ui.error
        self.signing: SigningPage | None = None
        if paths is not None:
            self.signing = SigningPage(paths, settings, database_key)
            self.tabs.addTab(self.signing, self.tr("&Signing"))
        self.coach, self.organisation, self.logo = ui.coach, ui.organisation, ui.logo
        self.location = ui.location
        self.lock, self.autosave, self.font_pt = ui.lock, ui.autosave, ui.font_pt
        self.backup_hours, self.backup_keep = ui.backup_hours, ui.backup_keep
        for key, edit in (("coach_name", self.coach), ("organisation_name", self.organisation),
                          ("organisation_logo", self.logo), ("signing_location", self.location)):
            edit.setText(str(settings.get(key)))
        for key, spin in (("lock_minutes", self.lock), ("autosave_seconds", self.autosave),
                          ("family_font_pt", self.font_pt),
                          ("backup_every_hours", self.backup_hours),
                          ("backup_keep", self.backup_keep)):
            spin.setValue(int(settings.get(key)))
        ui.browse.clicked.connect(self._choose_logo)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

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
