"""Runs slow functions on a thread pool and delivers their outcome on the GUI thread."""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from chair.domain.errors import ChairError

log = logging.getLogger(__name__)


class _Relay(QObject):
    # Emitted from the worker thread; Qt queues them to the receiver's (GUI) thread.
    finished = Signal(object)
    failed = Signal(object)


def message_of(exc: BaseException) -> str:
    """What a user reads of a failure: a ChairError's own message, else a short line (the
    traceback is in the log)."""
    return str(exc) if isinstance(exc, ChairError) else f"Something went wrong: {exc}"


class Task(QObject):
    """One run of `fn(*args)`: `finished(result)` or `failed(exception)`, on the GUI thread.

    Anything but a ChairError is a bug and is logged with its traceback.
    """

    finished = Signal(object)
    failed = Signal(object)
    # What the runner hands on to the caller (not when superseded). Connected straight to the
    # caller's methods, so that a caller deleted meanwhile is never called (Qt disconnects).
    delivered = Signal(object)
    refused = Signal(object)
    said = Signal(str)

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
                        relay.failed.emit(exc)
                    except Exception as exc:
                        log.error("Background task failed:\n%s", traceback.format_exc())
                        relay.failed.emit(exc)
                    else:
                        relay.finished.emit(result)
                except RuntimeError:  # the window that asked is gone (shut down meanwhile)
                    log.debug("A background task finished after its receiver was deleted.")

        self._runnable = _Runnable()
        self._runnable.setAutoDelete(False)

    def start(self, pool: QThreadPool) -> Task:
        pool.start(self._runnable)
        return self


def _while_alive(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """`fn`, or nothing once the widget it belongs to is deleted. Qt disconnects a deleted
    receiver's own methods by itself; a method wrapped in functools.partial, or a lambda
    that names one, it cannot see, and calling it would touch a deleted C++ object."""
    target = fn.func if isinstance(fn, functools.partial) else fn
    owner = getattr(target, "__self__", None)
    if not isinstance(owner, QObject):
        return fn

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            fn(value)

    return call


@dataclass
class _Call:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None
    on_failure: Callable[[BaseException], None] | None


class TaskRunner(QObject):
    """Owns the pool; keeps running tasks alive until they report back.

    A task run with a `key` supersedes: while one of that key runs, a newer call waits in its
    place (replacing any call already waiting), and when the running one returns, its outcome
    is dropped and the newest call runs. Typing fast in a search box never piles up queries,
    and never shows a stale page."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        # Its threads stay: each keeps its database connection (see store.pool) rather than
        # a new thread, and a new connection, after every idle half-minute.
        self.pool.setExpiryTimeout(-1)
        self._running: set[Task] = set()
        self._keyed: dict[str, Task] = {}
        self._waiting: dict[str, _Call] = {}

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> Task | None:
        """Run `fn(*args)` on the pool. `on_error` gets the failure's message, `on_failure`
        the exception itself. With `key`, see the class. Returns the task, or None when the
        call waits behind a running one of its key."""
        call = _Call(fn, args, on_done, on_error, on_failure)
        if key is not None and key in self._keyed:
            self._waiting[key] = call
            return None
        return self._start(call, key)

    def _start(self, call: _Call, key: str | None) -> Task:
        task = Task(call.fn, *call.args, parent=self)
        self._running.add(task)
        if key is not None:
            self._keyed[key] = task

        if call.on_done:
            task.delivered.connect(_while_alive(call.on_done))
        if call.on_failure:
            task.refused.connect(_while_alive(call.on_failure))
        if call.on_error:
            task.said.connect(_while_alive(call.on_error))

        def done(result: Any) -> None:
            if self._settle(task, key):
                task.delivered.emit(result)

        def failed(exc: BaseException) -> None:
            if self._settle(task, key):
                task.refused.emit(exc)
                task.said.emit(message_of(exc))

        task.finished.connect(done)
        task.failed.connect(failed)
        return task.start(self.pool)

    def _settle(self, task: Task, key: str | None) -> bool:
        """Forget a task that returned; False when a newer call of its key supersedes it
        (which starts now)."""
        self._running.discard(task)
        task.deleteLater()
        if key is None:
            return True
        del self._keyed[key]
        newer = self._waiting.pop(key, None)
        if newer is None:
            return True
        self._start(newer, key)
        return False

    def running(self, key: str) -> bool:
        """A task of `key` has not reported back yet."""
        return key in self._keyed

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
