"""Kill the app mid-meeting (SIGKILL), restart: the draft is offered back intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.modals import when_modal
from vrac_desktop.services.plans import list_versions
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths

from vrac_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_killed_meeting_is_offered_back(qtbot: Any, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.autosave_child", str(paths.root)], cwd=ROOT,
        stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    assert child.stdout is not None
    family_id = saved = None
    autosaves = 0
    try:
        for line in child.stdout:
            if line.startswith("FAMILY "):
                family_id = line.split()[1]
            elif line.startswith("AUTOSAVED "):
                saved = line[len("AUTOSAVED "):].rstrip("\n")
                autosaves += 1
                if autosaves == 3:  # a few autosaves in: the coach is typing on
                    break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert family_id and saved and saved.startswith("word0 word1")

    db = open_local(paths)
    try:
        window = MainWindow(db, actor="coach")
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "meeting", None))
        offered: list[str] = []

        def answer(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            offered.append(box.text())
            next(b for b in box.buttons() if "Continue" in b.text().replace("&", "")).click()

        when_modal(qtbot, answer, QMessageBox)
        window.show()
        # Generous: under load, building the meeting's pages takes seconds.
        qtbot.waitUntil(lambda: window.meeting is not None, timeout=60_000)
        assert "Crash family" in offered[0]
        flow = window.meeting
        assert flow is not None
        text = flow.plan.situation.family_story.text
        # Everything up to the last autosave we saw is back; maybe a little more.
        assert text.startswith(saved)
        assert flow.current_step().key == "situation"
        assert list_versions(db, family_id=family_id) == []
        flow.stop()
    finally:
        db.dispose()
