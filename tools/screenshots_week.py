"""Screenshots of the screens issue 13 changed, at 1366x768, in en/nl/fr (docs/screenshots/).

    QT_QPA_PLATFORM=offscreen python tools/screenshots_week.py [OUTDIR]

Seeds a temporary data folder with three families (tests/factories.py) and grabs the coach's
week, a family home, the goals and agreement steps, the family view and two dialogs.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests import keyring_backend  # noqa: E402
from tests.factories import sample_plan, with_progress  # noqa: E402
from vrac_desktop.domain.model import Rater, Rating, new_id  # noqa: E402
from vrac_desktop.services.families import create_family  # noqa: E402
from vrac_desktop.services.plans import save_plan_version  # noqa: E402
from vrac_desktop.store.database import open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402
from vrac_desktop.store.settings import Settings  # noqa: E402

from vrac_desktop.gui.coach_name import CoachNameDialog  # noqa: E402
from vrac_desktop.gui.i18n import install_translations  # noqa: E402
from vrac_desktop.gui.main_window import MainWindow  # noqa: E402
from vrac_desktop.gui.meeting.steps import AgreementStep  # noqa: E402
from vrac_desktop.gui.style import apply_style  # noqa: E402
from vrac_desktop.gui.unlock import PassphraseDialog  # noqa: E402

SIZE = QSize(1366, 768)


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    keyring_backend.use_in_process(os.environ.get(keyring_backend.FILE_ENV)
                                   or tmp / "keyring.cfg")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_style(app)
    db = open_local(DataPaths(tmp / "data"))
    today = date.today()
    main_family = None
    for name, language, shift in (("El Amrani", "nl", -10), ("Dubois", "fr", 5),
                                  ("Peeters", "en", 20)):
        family, _ = create_family(db, display_name=name, reference=f"LEI-{abs(shift):03d}",
                                  language=language, actor="Coach Anna")
        plan = sample_plan(f" ({name})" if name != "El Amrani" else "")
        plan = replace(plan, next_meeting_on=today + timedelta(days=shift + 14),
                       actions=tuple(replace(a, due_on=today + timedelta(days=shift + 7 * i))
                                     for i, a in enumerate(plan.actions)))
        ratings = [Rating(new_id(), g.id, today - timedelta(days=30), g.baseline, Rater.FAMILY)
                   for g in plan.goals]
        save_plan_version(db, family_id=family.id, content=plan, actor="Coach Anna",
                          ratings=ratings)
        later = [Rating(new_id(), plan.goals[0].id, today, 5, r) for r in Rater]
        save_plan_version(db, family_id=family.id, content=with_progress(plan),
                          actor="Coach Anna", ratings=later)
        main_family = main_family or family.id
    assert main_family is not None
    for language in ("en", "nl", "fr"):
        install_translations(language)
        settings = Settings(tmp / f"settings-{language}.json")
        window = MainWindow(db, actor="Coach Anna", settings=settings)
        window._offered = True
        window.resize(SIZE)
        window.show()
        window.show_week()
        grab(window, out / f"week-{language}.png")
        window.open_family(main_family)
        grab(window, out / f"family-home-1366-{language}.png")
        window.home.tabs.setCurrentIndex(1)
        grab(window, out / f"family-progress-1366-{language}.png")
        window.home.tabs.setCurrentIndex(0)
        window.open_meeting(main_family)
        flow = window.meeting
        assert flow is not None
        flow.go_to("goals")
        grab(window, out / f"meeting-goals-1366-{language}.png")
        flow.go_to("agreement")
        agreement = next(s for s in flow.steps if isinstance(s, AgreementStep))
        grab(window, out / f"meeting-agreement-1366-{language}.png")
        dialog = agreement.draw_signature(flow.plan.team[0].id)
        grab(dialog, out / f"signature-dialog-{language}.png")
        dialog.reject()
        window.toggle_family_view()
        view = window.family_view
        assert view is not None
        view.resize(SIZE)
        view.view.flush()
        view.view.follow_step("goals")
        grab(view, out / f"family-view-goals-{language}.png")
        view.close()
        flow.stop()
        window._meeting_done(main_family, None)
        passphrase = PassphraseDialog(new=True)
        passphrase.show()
        passphrase.passphrase.setText("short")
        passphrase._check()
        grab(passphrase, out / f"passphrase-error-{language}.png")
        passphrase.close()
        coach = CoachNameDialog()
        coach.show()
        grab(coach, out / f"coach-name-{language}.png")
        coach.close()
        window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
