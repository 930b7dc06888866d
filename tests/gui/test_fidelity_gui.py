"""The family's voice answered by keyboard and by mouse at the end of the agreement step; the
answers reach the trend on the Fidelity tab and export-family; the organisation summary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.fidelity_data import make_family, make_organisation
from tests.gui.test_meeting_flow import activate, step
from vrac_desktop.domain.fidelity import Element
from vrac_desktop.domain.model import Rater
from vrac_desktop.domain.voice import Respondent, VoiceQuestion
from vrac_desktop.services.plans import list_versions, meetings_for
from vrac_desktop.services.transfer import export_family
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database

from vrac_desktop.gui.i18n import install_translations
from vrac_desktop.gui.main_window import MainWindow
from vrac_desktop.gui.meeting.steps import AgreementStep
from vrac_desktop.gui.meeting.voice import FaceScale


def _forget_meeting(win: MainWindow) -> None:
    if win.meeting is not None:
        win.meeting.stop()
        win.meeting = None


@pytest.fixture
def window(qtbot: Any, db: Database) -> MainWindow:
    win = MainWindow(db, actor="Coach Anna")
    qtbot.addWidget(win, before_close_func=_forget_meeting)
    win._offered = True
    win.show()
    activate(qtbot, win)
    return win


def voices(db: Database, family_id: str) -> list[object]:
    with db.session() as s:
        return list(repo.voices(s, family_id))


def click_face(qtbot: Any, scale: FaceScale, value: int) -> None:
    centre = scale.face_rect(value).center()
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(centre.x()), round(centre.y())))


def test_family_voice_by_keyboard_and_mouse(qtbot: Any, window: MainWindow, db: Database,
                                            tmp_path: Path) -> None:
    made = make_family(db, 7, meetings=1)
    before = voices(db, made.family_id)
    window.open_family(made.family_id)
    qtbot.mouseClick(window.home.meeting_button, Qt.MouseButton.LeftButton)
    flow = window.meeting
    assert flow is not None and flow.editor.draft.follow_up
    agreement = step(flow, AgreementStep)
    panel = agreement.voice
    scales = panel.scales
    family_listened = scales[(Respondent.FAMILY, VoiceQuestion.LISTENED)]
    # The child's row is hidden until the child answers too.
    assert not scales[(Respondent.CHILD, VoiceQuestion.LISTENED)].isVisibleTo(panel)
    assert family_listened.width() >= 5 * 64  # five large targets

    # Keyboard: Tab into the row of faces, a number key chooses, arrows move, Delete clears.
    family_listened.setFocus()
    qtbot.waitUntil(family_listened.hasFocus)
    qtbot.keyClick(family_listened, Qt.Key.Key_2)
    qtbot.keyClick(family_listened, Qt.Key.Key_Right)
    qtbot.keyClick(family_listened, Qt.Key.Key_Right)
    assert family_listened.value() == 4
    our_plan = scales[(Respondent.FAMILY, VoiceQuestion.OUR_PLAN)]
    qtbot.keyClick(family_listened, Qt.Key.Key_Tab)
    qtbot.waitUntil(our_plan.hasFocus)
    qtbot.keyClick(our_plan, Qt.Key.Key_5)
    qtbot.keyClick(our_plan, Qt.Key.Key_Delete)
    assert our_plan.value() is None
    qtbot.keyClick(our_plan, Qt.Key.Key_3)

    # Mouse: the family's third answer, then the child's (after ticking "the child answers").
    click_face(qtbot, scales[(Respondent.FAMILY, VoiceQuestion.WHO_DOES_WHAT)], 5)
    qtbot.mouseClick(panel.child_answers, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, panel.child_answers.height() // 2))
    assert panel.child_answers.isChecked()
    child_listened = scales[(Respondent.CHILD, VoiceQuestion.LISTENED)]
    assert child_listened.isVisibleTo(panel)
    click_face(qtbot, child_listened, 1)
    click_face(qtbot, child_listened, 2)  # changing one's mind
    answers = {(a.respondent, a.question): a.value for a in flow.editor.draft.voice}
    assert answers == {
        (Respondent.FAMILY, VoiceQuestion.LISTENED): 4,
        (Respondent.FAMILY, VoiceQuestion.OUR_PLAN): 3,
        (Respondent.FAMILY, VoiceQuestion.WHO_DOES_WHAT): 5,
        (Respondent.CHILD, VoiceQuestion.LISTENED): 2,
    }
    # Every answer is an undo step like any other edit.
    flow.undo_action.trigger()
    assert child_listened.value() == 1
    flow.redo_action.trigger()
    assert child_listened.value() == 2

    agreement.approved.setChecked(True)
    assert flow.save_version() == 2
    QApplication.processEvents()
    assert len(voices(db, made.family_id)) == len(before) + 4

    # The trend on the Fidelity tab: the second meeting shows the new answers.
    window.open_family(made.family_id)
    home = window.home
    home.tabs.setCurrentWidget(home._fidelity_page)
    tab = home.fidelity_tab
    assert tab.data is not None
    last = tab.data.voice[-1]
    assert (last.family, last.child) == (pytest.approx((4 + 3 + 5) / 3), 2.0)
    series = tab.voice_chart.series
    assert series[Rater.FAMILY][-1][1] == pytest.approx(4.0)
    assert series[Rater.CHILD][-1][1] == 2.0
    assert "2.0" in tab.voice_chart.accessibleDescription()
    assert tab.boxes[Element.VOICE].isVisibleTo(tab)

    # ...and in export-family.
    out = export_family(db, family_id=made.family_id, path=tmp_path / "f.json", actor="t")
    exported = json.loads(out.read_text(encoding="utf-8"))["voices"]
    meeting_id = flow.editor.draft.meeting.id
    mine = sorted((v["respondent"], v["question"], v["value"]) for v in exported
                  if v["meeting_id"] == meeting_id)
    assert mine == [("child", "listened", 2), ("family", "listened", 4),
                    ("family", "our_plan", 3), ("family", "who_does_what", 5)]
    assert len(list_versions(db, family_id=made.family_id)) == 2


def test_fidelity_tab_shows_not_enough_data_and_next_steps(qtbot: Any, window: MainWindow,
                                                           db: Database) -> None:
    made = make_family(db, 8, meetings=1)
    install_translations("en")  # English plural forms: "3 questions", whatever ran before
    window.home.show_family(made.family_id, today=date(2026, 3, 1))
    window.home.tabs.setCurrentWidget(window.home._fidelity_page)
    tab = window.home.fidelity_tab
    rated = tab.values["outcomes.family_rated"].text()
    assert "not enough data" in rated and "no follow-up meeting yet" in rated
    assert "0 %" not in rated
    assert tab.values["teamwork.team_size"].text().startswith("✓ 5")
    hints = tab.next_steps.text()
    assert "No action names a strength" in hints  # sample_plan's actions name none
    assert "low on 3 questions" in hints  # family 8 answered 3 of 5 faces to all three
    assert "child's own talents" not in hints  # "Persistent" is the child's talent
    chart = tab.charts["teamwork.team_size"]
    assert chart.plotted == [(0.0, 5.0)]


def test_organisation_summary_from_the_file_menu(qtbot: Any, window: MainWindow, db: Database,
                                                 tmp_path: Path) -> None:
    from PySide6.QtTest import QAbstractItemModelTester

    from vrac_desktop.gui.fidelity_summary import FidelitySummaryDialog

    made = make_organisation(db, 13)
    names = {n for m in made for n in m.names}
    window.fidelity_summary_action.trigger()
    dialog = next(w for w in window.findChildren(FidelitySummaryDialog))
    assert dialog.task is not None
    dialog.task.wait(60)
    qtbot.waitUntil(lambda: dialog.summary is not None)
    QAbstractItemModelTester(dialog.model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    labels = [dialog.group.itemText(i) for i in range(dialog.group.count())]
    assert labels[0] == "All families"
    assert "Team leiden-zuid (fewer than 5 families: not shown)" in labels
    assert "Coach 1" in labels and "Coach 2" in labels
    assert dialog.model.rowCount() == 21
    size_row = [dialog.model.index(0, c).data() for c in range(6)]
    assert size_row[1:4] == ["Team size", "13", "13"]
    dialog.group.setCurrentIndex(labels.index("Team leiden-zuid (fewer than 5 families: "
                                              "not shown)"))
    assert dialog.model.rowCount() == 0
    assert "nothing is shown" in dialog.status.text()
    shown = " ".join(dialog.group.itemText(i) for i in range(dialog.group.count()))
    assert [n for n in names if n in shown] == []
    csv_path = dialog.save_csv(str(tmp_path / "s.csv"))
    pdf_path = dialog.save_pdf(str(tmp_path / "s.pdf"))
    assert csv_path is not None and pdf_path is not None
    text = csv_path.read_text(encoding="utf-8")
    assert [n for n in names if n.casefold() in text.casefold()] == []
    assert pdf_path.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_evaluation_meeting_shows_the_periods_fidelity(qtbot: Any, window: MainWindow,
                                                       db: Database) -> None:
    from dataclasses import replace

    from vrac_desktop.gui.fidelity_period import FidelityPeriodPanel

    made = make_family(db, 9, meetings=3)  # meetings in Jan, Feb, Mar 2026
    window.start_evaluation(made.family_id)
    flow = window.meeting
    assert flow is not None and flow.editor.draft.evaluation is not None
    overall = next(s for s in flow.steps if s.key == "overall")
    flow.go_to("overall")
    panel = overall.findChild(FidelityPeriodPanel)
    assert panel is not None and panel.isVisibleTo(overall)
    assert panel.report is not None
    text = panel.table.text()
    assert "Team size" in text and "Listened to" in text
    # family 9 (odd): 4, 5, 5 faces over the three meetings, family and child alike
    assert panel.report.get("voice.listened").value == pytest.approx((4 + 5 + 5) / 3)
    # A period holding only the last meeting: the figures follow.
    ev = flow.editor.draft.evaluation
    held = sorted(m.held_on for m in meetings_for(db, family_id=made.family_id))
    flow.editor.edit(replace(flow.editor.draft, evaluation=replace(
        ev, period_start=held[-1], period_end=ev.period_end)), "period")
    assert panel.report.get("voice.listened").value == 5.0
    assert panel.report.get("natural.informal_present").value == 0.0  # gran absent then
    # A reversed period is said, not computed.
    flow.editor.edit(replace(flow.editor.draft, evaluation=replace(
        ev, period_start=ev.period_end, period_end=held[0])), "reversed")
    assert panel.report is None and "ends after it starts" in panel.table.text()
    plan_flow_has_none = [s for s in flow.steps if s.findChild(FidelityPeriodPanel)]
    assert plan_flow_has_none == [overall]
