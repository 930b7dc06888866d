"""The start of a follow-up meeting: rate each goal again (family, child and team apart) and
review the open actions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from vrac_desktop import labels
from vrac_desktop.domain.model import ActionStatus, Rater, Rating

from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.step_base import Problems, Step

NOT_RATED = -1


class FollowUpStep(Step):
    key = "review"

    def __init__(self, editor: MeetingEditor, problems: Problems, *,
                 previous_ratings: list[Rating], parent: QWidget | None = None) -> None:
        self._previous = previous_ratings  # before the step builds itself
        super().__init__(editor, problems, parent)

    def build(self) -> None:
        self.goals_box = QGroupBox(self.tr("Ratings today"))
        self.grid = QGridLayout(self.goals_box)
        self.body.addWidget(self.goals_box)
        self.actions_box = QGroupBox(self.tr("Open actions"))
        self.actions_grid = QGridLayout(self.actions_box)
        self.body.addWidget(self.actions_box)
        self.body.addStretch(1)
        self.spins: dict[tuple[str, Rater], QSpinBox] = {}
        self.statuses: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLineEdit] = {}
        self._build()

    def first_field(self) -> QWidget | None:
        return next(iter(self.spins.values()), None)

    def _last(self, goal_id: str) -> str:
        earlier = [r for r in self._previous if r.goal_id == goal_id]
        if not earlier:
            return self.tr("no rating yet")
        latest = max(earlier, key=lambda r: r.rated_on)
        same_day = [r for r in earlier if r.rated_on == latest.rated_on]
        return ", ".join(f"{self._rater_name(r.rater)} {r.value}" for r in same_day)

    def _rater_name(self, rater: Rater) -> str:
        return {Rater.FAMILY: self.tr("family"), Rater.CHILD: self.tr("child"),
                Rater.TEAM: self.tr("team")}[rater]

    def _build(self) -> None:
        plan = self.editor.plan
        headers = (self.tr("Goal"), self.tr("Start → target"), self.tr("Last time"),
                   self.tr("Family"), self.tr("Child"), self.tr("Team"))
        for col, header in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{header}</b>"), 0, col)
        for row, goal in enumerate(plan.goals, start=1):
            title = QLabel(goal.title)
            title.setWordWrap(True)
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(QLabel(f"{goal.baseline} → {goal.target}"), row, 1)
            self.grid.addWidget(QLabel(self._last(goal.id)), row, 2)
            if goal.id in self.editor.draft.reached_goal_ids:
                # Finalized by an evaluation: closed as reached, not rated again.
                reached = QLabel(self.tr("★ Reached — closed by the evaluation"))
                self.grid.addWidget(reached, row, 3, 1, 3)
                continue
            for col, rater in enumerate((Rater.FAMILY, Rater.CHILD, Rater.TEAM), start=3):
                spin = QSpinBox()
                spin.setRange(NOT_RATED, 10)
                spin.setSpecialValueText(self.tr("—"))
                spin.setAccessibleName(self.tr("Rating of %1 by the %2")
                                       .replace("%1", goal.title)
                                       .replace("%2", self._rater_name(rater)))
                spin.valueChanged.connect(
                    lambda v, gid=goal.id, r=rater: self._rated(gid, r, v))
                self.grid.addWidget(spin, row, col)
                self.spins[(goal.id, rater)] = spin
        if not plan.goals:
            self.grid.addWidget(QLabel(self.tr("The plan has no goals yet.")), 1, 0)
        status_labels = labels.action_statuses()
        open_actions = [a for a in plan.actions
                        if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)]
        for row, action in enumerate(open_actions):
            member = plan.member(action.responsible_id)
            who = member.name if member else self.tr("nobody")
            what = QLabel(self.tr("%1 — %2").replace("%1", action.description)
                          .replace("%2", who))
            what.setWordWrap(True)
            self.actions_grid.addWidget(what, row, 0)
            combo = QComboBox()
            for value, status_label in status_labels.items():
                combo.addItem(status_label, value)
            combo.setAccessibleName(self.tr("Status of %1").replace("%1", action.description))
            combo.activated.connect(lambda _i, aid=action.id: self._status(aid))
            self.actions_grid.addWidget(combo, row, 1)
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("Why not done / why stopped"))
            reason.setAccessibleName(self.tr("Reason for %1").replace("%1", action.description))
            reason.textEdited.connect(lambda _t, aid=action.id: self._status(aid, typing=True))
            self.actions_grid.addWidget(reason, row, 2)
            self.statuses[action.id] = combo
            self.reasons[action.id] = reason
        if not open_actions:
            self.actions_grid.addWidget(QLabel(self.tr("No open actions.")), 0, 0)
        self.refresh()

    def refresh(self, from_undo: bool = True) -> None:
        draft = self.editor.draft
        for (goal_id, rater), spin in self.spins.items():
            rating = draft.rating(goal_id, rater)
            value = rating.value if rating else NOT_RATED
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        for action_id, combo in self.statuses.items():
            action = next((a for a in draft.plan.actions if a.id == action_id), None)
            if action is None:
                continue
            combo.setCurrentIndex(max(combo.findData(action.status.value), 0))
            if self.reasons[action_id].text() != action.stop_reason:
                self.reasons[action_id].setText(action.stop_reason)

    def _rated(self, goal_id: str, rater: Rater, value: int) -> None:
        draft = self.editor.draft.with_rating(goal_id, rater,
                                              None if value == NOT_RATED else value)
        self.editor.edit(draft, self.tr("Rate goal"), key=f"rating:{goal_id}:{rater.value}")

    def _status(self, action_id: str, typing: bool = False) -> None:
        plan = self.editor.plan
        status = ActionStatus(self.statuses[action_id].currentData())
        reason = self.reasons[action_id].text()
        actions = tuple(replace(a, status=status, stop_reason=reason) if a.id == action_id
                        else a for a in plan.actions)
        self.editor.edit_plan(replace(plan, actions=actions), self.tr("Review action"),
                              key=f"review:{action_id}" if typing else None)

