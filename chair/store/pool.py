"""One SQLite connection per thread, opened on first use: SQLite's rule for threads, and what
lets the window's workers read while an import writes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from chair.store.db import connect

if TYPE_CHECKING:
    from chair.store.db import Database


class ThreadConnections:
    """`pool()` is this thread's connection to the database at `path` (already migrated)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[Database] = []
        self._lock = threading.Lock()

    def __call__(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path, migrate=False)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close_all(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()
