"""The sync indicator: last sync, changes waiting, plans with two heads, and "Sync now".

Sync runs on a worker thread (services/sync.py is synchronous; per the Database threading rule
it opens its own sessions there). The worker only emits signals; Qt queues them to this
widget's thread, so every widget change happens on the UI thread. Closing the panel waits for
a running sync to stop between two families (``cancel``).

When the server refuses the password, or none is remembered, the panel asks for it right
there (a password field, "remember on this computer", and "Sync with this password"), then
syncs again; the password is handed to ``remember`` (OS keyring or the encrypted database),
never to settings. Versions that fail their author signature check are listed with who/what.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from vrac_desktop.services.families import get_family
from vrac_desktop.services.sync import sync, sync_status
from vrac_desktop.services.sync_results import SyncResult
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.server_connection import ServerPasswordError
from vrac_desktop.translate import error_text, message_text

from vrac_desktop.gui.forms.ui_sync_panel import Ui_SyncPanel


class SyncPanel(QWidget):
    progressed = Signal(int, int)
    finished = Signal(object)  # SyncResult
    failed = Signal(str)
    password_needed = Signal(str)

    def __init__(self, local: Database, *, connect: Callable[[str | None], Database],
                 team: str, actor: str, signer: Callable[[], Any] = lambda: None,
                 remember: Callable[[str], None] = lambda _password: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._local, self._team, self._actor = local, team, actor
        # Opens the team server with the password given (None: the remembered one, else
        # libpq's PGPASSWORD/.pgpass). Runs on the worker thread.
        self._connect = connect
        self._signer_for = signer  # this laptop's signing key; asked on the UI thread
        self._signer: Any = None
        self._remember = remember
        self._password: str | None = None  # typed in the panel, for this session
        self._remember_typed = False  # remember it once the server accepted it
        self._worker: threading.Thread | None = None
        self._cancel = threading.Event()
        self.ui = Ui_SyncPanel()  # layout in ui/sync_panel.ui
        self.ui.setupUi(self)
        self.status, self.details, self.bar = self.ui.status, self.ui.details, self.ui.bar
        self.button, self.asking, self.password = self.ui.button, self.ui.asking, self.ui.password
        self.remember_box, self.use_password = self.ui.remember_box, self.ui.use_password
        self.button.clicked.connect(self.start)
        self.password.returnPressed.connect(self._use_password)
        self.use_password.clicked.connect(self._use_password)
        self.progressed.connect(self._on_progress)
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.password_needed.connect(self._on_password_needed)
        self.refresh()

    def refresh(self, problem: str = "") -> None:
        st = sync_status(self._local, team=self._team)
        when = (st.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M") if st.last_sync_at
                else self.tr("never"))
        text = (self.tr("Last sync: %1 · changes to send: %2").replace("%1", when)
                .replace("%2", str(st.pending)))
        if st.two_heads:
            text += " · " + self.tr("plans with two versions to reconcile: %1").replace(
                "%1", str(st.two_heads))
        if st.interrupted:
            text += " · " + self.tr("the last sync was interrupted; sync again to finish it")
        self.status.setText(text)
        # What went wrong (a refused version's who/what, a refused password...): in a box
        # that scrolls, so a long report never pushes the buttons out of the window.
        self.details.setPlainText(problem)
        self.details.setVisible(bool(problem))

    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def start(self) -> None:
        if self.running():
            return
        try:
            self._signer = self._signer_for()  # may ask the passphrase: UI thread
        except StoreError as exc:
            self.refresh(error_text(exc))
            return
        self.button.setEnabled(False)
        self.bar.setRange(0, 0)  # busy until the first family is done
        self.bar.setVisible(True)
        self._cancel.clear()
        self._worker = threading.Thread(target=self._run, name="vrac-sync")
        self._worker.start()

    def _run(self) -> None:
        # Worker thread: no widget is touched here, only signals are emitted.
        try:
            server = self._connect(self._password)
            if self._remember_typed and self._password is not None:
                self._remember(self._password)  # accepted by the server: keep it
                self._remember_typed = False
            try:
                result = sync(self._local, server, team=self._team, actor=self._actor,
                              progress=self.progressed.emit, cancel=self._cancel,
                              signer=self._signer)
            finally:
                server.dispose()
        except ServerPasswordError as exc:
            self.password_needed.emit(error_text(exc))
        except StoreError as exc:
            self.failed.emit(error_text(exc))
        except Exception as exc:  # a bug or a driver's own error: said, not lost
            self.failed.emit(self.tr(
                "The sync stopped on an unexpected error (%1). Nothing was lost: what was "
                "not synced is sent next time. Try again; if it happens again, tell your "
                "administrator.").replace("%1", f"{type(exc).__name__}: {exc}"))
        else:
            self.finished.emit(result)

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _done(self) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        self.bar.setVisible(False)
        self.button.setEnabled(True)

    def _on_finished(self, result: SyncResult) -> None:
        self._done()
        lines = [message_text(p.message) for p in result.problems]
        for fid in result.concurrent_evaluations:
            lines.append(self.tr(
                "%1: evaluations were recorded at the same time on two laptops. Both are kept "
                "and neither replaces the other; the family's Phases and evaluations tab shows "
                "them.").replace("%1", get_family(self._local, family_id=fid).display_name))
        self.refresh("\n".join(lines))

    def _on_failed(self, message: str) -> None:
        self._done()
        self.refresh(message)

    def _on_password_needed(self, message: str) -> None:
        self._done()
        self._password = None
        self.refresh(message)
        self.asking.setVisible(True)
        self.password.clear()
        self.password.setFocus()

    def _use_password(self) -> None:
        typed = self.password.text()
        if not typed:
            return
        self.password.clear()
        self.asking.setVisible(False)
        self._password = typed
        self._remember_typed = self.remember_box.isChecked()
        self.start()

    def stop(self) -> None:
        """Stop a running sync between two families and wait for it (on close)."""
        self._cancel.set()
        if self._worker is not None:
            self._worker.join()
            self._worker = None
