"""One SQLite connection per thread, opened on first use: SQLite's rule for threads, and what
lets the window's workers read while an import writes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from chair.store.db import CACHE_KIB, connect

if TYPE_CHECKING:
    from collections.abc import Callable

    from chair.store.db import Database


class ThreadConnections:
    """`pool()` is this thread's connection to the database at `path` (already migrated),
    or, given `opener`, to whatever `opener()` opens (a team store).

    Connections are kept by the OS thread, not in a threading.local: a thread Qt started
    enters Python afresh for every task it runs, with new thread-local storage each time, so
    a window opened a connection per query (a hundred after a minute of typing, 80 MB)."""

    def __init__(self, path: Path, cache_kib: int = CACHE_KIB,
                 opener: Callable[[], Database] | None = None) -> None:
        self.path = path
        self.cache_kib = cache_kib
        self._opener = opener
        self._by_thread: dict[int, Database] = {}
        self._lock = threading.Lock()

    def __call__(self) -> Database:
        ident = threading.get_ident()
        db = self._by_thread.get(ident)
        if db is None:
            db = (self._opener() if self._opener is not None
                  else connect(self.path, migrate=False, cache_kib=self.cache_kib))
            with self._lock:
                self._by_thread[ident] = db
        return db

    def open_count(self) -> int:
        return len(self._by_thread)

    def close_all(self) -> None:
        with self._lock:
            for db in self._by_thread.values():
                db.close()
            self._by_thread.clear()
