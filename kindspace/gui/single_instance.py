"""One kindspace per person and journal: a second start brings the first window forward.

Two journals opened by two processes would fight over the WAL and the drafts, and a person
who clicks the launcher again simply wants to see their window. A QLockFile in the data
folder says who runs. A second start leaves a small request file beside it; the first
instance watches the folder, takes the request away and comes forward, and the second start,
seeing it taken, exits quietly.

Why a file and not a local socket: a socket server meant loading QtNetwork into every start
(about 3 MiB resident and 10 ms) to receive one word, and a folder watcher is already part
of QtCore. The folder is the journal's own private one, so nobody else can ask.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from kindspace.paths import make_private, write_private_atomically

LOCK_NAME = "kindspace.lock"
#: What a second start leaves for the first one (its content is never read).
REQUEST_NAME = "kindspace.show"
#: How long a second start waits for the first to take its request before saying so.
ANSWER_TIMEOUT_S = 3.0
POLL_S = 0.02


class SingleInstance(QObject):
    """Hold the lock and watch for later starts; ``show_requested`` fires for each one."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = data_dir
        self._path = data_dir / LOCK_NAME
        self._request = data_dir / REQUEST_NAME
        self._lock = QLockFile(str(self._path))
        # A lock older than this from a process that no longer exists is taken over.
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when this is the first instance; then it starts watching for requests."""
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
        self._take_request()  # left by a start that gave up waiting: not meant for this one
        watcher = QFileSystemWatcher([str(self._folder)], self)
        watcher.directoryChanged.connect(self._look)
        self._watcher = watcher
        return True

    def _look(self, _folder: str = "") -> None:
        if self._take_request():
            self.show_requested.emit()

    def _take_request(self) -> bool:
        try:
            self._request.unlink()
        except OSError:  # none there (most changes in the folder are the journal's own)
            return False
        return True

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._look)
            self._watcher.deleteLater()
            self._watcher = None
        self._lock.unlock()


def ask_first_instance_to_show(data_dir: Path, timeout_s: float = ANSWER_TIMEOUT_S) -> bool:
    """Ask the running kindspace to come forward; False when it didn't take the request.

    Blocking for at most ``timeout_s``: a second start has no window to keep answering.
    """
    request = data_dir / REQUEST_NAME
    try:
        write_private_atomically(request, b"show\n")
    except OSError:
        return False
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(POLL_S)
    try:
        request.unlink()  # nobody took it; don't leave it for a later start
    except FileNotFoundError:
        return True  # taken at the last moment
    except OSError:
        pass
    return False
