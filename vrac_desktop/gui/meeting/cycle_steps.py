"""Steps of the Wraparound cycle, in the meeting flow's frame (same look, timer, undo,
autosaved draft): the meeting record (date, attendance, notes), the six-month evaluation
(period, one step per goal, actions recap, overall decision, agreement) and the closing
meeting's transition plan (successes, what continues, crisis contacts, coming back,
agreement).

Every edit goes through the MeetingEditor, so Ctrl+Z undoes it and the draft is autosaved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.cycle import with_rater_ratings
from vrac_desktop.domain.draft import MeetingDraft
from vrac_desktop.domain.evaluation import (
    latest_rating,
    ratings_until,
    suggest_decision,
    suggest_verdict,
)
from vrac_desktop.domain.model import (
    ActionStatus,
    Agreement,
    Attendance,
    AttendanceStatus,
    ContinuingSupport,
    CrisisContact,
    Decision,
    Evaluation,
    GoalEvaluation,
    Rating,
    SignOff,
    Success,
    TeamMember,
    TransitionPlan,
    Verdict,
    Visibility,
    new_id,
)

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.steps import Problems, Step
from vrac_desktop.gui.signature_pad import SignaturePad


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    if current != text:
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
        widget.blockSignals(False)


def _note(placeholder: str, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(56)
    return edit


def _select(combo: QComboBox, value: str) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    combo.blockSignals(False)


# --- the meeting record: date, attendance, facilitator, place, notes -------------------------


class MeetingRecordStep(Step):
    """The meeting as it really happened: its date (a meeting held on paper can be typed in
    later; never a future date), who was present, excused or absent, and the minutes."""

    key = "meeting"
    minutes = 5

    def title(self) -> str:
        return self.tr("The meeting")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("When the meeting was held, who was there, and the minutes. "
                               "Absent or excused members stay in the team."))
        form = QFormLayout()
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setMaximumDate(QDate.currentDate())
        self.held_on.setAccessibleName(self.tr("Meeting date"))
        form.addRow(self.tr("Meeting &date:"), self.held_on)
        self.facilitator = QComboBox()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        form.addRow(self.tr("Facilitato&r:"), self.facilitator)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        form.addRow(self.tr("&Place:"), self.place)
        self.body.addLayout(form)
        self.attendance_box = QGroupBox(self.tr("Attendance"))
        self.attendance_grid = QGridLayout(self.attendance_box)
        self.body.addWidget(self.attendance_box)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Minutes and notes"))
        self.notes.setPlaceholderText(self.tr("What was discussed and agreed…"))
        self.notes.setTabChangesFocus(True)
        notes_label = QLabel(self.tr("Min&utes / notes:"))
        notes_label.setBuddy(self.notes)
        self.body.addWidget(notes_label)
        self.body.addWidget(self.notes, 1)
        self.combos: dict[str, QComboBox] = {}
        self._members: list[tuple[str, str]] = []
        self.held_on.dateChanged.connect(self._date_changed)
        self.facilitator.activated.connect(self._facilitator_changed)
        self.place.textEdited.connect(self._place_changed)
        self.notes.textChanged.connect(self._notes_changed)
        self.refresh()

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
            while self.attendance_grid.count():
                item = self.attendance_grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
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


# --- the evaluation ----------------------------------------------------------------------------


class EvaluationStep(Step):
    """A step that edits the draft's evaluation."""

    @property
    def evaluation(self) -> Evaluation:
        ev = self.editor.draft.evaluation
        assert ev is not None
        return ev

    def put(self, evaluation: Evaluation, text: str, key: str | None = None) -> None:
        self.editor.edit(replace(self.editor.draft, evaluation=evaluation), text, key)


class PeriodStep(EvaluationStep):
    key = "period"
    minutes = 5

    def title(self) -> str:
        return self.tr("Period")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("The six months we look back on. It starts at the plan's first "
                               "meeting (or the last evaluation)."))
        form = QFormLayout()
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("Period starts"))
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("Period ends"))
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&Until:"), self.end)
        self.body.addLayout(form)
        self.version = QLabel()
        self.version.setWordWrap(True)
        self.body.addWidget(self.version)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.start.dateChanged.connect(lambda d: self._changed(period_start=_pydate(d)))
        self.end.dateChanged.connect(lambda d: self._changed(period_end=_pydate(d)))
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.start

    def refresh(self, from_undo: bool = True) -> None:
        ev = self.evaluation
        for widget, value in ((self.start, ev.period_start), (self.end, ev.period_end)):
            widget.blockSignals(True)
            widget.setDate(_qdate(value))
            widget.blockSignals(False)
        self.version.setText(self.tr("We evaluate plan version %1 (%2 goals).")
                             .replace("%1", str(ev.plan_version))
                             .replace("%2", str(len(ev.goals))))
        self.problem.setText("\n".join(self.problems("period")))

    ratings: Sequence[Rating] = ()

    def _changed(self, **changes: Any) -> None:
        """A new period: each goal's latest ratings are those known at its new end."""
        ev = replace(self.evaluation, **changes)
        known = ratings_until(self.ratings, ev.period_end)
        ev = with_rater_ratings(ev, known)
        goals = []
        for g in ev.goals:
            lead = latest_rating(g.goal_id, known, as_of=ev.period_end)
            goals.append(replace(g, latest=lead.value if lead else None))
        self.put(replace(ev, goals=tuple(goals)), self.tr("Change the period"),
                 key="evaluation:period")


class GoalReviewStep(EvaluationStep):
    """One goal: baseline → each rater's latest → target, its chart, what helped and what did
    not (the family's words, the team's view apart), verdict, decision and its reason."""

    minutes = 8

    def __init__(self, editor: MeetingEditor, problems: Problems, goal_id: str,
                 parent: QWidget | None = None) -> None:
        self.goal_id = goal_id
        self.key = f"goal:{goal_id}"
        super().__init__(editor, problems, parent)
        goal = editor.plan.goal(goal_id)
        self._title = goal.title if goal else "?"
        self.set_texts(self.tr("How far did we get? First the family says what helped and "
                               "what did not, then the team. Then we decide together."))
        self.numbers = QLabel()
        self.numbers.setAccessibleName(self.tr("Baseline, latest ratings and target"))
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.numbers)
        self.chart_holder = QVBoxLayout()
        self.body.addLayout(self.chart_holder)
        self._chart_made = False
        family = QGroupBox(self.tr("In the family's words"))
        family_form = QFormLayout(family)
        self.family_helped = _note(self.tr("What helped us…"), self.tr("What helped, in the "
                                                                      "family's words"))
        self.family_not = _note(self.tr("What did not help…"),
                                self.tr("What did not help, in the family's words"))
        family_form.addRow(self.tr("What &helped:"), self.family_helped)
        family_form.addRow(self.tr("What did &not help:"), self.family_not)
        self.body.addWidget(family)
        team = QGroupBox(self.tr("The team's view"))
        team_form = QFormLayout(team)
        self.team_helped = _note("", self.tr("What helped, the team's view"))
        self.team_not = _note("", self.tr("What did not help, the team's view"))
        self.professional = QCheckBox(self.tr("Professionals &only (left out of the family's "
                                              "copy)"))
        team_form.addRow(self.tr("What helped:"), self.team_helped)
        team_form.addRow(self.tr("What did not help:"), self.team_not)
        team_form.addRow(self.professional)
        self.body.addWidget(team)
        decide = QGroupBox(self.tr("Verdict and decision"))
        decide_form = QFormLayout(decide)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        decide_form.addRow(self.suggestion)
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(self.tr("Verdict"))
        for value, label in cycle_labels.verdicts().items():
            self.verdict.addItem(label, value)
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        for value, label in cycle_labels.decisions().items():
            self.decision.addItem(label, value)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(self.tr("Why we decide this"))
        decide_form.addRow(self.tr("&Verdict:"), self.verdict)
        decide_form.addRow(self.tr("&Decision:"), self.decision)
        decide_form.addRow(self.tr("&Reason:"), self.reason)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        decide_form.addRow(self.problem)
        self.body.addWidget(decide)
        self.body.addStretch(1)
        for edit, field in ((self.family_helped, "family_helped"),
                            (self.family_not, "family_not_helped"),
                            (self.team_helped, "team_helped"), (self.team_not, "team_not_helped")):
            edit.textChanged.connect(lambda e=edit, f=field: self._typed(f, e.toPlainText()))
        self.reason.textEdited.connect(lambda t: self._typed("decision_reason", t))
        self.professional.toggled.connect(self._visibility)
        self.verdict.activated.connect(lambda _i: self._chosen())
        self.decision.activated.connect(lambda _i: self._chosen())
        self.refresh()

    def title(self) -> str:
        return self.tr("Goal: %1").replace("%1", getattr(self, "_title", ""))

    def first_field(self) -> QWidget | None:
        return self.family_helped

    def goal_evaluation(self) -> GoalEvaluation:
        return next(g for g in self.evaluation.goals if g.goal_id == self.goal_id)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._chart_made:  # pyqtgraph is imported when a goal step is first shown
            self._chart_made = True
            from vrac_desktop.charts.widgets import GoalChartWidget

            goal = self.editor.plan.goal(self.goal_id)
            if goal is not None:
                chart = GoalChartWidget()
                chart.setMinimumHeight(200)
                chart.setMaximumHeight(260)  # the decision below stays in reach
                chart.set_data(goal, self._ratings, marker_date=self.evaluation.period_end)
                self.chart_holder.addWidget(chart)

    _ratings: Sequence[Any] = ()

    def refresh(self, from_undo: bool = True) -> None:
        g = self.goal_evaluation()

        def rated(value: int | None) -> str:
            return str(value) if value is not None else self.tr("not rated")

        self.numbers.setText(self.tr(
            "<b>Start:</b> %1 &nbsp; <b>Latest — family:</b> %2 &nbsp; <b>child:</b> %3 "
            "&nbsp; <b>team:</b> %4 &nbsp; <b>Target:</b> %5")
            .replace("%1", str(g.baseline)).replace("%2", rated(g.latest_family))
            .replace("%3", rated(g.latest_child)).replace("%4", rated(g.latest_team))
            .replace("%5", str(g.target)))
        verdict = suggest_verdict(g.baseline, g.latest, g.target)
        self.suggestion.setText(self.tr(
            "Suggested from the ratings (not decided until you record it): %1, %2.")
            .replace("%1", cycle_labels.verdicts()[verdict.value])
            .replace("%2", cycle_labels.decisions()[suggest_decision(verdict).value]))
        for edit, text in ((self.family_helped, g.family_helped),
                           (self.family_not, g.family_not_helped),
                           (self.team_helped, g.team_helped), (self.team_not, g.team_not_helped),
                           (self.reason, g.decision_reason)):
            _set_text(edit, text)
        self.professional.blockSignals(True)
        self.professional.setChecked(g.team_visibility is Visibility.PROFESSIONAL)
        self.professional.blockSignals(False)
        _select(self.verdict, g.verdict.value)
        _select(self.decision, g.decision.value)
        self.problem.setText("\n".join(self.problems(self.key)))

    def _put_goal(self, text: str, key: str | None, **changes: Any) -> None:
        ev = self.evaluation
        goals = tuple(replace(g, **changes) if g.goal_id == self.goal_id else g
                      for g in ev.goals)
        self.put(replace(ev, goals=goals), text, key)

    def _typed(self, field: str, text: str) -> None:
        if getattr(self.goal_evaluation(), field) != text:
            self._put_goal(self.tr("Type in the evaluation"), f"{self.key}:{field}",
                           **{field: text})

    def _visibility(self, on: bool) -> None:
        self._put_goal(self.tr("Change who sees the team's view"), None,
                       team_visibility=Visibility.PROFESSIONAL if on else Visibility.SHARED)

    def _chosen(self) -> None:
        self._put_goal(self.tr("Decide on the goal"), None,
                       verdict=Verdict(self.verdict.currentData()),
                       decision=Decision(self.decision.currentData()))


class ActionsRecapStep(EvaluationStep):
    key = "actions_recap"
    minutes = 5

    def title(self) -> str:
        return self.tr("Actions")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("What was done, what was stopped and why, what is still open."))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Actions recap"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Who"),
                                              self.tr("Status"), self.tr("Why stopped")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.body.addWidget(self.summary)
        self.body.addWidget(self.table, 1)
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.table

    def refresh(self, from_undo: bool = True) -> None:
        plan = self.editor.plan
        statuses = {ActionStatus.DONE: self.tr("Done"), ActionStatus.STOPPED: self.tr("Stopped"),
                    ActionStatus.PLANNED: self.tr("Open"),
                    ActionStatus.IN_PROGRESS: self.tr("Open")}
        order = {ActionStatus.DONE: 0, ActionStatus.STOPPED: 1, ActionStatus.IN_PROGRESS: 2,
                 ActionStatus.PLANNED: 2}
        actions = sorted(plan.actions, key=lambda a: order[a.status])
        self.table.setRowCount(len(actions))
        for row, a in enumerate(actions):
            member = plan.member(a.responsible_id)
            for col, text in enumerate((a.description, member.name if member else "",
                                        statuses[a.status], a.stop_reason)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        done = sum(a.status is ActionStatus.DONE for a in actions)
        stopped = sum(a.status is ActionStatus.STOPPED for a in actions)
        self.summary.setText(self.tr("%n action(s)", "", len(actions)) + " · "
                             + self.tr("%n done", "", done) + " · "
                             + self.tr("%n stopped", "", stopped) + " · "
                             + self.tr("%n open", "", len(actions) - done - stopped))


class OverallStep(EvaluationStep):
    key = "overall"
    minutes = 10

    def title(self) -> str:
        return self.tr("Overall decision")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("Looking back together, and what we do next."))
        form = QFormLayout()
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Overall decision"))
        for value, label in cycle_labels.decisions().items():
            self.decision.addItem(label, value)
        form.addRow(self.tr("Overall &decision:"), self.decision)
        self.reason = _note("", self.tr("Why"))
        form.addRow(self.tr("&Why:"), self.reason)
        self.next_steps = _note("", self.tr("Next steps"))
        form.addRow(self.tr("&Next steps:"), self.next_steps)
        self.family = _note(self.tr("In the family's own words"), self.tr("The family's "
                                                                        "reflection"))
        form.addRow(self.tr("The &family's reflection:"), self.family)
        self.team = _note("", self.tr("The team's reflection"))
        form.addRow(self.tr("The &team's reflection:"), self.team)
        self.body.addLayout(form)
        self.goals = QLabel()
        self.goals.setWordWrap(True)
        self.body.addWidget(self.goals)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.decision.activated.connect(lambda _i: self.put(
            replace(self.evaluation, overall_decision=Decision(self.decision.currentData())),
            self.tr("Change the overall decision")))
        for edit, field in ((self.reason, "overall_reason"), (self.next_steps, "next_steps"),
                            (self.family, "family_reflection"), (self.team, "team_reflection")):
            edit.textChanged.connect(lambda e=edit, f=field: self._typed(f, e.toPlainText()))
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.decision

    def _typed(self, field: str, text: str) -> None:
        if getattr(self.evaluation, field) != text:
            changes: dict[str, Any] = {field: text}
            self.put(replace(self.evaluation, **changes), self.tr("Type in the evaluation"),
                     key=f"evaluation:{field}")

    def refresh(self, from_undo: bool = True) -> None:
        ev = self.evaluation
        _select(self.decision, ev.overall_decision.value)
        for edit, text in ((self.reason, ev.overall_reason), (self.next_steps, ev.next_steps),
                           (self.family, ev.family_reflection), (self.team, ev.team_reflection)):
            _set_text(edit, text)
        names = cycle_labels.decisions()
        lines = []
        for g in ev.goals:
            goal = self.editor.plan.goal(g.goal_id)
            lines.append(f"• {goal.title if goal else '?'}: {names[g.decision.value]}")
        self.goals.setText("\n".join(lines))
        self.problem.setText("\n".join(self.problems("overall")))


# --- agreement (evaluation and transition plan) ---------------------------------------------


class CycleAgreementStep(Step):
    """The family's approval and each present member's sign-off (typed name and drawn
    signature, the signer named on the pad), for an evaluation or a transition plan."""

    key = "cycle_agreement"
    minutes = 5

    def title(self) -> str:
        return self.tr("Agreement")

    def __init__(self, editor: MeetingEditor, problems: Problems, *,
                 get: Callable[[MeetingDraft], Agreement],
                 put: Callable[[MeetingDraft, Agreement], MeetingDraft], hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self._get, self._put = get, put
        self.set_texts(hint)
        box = QGroupBox(self.tr("The family's approval"))
        form = QFormLayout(box)
        self.approved = QCheckBox(self.tr("The family a&pproves"))
        self.approved.setAccessibleName(self.tr("The family approves"))
        form.addRow(self.approved)
        self.approved_by = QLineEdit()
        self.approved_by.setAccessibleName(self.tr("Approved by"))
        form.addRow(self.tr("Approved &by:"), self.approved_by)
        self.body.addWidget(box)
        self.signoff_box = QGroupBox(self.tr("Sign-off by the members present"))
        self.grid = QGridLayout(self.signoff_box)
        self.body.addWidget(self.signoff_box)
        self.body.addStretch(1)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit, QLabel]] = {}
        self._members: list[tuple[str, str]] = []
        self.approved.toggled.connect(lambda _on: self._approval())
        self.approved_by.textEdited.connect(lambda _t: self._approval())
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.approved

    @property
    def agreement(self) -> Agreement:
        return self._get(self.editor.draft)

    def _edit(self, agreement: Agreement, text: str, key: str | None = None) -> None:
        self.editor.edit(self._put(self.editor.draft, agreement), text, key)

    def present(self) -> list[TeamMember]:
        status = {a.member_id: a.present for a in self.editor.draft.meeting.attendance}
        return [m for m in self.editor.plan.team if status.get(m.id, True)]

    def refresh(self, from_undo: bool = True) -> None:
        a = self.agreement
        self.approved.blockSignals(True)
        self.approved.setChecked(a.family_approved)
        self.approved.blockSignals(False)
        _set_text(self.approved_by, a.approved_by)
        members = [(m.id, m.name) for m in self.present()]
        if members != self._members:
            self._members = members
            while self.grid.count():
                item = self.grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            self.rows = {}
            for row, (mid, name) in enumerate(members):
                check = QCheckBox(self.tr("%1 signs off").replace("%1", name or "?"))
                typed = QLineEdit()
                typed.setPlaceholderText(self.tr("Typed name"))
                typed.setAccessibleName(self.tr("Typed name of %1").replace("%1", name))
                draw = QPushButton(self.tr("Draw signature…"))
                draw.setAccessibleName(self.tr("Draw the signature of %1").replace("%1", name))
                drawn = QLabel()
                check.toggled.connect(lambda _on, m=mid: self._signoff(m))
                typed.textEdited.connect(lambda _t, m=mid: self._signoff(m))
                draw.clicked.connect(lambda _c=False, m=mid: self.draw_signature(m))
                for col, widget in enumerate((check, typed, draw, drawn)):
                    self.grid.addWidget(widget, row, col)
                self.rows[mid] = (check, typed, drawn)
        signed = {s.member_id: s for s in a.signoffs}
        for mid, (check, typed, drawn) in self.rows.items():
            check.blockSignals(True)
            check.setChecked(mid in signed)
            check.blockSignals(False)
            if mid in signed:
                _set_text(typed, signed[mid].typed_name)
            drawn.setText(self.tr("✓ signature drawn") if mid in signed
                          and signed[mid].signature_png else "")

    def _approval(self) -> None:
        on = self.approved.isChecked()
        self._edit(replace(self.agreement, family_approved=on,
                           approved_on=self.editor.draft.meeting.held_on if on else None,
                           approved_by=self.approved_by.text()),
                   self.tr("Change the family's approval"), key="cycle:approval")

    def _signoff(self, member_id: str, png: str | None = None) -> None:
        check, typed, _drawn = self.rows[member_id]
        a = self.agreement
        before = next((s for s in a.signoffs if s.member_id == member_id), None)
        others = tuple(s for s in a.signoffs if s.member_id != member_id)
        if check.isChecked() or png is not None:
            member = self.editor.plan.member(member_id)
            name = typed.text() or (member.name if member else "")
            _set_text(typed, name)
            drawn = png if png is not None else (before.signature_png if before else "")
            others = (*others, SignOff(member_id, name, self.editor.draft.meeting.held_on,
                                       drawn))
        self._edit(replace(a, signoffs=others), self.tr("Change sign-off"),
                   key=None if png is not None else f"cycle:signoff:{member_id}")

    def draw_signature(self, member_id: str) -> QDialog:
        """The signature pad, window-modal; it names whose signature it is."""
        member = self.editor.plan.member(member_id)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Signature of %1").replace(
            "%1", member.name if member else "?"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("%1, please sign below.").replace(
            "%1", member.name if member else "?")))
        pad = SignaturePad()
        layout.addWidget(pad)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self._signoff(
            member_id, "" if pad.is_empty() else pad.to_png_base64()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.signature_pad = pad
        dialog.open()
        return dialog


def evaluation_agreement(editor: MeetingEditor, problems: Problems) -> CycleAgreementStep:
    def get(d: MeetingDraft) -> Agreement:
        return d.evaluation.agreement if d.evaluation else Agreement()

    def put(d: MeetingDraft, a: Agreement) -> MeetingDraft:
        assert d.evaluation is not None
        return replace(d, evaluation=replace(d.evaluation, agreement=a))

    return CycleAgreementStep(editor, problems, get=get, put=put, hint=_evaluation_hint())


def transition_agreement(editor: MeetingEditor, problems: Problems) -> CycleAgreementStep:
    def get(d: MeetingDraft) -> Agreement:
        return d.transition.agreement if d.transition else Agreement()

    def put(d: MeetingDraft, a: Agreement) -> MeetingDraft:
        assert d.transition is not None
        return replace(d, transition=replace(d.transition, agreement=a))

    return CycleAgreementStep(editor, problems, get=get, put=put, hint=_transition_hint())


def _evaluation_hint() -> str:
    return QCoreApplication.translate(
        "CycleAgreementStep", "The family approves the evaluation; each member present "
        "signs off. Recording it makes an evaluation that can no longer be changed.")


def _transition_hint() -> str:
    return QCoreApplication.translate(
        "CycleAgreementStep", "The family approves the transition plan; each member "
        "present signs off. Recording it closes the plan.")


# --- the transition plan ---------------------------------------------------------------------


class TransitionStep(Step):
    @property
    def transition(self) -> TransitionPlan:
        t = self.editor.draft.transition
        assert t is not None
        return t

    def put(self, transition: TransitionPlan, text: str, key: str | None = None) -> None:
        self.editor.edit(replace(self.editor.draft, transition=transition), text, key)


class RowsTable(QWidget):
    """A small editable table of text rows with Add/Remove, for the transition plan's lists."""

    def __init__(self, headers: Sequence[str], *, name: str, add_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected row of %1")
                                             .replace("%1", name))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = self.table.item(r, c)
                if item is None:
                    self.table.setItem(r, c, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        self.table.blockSignals(False)

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""


class SuccessesStep(TransitionStep):
    key = "successes"
    minutes = 10

    def title(self) -> str:
        return self.tr("Successes to celebrate")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("What the family achieved: the goals reached first. Name them "
                               "and celebrate them together."))
        self.rows = RowsTable([self.tr("Success")], name=self.tr("Successes"),
                              add_text=self.tr("&Add a success"))
        self.body.addWidget(self.rows, 1)
        self.rows.add_button.clicked.connect(self._add)
        self.rows.remove_button.clicked.connect(self._remove)
        self.rows.table.itemChanged.connect(self._typed)
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.rows.table

    def refresh(self, from_undo: bool = True) -> None:
        self.rows.set_rows([(s.text,) for s in self.transition.successes])

    def _add(self) -> None:
        t = self.transition
        self.put(replace(t, successes=(*t.successes, Success(new_id(), ""))),
                 self.tr("Add a success"))
        self.rows.table.setCurrentCell(len(t.successes), 0)
        self.rows.table.editItem(self.rows.table.currentItem())

    def _remove(self) -> None:
        row = self.rows.table.currentRow()
        t = self.transition
        if 0 <= row < len(t.successes):
            self.put(replace(t, successes=t.successes[:row] + t.successes[row + 1:]),
                     self.tr("Remove a success"))

    def _typed(self, item: QTableWidgetItem) -> None:
        t = self.transition
        row = item.row()
        if row < len(t.successes):
            items = list(t.successes)
            items[row] = replace(items[row], text=item.text())
            self.put(replace(t, successes=tuple(items)), self.tr("Type a success"))


class ContinuingStep(TransitionStep):
    key = "continuing"
    minutes = 15

    def title(self) -> str:
        return self.tr("After closure")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("What continues after the plan closes and who carries it (often "
                               "the people around the family), and whom to call in a crisis."))
        self.continuing = RowsTable([self.tr("What continues"), self.tr("Who carries it")],
                                    name=self.tr("What continues after closure"),
                                    add_text=self.tr("Add what &continues"))
        self.body.addWidget(QLabel(self.tr("<b>What continues, and who carries it</b>")))
        self.body.addWidget(self.continuing, 1)
        self.crisis = RowsTable([self.tr("Who to call"), self.tr("How to reach them")],
                                name=self.tr("Crisis contacts after closure"),
                                add_text=self.tr("Add a crisis &contact"))
        self.body.addWidget(QLabel(self.tr("<b>Whom to call in a crisis</b>")))
        self.body.addWidget(self.crisis, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.body.addWidget(self.problem)
        self.continuing.add_button.clicked.connect(lambda: self._add("continuing"))
        self.crisis.add_button.clicked.connect(lambda: self._add("crisis_contacts"))
        self.continuing.remove_button.clicked.connect(lambda: self._remove("continuing"))
        self.crisis.remove_button.clicked.connect(lambda: self._remove("crisis_contacts"))
        self.continuing.table.itemChanged.connect(lambda _i: self._typed("continuing"))
        self.crisis.table.itemChanged.connect(lambda _i: self._typed("crisis_contacts"))
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.continuing.table

    def refresh(self, from_undo: bool = True) -> None:
        t = self.transition
        self.continuing.set_rows([(c.what, c.who) for c in t.continuing])
        self.crisis.set_rows([(c.name, c.how) for c in t.crisis_contacts])
        self.problem.setText("\n".join(self.problems("continuing")))

    def _add(self, field: str) -> None:
        t = self.transition
        item: ContinuingSupport | CrisisContact = (
            ContinuingSupport(new_id(), "") if field == "continuing" else CrisisContact(new_id(),
                                                                                        ""))
        changes: dict[str, Any] = {field: (*getattr(t, field), item)}
        self.put(replace(t, **changes), self.tr("Add a row"))

    def _remove(self, field: str) -> None:
        table = self.continuing if field == "continuing" else self.crisis
        row = table.table.currentRow()
        items = getattr(self.transition, field)
        if 0 <= row < len(items):
            changes: dict[str, Any] = {field: items[:row] + items[row + 1:]}
            self.put(replace(self.transition, **changes), self.tr("Remove a row"))

    def _typed(self, field: str) -> None:
        t = self.transition
        if field == "continuing":
            table = self.continuing
            new: tuple[Any, ...] = tuple(
                replace(c, what=table.cell(r, 0), who=table.cell(r, 1))
                for r, c in enumerate(t.continuing))
        else:
            table = self.crisis
            new = tuple(replace(c, name=table.cell(r, 0), how=table.cell(r, 1))
                        for r, c in enumerate(t.crisis_contacts))
        if new != getattr(t, field):
            changes: dict[str, Any] = {field: new}
            self.put(replace(t, **changes), self.tr("Type in the transition plan"))


class ComeBackStep(TransitionStep):
    key = "come_back"
    minutes = 5

    def title(self) -> str:
        return self.tr("Coming back")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("How the family can come back if things get hard again."))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("How the family can come back"))
        self.text.setTabChangesFocus(True)
        self.body.addWidget(self.text, 1)
        self.text.textChanged.connect(self._typed)
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.text

    def refresh(self, from_undo: bool = True) -> None:
        _set_text(self.text, self.transition.come_back)

    def _typed(self) -> None:
        text = self.text.toPlainText()
        if text != self.transition.come_back:
            self.put(replace(self.transition, come_back=text), self.tr("Type how to come back"),
                     key="transition:come_back")


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
              evaluation_agreement(editor, problems)]
    return steps


def transition_steps(editor: MeetingEditor, problems: Problems) -> list[Step]:
    return [MeetingRecordStep(editor, problems), SuccessesStep(editor, problems),
            ContinuingStep(editor, problems), ComeBackStep(editor, problems),
            transition_agreement(editor, problems)]


def adjust_banner_text(editor: MeetingEditor) -> str:
    """For a follow-up after an evaluation: the goals to adjust."""
    names = [g.title for g in editor.plan.goals if g.id in editor.draft.adjust_goal_ids]
    if not names:
        return ""
    return QCoreApplication.translate(
        "CycleSteps", "The evaluation decided to adjust: %1. Change these goals in the Goals "
        "step.").replace("%1", ", ".join(f"“{n}”" for n in names))
