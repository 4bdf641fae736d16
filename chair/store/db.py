"""Opening the SQLite database: pragmas, WAL, the SQL functions chair's triggers use."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from chair.domain.errors import (
    ChairError,
    DatabaseDamaged,
    DatabaseFault,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseReadOnly,
    DiskFull,
    NotChairDatabase,
)
from chair.domain.text import fold_specials


class Database:
    """An open chair database: its sqlite3 connection (`conn`) and `execute`.

    chair writes its SQL itself (keyset pages, a contentless full-text index kept by
    triggers, numbered migrations), so this is all the store needs of a connection. It
    replaces sqlite-utils, which was used as nothing more and cost 55 ms of imports before the
    window's first paint (the command line imports the store's error type)."""

    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[object] | Mapping[str, object] = ()
                ) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    @property
    def dialect(self) -> str:
        """The backend: "sqlite" for the embedded file, "postgresql" for a team store."""
        return "sqlite" if isinstance(self.conn, sqlite3.Connection) else "postgresql"

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def close(self) -> None:
        self.conn.close()


BUSY_TIMEOUT_MS = 5000
# Page cache per connection: 16 MB for a command or an import (a bulk write keeps its index
# pages at hand); the window's readers, one per thread, keep 4 MB each (READER_CACHE_KIB):
# the file's pages stay in the OS's cache anyway, and five threads at 16 MB were 80 MB of
# the window's memory for searches no faster.
CACHE_KIB = 16_000
READER_CACHE_KIB = 4_000


def set_cache(db: Database, kib: int) -> None:
    """The connection's page cache (a team store's server keeps its own)."""
    if db.dialect == "sqlite":
        db.execute(f"PRAGMA cache_size = -{int(kib)}")


def search_text(subject: str | None, author: str | None, text: str | None) -> str:
    """What the full-text index holds for a voice: subject, author and text, space-separated,
    empty parts left out (the same whoever writes it; deletes rely on that)."""
    joined = text or ""
    if author:
        joined = f"{author} {joined}" if joined else author
    if subject:
        joined = f"{subject} {joined}" if joined else subject
    return fold_specials(joined)


# What the database itself can raise (beside ChairError), for callers outside the store.
StoreError = sqlite3.Error

# Written into every database chair creates (PRAGMA application_id), so that chair can tell its
# own files from other programs' SQLite files and leave those untouched.
APPLICATION_ID = 0x43484152  # "CHAR"
# Tables a database written by an earlier chair has (before it carried the application id).
_CHAIR_TABLES = frozenset({"voices", "rejects", "escalations", "metrics"})
# Below this size a command checks the whole file first (quick_check reads every page: about a
# second for 200 MB here); a larger damaged file is caught by its first error. The window
# checks only what takes no noticeable time before its first paint.
CHECK_BELOW_BYTES = 256 * 1024 * 1024
WINDOW_CHECK_BELOW_BYTES = 32 * 1024 * 1024


def database_error(exc: BaseException, path: Path | str) -> ChairError | None:
    """The known condition behind an SQLite error, as a message a user can act on; None for
    anything else (a bug, which keeps its traceback)."""
    text = str(exc).lower()
    if isinstance(exc, ChairError):
        return exc
    if not isinstance(exc, sqlite3.Error):
        if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
            return DiskFull(_DISK_FULL.format(path=path))
        return None
    if "locked" in text or "busy" in text:
        return DatabaseLocked(f"The database {path} is locked by another program.")
    if "full" in text:
        return DiskFull(_DISK_FULL.format(path=path))
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(_read_only(Path(path)))
    if "malformed" in text or "corrupt" in text or "vtable constructor failed" in text:
        return DatabaseDamaged(_damaged(path, str(exc)))
    if "not a database" in text or "file is encrypted" in text:
        return NotChairDatabase(f"{path} is not a chair database (not an SQLite file); "
                                "chair leaves it untouched.")
    if "unable to open" in text:
        return DatabaseReadOnly(_read_only(Path(path))) if Path(path).exists() else \
            DatabaseFault(f"Cannot open the database {path}: {exc}")
    if "disk i/o" in text:
        return DatabaseFault(f"Reading or writing {path} failed ({exc}). Check the disk.")
    return None


_DISK_FULL = ("The disk holding {path} is full. Everything written before it filled is kept; "
              "free some space and run the same command again: it goes on where it stopped.")


def _damaged(path: Path | str, detail: str) -> str:
    detail = " ".join(detail.replace("*** in database main ***", "").split())  # one line
    return (f"The database {path} is damaged ({detail}). chair will not write to it. To save "
            f"what can be read: sqlite3 {path} .recover | sqlite3 recovered.db, then use "
            "--db recovered.db (keep the damaged file).")


def _read_only(path: Path) -> str:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return (f"The database {path} is read-only (its file permissions); chair needs to "
                "write to it. Change the permissions or copy it somewhere writable.")
    return (f"The folder {folder} cannot be written: chair keeps a write-ahead log beside the "
            f"database {path.name}. Change the folder's permissions or copy the database "
            "somewhere writable.")


def _check_owner(conn: sqlite3.Connection, path: Path) -> bool:
    """True when the file is chair's (or empty, and so chair's from now on); refuses another
    program's SQLite file before anything is written to it. Returns whether it is new."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == APPLICATION_ID:
        return False
    if app_id == 0 and not tables:
        return True
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id == 0 and version >= 1 and tables >= _CHAIR_TABLES:
        return False  # written by an earlier chair, before the application id
    raise NotChairDatabase(
        f"{path} is another program's database ({len(tables)} tables, none of them chair's); "
        "chair leaves it untouched. Give --db a new file name or a chair database.")


def connect(path: Path | str, *, migrate: bool = True, create: bool = True,
            check_below: int = 0, cache_kib: int = CACHE_KIB) -> Database:
    """Open the database at `path`, upgraded to the current schema.

    `create`: make a new database if there is none (read-only commands say so instead).
    `check_below`: read the whole file for damage first if it is smaller than this.
    Each thread opens its own connection; SQLite serialises writers, WAL lets readers go on.
    Another program's SQLite file is refused before anything is written to it.
    """
    from chair.store.migrations import migrate as run_migrations

    path = Path(path)
    if str(path) != ":memory:":
        if path.is_dir():
            raise ChairError(f"{path} is a folder; --db takes a database file.")
        if not path.exists() and not create:
            raise DatabaseMissing(
                f"There is no chair database at {path}. Check the path (chair creates a "
                "database only when it imports or makes the demo data).")
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread off only so that shutdown can close every thread's connection;
        # during use each connection stays on the thread that opened it.
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as exc:
        raise database_error(exc, path) or ChairError(
            f"Cannot open the database {path}: {exc}") from exc
    # What the search index sees of a voice: SQLite's remove_diacritics leaves Ł and Đ alone,
    # so they are folded in Python first ("lodz" finds "Łódź"). Deterministic: deleting from
    # the contentless index must re-create exactly the tokens that were inserted.
    conn.create_function("chair_search_text", 3, search_text, deterministic=True)
    # The terms an edited text adds to the vocabulary of prefix search (see store.terms).
    from chair.store.terms import terms_json

    conn.create_function("chair_index_terms", 1, terms_json, deterministic=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        new = _check_owner(conn, path)
        if not new and str(path) != ":memory:" and path.stat().st_size < check_below:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
            if problems != ["ok"]:
                raise DatabaseDamaged(_damaged(path, "; ".join(problems)[:300]))
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    except (sqlite3.DatabaseError, ChairError) as exc:
        conn.close()
        if isinstance(exc, ChairError):
            raise
        raise database_error(exc, path) or NotChairDatabase(
            f"{path} is not a chair database ({exc}); chair leaves it untouched.") from exc
    if mode.lower() != "wal" and str(path) != ":memory:":
        conn.close()
        raise ChairError(f"The database {path} cannot use write-ahead logging (mode {mode}).")
    db = Database(conn)
    if migrate:
        try:
            run_migrations(db)
            if new or int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except sqlite3.Error as exc:
            db.close()
            known = database_error(exc, path)
            if known is None:
                raise
            raise known from exc
    return db


def data_version(db: Database) -> int:
    """A number that changes when another connection commits: a cheap "did anything change?"."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One write transaction, taken up front (IMMEDIATE) so it cannot fail half-way on a lock;
    inside an open one, part of it.
    What the disk or the file refuses (full, read-only, damaged, locked) leaves nothing half
    written and comes out as a DatabaseFault with a message a user can act on."""
    conn = db.conn
    if conn.in_transaction:
        # Inside a caller's transaction (an operation of several writes): one unit with it,
        # committed or rolled back by the caller.
        yield
        return
    try:
        # On SQLite the write lock is taken up front; PostgreSQL locks rows as they are written.
        conn.execute("BEGIN IMMEDIATE" if db.dialect == "sqlite" else "BEGIN")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with suppress(sqlite3.Error):  # SQLite may have rolled back already
                    conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        known = database_error(exc, database_file(db))
        if known is None:
            raise
        raise known from exc


def database_file(db: Database) -> str:
    """The file behind a connection ("" for one in memory)."""
    return str(db.conn.execute("PRAGMA database_list").fetchone()[2])
