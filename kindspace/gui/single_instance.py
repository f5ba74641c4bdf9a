"""One kindspace per person and journal: a second start brings the first window forward.

Two journals opened by two processes would fight over the WAL and the drafts, and a person
who clicks the launcher again simply wants to see their window. A QLockFile in the data
folder says who runs; a QLocalServer named after the user and the data folder receives
"show" from a second start, which then exits quietly.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kindspace.paths import make_private

LOCK_NAME = "kindspace.lock"
SHOW_MESSAGE = b"show\n"
CONNECT_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """A per-user, per-journal name (hashed, so the path never shows in /tmp)."""
    digest = hashlib.sha256(f"{getpass.getuser()}\0{data_dir.resolve()}".encode()).hexdigest()
    return f"kindspace-{digest[:24]}"


class SingleInstance(QObject):
    """Hold the lock and listen for later starts; ``show_requested`` fires for each one."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self._path))
        # A lock older than this from a process that no longer exists is taken over.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True when this is the first instance; then it starts listening."""
        # QLockFile writes pid, host, app name and machine/boot ids with the umask's
        # permissions (0644 by default): keep them to this person, from birth and after.
        previous = os.umask(0o077)
        try:
            locked = self._lock.tryLock(100)
        finally:
            os.umask(previous)
        if not locked:
            return False
        make_private(self._path)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            # A server socket left by a crashed instance: ours now, since we hold the lock.
            QLocalServer.removeServer(self._name)
            server.listen(self._name)
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(self._read_all)
            self._sockets.append(socket)
        self._read_all()

    def _read_all(self) -> None:
        """Read whatever the waiting sockets sent; forget the ones that are finished."""
        for socket in list(self._sockets):
            if socket.bytesAvailable() and SHOW_MESSAGE.strip() in bytes(socket.readAll().data()):
                self.show_requested.emit()
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._sockets.remove(socket)
                socket.deleteLater()

    def release(self) -> None:
        for socket in self._sockets:
            socket.readyRead.disconnect(self._read_all)
            socket.abort()
        self._sockets.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def ask_first_instance_to_show(data_dir: Path) -> bool:
    """Tell the running kindspace to come forward; False when nobody answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(SHOW_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True
