"""The family home's Wraparound cycle tab: the current phase with its history (date, who,
why) and a way to change it with a reason; the recorded evaluations; the closing meeting.
Also the read-only view of a past plan version or meeting (double-click on the family home).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.cycle import CycleInputError
from vrac_desktop.domain.diff import diff_plans
from vrac_desktop.domain.model import Phase
from vrac_desktop.services.cycle import change_phase, phase_state, transition_plans
from vrac_desktop.services.evaluations import list_evaluations
from vrac_desktop.services.families import get_family
from vrac_desktop.services.plans import get_version, list_versions, meetings_for
from vrac_desktop.store.database import Database

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.dates import format_datetime
from vrac_desktop.gui.diff_view import DiffView
from vrac_desktop.gui.family_view import render_html
from vrac_desktop.gui.forms.ui_cycle_panel import Ui_CyclePanel
from vrac_desktop.gui.forms.ui_phase_dialog import Ui_PhaseDialog
from vrac_desktop.gui.meeting.items import format_date


class PhaseDialog(QDialog, Ui_PhaseDialog):
    """Change the family's phase: to which phase, on which date, and why."""

    def __init__(self, current: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)  # ui/phase_dialog.ui: its widgets are attributes
        names = cycle_labels.phases()
        self.now.setText(self.tr("Now: %1").replace("%1", names[current.value]))
        for phase in Phase:
            if phase is not current:
                self.phase.addItem(names[phase.value], phase.value)
        # The next phase in order is the likely choice.
        following = [p for p in Phase if p.order == current.order + 1]
        if following:
            self.phase.setCurrentIndex(self.phase.findData(following[0].value))
        descriptions = cycle_labels.phase_descriptions()
        self.phase.currentIndexChanged.connect(
            lambda _i: self.about.setText(descriptions[self.phase.currentData()]))
        self.about.setText(descriptions[self.phase.currentData()])
        self.on.setDate(QDate.currentDate())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> tuple[Phase, date, str]:
        d = self.on.date()
        return (Phase(self.phase.currentData()), date(d.year(), d.month(), d.day()),
                self.reason.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class CyclePanel(QWidget, Ui_CyclePanel):
    changed = Signal()
    start_transition = Signal()
    export_evaluation = Signal(str)  # a recorded evaluation's id, double-clicked

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.family_id: str | None = None
        self._actor = ""
        self.setupUi(self)  # ui/cycle_panel.ui: its widgets are attributes
        self.phase_button.clicked.connect(self.ask_phase_change)
        self.transition_button.clicked.connect(self.start_transition)
        self.evaluations.itemDoubleClicked.connect(self._evaluation_chosen)
        self.evaluations.setSpacing(3)  # multi-line entries: keep each one apart

    def set_actor(self, actor: str) -> None:
        self._actor = actor

    def clear(self) -> None:
        self.family_id = None
        self.phase.clear()
        self.about.clear()
        self.history.clear()
        self.evaluations.clear()
        self.transition.clear()

    def show_family(self, family_id: str, *, closed: bool, has_plan: bool) -> None:
        self.family_id = family_id
        state = phase_state(self._db, family_id=family_id)
        names = cycle_labels.phases()
        self.phase.setText(self.tr("Phase: %1").replace("%1", names[state.current.value]))
        self.about.setText(cycle_labels.phase_descriptions()[state.current.value])
        self.history.clear()
        for change in reversed(state.history):
            self.history.addItem(self.tr("%1 — %2 (by %3): %4")
                                 .replace("%1", format_date(change.changed_on))
                                 .replace("%2", names[change.phase.value])
                                 .replace("%3", change.changed_by)
                                 .replace("%4", cycle_labels.phase_reason(change.reason)))
        if not state.history:
            self.history.addItem(self.tr("Engagement since the family was registered."))
        self._show_evaluations(family_id)
        if not self.evaluations.count():
            self.evaluations.addItem(self.tr("None recorded yet."))
        plans = transition_plans(self._db, family_id=family_id)
        self.transition.setText(
            self.tr("Transition plan recorded on %1.").replace(
                "%1", format_date(plans[-1].created_at.date())) if plans
            else self.tr("When goals are reached, or the family decides to end: agree what "
                         "continues, whom to call, how to come back, and celebrate."))
        self.phase_button.setEnabled(not closed)
        self.transition_button.setEnabled(not closed and has_plan)

    def _show_evaluations(self, family_id: str) -> None:
        """Newest first. Evaluations recorded at the same time on two laptops (offline) are
        both listed, each saying by whom and when, and which one the next follows."""
        decisions = cycle_labels.decisions()
        self.evaluations.clear()
        found = list_evaluations(self._db, family_id=family_id)
        by_id = {e.id: e for e in found}
        for e in reversed(found):
            text = (self.tr("%1 – %2 · plan version %3 · %4")
                    .replace("%1", format_date(e.period_start))
                    .replace("%2", format_date(e.period_end))
                    .replace("%3", str(e.plan_version))
                    .replace("%4", decisions[e.overall_decision]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            if e.concurrent_with:
                others = "; ".join(
                    self.tr("%1 on %2").replace("%1", o.created_by or "?")
                    .replace("%2", format_datetime(o.created_at))
                    for o in (by_id[i] for i in e.concurrent_with))
                text += "\n" + (
                    self.tr("Evaluation %1 recorded by %2 on %3, at the same time as another "
                            "evaluation %1 (by %4) on another laptop. Both are kept; neither "
                            "replaces the other.")
                    .replace("%1", str(e.number)).replace("%2", e.created_by or "?")
                    .replace("%3", format_datetime(e.created_at)).replace("%4", others))
                text += "\n" + (
                    self.tr("The next evaluation follows this one.") if e.next_follows
                    else self.tr("A later evaluation follows this one.") if e.followed
                    else self.tr("No later evaluation follows this one; it stays in the "
                                 "history as recorded."))
                item.setText(text)
                item.setIcon(self.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation))
            item.setToolTip(self.tr("Double-click to export this evaluation as a signed "
                                    "document."))
            self.evaluations.addItem(item)

    def _evaluation_chosen(self, item: QListWidgetItem) -> None:
        evaluation_id = item.data(Qt.ItemDataRole.UserRole)
        if evaluation_id:
            self.export_evaluation.emit(str(evaluation_id))

    def ask_phase_change(self) -> None:
        if self.family_id is None:
            return
        state = phase_state(self._db, family_id=self.family_id)
        dialog = PhaseDialog(state.current, self)
        self.phase_dialog = dialog
        while dialog.exec() == QDialog.DialogCode.Accepted:
            to, on, reason = dialog.chosen()
            try:
                change_phase(self._db, family_id=self.family_id, to=to, on=on, reason=reason,
                             actor=self._actor or "coach")
            except CycleInputError as exc:
                dialog.show_error("\n".join(cycle_labels.problem(p) for p in exc.problems))
                continue
            self.changed.emit()
            return


class HistoryDialog(QDialog):
    """A past plan version (or the version a meeting closed), read-only: the plan as it was
    and what changed from the version before; for a meeting, also its record."""

    def __init__(self, title: str, header: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        self.header = QLabel(header)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        splitter = QSplitter()
        self.plan_view = QTextBrowser()
        self.plan_view.setAccessibleName(self.tr("The plan as it was"))
        self.diff_view = DiffView()
        splitter.addWidget(self.plan_view)
        splitter.addWidget(self.diff_view)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_version(self, db: Database, family_id: str, number: int) -> None:
        family = get_family(db, family_id=family_id)
        version = get_version(db, family_id=family_id, number=number)
        before = get_version(db, family_id=family_id, number=number - 1).content \
            if number > 1 else None
        self.plan_view.setHtml(render_html(version.content, family_name=family.display_name,
                                           language=family.language))
        label = self.tr("Version %1").replace("%1", str(number))
        self.diff_view.set_diff(diff_plans(before, version.content), old=before,
                                new=version.content,
                                old_label=self.tr("Version %1").replace("%1", str(number - 1))
                                if before else self.tr("(empty plan)"), new_label=label)

    @classmethod
    def for_version(cls, db: Database, family_id: str, number: int,
                    parent: QWidget | None = None) -> HistoryDialog:
        title = QCoreApplication.translate("HistoryDialog", "Plan version %1 (read-only)")
        header = QCoreApplication.translate(
            "HistoryDialog", "The plan as it was saved, and what changed from the version "
            "before. Nothing here can be changed.")
        dialog = cls(title.replace("%1", str(number)), header, parent)
        dialog.show_version(db, family_id, number)
        return dialog

    @classmethod
    def for_meeting(cls, db: Database, family_id: str, meeting_id: str,
                    parent: QWidget | None = None) -> HistoryDialog:
        meeting = next(m for m in meetings_for(db, family_id=family_id) if m.id == meeting_id)
        number = next((v.number for v in list_versions(db, family_id=family_id)
                       if get_version(db, family_id=family_id, number=v.number).meeting_id
                       == meeting_id), None)
        current = get_version(db, family_id=family_id, number=number).content if number \
            else None
        team = {m.id: m.name for m in current.team} if current else {}
        status = cycle_labels.attendance()
        people = ", ".join(f"{team.get(a.member_id, '?')} ({status[a.status.value]})"
                           for a in meeting.attendance)
        header = QCoreApplication.translate(
            "HistoryDialog", "Meeting of %1 at %2 (read-only). Attendance: %3.")
        header = (header.replace("%1", format_date(meeting.held_on))
                  .replace("%2", meeting.location or "—").replace("%3", people or "—"))
        if meeting.notes:
            header += "\n" + QCoreApplication.translate("HistoryDialog", "Minutes: %1").replace(
                "%1", meeting.notes)
        title = QCoreApplication.translate("HistoryDialog", "Meeting of %1")
        dialog = cls(title.replace("%1", format_date(meeting.held_on)), header, parent)
        if number:
            dialog.show_version(db, family_id, number)
        return dialog
