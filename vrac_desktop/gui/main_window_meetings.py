"""The main window's meetings: open or start one, the questions around drafts, and what
follows a saved meeting. A base class of MainWindow, apart for its length; its texts keep
the "MainWindow" translation context."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.settings import Settings
from vrac_desktop.translate import error_text

from vrac_desktop.gui.dates import format_datetime
from vrac_desktop.gui.widgets import confirm

# The services, SQLAlchemy and the meeting screens are imported where they are used: the main
# window shows the families list before they are loaded (store/first_screen.py).
if TYPE_CHECKING:
    from vrac_desktop.domain.draft import DraftKind
    from vrac_desktop.domain.model import PlanContent
    from vrac_desktop.store.database import Database

    from vrac_desktop.gui.family_home import FamilyHome
    from vrac_desktop.gui.meeting.flow import MeetingFlow


class MeetingsWindow(QMainWindow):
    """What MainWindow sets up in its constructor and defines, used here."""

    _db: Database
    _actor: str
    _settings: Settings | None
    meeting: MeetingFlow | None
    stack: QStackedWidget
    home: FamilyHome

    def open_family(self, family_id: str) -> None:
        raise NotImplementedError

    def _update_family_view(self, plan: PlanContent | None = None) -> None:
        raise NotImplementedError

    def _family_view_follows(self, step_key: str) -> None:
        raise NotImplementedError

    def offer_unfinished_meetings(self) -> None:
        """After a crash or power loss: offer the newest unsaved meeting back."""
        from PySide6.QtWidgets import QMessageBox

        from vrac_desktop.services.meetings import list_drafts

        drafts = list_drafts(self._db)
        seen = str(self._settings.get("drafts_seen_until")) if self._settings else ""
        if not drafts or (seen and drafts[0].saved_at.isoformat() <= seen):
            return  # none, or none newer than when the coach last kept them on purpose
        newest = drafts[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Unfinished meeting"),
            QCoreApplication.translate(
                "MainWindow",
                "A meeting with %1 was not saved as a plan version (last "
                "autosave %2). Continue it now?",
            )
            .replace("%1", newest.display_name)
            .replace("%2", format_datetime(newest.saved_at)),
            parent=self,
        )
        box.setObjectName("unfinishedMeeting")
        go_on = box.addButton(
            QCoreApplication.translate("MainWindow", "C&ontinue meeting"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("MainWindow", "&Discard draft…"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        self._drafts_seen()
        if box.clickedButton() is go_on:
            self.open_meeting(newest.family_id)
        elif box.clickedButton() is discard:
            self.discard_meeting(newest.family_id)

    def start_evaluation(self, family_id: str | None) -> None:
        from vrac_desktop.domain.draft import DraftKind

        if family_id is not None:
            self.open_meeting(family_id, kind=DraftKind.EVALUATION)

    def start_transition(self, family_id: str | None) -> None:
        from vrac_desktop.domain.draft import DraftKind

        if family_id is not None:
            self.open_meeting(family_id, kind=DraftKind.TRANSITION)

    def open_meeting(
        self,
        family_id: str,
        *,
        kind: DraftKind | None = None,
        adjust_goal_ids: tuple[str, ...] = (),
    ) -> None:
        """Open the family's unfinished meeting if there is one (of whatever kind: one draft
        per family), else start a meeting of ``kind`` (a plan meeting when not given)."""
        from vrac_desktop.domain.codec import DecodeError
        from vrac_desktop.domain.draft import DraftKind

        kind = DraftKind.PLAN if kind is None else kind
        from PySide6.QtWidgets import QMessageBox

        from vrac_desktop.services.cycle import start_transition
        from vrac_desktop.services.evaluations import start_evaluation
        from vrac_desktop.services.families import get_family
        from vrac_desktop.services.meetings import load_draft, start_meeting
        from vrac_desktop.services.plans import ratings_for

        from vrac_desktop.gui.fidelity_period import attach_period_fidelity
        from vrac_desktop.gui.meeting.flow import MeetingFlow

        try:
            found = load_draft(self._db, family_id=family_id)
        except DecodeError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Draft not readable"),
                error_text(exc),
            )
            return
        if found is not None:
            draft = found[0]
            if draft.kind is not kind:
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow",
                        "An unfinished meeting of this family is open first; finish or leave it "
                        "before starting another.",
                    ),
                    10000,
                )
        else:
            try:
                if kind is DraftKind.EVALUATION:
                    draft = start_evaluation(self._db, family_id=family_id, today=date.today())
                elif kind is DraftKind.TRANSITION:
                    draft = start_transition(self._db, family_id=family_id, today=date.today())
                else:
                    draft = start_meeting(
                        self._db,
                        family_id=family_id,
                        today=date.today(),
                        adjust_goal_ids=adjust_goal_ids,
                    )
            except NotFoundError as exc:
                QMessageBox.information(
                    self, QCoreApplication.translate("MainWindow", "Not yet"), error_text(exc)
                )
                return
        autosave = self._settings.get("autosave_seconds") if self._settings else 5
        flow = MeetingFlow(
            self._db,
            actor=self._actor,
            draft=draft,
            previous_ratings=ratings_for(self._db, family_id=family_id),
            autosave_seconds=autosave,
        )
        family = get_family(self._db, family_id=family_id)
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "%1 — meeting — VRAC Desktop").replace(
                "%1", family.display_name
            )
        )
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

    def _adjust_goals_question(self, count: int) -> str:
        """The plural question, translated by MainWindow: lupdate reads plural forms only from
        ``self.tr`` in the class whose name is the context."""
        raise NotImplementedError

    def _cycle_done(self, family_id: str, kind: str, evaluation: object) -> None:
        """After an evaluation: celebrate finalized goals; offer the follow-up meeting that
        adjusts the goals the evaluation decided to adjust."""
        from PySide6.QtWidgets import QMessageBox

        from vrac_desktop.domain.cycle import adjust_goal_ids
        from vrac_desktop.domain.draft import DraftKind
        from vrac_desktop.domain.model import Evaluation

        self._meeting_done(family_id, None)
        if kind != DraftKind.EVALUATION.value or not isinstance(evaluation, Evaluation):
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Transition plan recorded; the plan is closed."
                ),
                8000,
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Evaluation recorded."), 8000
        )
        to_adjust = adjust_goal_ids(evaluation)
        if to_adjust:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                QCoreApplication.translate("MainWindow", "Adjust goals"),
                self._adjust_goals_question(len(to_adjust)),
                parent=self,
            )
            box.setObjectName("adjustGoals")
            start = box.addButton(
                QCoreApplication.translate("MainWindow", "&Start follow-up meeting"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("MainWindow", "&Later"),
                QMessageBox.ButtonRole.RejectRole,
            )
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
        from PySide6.QtWidgets import QMessageBox

        from vrac_desktop.services.families import get_family
        from vrac_desktop.services.meetings import discard_draft

        if ask and not confirm(
            self,
            QCoreApplication.translate("MainWindow", "Discard the draft?"),
            QCoreApplication.translate(
                "MainWindow",
                "The unsaved meeting with %1 is thrown away. The plan versions stay "
                "as they are. Discard it?",
            ).replace("%1", get_family(self._db, family_id=family_id).display_name),
            yes=QMessageBox.StandardButton.Discard,
        ):
            return False
        discard_draft(self._db, family_id=family_id, actor=self._actor)
        if self.stack.currentWidget() is self.home and self.home.family_id == family_id:
            self.home.show_family(family_id)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The meeting draft was discarded."), 5000
        )
        return True

    def _drafts_seen(self) -> None:
        """The coach kept the drafts on purpose: do not ask about them at the next start."""
        from vrac_desktop.services.meetings import list_drafts

        drafts = list_drafts(self._db)
        if self._settings is not None and drafts:
            self._settings.set("drafts_seen_until", drafts[0].saved_at.isoformat())

    def _meeting_done(self, family_id: str, number: int | None) -> None:
        flow = self.meeting
        self.meeting = None
        if number is None:
            self._drafts_seen()  # left on purpose, the draft kept
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "VRAC Desktop"))
        self.open_family(family_id)
        if flow is not None:
            flow.stop()
            self.stack.removeWidget(flow)
            flow.deleteLater()
        if number is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Saved as plan version %1.").replace(
                    "%1", str(number)
                ),
                8000,
            )
