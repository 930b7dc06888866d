"""The six-month evaluation's steps: the period, a review per goal, the actions recap and
the overall verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.cycle import with_rater_ratings
from vrac_desktop.domain.evaluation import (
    latest_rating,
    ratings_until,
    suggest_decision,
    suggest_verdict,
)
from vrac_desktop.domain.model import (
    ActionStatus,
    Decision,
    Evaluation,
    GoalEvaluation,
    Rating,
    Verdict,
    Visibility,
)

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.meeting.cycle_fields import _note, _pydate, _qdate, _select, _set_text
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.step_base import Problems, Step

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


