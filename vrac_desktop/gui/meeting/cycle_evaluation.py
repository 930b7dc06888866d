"""The six-month evaluation's steps: the period, a review per goal, the actions recap and
the overall verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
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
    GoalEvaluation,
    Rating,
    Verdict,
    Visibility,
)

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.forms.ui_goal_review_step import Ui_GoalReviewStep
from vrac_desktop.gui.forms.ui_overall_step import Ui_OverallStep
from vrac_desktop.gui.forms.ui_period_step import Ui_PeriodStep
from vrac_desktop.gui.meeting.agenda import StepText, agenda
from vrac_desktop.gui.meeting.cycle_fields import _pydate, _qdate, _select, _set_text
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.step_base import PartStep, Problems

# --- the evaluation ----------------------------------------------------------------------------


class EvaluationStep(PartStep):
    """A step that edits the draft's evaluation (``self.evaluation``)."""

    part = "evaluation"


class PeriodStep(EvaluationStep):
    key = "period"

    def build(self) -> None:
        form = self.add_form(Ui_PeriodStep(), QWidget())  # ui/period_step.ui
        self.start, self.end = form.start, form.end
        self.version, self.problem = form.version, form.problem
        self.body.addStretch(1)
        self.start.dateChanged.connect(lambda d: self._changed(period_start=_pydate(d)))
        self.end.dateChanged.connect(lambda d: self._changed(period_end=_pydate(d)))

    def first_field(self) -> QWidget | None:
        return self.start

    def refresh(self, from_undo: bool = True) -> None:
        ev = self.evaluation
        for widget, value in ((self.start, ev.period_start), (self.end, ev.period_end)):
            widget.blockSignals(True)
            widget.setDate(_qdate(value))
            widget.blockSignals(False)
        # The goals counted with the language's plural forms ("1 objectifs" before).
        self.version.setText(self.tr("We evaluate plan version %1 (%n goal(s)).", "",
                                     len(ev.goals)).replace("%1", str(ev.plan_version)))
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

    def __init__(self, editor: MeetingEditor, problems: Problems, goal_id: str,
                 parent: QWidget | None = None) -> None:
        self.goal_id = goal_id
        self.key = f"goal:{goal_id}"
        goal = editor.plan.goal(goal_id)
        self._title = goal.title if goal else "?"
        super().__init__(editor, problems, parent)

    def texts(self) -> StepText:
        text = agenda()["goal"]
        return replace(text, title=text.title.replace("%1", self._title))

    def build(self) -> None:
        form = self.add_form(Ui_GoalReviewStep(), QWidget())  # ui/goal_review_step.ui
        self.numbers, self.chart_holder = form.numbers, form.chart_holder
        self._chart_made = False
        self.family_helped, self.family_not = form.family_helped, form.family_not
        self.team_helped, self.team_not = form.team_helped, form.team_not
        self.professional, self.suggestion = form.professional, form.suggestion
        self.verdict, self.decision = form.verdict, form.decision
        for value, label in cycle_labels.verdicts().items():
            self.verdict.addItem(label, value)
        for value, label in cycle_labels.decisions().items():
            self.decision.addItem(label, value)
        self.reason, self.problem = form.reason, form.problem
        self.body.addStretch(1)
        for edit, field in ((self.family_helped, "family_helped"),
                            (self.family_not, "family_not_helped"),
                            (self.team_helped, "team_helped"), (self.team_not, "team_not_helped")):
            edit.textChanged.connect(lambda e=edit, f=field: self._typed(f, e.toPlainText()))
        self.reason.textEdited.connect(lambda t: self._typed("decision_reason", t))
        self.professional.toggled.connect(self._visibility)
        self.verdict.activated.connect(lambda _i: self._chosen())
        self.decision.activated.connect(lambda _i: self._chosen())

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

    def build(self) -> None:
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

    def build(self) -> None:
        form = self.add_form(Ui_OverallStep(), QWidget())  # ui/overall_step.ui
        self.decision = form.decision
        for value, label in cycle_labels.decisions().items():
            self.decision.addItem(label, value)
        self.reason, self.next_steps = form.reason, form.next_steps
        self.family, self.team = form.family, form.team
        self.goals, self.problem = form.goals, form.problem
        self.body.addStretch(1)
        self.decision.activated.connect(lambda _i: self.put(
            replace(self.evaluation, overall_decision=Decision(self.decision.currentData())),
            self.tr("Change the overall decision")))
        for edit, field in ((self.reason, "overall_reason"), (self.next_steps, "next_steps"),
                            (self.family, "family_reflection"), (self.team, "team_reflection")):
            edit.textChanged.connect(lambda e=edit, f=field: self._typed(f, e.toPlainText()))

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


