"""The recovery kit dialog: the new recovery key shown once, as text and QR code, and the
printable kit saved as PDF (documents/recovery_kit.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vrac_desktop.documents.recovery_kit import qr_png, render_recovery_kit
from vrac_desktop.services.recovery import RecoveryKit
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.translate import error_text

from vrac_desktop.gui.forms.ui_recovery_kit_dialog import Ui_RecoveryKitDialog
from vrac_desktop.gui.widgets import confirm


class RecoveryKitDialog(QDialog):
    """Shows ``kit`` (made just before) and saves its PDF; the key is never shown again."""

    def __init__(self, kit: RecoveryKit, *, paths: DataPaths, language: str,
                 first_start: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._paths = paths
        self._language = language
        self.saved_to: Path | None = None
        self.ui = Ui_RecoveryKitDialog()  # layout in ui/recovery_kit_dialog.ui
        self.ui.setupUi(self)
        self.ui.intro.setText(
            (self.tr("Welcome. Before you start: this is the recovery key of your data. ")
             if first_start else "")
            + self.tr("With it and a backup file, all plans can be restored on a new computer "
                      "when this one is lost, stolen or broken, or the passphrase is "
                      "forgotten. It is shown only now: save the kit as PDF, print it, and "
                      "keep the page in a locked place away from this computer."))
        groups = kit.recovery_key.split("-")
        self.key_label = self.ui.key_label
        self.key_label.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(16)
        mono.setBold(True)
        self.key_label.setFont(mono)
        image = QImage.fromData(QByteArray(qr_png(kit.recovery_key)))
        self.ui.qr.setPixmap(QPixmap.fromImage(image).scaled(
            160, 160, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.status = self.ui.status
        buttons = self.ui.buttons
        self.save_button = QPushButton(self.tr("&Save the kit as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery kit as PDF"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = buttons.addButton(self.tr("&Done"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setAccessibleName(self.tr("Close the recovery kit"))
        buttons.accepted.connect(self._finish)

    def save_pdf(self, target: str | None = None) -> Path | None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the recovery kit"),
                str(Path.home() / self.tr("vrac-recovery-kit.pdf")), self.tr("PDF files (*.pdf)"))
            if not target:
                return None
        try:
            path = render_recovery_kit(self._kit, language=self._language, pdf=Path(target),
                                       paths=self._paths)
        except OSError as exc:
            self.status.setText(self.tr("The kit could not be saved: %1").replace(
                "%1", error_text(exc)))
            return None
        self.saved_to = path
        self.status.setText(self.tr("Saved as %1. Print it, then delete the file.").replace(
            "%1", str(path)))
        return path

    def _finish(self) -> None:
        if self.saved_to is None and not confirm(
                self, self.tr("Recovery kit"),
                self.tr("The kit was not saved. Did you write the recovery key down? It will "
                        "not be shown again."), no=QMessageBox.StandardButton.No):
            return
        self.accept()
