"""The main window's commands on the open family: its details, closing and reopening it,
reconciling two versions, what changed, and the family view (F11). A base class of
MainWindow, apart for its length; its texts keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from vrac_desktop.domain.states import FamilyStatus
from vrac_desktop.translate import error_text

from vrac_desktop.gui.main_window_meetings import MeetingsWindow

# The plan model and the cycle's rules are imported where they are used: the families list's
# first paint does without them (tests/gui/test_startup_imports.py).
if TYPE_CHECKING:
    from vrac_desktop.domain.model import PlanContent

    from vrac_desktop.gui.family_view import FamilyViewWindow


class FamilyWindow(MeetingsWindow):
    """What MainWindow defines, used here, is declared on MeetingsWindow or below."""

    family_view: FamilyViewWindow | None

    def current_family(self) -> str | None:
        raise NotImplementedError

    def edit_family_details(self) -> QDialog | None:
        """Name, reference, language, the languages spoken at home and whether an
        interpreter is needed (the new-family form, filled in)."""
        from vrac_desktop.services.families import FamilyInputError, get_family, update_family

        from vrac_desktop.gui.families_page import NewFamilyDialog

        family_id = self.current_family()
        if family_id is None:
            return None
        family = get_family(self._db, family_id=family_id)
        dialog = NewFamilyDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Family details"))
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
                dialog.show_error(error_text(exc))
                continue
            if self.meeting is None:
                self.open_family(family_id)
            break
        return dialog

    def set_family_closed(self, closed: bool) -> None:
        from vrac_desktop.services.families import update_family

        family_id = self.current_family()
        if family_id is None:
            return
        update_family(self._db, family_id=family_id, actor=self._actor,
                      status=FamilyStatus.CLOSED if closed else FamilyStatus.ACTIVE)
        self.open_family(family_id)

    def reconcile(self, family_id: str | None) -> None:
        from vrac_desktop.gui.reconcile_dialog import ReconcileDialog

        if family_id is None:
            return
        dialog = ReconcileDialog(self._db, family_id=family_id, actor=self._actor, parent=self)
        dialog.exec()
        self.open_family(family_id)

    def show_changes(self, family_id: str | None) -> None:
        from vrac_desktop.gui.changes_dialog import ChangesDialog

        if family_id is not None:
            ChangesDialog(self._db, family_id=family_id, parent=self).exec()

    # -- the family view (F11) ------------------------------------------------------------------
    def toggle_family_view(self, *, second: bool = False) -> None:
        from vrac_desktop.gui.family_view import DEFAULT_FONT_PT, FamilyViewWindow

        if self.family_view is not None and self.family_view.isVisible():
            self.family_view.close()
            return
        family_id = self.current_family()
        if family_id is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Open a family first."), 5000)
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
        from vrac_desktop.domain.cycle import finalized_goal_ids
        from vrac_desktop.domain.model import Decision, PlanContent
        from vrac_desktop.services.families import get_family
        from vrac_desktop.services.plans import current_version, evaluations_for, ratings_for

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
