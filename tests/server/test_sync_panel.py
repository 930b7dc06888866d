"""The sync indicator on real widgets: sync on a worker thread, status, a clear failure."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from tests.factories import sample_plan
from tests.screenshots import save_and_check
from tests.server.conftest import TEAM, Team
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database, open_server

from vrac_desktop.gui.sync_panel import SyncPanel


def test_sync_now_runs_off_the_ui_thread_and_updates_the_status(  # type: ignore[no-untyped-def]
        qtbot, team: Team, tmp_path: Path) -> None:
    for i in range(5):
        family, _ = create_family(team.a, display_name=f"Family {i}", actor="anna")
        save_plan_version(team.a, family_id=family.id, content=sample_plan(), actor="anna")
    threads: list[str] = []

    def connect(_password: str | None) -> Database:
        threads.append(threading.current_thread().name)
        return open_server(team.url)

    panel = SyncPanel(team.a, connect=connect, team=TEAM, actor="anna")
    qtbot.addWidget(panel)
    panel.show()
    assert "Last sync: never · changes to send: 5" in panel.status.text()
    with qtbot.waitSignal(panel.finished, timeout=60000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.button.isEnabled())
    assert threads == ["vrac-sync"]
    assert "changes to send: 0" in panel.status.text()
    assert "never" not in panel.status.text()
    assert not panel.bar.isVisible() and not panel.running()
    shots = Path(os.environ.get("VRAC_SCREENSHOTS") or tmp_path)
    save_and_check(panel, shots / "sync_panel.png")


def _failed_sync(qtbot, team: Team,  # type: ignore[no-untyped-def]
                 connect: Callable[[str | None], Database]) -> tuple[SyncPanel, str]:
    """A sync started in the panel with ``connect``, that fails: the panel, once its button
    can be used again, and the message it sent."""
    panel = SyncPanel(team.a, connect=connect, team=TEAM, actor="anna")
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.failed, timeout=30000) as blocker:
        panel.start()
    qtbot.waitUntil(lambda: panel.button.isEnabled())
    return panel, str(blocker.args[0])


def test_an_unreachable_server_is_said_plainly(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    def connect(_password: str | None) -> Database:
        return open_server("postgresql://coach@127.0.0.1:1/vrac", password="x")

    panel, message = _failed_sync(qtbot, team, connect)
    assert "could not be reached" in message
    assert "could not be reached" in panel.details.toPlainText()


def test_an_unexpected_error_is_said_and_the_button_comes_back(  # type: ignore[no-untyped-def]
        qtbot, team: Team) -> None:
    """Not every failure is a StoreError (a driver's own exception, a bug): the panel says so
    and can be used again, instead of a Sync button left disabled with no word."""
    def connect(_password: str | None) -> Database:
        raise RuntimeError("the driver crashed")

    panel, message = _failed_sync(qtbot, team, connect)
    assert "RuntimeError: the driver crashed" in message
    assert "Nothing was lost" in panel.details.toPlainText()
    assert not panel.running()
