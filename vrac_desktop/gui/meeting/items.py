"""One editable table for every list in the plan (team, strengths, needs, goals, actions,
safety): a column spec says which field, how to show it and how to edit it.

Edits go to the MeetingEditor (undoable); the model never keeps its own copy of the items,
it reads them from the draft each time, so undo and the other steps stay in step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, get_args, get_type_hints

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.model import (
    SCALE_MAX,
    SCALE_MIN,
    MemberKind,
    PlanContent,
    SupportType,
    Visibility,
)

from vrac_desktop.gui.date_edit import DateEdit, date_edit_width
from vrac_desktop.gui.dates import NO_DATE, format_date
from vrac_desktop.gui.meeting.editor import MeetingEditor
from vrac_desktop.gui.widgets import FlatTableModel

__all__ = ["NO_DATE", "Column", "ItemList", "ItemTableModel", "format_date"]

_Index = QModelIndex | QPersistentModelIndex


def support_of(kind: MemberKind) -> SupportType:
    return SupportType.FORMAL if kind is MemberKind.FORMAL else SupportType.INFORMAL


HEADER_MARGIN = 16  # px: a header section's padding and frame around its title
CELL_FRAME = 6  # px: a cell's frame and padding around its editor
NAME_ROOM = 160  # px: the most text a person's column widens to for its combo box


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str = "text"  # text, enum, date, member, goal, scale, private
    labels: dict[str, str] | None = None  # enum value -> translated label
    width: int = 0


def editor_width(col: Column) -> int:
    """How wide a cell of ``col`` must be for its editor, 0 when its contents decide: a date
    box has a minimum width (a date and two buttons), and spilled over the next column when
    the column was only as wide as its title."""
    if col.kind == "date":
        return date_edit_width(QFontMetrics(QApplication.font())) + CELL_FRAME
    return 0


class ItemTableModel(FlatTableModel):
    """Rows are the items of ``plan.<attr>`` that pass ``keep``, in plan order."""

    def __init__(self, editor: MeetingEditor, attr: str, columns: Sequence[Column], *,
                 label: str, keep: Callable[[Any], bool] | None = None,
                 problems: Callable[[str], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.attr = attr
        self.columns = list(columns)
        self.label = label  # for undo texts: "Edit goal"
        self._keep = keep or (lambda _item: True)
        self._problems = problems or (lambda _id: [])
        self._ids = [i.id for i in self.items()]
        editor.changed.connect(self.refresh)

    # -- reading -------------------------------------------------------------------------------
    def all_items(self) -> tuple[Any, ...]:
        return tuple(getattr(self.editor.plan, self.attr))

    def items(self) -> list[Any]:
        return [i for i in self.all_items() if self._keep(i)]

    def item_at(self, row: int) -> Any:
        return self.items()[row]

    def row_of(self, item_id: str) -> int:
        return self._ids.index(item_id) if item_id in self._ids else -1

    def refresh(self) -> None:
        ids = [i.id for i in self.items()]
        if ids == self._ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(ids) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def size(self) -> tuple[int, int]:
        return len(self._ids), len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # The tick column gets a short heading: the words it needs go to the text columns.
            return self.tr("Prof. only") if col.kind == "private" else col.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.title
        if role == Qt.ItemDataRole.SizeHintRole and (needed := editor_width(col)):
            # As wide as its editor even before the first row.
            title = QFontMetrics(QApplication.font()).horizontalAdvance(
                self.headerData(section, orientation)) + HEADER_MARGIN
            return QSize(max(needed, title), 0)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "private":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        items = self.items()
        if index.row() >= len(items):
            return None
        item = items[index.row()]
        col = self.columns[index.column()]
        value = getattr(item, col.field)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(col, value)
        if role == Qt.ItemDataRole.CheckStateRole and col.kind == "private":
            private = value == Visibility.PROFESSIONAL
            return Qt.CheckState.Checked if private else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems(item.id)
            return "\n".join(problems) if problems else None
        if role == Qt.ItemDataRole.BackgroundRole and self._problems(item.id) and \
                index.column() == 0:
            return QBrush(QColor(255, 205, 210))
        if role == Qt.ItemDataRole.ForegroundRole and self._problems(item.id) and \
                index.column() == 0:
            return QBrush(QColor(0, 0, 0))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            problems = self._problems(item.id)
            text = self.display(col, value) or ""
            return f"{text}. {' '.join(problems)}" if problems and index.column() == 0 else text
        return None

    def display(self, col: Column, value: Any) -> str:
        plan = self.editor.plan
        if col.kind == "enum" and col.labels is not None:
            if value is None:
                return self.tr("(choose)")
            return col.labels.get(str(value), str(value))
        if col.kind == "date":
            return format_date(value)
        if col.kind == "member":
            member = plan.member(value)
            return member.name if member else ""
        if col.kind == "goal":
            goal = plan.goal(value)
            return goal.title if goal else ""
        if col.kind == "private":
            return ""
        return "" if value is None else str(value)

    # -- writing -------------------------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        col = self.columns[index.column()]
        item = self.item_at(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and col.kind == "private":
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            value = Visibility.PROFESSIONAL if checked else Visibility.SHARED
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if getattr(item, col.field) == value:
            return False
        changes: dict[str, Any] = {col.field: value}
        member = self.editor.plan.member(value) if col.kind == "member" else None
        if member is not None and hasattr(item, "support"):
            # The support follows who carries the action: a professional gives formal
            # support, the family and the people around them informal support.
            changes["support"] = support_of(member.kind)
        self.replace_item(replace(item, **changes),
                          key=f"{self.attr}:{item.id}:{col.field}")
        return True

    def _with(self, items: tuple[Any, ...]) -> PlanContent:
        changes: dict[str, Any] = {self.attr: items}
        return replace(self.editor.plan, **changes)

    def replace_item(self, new_item: Any, *, key: str | None = None) -> None:
        items = tuple(new_item if i.id == new_item.id else i for i in self.all_items())
        self.editor.edit_plan(self._with(items),
                              self.tr("Edit %1").replace("%1", self.label), key)

    def add_item(self, item: Any) -> None:
        self.editor.edit_plan(
            self._with((*self.all_items(), item)),
            self.tr("Add %1").replace("%1", self.label))

    def remove_rows(self, rows: Sequence[int]) -> None:
        gone = {self.item_at(r).id for r in rows}
        if not gone:
            return
        items = tuple(i for i in self.all_items() if i.id not in gone)
        self.editor.edit_plan(self._with(items),
                              self.tr("Remove %1").replace("%1", self.label))


def enum_type(item: Any, field: str) -> type:
    """The enum class of an item's field, also when its value is None for now."""
    hint = get_type_hints(type(item))[field]
    options = [t for t in get_args(hint) if t is not type(None)] or [hint]
    found: type = options[0]
    return found


class ItemDelegate(QStyledItemDelegate):
    """Editors per column kind: combo boxes for choices and people, a date editor, a 0–10 box."""

    def __init__(self, model: ItemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """A choice column is as wide as its combo box with the longest choice, so the
        editor that opens in it never cuts "Family" to "Far"; a person's column as wide as
        its combo box with the longest name (up to NAME_ROOM: the French "Qui" column was
        25 px wide under its combo box)."""
        hint = super().sizeHint(option, index)
        col = self._model.columns[index.column()]
        if col.kind == "enum" and col.labels:
            self._fit_combo(hint, option, (*col.labels.values(), self.tr("(choose)")))
        elif col.kind == "member":
            names = [m.name for m in self._model.editor.plan.team]
            self._fit_combo(hint, option, (*names, self.tr("(nobody)")), most=NAME_ROOM)
        elif needed := editor_width(col):  # the editor's room (a date box)
            hint.setWidth(max(hint.width(), needed))
        return hint

    @staticmethod
    def _fit_combo(hint: QSize, option: QStyleOptionViewItem, texts: Sequence[str], *,
                   most: int = 0) -> None:
        """Widen ``hint`` to a combo box showing the longest of ``texts`` (at most ``most``
        px of text when given)."""
        widget = option.widget
        combo = QStyleOptionComboBox()
        if widget is not None:
            combo.initFrom(widget)
        text = max(option.fontMetrics.horizontalAdvance(t) for t in texts)
        if most:
            text = min(text, most)
        style = widget.style() if widget is not None else QApplication.style()
        needed = style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, combo,
                                        QSize(text, hint.height()), widget)
        hint.setWidth(max(hint.width(), needed.width()))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        col = self._model.columns[index.column()]
        plan: PlanContent = self._model.editor.plan
        if col.kind == "enum" and col.labels is not None:
            combo = QComboBox(parent)
            if index.data(Qt.ItemDataRole.EditRole) is None:
                combo.addItem(self.tr("(choose)"), None)
            for value, label in col.labels.items():
                combo.addItem(label, value)
            return combo
        if col.kind in ("member", "goal"):
            combo = QComboBox(parent)
            combo.addItem(self.tr("(nobody)") if col.kind == "member" else self.tr("(no goal)"),
                          None)
            choices = ([(m.id, m.name) for m in plan.team] if col.kind == "member"
                       else [(g.id, g.title) for g in plan.goals])
            for choice_id, name in choices:
                combo.addItem(name or self.tr("(unnamed)"), choice_id)
            return combo
        if col.kind == "date":
            return DateEdit(parent, empty_text=self.tr("no date"))
        if col.kind == "scale":
            spin = QSpinBox(parent)
            spin.setRange(SCALE_MIN, SCALE_MAX)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value.value if isinstance(value, StrEnum) else value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, DateEdit):
            editor.set_value(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        col = self._model.columns[index.column()]
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            if col.kind == "enum" and data is not None:
                # Qt hands enum values back as plain str: rebuild the field's own enum type.
                data = enum_type(self._model.item_at(index.row()), col.field)(data)
            model.setData(index, data)
        elif isinstance(editor, DateEdit):
            editor.commit_text()  # a date typed without Enter counts too
            model.setData(index, editor.value())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class ItemList(QWidget):
    """A table of items with Add (Insert) and Remove (Delete) buttons."""

    def __init__(self, model: ItemTableModel, *, add_text: str,
                 make_item: Callable[[], Any | None],
                 add_item: Callable[[Any], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._make_item = make_item
        self._add_item = add_item or model.add_item
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegate(ItemDelegate(model, self.table))
        self.table.setAccessibleName(model.label)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Rows grow with their text (a safety plan is readable without opening the cell).
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        # Free text shares the room; choices, dates and ticks take what their header needs.
        for i, col in enumerate(model.columns):
            mode = QHeaderView.ResizeMode.Stretch if col.kind == "text" \
                else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(i, mode)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove selected %1").replace("%1", model.label))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        ins = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table)
        ins.activated.connect(self.add)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        model.modelReset.connect(self._fit_height)
        # Rows grow as text is typed: refit once the edit is through. The timer is this
        # widget's child and the slot its method, so neither outlives it (a bare single-shot
        # to a deleted list crashed).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        model.dataChanged.connect(self._schedule_fit)
        self._fit_height()

    def add(self) -> None:
        item = self._make_item()
        if item is None:  # the coach cancelled a question asked while making it
            return
        self._add_item(item)
        row = self.model.row_of(item.id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.setFocus()
            self.table.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.model.remove_rows(rows)

    def _schedule_fit(self, *_args: object) -> None:
        self._fit_timer.start()

    def _fit_height(self) -> None:
        rows = self.model.rowCount()
        row_h = self.table.verticalHeader().defaultSectionSize()
        header_h = self.table.horizontalHeader().sizeHint().height()
        if rows:
            self.table.resizeRowsToContents()
        body = sum(self.table.rowHeight(r) for r in range(rows)) if rows else row_h
        self.table.setMinimumHeight(header_h + body + 6)
