"""One app window per data folder: a second start hands over to the first.

The OS lock in store/instance.py decides who owns the data folder. The owner also listens on
a local socket (a named pipe on Windows) named after the data folder; a second start that
finds the folder locked connects, asks the owner to bring its window forward, and exits. If
the owner does not answer (hung, or another user's session), the second start says so.

The owner starts listening once its window is on screen (``listen``), not before: QtNetwork
is not needed for the first paint. A second start in between keeps trying to connect for
``ANSWER_MS``.
"""

from __future__ import annotations

import getpass
import time
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from vrac_desktop.store.instance import AlreadyRunningError, InstanceLock
from vrac_desktop.store.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE_REQUEST = b"raise\n"
RAISE_ACK = b"ok\n"
ANSWER_MS = 3000


def server_name(paths: DataPaths) -> str:
    import hashlib

    try:
        user = getpass.getuser()
    except Exception:  # no user name (containers): the folder alone still separates apps
        user = ""
    digest = hashlib.sha256(f"{user}\0{paths.root}".encode()).hexdigest()[:20]
    return f"vrac-desktop-{digest}"


# A NamedTuple, not a dataclass: this module is on the first screen's path, where each
# dataclass took 0.2-0.6 ms to define (tests/gui/test_startup_imports.py).
class StartResult(NamedTuple):
    primary: bool  # True: this process owns the data folder and should show its window
    message: str  # for a second start: what happened, to show the user


class SingleInstance(QObject):
    """Owns the data folder for this process, or hands over to the process that does."""

    raise_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock = InstanceLock(paths)
        self._server: QLocalServer | None = None
        self._owner = False

    def start(self) -> StartResult:
        """Take the data folder, or ask its owner to come forward. Raises DataFolderError
        when the folder itself cannot be used."""
        try:
            self._lock.acquire()
        except AlreadyRunningError as exc:
            if self._ask_owner_to_raise():
                return StartResult(False, QCoreApplication.translate(
                    "SingleInstance", "VRAC Desktop is already open with this data folder; "
                    "its window was brought to the front."))
            return StartResult(False, QCoreApplication.translate(
                "SingleInstance", "VRAC Desktop is already running with this data folder "
                "(process %1), but it did not answer. Switch to it, or close it and start "
                "again; nothing was changed.").replace("%1", str(exc.pid or "?")))
        self._owner = True
        return StartResult(True, "")

    def listen(self) -> None:
        """Answer later starts (once; after ``start`` made this process the owner)."""
        if self._server is not None or not self._owner:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._paths)
        # We hold the OS lock, so a server of this name is a leftover of a crashed owner.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._answer)
        server.listen(name)
        self._server = server

    def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._owner = False
        self._lock.release()

    def _ask_owner_to_raise(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        name = server_name(self._paths)
        deadline = time.monotonic() + ANSWER_MS / 1000
        while True:  # the owner listens once its window is on screen: maybe not yet
            socket = QLocalSocket()
            socket.connectToServer(name)
            if socket.waitForConnected(ANSWER_MS):
                break
            socket.abort()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        socket.write(RAISE_REQUEST)
        socket.flush()
        answered = b""
        while RAISE_ACK not in answered and socket.waitForReadyRead(ANSWER_MS):
            answered += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return RAISE_ACK in answered

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and bytes(socket.readLine().data()) == RAISE_REQUEST:
            self.raise_requested.emit()
            socket.write(RAISE_ACK)
            socket.flush()
