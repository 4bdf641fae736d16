"""Runs slow functions on a thread pool and delivers their outcome on the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from chair.domain.errors import ChairError

log = logging.getLogger(__name__)


class _Relay(QObject):
    # Emitted from the worker thread; Qt queues them to the receiver's (GUI) thread.
    finished = Signal(object)
    failed = Signal(str)


class Task(QObject):
    """One run of `fn(*args)`: `finished(result)` or `failed(message)`, on the GUI thread.

    A ChairError becomes its message; anything else is a bug and is logged with its traceback.
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[..., Any], *args: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.finished.connect(self.finished)
        self._relay.failed.connect(self.failed)
        relay = self._relay

        class _Runnable(QRunnable):
            def run(self) -> None:
                try:
                    try:
                        result = fn(*args)
                    except ChairError as exc:
                        relay.failed.emit(str(exc))
                    except Exception as exc:
                        log.error("Background task failed:\n%s", traceback.format_exc())
                        relay.failed.emit(f"Something went wrong: {exc}")
                    else:
                        relay.finished.emit(result)
                except RuntimeError:  # the window that asked is gone (shut down meanwhile)
                    log.debug("A background task finished after its receiver was deleted.")

        self._runnable = _Runnable()
        self._runnable.setAutoDelete(False)

    def start(self, pool: QThreadPool) -> Task:
        pool.start(self._runnable)
        return self


class TaskRunner(QObject):
    """Owns the pool; keeps running tasks alive until they report back."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> Task:
        task = Task(fn, *args, parent=self)
        self._running.add(task)
        if on_done:
            task.finished.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        task.finished.connect(lambda _r, t=task: self._forget(t))
        task.failed.connect(lambda _m, t=task: self._forget(t))
        return task.start(self.pool)

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        task.deleteLater()

    @property
    def busy(self) -> bool:
        """Some task has not reported back yet."""
        return bool(self._running)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until every task has returned (shutdown and tests only)."""
        return self.pool.waitForDone(msecs)


class Relay(QObject):
    """Carries calls from worker threads to the GUI thread: emit from anywhere, the
    connected slots run on the thread this object lives on."""

    progressed = Signal(int, int)
    message = Signal(str, str)
    problem = Signal(str, str)
