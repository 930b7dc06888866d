"""The meeting flow: step navigator, the steps, back/next, undo/redo, autosave and save.

Autosave writes the draft (a small transaction) every few seconds when something changed, and
whenever the application loses focus; after a crash or power loss the draft is offered back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QToolBar,
    QWidget,
)

from vrac_desktop.domain.cycle import (
    CycleInputError,
    CycleProblem,
    validate_evaluation,
    validate_transition,
)
from vrac_desktop.domain.draft import DraftKind, MeetingDraft
from vrac_desktop.domain.model import PlanContent, Rating
from vrac_desktop.domain.validation import Problem, Severity, validate_plan, validate_rating
from vrac_desktop.services.cycle import record_transition
from vrac_desktop.services.evaluations import record_evaluation
from vrac_desktop.services.meetings import MeetingDateError, finish_meeting, save_draft
from vrac_desktop.services.plans import PlanInvalidError
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.translate import error_text

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.forms.ui_meeting_flow import Ui_MeetingFlow
from vrac_desktop.gui.meeting.cycle_steps import (
    MeetingRecordStep,
    adjust_banner_text,
    evaluation_steps,
    transition_steps,
)
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.followup import FollowUpStep
from vrac_desktop.gui.meeting.problems import message
from vrac_desktop.gui.meeting.steps import STEP_TYPES, Step
from vrac_desktop.gui.meeting_timer import AgendaStep
from vrac_desktop.gui.widgets import confirm
from vrac_desktop.gui.wrap_delegate import WrapDelegate

SECTION_OF_STEP = {"review": "ratings"}


def redo_keys() -> list[QKeySequence]:
    """Redo on Ctrl+Shift+Z and on Ctrl+Y whatever the desktop, and on the desktop's own
    keys, each once: a key given twice to one action is "ambiguous" to Qt, which then runs
    neither (on X11 the desktop's Redo is Ctrl+Shift+Z, and Ctrl+Shift+Z did nothing)."""
    keys: list[QKeySequence] = []
    for key in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys

class MeetingFlow(QWidget):
    saved = Signal(int)  # the new version's number
    recorded = Signal(str, object)  # "evaluation" (with the Evaluation) or "transition"
    left = Signal()  # the coach left the meeting; the draft is kept
    plan_changed = Signal(object)  # PlanContent, for the live family view
    step_changed = Signal(str)  # the step's key, for the family view to follow

    def __init__(self, db: Database, *, actor: str, draft: MeetingDraft,
                 previous_ratings: list[Rating], autosave_seconds: int = 5,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.editor = MeetingEditor(draft, self)
        self._problems: dict[str, list[str]] = {}
        self._problem_list: list[Problem] = []
        self.last_autosave: datetime | None = None

        self.ui = Ui_MeetingFlow()  # the frame in ui/meeting_flow.ui; toolbar and steps here
        self.ui.setupUi(self)
        self.toolbar = QToolBar(self.tr("Meeting"))
        self.toolbar.setIconSize(QSize(16, 16))
        self.ui.layout.insertWidget(0, self.toolbar)
        self.undo_action = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # The toolbar keeps short, fixed texts ("Undo Change who sees ..." would push the
        # other buttons sideways at every edit); what would be undone is in the tooltip.
        self.undo_button = QAction(self.tr("Undo"), self)
        self.undo_button.triggered.connect(self.editor.undo_stack.undo)
        self.redo_button = QAction(self.tr("Redo"), self)
        self.redo_button.triggered.connect(self.editor.undo_stack.redo)
        stack = self.editor.undo_stack
        for button, can, text in ((self.undo_button, stack.canUndoChanged, stack.undoTextChanged),
                                  (self.redo_button, stack.canRedoChanged,
                                   stack.redoTextChanged)):
            can.connect(button.setEnabled)
            text.connect(lambda t, b=button: b.setToolTip(t))
            self.toolbar.addAction(button)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.toolbar.addSeparator()
        self.save_action = QAction(self.tr("Save meeting as plan version"), self)
        self.save_action.setToolTip(self.tr("Save the meeting as a new plan version (Ctrl+S)"))
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_version)
        self.addAction(self.save_action)
        self.toolbar.addAction(self.save_action)
        self.leave_action = QAction(self.tr("Leave meeting (keep draft)"), self)
        self.leave_action.triggered.connect(self.leave)
        self.toolbar.addAction(self.leave_action)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Autosave status"))
        self.toolbar.addWidget(self.status)
        self.toolbar.addSeparator()

        self.navigator, self.stack = self.ui.navigator, self.ui.stack
        self.navigator.setItemDelegate(WrapDelegate(self.navigator))  # long goal titles wrap
        self._timer_held = False
        self.banner = self.ui.banner
        self.banner.setText(adjust_banner_text(self.editor))
        self.banner.setVisible(bool(self.banner.text()))
        self.steps: list[Step] = []
        if draft.kind is DraftKind.EVALUATION:
            self.save_action.setText(self.tr("&Record the evaluation"))
            self.steps = evaluation_steps(self.editor, self._problems_for, previous_ratings)
        elif draft.kind is DraftKind.TRANSITION:
            self.save_action.setText(self.tr("&Record the transition plan and close"))
            self.steps = transition_steps(self.editor, self._problems_for)
        else:
            if draft.follow_up:
                self.steps.append(FollowUpStep(self.editor, self._problems_for,
                                               previous_ratings=previous_ratings))
            self.steps += [cls(self.editor, self._problems_for) for cls in STEP_TYPES]
            # The meeting's date, attendance and minutes, just before the agreement.
            self.steps.insert(len(self.steps) - 1,
                              MeetingRecordStep(self.editor, self._problems_for))
        for number, step in enumerate(self.steps, start=1):
            self.stack.addWidget(step)
            item = QListWidgetItem(f"{number}. {step.title()}")
            self.navigator.addItem(item)
        # The agenda's planned minutes per step: a gentle reminder, never a block.
        self.timer = self.ui.timer
        self.timer.set_agenda([AgendaStep(s.title(), s.minutes) for s in self.steps])
        self.timer.carried = float(draft.elapsed_seconds)  # a resumed draft: the total goes on

        self.back_button, self.next_button = self.ui.back_button, self.ui.next_button
        for keys, slot in (((QKeySequence("Alt+Left"), QKeySequence("Ctrl+PgUp")), self.back),
                           ((QKeySequence("Alt+Right"), QKeySequence("Ctrl+PgDown")),
                            self.next)):
            action = QAction(self)
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self._next_or_save)
        self.navigator.currentRowChanged.connect(self._show_step)

        self.editor.changed.connect(self._changed)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(max(autosave_seconds, 1) * 1000)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state)
        self._revalidate()
        keys_ = [s.key for s in self.steps]
        self.navigator.setCurrentRow(keys_.index(draft.step) if draft.step in keys_ else 0)

    # -- navigation ----------------------------------------------------------------------------
    def current_step(self) -> Step:
        step = self.stack.currentWidget()
        assert isinstance(step, Step)
        return step

    def go_to(self, key: str) -> None:
        for row, step in enumerate(self.steps):
            if step.key == key:
                self.navigator.setCurrentRow(row)

    def edit_team_only(self) -> None:
        """Opened from "Edit team…": show the team step; the meeting timer stays stopped
        until the coach goes on to another step (then a real meeting is being held)."""
        self._timer_held = True
        self.go_to("team")
        self.timer.reset()

    def _next_or_save(self) -> None:
        if self.navigator.currentRow() == len(self.steps) - 1:
            self.save_version()
        else:
            self.next()

    def back(self) -> None:
        self.navigator.setCurrentRow(max(self.navigator.currentRow() - 1, 0))

    def next(self) -> None:
        self.navigator.setCurrentRow(min(self.navigator.currentRow() + 1, len(self.steps) - 1))

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        step = self.steps[row]
        if self.editor.draft.kind is not DraftKind.PLAN:
            step.refresh(False)  # its problems as they stand now
        if self._timer_held and step.key == "team":
            pass  # editing the team only: no meeting is being timed
        else:
            self._timer_held = False
            self.timer.set_step(row)
        self.editor.set_step(step.key)
        self.step_changed.emit(step.key)
        self.back_button.setEnabled(row > 0)
        last = row == len(self.steps) - 1
        # On the last step the button that moved on saves: no greyed-out dead end.
        save_text = self.tr("&Save as plan version") if self.editor.draft.kind is \
            DraftKind.PLAN else self.save_action.text()
        self.next_button.setText(save_text if last else self.tr("&Next →"))
        self.next_button.setAccessibleName(self.tr("Save the meeting as a plan version")
                                           if last else self.tr("Next step"))
        field = step.first_field()
        if field is not None:
            field.setFocus()

    # -- validation ----------------------------------------------------------------------------
    def _problems_for(self, item_id: str) -> list[str]:
        return self._problems.get(item_id, [])

    def problems(self) -> list[Problem]:
        return list(self._problem_list)

    def _cycle_problems(self) -> list[Problem]:
        """The evaluation's or transition plan's problems, as the plan's Problem type (the
        section is the step that fixes it)."""
        draft = self.editor.draft
        found = []
        names = {g.id: g.title for g in draft.plan.goals}
        if draft.meeting.held_on > date.today():
            found.append(CycleProblem("meeting.future", "future"))
        if draft.evaluation is not None:
            found += validate_evaluation(draft.evaluation, plan=draft.plan, today=date.today(),
                                         family_created=None)
        if draft.transition is not None:
            found += validate_transition(draft.transition, closing_on=draft.meeting.held_on,
                                         today=date.today())
        result = []
        for p in found:
            if p.code.startswith("meeting."):
                section = "meeting"
            elif p.goal_id:
                section = f"goal:{p.goal_id}"
            elif p.code.startswith("evaluation.period") or p.code.endswith("before_family"):
                section = "period"
            elif p.code.startswith("transition."):
                section = "continuing"
            else:
                section = "overall"
            result.append(Problem(p.code, section, section, cycle_labels.problem(p, names)))
        return result

    def _revalidate(self) -> None:
        draft = self.editor.draft
        if draft.kind is not DraftKind.PLAN:
            self._set_problems(self._cycle_problems())
            return
        found = validate_plan(draft.plan, today=draft.meeting.held_on)
        for rating in draft.ratings:
            found += validate_rating(rating, draft.plan)
        if draft.meeting.held_on > date.today():
            found.append(Problem("meeting.future", "meeting", "meeting",
                                 cycle_labels.problem(CycleProblem("meeting.future", ""))))
        self._set_problems(found)

    def _set_problems(self, found: list[Problem]) -> None:
        draft = self.editor.draft
        self._problem_list = found
        by_item: dict[str, list[str]] = defaultdict(list)
        per_section: dict[str, int] = defaultdict(int)
        for p in found:
            if p.item_id and (p.code.startswith(("evaluation.", "transition.", "meeting."))):
                by_item[p.item_id].append(p.message)
            elif p.item_id:
                by_item[p.item_id].append(message(p, draft.plan))
            if p.severity is Severity.ERROR:
                per_section[p.section] += 1
        self._problems = dict(by_item)
        for row, step in enumerate(self.steps):
            count = per_section.get(SECTION_OF_STEP.get(step.key, step.key), 0)
            text = f"{row + 1}. {step.title()}"
            item = self.navigator.item(row)
            if count:
                text += " " + self.tr("(%n to fix)", "", count)
            item.setText(text)
            item.setToolTip(self.tr("%n problem(s) to fix in this step", "", count)
                            if count else "")

    def _changed(self, _from_undo: bool) -> None:
        self._revalidate()
        if self.editor.draft.kind is not DraftKind.PLAN:
            # The steps redrew before this revalidation: show the problems as they are now.
            self.current_step().refresh(False)
        self.plan_changed.emit(self.editor.plan)

    # -- saving --------------------------------------------------------------------------------
    def autosave(self) -> bool:
        """Write the draft if it changed. Never raises: a failure is shown, the draft kept."""
        if not self.editor.dirty:
            return False
        draft = replace(self.editor.draft, elapsed_seconds=int(self.timer.elapsed_total()))
        try:
            save_draft(self._db, draft=draft)
        except (StoreError, OSError, Exception) as exc:  # noqa: BLE001 - shown, retried
            self.status.setText(self.tr("Autosave failed: %1 — retrying")
                                .replace("%1", error_text(exc)))
            return False
        self.editor.mark_saved()
        self.last_autosave = datetime.now()
        self.status.setText(self.tr("Draft saved %1").replace(
            "%1", self.last_autosave.strftime("%H:%M:%S")))
        return True

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosave()

    def save_version(self) -> int | None:
        """Save the meeting as a new plan version (or record the evaluation / transition
        plan); returns the version's (the evaluation's) number, or None if not saved."""
        draft = self.editor.draft
        blocking = [p for p in self._problem_list if p.severity is Severity.ERROR]
        if blocking:
            self.autosave()
            lines = "\n".join(f"• {p.message if draft.kind is not DraftKind.PLAN or p.section == 'meeting' else message(p, draft.plan)}"  # noqa: E501
                              for p in blocking[:12])
            QMessageBox.warning(
                self, self.tr("Not saved yet"),
                self.tr("The plan cannot be saved until these are fixed (your work is kept "
                        "as a draft):\n\n%1").replace("%1", lines))
            first = blocking[0].section
            step_key = next((k for k, v in SECTION_OF_STEP.items() if v == first), first)
            self.go_to(step_key)
            return None
        if draft.kind is not DraftKind.PLAN:
            return self._record_cycle(draft)
        if not draft.plan.agreement.family_approved and not confirm(
                self, self.tr("Not approved by the family"),
                self.tr("The family has not approved this plan. Save it anyway as a version "
                        "without approval?"), yes=QMessageBox.StandardButton.Save):
            return None
        try:
            result = finish_meeting(self._db, draft=draft, actor=self._actor,
                                    today=date.today())
        except (PlanInvalidError, StoreError, MeetingDateError) as exc:
            self.autosave()
            QMessageBox.critical(self, self.tr("Not saved"),
                                 self.tr("The meeting could not be saved: %1\nYour work is "
                                         "kept as a draft.").replace("%1", error_text(exc)))
            return None
        self._autosave_timer.stop()
        self.editor.mark_saved()
        self.saved.emit(result.version.number)
        return result.version.number

    def _record_cycle(self, draft: MeetingDraft) -> int | None:
        """Record the evaluation or the transition plan (both immutable once recorded)."""
        if draft.kind is DraftKind.TRANSITION:
            question = self.tr("Record the transition plan and close this family's plan? The "
                               "family is then closed (and kept as the retention rules say).")
        else:
            question = self.tr("Record this evaluation? It can no longer be changed afterwards.")
        if not confirm(self, self.tr("Record"), question, yes=QMessageBox.StandardButton.Save,
                       default=QMessageBox.StandardButton.Save):
            return None
        try:
            if draft.kind is DraftKind.EVALUATION:
                number = record_evaluation(self._db, draft=draft, actor=self._actor)[0].number
            else:
                record_transition(self._db, draft=draft, actor=self._actor)
                number = 0
        except CycleInputError as exc:
            self.autosave()
            names = {g.id: g.title for g in draft.plan.goals}
            lines = "\n".join(f"• {cycle_labels.problem(p, names)}" for p in exc.problems)
            QMessageBox.critical(self, self.tr("Not recorded"), self.tr(
                "Nothing was recorded; your work is kept as a draft:\n\n%1").replace("%1", lines))
            return None
        except StoreError as exc:
            self.autosave()
            QMessageBox.critical(self, self.tr("Not recorded"), self.tr(
                "Nothing was recorded (%1); your work is kept as a draft.").replace(
                "%1", error_text(exc)))
            return None
        self._autosave_timer.stop()
        self.editor.mark_saved()
        self.recorded.emit(draft.kind.value, draft.evaluation)
        return number

    def leave(self) -> None:
        self.autosave()
        self._autosave_timer.stop()
        self.left.emit()

    def stop(self) -> None:
        """Stop background autosaving (the flow is being closed)."""
        self._autosave_timer.stop()
        self.timer.pause()

    @property
    def plan(self) -> PlanContent:
        return self.editor.plan
