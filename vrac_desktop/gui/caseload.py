"""The coach's week: open actions across all families by due date, upcoming meetings,
evaluations due and families per status; one click (or Enter) opens the family.

The data comes from ``services.caseload``; this page only draws, filters and forwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from vrac_desktop import labels
from vrac_desktop.services.caseload import CalendarWords, Caseload, OpenAction, calendar_ics
from vrac_desktop.services.caseload import caseload as load_caseload
from vrac_desktop.services.families import get_family
from vrac_desktop.services.plans import current_version
from vrac_desktop.store.database import Database

from vrac_desktop.gui import cycle_labels
from vrac_desktop.gui.dates import format_date
from vrac_desktop.gui.forms.ui_caseload_page import Ui_CaseloadPage
from vrac_desktop.gui.widgets import Index, RowsModel, chosen_path, scale_font

FAMILY_ROLE = Qt.ItemDataRole.UserRole + 1


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

    def set_rows(self, rows: Sequence[OpenAction]) -> None:
        self._statuses = labels.action_statuses()  # in the UI language of now
        super().set_rows(rows)

    def action_at(self, row: int) -> OpenAction:
        action: OpenAction = self._rows[row]
        return action

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
            return QBrush(QColor(176, 0, 32))
        if role == Qt.ItemDataRole.FontRole and a.overdue and column == "due":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "what":
            return a.description + (f"\n{a.goal_title}" if a.goal_title else "")
        if role == FAMILY_ROLE:
            return a.family_id
        return None


class CaseloadPage(QWidget, Ui_CaseloadPage):
    """The first screen: the coach's week across families."""

    open_family = Signal(str)  # family id
    show_families = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 organisation: str = "") -> None:
        super().__init__(parent)
        self._db = db
        self._organisation = organisation
        self.caseload: Caseload | None = None
        self.setupUi(self)  # the layout in ui/caseload_page.ui: its widgets are attributes
        scale_font(self.title, 1.6)
        self.families_button.clicked.connect(self.show_families)
        self.ics_button.clicked.connect(self.export_ics)
        self.print_button.clicked.connect(lambda: self.print_who_does_what())
        for combo in (self.family_filter, self.person_filter, self.team_filter):
            combo.activated.connect(lambda _i: self._apply_filters())
        self.model = CaseloadActionsModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for i, column in enumerate(CaseloadActionsModel.COLUMNS):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if column == "what"
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open_row)
        self.table.doubleClicked.connect(self._open_row)
        for widget in (self.meetings, self.evaluations, self.groups):
            widget.itemActivated.connect(self._open_item)
            widget.itemDoubleClicked.connect(self._open_item)

    # -- data ---------------------------------------------------------------------------------
    def refresh(self, *, today: date | None = None) -> None:
        self.show_caseload(load_caseload(self._db, today=today or date.today()))

    def show_caseload(self, load: Caseload) -> None:
        """Show ``load`` (read by ``refresh``, or off the UI thread at start)."""
        self.caseload = load
        self.title.setText(self.tr("The coach's week · %1").replace("%1",
                                                                     format_date(load.today)))
        for combo, values in (
                (self.family_filter, load.families()),
                (self.person_filter, [(p, p) for p in load.responsible_people()]),
                (self.team_filter, [(o, o) for o in load.organisations()])):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value, text in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._apply_filters()
        self.meetings.clear()
        for m in load.meetings:
            self._add(self.meetings, self.tr("%1 — %2").replace("%1", format_date(m.on))
                      .replace("%2", m.family_name), m.family_id)
        if not load.meetings:
            self._empty(self.meetings, self.tr("No meeting planned."))
        self.evaluations.clear()
        for e in load.evaluations:
            text = self.tr("%1 — %2").replace("%1", format_date(e.on)).replace(
                "%2", e.family_name)
            item = self._add(self.evaluations,
                             self.tr("⚠ %1 (overdue)").replace("%1", text) if e.overdue
                             else text, e.family_id)
            if e.overdue:
                item.setForeground(QBrush(QColor(176, 0, 32)))
        if not load.evaluations:
            self._empty(self.evaluations, self.tr("No evaluation due in the next 30 days."))
        self.groups.clear()
        names = {**cycle_labels.phases(), "closed": self.tr("Closed")}
        for group in load.groups:
            header = QListWidgetItem(self.tr("%1 (%n)", "", len(group.families))
                                     .replace("%1", names.get(group.key, group.key)))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.groups.addItem(header)
            for family_id, name in group.families:
                self._add(self.groups, "   " + name, family_id)

    def _add(self, widget: QListWidget, text: str, family_id: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(FAMILY_ROLE, family_id)
        widget.addItem(item)
        return item

    def _empty(self, widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)

    def _apply_filters(self) -> None:
        if self.caseload is None:
            return
        rows = self.caseload.filtered(family_id=self.family_filter.currentData(),
                                      responsible=self.person_filter.currentData(),
                                      organisation=self.team_filter.currentData())
        self.model.set_rows(rows)
        overdue = sum(a.overdue for a in rows)
        self.count.setText(self.tr("%n open action(s)", "", len(rows)) + " · "
                           + self.tr("%n overdue", "", overdue))

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

    def _open_item(self, item: QListWidgetItem) -> None:
        family_id = item.data(FAMILY_ROLE)
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
                "The calendar file could not be written: %1").replace("%1", str(exc)))
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
                "The file could not be written: %1").replace("%1", str(exc)))
            return None
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target
