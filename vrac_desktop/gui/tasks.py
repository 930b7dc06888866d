"""One helper for long work (export, backup, restore, sync): off the UI thread, with a
progress dialog, and results delivered on the UI thread.

Threading rule: ``work`` runs on a worker thread and must not touch widgets; it gets a
``progress(done, total, text)`` callback that is safe to call from there. ``on_done`` and
``on_error`` run on the UI thread. Database work inside ``work`` opens its own session (the
services do), as the Database threading rule says.

The worker is a QThread, not a Python thread: Qt objects made inside ``work`` (the export's
QTextDocument and QPdfWriter) start timers, and a thread Qt merely adopted has no event
dispatcher for them ("QBasicTimer::start: current thread's event dispatcher has already
been destroyed", printed dozens of times per export).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]


class _Relay(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Worker(QThread):
    """Kept alive until its run() has returned, whatever happens to the Task or window that
    started it (a QThread destroyed while running aborts the process)."""

    running: ClassVar[set[_Worker]] = set()

    def __init__(self, run: Callable[[], None], title: str) -> None:
        super().__init__()
        self._run = run
        self.setObjectName(f"task: {title}")
        _Worker.running.add(self)
        self.finished.connect(lambda: _Worker.running.discard(self))

    def run(self) -> None:
        self._run()


class Task(QObject):
    """A running task; keep a reference until ``done`` (the window keeps its tasks)."""

    done = Signal()

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any],
                 on_done: Callable[[Any], object],
                 on_error: Callable[[BaseException], object], *, quiet: bool = False,
                 cancel: threading.Event | None = None) -> None:
        super().__init__(parent)
        self._cancel = cancel
        self._relay = _Relay()
        self._on_done = on_done
        self._on_error = on_error
        self._quiet = quiet
        self.dialog = QProgressDialog(title, "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButton(None)  # the work finishes or fails; never half-cancelled
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        if quiet:  # background upkeep (automatic backup): no dialog in the coach's way
            self.dialog.cancel()
            self.dialog.setMinimumDuration(2**31 - 1)
        self._relay.progressed.connect(self._progress)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)

        def run() -> None:
            try:
                result = work(self._relay.progressed.emit)
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
                self._relay.failed.emit(exc)
            else:
                self._relay.finished.emit(result)

        self.worker = _Worker(run, title)
        self.worker.start()

    def cancel(self) -> None:
        """Ask the work to stop, when it can (it was given ``cancel`` and looks at it): its
        result or error is then dropped. A task that cannot stop (a backup) is left to end."""
        if self._cancel is not None:
            self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work ends (tests; the UI never calls this)."""
        if timeout is None:
            self.worker.wait()
        else:
            self.worker.wait(round(timeout * 1000))

    def _progress(self, done: int, total: int, text: str) -> None:
        if self._quiet:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        """Close the progress dialog and let it go: it belongs to the window, which would
        otherwise keep one hidden dialog per task it ever ran."""
        self.dialog.close()
        self.dialog.deleteLater()

    def _finished(self, result: Any) -> None:
        self.worker.wait()  # its run() has returned or is returning: never delete it running
        self._close_dialog()
        if not self.cancelled():
            self._on_done(result)
        self.done.emit()

    def _failed(self, exc: BaseException) -> None:
        self.worker.wait()
        self._close_dialog()
        if not self.cancelled():
            self._on_error(exc)
        self.done.emit()


def run_task(parent: QWidget, title: str, work: Callable[[Progress], Any],
             on_done: Callable[[Any], object],
             on_error: Callable[[BaseException], object], *, quiet: bool = False,
             cancel: threading.Event | None = None) -> Task:
    """``cancel``: the event ``Task.cancel`` sets, for work that looks at it."""
    task = Task(parent, title, work, on_done, on_error, quiet=quiet, cancel=cancel)
    task.done.connect(task.deleteLater)
    return task
