"""The families list: search as you type, create, open. Recent first; closed hidden by default."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QWidget,
)

from vrac_desktop.domain.states import Phase
from vrac_desktop.store.first_screen import ListedFamily
from vrac_desktop.translate import error_text

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.dates import format_datetime
from vrac_desktop.gui.forms.ui_families_page import Ui_FamiliesPage
from vrac_desktop.gui.widgets import DISPLAY_ROLE, USER_ROLE, Index, RecordsModel

# The services (and SQLAlchemy under them) are imported where they are used: the families
# list is the first screen, shown before they are loaded (store/first_screen.py).
if TYPE_CHECKING:
    from vrac_desktop.services.families import FamilySummary
    from vrac_desktop.store.database import Database


class FamiliesModel(RecordsModel):
    COLUMNS = ("name", "reference", "phase", "versions", "updated")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[Any, ...]] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        # The shown texts are made once per row: the view asks for each cell's data many
        # times (sizing the columns to their contents asks for every row's).
        self._texts = self._texts_of(rows)
        super().set_rows(rows)

    def _texts_of(self, rows: Sequence[Any]) -> list[tuple[Any, ...]]:
        phases = cycle_labels.phases()
        closed = self.tr("%1 (closed)")
        return [
            (closed.replace("%1", f.display_name) if f.status.value == "closed"
             else f.display_name, f.reference, phases[f.phase.value], f.versions,
             format_datetime(f.updated_at))
            for f in rows
        ]

    def add_rows(self, rows: Sequence[Any]) -> None:
        """More rows after the shown ones (the first screen's list, read in two parts)."""
        if not rows:
            return
        texts = self._texts_of(rows)
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows = [*self._rows, *rows]
        self._texts += texts
        self.endInsertRows()

    def family_at(self, row: int) -> FamilySummary | ListedFamily:
        family: FamilySummary | ListedFamily = self._rows[row]
        return family

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Family"), self.tr("Reference"), self.tr("Phase"),
                self.tr("Plan versions"), self.tr("Last change"))

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE:
            row = index.row()
            return self._texts[row][index.column()] if index.isValid() and \
                row < len(self._texts) else None
        if role == USER_ROLE:
            f = self.row(index)
            return None if f is None else f.id
        return None


class NewFamilyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here: its widgets' classes are not needed for the first screen.
        from vrac_desktop.gui.forms.ui_new_family_dialog import Ui_NewFamilyDialog

        self.ui = Ui_NewFamilyDialog()  # layout in ui/new_family_dialog.ui
        self.ui.setupUi(self)
        # The app and the documents speak en/nl/fr; what the family speaks at home may be
        # another language, and the coach then books an interpreter.
        self.name, self.reference, self.language = self.ui.name, self.ui.reference, self.ui.language
        self.home_languages, self.interpreter = self.ui.home_languages, self.ui.interpreter
        # A new family speaks the coach's language until the coach says otherwise.
        from vrac_desktop.gui.i18n import ui_language

        self.language.set_language(ui_language())
        self.error = self.ui.error
        self.ui.buttons.accepted.connect(self._check)
        self.ui.buttons.rejected.connect(self.reject)

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

    def __init__(self, db: Database | None, *, actor: str, parent: QWidget | None = None,
                 first: Sequence[ListedFamily] = (),
                 load: Callable[[], object] | None = None) -> None:
        """``db`` None: the first screen, showing ``first`` (read before the database was
        opened the full way); anything that needs the database calls ``load`` first, which
        finishes loading the app and gives this page its database (``attach``)."""
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._load = load
        self.ui = Ui_FamiliesPage()  # layout in ui/families_page.ui
        self.ui.setupUi(self)
        self.search, self.show_closed = self.ui.search, self.ui.show_closed
        self.phase_filter, self.table = self.ui.phase_filter, self.ui.table
        self.new_button, self.week_button = self.ui.new_button, self.ui.week_button
        self.empty_label = self.ui.empty_label
        self.phase_filter.addItem(self.tr("All phases"), None)
        for value, name in cycle_labels.phases().items():
            self.phase_filter.addItem(name, value)
        self.week_button.clicked.connect(self.show_week)
        self.model = FamiliesModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # The column titles come from a model of their own: the header asking the families
        # model's (Python) headerData would pass it a Qt.Orientation, and PySide6 would build
        # its whole Qt namespace for it before the first paint (widgets.py, DISPLAY_ROLE).
        header.setModel(self.model.titles_model(self))
        if db is not None:
            self._size_columns_to_contents()

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
        self._precision = header.resizeContentsPrecision()
        if db is None:
            # The first paint sizes the columns to the rows on screen; every row's width is
            # measured once the rest is loaded (attach): two thirds of the first show's work.
            # Sized once shown (showEvent): a hidden table measures every row.
            header.setResizeContentsPrecision(0)
            self._show(list(first))
        else:
            self.refresh()

    def _size_columns_to_contents(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        header = self.table.horizontalHeader()
        if header.sectionResizeMode(0) is not QHeaderView.ResizeMode.Stretch:
            self._size_columns_to_contents()  # the first screen: now on the shown rows only

    def add_rows(self, rows: Sequence[ListedFamily]) -> None:
        """The rest of the first screen's list, read just after its first paint."""
        self.model.add_rows(list(rows))

    def attach(self, db: Database) -> None:
        """The database, once the rest of the app is loaded (after the first screen)."""
        self._db = db
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(self._precision)
        header.resizeSections()

    def _database(self) -> Database | None:
        if self._db is None and self._load is not None:
            self._load()  # waits for the rest of the app; it attaches the database
        return self._db

    def refresh(self) -> None:
        db = self._database()
        if db is None:
            return
        from vrac_desktop.services.families import search_families

        phase = self.phase_filter.currentData()
        self._show(search_families(db, text=self.search.text(),
                                   include_closed=self.show_closed.isChecked(),
                                   phase=Phase(phase) if phase else None))

    def _show(self, rows: Sequence[FamilySummary | ListedFamily]) -> None:
        self.model.set_rows(list(rows))
        if rows:
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No family matches your search.") if self.search.text().strip()
                else self.tr("No families yet. Create one with “New family” (Ctrl+N)."))
            # Set here, not in the form: a list with families is shown without naming Qt
            # (widgets.py, DISPLAY_ROLE).
            from PySide6.QtCore import Qt

            self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.empty_label.show()

    def ask_new_family(self) -> None:
        db = self._database()
        if db is None:
            return
        from vrac_desktop.services.families import FamilyInputError, create_family

        dialog = NewFamilyDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                family, _changes = create_family(
                    db, display_name=dialog.name.text(),
                    reference=dialog.reference.text(), language=dialog.language.language(),
                    actor=self._actor, home_languages=dialog.home_languages.text(),
                    interpreter_needed=dialog.interpreter.isChecked())
            except FamilyInputError as exc:
                dialog.show_error(error_text(exc))
                continue
            self.refresh()
            self.open_family.emit(family.id)
            return

    def _open_index(self, index: QModelIndex) -> None:
        self.open_family.emit(self.model.family_at(index.row()).id)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.open_family.emit(self.model.family_at(0).id)
