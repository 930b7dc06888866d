"""The cycle's smaller screens through the real widgets: changing the phase (refused out of
order, nothing saved), the phase column and filter of the families list, a plan version and a
meeting opened read-only by double-click, and the meeting timer's total kept on resume."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.cycle.test_cycle_services import family_with_history, snapshot
from tests.cycle.test_whole_cycle_gui import window  # noqa: F401 - the fixture
from tests.gui.test_meeting_flow import when_modal
from vrac_desktop.domain.model import Phase
from vrac_desktop.services.cycle import phase_state
from vrac_desktop.store.database import Database

from vrac_desktop.gui.cycle_panel import HistoryDialog, PhaseDialog
from vrac_desktop.gui.main_window import MainWindow


def test_phase_change_refused_out_of_order_then_done(qtbot: Any, window: MainWindow,  # noqa: F811
                                                     db: Database) -> None:
    fid, _ = family_with_history(db)
    window.open_family(fid)
    assert "Implementation" in window.home.cycle.phase.text()
    assert window.home.cycle.history.count() == 2  # first meeting, first approved plan
    before = snapshot(db)
    seen: list[str] = []
    tries = iter([(Phase.PLAN_DEVELOPMENT, "back"), (Phase.TRANSITION, ""),
                  (Phase.TRANSITION, "The family decides to end")])

    def fill(dialog: QWidget) -> None:
        # Each refusal leaves the dialog open with the reason: the next try fills it again.
        assert isinstance(dialog, PhaseDialog)
        seen.append(dialog.error.text())
        to, reason = next(tries)
        if reason != "The family decides to end":
            when_modal(qtbot, fill)
        else:
            assert snapshot(db) == before
        dialog.phase.setCurrentIndex(dialog.phase.findData(to.value))
        dialog.reason.setText(reason)
        dialog.accept()

    when_modal(qtbot, fill)
    qtbot.mouseClick(window.home.cycle.phase_button, Qt.MouseButton.LeftButton)
    assert seen[0] == ""
    assert "Phases go in order" in seen[1]
    assert "needs a reason" in seen[2]
    state = phase_state(db, family_id=fid)
    assert state.current is Phase.TRANSITION
    assert state.history[-1].reason == "The family decides to end"
    assert "Transition" in window.home.cycle.phase.text()
    assert "The family decides to end" in window.home.cycle.history.item(0).text()

    window.show_families()
    page = window.families
    assert page.table.horizontalHeader().model().headerData(2, Qt.Orientation.Horizontal) \
        == "Phase"
    assert page.model.index(0, 2).data() == "Transition"
    page.phase_filter.setCurrentIndex(page.phase_filter.findData(Phase.IMPLEMENTATION.value))
    assert page.model.rowCount() == 0
    page.phase_filter.setCurrentIndex(page.phase_filter.findData(Phase.TRANSITION.value))
    assert page.model.rowCount() == 1


def test_double_click_opens_version_and_meeting_read_only(qtbot: Any,
                                                          window: MainWindow,  # noqa: F811
                                                          db: Database) -> None:
    fid, plan = family_with_history(db)
    window.open_family(fid)
    versions = window.home.versions
    item = versions.item(2)  # newest first: version 1
    versions.itemActivated.emit(item)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, HistoryDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.windowTitle() == "Plan version 1 (read-only)"
    assert plan.goals[0].title in dialog.plan_view.toPlainText()
    # what changed from the (empty) version before: everything added
    assert plan.goals[0].title in dialog.diff_view.browser.toPlainText()
    assert dialog.plan_view.isReadOnly()
    dialog.close()
    meetings = window.home.meetings
    meetings.itemActivated.emit(meetings.item(meetings.count() - 1))  # the first meeting
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, HistoryDialog) and w.isVisible())
    assert dialog.windowTitle().startswith("Meeting of ")
    assert "Fatima (Present)" in dialog.header.text() and "Leiden" in dialog.header.text()
    dialog.close()


def test_timer_total_goes_on_when_a_draft_is_resumed(qtbot: Any,
                                                     window: MainWindow,  # noqa: F811
                                                     db: Database) -> None:
    fid, _ = family_with_history(db)
    window.open_family(fid)
    qtbot.mouseClick(window.home.meeting_button, Qt.MouseButton.LeftButton)
    flow = window.meeting
    assert flow is not None
    qtbot.wait(1200)
    spent = flow.timer.elapsed_total()
    assert spent >= 1
    flow.editor.set_step("team")  # something to autosave
    flow.leave_action.trigger()
    assert window.meeting is None
    qtbot.mouseClick(window.home.meeting_button, Qt.MouseButton.LeftButton)
    resumed = window.meeting
    assert resumed is not None and resumed is not flow
    assert resumed.timer.elapsed_total() >= int(spent)
    assert resumed.timer.carried >= 1


def test_every_cycle_control_has_an_accessible_name(qtbot: Any, window: MainWindow,  # noqa: F811
                                                     db: Database) -> None:
    from datetime import date

    from tests.factories import sample_plan
    from tests.gui.test_accessibility import unnamed
    from vrac_desktop.domain.model import Meeting, new_id
    from vrac_desktop.services.families import create_family
    from vrac_desktop.services.plans import save_plan_version

    family, _ = create_family(db, display_name="Dubois", actor="coach")
    day = date.today()
    save_plan_version(db, family_id=family.id, content=sample_plan(), actor="coach",
                      meeting=Meeting(new_id(), day), today=day)
    window.open_family(family.id)
    window.home.tabs.setCurrentWidget(window.home.cycle_page)
    assert unnamed(window) == []
    for start in (window.start_evaluation, window.start_transition):
        start(family.id)
        flow = window.meeting
        assert flow is not None
        for row in range(len(flow.steps)):
            flow.navigator.setCurrentRow(row)
            assert unnamed(window) == [], flow.steps[row].key
        flow.leave_action.trigger()
        from vrac_desktop.services.meetings import discard_draft

        discard_draft(db, family_id=family.id, actor="coach")
