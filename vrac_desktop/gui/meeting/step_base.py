"""What every meeting step shares: the scrolling page with its heading and hint (``Step``),
a free-text plan item (``TextField``), and the one-table step (``TableStep``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.model import (
    Evaluation,
    PlanContent,
    TextItem,
    TransitionPlan,
    Visibility,
)
from vrac_desktop.domain.validation import MAX_TEXT

from vrac_desktop.gui.forms.ui_meeting_step import Ui_Step
from vrac_desktop.gui.forms.ui_signature_dialog import Ui_SignatureDialog
from vrac_desktop.gui.forms.ui_text_field import Ui_TextField
from vrac_desktop.gui.meeting.agenda import StepText, agenda
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.meeting.items import Column, ItemList, ItemTableModel

Problems = Callable[[str], list[str]]  # item id -> translated problems


class Step(QWidget):
    """A page of the meeting. ``key`` is stable (saved in drafts); its title, hint and
    minutes come from the agenda (gui/meeting/agenda.py). A step lays out its own widgets
    in ``build`` (below the heading and hint) and redraws them from the draft in
    ``refresh``, called once built and whenever the draft changes."""

    key = ""

    def __init__(self, editor: MeetingEditor, problems: Problems,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.problems = problems
        self.frame = Ui_Step()  # the scrolling page, heading and hint: ui/meeting_step.ui
        self.frame.setupUi(self)
        self.body, self.heading, self.hint = self.frame.body, self.frame.heading, self.frame.hint
        self.set_texts(self.texts().hint)
        self.build()
        editor.changed.connect(self.refresh)
        self.refresh()

    def texts(self) -> StepText:
        return agenda()[self.key]

    def title(self) -> str:
        return self.texts().title

    @property
    def minutes(self) -> int:
        return self.texts().minutes

    def build(self) -> None:
        """Lay out the step's widgets in ``self.body``."""

    def add_form(self, form: Any, widget: QWidget, stretch: int = 0) -> Any:
        """Lay the step's own Designer form (ui/<step>.ui, its ``Ui_`` class) out in
        ``widget`` below what the body holds so far; returns the form."""
        form.setupUi(widget)
        self.body.addWidget(widget, stretch)
        return form

    def set_texts(self, hint: str) -> None:
        self.heading.setText(self.title())
        self.hint.setText(hint)

    def refresh(self, from_undo: bool = True) -> None:
        """Redraw from the draft. Typing widgets skip their own edits (``from_undo=False``)."""

    def first_field(self) -> QWidget | None:
        return None


class PartStep(Step):
    """A step that edits one record of the draft, ``part``: its evaluation or its transition
    plan (a meeting of that kind always has it)."""

    part = ""

    def record(self) -> Any:
        record = getattr(self.editor.draft, self.part)
        assert record is not None, self.part
        return record

    @property
    def evaluation(self) -> Evaluation:
        evaluation: Evaluation = self.record()
        return evaluation

    @property
    def transition(self) -> TransitionPlan:
        transition: TransitionPlan = self.record()
        return transition

    def put(self, record: Any, text: str, key: str | None = None) -> None:
        """The record changed: one undo step named ``text`` (merged with the next of the same
        ``key``)."""
        changes = {self.part: record}
        self.editor.edit(replace(self.editor.draft, **changes), text, key)


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
        self.ui = Ui_TextField()  # ui/text_field.ui
        self.ui.setupUi(self)
        self.ui.caption.setText(label)
        self.edit, self.private, self.warning = self.ui.edit, self.ui.private, self.ui.warning
        self.edit.setAccessibleName(self._label)
        self.edit.setPlaceholderText(placeholder)
        self.private.setAccessibleName(
            self.tr("%1: professionals only").replace("%1", self._label))
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


def private_column() -> Column:
    """The last column of every table of plan items: leave the item out of the family's
    view and copies (professional secrecy)."""
    return Column("visibility", QCoreApplication.translate("TableStep", "Professionals only"),
                  "private", width=130)


class TableStep(Step):
    """A step whose body is one table of plan items: the ``field`` list of the plan.

    A subclass gives its columns and texts (``table``, translated in its own context)
    and how a new row starts (``new_item``; None: the coach cancelled); ``stretch`` pushes
    the table to the top."""

    field = ""
    stretch = True

    def build(self) -> None:
        columns, label, add_text = self.table()
        self.model = ItemTableModel(self.editor, self.field, [*columns, private_column()],
                                    label=label,
                                    problems=self.problems, parent=self)
        self.list = ItemList(self.model, add_text=add_text, make_item=self.new_item)
        self.body.addWidget(self.list)
        if self.stretch:
            self.body.addStretch(1)

    def table(self) -> tuple[list[Column], str, str]:
        """(columns, item label, add-button text); the "professionals only" column follows."""
        raise NotImplementedError

    def new_item(self) -> Any:
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        return self.list.table


def approval_boxes(body: QVBoxLayout, approves: tuple[str, str],
                   approved_by: tuple[str, str]) -> tuple[QCheckBox, QLineEdit, QGroupBox]:
    """The family's approval (a plan's, an evaluation's, a transition plan's) and the box
    for the present members' sign-offs below it, added to ``body``: the "approves" check,
    who approved, and the (empty) sign-off box. The step gives the two texts, each as
    (label, accessible name)."""
    box = QGroupBox(QCoreApplication.translate("AgreementStep", "The family's approval"))
    form = QFormLayout(box)
    approved = QCheckBox(approves[0])
    approved.setAccessibleName(approves[1])
    form.addRow(approved)
    by = QLineEdit()
    by.setAccessibleName(approved_by[1])
    form.addRow(approved_by[0], by)
    body.addWidget(box)
    signoffs = QGroupBox(QCoreApplication.translate("AgreementStep",
                                                    "Sign-off by the members present"))
    body.addWidget(signoffs)
    return approved, by, signoffs


class SignatureDialog(QDialog):
    """The signature pad in a window-modal dialog (ui/signature_dialog.ui), deleted when
    closed; the step gives the translated title and the line naming the signer."""

    def __init__(self, parent: QWidget, *, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.ui = Ui_SignatureDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.signer.setText(prompt)
        self.pad, self.buttons = self.ui.pad, self.ui.buttons
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def png(self) -> str:
        """The drawing as base64 PNG; empty when nothing was drawn."""
        return "" if self.pad.is_empty() else self.pad.to_png_base64()
