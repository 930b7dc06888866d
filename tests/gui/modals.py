"""Answer the next modal dialog from the event loop, and never a later test's.

``when_modal`` polls ``QApplication.activeModalWidget()`` until a dialog of the wanted kind is
open, then acts on it once. A poll that outlived its test used to click, close or reject the
next test's dialogs (the background export's "Exported" box was closed and deleted under the
archive test, seen under load), so every poll is registered here and the suite's
``_no_unanswered_modal`` fixture (tests/conftest.py) stops what is left at the end of each test
and fails the test that waited for a dialog that never opened.

A progress dialog is never the dialog a test answers: tasks show theirs after 300 ms, so
under load it can be the active modal widget just before the question the test waits for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

_waiting: list[tuple[QTimer, str]] = []


def when_modal(qtbot: Any, act: Callable[[QWidget], None],
               kind: type[QWidget] = QWidget) -> Callable[[], bool]:
    """Run ``act`` on the next modal dialog of ``kind`` as soon as it is open. Returns
    ``cancel``: it stops the poll (a test that checks no dialog opened) and says whether it
    was still waiting."""
    del qtbot  # kept in the signature: every caller has one, and this runs in its test
    timer = QTimer()
    entry = (timer, getattr(act, "__qualname__", repr(act)))

    def poll() -> None:
        timer.setInterval(20)
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog) or not isinstance(dialog, kind):
            return
        timer.stop()
        if entry in _waiting:
            _waiting.remove(entry)
        act(dialog)

    def cancel() -> bool:
        timer.stop()
        if entry in _waiting:
            _waiting.remove(entry)
            return True
        return False

    timer.timeout.connect(poll)
    _waiting.append(entry)
    timer.start(0)
    return cancel


def stop_waiting() -> list[str]:
    """Stop every poll still waiting; returns what they were waiting to do."""
    left = [name for _timer, name in _waiting]
    for timer, _name in _waiting:
        timer.stop()
    _waiting.clear()
    return left
