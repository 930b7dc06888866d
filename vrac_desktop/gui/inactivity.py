"""Inactivity detection for the whole application (the lock policy is in services/lock.py).

An event filter on the QApplication sees every user input in every window, so idle time is
measured for the app as a whole, not per widget (KeePassXC's InactivityTimer does the same).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class InactivityTimer(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without user input; 0 disables it.

    Call ``start()`` after unlocking and ``stop()`` while locked. Input restarts the count.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._timeout_ms = max(0, timeout_ms)
        self._active = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._active

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = max(0, timeout_ms)
        if self._active:
            self._restart()

    def start(self) -> None:
        self._active = True
        self._restart()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def _restart(self) -> None:
        if self._active and self._timeout_ms > 0:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def _expired(self) -> None:
        if self._active:
            self._active = False
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._active and event.type() in _INPUT_EVENTS:
            self._restart()
        return False
