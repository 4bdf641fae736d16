"""Opening the SQLite database: pragmas, WAL, the SQL functions chair's triggers use."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from chair.domain.errors import ChairError, DatabaseLocked
from chair.domain.text import fold_specials


def _import_sqlite_utils():  # type: ignore[no-untyped-def]
    """Import sqlite-utils without numpy and pandas.

    sqlite-utils imports them, when installed, only to map their types to columns; chair never
    stores them, and numpy alone costs ~100 ms before the window's first paint. matplotlib still
    imports numpy normally later.
    """
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return sqlite_utils


if TYPE_CHECKING:
    import sqlite_utils
else:
    sqlite_utils = _import_sqlite_utils()

BUSY_TIMEOUT_MS = 5000


def search_text(subject: str | None, author: str | None, text: str | None) -> str:
    """What the full-text index holds for a voice: subject, author and text, space-separated,
    empty parts left out (the same whoever writes it; deletes rely on that)."""
    joined = text or ""
    if author:
        joined = f"{author} {joined}" if joined else author
    if subject:
        joined = f"{subject} {joined}" if joined else subject
    return fold_specials(joined)


def connect(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path`, upgraded to the current schema.

    Each thread opens its own connection; SQLite serialises writers, WAL lets readers go on.
    """
    from chair.store.migrations import migrate as run_migrations

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread off only so that shutdown can close every thread's connection;
        # during use each connection stays on the thread that opened it.
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as exc:
        raise ChairError(f"Cannot open the database {path}: {exc}") from exc
    # What the search index sees of a voice: SQLite's remove_diacritics leaves Ł and Đ alone,
    # so they are folded in Python first ("lodz" finds "Łódź"). Deterministic: deleting from
    # the contentless index must re-create exactly the tokens that were inserted.
    conn.create_function("chair_search_text", 3, search_text, deterministic=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # 16 MB of page cache per connection: the GUI and each worker thread have one.
        conn.execute("PRAGMA cache_size = -16000")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(f"The database {path} is locked by another program.") from exc
        raise ChairError(f"{path} is not a chair database ({exc}).") from exc
    if mode.lower() != "wal" and str(path) != ":memory:":
        conn.close()
        raise ChairError(f"The database {path} cannot use write-ahead logging (mode {mode}).")
    db = sqlite_utils.Database(conn)
    if migrate:
        try:
            run_migrations(db)
        except sqlite3.OperationalError as exc:
            db.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseLocked(f"The database {path} is locked by another program.") from exc
            raise
    return db


def data_version(db: sqlite_utils.Database) -> int:
    """A number that changes when another connection commits: a cheap "did anything change?"."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction, taken up front (IMMEDIATE) so it cannot fail half-way on a lock."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
