"""The steps of the meeting, in the family's order. Each step edits the draft through the
MeetingEditor and redraws itself when the draft changes (undo, or another step's edit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop import labels
from vrac_desktop.domain.model import (
    Action,
    Agreement,
    Attendance,
    Goal,
    MemberKind,
    Need,
    PlanContent,
    SafetyItem,
    SignOff,
    Strength,
    TeamMember,
    TextItem,
    Visibility,
    new_id,
)
from vrac_desktop.domain.validation import MAX_TEXT

from vrac_desktop.gui.dates import DateEdit
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.items import Column, ItemList, ItemTableModel
from vrac_desktop.gui.meeting.voice import FamilyVoicePanel
from vrac_desktop.gui.signature_pad import SignaturePad

Problems = Callable[[str], list[str]]  # item id -> translated problems


class Step(QWidget):
    """A page of the meeting. ``key`` is stable (saved in drafts); ``title`` is translated."""

    key = ""
    minutes = 10

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.problems = problems
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.body = QVBoxLayout(body)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.body.addWidget(self.heading)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)
        editor.changed.connect(self.refresh)

    def title(self) -> str:
        raise NotImplementedError

    def set_texts(self, hint: str) -> None:
        self.heading.setText(self.title())
        self.hint.setText(hint)

    def refresh(self, from_undo: bool = True) -> None:
        """Redraw from the draft. Typing widgets skip their own edits (``from_undo=False``)."""

    def first_field(self) -> QWidget | None:
        return None


class TextField(QWidget):
    """A free-text item of the plan with its 'professionals only' switch."""

    def __init__(self, editor: MeetingEditor, label: str, *,
                 get: Callable[[PlanContent], TextItem],
                 put: Callable[[PlanContent, TextItem], PlanContent],
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._get, self._put = get, put
        self._label = label.replace("&", "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(label)
        layout.addWidget(caption)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self._label)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        caption.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.private = QCheckBox(self.tr("Professionals only (not shown to the family)"))
        self.private.setAccessibleName(
            self.tr("%1: professionals only").replace("%1", self._label))
        layout.addWidget(self.private)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.refresh()
        self.edit.textChanged.connect(self._typed)
        self.private.toggled.connect(self._toggled)

    def refresh(self, from_undo: bool = True) -> None:
        item = self._get(self.editor.plan)
        if self.edit.toPlainText() != item.text:
            cursor = self.edit.textCursor().position()
            self.edit.blockSignals(True)
            self.edit.setPlainText(item.text)
            self.edit.blockSignals(False)
            c = self.edit.textCursor()
            c.setPosition(min(cursor, len(item.text)))
            self.edit.setTextCursor(c)
        self.private.blockSignals(True)
        self.private.setChecked(item.visibility == Visibility.PROFESSIONAL)
        self.private.blockSignals(False)
        too_long = len(item.text) > MAX_TEXT
        self.warning.setText(self.tr("This text is longer than %1 characters; shorten it. "
                                     "Nothing is lost meanwhile.").replace("%1", str(MAX_TEXT)))
        self.warning.setVisible(too_long)

    def _typed(self) -> None:
        item = self._get(self.editor.plan)
        new = replace(item, text=self.edit.toPlainText())
        self.editor.edit_plan(self._put(self.editor.plan, new),
                              self.tr("Type in %1").replace("%1", self._label),
                              key=f"text:{item.id}")
        self.warning.setVisible(len(new.text) > MAX_TEXT)

    def _toggled(self, on: bool) -> None:
        item = self._get(self.editor.plan)
        vis = Visibility.PROFESSIONAL if on else Visibility.SHARED
        self.editor.edit_plan(self._put(self.editor.plan, replace(item, visibility=vis)),
                              self.tr("Change who sees %1").replace("%1", self._label))


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
    minutes = 5

    def title(self) -> str:
        return self.tr("Who is at the table")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("The family, the people around them and the professionals. "
                               "Untick who is absent today."))
        self.model = ItemTableModel(editor, "team", [
            Column("name", self.tr("Name")),
            Column("kind", self.tr("Kind"), "enum", labels.member_kinds(), 150),
            Column("role", self.tr("Role")),
            Column("organisation", self.tr("Organisation")),
            Column("contact", self.tr("Contact")),
        ], label=self.tr("team member"), problems=problems, parent=self)
        self.list = ItemList(self.model, add_text=self.tr("&Add team member"),
                             make_item=lambda: TeamMember(new_id(), "", MemberKind.FAMILY),
                             add_item=self._add_member)
        self.body.addWidget(self.list)
        box = QGroupBox(self.tr("Today"))
        form = QFormLayout(box)
        self.attendance = QListWidget()
        self.attendance.setAccessibleName(self.tr("Present today"))
        form.addRow(self.tr("Present:"), self.attendance)
        self.facilitator = QComboBox()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        form.addRow(self.tr("Fa&cilitator:"), self.facilitator)
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Where we meet"))
        form.addRow(self.tr("&Where:"), self.location)
        self.body.addWidget(box)
        self.body.addStretch(1)
        self.attendance.itemChanged.connect(self._attendance_changed)
        self.facilitator.activated.connect(self._facilitator_changed)
        self.location.textEdited.connect(self._location_changed)
        self.refresh()

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
    minutes = 10

    def title(self) -> str:
        return self.tr("Our situation")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("The family tells its story in its own words. The team's view "
                               "is written separately."))
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


class StrengthsStep(Step):
    key = "strengths"
    minutes = 10

    def title(self) -> str:
        return self.tr("Strengths")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("Talents, life skills and the resources around the family."))
        self.model = ItemTableModel(editor, "strengths", [
            Column("text", self.tr("Strength")),
            Column("category", self.tr("Kind"), "enum", labels.strength_categories(), 190),
            Column("holder", self.tr("Whose"), "enum", labels.strength_holders(), 120),
            Column("visibility", self.tr("Professionals only"), "private", width=130),
        ], label=self.tr("strength"), problems=problems, parent=self)
        self.list = ItemList(self.model, add_text=self.tr("&Add strength"),
                             make_item=lambda: Strength(new_id(), ""))
        self.body.addWidget(self.list)
        self.body.addStretch(1)

    def first_field(self) -> QWidget | None:
        return self.list.table


# --- 4. needs and vision ---------------------------------------------------------------------


class NeedsStep(Step):
    key = "needs"
    minutes = 15

    def title(self) -> str:
        return self.tr("Needs and vision")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("What the family needs in each part of life: what it handles "
                               "itself and where it needs help."))
        self.model = ItemTableModel(editor, "needs", [
            Column("text", self.tr("Need or wish")),
            Column("domain", self.tr("Life domain"), "enum", labels.life_domains(), 140),
            Column("handling", self.tr("Who handles it"), "enum", labels.handlings(), 200),
            Column("priority", self.tr("Priority"), "enum", labels.priorities(), 90),
            Column("visibility", self.tr("Professionals only"), "private", width=130),
        ], label=self.tr("need"), problems=problems, parent=self)
        self.list = ItemList(self.model, add_text=self.tr("&Add need"),
                             make_item=lambda: Need(new_id(), ""))
        self.body.addWidget(self.list)
        self.vision = TextField(
            editor, self.tr("Our vis&ion: life when things are better"),
            get=lambda p: p.vision, put=lambda p, item: replace(p, vision=item))
        self.body.addWidget(self.vision)

    def first_field(self) -> QWidget | None:
        return self.list.table

    def refresh(self, from_undo: bool = True) -> None:
        self.vision.refresh(from_undo)


# --- 5. goals --------------------------------------------------------------------------------


class GoalsStep(Step):
    key = "goals"
    minutes = 15

    def title(self) -> str:
        return self.tr("Goals")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("A few goals, each tied to needs, with how we will know and a "
                               "0–10 scale: where we are today and where we aim to be."))
        self.model = ItemTableModel(editor, "goals", [
            Column("title", self.tr("Goal")),
            Column("indicator", self.tr("How will we know")),
            Column("baseline", self.tr("At the start (0–10)"), "scale", width=100),
            Column("target", self.tr("Target (0–10)"), "scale", width=100),
            Column("review_on", self.tr("Review on"), "date", width=110),
            Column("visibility", self.tr("Professionals only"), "private", width=130),
        ], label=self.tr("goal"), problems=problems, parent=self)
        self.list = ItemList(self.model, add_text=self.tr("&Add goal"),
                             make_item=self._new_goal)
        self.body.addWidget(self.list)
        box = QGroupBox(self.tr("Needs this goal serves"))
        box_layout = QVBoxLayout(box)
        self.needs = QListWidget()
        self.needs.setAccessibleName(self.tr("Needs the selected goal serves"))
        box_layout.addWidget(self.needs)
        self.body.addWidget(box)
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        self.needs.itemChanged.connect(self._need_ticked)
        self.refresh()

    def _new_goal(self) -> Goal | None:
        """A new goal serves the needs the coach ticks now; none is guessed for them."""
        needs = [n for n in self.editor.plan.needs if n.text.strip()]
        if not needs:
            return Goal(new_id(), "")
        dialog = NeedChoiceDialog(needs, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Goal(new_id(), "", need_ids=tuple(dialog.chosen()))

    def first_field(self) -> QWidget | None:
        return self.list.table

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


class NeedChoiceDialog(QDialog):
    """Asked when a goal is added: which needs does it serve? (Ticking none is allowed.)"""

    def __init__(self, needs: list[Need], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needChoice")
        self.setWindowTitle(self.tr("New goal"))
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("Which &needs does the new goal serve?"))
        question.setWordWrap(True)
        layout.addWidget(question)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Needs the new goal serves"))
        question.setBuddy(self.list)
        for need in needs:
            item = QListWidgetItem(need.text)
            item.setData(Qt.ItemDataRole.UserRole, need.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda item: item.setCheckState(
            Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add &goal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


# --- 6. who does what ------------------------------------------------------------------------


class ActionsStep(Step):
    key = "actions"
    minutes = 15

    def title(self) -> str:
        return self.tr("Who does what")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("For each goal: what will be done, by whom (exactly one person "
                               "from the team, family and informal supports included) and when."))
        self._problems = problems
        self.container = QVBoxLayout()
        self.body.addLayout(self.container)
        self.body.addStretch(1)
        self.lists: dict[str | None, ItemList] = {}
        self._boxes: dict[str | None, QGroupBox] = {}
        self._goal_ids: list[str | None] | None = None
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column("description", self.tr("What")),
            Column("responsible_id", self.tr("Who"), "member", width=150),
            Column("due_on", self.tr("By when"), "date", width=110),
            Column("support", self.tr("Support"), "enum", labels.support_types(), 90),
            Column("status", self.tr("Status"), "enum", labels.action_statuses(), 110),
            Column("stop_reason", self.tr("Why stopped"), width=140),
            Column("visibility", self.tr("Professionals only"), "private", width=130),
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
        while self.container.count():
            taken = self.container.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
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
                                   problems=self._problems, parent=box)
            def make(gid: str | None = gid) -> Action:
                return Action(new_id(), "", None, gid)

            item_list = ItemList(model, add_text=self.tr("Add action for this goal"),
                                 make_item=make)
            layout.addWidget(item_list)
            self.container.addWidget(box)
            self.lists[gid] = item_list
            self._boxes[gid] = box


# --- 7. safety -------------------------------------------------------------------------------


class SafetyStep(Step):
    key = "safety"
    minutes = 5

    def title(self) -> str:
        return self.tr("Safety")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("What could go wrong, the early signs, what we do then and whom "
                               "we call."))
        self.model = ItemTableModel(editor, "safety", [
            Column("risk", self.tr("What could go wrong")),
            Column("early_signs", self.tr("Early signs")),
            Column("response", self.tr("What we do")),
            Column("contact", self.tr("Whom we call"), width=150),
            Column("visibility", self.tr("Professionals only"), "private", width=130),
        ], label=self.tr("safety item"), problems=problems, parent=self)
        self.list = ItemList(self.model, add_text=self.tr("&Add safety item"),
                             make_item=lambda: SafetyItem(new_id(), ""))
        self.body.addWidget(self.list)
        self.body.addStretch(1)

    def first_field(self) -> QWidget | None:
        return self.list.table


# --- 8. agreement ----------------------------------------------------------------------------


class AgreementStep(Step):
    key = "agreement"
    minutes = 5

    def title(self) -> str:
        return self.tr("Agreement")

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor, problems, parent)
        self.set_texts(self.tr("The family approves the plan; each member present signs off; "
                               "we set the next meeting. Saving creates a new plan version "
                               "that can no longer be changed."))
        box = QGroupBox(self.tr("The family's approval"))
        form = QFormLayout(box)
        self.approved = QCheckBox(self.tr("The family &approves this plan"))
        self.approved.setAccessibleName(self.tr("The family approves this plan"))
        form.addRow(self.approved)
        self.approved_by = QLineEdit()
        self.approved_by.setAccessibleName(self.tr("Approved by"))
        form.addRow(self.tr("Approved b&y:"), self.approved_by)
        self.body.addWidget(box)
        self.signoff_box = QGroupBox(self.tr("Sign-off by the members present"))
        self.signoffs = QVBoxLayout(self.signoff_box)
        self.body.addWidget(self.signoff_box)
        next_box = QGroupBox(self.tr("Next meeting"))
        next_form = QFormLayout(next_box)
        self.next_meeting = DateEdit()
        self.next_meeting.setAccessibleName(self.tr("Next meeting date"))
        next_form.addRow(self.tr("&Date:"), self.next_meeting)
        self.body.addWidget(next_box)
        self.voice = FamilyVoicePanel(editor)  # the family's voice, at the very end
        self.body.addWidget(self.voice)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self._sign_rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self._draw_buttons: dict[str, tuple[QPushButton, QLabel]] = {}
        self._members: list[str] = []
        self.approved.toggled.connect(self._approval_changed)
        self.approved_by.textEdited.connect(self._approval_changed)
        self.next_meeting.value_changed.connect(self._next_changed)
        self.refresh()

    def first_field(self) -> QWidget | None:
        return self.approved

    def _present(self) -> list[TeamMember]:
        attendance = {a.member_id: a.present for a in self.editor.draft.meeting.attendance}
        return [m for m in self.editor.plan.team if attendance.get(m.id, True)]

    def refresh(self, from_undo: bool = True) -> None:
        plan = self.editor.plan
        agreement = plan.agreement
        for widget, value in ((self.approved, agreement.family_approved),):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        if self.approved_by.text() != agreement.approved_by:
            self.approved_by.setText(agreement.approved_by)
        if self.next_meeting.value() != plan.next_meeting_on:
            self.next_meeting.set_value(plan.next_meeting_on)
        present = self._present()
        ids = [m.id for m in present]
        if ids != self._members:
            self._members = ids
            while self.signoffs.count():
                taken = self.signoffs.takeAt(0)
                w = taken.widget() if taken is not None else None
                if w is not None:
                    w.hide()
                    w.deleteLater()
            self._sign_rows = {}
            self._draw_buttons = {}
            for m in present:
                row = QWidget()
                row_layout = QFormLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                check = QCheckBox()
                typed = QLineEdit()
                typed.setPlaceholderText(self.tr("Typed name"))
                draw = QPushButton()
                draw.clicked.connect(lambda _c=False, mid=m.id: self.draw_signature(mid))
                drawn = QLabel()
                line = QHBoxLayout()
                line.addWidget(typed, 1)
                line.addWidget(drawn)
                line.addWidget(draw)
                self._draw_buttons[m.id] = (draw, drawn)
                row_layout.addRow(check, line)
                check.toggled.connect(lambda _on, mid=m.id: self._signoff_changed(mid))
                typed.textEdited.connect(lambda _t, mid=m.id: self._signoff_changed(mid))
                self.signoffs.addWidget(row)
                self._sign_rows[m.id] = (check, typed)
        signed = {s.member_id: s for s in agreement.signoffs}
        # Names and signatures may change without the rows being rebuilt (a member renamed
        # in the team step, a signature drawn): the labels follow every time.
        for m in present:
            name = m.name.strip() or self.tr("(member without a name)")
            check, typed = self._sign_rows[m.id]
            check.setText(self.tr("%1 signs off").replace("%1", name))
            typed.setAccessibleName(self.tr("Typed name of %1").replace("%1", name))
            draw, drawn = self._draw_buttons[m.id]
            has_drawing = m.id in signed and bool(signed[m.id].signature_png)
            draw.setText(self.tr("Redraw signature…") if has_drawing
                         else self.tr("Draw signature…"))
            draw.setAccessibleName(self.tr("Draw the signature of %1").replace("%1", name))
            drawn.setText(self.tr("✓ Signature drawn") if has_drawing else "")
            drawn.setVisible(has_drawing)
        for mid, (check, typed) in self._sign_rows.items():
            check.blockSignals(True)
            check.setChecked(mid in signed)
            check.blockSignals(False)
            text = signed[mid].typed_name if mid in signed else typed.text()
            if typed.text() != text:
                typed.setText(text)
        if not present:
            self.signoff_box.setTitle(self.tr("Sign-off: add the team first"))
        else:
            self.signoff_box.setTitle(self.tr("Sign-off by the members present"))

    def _approval_changed(self, *_args: object) -> None:
        on = self.approved.isChecked()
        held = self.editor.draft.meeting.held_on
        agreement = replace(self.editor.plan.agreement, family_approved=on,
                            approved_on=held if on else None,
                            approved_by=self.approved_by.text())
        self.editor.edit_plan(replace(self.editor.plan, agreement=agreement),
                              self.tr("Change the family's approval"), key="agreement:approval")

    def _signoff_changed(self, member_id: str) -> None:
        check, typed = self._sign_rows[member_id]
        agreement: Agreement = self.editor.plan.agreement
        others = tuple(s for s in agreement.signoffs if s.member_id != member_id)
        if check.isChecked():
            member = self.editor.plan.member(member_id)
            name = typed.text() or (member.name if member else "")
            if not typed.text():
                typed.setText(name)
            before = next((so for so in agreement.signoffs if so.member_id == member_id), None)
            drawn = before.signature_png if before is not None else ""
            sign = SignOff(member_id, name, self.editor.draft.meeting.held_on, drawn)
            others = (*others, sign)
        self.editor.edit_plan(
            replace(self.editor.plan, agreement=replace(agreement, signoffs=others)),
            self.tr("Change sign-off"), key=f"signoff:{member_id}")

    def draw_signature(self, member_id: str) -> QDialog:
        """Open the signature pad (window-modal, not blocking); on OK the drawing goes into
        this member's sign-off, which it creates if needed."""
        dialog = QDialog(self)
        dialog.setObjectName("signatureDialog")
        member = self.editor.plan.member(member_id)
        name = member.name.strip() if member is not None and member.name.strip() \
            else self.tr("(member without a name)")
        dialog.setWindowTitle(self.tr("Signature of %1").replace("%1", name))
        layout = QVBoxLayout(dialog)
        whose = QLabel(self.tr("%1 signs here:").replace("%1", name))
        whose.setObjectName("signer")
        layout.addWidget(whose)
        pad = SignaturePad()
        pad.setAccessibleName(self.tr("Signature of %1").replace("%1", name))
        layout.addWidget(pad)
        existing = next((so for so in self.editor.plan.agreement.signoffs
                         if so.member_id == member_id), None)
        if existing is not None and existing.signature_png:
            pad.load_png_base64(existing.signature_png)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        clear = buttons.addButton(self.tr("C&lear"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(pad.clear)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self._store_signature(
            member_id, "" if pad.is_empty() else pad.to_png_base64()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.signature_pad = pad  # reachable while the dialog is open
        dialog.open()
        return dialog

    def _store_signature(self, member_id: str, png: str) -> None:
        _check, typed = self._sign_rows[member_id]
        member = self.editor.plan.member(member_id)
        name = typed.text() or (member.name if member else "")
        agreement = self.editor.plan.agreement
        others = tuple(so for so in agreement.signoffs if so.member_id != member_id)
        signed = SignOff(member_id, name, self.editor.draft.meeting.held_on, png)
        self.editor.edit_plan(
            replace(self.editor.plan, agreement=replace(agreement, signoffs=(*others, signed))),
            self.tr("Sign"))

    def _next_changed(self, value: date | None) -> None:
        self.editor.edit_plan(replace(self.editor.plan, next_meeting_on=value),
                              self.tr("Set next meeting"), key="agreement:next")


STEP_TYPES: tuple[type[Step], ...] = (
    TeamStep, SituationStep, StrengthsStep, NeedsStep, GoalsStep, ActionsStep, SafetyStep,
    AgreementStep,
)
