"""The families list: search as you type, create, open. Recent first; closed hidden by default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.domain.model import Phase
from vrac_desktop.services.families import (
    FamilyInputError,
    FamilySummary,
    create_family,
    search_families,
)
from vrac_desktop.store.database import Database

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.dates import format_datetime
from vrac_desktop.gui.widgets import LanguageCombo

_Index = QModelIndex | QPersistentModelIndex


class FamiliesModel(QAbstractTableModel):
    COLUMNS = ("name", "reference", "phase", "versions", "updated")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FamilySummary] = []

    def set_rows(self, rows: list[FamilySummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def family_at(self, row: int) -> FamilySummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Family"), self.tr("Reference"), self.tr("Phase"),
                self.tr("Plan versions"), self.tr("Last change"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.COLUMNS[index.column()]
            if column == "name":
                closed = f.status.value == "closed"
                return self.tr("%1 (closed)").replace("%1", f.display_name) if closed \
                    else f.display_name
            if column == "reference":
                return f.reference
            if column == "phase":
                return cycle_labels.phases()[f.phase.value]
            if column == "versions":
                return f.versions
            return format_datetime(f.updated_at)
        if role == Qt.ItemDataRole.UserRole:
            return f.id
        return None


class NewFamilyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New family"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Family name"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.language = LanguageCombo()
        self.language.setAccessibleName(self.tr("Family language"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("Family &language:"), self.language)
        # The app and the documents speak en/nl/fr; what the family speaks at home may be
        # another language, and the coach then books an interpreter.
        self.home_languages = QLineEdit()
        self.home_languages.setAccessibleName(self.tr("Languages spoken at home"))
        self.home_languages.setPlaceholderText(self.tr("e.g. Arabic, Tigrinya"))
        form.addRow(self.tr("Spoken at &home:"), self.home_languages)
        self.interpreter = QCheckBox(self.tr("&Interpreter needed at meetings"))
        form.addRow(self.interpreter)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.show_error(self.tr("The family needs a name."))
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class FamiliesPage(QWidget):
    open_family = Signal(str)
    show_week = Signal()

    def __init__(self, db: Database, *, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by family, child or team member name, or reference"))
        self.search.setAccessibleName(self.tr("Search families"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.show_closed = QCheckBox(self.tr("Show &closed"))
        self.show_closed.setAccessibleName(self.tr("Show closed families"))
        bar.addWidget(self.show_closed)
        self.phase_filter = QComboBox()
        self.phase_filter.setAccessibleName(self.tr("Show families in phase"))
        self.phase_filter.addItem(self.tr("All phases"), None)
        for value, name in cycle_labels.phases().items():
            self.phase_filter.addItem(name, value)
        bar.addWidget(self.phase_filter)
        self.new_button = QPushButton(self.tr("&New family…"))
        self.new_button.setAccessibleName(self.tr("New family"))
        bar.addWidget(self.new_button)
        self.week_button = QPushButton(self.tr("The coach's &week"))
        self.week_button.setAccessibleName(self.tr("The coach's week"))
        self.week_button.clicked.connect(self.show_week)
        bar.addWidget(self.week_button)
        layout.addLayout(bar)

        self.model = FamiliesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Families"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        # Debounce typing so a fast typist does not run a query per key.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_first)
        self.show_closed.toggled.connect(self.refresh)
        self.phase_filter.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.ask_new_family)
        self.table.activated.connect(self._open_index)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        self.refresh()

    def refresh(self) -> None:
        phase = self.phase_filter.currentData()
        rows = search_families(self._db, text=self.search.text(),
                               include_closed=self.show_closed.isChecked(),
                               phase=Phase(phase) if phase else None)
        self.model.set_rows(rows)
        if rows:
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No family matches your search.") if self.search.text().strip()
                else self.tr("No families yet. Create one with “New family” (Ctrl+N)."))
            self.empty_label.show()

    def ask_new_family(self) -> None:
        dialog = NewFamilyDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                family, _changes = create_family(
                    self._db, display_name=dialog.name.text(),
                    reference=dialog.reference.text(), language=dialog.language.language(),
                    actor=self._actor, home_languages=dialog.home_languages.text(),
                    interpreter_needed=dialog.interpreter.isChecked())
            except FamilyInputError as exc:
                dialog.show_error(str(exc))
                continue
            self.refresh()
            self.open_family.emit(family.id)
            return

    def _open_index(self, index: QModelIndex) -> None:
        self.open_family.emit(self.model.family_at(index.row()).id)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.open_family.emit(self.model.family_at(0).id)
