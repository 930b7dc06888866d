"""Exporting a signed document from the GUI: which copy, which files, where; then open it,
show it in its folder, or print the family copy.

The file dialog starts in the user's Documents folder with a file name in the family's
language ("El Amrani – gezinsplan – gezinsexemplaar.pdf"); the coach chooses PDF (the
signed original), Word (editable, signed in a .p7s beside it) or both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QWidget

from vrac_desktop.documents.model import Document
from vrac_desktop.translate import tr_in

from vrac_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog

if TYPE_CHECKING:  # printing support loads only when the coach prints
    from PySide6.QtPrintSupport import QPrinter

PDF, DOCX, BOTH = "pdf", "docx", "both"


def documents_folder() -> Path:
    """The user's Documents folder (the platform's), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested_name(*, family_name: str, kind: str, family_copy: bool, language: str) -> str:
    """A file name (without suffix) in the family's language."""
    translate = tr_in(language)
    what = {"plan": translate("PlanDocument", "family plan"),
            "evaluation": translate("PlanDocument", "six-month evaluation"),
            "transition": translate("PlanDocument", "transition plan")}.get(kind, kind)
    copy = (translate("PlanDocument", "family copy") if family_copy
            else translate("PlanDocument", "professional copy"))
    name = f"{family_name} – {what} – {copy}"
    # Characters no file system of the three platforms accepts, and control characters.
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .") or what


@dataclass(frozen=True)
class ExportChoice:
    family_copy: bool
    pdf: Path | None
    docx: Path | None


class ExportDialog(QDialog):
    """Asks which copy, which format(s) and where; ``choice()`` once accepted."""

    def __init__(self, *, kind: str, family_name: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind, self._family_name, self._language = kind, family_name, language
        self._edited = False
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle({"plan": self.tr("Export signed plan"),
                             "evaluation": self.tr("Export six-month evaluation"),
                             "transition": self.tr("Export signed transition plan")}
                            .get(kind, self.tr("Export signed document")))
        self.family_copy, self.professional_copy = self.ui.family_copy, self.ui.professional_copy
        self.pdf, self.docx, self.both = self.ui.pdf, self.ui.docx, self.ui.both
        self.path, self.error = self.ui.path, self.ui.error
        self._copy_group = QButtonGroup(self)
        for button in (self.family_copy, self.professional_copy):
            self._copy_group.addButton(button)
        self._format_group = QButtonGroup(self)
        for button in (self.pdf, self.docx, self.both):
            self._format_group.addButton(button)
        self.family_copy.setChecked(True)  # after grouping: one sibling radio unchecks another
        self.pdf.setChecked(True)
        self.path.textEdited.connect(self._mark_edited)
        self.ui.choose.clicked.connect(self.choose_path)
        buttons = self.ui.buttons
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._copy_group.buttonToggled.connect(lambda *_: self._suggest())
        self._format_group.buttonToggled.connect(lambda *_: self._suggest())
        self._suggest()

    def _mark_edited(self) -> None:
        self._edited = True

    def _suffix(self) -> str:
        return ".docx" if self.docx.isChecked() else ".pdf"

    def _suggest(self) -> None:
        """Keep the suggested name in step with the copy and format, until the coach types."""
        if self._edited and self.path.text():
            current = Path(self.path.text())
            if current.suffix.lower() in (".pdf", ".docx"):
                self.path.setText(str(current.with_suffix(self._suffix())))
            return
        folder = Path(self.path.text()).parent if self.path.text() else documents_folder()
        name = suggested_name(family_name=self._family_name, kind=self._kind,
                              family_copy=self.family_copy.isChecked(),
                              language=self._language)
        self.path.setText(str(folder / f"{name}{self._suffix()}"))

    def choose_path(self) -> None:
        filters = (self.tr("Word documents (*.docx)") if self.docx.isChecked()
                   else self.tr("PDF documents (*.pdf)"))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export signed document"),
                                                self.path.text(), filters)
        if target:
            self.path.setText(str(Path(target).with_suffix(self._suffix())))
            self._edited = True

    def _accept(self) -> None:
        text = self.path.text().strip()
        folder = Path(text).parent if text else None
        if not text or folder is None or not folder.is_dir():
            self.error.setText(self.tr("Choose a file in a folder that exists."))
            self.error.show()
            return
        self.accept()

    def choice(self) -> ExportChoice:
        base = Path(self.path.text().strip())
        pdf = base.with_suffix(".pdf") if not self.docx.isChecked() else None
        docx = base.with_suffix(".docx") if not self.pdf.isChecked() else None
        return ExportChoice(self.family_copy.isChecked(), pdf, docx)


def open_file(path: Path) -> bool:
    """Open the file in the application the system has for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the file's folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def print_document(document: Document, parent: QWidget | None, *,
                   printer: QPrinter | None = None, ask: bool = True) -> bool:
    """Print through Qt's print dialog (``ask``); False when the coach cancels it."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from vrac_desktop.documents.pdf_render import a4_layout, paint_document

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
    printer.setDocName(document.meta.title)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", "Print family copy"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    return paint_document(document, printer) > 0
