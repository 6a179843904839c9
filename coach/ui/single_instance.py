"""One running app per data folder: a second start brings the running window forward.

The first process takes a lock file in the data folder (``QLockFile``) and
listens on a local socket whose name comes from the app id and a hash of the
data folder's path, so two different data folders can run side by side. A later
process that finds the lock held connects to that socket, sends ``activate``,
prints one line and exits; the first one raises its window. A lock left behind
by a process that crashed is taken over (QLockFile checks whether its process
still runs), and so is a socket file it left behind.

``COACH_ANNOUNCE_READY=1`` makes the first process print ``ready`` once its
window shows and ``activated`` on each activation (used by the tests).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from coach import APP_ID, APP_NAME
from coach.core.clock import SystemClock

_CLOCK = SystemClock()  # the deadline for reaching the running copy

LOCK_NAME = "coach.lock"
ACTIVATE = b"activate\n"
REPLY = b"ok\n"
ALREADY_RUNNING = f"{APP_NAME} is already running; its window was brought forward."
NOT_REACHED = (f"{APP_NAME} is already running with this data folder, but its window could not be reached. "
               "Close it first, or start with another --data-dir.")
CONNECT_TRIES_S = 5.0


def _announce(word: str) -> None:
    if os.environ.get("COACH_ANNOUNCE_READY") == "1":
        print(word, flush=True)


def server_name(data_dir: Path) -> str:
    """The local socket name for one data folder (short: Unix socket paths are limited to ~100 bytes)."""
    key = str(Path(data_dir).expanduser().resolve())
    uid = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{uid}\0{key}".encode()).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


def bring_forward(widget: QWidget | None) -> None:
    """Show, un-minimise, raise and activate a window (also one hidden in the tray)."""
    if widget is None:
        return
    if widget.isMinimized():
        widget.showNormal()
    else:
        widget.show()
    widget.raise_()
    widget.activateWindow()


class SingleInstance(QObject):
    """Call ``claim()`` once the QApplication exists. False: another process has this data folder;
    then ``forward()`` asks it to come forward and returns the exit code."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.window: QWidget | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self.activated.connect(self._on_activated)

    # ------------------------------------------------------------ first process
    def claim(self) -> bool:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return True  # opening the store will say clearly what is wrong with the folder
        if not self.data_dir.is_dir():
            return True
        lock = QLockFile(str(self.data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # never stale by age; a lock whose process is gone is still taken over
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            return True  # cannot write the lock file: run without the guard rather than not at all
        self._lock = lock
        try:  # private like every file in the data folder (QLockFile follows the umask)
            os.chmod(self.data_dir / LOCK_NAME, 0o600)
        except OSError:
            pass
        self._listen()
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # we hold the lock, so a socket by this name was left by a process that crashed
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._on_ready_read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._on_ready_read(sock)

    def _on_ready_read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            return
        line = bytes(sock.readLine().data())
        if line.strip() == ACTIVATE.strip():
            sock.write(REPLY)
            sock.flush()
            self.activated.emit()
        sock.disconnectFromServer()

    def _on_activated(self) -> None:
        target = self.window
        if target is None:  # still in the first-run dialog (or any other dialog before the window)
            target = QApplication.activeModalWidget() or next(
                (w for w in QApplication.topLevelWidgets() if w.isVisible()), None)
        bring_forward(target)
        _announce("activated")

    def set_window(self, window: QWidget) -> None:
        """The main window to bring forward; announces ``ready`` once the event loop shows it."""
        self.window = window
        QTimer.singleShot(0, lambda: _announce("ready"))

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # ----------------------------------------------------------- second process
    def forward(self, timeout_s: float = CONNECT_TRIES_S) -> int:
        """Ask the running process to come forward; print one line; 0 when it answered, else 1."""
        if self.send_activate(timeout_s):
            print(ALREADY_RUNNING, flush=True)
            return 0
        print(NOT_REACHED, file=sys.stderr, flush=True)
        return 1

    def send_activate(self, timeout_s: float = CONNECT_TRIES_S) -> bool:
        deadline = _CLOCK.monotonic() + timeout_s
        while True:
            sock = QLocalSocket()
            sock.connectToServer(self.name)
            if sock.waitForConnected(1000):
                sock.write(ACTIVATE)
                ok = sock.waitForBytesWritten(1000)
                while ok and not sock.canReadLine() and sock.waitForReadyRead(2000):
                    pass
                answered = ok and sock.canReadLine() and bytes(sock.readLine().data()) == REPLY
                sock.abort()
                if answered:
                    return True
            else:
                sock.abort()
            # the running process may be between taking the lock and listening: try again shortly
            if _CLOCK.monotonic() >= deadline:
                return False
            time.sleep(0.2)
