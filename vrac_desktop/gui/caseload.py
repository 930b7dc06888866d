"""The coach's week: open actions across all families by due date, upcoming meetings,
evaluations due and families per status; one click (or Enter) opens the family.

The data comes from ``services.caseload``; this page only draws, filters and forwards.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QListView,
    QMessageBox,
    QWidget,
)

from vrac_desktop import labels
from vrac_desktop.services.caseload import (
    CalendarWords,
    Caseload,
    DueDate,
    FamilyGroup,
    OpenAction,
    calendar_ics,
)
from vrac_desktop.services.caseload import caseload as load_caseload
from vrac_desktop.services.families import get_family
from vrac_desktop.services.plans import current_version
from vrac_desktop.store.database import Database
from vrac_desktop.translate import error_text, message_text

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.dates import format_date
from vrac_desktop.gui.forms.ui_caseload_page import Ui_CaseloadPage
from vrac_desktop.gui.widgets import Index, RowsModel, chosen_path, scale_font
from vrac_desktop.gui.wrap_delegate import WrapDelegate

FAMILY_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_RED = QColor(176, 0, 32)
# The share of the actions table the action itself ("What") keeps when the table is narrow
# (1024 px laptops): the other columns are narrowed together to leave it this much.
WHAT_SHARE = 0.35
# A list's rows: the flags made once (views ask for every row's).
ENTRY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren
HEADING = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
NOTHING = Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemNeverHasChildren


def calendar_words() -> CalendarWords:
    """The calendar entries' wording in the UI language."""
    return CalendarWords(
        meeting=QCoreApplication.translate("Caseload", "Wraparound meeting: %1")
        .replace("%1", "{family}"),
        action=QCoreApplication.translate("Caseload", "%1: %2 (%3)")
        .replace("%1", "{who}").replace("%2", "{what}").replace("%3", "{family}"),
        evaluation=QCoreApplication.translate("Caseload", "Six-month evaluation due: %1")
        .replace("%1", "{family}"),
        nobody=QCoreApplication.translate("Caseload", "nobody yet"))


class CaseloadActionsModel(RowsModel):
    COLUMNS = ("due", "family", "what", "who", "team", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses = labels.action_statuses()
        self._last: tuple[int, OpenAction] | None = None

    def set_rows(self, rows: Sequence[OpenAction]) -> None:
        self._statuses = labels.action_statuses()  # in the UI language of now
        self._last = None
        super().set_rows(rows)

    def action_at(self, row: int) -> OpenAction:
        if self._last is None or self._last[0] != row:  # the week's rows are made when read
            self._last = (row, self._rows[row])
        return self._last[1]

    def row(self, index: Index) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.action_at(index.row())

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Family"), self.tr("What"), self.tr("Who"),
                self.tr("Team / organisation"), self.tr("Status"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a = self.row(index)
        if a is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "due":
                text = format_date(a.due_on, self.tr("no date"))
                return self.tr("⚠ %1 (overdue)").replace("%1", text) if a.overdue else text
            return {
                "family": a.family_name,
                "what": a.description,
                "who": a.responsible or self.tr("(nobody yet)"),
                "team": a.organisation,
                "status": self._statuses.get(a.status.value, a.status.value),
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and a.overdue and column == "due":
            return QBrush(OVERDUE_RED)
        if role == Qt.ItemDataRole.FontRole and a.overdue and column == "due":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # a column narrowed on a small screen
            if column == "what":
                return a.description + (f"\n{a.goal_title}" if a.goal_title else "")
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == FAMILY_ROLE:
            return a.family_id
        return None


class ShownRows(QAbstractListModel):
    """A list model whose rows reach its view ``chunk`` at a time, as the view scrolls down
    (Qt's canFetchMore/fetchMore): a list view sizes each row it is given (word wrap), which
    for 100,000 families took seconds at every refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chunk = 500
        self._total = 0
        self._shown = 0

    def _count(self, total: int) -> None:
        """Between beginResetModel and endResetModel: ``total`` rows, the first chunk shown."""
        self._total = total
        self._shown = min(total, self.chunk)

    def total(self) -> int:
        """Every row, given to the view or not yet."""
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < self._total

    def fetchMore(self, parent: Index) -> None:
        end = min(self._total, self._shown + self.chunk)
        if parent.isValid() or end <= self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, end - 1)
        self._shown = end
        self.endInsertRows()


class DueDatesModel(ShownRows):
    """Meetings or evaluations due, one a row ("date — family"), overdue ones marked in red
    with "⚠ … (overdue)"; with none, one row that says so (not selectable). The texts are
    made for the rows shown only: at 100,000 families a list of items cost seconds and
    200 MiB."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[DueDate] = ()
        self._empty = ""
        self._entry = "%1 — %2"
        self._overdue = "⚠ %1 (overdue)"

    def set_rows(self, rows: Sequence[DueDate], empty: str) -> None:
        self.beginResetModel()
        self._rows = rows
        self._empty = empty
        # The wording in the UI language of now (CaseloadPage's context, as before).
        self._entry = QCoreApplication.translate("CaseloadPage", "%1 — %2")
        self._overdue = QCoreApplication.translate("CaseloadPage", "⚠ %1 (overdue)")
        self._count(max(len(rows), 1))
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ENTRY if self._rows else NOTHING

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if not self._rows:
            return self._empty if role == Qt.ItemDataRole.DisplayRole else None
        due = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._entry.replace("%1", format_date(due.on)).replace("%2",
                                                                          due.family_name)
            return self._overdue.replace("%1", text) if due.overdue else text
        if role == Qt.ItemDataRole.ForegroundRole and due.overdue:
            return QBrush(OVERDUE_RED)
        if role == FAMILY_ROLE:
            return due.family_id
        return None


class GroupsModel(ShownRows):
    """The families per phase: a bold heading per phase with its count (not selectable),
    then its families, indented."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: Sequence[FamilyGroup] = ()
        self._starts: list[int] = [0]  # the row of each group's heading, then the end
        self._headings: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: Sequence[FamilyGroup], headings: list[str]) -> None:
        self.beginResetModel()
        self._groups = groups
        self._headings = headings
        self._starts = [0]
        for group in groups:
            self._starts.append(self._starts[-1] + 1 + len(group.families))
        self._count(self._starts[-1])
        self.endResetModel()

    def _at(self, row: int) -> tuple[int, int]:
        """(group, family in it; -1 for the heading)."""
        group = bisect_right(self._starts, row) - 1
        return group, row - self._starts[group] - 1

    def is_heading(self, row: int) -> bool:
        return self._at(row)[1] < 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        return HEADING if self.is_heading(index.row()) else ENTRY

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        group, member = self._at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if member < 0:
                return self._headings[group]
            return "   " + self._groups[group].families[member][1]
        if role == Qt.ItemDataRole.FontRole and member < 0:
            return self._bold
        if role == FAMILY_ROLE and member >= 0:
            return self._groups[group].families[member][0]
        return None


class FamilyChoices(QAbstractListModel):
    """The family filter's choices: "All", then each family with something in the week, by
    name (its id as the item's data, as QComboBox.currentData reads it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._families: Sequence[tuple[str, str]] = ()
        self._all = ""

    def set_families(self, families: Sequence[tuple[str, str]], all_text: str) -> None:
        self.beginResetModel()
        self._families = families
        self._all = all_text
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._families) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row <= len(self._families):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._all if row == 0 else self._families[row - 1][1]
        if role == Qt.ItemDataRole.UserRole and row > 0:
            return self._families[row - 1][0]
        return None


class CaseloadPage(QWidget, Ui_CaseloadPage):
    """The first screen: the coach's week across families."""

    open_family = Signal(str)  # family id
    show_families = Signal()
    refreshing = Signal()  # the week is read again (a week read in the background can stop)

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 organisation: str = "") -> None:
        super().__init__(parent)
        self._db = db
        self._organisation = organisation
        self.caseload: Caseload | None = None
        self.setupUi(self)  # the layout in ui/caseload_page.ui: its widgets are attributes
        scale_font(self.title, 1.6)
        self.unreadable.hide()
        self.families_button.clicked.connect(self.show_families)
        self.ics_button.clicked.connect(self.export_ics)
        self.print_button.clicked.connect(lambda: self.print_who_does_what())
        for combo in (self.family_filter, self.person_filter, self.team_filter):
            combo.activated.connect(lambda _i: self._apply_filters())
        self.model = CaseloadActionsModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # Columns fit the rows on screen and a few around, not the first thousand: each row
        # measured is a call into Python per column (0.3 s at 100,000 families).
        header.setResizeContentsPrecision(100)
        for i, column in enumerate(CaseloadActionsModel.COLUMNS):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if column == "what"
                                        else QHeaderView.ResizeMode.Interactive)
        self.table.viewport().installEventFilter(self)  # its width: _fit_columns
        self.table.activated.connect(self._open_row)
        self.table.doubleClicked.connect(self._open_row)
        # Models over the week's own tuples: the lists hold nothing the week does not.
        self.family_choices = FamilyChoices(self)
        self.family_filter.setModel(self.family_choices)
        popup = QListView(self.family_filter)  # rows of one height: none measured ahead
        popup.setUniformItemSizes(True)
        self.family_filter.setView(popup)
        self.meetings_model = DueDatesModel(self)
        self.meetings.setModel(self.meetings_model)
        self.evaluations_model = DueDatesModel(self)
        self.evaluations.setModel(self.evaluations_model)
        self.groups_model = GroupsModel(self)
        self.groups.setModel(self.groups_model)
        self._wrap = WrapDelegate(self)
        for view in (self.meetings, self.evaluations, self.groups):
            view.setItemDelegate(self._wrap)
            view.activated.connect(self._open_entry)
            view.doubleClicked.connect(self._open_entry)

    # -- data ---------------------------------------------------------------------------------
    def refresh(self, *, today: date | None = None) -> None:
        self.refreshing.emit()
        # The week shown is let go first: at 100,000 families two of them at once were
        # 20 MiB more at the peak.
        chosen = self.family_filter.currentData()
        self.caseload = None
        self.model.set_rows(())
        self.meetings_model.set_rows((), "")
        self.evaluations_model.set_rows((), "")
        self.groups_model.set_groups((), [])
        self.family_choices.set_families((), "")
        self.show_caseload(load_caseload(self._db, today=today or date.today()),
                           family=chosen)

    def show_caseload(self, load: Caseload, *, family: str | None = None) -> None:
        """Show ``load`` (read by ``refresh``, or off the UI thread at start); the family
        filter stays on the family chosen (or on ``family``)."""
        self.caseload = load
        self.title.setText(self.tr("The coach's week · %1").replace("%1",
                                                                     format_date(load.today)))
        chosen = family or self.family_filter.currentData()
        self.family_choices.set_families(load.families, self.tr("All"))
        place = None if chosen is None else load.family_place(chosen)
        self.family_filter.setCurrentIndex(0 if place is None else place + 1)
        for combo, values in ((self.person_filter, load.responsible_people()),
                              (self.team_filter, load.organisations())):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._apply_filters()
        self._show_unreadable(load)
        self.meetings_model.set_rows(load.meetings, self.tr("No meeting planned."))
        self.evaluations_model.set_rows(load.evaluations,
                                        self.tr("No evaluation due in the next 30 days."))
        names = {**cycle_labels.phases(), "closed": self.tr("Closed")}
        self.groups_model.set_groups(load.groups, [
            self.tr("%1 (%n)", "", len(group.families)).replace("%1",
                                                                names.get(group.key, group.key))
            for group in load.groups])

    def _show_unreadable(self, load: Caseload) -> None:
        """Families whose plan could not be read: named, the problems in the tooltip (the
        rest of the week is shown)."""
        names = [u.family_name for u in load.unreadable]
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        self.unreadable.setText(self.tr(
            "⚠ %n plan(s) could not be read and are left out of the week: %1", "",
            len(names)).replace("%1", shown))
        self.unreadable.setToolTip("\n".join(f"{u.family_name}: {message_text(u.problem)}"
                                             for u in load.unreadable[:20]))
        self.unreadable.setVisible(bool(names))

    def _apply_filters(self) -> None:
        if self.caseload is None:
            return
        rows = self.caseload.filtered(family_id=self.family_filter.currentData(),
                                      responsible=self.person_filter.currentData(),
                                      organisation=self.team_filter.currentData())
        self.model.set_rows(rows)
        self._fit_columns()
        overdue = self.caseload.overdue(rows)
        self.count.setText(self.tr("%n open action(s)", "", len(rows)) + " · "
                           + self.tr("%n overdue", "", overdue))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Each column as wide as its contents (the rows on screen and a few around) and the
        action ("What") the rest. When that leaves the action less than WHAT_SHARE of the
        table (a 1024 px laptop showed "Action …"), the widest of the other columns are cut
        to one common width, the narrower ones kept whole, the date and the status always, and
        none below its title; a cut text is in full in its tooltip."""
        header = self.table.horizontalHeader()
        what = CaseloadActionsModel.COLUMNS.index("what")
        others = [i for i in range(len(CaseloadActionsModel.COLUMNS)) if i != what]
        titles = {i: header.sectionSizeHint(i) for i in others}
        widths = {i: max(self.table.sizeHintForColumn(i), titles[i]) for i in others}
        # Never cut: a column's title, and the whole of the date and the status.
        floors = {i: widths[i] if CaseloadActionsModel.COLUMNS[i] in ("due", "status")
                  else titles[i] for i in others}
        room = self.table.viewport().width() * (1 - WHAT_SHARE)
        if sum(widths.values()) > room:
            # The common width: the largest that fits (halving the interval, 12 steps).
            low, high = 0, max(widths.values())
            for _ in range(12):
                middle = (low + high) // 2
                if sum(max(floors[i], min(widths[i], middle)) for i in others) <= room:
                    low = middle
                else:
                    high = middle
            widths = {i: max(floors[i], min(widths[i], low)) for i in others}
        for i in others:
            header.resizeSection(i, widths[i])

    def visible_actions(self) -> tuple[OpenAction, ...]:
        return tuple(self.model.action_at(r) for r in range(self.model.rowCount()))

    def selected_family(self) -> str | None:
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.action_at(index.row()).family_id
        family: str | None = self.family_filter.currentData()
        return family

    # -- opening, exporting -------------------------------------------------------------------
    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_family.emit(self.model.action_at(index.row()).family_id)

    def _open_entry(self, index: QModelIndex) -> None:
        family_id = index.data(FAMILY_ROLE) if index.isValid() else None
        if family_id:
            self.open_family.emit(family_id)

    def export_ics(self, path: str | None = None) -> Path | None:
        """Meetings, evaluations due and the dated actions shown, as an .ics file."""
        if self.caseload is None:
            self.refresh()
        assert self.caseload is not None
        path = chosen_path(self, path, self.tr("Export to calendar"),
                           str(Path.home() / self.tr("coach-week.ics")),
                           self.tr("Calendar files (*.ics)"))
        if path is None:
            return None
        target = Path(path)
        data = calendar_ics(self.caseload, words=calendar_words(),
                            actions=self.visible_actions())
        try:
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), self.tr(
                "The calendar file could not be written: %1").replace("%1", error_text(exc)))
            return None
        return target

    def print_who_does_what(self, family_id: str | None = None, path: str | None = None,
                            *, open_after: bool = True) -> Path | None:
        """The family's one-page "who does what" as PDF, opened for printing."""
        from vrac_desktop.documents.pdf_render import render_pdf
        from vrac_desktop.documents.who_does_what import (
            WhoDoesWhatSource,
            who_does_what_document,
        )

        family_id = family_id or self.selected_family()
        if family_id is None:
            QMessageBox.information(self, self.tr("Who does what"), self.tr(
                "Choose a family first (select one of its actions, or filter on it)."))
            return None
        family = get_family(self._db, family_id=family_id)
        version = current_version(self._db, family_id=family_id)
        if version is None:
            QMessageBox.information(self, self.tr("Who does what"), self.tr(
                "%1 has no plan version yet.").replace("%1", family.display_name))
            return None
        suggested = QCoreApplication.translate(
            "Caseload", "%1 - who does what.pdf").replace("%1", family.display_name)
        path = chosen_path(self, path, self.tr("Who does what"), str(Path.home() / suggested),
                           self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        document = who_does_what_document(WhoDoesWhatSource(
            family=family, plan=version.content, version_number=version.number,
            version_hash=version.hash, as_of=date.today(), organisation=self._organisation))
        target = Path(path)
        try:
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_bytes(render_pdf(document))
            tmp.replace(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), self.tr(
                "The file could not be written: %1").replace("%1", error_text(exc)))
            return None
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target
