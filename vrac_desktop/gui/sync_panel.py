"""The sync indicator: last sync, changes waiting, plans with two heads, and "Sync now".

Sync runs on a worker thread (services/sync.py is synchronous; per the Database threading rule
it opens its own sessions there). The worker only emits signals; Qt queues them to this
widget's thread, so every widget change happens on the UI thread. Closing the panel waits for
a running sync to stop between two families (``cancel``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from vrac_desktop.services.sync import SyncResult, sync, sync_status
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError


class SyncPanel(QWidget):
    progressed = Signal(int, int)
    finished = Signal(object)  # SyncResult
    failed = Signal(str)

    def __init__(self, local: Database, *, connect: Callable[[], Database], team: str,
                 actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._local = local
        self._connect = connect  # opens the team server (open_server with the saved URL)
        self._team = team
        self._actor = actor
        self._worker: threading.Thread | None = None
        self._cancel = threading.Event()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.status, 1)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        self.button = QPushButton(self.tr("S&ync now"))
        self.button.setToolTip(self.tr("Send this laptop's changes to the team server and "
                                       "receive the team's"))
        self.button.clicked.connect(self.start)
        layout.addWidget(self.button)
        self.progressed.connect(self._on_progress)
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
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
        if problem:
            text += "\n" + problem
        self.status.setText(text)

    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def start(self) -> None:
        if self.running():
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
            server = self._connect()
            try:
                result = sync(self._local, server, team=self._team, actor=self._actor,
                              progress=self.progressed.emit, cancel=self._cancel)
            finally:
                server.dispose()
        except StoreError as exc:
            self.failed.emit(str(exc))
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
        problems = "\n".join(p.message for p in result.problems)
        self.refresh(problems)

    def _on_failed(self, message: str) -> None:
        self._done()
        self.refresh(message)

    def stop(self) -> None:
        """Stop a running sync between two families and wait for it (on close)."""
        self._cancel.set()
        if self._worker is not None:
            self._worker.join()
            self._worker = None
