"""The main window: a stack of pages. Orchestration lives in services, not here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from vrac_desktop import __version__
from vrac_desktop.domain.codec import DecodeError
from vrac_desktop.services.families import get_family
from vrac_desktop.services.meetings import discard_draft, list_drafts, load_draft, start_meeting
from vrac_desktop.services.plans import ratings_for
from vrac_desktop.store.database import Database
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.families_page import FamiliesPage
from vrac_desktop.gui.family_home import FamilyHome
from vrac_desktop.gui.meeting.flow import MeetingFlow


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, actor: str, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._settings = settings
        self.meeting: MeetingFlow | None = None
        self.setWindowTitle(self.tr("VRAC Desktop"))
        self.resize(1100, 720)
        self.stack = QStackedWidget()
        self.families = FamiliesPage(db, actor=actor)
        self.home = FamilyHome(db)
        self.stack.addWidget(self.families)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self.families.open_family.connect(self.open_family)
        self.home.back.connect(self.show_families)
        self.home.start_meeting.connect(self.open_meeting)
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Data encrypted · key in OS keyring") if db.mode == "keyring"
            else self.tr("Data encrypted · passphrase"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_family = QAction(self.tr("&New family…"), self)
        new_family.setShortcut(QKeySequence.StandardKey.New)
        new_family.triggered.connect(self._new_family)
        file_menu.addAction(new_family)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About VRAC Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _new_family(self) -> None:
        if self.meeting is None:
            self.show_families()
            self.families.ask_new_family()

    # -- pages -----------------------------------------------------------------------------------
    def open_family(self, family_id: str) -> None:
        self.home.show_family(family_id)
        self.stack.setCurrentWidget(self.home)

    def show_families(self) -> None:
        self.families.refresh()
        self.stack.setCurrentWidget(self.families)

    def offer_unfinished_meetings(self) -> None:
        """After a crash or power loss: offer the newest unsaved meeting back."""
        drafts = list_drafts(self._db)
        if not drafts:
            return
        newest = drafts[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished meeting"),
                          self.tr("A meeting with %1 was not saved as a plan version (last "
                                  "autosave %2). Continue it now?")
                          .replace("%1", newest.display_name)
                          .replace("%2", newest.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")),
                          parent=self)
        box.setObjectName("unfinishedMeeting")
        box.addButton(self.tr("&Continue meeting"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not later:
            self.open_meeting(newest.family_id)

    def open_meeting(self, family_id: str) -> None:
        try:
            found = load_draft(self._db, family_id=family_id)
        except DecodeError as exc:
            QMessageBox.warning(self, self.tr("Draft not readable"), str(exc))
            return
        if found is not None:
            draft = found[0]
        else:
            draft = start_meeting(self._db, family_id=family_id, today=date.today())
        autosave = self._settings.get("autosave_seconds") if self._settings else 5
        flow = MeetingFlow(self._db, actor=self._actor, draft=draft,
                           previous_ratings=ratings_for(self._db, family_id=family_id),
                           autosave_seconds=autosave)
        family = get_family(self._db, family_id=family_id)
        self.setWindowTitle(self.tr("%1 — meeting — VRAC Desktop").replace(
            "%1", family.display_name))
        flow.saved.connect(lambda number: self._meeting_done(family_id, number))
        flow.left.connect(lambda: self._meeting_done(family_id, None))
        self.meeting = flow
        self.stack.addWidget(flow)
        self.stack.setCurrentWidget(flow)

    def discard_meeting(self, family_id: str) -> None:
        discard_draft(self._db, family_id=family_id, actor=self._actor)

    def _meeting_done(self, family_id: str, number: int | None) -> None:
        flow = self.meeting
        self.meeting = None
        self.setWindowTitle(self.tr("VRAC Desktop"))
        self.open_family(family_id)
        if flow is not None:
            flow.stop()
            self.stack.removeWidget(flow)
            flow.deleteLater()
        if number is not None:
            self.statusBar().showMessage(
                self.tr("Saved as plan version %1.").replace("%1", str(number)), 8000)

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
        event.accept()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if not getattr(self, "_offered", False):
            self._offered = True
            QTimer.singleShot(0, self.offer_unfinished_meetings)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About VRAC Desktop"),
            self.tr("VRAC Desktop %1\nWraparound Care team meetings: one family, one plan.")
            .replace("%1", __version__))
