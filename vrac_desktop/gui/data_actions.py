"""Menu actions on data: backup and restore, a family's full export and erasure (GDPR), the
audit log, and the team server. Each asks what it must, runs long work off the UI thread
(gui/tasks.py) and says clearly what happened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from vrac_desktop.services import gdpr
from vrac_desktop.services.backup import make_backup
from vrac_desktop.services.families import get_family
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings
from vrac_desktop.translate import error_text

from vrac_desktop.gui.export_dialog import documents_folder
from vrac_desktop.gui.i18n import follow_language
from vrac_desktop.gui.tasks import Progress, Task, run_task
from vrac_desktop.gui.widgets import confirm


@dataclass(frozen=True)
class WindowHooks:
    """What the data actions ask of the window they serve."""

    family_id: Callable[[], str | None]  # the family open, if any
    family_changed: Callable[[str | None], None]  # a family was erased
    before_replace: Callable[[], None] = lambda: None  # save drafts, drop what pages show
    after_replace: Callable[[], None] = lambda: None  # show the data again


class DataActions(QObject):
    """Owns the data menu's actions; ``hooks.family_id()`` tells which family is open."""

    def __init__(self, window: QMainWindow, db: Database, *, paths: DataPaths,
                 settings: Settings | None, actor: str, hooks: WindowHooks) -> None:
        super().__init__(window)
        self._window, self._db, self._actor, self._hooks = window, db, actor, hooks
        self._paths, self._settings = paths, settings
        self.tasks: list[Task] = []
        self.last_message: QMessageBox | None = None

        def action(slot: Callable[[], object]) -> QAction:
            act = QAction(window)
            act.triggered.connect(lambda _checked=False: slot())  # not `checked` as argument
            return act

        self.backup = action(self.backup_now)
        self.restore = action(self.restore_from)
        self.recovery_kit = action(self.make_recovery_kit)
        self.last_kit_dialog: QDialog | None = None
        self.audit = action(self.show_audit)
        self.sync = action(self.show_sync)
        self.export_family = action(self.export_archive)
        self.erase_family = action(self.erase)
        self.export_plan = action(lambda: self.export_document("plan"))
        self.export_evaluation = action(lambda: self.export_document("evaluation"))
        self.export_transition = action(lambda: self.export_document("transition"))
        self.print_plan = action(lambda: self.print_family_copy("plan"))
        follow_language(window, self.retranslate)
        self.family_actions = (self.export_plan, self.export_evaluation, self.export_transition,
                               self.print_plan, self.export_family, self.erase_family)
        self.last_dialog: QDialog | None = None
        self.last_buttons: dict[str, Any] = {}

    def retranslate(self) -> None:
        """The actions' texts in the UI language of now (made outside a form, they follow
        the window's LanguageChange: gui/i18n.py follow_language)."""
        for act, text in (
                (self.backup, self.tr("&Back up now…")),
                (self.restore, self.tr("&Restore from a backup…")),
                (self.recovery_kit, self.tr("Recovery &kit…")),
                (self.audit, self.tr("&Audit log…")),
                (self.sync, self.tr("&Team server sync…")),
                (self.export_family, self.tr("Export &all data of this family…")),
                (self.erase_family, self.tr("&Erase this family…")),
                (self.export_plan, self.tr("Export si&gned plan…")),
                (self.export_evaluation, self.tr("Export six-month e&valuation…")),
                (self.export_transition, self.tr("Export signed tra&nsition plan…")),
                (self.print_plan, self.tr("Pr&int the family copy of the plan…"))):
            act.setText(text)

    def update(self) -> None:
        on = self._hooks.family_id() is not None
        for act in self.family_actions:
            act.setEnabled(on)

    def _tell(self, title: str, text: str, *, error: bool = False,
              buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
              shown: bool = True) -> QMessageBox:
        """A message that does not block (the work that led to it ran in the background).
        ``shown`` False: the caller adds its buttons, then opens it. A box's buttons must be
        complete before it opens: the box takes its Escape button when shown, and a button
        removed after that (``setStandardButtons``) left Escape clicking a deleted button,
        which crashed the app (seen under Xvfb after an export)."""
        icon = QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, buttons, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if shown:
            box.open()
        self.last_message = box
        return box

    def _start(self, title: str, work: Callable[[Progress], Any],
               done: Callable[[Any], object]) -> Task:
        def failed(exc: BaseException) -> None:
            self._tell(title, error_text(exc), error=True)

        task = run_task(self._window, title, work, done, failed)
        self.tasks.append(task)
        task.done.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)
        return task

    # -- backup ---------------------------------------------------------------------------------
    def backup_now(self, target: str | None = None) -> Task | None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Back up to"),
                str(Path.home() / self.tr("vrac-backup.vracbak")),
                self.tr("VRAC backups (*.vracbak)"))
            if not target:
                return None

        def work(progress: Progress) -> Any:
            return make_backup(self._db, paths=self._paths, actor=self._actor, to=Path(target),
                               progress=lambda step, steps, what: progress(step, steps, what))

        return self._start(self.tr("Backing up"), work, lambda result: self._tell(
            self.tr("Backup made"),
            self.tr("The encrypted backup was written to %1. It restores with your passphrase "
                    "or your recovery key, also on another computer.")
            .replace("%1", str(result.path))))

    # -- recovery kit --------------------------------------------------------------------------
    def make_recovery_kit(self, *, first_start: bool = False, confirmed: bool = False,
                          modal: bool = True) -> QDialog | None:
        """Make a new recovery key and show it once with its printable kit."""
        from vrac_desktop.services.recovery import make_recovery_kit
        from vrac_desktop.store.errors import StoreError
        from vrac_desktop.store.key_file import has_recovery_key

        from vrac_desktop.gui.i18n import ui_language
        from vrac_desktop.gui.recovery_kit_dialog import RecoveryKitDialog

        if not first_start and not confirmed and has_recovery_key(self._paths) and \
                not confirm(
                    self._window, self.tr("Recovery kit"),
                    self.tr("Make a new recovery key? Backups made from now on open with the "
                            "new key only; backups made before still open with the old one.")):
            return None
        try:
            kit = make_recovery_kit(self._db, paths=self._paths, actor=self._actor)
        except StoreError as exc:
            self._tell(self.tr("Recovery kit"), error_text(exc), error=True)
            return None
        dialog = RecoveryKitDialog(kit, paths=self._paths, language=ui_language(),
                                   first_start=first_start, parent=self._window)
        self.last_kit_dialog = dialog
        if modal:
            dialog.exec()
            # Seen under a real window manager: after the kit and its "not saved" question
            # closed, the main window stayed inactive and Ctrl+N did nothing.
            self._window.raise_()
            self._window.activateWindow()
        else:
            dialog.open()
        return dialog

    def restore_from(self, source: str | None = None, *, confirmed: bool = False,
                     passphrase: str | None = None, secret: str | None = None) -> Task | None:
        """Replace the database with a verified backup; the current one is kept aside."""
        from vrac_desktop.services.backup_format import read_backup
        from vrac_desktop.services.restore import restore_backup
        from vrac_desktop.store.database import open_local
        from vrac_desktop.store.errors import StoreError
        from vrac_desktop.store.key_file import passphrase_mode, read_key_file
        from vrac_desktop.store.key_wrap import parse_recovery_key

        from vrac_desktop.gui.unlock import PassphraseDialog

        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self._window, self.tr("Restore from a backup"), str(self._paths.backups),
                self.tr("VRAC backups (*.vracbak);;All files (*)"))
            if not source:
                return None
        if not confirmed and not confirm(
                self._window, self.tr("Restore from a backup"),
                self.tr("Replace the data on this computer with the backup %1? The backup is "
                        "checked first; nothing is replaced if it is damaged. The current data "
                        "is kept in the backups folder.").replace("%1", source)):
            return None
        try:
            found = read_backup(Path(source))
        except StoreError as exc:
            self._tell(self.tr("Not restored"), error_text(exc), error=True)
            return None
        current = read_key_file(self._paths)
        recovery: str | None = None
        backup_passphrase: str | None = None
        if found.keys is not None and (current is None
                                       or found.keys["folder_id"] != current["folder_id"]):
            typed, ok = (secret, True) if secret is not None else QInputDialog.getText(
                self._window, self.tr("Restore from a backup"),
                self.tr("This backup comes from another computer or data folder. Type its "
                        "recovery key (from the recovery kit), or the passphrase it was made "
                        "with:"), QLineEdit.EchoMode.Password)
            if not ok or not typed:
                return None
            if parse_recovery_key(typed) is not None:
                recovery = typed
            else:
                backup_passphrase = typed
        if passphrase is None and passphrase_mode(self._paths):
            dialog = PassphraseDialog(new=False, parent=self._window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase = dialog.passphrase.text()
        self._hooks.before_replace()
        self._db.dispose()

        def work(progress: Progress) -> Any:
            return restore_backup(paths=self._paths, backup=Path(source), actor=self._actor,
                                  passphrase=passphrase, recovery_key=recovery,
                                  backup_passphrase=backup_passphrase, progress=progress)

        def reopen() -> None:
            fresh = open_local(self._paths, passphrase)
            self._db.rebind(fresh.engine, mode=fresh.mode, key=fresh.key)
            self._hooks.after_replace()

        def done(result: Any) -> None:
            reopen()
            self._tell(self.tr("Restored"), self.tr(
                "The backup was restored: %1 families, %2 plan versions. The previous data "
                "is kept as %3.").replace("%1", str(result.families))
                .replace("%2", str(result.versions)).replace("%3", str(result.previous)))

        def failed(exc: BaseException) -> None:
            reopen()  # nothing was replaced: the current data comes back
            self._tell(self.tr("Not restored"), error_text(exc), error=True)

        task = run_task(self._window, self.tr("Restoring"), work, done, failed)
        self.tasks.append(task)
        task.done.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)
        return task

    # -- signed documents ------------------------------------------------------------------------
    def _renderer(self) -> Any:
        """The signing renderer, unlocked with the open database's key: no second prompt."""
        from vrac_desktop.documents.export import DocumentRenderer
        from vrac_desktop.services.exports import read_logo
        from vrac_desktop.store.signing_keys import organisation_cas, signing_identity

        settings = self._settings
        coach = str(settings.get("coach_name")) if settings else ""
        identity = signing_identity(self._paths, coach_name=coach or self._actor,
                                    database_key=self._db.key)
        logo_setting = str(settings.get("organisation_logo")) if settings else ""
        return DocumentRenderer(
            identity,
            organisation=str(settings.get("organisation_name")) if settings else "",
            logo_png=read_logo(Path(logo_setting)) if logo_setting else b"",
            location=str(settings.get("signing_location")) if settings else "",
            timestamp_url=str(settings.get("timestamp_url")) if settings else "",
            trusted=tuple(organisation_cas(self._paths)))

    def export_document(self, kind: str, target: str | None = None,
                        family_copy: bool | None = None, formats: str = "pdf",
                        evaluation_id: str | None = None) -> Task | None:
        """Export a signed .pdf and/or an editable .docx (signed in a .p7s) of the plan or
        the evaluation. Without ``target`` the export dialog asks for copy, files and place;
        ``formats`` ("pdf", "docx", "both") applies to a given ``target``. ``evaluation_id``:
        which recorded evaluation (double-clicked in the cycle tab), else the newest."""
        from vrac_desktop.services.exports import DocumentKind, export_documents

        from vrac_desktop.gui.export_dialog import ExportChoice, ExportDialog

        family_id = self._hooks.family_id()
        if family_id is None:
            return None
        family = get_family(self._db, family_id=family_id)
        if target is None:
            dialog = ExportDialog(kind=kind, family_name=family.display_name,
                                  language=family.language, parent=self._window)
            self.last_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        else:
            base = Path(target)
            choice = ExportChoice(
                bool(family_copy),
                base.with_suffix(".pdf") if formats in ("pdf", "both") else None,
                base.with_suffix(".docx") if formats in ("docx", "both") else None)
        try:
            renderer = self._renderer()
        except StoreError as exc:
            self._tell(self.tr("Not exported"), self.tr(
                "The signing certificate could not be used, so nothing was exported: %1")
                .replace("%1", error_text(exc)), error=True)
            return None
        except ValueError as exc:  # the logo is not a PNG (any more): say so, export nothing
            self._tell(self.tr("Not exported"), error_text(exc), error=True)
            return None

        def work(progress: Progress) -> Any:
            return export_documents(
                self._db, family_id=family_id, kind=DocumentKind(kind),
                renderer=renderer, actor=self._actor, pdf=choice.pdf, docx=choice.docx,
                family_copy=choice.family_copy, evaluation_id=evaluation_id,
                progress=lambda percent, text: progress(percent, 100, text))

        return self._start(self.tr("Exporting"), work,
                           lambda result: self._exported(kind, result))

    def _exported(self, kind: str, result: Any) -> QMessageBox:
        from vrac_desktop.gui.export_dialog import open_file, show_in_folder

        files = [str(p) for p in (result.pdf, result.docx) if p is not None]
        text = self.tr("Plan version %1 was exported and signed:\n%2").replace(
            "%1", str(result.version_number)).replace("%2", "\n".join(files))
        if result.signature_level:
            text += "\n\n" + {
                "B-B": self.tr("The signature has no timestamp (no timestamp authority is "
                               "set, or it could not be reached)."),
                "B-T": self.tr("The signature carries a timestamp."),
                "B-LT": self.tr("The signature carries a timestamp and the data to check it "
                                "for years to come."),
            }.get(result.signature_level, "")
        box = self._tell(self.tr("Exported"), text, buttons=QMessageBox.StandardButton.Close,
                         shown=False)
        main = result.pdf or result.docx
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        folder_button = box.addButton(self.tr("&Show in folder"),
                                      QMessageBox.ButtonRole.ActionRole)
        print_button = box.addButton(self.tr("&Print family copy…"),
                                     QMessageBox.ButtonRole.ActionRole)
        # Action buttons close the box too; what they do happens on the click itself.
        open_button.clicked.connect(lambda: open_file(main))
        folder_button.clicked.connect(lambda: show_in_folder(main))
        print_button.clicked.connect(lambda: self.print_family_copy(kind))
        self.last_buttons = {"open": open_button, "folder": folder_button,
                             "print": print_button}
        box.setEscapeButton(QMessageBox.StandardButton.Close)
        box.open()
        return box

    def print_family_copy(self, kind: str = "plan", *, printer: Any = None,
                          ask: bool = True) -> bool:
        """Print the family copy of the plan (or evaluation) through Qt's print dialog."""
        from vrac_desktop.documents.common import forget_charts
        from vrac_desktop.documents.export import build_document
        from vrac_desktop.services.exports import DocumentKind, load_export_source, read_logo

        from vrac_desktop.gui.export_dialog import print_document

        family_id = self._hooks.family_id()
        if family_id is None:
            return False
        settings = self._settings
        logo = str(settings.get("organisation_logo")) if settings else ""
        try:
            source = load_export_source(self._db, family_id=family_id,
                                        kind=DocumentKind(kind), family_copy=True)
            try:
                document = build_document(
                    source, organisation=str(settings.get("organisation_name"))
                    if settings else "",
                    logo_png=read_logo(Path(logo)) if logo else b"",
                    progress=lambda _p, _t: None)
            finally:
                forget_charts()
        except (StoreError, ValueError) as exc:
            self._tell(self.tr("Not printed"), error_text(exc), error=True)
            return False
        return print_document(document, self._window, printer=printer, ask=ask)

    # -- GDPR -----------------------------------------------------------------------------------
    def export_archive(self, target: str | None = None) -> Task | None:
        family_id = self._hooks.family_id()
        if family_id is None:
            return None
        if target is None:
            name = get_family(self._db, family_id=family_id).display_name
            target, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Export all data of this family"),
                str(documents_folder() / f"{name}.zip"), self.tr("Zip archives (*.zip)"))
            if not target:
                return None

        from vrac_desktop.documents.export import SignedPlanFiles

        try:
            documents = SignedPlanFiles(self._renderer())
        except StoreError as exc:
            self._tell(self.tr("Not exported"), self.tr(
                "The signing certificate could not be used, so nothing was exported: %1")
                .replace("%1", error_text(exc)), error=True)
            return None
        except ValueError as exc:  # the logo is not a PNG
            self._tell(self.tr("Not exported"), error_text(exc), error=True)
            return None

        def work(progress: Progress) -> Any:
            progress(0, 0, self.tr("Collecting the family's data…"))
            return gdpr.export_family_archive(self._db, family_id=family_id, path=Path(target),
                                              actor=self._actor, producers=[documents])

        return self._start(self.tr("Exporting"), work, lambda result: self._tell(
            self.tr("Exported"),
            self.tr("Everything about this family was written to %1 (%2).")
            .replace("%1", str(result.path)).replace("%2", ", ".join(result.files))))

    def erase(self) -> None:
        family_id = self._hooks.family_id()
        if family_id is None:
            return
        name = get_family(self._db, family_id=family_id).display_name
        typed, ok = QInputDialog.getText(
            self._window, self.tr("Erase this family"),
            self.tr("This erases everything about “%1”: every plan version, rating, meeting, "
                    "draft and evaluation. It cannot be undone; backups are marked so a "
                    "restore erases it again.\n\nType the family's name to confirm:")
            .replace("%1", name), QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        try:
            gdpr.erase_family(self._db, paths=self._paths, family_id=family_id,
                              confirmation=typed, actor=self._actor)
        except gdpr.ErasureRefusedError as exc:
            QMessageBox.warning(self._window, self.tr("Not erased"), error_text(exc))
            return
        self._hooks.family_changed(None)
        QMessageBox.information(self._window, self.tr("Erased"),
                                self.tr("“%1” was erased.").replace("%1", name))

    # -- audit log --------------------------------------------------------------------------------
    def show_audit(self) -> None:
        dialog = QDialog(self._window)
        dialog.setWindowTitle(self.tr("Audit log"))
        dialog.resize(760, 520)
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(readOnly=True)
        text.setAccessibleName(self.tr("Audit log"))
        text.setPlainText(gdpr.audit_csv(self._db, family_id=self._hooks.family_id()))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)

        def save() -> None:
            path, _ = QFileDialog.getSaveFileName(dialog, self.tr("Export the audit log"),
                                                  str(Path.home() / self.tr("vrac-audit.csv")),
                                                  self.tr("CSV files (*.csv)"))
            if path:
                gdpr.export_audit_csv(self._db, path=Path(path), family_id=self._hooks.family_id())

        buttons.accepted.connect(save)
        layout.addWidget(buttons)
        dialog.exec()

    # -- team server ----------------------------------------------------------------------------
    def show_sync(self) -> None:
        from vrac_desktop.gui.team_server_dialog import show_team_server

        show_team_server(self._window, self._db, paths=self._paths, settings=self._settings,
                         actor=self._actor)
