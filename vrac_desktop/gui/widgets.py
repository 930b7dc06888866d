"""Small reusable widgets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QWidget

# The first screen's modules (this one among them) do not name ``Qt`` before the first paint:
# PySide6 builds the whole Qt namespace, 93 enums, on its first use (about 11 ms of a 150 ms
# start). tests/gui/test_startup_imports.py holds it. Elsewhere ``Qt`` is imported as usual.
if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

Index = QModelIndex | QPersistentModelIndex

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole, as the int a model's data() is asked with
USER_ROLE = 256  # Qt.ItemDataRole.UserRole


def scale_font(widget: QWidget, factor: float, *, bold: bool = True) -> None:
    """A heading: the widget's own font, ``factor`` times larger (a form cannot say
    "1.6 × the system size", and a fixed point size would ignore the user's setting)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def confirm(parent: QWidget | None, title: str, text: str, *,
            yes: QMessageBox.StandardButton | None = None,
            no: QMessageBox.StandardButton | None = None,
            default: QMessageBox.StandardButton | None = None) -> bool:
    """Ask a question with two answers; True when the coach chose ``yes`` (by default Yes;
    ``no`` by default Cancel). The safe answer (``no``) is the default button unless
    ``default`` says otherwise."""
    from PySide6.QtWidgets import QMessageBox  # not on the first screen (DISPLAY_ROLE)

    yes = QMessageBox.StandardButton.Yes if yes is None else yes
    no = QMessageBox.StandardButton.Cancel if no is None else no
    answer = QMessageBox.question(parent, title, text, yes | no,
                                  no if default is None else default)
    return answer == yes


def chosen_path(parent: QWidget | None, path: str | None, title: str, suggested: str,
                filters: str, *, save: bool = True) -> str | None:
    """``path`` when the caller gives one (scripts, tests), else the file the coach picks in
    a save (or, ``save=False``, an open) dialog starting at ``suggested``; None if cancelled."""
    if path is None:
        from PySide6.QtWidgets import QFileDialog

        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _filter = ask(parent, title, suggested, filters)
    return path or None


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` and delete it (hidden at once, deleted when
    control returns to the event loop), to fill the layout anew."""
    while layout.count():
        taken = layout.takeAt(0)
        widget = taken.widget() if taken is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class StepHeading(QLabel):
    """A meeting step's heading (promoted in ui/meeting_step.ui): 1.5 × the font, bold.

    Scaled as it is made: a label inside a scroll area is polished while the form is set up,
    and under the app's style sheet a font set after that polish is lost when the step is
    put in the meeting's stack (seen: the headings came out at the normal size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale_font(self, 1.5)


def language_names() -> dict[str, str]:
    # Each language in its own name, so a family can find theirs whatever the UI language.
    return {"en": "English", "nl": "Nederlands", "fr": "Français"}


class LanguageCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in language_names().items():
            self.addItem(name, code)
        self.setToolTip(QCoreApplication.translate("LanguageCombo", "The family's language"))

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class FlatTableModel(QAbstractTableModel):
    """A table, not a tree: rows and columns are counted at the top level only."""

    def size(self) -> tuple[int, int]:
        """(rows, columns)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.size()[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.size()[1]


class RecordsModel(FlatTableModel):
    """A read-only table of rows (one record a row, ``COLUMNS`` the column keys); a
    subclass gives the translated ``headers`` and the ``data``. It has no headerData: its
    view's header shows ``headers`` from a model of its own (``titles_model``), as the first
    screen's list needs (see DISPLAY_ROLE); ``RowsModel`` answers headerData itself."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def size(self) -> tuple[int, int]:
        return len(self._rows), len(self.COLUMNS)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def titles_model(self, parent: QObject) -> QStandardItemModel:
        """The column titles as a model for the view's header (``header.setModel``)."""
        titles = QStandardItemModel(0, len(self.COLUMNS), parent)
        titles.setHorizontalHeaderLabels(list(self.headers()))
        return titles

    def row(self, index: Index) -> Any:
        """The record at ``index``, or None outside the rows."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]


class RowsModel(RecordsModel):
    """``RecordsModel`` whose headerData gives the column titles."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY_ROLE) -> Any:
        from PySide6.QtCore import Qt  # built by now: Qt passed ``orientation``

        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return self.headers()[section]
