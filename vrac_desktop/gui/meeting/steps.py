"""The steps of the meeting, in the family's order. Each step edits the draft through the
MeetingEditor and redraws itself when the draft changes (undo, or another step's edit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop import labels
from vrac_desktop.domain.model import (
    Action,
    Attendance,
    Goal,
    MemberKind,
    Need,
    PlanContent,
    SafetyItem,
    Strength,
    TeamMember,
    TextItem,
    new_id,
)

from vrac_desktop.gui.forms.ui_goals_step import Ui_GoalsStep
from vrac_desktop.gui.forms.ui_need_choice_dialog import Ui_NeedChoiceDialog
from vrac_desktop.gui.forms.ui_team_step import Ui_TeamStep
from vrac_desktop.gui.meeting.agenda import agenda
from vrac_desktop.gui.meeting.agreement_step import AgreementStep
from vrac_desktop.gui.meeting.items import Column, ItemList, ItemTableModel
from vrac_desktop.gui.meeting.step_base import (
    Problems,
    Step,
    TableStep,
    TextField,
    private_column,
)
from vrac_desktop.gui.widgets import clear_layout
from vrac_desktop.gui.wrap_delegate import WrapDelegate

__all__ = ["STEP_TYPES", "AgreementStep", "Problems", "Step", "TableStep", "TextField"]


def _situation(field: str) -> tuple[Callable[[PlanContent], TextItem],
                                    Callable[[PlanContent, TextItem], PlanContent]]:
    def get(plan: PlanContent) -> TextItem:
        item: TextItem = getattr(plan.situation, field)
        return item

    def put(plan: PlanContent, item: TextItem) -> PlanContent:
        return replace(plan, situation=replace(plan.situation, **{field: item}))

    return get, put


# --- 1. team ---------------------------------------------------------------------------------


class TeamStep(Step):
    key = "team"

    def build(self) -> None:
        self.model = ItemTableModel(self.editor, "team", [
            Column("name", self.tr("Name")),
            Column("kind", self.tr("Kind"), "enum", labels.member_kinds(), 150),
            Column("role", self.tr("Role")),
            Column("organisation", self.tr("Organisation")),
            Column("contact", self.tr("Contact")),
        ], label=self.tr("team member"), problems=self.problems, parent=self)
        self.list = ItemList(self.model, add_text=self.tr("&Add team member"),
                             make_item=lambda: TeamMember(new_id(), "", MemberKind.FAMILY),
                             add_item=self._add_member)
        self.body.addWidget(self.list)
        form = self.add_form(Ui_TeamStep(), QGroupBox())  # ui/team_step.ui
        self.attendance, self.facilitator = form.attendance, form.facilitator
        self.location = form.location
        self.body.addStretch(1)
        self.attendance.itemChanged.connect(self._attendance_changed)
        self.facilitator.activated.connect(self._facilitator_changed)
        self.location.textEdited.connect(self._location_changed)

    def first_field(self) -> QWidget | None:
        return self.list.table

    def refresh(self, from_undo: bool = True) -> None:
        plan, meeting = self.editor.plan, self.editor.draft.meeting
        present = {a.member_id for a in meeting.attendance if a.present}
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for m in plan.team:
            item = QListWidgetItem(m.name or self.tr("(unnamed)"))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in present
                               else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self.facilitator.clear()
        self.facilitator.addItem(self.tr("(not set)"), None)
        for m in plan.team:
            self.facilitator.addItem(m.name or self.tr("(unnamed)"), m.id)
        self.facilitator.setCurrentIndex(max(self.facilitator.findData(meeting.facilitator_id), 0))
        if self.location.text() != meeting.location:
            self.location.setText(meeting.location)

    def _add_member(self, member: TeamMember) -> None:
        """Add a member, present today: one undo step."""
        draft = self.editor.draft
        attendance = (*draft.meeting.attendance, Attendance(member.id, True))
        self.editor.edit(replace(draft, plan=replace(draft.plan, team=(*draft.plan.team, member)),
                                 meeting=replace(draft.meeting, attendance=attendance)),
                         self.tr("Add team member"))

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        draft = self.editor.draft
        others = tuple(a for a in draft.meeting.attendance if a.member_id != member_id)
        meeting = replace(draft.meeting, attendance=(*others, Attendance(member_id, present)))
        self.editor.edit(replace(draft, meeting=meeting), self.tr("Change attendance"))

    def _facilitator_changed(self, index: int) -> None:
        draft = self.editor.draft
        meeting = replace(draft.meeting, facilitator_id=self.facilitator.itemData(index))
        self.editor.edit(replace(draft, meeting=meeting), self.tr("Change facilitator"))

    def _location_changed(self, text: str) -> None:
        draft = self.editor.draft
        self.editor.edit(replace(draft, meeting=replace(draft.meeting, location=text)),
                         self.tr("Type the place"), key="meeting:location")


# --- 2. situation ----------------------------------------------------------------------------


class SituationStep(Step):
    key = "situation"

    def build(self) -> None:
        editor = self.editor
        get, put = _situation("family_story")
        self.story = TextField(editor, self.tr("The family's &story"), get=get, put=put,
                               placeholder=self.tr("What happened, what is hard for us…"))
        get, put = _situation("what_goes_well")
        self.well = TextField(editor, self.tr("What goes &well"), get=get, put=put)
        get, put = _situation("team_view")
        self.team_view = TextField(editor, self.tr("The &team's view"), get=get, put=put)
        self.fields = [self.story, self.well, self.team_view]
        for f in self.fields:
            self.body.addWidget(f)

    def first_field(self) -> QWidget | None:
        return self.story.edit

    def refresh(self, from_undo: bool = True) -> None:
        for f in self.fields:
            f.refresh(from_undo)


# --- 3. strengths ----------------------------------------------------------------------------


class StrengthsStep(TableStep):
    key = field = "strengths"

    def table(self) -> tuple[list[Column], str, str]:
        return ([
            Column("text", self.tr("Strength")),
            Column("category", self.tr("Kind"), "enum", labels.strength_categories(), 190),
            Column("holder", self.tr("Whose"), "enum", labels.strength_holders(), 120),
        ], self.tr("strength"), self.tr("&Add strength"))

    def new_item(self) -> Strength:
        return Strength(new_id(), "")


# --- 4. needs and vision ---------------------------------------------------------------------


class NeedsStep(TableStep):
    key = field = "needs"
    stretch = False

    def table(self) -> tuple[list[Column], str, str]:
        return ([
            Column("text", self.tr("Need or wish")),
            Column("domain", self.tr("Life domain"), "enum", labels.life_domains(), 140),
            Column("handling", self.tr("Who handles it"), "enum", labels.handlings(), 200),
            Column("priority", self.tr("Priority"), "enum", labels.priorities(), 90),
        ], self.tr("need"), self.tr("&Add need"))

    def new_item(self) -> Need:
        return Need(new_id(), "")

    def build(self) -> None:
        super().build()
        self.vision = TextField(
            self.editor, self.tr("Our vis&ion: life when things are better"),
            get=lambda p: p.vision, put=lambda p, item: replace(p, vision=item))
        self.body.addWidget(self.vision)

    def refresh(self, from_undo: bool = True) -> None:
        self.vision.refresh(from_undo)


# --- 5. goals --------------------------------------------------------------------------------


class GoalsStep(TableStep):
    key = field = "goals"
    stretch = False

    def new_item(self) -> Goal | None:
        """A new goal serves the needs the coach ticks now; none is guessed for them."""
        needs = [n for n in self.editor.plan.needs if n.text.strip()]
        if not needs:
            return Goal(new_id(), "")
        dialog = NeedChoiceDialog(needs, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Goal(new_id(), "", need_ids=tuple(dialog.chosen()))

    def table(self) -> tuple[list[Column], str, str]:
        return ([
            Column("title", self.tr("Goal")),
            Column("indicator", self.tr("How will we know")),
            Column("baseline", self.tr("At the start (0–10)"), "scale", width=100),
            Column("target", self.tr("Target (0–10)"), "scale", width=100),
            Column("review_on", self.tr("Review on"), "date", width=110),
        ], self.tr("goal"), self.tr("&Add goal"))

    def build(self) -> None:
        super().build()
        self.needs = self.add_form(Ui_GoalsStep(), QGroupBox()).needs  # ui/goals_step.ui
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        self.needs.itemChanged.connect(self._need_ticked)

    def _current_goal(self) -> Goal | None:
        index = self.list.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        goal: Goal = self.model.item_at(index.row())
        return goal

    def refresh(self, from_undo: bool = True) -> None:
        goal = self._current_goal()
        self.needs.blockSignals(True)
        self.needs.clear()
        for need in self.editor.plan.needs:
            item = QListWidgetItem(need.text or self.tr("(unnamed)"))
            item.setData(Qt.ItemDataRole.UserRole, need.id)
            if goal is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if need.id in goal.need_ids
                                   else Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.needs.addItem(item)
        if not self.editor.plan.needs:  # say where they come from, not an empty box
            hint = QListWidgetItem(self.tr(
                "No needs yet. Write what the family needs in the “%1” step; here you then "
                "tick the needs the selected goal serves.").replace(
                    "%1", agenda()["needs"].title))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.needs.addItem(hint)
        self.needs.setWordWrap(True)
        self.needs.blockSignals(False)

    def _need_ticked(self, item: QListWidgetItem) -> None:
        goal = self._current_goal()
        if goal is None:
            return
        need_id = item.data(Qt.ItemDataRole.UserRole)
        ids = [n for n in goal.need_ids if n != need_id]
        if item.checkState() == Qt.CheckState.Checked:
            ids.append(need_id)
        self.model.replace_item(replace(goal, need_ids=tuple(ids)))


NEED_CHOICE_WIDTH = 420  # px: the new-goal dialog's narrowest width


class NeedChoiceDialog(QDialog):
    """Asked when a goal is added: which needs does it serve? (Ticking none is allowed.)"""

    def __init__(self, needs: list[Need], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NeedChoiceDialog()  # ui/need_choice_dialog.ui
        self.ui.setupUi(self)
        self.list = self.ui.list
        for need in needs:
            item = QListWidgetItem(need.text)
            item.setData(Qt.ItemDataRole.UserRole, need.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda item: item.setCheckState(
            Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked))
        # Wide enough to read a need on one line (it was 280 px, with a horizontal scroll bar
        # under a short need); a longer one wraps (ui/need_choice_dialog.ui).
        self.list.setItemDelegate(WrapDelegate(self.list))
        widest = max((self.list.fontMetrics().horizontalAdvance(n.text) for n in needs),
                     default=0)
        self.resize(min(max(NEED_CHOICE_WIDTH, widest + 80), 2 * NEED_CHOICE_WIDTH),
                    self.sizeHint().height())
        buttons = self.ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add &goal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def chosen(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


# --- 6. who does what ------------------------------------------------------------------------


class ActionsStep(Step):
    key = "actions"

    def build(self) -> None:
        self.container = QVBoxLayout()
        self.body.addLayout(self.container)
        self.body.addStretch(1)
        self.lists: dict[str | None, ItemList] = {}
        self._boxes: dict[str | None, QGroupBox] = {}
        self._goal_ids: list[str | None] | None = None

    def _columns(self) -> list[Column]:
        return [
            Column("description", self.tr("What")),
            Column("responsible_id", self.tr("Who"), "member", width=150),
            Column("due_on", self.tr("By when"), "date", width=110),
            Column("support", self.tr("Support"), "enum", labels.support_types(), 90),
            Column("status", self.tr("Status"), "enum", labels.action_statuses(), 110),
            Column("stop_reason", self.tr("Why stopped"), width=140),
            private_column(),
        ]

    def first_field(self) -> QWidget | None:
        first = next(iter(self.lists.values()), None)
        return first.table if first else None

    def refresh(self, from_undo: bool = True) -> None:
        goal_ids: list[str | None] = [g.id for g in self.editor.plan.goals]
        if any(a.goal_id not in goal_ids for a in self.editor.plan.actions):
            goal_ids.append(None)
        if goal_ids == self._goal_ids:
            for gid, box in self._boxes.items():
                goal = self.editor.plan.goal(gid)
                box.setTitle(goal.title if goal else self.tr("Not tied to a goal"))
            return
        self._goal_ids = goal_ids
        clear_layout(self.container)
        self._build()

    def _build(self) -> None:
        goal_ids = self._goal_ids or []
        self.lists = {}
        self._boxes = {}
        if not goal_ids:
            note = QLabel(self.tr("Add goals first: every action serves a goal."))
            self.container.addWidget(note)
        known = {g.id for g in self.editor.plan.goals}
        for gid in goal_ids:
            goal = self.editor.plan.goal(gid)
            box = QGroupBox(goal.title if goal else self.tr("Not tied to a goal"))
            layout = QVBoxLayout(box)

            def keep(action: Action, gid: str | None = gid) -> bool:
                return action.goal_id == gid if gid else action.goal_id not in known

            model = ItemTableModel(self.editor, "actions", self._columns(),
                                   label=self.tr("action"), keep=keep,
                                   problems=self.problems, parent=box)
            def make(gid: str | None = gid) -> Action:
                return Action(new_id(), "", None, gid)

            item_list = ItemList(model, add_text=self.tr("Add action for this goal"),
                                 make_item=make)
            layout.addWidget(item_list)
            self.container.addWidget(box)
            self.lists[gid] = item_list
            self._boxes[gid] = box


# --- 7. safety -------------------------------------------------------------------------------


class SafetyStep(TableStep):
    key = field = "safety"

    def table(self) -> tuple[list[Column], str, str]:
        return ([
            Column("risk", self.tr("What could go wrong")),
            Column("early_signs", self.tr("Early signs")),
            Column("response", self.tr("What we do")),
            Column("contact", self.tr("Whom we call"), width=150),
        ], self.tr("safety item"), self.tr("&Add safety item"))

    def new_item(self) -> SafetyItem:
        return SafetyItem(new_id(), "")


STEP_TYPES: tuple[type[Step], ...] = (
    TeamStep, SituationStep, StrengthsStep, NeedsStep, GoalsStep, ActionsStep, SafetyStep,
    AgreementStep,
)
