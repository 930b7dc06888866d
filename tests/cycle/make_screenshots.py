"""Write the screenshots of the Wraparound cycle's screens in docs/screenshots/ (run by hand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.cycle.make_screenshots

Every new step of the evaluation meeting (evaluation-*) and of the closing meeting with its
phase screens (transition-*), in English, Dutch and French, at 1366×768.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.factories import sample_plan  # noqa: E402
from vrac_desktop.domain.model import (  # noqa: E402
    Agreement,
    Attendance,
    ContinuingSupport,
    CrisisContact,
    Decision,
    Meeting,
    Rater,
    Rating,
    SignOff,
    Verdict,
    new_id,
)
from vrac_desktop.services.cycle import phase_state  # noqa: E402
from vrac_desktop.services.evaluations import record_evaluation  # noqa: E402
from vrac_desktop.services.families import create_family  # noqa: E402
from vrac_desktop.services.plans import save_plan_version  # noqa: E402
from vrac_desktop.store.database import open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402

from vrac_desktop.gui.cycle_panel import PhaseDialog  # noqa: E402
from vrac_desktop.gui.i18n import install_translations  # noqa: E402
from vrac_desktop.gui.main_window import MainWindow  # noqa: E402

OUT = Path(os.environ.get("VRAC_SCREENSHOTS") or
           Path(__file__).resolve().parents[2] / "docs" / "screenshots")
TODAY = date.today()


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def grab(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))


def history(db: object, language: str) -> str:
    family, _ = create_family(db, display_name="El Amrani", reference="LEI-2026-017",  # type: ignore[arg-type]
                              language=language, actor="anna")
    plan = sample_plan()
    g1, g2 = plan.goals
    for days, values in ((200, None), (140, (5, 4, 5, 6)), (60, (7, 6, 6, 8))):
        day = TODAY - timedelta(days=days)
        meeting = Meeting(new_id(), day, "Leiden, PIT", plan.team[4].id,
                          tuple(Attendance(m.id) for m in plan.team), "Notes")
        ratings = []
        if values:
            f1, c1, t1, f2 = values
            ratings = [Rating(new_id(), g1.id, day, f1, Rater.FAMILY, meeting.id),
                       Rating(new_id(), g1.id, day, c1, Rater.CHILD, meeting.id),
                       Rating(new_id(), g1.id, day, t1, Rater.TEAM, meeting.id),
                       Rating(new_id(), g2.id, day, f2, Rater.FAMILY, meeting.id)]
        save_plan_version(db, family_id=family.id, content=plan, actor="Coach Anna",  # type: ignore[arg-type]
                          meeting=meeting, ratings=ratings, today=day)
    return family.id


def shoot(language: str) -> None:
    install_translations(language)
    with tempfile.TemporaryDirectory() as tmp:
        from tests import keyring_backend

        keyring_backend.use_in_process(Path(tmp) / "keyring.cfg")
        db = open_local(DataPaths(Path(tmp) / "data"))
        try:
            fid = history(db, language)
            window = MainWindow(db, actor="Coach Anna")
            window._offered = True  # type: ignore[attr-defined]
            window.resize(1366, 768)
            window.show()
            window.open_family(fid)
            grab(window, f"evaluation-0-family-home-{language}")
            window.start_evaluation(fid)
            flow = window.meeting
            assert flow is not None and flow.editor.draft.evaluation is not None
            typed = QCoreApplication.translate("GoalReviewStep", "Type in the evaluation")
            draft = flow.editor.draft
            ev = draft.evaluation
            assert ev is not None
            plan = draft.plan
            goals = (replace(ev.goals[0], decision=Decision.CONTINUE,
                             family_helped="Grandma's walks",
                             team_helped="The weekly note from school",
                             decision_reason="Nearly there"),
                     replace(ev.goals[1], verdict=Verdict.REACHED, decision=Decision.FINALIZE,
                             family_helped="Screens off at 20:00",
                             decision_reason="Calm for two months"))
            agreement = Agreement(True, TODAY, "Fatima",
                                  (SignOff(plan.team[0].id, "Fatima", TODAY),))
            flow.editor.edit(replace(draft, meeting=replace(
                draft.meeting, notes="Evaluation with the whole team."), evaluation=replace(
                ev, goals=goals, next_steps="Keep the walks; meet in September.",
                overall_reason="One goal reached, one nearly there.",
                family_reflection="We feel heard.", agreement=agreement)), typed)
            names = {"meeting": "1-meeting", "period": "2-period",
                     f"goal:{goals[0].goal_id}": "3-goal", f"goal:{goals[1].goal_id}":
                     "4-goal-finalize", "actions_recap": "5-actions", "overall": "6-overall",
                     "cycle_agreement": "7-agreement"}
            for key, name in names.items():
                flow.go_to(key)
                grab(window, f"evaluation-{name}-{language}")
            record_evaluation(db, draft=flow.editor.draft, actor="Coach Anna")
            flow.stop()
            window._meeting_done(fid, None)
            window.home.tabs.setCurrentWidget(window.home.cycle_page)
            grab(window, f"transition-0-phases-{language}")
            dialog = PhaseDialog(phase_state(db, family_id=fid).current, window)
            dialog.reason.setText("The family decides to end")
            dialog.resize(520, 220)
            dialog.show()
            grab(dialog, f"transition-1-phase-dialog-{language}")
            dialog.close()
            window.start_transition(fid)
            flow = window.meeting
            assert flow is not None and flow.editor.draft.transition is not None
            draft = flow.editor.draft
            t = draft.transition
            assert t is not None
            flow.editor.edit(replace(draft, transition=replace(
                t, continuing=(ContinuingSupport(new_id(), "Walks to school", "Grandma Aziz"),),
                crisis_contacts=(CrisisContact(new_id(), "Wijkteam Leiden", "071 516 5000"),),
                come_back="Call the PIT office.", agreement=agreement)), typed)
            for key, name in (("meeting", "2-meeting"), ("successes", "3-successes"),
                              ("continuing", "4-after-closure"), ("come_back", "5-coming-back"),
                              ("cycle_agreement", "6-agreement")):
                flow.go_to(key)
                grab(window, f"transition-{name}-{language}")
            flow.stop()
            window.meeting = None
            window.show_families()
            grab(window, f"transition-7-families-phase-{language}")
            window.close()
        finally:
            db.dispose()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("en", "nl", "fr"):
        shoot(language)
    del app


if __name__ == "__main__":
    main()
