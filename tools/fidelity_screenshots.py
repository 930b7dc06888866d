"""Screenshots of fidelity in en/nl/fr (docs/screenshots/fidelity-*.png).

    QT_QPA_PLATFORM=offscreen python tools/fidelity_screenshots.py [OUTDIR]

Seeds a temporary data folder with 13 families (tests/fidelity_data.py), then grabs, at
1366x768 in each UI language: the Fidelity tab of a family with three meetings, the family's
voice at the end of the agreement step, and the organisation summary.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.fidelity_data import make_family, make_organisation  # noqa: E402
from vrac_desktop.store.database import open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402

from vrac_desktop.gui.fidelity_summary import FidelitySummaryDialog  # noqa: E402
from vrac_desktop.gui.i18n import install_translations  # noqa: E402
from vrac_desktop.gui.main_window import MainWindow  # noqa: E402
from vrac_desktop.gui.meeting.steps import AgreementStep  # noqa: E402

TODAY = date(2026, 11, 29)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    from tests import keyring_backend

    keyring_backend.use_in_process(os.environ.get(keyring_backend.FILE_ENV)
                                   or tmp / "keyring.cfg")
    app = QApplication.instance() or QApplication([])
    db = open_local(DataPaths(tmp / "data"))
    make_organisation(db, 13)
    family = make_family(db, 101, team="leiden-noord", meetings=3)
    for language in ("en", "nl", "fr"):
        install_translations(language)
        window = MainWindow(db, actor="Coach Anneke Veldhuis")
        window._offered = True  # no unfinished-meeting prompt in screenshots
        window.resize(1366, 768)
        window.show()
        window.home.show_family(family.family_id, today=TODAY)
        window.stack.setCurrentWidget(window.home)
        window.home.tabs.setCurrentWidget(window.home._fidelity_page)
        app.processEvents()
        window.grab().save(str(out / f"fidelity-tab-{language}.png"))
        tab = window.home.fidelity_tab
        scroll_body = tab.layout().itemAt(0).widget().widget()  # the scroll area's body
        scroll_body.grab().save(str(out / f"fidelity-tab-full-{language}.png"))

        window.open_meeting(family.family_id)
        flow = window.meeting
        assert flow is not None
        agreement = next(s for s in flow.steps if isinstance(s, AgreementStep))
        flow.go_to(agreement.key)
        app.processEvents()
        agreement.voice.child_answers.setChecked(True)
        # Some answers given, one left out: chosen faces stand out, the others step back.
        for (who, question), value in zip(agreement.voice.scales, (4, 5, 5, 3, 3, None),
                                          strict=True):
            if value is not None:
                agreement.voice.scales[(who, question)]._choose(value)
        app.processEvents()
        agreement.voice.grab().save(str(out / f"fidelity-voice-{language}.png"))
        flow.leave()
        window.discard_meeting(family.family_id)

        window.start_evaluation(family.family_id)
        evaluation = window.meeting
        assert evaluation is not None
        evaluation.go_to("overall")
        app.processEvents()
        window.grab().save(str(out / f"fidelity-evaluation-{language}.png"))
        evaluation.leave()
        window.discard_meeting(family.family_id)

        dialog = FidelitySummaryDialog(db, today=TODAY, parent=window)
        dialog.resize(1100, 700)
        dialog.show()
        assert dialog.task is not None
        dialog.task.wait(60)
        while dialog.summary is None:
            app.processEvents()
        app.processEvents()
        dialog.grab().save(str(out / f"fidelity-summary-{language}.png"))
        dialog.close()
        window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
