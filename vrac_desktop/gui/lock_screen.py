"""The lock screen (covers the whole window while locked), the clipboard guard, and the
controller that wires both into a main window.

The widget only shows and forwards: the policy (back-off, keyring or passphrase, disposing
the database) is in services/lock.py. Wrong passphrases get a count-down instead of a frozen
window: the service says how long to wait and the button stays disabled until then.
"""

from __future__ import annotations

import hashlib
import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QWidget,
)

from vrac_desktop.services.lock import LockService, UnlockResult
from vrac_desktop.translate import message_text

from vrac_desktop.gui.forms.ui_lock_screen import Ui_LockScreen
from vrac_desktop.gui.i18n import follow_language
from vrac_desktop.gui.inactivity import InactivityTimer
from vrac_desktop.gui.widgets import scale_font


class ClipboardGuard:
    """Remembers what the app copied, so locking can clear the clipboard only if it still
    holds that (never wiping something the user copied from another program)."""

    def __init__(self) -> None:
        self._digest: bytes | None = None

    @staticmethod
    def _hash(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self._digest = self._hash(text)

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it holds text this app put there; True if it did."""
        if self._digest is None:
            return False
        clipboard = QGuiApplication.clipboard()
        cleared = False
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if self._hash(clipboard.text(mode)) == self._digest:
                clipboard.clear(mode)
                cleared = True
        self._digest = None
        return cleared


class LockScreen(QWidget):
    """Shown in place of the app's pages while locked. Emits ``unlocked`` on success."""

    unlocked = Signal()

    def __init__(self, service: LockService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._wrong = ""
        self.setObjectName("LockScreen")
        self.ui = Ui_LockScreen()  # layout in ui/lock_screen.ui
        self.ui.setupUi(self)
        self.title, self.intro, self.message = self.ui.title, self.ui.intro, self.ui.message
        self.passphrase, self.unlock_button = self.ui.passphrase, self.ui.unlock_button
        scale_font(self.title, 1.6)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()

    def refresh(self) -> None:
        """Show the controls for this database's unlock mode; call when the screen shows."""
        uses_passphrase = self._service.uses_passphrase
        self.passphrase.setVisible(uses_passphrase)
        if uses_passphrase:
            self.intro.setText(self.tr("Your data was locked to keep it private. Type the "
                                       "passphrase to continue."))
            self.unlock_button.setText(self.tr("&Unlock"))
            self.passphrase.setFocus()
        else:
            self.intro.setText(self.tr("Your data was locked to keep it private. Unlock with "
                                       "your OS account (the key is in its keyring)."))
            self.unlock_button.setText(self.tr("Unlock with your OS &account"))
            self.unlock_button.setFocus()
        self.message.clear()
        self._tick()

    def try_unlock(self) -> None:
        if self._service.wait_seconds() > 0:
            self._tick()
            return
        result = self._service.unlock(passphrase=self.passphrase.text() or None)
        self.passphrase.clear()
        if result.ok:
            self.message.clear()
            self.unlocked.emit()
            return
        self._show_failure(result)

    def _show_failure(self, result: UnlockResult) -> None:
        if result.reason == "wrong_passphrase":
            self._wrong = self.tr("That passphrase is wrong; nothing was changed (wrong "
                                  "attempts in a row: %1).").replace("%1", str(result.failures))
        elif result.reason == "wait":
            pass  # the count-down below says it; keep the previous explanation
        elif result.reason == "passphrase_missing":
            self._wrong = self.tr("Type the passphrase to unlock.")
        else:
            # A message from the core (keyring missing, data folder unreadable...).
            self._wrong = message_text(result.message)
        self._tick()

    def _tick(self) -> None:
        wait = self._service.wait_seconds()
        if wait > 0:
            seconds = math.ceil(wait)
            self.message.setText(self._wrong + "\n" + self.tr(
                "The next try is possible in %1 s.").replace("%1", str(seconds)))
            self.unlock_button.setEnabled(False)
            self.passphrase.setEnabled(False)
            if not self._countdown.isActive():
                self._countdown.start()
            return
        self._countdown.stop()
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.message.setText(self._wrong)


class LockController(QObject):
    """Wires locking into a main window without the window knowing the details.

    ``LockController(window, service)`` adds "Lock" (Ctrl+L) to the window, locks after the
    idle time from the settings, and on lock: clears the clipboard if it holds our text,
    drops the database (service.lock), and puts the lock screen in place of the window's
    central widget (kept aside, then given back on unlock). ``locked`` is emitted after
    the lock so pages can clear what they show; ``unlocked`` when the data is back.
    """

    about_to_lock = Signal()  # save drafts and drop shown data now: the engine goes next
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, service: LockService,
                 clipboard: ClipboardGuard | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self.clipboard = clipboard or ClipboardGuard()
        self._kept: QWidget | None = None
        self.screen = LockScreen(service)
        self.screen.unlocked.connect(self._restore)
        self.inactivity = InactivityTimer(service.idle_timeout_seconds() * 1000, self)
        self.inactivity.idle.connect(self.lock)
        self.action = QAction(window)
        follow_language(window, self.retranslate)
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        self.inactivity.start()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Lock"))
        self.action.setShortcut(QKeySequence(self.tr("Ctrl+L")))

    def lock(self) -> None:
        if self._service.locked:
            return
        self.inactivity.stop()
        self.about_to_lock.emit()
        self.clipboard.clear_if_ours()
        self._service.lock()
        self._kept = self._window.takeCentralWidget()
        self._window.setCentralWidget(self.screen)
        self._window.menuBar().setEnabled(False)
        self.action.setEnabled(False)
        self.screen.refresh()
        self.screen.show()
        self.locked.emit()

    def _restore(self) -> None:
        # takeCentralWidget keeps the lock screen alive for the next lock.
        self._window.takeCentralWidget()
        if self._kept is not None:
            self._window.setCentralWidget(self._kept)
            self._kept = None
        self._window.menuBar().setEnabled(True)
        self.action.setEnabled(True)
        self.inactivity.set_timeout(self._service.idle_timeout_seconds() * 1000)
        self.inactivity.start()
        self.unlocked.emit()
