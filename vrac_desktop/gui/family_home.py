"""A family's home: who they are, their plan versions and the current plan at a glance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.services.families import get_family
from vrac_desktop.services.plans import current_version, list_versions
from vrac_desktop.store.database import Database


class FamilyHome(QWidget):
    back = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.family_id: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Families"))
        self.back_button.setAccessibleName(self.tr("Back to families"))
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Family"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Plan versions:")))
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Plan versions"))
        layout.addWidget(self.versions, 1)

    def show_family(self, family_id: str) -> None:
        self.family_id = family_id
        family = get_family(self._db, family_id=family_id)
        ref = f" · {family.reference}" if family.reference else ""
        self.title.setText(f"{family.display_name}{ref}")
        current = current_version(self._db, family_id=family_id)
        if current is None:
            self.summary.setText(self.tr("No plan yet: the first meeting creates version 1."))
        else:
            plan = current.content
            self.summary.setText(
                self.tr("Current plan: version %1 · %2 goals · %3 actions · %4 team members")
                .replace("%1", str(current.number)).replace("%2", str(len(plan.goals)))
                .replace("%3", str(len(plan.actions))).replace("%4", str(len(plan.team))))
        self.versions.clear()
        for v in reversed(list_versions(self._db, family_id=family_id)):
            when = v.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            approved = self.tr("approved") if v.approved else self.tr("not approved")
            self.versions.addItem(
                self.tr("Version %1 — %2 by %3 (%4) · %5")
                .replace("%1", str(v.number)).replace("%2", when).replace("%3", v.created_by)
                .replace("%4", approved).replace("%5", v.hash[:12]))
