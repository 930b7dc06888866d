"""The main window: a stack of pages. Orchestration lives in services, not here."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from vrac_desktop import __version__
from vrac_desktop.domain.states import FamilyStatus
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.first_screen import ListedFamily
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings
from vrac_desktop.translate import error_text

from vrac_desktop.gui.families_page import FamiliesPage
from vrac_desktop.gui.forms.ui_main_window import Ui_MainWindow
from vrac_desktop.gui.i18n import follow_language, install_translations, system_language
from vrac_desktop.gui.main_window_family import FamilyWindow
from vrac_desktop.gui.widgets import confirm

# The services (SQLAlchemy's ORM under them), the family home, the week and the data actions
# are imported where they are used: at start the window shows the families list read with
# one plain query (store/first_screen.py), and loads them just after that first paint
# (``ensure_loaded``). tests/gui/test_startup_imports.py checks what the first paint imports.
if TYPE_CHECKING:
    from vrac_desktop.services.caseload import Caseload
    from vrac_desktop.store.database import Database

    from vrac_desktop.gui.caseload import CaseloadPage
    from vrac_desktop.gui.data_actions import DataActions
    from vrac_desktop.gui.family_home import FamilyHome
    from vrac_desktop.gui.family_view import FamilyViewWindow
    from vrac_desktop.gui.meeting.flow import MeetingFlow


# The rest of the app loads just after the first paint, or this long after the window is
# shown if no paint comes.
LOAD_ANYWAY_MS = 1000
# What loading imports, a step at a time, each a fifth to a quarter of a second: between two
# steps the window handles what the coach does (the search box shows what is typed). Anything
# that needs the database meanwhile finishes the load at once (ensure_loaded).
LOAD_STEPS = (
    "sqlalchemy",  # under the store and the services
    "sqlalchemy.orm",
    "vrac_desktop.store.database",
    "vrac_desktop.store.repository",
    "vrac_desktop.services.families",
    "vrac_desktop.services.meetings",
    "vrac_desktop.gui.family_home",
    "vrac_desktop.gui.caseload",
    "vrac_desktop.gui.data_actions",
    "vrac_desktop.gui.lock_screen",
)


class MainWindow(FamilyWindow):
    # The families list of the first screen is painted (emitted once, just before the rest
    # of the app loads), and the rest is loaded (the database open through the ORM, every
    # page and menu working). Both at once when the window is made with a database.
    first_painted = Signal()
    loaded = Signal()

    def __init__(self, db: Database | None, *, actor: str, settings: Settings | None = None,
                 paths: DataPaths | None = None, parent: QWidget | None = None,
                 first: Sequence[ListedFamily] = (),
                 rest: Callable[[], Sequence[ListedFamily]] | None = None,
                 open_database: Callable[[], Database] | None = None,
                 mode: str = "") -> None:
        """With ``db``: everything is made now. Without: the first screen, the families
        list ``first`` (read by store/first_screen.py), is made now; ``rest`` (the rest of
        that list) is read just after it is first painted, then ``open_database`` is
        called, or as soon as anything needs the database (a click on a family, a menu,
        typing a search), whichever comes first."""
        super().__init__(parent)
        self._actor = actor
        self._settings = settings
        self._paths = paths
        self.meeting: MeetingFlow | None = None
        self.family_view: FamilyViewWindow | None = None
        self._meeting_family: str | None = None  # reopened after unlocking
        self._open_database = open_database if db is None else None
        self._rest = rest if db is None else None
        self._opened: Database | None = None
        self._painted = False
        self._when_loaded: list[Callable[[], object]] = []
        self.ui = Ui_MainWindow()  # the shell (stack, menus, actions) in ui/main_window.ui
        self.ui.setupUi(self)
        self.stack = self.ui.stack
        if db is not None:
            self._finish(db)
            return
        assert open_database is not None, "a MainWindow needs a database or a way to open it"
        self.families = FamiliesPage(None, actor=actor, first=first, load=self.ensure_loaded)
        self.stack.addWidget(self.families)
        self._connect_families()
        for menu in self.menuBar().findChildren(QMenu):  # a menu opened first waits
            menu.aboutToShow.connect(self.ensure_loaded)
        self._show_mode(mode)

    def _finish(self, db: Database) -> None:
        """Everything beyond the first screen: the data actions, the family home, the week,
        the menus."""
        from vrac_desktop.gui.data_actions import DataActions, WindowHooks

        self._db = self._opened = db
        self.data: DataActions = DataActions(
            self, db, paths=self._paths or DataPaths(Path(".")), settings=self._settings,
            actor=self._actor, hooks=WindowHooks(self.current_family, self._erased,
                                                 before_replace=self.before_lock,
                                                 after_replace=self.after_unlock))
        if hasattr(self, "families"):  # the first screen's list: it keeps what is typed
            self.families.attach(db)
            self._build_family_pages()
        else:
            self._build_pages()
        self._connect_menus()
        self._show_mode(db.mode)
        # Not a changeEvent override: the first (Python) override given a plain QEvent makes
        # PySide6 set up its 53 event classes, 3 ms of the first screen. The UI language
        # changes only once the app is loaded (set_ui_language).
        follow_language(self, self._retranslate, now=False)

    def _show_mode(self, mode: str) -> None:
        self.statusBar().showMessage(
            self.tr("Data encrypted · key in OS keyring") if mode == "keyring"
            else self.tr("Data encrypted · passphrase"))

    def is_loaded(self) -> bool:
        return self._open_database is None

    def database(self) -> Database:
        """The open database (once loaded)."""
        assert self._opened is not None, "the main window is not loaded yet"
        return self._opened

    def opened_database(self) -> Database | None:
        """The database once opened; None before, or when it could not be opened."""
        return self._opened

    def ensure_loaded(self) -> bool:
        """Load the rest of the app now if it is not yet (the first screen's list is shown
        before). False when the database could not be opened (reported; the app quits)."""
        opener = self._open_database
        if opener is None:
            return True
        self._open_database = None
        from PySide6.QtCore import Qt  # after the first paint (gui/widgets.py: DISPLAY_ROLE)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._read_rest()
            db = opener()
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, self.tr("VRAC Desktop"), error_text(exc))
            QCoreApplication.exit(2)
            return False
        try:
            self._finish(db)
        finally:
            QApplication.restoreOverrideCursor()
        waiting, self._when_loaded = self._when_loaded, []
        for callback in waiting:
            callback()
        self.loaded.emit()
        return True

    def when_loaded(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the rest of the app is loaded (now, if it is)."""
        if self.is_loaded():
            callback()
        else:
            self._when_loaded.append(callback)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint pass (the families list included) reaches the screen.
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self._read_rest()
        self._load_step(0)

    def _read_rest(self) -> None:
        """The rest of the first screen's list (once; before the database opens the full
        way, which closes the first screen's reader)."""
        rest, self._rest = self._rest, None
        if rest is not None:
            self.families.add_rows(rest())

    def _load_step(self, step: int) -> None:
        if self.is_loaded():
            return
        if step < len(LOAD_STEPS):
            importlib.import_module(LOAD_STEPS[step])
            QTimer.singleShot(0, lambda: self._load_step(step + 1))
        else:
            self.ensure_loaded()

    def _adjust_goals_question(self, count: int) -> str:
        return self.tr("The evaluation decided to adjust %n goal(s). Start the follow-up "
                       "meeting that adjusts them now?", "", count)

    def _build_pages(self) -> None:
        """The families list, a family's home and the coach's week (made again, in the new
        language, when the coach changes the app's language)."""
        self.families = FamiliesPage(self._db, actor=self._actor)
        self.stack.addWidget(self.families)
        self._connect_families()
        self._build_family_pages()

    def _connect_families(self) -> None:
        self.families.show_week.connect(self.show_week)
        self.families.open_family.connect(self.open_family)

    def _build_family_pages(self) -> None:
        from vrac_desktop.gui.caseload import CaseloadPage
        from vrac_desktop.gui.family_home import FamilyHome

        db = self._db
        self.home: FamilyHome = FamilyHome(db)
        settings = self._settings
        self.week: CaseloadPage = CaseloadPage(
            db, organisation=str(settings.get("organisation_name")) if settings else "")
        for page in (self.home, self.week):
            self.stack.addWidget(page)
        self.week.open_family.connect(self.open_family)
        for back in (self.week.show_families, self.home.back):
            back.connect(self.show_families)
        self.home.start_meeting.connect(self.open_meeting)
        self.home.show_changes.connect(self.show_changes)
        self.home.reconcile.connect(self.reconcile)
        self.home.edit_team.connect(self.edit_team)
        self.home.discard_draft.connect(self.discard_meeting)
        self.home.start_evaluation.connect(self.start_evaluation)
        self.home.start_transition.connect(self.start_transition)
        self.home.cycle.set_actor(self._actor)
        self.home.cycle.export_evaluation.connect(
            lambda evaluation_id: self.data.export_document("evaluation",
                                                            evaluation_id=evaluation_id))

    def _connect_menus(self) -> None:
        ui = self.ui
        ui.new_family_action.setShortcut(QKeySequence.StandardKey.New)
        ui.new_family_action.triggered.connect(self._new_family)
        ui.file_menu.insertActions(ui.fidelity_summary_action, [
            self.data.backup, self.data.restore, self.data.recovery_kit, self.data.audit,
            self.data.sync])
        self.fidelity_summary_action = ui.fidelity_summary_action
        self.fidelity_summary_action.triggered.connect(lambda: self.show_fidelity_summary())
        ui.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        ui.preferences_action.setEnabled(self._settings is not None)
        ui.preferences_action.triggered.connect(self.show_preferences)
        ui.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        ui.quit_action.triggered.connect(self.close)
        self.changes_action = ui.changes_action
        self.changes_action.triggered.connect(lambda: self.show_changes(self.current_family()))
        self.evaluation_action = ui.evaluation_action
        self.evaluation_action.triggered.connect(
            lambda: self.start_evaluation(self.current_family()))
        self.phase_action = ui.phase_action
        self.phase_action.triggered.connect(lambda: self.home.change_phase())
        self.transition_action = ui.transition_action
        self.transition_action.triggered.connect(
            lambda: self.start_transition(self.current_family()))
        self.close_family_action = ui.close_family_action
        self.close_family_action.triggered.connect(lambda: self.set_family_closed(True))
        self.reopen_family_action = ui.reopen_family_action
        self.reopen_family_action.triggered.connect(lambda: self.set_family_closed(False))
        self.details_action = ui.details_action
        self.details_action.triggered.connect(lambda: self.edit_family_details())
        for act in self.data.family_actions:
            ui.family_menu.addAction(act)
        ui.family_menu.aboutToShow.connect(self._update_family_menu)
        # These two shortcuts are set here, not in the form: QAction.setShortcut makes
        # PySide6 build its Qt namespace, which the first screen does without (widgets.py).
        from PySide6.QtCore import Qt

        self.week_action = ui.week_action
        self.week_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.week_action.triggered.connect(self.show_week)
        self.family_view_action = ui.family_view_action
        self.family_view_action.setShortcut(QKeySequence("F11"))
        # F11 from the family view's window too.
        self.family_view_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.family_view_action.triggered.connect(lambda: self.toggle_family_view())
        self.second_screen_action = ui.second_screen_action
        self.second_screen_action.triggered.connect(lambda: self.toggle_family_view(second=True))
        ui.view_menu.aboutToShow.connect(lambda: self.second_screen_action.setEnabled(
            len(QGuiApplication.screens()) > 1))
        for code, act in self._language_actions().items():
            act.triggered.connect(lambda _c=False, c=code: self.set_ui_language(c))
        self._check_language()
        ui.about_action.triggered.connect(self._about)

    def _language_actions(self) -> dict[str, QAction]:
        ui = self.ui
        return {"": ui.language_system_action, "en": ui.language_en_action,
                "nl": ui.language_nl_action, "fr": ui.language_fr_action}

    def _check_language(self) -> None:
        for code, act in self._language_actions().items():
            act.setChecked(self._settings is not None
                           and self._settings.get("ui_language") == code)

    def _new_family(self) -> None:
        if self.meeting is None:
            self.show_families()
            self.families.ask_new_family()

    # -- pages -----------------------------------------------------------------------------------
    def current_family(self) -> str | None:
        if self.meeting is not None:
            return self.meeting.editor.draft.family_id
        return self.home.family_id if self.stack.currentWidget() is self.home else None

    def _update_family_menu(self) -> None:
        from vrac_desktop.services.families import get_family

        self.data.update()
        family_id = self.current_family()
        self.changes_action.setEnabled(family_id is not None)
        self.details_action.setEnabled(family_id is not None)
        closed = family_id is not None and \
            get_family(self._db, family_id=family_id).status is FamilyStatus.CLOSED
        for act in (self.evaluation_action, self.transition_action):
            act.setEnabled(family_id is not None and not closed and self.meeting is None)
        self.phase_action.setEnabled(family_id is not None and not closed and self.meeting is None
                                     and self.home.family_id == family_id)
        self.close_family_action.setEnabled(family_id is not None and not closed
                                            and self.meeting is None)
        self.reopen_family_action.setEnabled(closed)

    def set_ui_language(self, code: str) -> None:
        """The coach's UI language (the family's language is set per family)."""
        if not self.ensure_loaded():
            return
        if self._settings is not None:
            self._settings.set("ui_language", code)
        install_translations(code or system_language())
        # Menus and pages are made again in the new language; a meeting in progress keeps
        # its screens (and what is typed in them) until it is closed.
        shown = self.stack.currentWidget()
        family_id = self.home.family_id if shown is self.home else None
        on_week = shown is self.week
        old = (self.families, self.home, self.week)
        self._build_pages()
        for page in old:
            self.stack.removeWidget(page)
            page.deleteLater()
        if self.meeting is not None:
            self.stack.setCurrentWidget(self.meeting)
            self.statusBar().showMessage(self.tr(
                "The meeting keeps its language until it is closed."), 8000)
        elif family_id is not None:
            self.open_family(family_id)
        elif on_week:
            self.show_week()
        else:
            self.show_families()
        self.setWindowTitle(self.tr("VRAC Desktop"))

    def _retranslate(self) -> None:
        """The shell's menus and actions in the new UI language (the data actions and the
        lock action follow it themselves)."""
        self.ui.retranslateUi(self)
        self._check_language()
        if self._opened is not None:
            self._show_mode(self._opened.mode)

    def open_family(self, family_id: str) -> None:
        from vrac_desktop.services.gdpr import record_family_opened

        if not self.ensure_loaded():
            return
        self.home.show_family(family_id)
        self.stack.setCurrentWidget(self.home)
        record_family_opened(self._db, family_id=family_id, actor=self._actor)

    def _erased(self, _family_id: str | None) -> None:
        self.home.family_id = None
        self.show_families()

    def show_fidelity_summary(self) -> QDialog:
        """The anonymous organisation summary (gui/fidelity_summary.py), non-blocking."""
        from PySide6.QtCore import Qt

        from vrac_desktop.gui.fidelity_summary import FidelitySummaryDialog

        organisation = str(self._settings.get("organisation_name")) if self._settings else ""
        dialog = FidelitySummaryDialog(self._db, organisation=organisation, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_start_page(self, load: Caseload | None = None) -> None:
        """At start: the coach's week when there is anything in it, else the families list
        (a new installation starts by creating a family). ``load``: the week already read
        (at start it is read off the UI thread: gui/app.py)."""
        if not self.ensure_loaded():
            return
        if load is None:
            self.week.refresh()
        else:
            self.week.show_caseload(load)
        load = self.week.caseload
        if load is not None and (load.actions or load.meetings or load.evaluations):
            self.stack.setCurrentWidget(self.week)
        else:
            self.show_families()

    def untouched(self) -> bool:
        """Still as started: the families list shown, nothing typed or chosen in it."""
        return self.stack.currentWidget() is self.families and \
            self.families.search.text().strip() == "" and \
            not self.families.table.currentIndex().isValid()

    def show_week(self) -> None:
        """The coach's week across families (shown first when there are plans)."""
        if not self.ensure_loaded():
            return
        if self.meeting is not None:
            self.stack.setCurrentWidget(self.meeting)
            self.statusBar().showMessage(self.tr("Leave the meeting first."), 5000)
            return
        self.week.refresh()
        self.stack.setCurrentWidget(self.week)

    def show_families(self) -> None:
        self.families.refresh()
        self.stack.setCurrentWidget(self.families)

    # -- locking: drop what is shown, keep the meeting as a draft --------------------------------
    def before_lock(self) -> None:
        """Save the meeting draft, then drop every page's data (the engine goes next)."""
        if self.family_view is not None:
            self.family_view.close()
        flow = self.meeting
        self._meeting_family = None
        if flow is not None:
            flow.autosave()
            self._meeting_family = flow.editor.draft.family_id
            self.meeting = None
            flow.stop()
            self.stack.removeWidget(flow)
            flow.deleteLater()
        self.families.model.set_rows([])
        self.home.clear()
        self.stack.setCurrentWidget(self.families)

    def after_unlock(self) -> None:
        self.families.refresh()
        if self._meeting_family is not None:
            self.open_meeting(self._meeting_family)

    def show_first_time(self) -> None:
        """Show the window where the coach left it; the first time, maximised on a laptop
        screen (up to 1440x900), else at a comfortable size."""
        saved = str(self._settings.get("window_geometry")) if self._settings else ""
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.show()
            return
        screen = self.screen().availableGeometry()
        if screen.width() <= 1440 or screen.height() <= 900:
            self.showMaximized()
        else:
            self.resize(1280, 860)
            self.show()

    def _remember_geometry(self) -> None:
        if self._settings is not None:
            self._settings.set("window_geometry",
                               bytes(self.saveGeometry().toBase64().data()).decode("ascii"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.meeting is not None:
            from PySide6.QtWidgets import QMessageBox

            self.meeting.autosave()
            if not confirm(self, self.tr("Meeting not saved"),
                           self.tr("This meeting is not saved as a plan version yet. It is kept "
                                   "as a draft and offered back next time. Close anyway?"),
                           yes=QMessageBox.StandardButton.Close):
                event.ignore()
                return
            self.meeting.stop()
            self._drafts_seen()
        if self.family_view is not None:
            self.family_view.close()
        self._remember_geometry()
        event.accept()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.is_loaded():  # in case no paint comes (e.g. started minimised)
            QTimer.singleShot(LOAD_ANYWAY_MS, self.ensure_loaded)
        if not getattr(self, "_offered", False):
            self._offered = True
            QTimer.singleShot(0, lambda: self.when_loaded(self.offer_unfinished_meetings))

    def show_preferences(self) -> None:
        from vrac_desktop.gui.preferences import PreferencesDialog

        if self._settings is not None:
            PreferencesDialog(self._settings, self, paths=self._paths,
                              database_key=lambda: self._db.key).exec()

    def bring_forward(self) -> None:
        """A second start of the app asked this window to come to the front: restored if
        minimised, maximised or full screen as it was (showNormal would shrink it)."""
        from PySide6.QtCore import Qt

        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, self.tr("About VRAC Desktop"),
            self.tr("VRAC Desktop %1\nWraparound Care team meetings: one family, one plan.")
            .replace("%1", __version__))
