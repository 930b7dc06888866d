"""The main window: a stack of pages. Orchestration lives in services, not here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from vrac_desktop import __version__
from vrac_desktop.domain.codec import DecodeError
from vrac_desktop.domain.cycle import adjust_goal_ids, finalized_goal_ids
from vrac_desktop.domain.draft import DraftKind
from vrac_desktop.domain.model import Decision, Evaluation, FamilyStatus, PlanContent
from vrac_desktop.services.cycle import start_transition
from vrac_desktop.services.evaluations import start_evaluation
from vrac_desktop.services.families import get_family, update_family
from vrac_desktop.services.gdpr import record_family_opened
from vrac_desktop.services.meetings import discard_draft, list_drafts, load_draft, start_meeting
from vrac_desktop.services.plans import current_version, evaluations_for, ratings_for
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.caseload import CaseloadPage
from vrac_desktop.gui.changes_dialog import ChangesDialog
from vrac_desktop.gui.data_actions import DataActions
from vrac_desktop.gui.dates import format_datetime
from vrac_desktop.gui.families_page import FamiliesPage
from vrac_desktop.gui.family_home import FamilyHome
from vrac_desktop.gui.family_view import DEFAULT_FONT_PT, FamilyViewWindow
from vrac_desktop.gui.fidelity_period import attach_period_fidelity
from vrac_desktop.gui.i18n import install_translations, system_language
from vrac_desktop.gui.meeting.flow import MeetingFlow


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, actor: str, settings: Settings | None = None,
                 paths: DataPaths | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._settings = settings
        self._paths = paths
        self.meeting: MeetingFlow | None = None
        self.family_view: FamilyViewWindow | None = None
        self._meeting_family: str | None = None  # reopened after unlocking
        self.data = DataActions(self, db, paths=paths or DataPaths(Path(".")),
                                settings=settings, actor=actor,
                                family_id=self.current_family, family_changed=self._erased,
                                before_replace=self.before_lock,
                                after_replace=self.after_unlock)
        self.setWindowTitle(self.tr("VRAC Desktop"))
        self.resize(1100, 720)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_pages()
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Data encrypted · key in OS keyring") if db.mode == "keyring"
            else self.tr("Data encrypted · passphrase"))

    def _build_pages(self) -> None:
        """The families list, a family's home and the coach's week (made again, in the new
        language, when the coach changes the app's language)."""
        db = self._db
        self.families = FamiliesPage(db, actor=self._actor)
        self.home = FamilyHome(db)
        settings = self._settings
        self.week = CaseloadPage(db, organisation=str(settings.get("organisation_name"))
                                 if settings else "")
        for page in (self.families, self.home, self.week):
            self.stack.addWidget(page)
        self.week.open_family.connect(self.open_family)
        self.week.show_families.connect(self.show_families)
        self.families.show_week.connect(self.show_week)
        self.families.open_family.connect(self.open_family)
        self.home.back.connect(self.show_families)
        self.home.start_meeting.connect(self.open_meeting)
        self.home.show_changes.connect(self.show_changes)
        self.home.reconcile.connect(self.reconcile)
        self.home.edit_team.connect(self.edit_team)
        self.home.discard_draft.connect(self.discard_meeting)
        self.home.start_evaluation.connect(self.start_evaluation)
        self.home.start_transition.connect(self.start_transition)
        self.home.cycle.set_actor(self._actor)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_family = QAction(self.tr("&New family…"), self)
        new_family.setShortcut(QKeySequence.StandardKey.New)
        new_family.triggered.connect(self._new_family)
        file_menu.addAction(new_family)
        file_menu.addSeparator()
        file_menu.addAction(self.data.backup)
        file_menu.addAction(self.data.restore)
        file_menu.addAction(self.data.recovery_kit)
        file_menu.addAction(self.data.audit)
        file_menu.addAction(self.data.sync)
        self.fidelity_summary_action = QAction(self.tr("Fidelity &summary of all families…"),
                                               self)
        self.fidelity_summary_action.triggered.connect(lambda: self.show_fidelity_summary())
        file_menu.addAction(self.fidelity_summary_action)
        file_menu.addSeparator()
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setEnabled(self._settings is not None)
        preferences.triggered.connect(self.show_preferences)
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        family_menu = self.menuBar().addMenu(self.tr("Fa&mily"))
        self.changes_action = QAction(self.tr("What &changed…"), self)
        self.changes_action.triggered.connect(lambda: self.show_changes(self.current_family()))
        family_menu.addAction(self.changes_action)
        self.evaluation_action = QAction(self.tr("Start six-month &evaluation"), self)
        self.evaluation_action.triggered.connect(
            lambda: self.start_evaluation(self.current_family()))
        family_menu.addAction(self.evaluation_action)
        self.phase_action = QAction(self.tr("Change &phase…"), self)
        self.phase_action.triggered.connect(lambda: self.home.change_phase())
        family_menu.addAction(self.phase_action)
        self.transition_action = QAction(self.tr("&Transition plan (closing meeting)"), self)
        self.transition_action.triggered.connect(
            lambda: self.start_transition(self.current_family()))
        family_menu.addAction(self.transition_action)
        self.close_family_action = QAction(self.tr("C&lose family (hide from the list)"), self)
        self.close_family_action.triggered.connect(lambda: self.set_family_closed(True))
        self.reopen_family_action = QAction(self.tr("&Reopen family"), self)
        self.reopen_family_action.triggered.connect(lambda: self.set_family_closed(False))
        family_menu.addAction(self.close_family_action)
        family_menu.addAction(self.reopen_family_action)
        self.details_action = QAction(self.tr("Family &details and languages…"), self)
        self.details_action.triggered.connect(lambda: self.edit_family_details())
        family_menu.addAction(self.details_action)
        family_menu.addSeparator()
        for act in self.data.family_actions:
            family_menu.addAction(act)
        family_menu.aboutToShow.connect(self._update_family_menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.week_action = QAction(self.tr("The coach's &week"), self)
        self.week_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.week_action.triggered.connect(self.show_week)
        view_menu.addAction(self.week_action)
        view_menu.addSeparator()
        self.family_view_action = QAction(self.tr("&Family view"), self)
        self.family_view_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.family_view_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.family_view_action.triggered.connect(lambda: self.toggle_family_view())
        view_menu.addAction(self.family_view_action)
        self.second_screen_action = QAction(self.tr("Family view on &second screen"), self)
        self.second_screen_action.triggered.connect(lambda: self.toggle_family_view(second=True))
        view_menu.addAction(self.second_screen_action)
        view_menu.aboutToShow.connect(lambda: self.second_screen_action.setEnabled(
            len(QGuiApplication.screens()) > 1))
        language_menu = view_menu.addMenu(self.tr("&Language of the app"))
        for code, name in (("", self.tr("As the system")), ("en", "English"),
                           ("nl", "Nederlands"), ("fr", "Français")):
            act = QAction(name, self, checkable=True)
            act.setChecked(self._settings is not None
                           and self._settings.get("ui_language") == code)
            act.triggered.connect(lambda _c=False, c=code: self.set_ui_language(c))
            language_menu.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About VRAC Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

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

    def edit_family_details(self) -> QDialog | None:
        """Name, reference, language, the languages spoken at home and whether an
        interpreter is needed (the new-family form, filled in)."""
        from vrac_desktop.services.families import FamilyInputError

        from vrac_desktop.gui.families_page import NewFamilyDialog

        family_id = self.current_family()
        if family_id is None:
            return None
        family = get_family(self._db, family_id=family_id)
        dialog = NewFamilyDialog(self)
        dialog.setWindowTitle(self.tr("Family details"))
        dialog.name.setText(family.display_name)
        dialog.reference.setText(family.reference)
        dialog.language.set_language(family.language)
        dialog.home_languages.setText(family.home_languages)
        dialog.interpreter.setChecked(family.interpreter_needed)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                update_family(self._db, family_id=family_id, actor=self._actor,
                              display_name=dialog.name.text(),
                              reference=dialog.reference.text(),
                              language=dialog.language.language(),
                              home_languages=dialog.home_languages.text(),
                              interpreter_needed=dialog.interpreter.isChecked())
            except FamilyInputError as exc:
                dialog.show_error(str(exc))
                continue
            if self.meeting is None:
                self.open_family(family_id)
            break
        return dialog

    def set_family_closed(self, closed: bool) -> None:
        family_id = self.current_family()
        if family_id is None:
            return
        update_family(self._db, family_id=family_id, actor=self._actor,
                      status=FamilyStatus.CLOSED if closed else FamilyStatus.ACTIVE)
        self.open_family(family_id)

    def set_ui_language(self, code: str) -> None:
        """The coach's UI language (the family's language is set per family)."""
        if self._settings is not None:
            self._settings.set("ui_language", code)
        install_translations(code or system_language())
        # Menus and pages are made again in the new language; a meeting in progress keeps
        # its screens (and what is typed in them) until it is closed.
        shown = self.stack.currentWidget()
        family_id = self.home.family_id if shown is self.home else None
        on_week = shown is self.week
        old = (self.families, self.home, self.week)
        self.menuBar().clear()
        self._build_pages()
        self._build_menus()
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

    def open_family(self, family_id: str) -> None:
        self.home.show_family(family_id)
        self.stack.setCurrentWidget(self.home)
        record_family_opened(self._db, family_id=family_id, actor=self._actor)

    def _erased(self, _family_id: str | None) -> None:
        self.home.family_id = None
        self.show_families()

    def reconcile(self, family_id: str | None) -> None:
        from vrac_desktop.gui.reconcile_dialog import ReconcileDialog

        if family_id is None:
            return
        dialog = ReconcileDialog(self._db, family_id=family_id, actor=self._actor, parent=self)
        dialog.exec()
        self.open_family(family_id)

    def show_fidelity_summary(self) -> QDialog:
        """The anonymous organisation summary (gui/fidelity_summary.py), non-blocking."""
        from vrac_desktop.gui.fidelity_summary import FidelitySummaryDialog

        organisation = str(self._settings.get("organisation_name")) if self._settings else ""
        dialog = FidelitySummaryDialog(self._db, organisation=organisation, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_changes(self, family_id: str | None) -> None:
        if family_id is not None:
            ChangesDialog(self._db, family_id=family_id, parent=self).exec()

    # -- the family view (F11) ------------------------------------------------------------------
    def toggle_family_view(self, *, second: bool = False) -> None:
        if self.family_view is not None and self.family_view.isVisible():
            self.family_view.close()
            return
        family_id = self.current_family()
        if family_id is None:
            self.statusBar().showMessage(self.tr("Open a family first."), 5000)
            return
        font_pt = int(self._settings.get("family_font_pt")) if self._settings \
            else DEFAULT_FONT_PT
        self.family_view = FamilyViewWindow(font_pt=font_pt)
        self._update_family_view()
        if self.meeting is not None:
            self.family_view.view.follow_step(self.meeting.current_step().key)
        screens = QGuiApplication.screens()
        here = self.screen()
        target = next((sc for sc in screens if sc is not here), here) if second else here
        self.family_view.show_on(target)

    def _update_family_view(self, plan: PlanContent | None = None) -> None:
        view = self.family_view
        family_id = self.current_family()
        if view is None or family_id is None:
            return
        family = get_family(self._db, family_id=family_id)
        ratings = ratings_for(self._db, family_id=family_id)
        if self.meeting is not None:
            ratings += list(self.meeting.editor.draft.ratings)  # given in this meeting
        if plan is None:
            if self.meeting is not None:
                plan = self.meeting.plan
            else:
                current = current_version(self._db, family_id=family_id)
                plan = current.content if current else PlanContent()
        # Goals reached: those evaluations finalized, and, live, those this evaluation
        # meeting is finalizing.
        done = finalized_goal_ids(evaluations_for(self._db, family_id=family_id))
        draft = self.meeting.editor.draft if self.meeting is not None else None
        if draft is not None and draft.evaluation is not None:
            done |= {g.goal_id for g in draft.evaluation.goals
                     if g.decision is Decision.FINALIZE}
        view.set_plan(plan, family_name=family.display_name, language=family.language,
                      ratings=ratings, reached=[g.title for g in plan.goals if g.id in done])

    def _family_view_follows(self, step_key: str) -> None:
        if self.family_view is not None:
            self.family_view.view.follow_step(step_key)

    def show_start_page(self) -> None:
        """At start: the coach's week when there is anything in it, else the families list
        (a new installation starts by creating a family)."""
        self.week.refresh()
        load = self.week.caseload
        if load is not None and (load.actions or load.meetings or load.evaluations):
            self.stack.setCurrentWidget(self.week)
        else:
            self.show_families()

    def show_week(self) -> None:
        """The coach's week across families (shown first when there are plans)."""
        if self.meeting is not None:
            self.stack.setCurrentWidget(self.meeting)
            self.statusBar().showMessage(self.tr("Leave the meeting first."), 5000)
            return
        self.week.refresh()
        self.stack.setCurrentWidget(self.week)

    def show_families(self) -> None:
        self.families.refresh()
        self.stack.setCurrentWidget(self.families)

    def offer_unfinished_meetings(self) -> None:
        """After a crash or power loss: offer the newest unsaved meeting back."""
        drafts = list_drafts(self._db)
        seen = str(self._settings.get("drafts_seen_until")) if self._settings else ""
        if not drafts or (seen and drafts[0].saved_at.isoformat() <= seen):
            return  # none, or none newer than when the coach last kept them on purpose
        newest = drafts[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished meeting"),
                          self.tr("A meeting with %1 was not saved as a plan version (last "
                                  "autosave %2). Continue it now?")
                          .replace("%1", newest.display_name)
                          .replace("%2", format_datetime(newest.saved_at)),
                          parent=self)
        box.setObjectName("unfinishedMeeting")
        go_on = box.addButton(self.tr("C&ontinue meeting"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard draft…"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        self._drafts_seen()
        if box.clickedButton() is go_on:
            self.open_meeting(newest.family_id)
        elif box.clickedButton() is discard:
            self.discard_meeting(newest.family_id)

    def start_evaluation(self, family_id: str | None) -> None:
        if family_id is not None:
            self.open_meeting(family_id, kind=DraftKind.EVALUATION)

    def start_transition(self, family_id: str | None) -> None:
        if family_id is not None:
            self.open_meeting(family_id, kind=DraftKind.TRANSITION)

    def open_meeting(self, family_id: str, *, kind: DraftKind = DraftKind.PLAN,
                     adjust_goal_ids: tuple[str, ...] = ()) -> None:
        """Open the family's unfinished meeting if there is one (of whatever kind: one draft
        per family), else start a meeting of ``kind``."""
        try:
            found = load_draft(self._db, family_id=family_id)
        except DecodeError as exc:
            QMessageBox.warning(self, self.tr("Draft not readable"), str(exc))
            return
        if found is not None:
            draft = found[0]
            if draft.kind is not kind:
                self.statusBar().showMessage(self.tr(
                    "An unfinished meeting of this family is open first; finish or leave it "
                    "before starting another."), 10000)
        else:
            try:
                if kind is DraftKind.EVALUATION:
                    draft = start_evaluation(self._db, family_id=family_id, today=date.today())
                elif kind is DraftKind.TRANSITION:
                    draft = start_transition(self._db, family_id=family_id, today=date.today())
                else:
                    draft = start_meeting(self._db, family_id=family_id, today=date.today(),
                                          adjust_goal_ids=adjust_goal_ids)
            except NotFoundError as exc:
                QMessageBox.information(self, self.tr("Not yet"), str(exc))
                return
        autosave = self._settings.get("autosave_seconds") if self._settings else 5
        flow = MeetingFlow(self._db, actor=self._actor, draft=draft,
                           previous_ratings=ratings_for(self._db, family_id=family_id),
                           autosave_seconds=autosave)
        family = get_family(self._db, family_id=family_id)
        self.setWindowTitle(self.tr("%1 — meeting — VRAC Desktop").replace(
            "%1", family.display_name))
        flow.saved.connect(lambda number: self._meeting_done(family_id, number))
        flow.left.connect(lambda: self._meeting_done(family_id, None))
        flow.recorded.connect(lambda kind, ev: self._cycle_done(family_id, kind, ev))
        flow.plan_changed.connect(self._update_family_view)  # live while the coach types
        flow.step_changed.connect(self._family_view_follows)
        attach_period_fidelity(flow, self._db)  # evaluation meetings: the period's fidelity
        self.meeting = flow
        self.stack.addWidget(flow)
        self.stack.setCurrentWidget(flow)
        self._update_family_view()

    def _cycle_done(self, family_id: str, kind: str, evaluation: object) -> None:
        """After an evaluation: celebrate finalized goals; offer the follow-up meeting that
        adjusts the goals the evaluation decided to adjust."""
        self._meeting_done(family_id, None)
        if kind != DraftKind.EVALUATION.value or not isinstance(evaluation, Evaluation):
            self.statusBar().showMessage(self.tr("Transition plan recorded; the plan is "
                                                 "closed."), 8000)
            return
        self.statusBar().showMessage(self.tr("Evaluation recorded."), 8000)
        to_adjust = adjust_goal_ids(evaluation)
        if to_adjust:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Adjust goals"), self.tr(
                "The evaluation decided to adjust %n goal(s). Start the follow-up meeting "
                "that adjusts them now?", "", len(to_adjust)), parent=self)
            box.setObjectName("adjustGoals")
            start = box.addButton(self.tr("&Start follow-up meeting"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is start:
                self.open_meeting(family_id, adjust_goal_ids=to_adjust)

    def edit_team(self, family_id: str) -> None:
        self.open_meeting(family_id)
        if self.meeting is not None:
            self.meeting.edit_team_only()

    def discard_meeting(self, family_id: str | None, *, ask: bool = True) -> bool:
        """Throw away the family's unsaved meeting draft (after asking); True if done."""
        if family_id is None:
            return False
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Discard the draft?"),
                self.tr("The unsaved meeting with %1 is thrown away. The plan versions stay "
                        "as they are. Discard it?").replace(
                    "%1", get_family(self._db, family_id=family_id).display_name),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return False
        discard_draft(self._db, family_id=family_id, actor=self._actor)
        if self.stack.currentWidget() is self.home and self.home.family_id == family_id:
            self.home.show_family(family_id)
        self.statusBar().showMessage(self.tr("The meeting draft was discarded."), 5000)
        return True

    def _drafts_seen(self) -> None:
        """The coach kept the drafts on purpose: do not ask about them at the next start."""
        drafts = list_drafts(self._db)
        if self._settings is not None and drafts:
            self._settings.set("drafts_seen_until", drafts[0].saved_at.isoformat())

    def _meeting_done(self, family_id: str, number: int | None) -> None:
        flow = self.meeting
        self.meeting = None
        if number is None:
            self._drafts_seen()  # left on purpose, the draft kept
        self.setWindowTitle(self.tr("VRAC Desktop"))
        self.open_family(family_id)
        if flow is not None:
            flow.stop()
            self.stack.removeWidget(flow)
            flow.deleteLater()
        if number is not None:
            self.statusBar().showMessage(
                self.tr("Saved as plan version %1.").replace("%1", str(number)), 8000)

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
            self.meeting.autosave()
            answer = QMessageBox.question(
                self, self.tr("Meeting not saved"),
                self.tr("This meeting is not saved as a plan version yet. It is kept as a "
                        "draft and offered back next time. Close anyway?"),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
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
        if not getattr(self, "_offered", False):
            self._offered = True
            QTimer.singleShot(0, self.offer_unfinished_meetings)

    def show_preferences(self) -> None:
        from vrac_desktop.gui.preferences import PreferencesDialog

        if self._settings is not None:
            PreferencesDialog(self._settings, self, paths=self._paths,
                              database_key=lambda: self._db.key).exec()

    def bring_forward(self) -> None:
        """A second start of the app asked this window to come to the front."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About VRAC Desktop"),
            self.tr("VRAC Desktop %1\nWraparound Care team meetings: one family, one plan.")
            .replace("%1", __version__))
