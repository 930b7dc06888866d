"""The transition plan's steps: successes, what continues, how to come back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.model import (
    ContinuingSupport,
    CrisisContact,
    Success,
    new_id,
)

from vrac_desktop.gui.meeting.cycle_fields import _set_text
from vrac_desktop.gui.meeting.step_base import PartStep

# --- the transition plan ---------------------------------------------------------------------


class TransitionStep(PartStep):
    """A step that edits the draft's transition plan (``self.transition``)."""

    part = "transition"


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

    def build(self) -> None:
        self.rows = RowsTable([self.tr("Success")], name=self.tr("Successes"),
                              add_text=self.tr("&Add a success"))
        self.body.addWidget(self.rows, 1)
        self.rows.add_button.clicked.connect(self._add)
        self.rows.remove_button.clicked.connect(self._remove)
        self.rows.table.itemChanged.connect(self._typed)

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

    def build(self) -> None:
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

    def build(self) -> None:
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("How the family can come back"))
        self.text.setTabChangesFocus(True)
        self.body.addWidget(self.text, 1)
        self.text.textChanged.connect(self._typed)

    def first_field(self) -> QWidget | None:
        return self.text

    def refresh(self, from_undo: bool = True) -> None:
        _set_text(self.text, self.transition.come_back)

    def _typed(self) -> None:
        text = self.text.toPlainText()
        if text != self.transition.come_back:
            self.put(replace(self.transition, come_back=text), self.tr("Type how to come back"),
                     key="transition:come_back")


