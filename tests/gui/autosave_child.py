"""Child process for the crash test: holds a meeting, types, and is killed mid-meeting.

Prints ``FAMILY <id>`` then ``AUTOSAVED <text>`` each time the draft reached the disk.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vrac_desktop.services.families import create_family  # noqa: E402
from vrac_desktop.store.database import open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402
from vrac_desktop.store.settings import Settings  # noqa: E402

from vrac_desktop.gui.main_window import MainWindow  # noqa: E402
from vrac_desktop.gui.meeting.steps import SituationStep  # noqa: E402


def main() -> None:
    paths = DataPaths(Path(sys.argv[1]))
    app = QApplication([])
    db = open_local(paths)
    settings = Settings(paths.settings)
    settings.set("autosave_seconds", 1)
    family, _ = create_family(db, display_name="Crash family", actor="coach")
    print(f"FAMILY {family.id}", flush=True)
    window = MainWindow(db, actor="coach", settings=settings)
    window._offered = True
    window.show()
    window.open_meeting(family.id)
    flow = window.meeting
    assert flow is not None
    flow.go_to("situation")
    story = next(s for s in flow.steps if isinstance(s, SituationStep)).story.edit
    words = iter(f"word{i} " for i in range(100_000))
    last = [None]

    def type_more() -> None:
        # Report before typing on: nothing has been typed since the autosave ran.
        if flow.last_autosave != last[0]:
            last[0] = flow.last_autosave
            print(f"AUTOSAVED {flow.editor.draft.plan.situation.family_story.text}", flush=True)
        QTest.keyClicks(story, next(words))

    timer = QTimer()
    timer.timeout.connect(type_more)
    timer.start(50)
    app.exec()


if __name__ == "__main__":
    main()
