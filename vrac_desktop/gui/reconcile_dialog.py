"""Reconcile two heads of one plan: both side by side, pick per section, save a merge version.

Shown when sync found that two laptops saved the same plan offline (services/reconcile.py).
Nothing is lost either way: both heads stay in the history; saving adds one version on top.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.diff import SECTION_ORDER, SectionDiff
from vrac_desktop.domain.model import PlanContent
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.plans import PlanInvalidError
from vrac_desktop.services.reconcile import (
    Head,
    HeadsToReconcile,
    heads_to_reconcile,
    pick_sections,
    reconcile,
)
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.translate import error_text

from vrac_desktop.gui.forms.ui_reconcile_dialog import Ui_ReconcileDialog
from vrac_desktop.gui.meeting.problems import message as problem_text


def section_title(section: str) -> str:
    titles = {
        "team": QCoreApplication.translate("ReconcileDialog", "Team"),
        "situation": QCoreApplication.translate("ReconcileDialog", "Situation"),
        "strengths": QCoreApplication.translate("ReconcileDialog", "Strengths"),
        "needs": QCoreApplication.translate("ReconcileDialog", "Needs"),
        "vision": QCoreApplication.translate("ReconcileDialog", "Vision"),
        "goals": QCoreApplication.translate("ReconcileDialog", "Goals"),
        "actions": QCoreApplication.translate("ReconcileDialog", "Who does what"),
        "safety": QCoreApplication.translate("ReconcileDialog", "Safety"),
        "agreement": QCoreApplication.translate("ReconcileDialog", "Agreement"),
    }
    return titles[section]


def section_text(plan: PlanContent, section: str) -> str:
    """The section as a coach reads it, one item a line (the family's own words, untranslated)."""
    if section == "team":
        return "\n".join(f"• {m.name} ({m.role})" if m.role else f"• {m.name}" for m in plan.team)
    if section == "situation":
        s = plan.situation
        return "\n\n".join(t.text for t in (s.family_story, s.what_goes_well, s.team_view)
                           if t.text)
    if section == "vision":
        return plan.vision.text
    if section == "strengths":
        return "\n".join(f"• {s.text}" for s in plan.strengths)
    if section == "needs":
        return "\n".join(f"• {n.text}" for n in plan.needs)
    if section == "goals":
        return "\n".join(f"• {g.title} ({g.baseline} → {g.target})" for g in plan.goals)
    if section == "actions":
        return "\n".join(
            f"• {a.description} — {_name(plan, a.responsible_id)}" for a in plan.actions)
    if section == "safety":
        return "\n".join(f"• {s.risk}: {s.response}" for s in plan.safety)
    agreement = plan.agreement
    approved = (QCoreApplication.translate("ReconcileDialog", "Approved by the family")
                if agreement.family_approved else
                QCoreApplication.translate("ReconcileDialog", "Not approved yet"))
    names = ", ".join(s.typed_name for s in agreement.signoffs)
    return "\n".join(part for part in (approved, names) if part)


def _name(plan: PlanContent, member_id: str | None) -> str:
    member = plan.member(member_id)
    return member.name if member is not None else "?"


def _difference(diff: SectionDiff) -> str:
    if diff.empty:
        return QCoreApplication.translate("ReconcileDialog", "Same in both")
    return (QCoreApplication.translate(
        "ReconcileDialog", "%1 only left · %2 only right · %3 changed")
        .replace("%1", str(len(diff.removed))).replace("%2", str(len(diff.added)))
        .replace("%3", str(len(diff.changed))))


class ReconcileDialog(QDialog):
    """Both heads side by side; per section a choice of left (main) or right (other)."""

    saved = Signal(object)  # Changes

    def __init__(self, db: Database, *, family_id: str, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.pair: HeadsToReconcile = heads_to_reconcile(db, family_id=family_id)
        self.ui = Ui_ReconcileDialog()  # the frame in ui/reconcile_dialog.ui; rows added here
        self.ui.setupUi(self)
        self.grid, self.message, self.buttons = self.ui.grid, self.ui.message, self.ui.buttons
        self.grid.addWidget(self._head_label(self.pair.ours), 0, 1)
        self.grid.addWidget(self._head_label(self.pair.theirs), 0, 2)
        self.choices: dict[str, QButtonGroup] = {}
        self.left_buttons: dict[str, QRadioButton] = {}
        self.right_buttons: dict[str, QRadioButton] = {}
        for row, section in enumerate(SECTION_ORDER, start=1):
            self._add_section(row, section)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save reconciled plan"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _head_label(self, head: Head) -> QLabel:
        when = head.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = (self.tr("Version %1 by %2, %3") if head.main else
                self.tr("Other version %1 by %2, %3"))
        label = QLabel(text.replace("%1", str(head.number)).replace("%2", head.created_by)
                       .replace("%3", when))
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _add_section(self, row: int, section: str) -> None:
        diff = self.pair.diff.section(section)
        title = QLabel(f"<b>{html.escape(section_title(section))}</b><br/>"
                       f"{html.escape(_difference(diff))}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(title, row, 0)
        group = QButtonGroup(self)
        for column, head in ((1, self.pair.ours), (2, self.pair.theirs)):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            button = QRadioButton(self.tr("Keep this"))
            button.setAccessibleName(
                self.tr("Keep %1 from version %2").replace("%1", section_title(section))
                .replace("%2", str(head.number)))
            button.setEnabled(not diff.empty)
            group.addButton(button, column)
            inner.addWidget(button)
            text = QLabel(section_text(head.content, section))
            text.setTextFormat(Qt.TextFormat.PlainText)  # the family's words, never markup
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner.addWidget(text)
            if not diff.empty:
                box.setStyleSheet("QFrame { background: #fff7e0; }")
            self.grid.addWidget(box, row, column)
            (self.left_buttons if column == 1 else self.right_buttons)[section] = button
        self.left_buttons[section].setChecked(True)
        self.choices[section] = group

    def chosen_right(self) -> set[str]:
        return {s for s, group in self.choices.items() if group.checkedId() == 2}

    def merged_content(self) -> PlanContent:
        return pick_sections(self.pair.ours.content, self.pair.theirs.content,
                             self.chosen_right())

    def save(self) -> None:
        try:
            result = reconcile(self._db, family_id=self.pair.family_id,
                               content=self.merged_content(), actor=self._actor,
                               other=self.pair.theirs.hash)
        except PlanInvalidError as exc:
            self.message.setText(self.tr(
                "This combination cannot be saved; nothing was saved. Choose other sections "
                "or fix the plan first:") + "\n" + "\n".join(
                    f"• {problem_text(p, self.merged_content())}" for p in exc.problems))
            return
        except StoreError as exc:
            self.message.setText(error_text(exc))
            return
        changes: Changes = result.changes
        self.saved.emit(changes)
        self.accept()
