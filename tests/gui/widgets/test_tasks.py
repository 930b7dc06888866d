"""Background tasks: the result or the error reaches the window, and no dialog is left behind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from vrac_desktop.gui.tasks import Progress, run_task


def test_tasks_deliver_and_leave_no_progress_dialog(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    results: list[object] = []
    errors: list[BaseException] = []

    def work(progress: Progress) -> int:
        progress(1, 2, "half")
        return 42

    def fail(progress: Progress) -> int:
        raise OSError("disk full")

    for job in (work, fail, work):
        task = run_task(window, "Exporting", job, results.append, errors.append)
        with qtbot.waitSignal(task.done, timeout=10_000):
            pass
    assert results == [42, 42]
    assert [str(e) for e in errors] == ["disk full"]
    QApplication.sendPostedEvents(None, 0)  # the deferred deletes
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog))
