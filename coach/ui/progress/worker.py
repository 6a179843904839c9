"""One worker for the Progress screen's exports: a job runs on its own thread and its result comes back by signal.

:class:`ExportRunner` owns a thread pool of one thread (so exports run one at
a time, in order) and a relay object living on the GUI thread: ``finished``
carries the job's ``ExportResult``, ``failed`` the exception. Jobs are
``coach.app.exports.ExportJob`` objects, which touch neither the store nor any
widget; the screen reads the store before submitting one. When the runner is
deleted its pool waits for a running job, so no thread outlives the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, job, relay: _Relay):
        super().__init__()
        self.job = job
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.job.run()
        except Exception as exc:  # every failure goes back to the screen, which says what happened
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


class ExportRunner(QObject):
    """Runs export jobs off the GUI thread, one at a time."""

    finished = Signal(object)  # an ExportResult
    failed = Signal(object)  # the exception

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._done)
        self._relay.failed.connect(self._fail)
        self._tasks: list[_Task] = []
        self.busy = False

    def submit(self, job) -> None:
        task = _Task(job, self._relay)
        task.setAutoDelete(False)
        self._tasks.append(task)
        self.busy = True
        self._pool.start(task)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running job (tests, and shutting down)."""
        return self._pool.waitForDone(msecs)

    def _done(self, result) -> None:
        self._finish()
        self.finished.emit(result)

    def _fail(self, exc) -> None:
        self._finish()
        self.failed.emit(exc)

    def _finish(self) -> None:
        if self._tasks:
            self._tasks.pop(0)
        self.busy = bool(self._tasks)
