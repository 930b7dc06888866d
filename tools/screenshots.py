"""Screenshots of the meeting flow, each step, in en/nl/fr (docs/screenshots/).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUTDIR]

Seeds a temporary data folder with a realistic family (tests/factories.py), opens a
follow-up meeting and grabs every step, in each UI language, at 1366×768.
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

from tests import keyring_backend  # noqa: E402
from tests.factories import sample_plan  # noqa: E402
from vrac_desktop.domain.model import Rater, Rating, new_id  # noqa: E402
from vrac_desktop.services.families import create_family  # noqa: E402
from vrac_desktop.services.plans import save_plan_version  # noqa: E402
from vrac_desktop.store.database import open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402

from vrac_desktop.gui.i18n import install_translations  # noqa: E402
from vrac_desktop.gui.main_window import MainWindow  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    keyring_backend.use_in_process(os.environ.get(keyring_backend.FILE_ENV)
                                   or tmp / "keyring.cfg")
    app = QApplication.instance() or QApplication([])
    db = open_local(DataPaths(tmp / "data"))
    family, _ = create_family(db, display_name="El Amrani", reference="LEI-2026-014",
                              language="nl", actor="Coach Anna")
    plan = sample_plan()
    ratings = [Rating(new_id(), g.id, date(2026, 11, 24), g.baseline, Rater.FAMILY)
               for g in plan.goals]
    save_plan_version(db, family_id=family.id, content=plan, actor="Coach Anna",
                      ratings=ratings)
    for language in ("en", "nl", "fr"):
        install_translations(language)
        window = MainWindow(db, actor="Coach Anna")
        window._offered = True  # no unfinished-meeting prompt in screenshots
        window.resize(1366, 768)
        window.show()
        window.open_family(family.id)
        app.processEvents()
        window.grab().save(str(out / f"family-home-{language}.png"))
        window.open_meeting(family.id)
        flow = window.meeting
        assert flow is not None
        for row, step in enumerate(flow.steps):
            flow.navigator.setCurrentRow(row)
            app.processEvents()
            window.grab().save(str(out / f"meeting-{row + 1}-{step.key}-{language}.png"))
        flow.leave()
        window.discard_meeting(family.id, ask=False)
        window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
