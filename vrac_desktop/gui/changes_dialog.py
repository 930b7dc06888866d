"""What changed: pick any two versions of a family's plan and see the difference."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from vrac_desktop.domain.diff import diff_plans
from vrac_desktop.services.plans import get_version, list_versions
from vrac_desktop.store.database import Database

from vrac_desktop.gui.dates import format_date
from vrac_desktop.gui.forms.ui_changes_dialog import Ui_ChangesDialog


class ChangesDialog(QDialog):
    """Layout in ui/changes_dialog.ui (the DiffView promoted there)."""

    def __init__(self, db: Database, *, family_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._family_id = family_id
        self.ui = Ui_ChangesDialog()
        self.ui.setupUi(self)
        self.old, self.new, self.view = self.ui.old, self.ui.new, self.ui.view
        self.ui.buttons.rejected.connect(self.reject)
        versions = list_versions(db, family_id=family_id)
        self.old.addItem(self.tr("(empty plan)"), 0)
        for v in versions:
            label = self.tr("Version %1 — %2").replace("%1", str(v.number)).replace(
                "%2", format_date(v.created_at.astimezone().date()))
            self.old.addItem(label, v.number)
            self.new.addItem(label, v.number)
        # Default: the last meeting's changes (previous version → latest).
        self.new.setCurrentIndex(self.new.count() - 1)
        self.old.setCurrentIndex(max(self.old.count() - 2, 0))
        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        old_n, new_n = self.old.currentData(), self.new.currentData()
        if new_n is None:
            return
        old = get_version(self._db, family_id=self._family_id, number=old_n).content \
            if old_n else None
        new = get_version(self._db, family_id=self._family_id, number=new_n).content
        self.view.set_diff(diff_plans(old, new), old=old, new=new,
                           old_label=self.old.currentText(), new_label=self.new.currentText())
