"""The organisation's fidelity summary: every family's indicators as distributions, per team
and per coach, anonymous and suppressed; saved as CSV and as a one-page PDF.

For the coordinators who report to funders and policy makers. The summary is computed off
the UI thread (gui/tasks.py); the dialog only shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vrac_desktop import fidelity_labels
from vrac_desktop.documents.fidelity import WITHHELD, distribution_cells, group_label
from vrac_desktop.domain.fidelity import DEFINITIONS
from vrac_desktop.domain.fidelity_summary import GroupSummary, OrganisationSummary
from vrac_desktop.services.fidelity import organisation_summary, write_summary_csv
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.files import write_export
from vrac_desktop.translate import error_text

from vrac_desktop.gui.forms.ui_fidelity_summary_dialog import Ui_FidelitySummaryDialog
from vrac_desktop.gui.tasks import Progress, Task, run_task
from vrac_desktop.gui.widgets import chosen_path

Index = QModelIndex | QPersistentModelIndex


class DistributionModel(QAbstractTableModel):
    """One group's distributions: a row per indicator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group: GroupSummary | None = None
        self._rows: list[tuple[str, ...]] = []

    def set_group(self, group: GroupSummary | None) -> None:
        self.beginResetModel()
        self._group = group
        self._rows = []
        if group is not None and not group.suppressed:
            locale = QLocale()
            names = fidelity_labels.names()
            elements = fidelity_labels.elements()
            for d in group.distributions:
                definition = DEFINITIONS[d.code]
                families, meets, middle = distribution_cells(d, locale, _ui_translate)
                self._rows.append((elements[definition.element], names[d.code], families,
                                   meets, middle,
                                   fidelity_labels.target_text(definition, locale)))
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Element"), self.tr("Measure"), self.tr("Families with data"),
                self.tr("On the good side"), self.tr("Median (middle half)"), self.tr("Aim"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if value == WITHHELD:
                return self.tr("Withheld: 1 to 4 families, or a count that would give such a "
                               "small number away.")
            if index.column() == 1:
                code = list(DEFINITIONS)[index.row()]
                return fidelity_labels.explanations()[code]
            return None
        return value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def _ui_translate(context: str, source: str, n: int = -1) -> str:
    """The UI language's translation (QCoreApplication.translate with the same signature as
    translate.tr_in, which the shared document helpers expect)."""
    return QCoreApplication.translate(context, source, None, n)


class FidelitySummaryDialog(QDialog, Ui_FidelitySummaryDialog):
    def __init__(self, db: Database, *, organisation: str = "", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._organisation = organisation
        self._today = today or date.today()
        self.summary: OrganisationSummary | None = None
        self.task: Task | None = None
        self.setupUi(self)  # ui/fidelity_summary_dialog.ui: its widgets are attributes
        self.model = DistributionModel(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.clicked.connect(lambda: self.save_csv())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.buttons.rejected.connect(self.reject)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.status.setText(self.tr("Reading every family…"))
        self.task = run_task(self, self.tr("Fidelity summary"), self._work, self.show_summary,
                             self._failed)

    def _work(self, _progress: Progress) -> OrganisationSummary:
        return organisation_summary(self._db, today=self._today)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The summary could not be made: %1").replace(
            "%1", error_text(exc)))

    def show_summary(self, summary: OrganisationSummary) -> None:
        self.summary = summary
        self.group.blockSignals(True)
        self.group.clear()
        for g in summary.groups:
            label = group_label(g, _ui_translate)
            if g.suppressed:
                label = self.tr("%1 (fewer than 5 families: not shown)").replace("%1", label)
            self.group.addItem(label)
        self.group.blockSignals(False)
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self._group_changed(0)

    def _group_changed(self, row: int) -> None:
        if self.summary is None or not 0 <= row < len(self.summary.groups):
            return
        g = self.summary.groups[row]
        self.model.set_group(g)
        if g.suppressed:
            self.status.setText(self.tr(
                "Fewer than 5 families in this group: nothing is shown, so that no family "
                "can be recognised."))
        else:
            active = WITHHELD if g.active is None else str(g.active)
            none = WITHHELD if g.no_informal_support is None else str(g.no_informal_support)
            self.status.setText(
                self.tr("%1 families (%2 active) · plans with no informal support at all: %3")
                .replace("%1", str(g.families)).replace("%2", active).replace("%3", none))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def save_csv(self, path: str | None = None) -> Path | None:
        names = fidelity_labels.names()
        return self._save(path, self.tr("Save the summary as CSV"), self.tr("fidelity-summary.csv"),
                          self.tr("CSV files (*.csv)"), lambda summary, target:
                          write_summary_csv(summary, target, lambda code: names[code]))

    def save_pdf(self, path: str | None = None) -> Path | None:
        from vrac_desktop.documents.fidelity import summary_pdf

        from vrac_desktop.gui.i18n import ui_language

        language = ui_language()
        return self._save(path, self.tr("Save the summary as PDF"), self.tr("fidelity-summary.pdf"),
                          self.tr("PDF files (*.pdf)"), lambda summary, target: write_export(
                              self._db.paths, target, summary_pdf(
                                  summary, language=language,
                                  organisation=self._organisation)))

    def _save(self, path: str | None, title: str, suggested: str, filters: str,
              write: Callable[[OrganisationSummary, Path], object]) -> Path | None:
        """The summary written by ``write`` to the file given or chosen; a failure is said,
        and nothing is returned."""
        if self.summary is None:
            return None
        path = chosen_path(self, path, title, suggested, filters)
        if path is None:
            return None
        try:
            write(self.summary, Path(path))
        except (OSError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return None
        return Path(path)
