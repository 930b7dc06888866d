"""Steps of the Wraparound cycle, in the meeting flow's frame (same look, timer, undo,
autosaved draft): the meeting record (date, attendance, notes), the six-month evaluation
(period, one step per goal, actions recap, overall decision, agreement) and the closing
meeting's transition plan (successes, what continues, crisis contacts, coming back,
agreement).

Every edit goes through the MeetingEditor, so Ctrl+Z undoes it and the draft is autosaved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from vrac_desktop.domain.model import (
    Attendance,
    AttendanceStatus,
)

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.forms.ui_meeting_record_step import Ui_MeetingRecordStep
from vrac_desktop.gui.meeting.cycle_agreement import (
    CycleAgreementStep,
)
from vrac_desktop.gui.meeting.cycle_evaluation import (
    ActionsRecapStep,
    GoalReviewStep,
    OverallStep,
    PeriodStep,
)
from vrac_desktop.gui.meeting.cycle_fields import _pydate, _qdate, _select, _set_text
from vrac_desktop.gui.meeting.cycle_transition import ComeBackStep, ContinuingStep, SuccessesStep
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.step_base import Problems, Step
from vrac_desktop.gui.widgets import clear_layout

__all__ = [
    "ComeBackStep", "ContinuingStep", "CycleAgreementStep", "GoalReviewStep",
    "MeetingRecordStep", "OverallStep", "PeriodStep", "SuccessesStep", "adjust_banner_text",
    "evaluation_steps", "transition_steps",
]


# --- the meeting record: date, attendance, facilitator, place, notes -------------------------


class MeetingRecordStep(Step):
    """The meeting as it really happened: its date (a meeting held on paper can be typed in
    later; never a future date), who was present, excused or absent, and the minutes."""

    key = "meeting"

    def build(self) -> None:
        form = self.add_form(Ui_MeetingRecordStep(), QWidget(), 1)  # ui/meeting_record_step.ui
        self.held_on, self.facilitator, self.place = form.held_on, form.facilitator, form.place
        self.held_on.setMaximumDate(QDate.currentDate())
        self.attendance_box, self.attendance_grid = form.attendance_box, form.attendance_grid
        self.notes = form.notes
        self.combos: dict[str, QComboBox] = {}
        self._members: list[tuple[str, str]] = []
        self.held_on.dateChanged.connect(self._date_changed)
        self.facilitator.activated.connect(self._facilitator_changed)
        self.place.textEdited.connect(self._place_changed)
        self.notes.textChanged.connect(self._notes_changed)

    def first_field(self) -> QWidget | None:
        return self.held_on

    def refresh(self, from_undo: bool = True) -> None:
        draft = self.editor.draft
        meeting = draft.meeting
        self.held_on.blockSignals(True)
        self.held_on.setDate(_qdate(meeting.held_on))
        self.held_on.blockSignals(False)
        members = [(m.id, m.name) for m in self.editor.plan.team]
        if members != self._members:
            self._members = members
            self.facilitator.clear()
            self.facilitator.addItem(self.tr("(not set)"), None)
            for mid, name in members:
                self.facilitator.addItem(name or self.tr("(unnamed)"), mid)
            clear_layout(self.attendance_grid)
            self.combos = {}
            names = cycle_labels.attendance()
            for row, (mid, name) in enumerate(members):
                label = QLabel(name or self.tr("(unnamed)"))
                combo = QComboBox()
                for status in AttendanceStatus:
                    combo.addItem(names[status.value], status.value)
                combo.setAccessibleName(self.tr("Attendance of %1").replace("%1", name))
                combo.activated.connect(lambda _i, m=mid: self._attendance_changed(m))
                label.setBuddy(combo)
                self.attendance_grid.addWidget(label, row, 0)
                self.attendance_grid.addWidget(combo, row, 1)
                self.combos[mid] = combo
            if not members:
                self.attendance_grid.addWidget(QLabel(self.tr("The team is empty.")), 0, 0)
        statuses = {a.member_id: a.status for a in meeting.attendance}
        for mid, combo in self.combos.items():
            _select(combo, statuses.get(mid, AttendanceStatus.PRESENT).value)
        self.facilitator.setCurrentIndex(max(self.facilitator.findData(meeting.facilitator_id),
                                             0))
        _set_text(self.place, meeting.location)
        _set_text(self.notes, meeting.notes)

    def _edit_meeting(self, text: str, key: str | None = None, **changes: Any) -> None:
        draft = self.editor.draft
        self.editor.edit(replace(draft, meeting=replace(draft.meeting, **changes)), text, key)

    def _date_changed(self, value: QDate) -> None:
        self._edit_meeting(self.tr("Change the meeting date"), "meeting:date",
                           held_on=_pydate(value))

    def _facilitator_changed(self, index: int) -> None:
        self._edit_meeting(self.tr("Change facilitator"),
                           facilitator_id=self.facilitator.itemData(index))

    def _place_changed(self, text: str) -> None:
        self._edit_meeting(self.tr("Type the place"), "meeting:location", location=text)

    def _notes_changed(self) -> None:
        self._edit_meeting(self.tr("Type the minutes"), "meeting:notes",
                           notes=self.notes.toPlainText())

    def _attendance_changed(self, member_id: str) -> None:
        status = AttendanceStatus(self.combos[member_id].currentData())
        meeting = self.editor.draft.meeting
        others = tuple(a for a in meeting.attendance if a.member_id != member_id)
        self._edit_meeting(self.tr("Change attendance"),
                           attendance=(*others, Attendance.of(member_id, status)))


def evaluation_steps(editor: MeetingEditor, problems: Problems,
                     ratings: Sequence[Any]) -> list[Step]:
    ev = editor.draft.evaluation
    assert ev is not None
    period = PeriodStep(editor, problems)
    period.ratings = tuple(ratings)
    steps: list[Step] = [MeetingRecordStep(editor, problems), period]
    for g in ev.goals:
        step = GoalReviewStep(editor, problems, g.goal_id)
        step._ratings = tuple(ratings)
        steps.append(step)
    steps += [ActionsRecapStep(editor, problems), OverallStep(editor, problems),
              CycleAgreementStep(editor, problems, "evaluation")]
    return steps


def transition_steps(editor: MeetingEditor, problems: Problems) -> list[Step]:
    return [MeetingRecordStep(editor, problems), SuccessesStep(editor, problems),
            ContinuingStep(editor, problems), ComeBackStep(editor, problems),
            CycleAgreementStep(editor, problems, "transition")]


def adjust_banner_text(editor: MeetingEditor) -> str:
    """For a follow-up after an evaluation: the goals to adjust."""
    names = [g.title for g in editor.plan.goals if g.id in editor.draft.adjust_goal_ids]
    if not names:
        return ""
    return QCoreApplication.translate(
        "CycleSteps", "The evaluation decided to adjust: %1. Change these goals in the Goals "
        "step.").replace("%1", ", ".join(f"“{n}”" for n in names))
