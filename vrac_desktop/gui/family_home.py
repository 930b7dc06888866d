"""A family's home: who they are, the team, the current plan at a glance, meeting history,
the next meeting and when the six-month evaluation is due."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.cycle import finalized_goal_ids
from vrac_desktop.domain.model import ActionStatus, FamilyStatus, PlanContent, Rating
from vrac_desktop.labels import member_kinds
from vrac_desktop.services.evaluations import evaluation_due_on
from vrac_desktop.services.families import get_family
from vrac_desktop.services.meetings import load_draft
from vrac_desktop.services.plans import (
    current_version,
    evaluations_for,
    list_versions,
    meetings_for,
    ratings_for,
)
from vrac_desktop.services.reconcile import list_heads
from vrac_desktop.store.database import Database

from vrac_desktop.gui.cycle_panel import CyclePanel, HistoryDialog
from vrac_desktop.gui.dates import format_date, format_datetime
from vrac_desktop.gui.forms.ui_family_home import Ui_FamilyHome
from vrac_desktop.gui.widgets import scale_font

if TYPE_CHECKING:
    from vrac_desktop.charts.widgets import (
        ActionsRecapWidget,
        DomainStarWidget,
        GoalsOverviewWidget,
    )

    from vrac_desktop.gui.fidelity_tab import FidelityTab

class FamilyHome(QWidget, Ui_FamilyHome):
    back = Signal()
    start_meeting = Signal(str)  # family id
    show_changes = Signal(str)  # family id
    reconcile = Signal(str)  # family id: two laptops saved this plan offline
    edit_team = Signal(str)  # family id: opens the meeting at its team step
    discard_draft = Signal(str)  # family id: throw away the unsaved meeting
    start_evaluation = Signal(str)  # family id
    start_transition = Signal(str)  # family id: the closing meeting

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.family_id: str | None = None
        self.setupUi(self)  # the layout in ui/family_home.ui: its widgets are attributes
        scale_font(self.title, 1.6)
        self.back_button.clicked.connect(self.back)
        for button, signal in ((self.meeting_button, self.start_meeting),
                               (self.discard_button, self.discard_draft),
                               (self.changes_button, self.show_changes),
                               (self.evaluation_button, self.start_evaluation),
                               (self.heads_button, self.reconcile),
                               (self.team_button, self.edit_team)):
            button.clicked.connect(lambda _c=False, s=signal: s.emit(self.family_id))
        self.cycle = CyclePanel(db, self)
        self.cycle_layout.addWidget(self.cycle)
        # The charts are made when a family is first shown: pyqtgraph takes a third of a
        # second to import, and the app should show its families list without waiting.
        self._progress = self.progress
        self._charts: tuple[GoalsOverviewWidget, DomainStarWidget, ActionsRecapWidget] | None
        self._charts = None
        self.cycle.start_transition.connect(lambda: self.start_transition.emit(self.family_id))
        self.cycle.changed.connect(lambda: self.show_family(self.family_id)
                                   if self.family_id else None)
        self.versions.itemActivated.connect(self._open_version)
        self.meetings.itemActivated.connect(self._open_meeting)
        # The Fidelity tab (gui/fidelity_tab.py) is made, and filled, when first looked at.
        self._fidelity_page = self.fidelity_page
        self._fidelity: FidelityTab | None = None
        self.tabs.currentChanged.connect(lambda _i: self._refresh_fidelity())
        # The charts are drawn when the Progress tab is shown, not while it is hidden: what
        # to draw waits here (plan, ratings, today) until then.
        self._chart_data: tuple[PlanContent, list[Rating], date] | None = None
        self.tabs.currentChanged.connect(lambda _i: self._draw_charts_if_shown())
        self._today: date | None = None

    @property
    def fidelity_tab(self) -> FidelityTab:
        if self._fidelity is None:
            from vrac_desktop.gui.fidelity_tab import FidelityTab

            self._fidelity = FidelityTab(self._db)
            page = QVBoxLayout(self._fidelity_page)
            page.setContentsMargins(0, 0, 0, 0)
            page.addWidget(self._fidelity)
        return self._fidelity

    def _refresh_fidelity(self) -> None:
        if self.family_id is not None and self.tabs.currentWidget() is self._fidelity_page:
            self.fidelity_tab.show_family(self.family_id, today=self._today or date.today())

    def _make_charts(self) -> tuple[GoalsOverviewWidget, DomainStarWidget, ActionsRecapWidget]:
        if self._charts is None:
            from vrac_desktop.charts.widgets import (
                ActionsRecapWidget,
                DomainStarWidget,
                GoalsOverviewWidget,
            )

            progress_layout = QHBoxLayout(self._progress)
            charts = GoalsOverviewWidget(), DomainStarWidget(), ActionsRecapWidget()
            # The star has the right-hand column to itself: sharing it with the actions recap
            # left it ~140 px across at 1366 px, too small to read (issue 13, item 9).
            left = QVBoxLayout()
            left.addWidget(charts[0], 3)
            left.addWidget(charts[2], 2)
            progress_layout.addLayout(left, 3)
            progress_layout.addWidget(charts[1], 2)
            self._charts = charts
        return self._charts

    def _draw_charts(self) -> tuple[GoalsOverviewWidget, DomainStarWidget, ActionsRecapWidget]:
        charts = self._make_charts()
        if self._chart_data is not None:
            plan, ratings, today = self._chart_data
            self._chart_data = None
            charts[0].set_data(plan, ratings)
            charts[1].set_data(plan, ratings)
            charts[2].set_data(plan, today)
        return charts

    def _draw_charts_if_shown(self) -> None:
        if self._chart_data is not None and self.tabs.currentWidget() is self._progress:
            self._draw_charts()

    # A chart asked for is up to date (drawn now if its tab was hidden).
    @property
    def goals_chart(self) -> GoalsOverviewWidget:
        return self._draw_charts()[0]

    @property
    def star_chart(self) -> DomainStarWidget:
        return self._draw_charts()[1]

    @property
    def recap_chart(self) -> ActionsRecapWidget:
        return self._draw_charts()[2]

    def clear(self) -> None:
        """Forget what is shown (locking)."""
        self.family_id = None
        for widget in (self.title, self.summary, self.due, self.celebrate):
            widget.clear()
        self.cycle.clear()
        for lst in (self.team, self.versions, self.meetings):
            lst.clear()
        if self._fidelity is not None:
            self._fidelity.clear()
        self._chart_data = None
        if self._charts is not None:
            self._charts[0].set_data(PlanContent(), [])
            self._charts[1].set_data(PlanContent(), [])

    def show_family(self, family_id: str, *, today: date | None = None) -> None:
        today = today or date.today()
        self.family_id = family_id
        self._today = today
        family = get_family(self._db, family_id=family_id)
        ref = f" · {family.reference}" if family.reference else ""
        closed = self.tr(" (closed)") if family.status is FamilyStatus.CLOSED else ""
        self.title.setText(f"{family.display_name}{ref}{closed}")
        spoken = [self.tr("Spoken at home: %1").replace("%1", family.home_languages)] \
            if family.home_languages else []
        if family.interpreter_needed:
            spoken.append(self.tr("⚠ interpreter needed at meetings"))
        self.languages.setText(" · ".join(spoken))
        self.languages.setVisible(bool(spoken))
        current = current_version(self._db, family_id=family_id)
        versions = list_versions(self._db, family_id=family_id)
        draft = load_draft(self._db, family_id=family_id)
        self.heads_button.setVisible(len(list_heads(self._db, family_id=family_id)) > 1)
        self.discard_button.setVisible(draft is not None)
        if draft is not None:
            self.meeting_button.setText(self.tr("C&ontinue meeting (draft)"))
        elif current is None:
            self.meeting_button.setText(self.tr("&Start first meeting"))
        else:
            self.meeting_button.setText(self.tr("&Start follow-up meeting"))
        self.changes_button.setEnabled(len(versions) >= 1)
        kinds = member_kinds()
        self.team.clear()
        self.meetings.clear()
        if current is None:
            self.summary.setText(self.tr("No plan yet: the first meeting creates version 1."))
            self.due.setText("")
            if self._charts is not None:  # not the previous family's charts
                self._chart_data = (PlanContent(), [], today)
                self._draw_charts_if_shown()
        else:
            plan = current.content
            open_actions = sum(a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
                               for a in plan.actions)
            # Each count with its own plural forms ("1 goal", "2 goals"; "1 objectif").
            self.summary.setText(" · ".join((
                self.tr("Current plan: version %1").replace("%1", str(current.number)),
                self.tr("%n goal(s)", "", len(plan.goals)),
                self.tr("%n action(s)", "", len(plan.actions)) + " "
                + self.tr("(%n not done yet)", "", open_actions),
                self.tr("%n team member(s)", "", len(plan.team)))))
            for m in plan.team:
                extra = ", ".join(x for x in (m.role, m.organisation) if x)
                self.team.addItem(f"{m.name} — {kinds.get(m.kind.value, m.kind.value)}"
                                  + (f" ({extra})" if extra else ""))
            # Counted from the meeting date of the first approved plan, or from the end of
            # the last evaluation (not from when a version happened to be saved).
            evaluation_on = evaluation_due_on(self._db, family_id=family_id)
            parts = []
            if plan.next_meeting_on:
                parts.append(self.tr("Next meeting: %1").replace(
                    "%1", format_date(plan.next_meeting_on)))
            if evaluation_on is None:
                parts.append(self.tr("The six-month evaluation is counted from the first "
                                     "approved plan."))
            elif evaluation_on <= today:
                parts.append(self.tr("⚠ The six-month evaluation is due (since %1).")
                             .replace("%1", format_date(evaluation_on)))
            else:
                parts.append(self.tr("Six-month evaluation due on %1.")
                             .replace("%1", format_date(evaluation_on)))
            self.due.setText("   ".join(parts))
            due_now = evaluation_on is not None and evaluation_on <= today
            self.due.setStyleSheet("color: #b35c00; font-weight: bold;" if due_now else "")
            reached = finalized_goal_ids(evaluations_for(self._db, family_id=family_id))
            titles = [g.title for g in plan.goals if g.id in reached]
            self.celebrate.setText(self.tr("★ Goals reached — well done! %1").replace(
                "%1", " · ".join(titles)) if titles else "")
            ratings = ratings_for(self._db, family_id=family_id)
            self._chart_data = (plan, ratings, today)
            self._draw_charts_if_shown()
        self.evaluation_button.setEnabled(current is not None and draft is None
                                          and family.status is not FamilyStatus.CLOSED)
        self.cycle.show_family(family_id, closed=family.status is FamilyStatus.CLOSED,
                               has_plan=current is not None)
        self.versions.clear()
        for v in reversed(versions):
            when = format_datetime(v.created_at)
            approved = self.tr("approved") if v.approved else self.tr("not approved")
            text = (self.tr("Version %1 — %2 by %3 (%4) · %5")
                    .replace("%1", str(v.number)).replace("%2", when)
                    .replace("%3", v.created_by).replace("%4", approved)
                    .replace("%5", v.hash[:12]))
            if v.written_by:  # set by the team server, not by the laptop that sent it
                text += " · " + self.tr("sent by server account %1").replace("%1", v.written_by)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.number)
            item.setToolTip(self.tr("Double-click to open this version read-only"))
            self.versions.addItem(item)
        for held in reversed(meetings_for(self._db, family_id=family_id)):
            present = sum(a.present for a in held.attendance)
            item = QListWidgetItem(self.tr("%1 — %2 present").replace(
                "%1", format_date(held.held_on)).replace("%2", str(present)))
            item.setData(Qt.ItemDataRole.UserRole, held.id)
            item.setToolTip(self.tr("Double-click to open this meeting read-only"))
            self.meetings.addItem(item)
        self._refresh_fidelity()

    def _open_version(self, item: QListWidgetItem) -> None:
        if self.family_id is not None:
            HistoryDialog.for_version(self._db, self.family_id,
                                      int(item.data(Qt.ItemDataRole.UserRole)), self).open()

    def _open_meeting(self, item: QListWidgetItem) -> None:
        if self.family_id is not None:
            HistoryDialog.for_meeting(self._db, self.family_id,
                                      str(item.data(Qt.ItemDataRole.UserRole)), self).open()

    def change_phase(self) -> None:
        self.cycle.ask_phase_change()
