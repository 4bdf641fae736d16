"""The team store: chair's store on a PostgreSQL server (`--db postgresql://user@host/db`), for
a leadership team that shares one store. The embedded SQLite file stays the default.

The store's modules talk to either backend through the same small surface: `execute` and
`executemany` with `?` parameters, returning a cursor, and `in_transaction`. PgConnection
gives psycopg's connection that surface; where the SQL itself differs (full-text search,
the schema), the store asks `db.dialect`.

The password is never part of the URL chair keeps: the caller passes it in (from the OS
keyring, see chair.config.secrets), and a URL written with one is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from chair.domain.errors import ChairError, NewerSchema, NotAllowed, TeamStoreOffline
from chair.store.pg_schema import CHANNEL, MIGRATIONS

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    import psycopg

    from chair.store.db import Database
    from chair.store.voices import PreparedBatch, WriteResult

SCHEME = "postgresql://"


def is_team_url(target: str) -> bool:
    return target.startswith((SCHEME, "postgres://"))


def address_of(db: Database) -> str:
    """A team store's address for anyone on the team (postgresql://host:port/database, no
    login in it); "" for a file."""
    url = getattr(db.conn, "_url", "")
    if not url:
        return ""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{SCHEME}{parts.hostname}{port}{parts.path}"


def account_of(url: str) -> str:
    """What the keyring keeps the password under: user@host:port/database."""
    parts = urlsplit(url)
    return f"{parts.username or ''}@{parts.hostname or ''}:{parts.port or 5432}{parts.path}"


@lru_cache(maxsize=1024)
def _placeholders(sql: str) -> str:
    """`sql` with sqlite3's parameters as psycopg's: `?` as `%s`, `:name` as `%(name)s` (a
    `::` cast stays), and a literal % doubled; quoted strings and names left alone."""
    out: list[str] = []
    quote = ""
    i, end = 0, len(sql)
    while i < end:
        ch = sql[i]
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        elif (ch == ":" and i + 1 < end and (sql[i + 1].isalpha() or sql[i + 1] == "_")
              and (i == 0 or sql[i - 1] != ":")):
            name = _NAME.match(sql, i + 1)
            assert name is not None
            out.append(f"%({name.group()})s")
            i = name.end()
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_NAME = re.compile(r"\w+")


class PgConnection:
    """psycopg's connection as chair's store uses sqlite3's: `?` parameters, `execute` and
    `executemany` returning a cursor, explicit BEGIN/COMMIT (the connection autocommits
    otherwise, as sqlite3's does outside a transaction).

    A server that stops answering raises TeamStoreOffline (what was committed is kept; a
    transaction under way is gone with the connection). The next statement outside a
    transaction connects again: a window whose server was restarted goes on by itself."""

    def __init__(self, conn: psycopg.Connection[Any], url: str = "",
                 password: str | None = None, share: ShareSafe | None = None) -> None:
        self.raw = conn
        self._url, self._password = url, password
        self.share = share
        self.may_write_voices: bool | None = None
        # The first voice a bulk write left for fill_left to redact for viewers.
        self.unshared_from: int | None = None

    def execute(self, sql: str, parameters: Sequence[object] | Mapping[str, object] = ()
                ) -> psycopg.Cursor[Any]:
        try:
            return self._execute(sql, parameters)
        except TeamStoreOffline:
            # A connection that sat idle while the server restarted learns it is dead only
            # now. What starts a unit (a transaction, a read) is asked once more on a new
            # one: nothing of it had reached the server.
            if self._url and self._lost() and _starts_a_unit(sql):
                return self._execute(sql, parameters)
            raise

    def _execute(self, sql: str, parameters: Sequence[object] | Mapping[str, object]
                 ) -> psycopg.Cursor[Any]:
        self._reconnect_if_lost(sql)
        try:
            if isinstance(parameters, Mapping):
                query = _placeholders(sql)
                if "%(" in query:
                    return self.raw.execute(query, dict(parameters))
                return self.raw.execute(sql)
            if parameters:
                return self.raw.execute(_placeholders(sql), list(parameters))
            return self.raw.execute(sql)
        except _lost_errors() as exc:
            if self._lost():
                raise self._offline(exc) from exc
            raise
        except _refused() as exc:
            raise _not_allowed(exc) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[object]], *,
                    returning: bool = False) -> psycopg.Cursor[Any]:
        """With `returning`, each row's result set follows the last (see cursor.nextset)."""
        self._reconnect_if_lost(sql)
        try:
            cursor = self.raw.cursor()
            cursor.executemany(_placeholders(sql), [list(r) for r in rows],
                               returning=returning)
            return cursor
        except _lost_errors() as exc:
            if self._lost():
                raise self._offline(exc) from exc
            raise
        except _refused() as exc:
            raise _not_allowed(exc) from exc

    def _lost(self) -> bool:
        return bool(self.raw.closed or self.raw.broken)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        if self.raw.closed:
            return False
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def _reconnect_if_lost(self, sql: str) -> None:
        if not self._url or not (self.raw.closed or self.raw.broken):
            return
        self.raw.close()
        if sql.strip().upper() in ("COMMIT", "ROLLBACK"):
            return  # the transaction went with the connection: nothing to end
        import psycopg

        try:
            self.raw = _open(self._url, self._password)
        except psycopg.OperationalError as exc:
            raise self._offline(exc) from exc

    def _offline(self, exc: BaseException) -> TeamStoreOffline:
        host = urlsplit(self._url).hostname or "the server"
        return TeamStoreOffline(f"The team database at {host} stopped answering "
                                f"({_first_line(exc)}). What was saved is kept; chair "
                                "connects again when it answers.")

    def close(self) -> None:
        self.raw.close()


def _starts_a_unit(sql: str) -> bool:
    head = sql.lstrip()[:6].upper()
    return head.startswith(("BEGIN", "SELECT"))


def _refused() -> type[BaseException]:
    import psycopg

    return psycopg.errors.InsufficientPrivilege


def _not_allowed(exc: BaseException) -> NotAllowed:
    return NotAllowed("The team database does not let you do this in your role "
                      f"({_first_line(exc)}).")


def _lost_errors() -> tuple[type[BaseException], ...]:
    """What psycopg raises when the connection itself is gone."""
    import psycopg

    return (psycopg.OperationalError, psycopg.InterfaceError)


def connect(url: str, password: str | None = None, *, migrate: bool = True,
            share: ShareSafe | None = None) -> Database:
    """The team store at `url`, its schema brought up to date. `share` redacts what the
    store's viewers read of the voices this connection writes (see ShareSafe)."""
    import psycopg

    from chair.store.db import Database

    parts = urlsplit(url)
    if parts.password is not None:
        raise ChairError("A team database's password is not written into its address: "
                         "chair keeps it in the system keyring.")
    if not parts.hostname or not parts.path.strip("/"):
        raise ChairError(f"{url} does not name a server and a database "
                         "(postgresql://user@host:port/database).")
    try:
        raw = _open(url, password)
    except psycopg.OperationalError as exc:
        raise ChairError(f"Cannot reach the team database at {parts.hostname}: "
                         f"{_first_line(exc)}") from exc
    db = Database(PgConnection(raw, url, password, share))  # type: ignore[arg-type]
    if migrate:
        try:
            upgrade(db)
        except BaseException:
            db.close()  # refused (a newer schema) or failed: the connection goes too
            raise
    return db


def _open(url: str, password: str | None) -> psycopg.Connection[Any]:
    """A connection as chair uses it: autocommit outside explicit transactions, and every
    query planned for its own values. (psycopg prepares a statement run often, and the
    server's generic plan for it cannot tell a rare word from a common one: a search for a
    word no voice holds walked the whole time index, 500 ms at 1M voices.)"""
    import psycopg

    return psycopg.connect(url, password=password, autocommit=True, connect_timeout=10,
                           application_name="chair",
                           options="-c plan_cache_mode=force_custom_plan")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


SCHEMA_VERSION = len(MIGRATIONS)
# Two laptops that open a new team store at once must not both create its schema: the
# upgrade holds this advisory lock (a number of chair's own) for its transaction.
_UPGRADE_LOCK = 0x63686169


def schema_version(db: Database) -> int:
    exists = db.execute("SELECT to_regclass('chair_schema') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    return int(db.execute("SELECT version FROM chair_schema").fetchone()[0])


def upgrade(db: Database) -> None:
    """Apply the steps this store has not had yet, with the new version, in one transaction
    (all or none), under a lock another laptop's upgrade waits for."""
    conn = db.conn
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise NewerSchema(f"This team database was set up by a newer chair (schema "
                          f"{current}); update chair to open it.")
    if current == SCHEMA_VERSION:
        return  # nothing written: a person without rights on the schema opens it too
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT pg_advisory_xact_lock(?)", [_UPGRADE_LOCK])
        conn.execute("CREATE TABLE IF NOT EXISTS chair_schema (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO chair_schema (version) SELECT 0 "
                     "WHERE NOT EXISTS (SELECT 1 FROM chair_schema)")
        current = schema_version(db)
        if current > SCHEMA_VERSION:
            raise NewerSchema(f"This team database was set up by a newer chair (schema "
                              f"{current}); update chair to open it.")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            conn.execute(MIGRATIONS[version - 1])
            conn.execute("UPDATE chair_schema SET version = ?", [version])
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        import psycopg

        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            raise ChairError("This team database has not been set up yet, and setting it up "
                             "needs the rights of its administrator: ask IT to run "
                             "`chair team init` on it.") from exc
        raise


SHARE_AT_ONCE = 1000
# What a viewer reads of a voice, from (author, subject, text, meta as JSON): its subject and
# text with personal data hidden (chair.insight.redaction.share_safe_texts; the store itself
# knows no redaction, so whoever opens the store passes it in).
ShareSafe = Callable[[str, str, str, str], tuple[str, str]]


def fill_shared(db: Database, *, executor: Executor | None = None,
                progress: Callable[[int, int], None] | None = None, batch: int = 2000,
                ahead: int = 3, after: int = 0) -> int:
    """Write what viewers read for the voices that have none yet (written in bulk, or by a
    connection without a redactor); returns how many. With an executor, `ahead` batches
    are redacted in its processes while the one before is written."""
    from collections import deque

    share: ShareSafe | None = getattr(db.conn, "share", None)
    if share is None:
        return 0
    missing = ("FROM voices v WHERE v.id > ? AND NOT EXISTS "
               "(SELECT 1 FROM voice_shared s WHERE s.voice_id = v.id)")
    # Counted only for a progress report: the count walks every voice from `after` on.
    total = int(db.execute(f"SELECT count(*) {missing}", [after]).fetchone()[0]) \
        if progress is not None else 0
    done = 0

    def write(rows: list[tuple[Any, ...]], texts: list[tuple[str, str]]) -> None:
        nonlocal done
        db.conn.executemany("INSERT INTO voice_shared (voice_id, subject, text) "
                            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                            [(r[0], *t) for r, t in zip(rows, texts, strict=True)])
        done += len(rows)
        if progress is not None:
            progress(done, total)

    queue: deque[tuple[list[tuple[Any, ...]], Future[list[tuple[str, str]]]]] = deque()
    last = after
    while rows := [tuple(r) for r in db.execute(
            f"SELECT v.id, v.author, v.subject, v.text, v.meta {missing} ORDER BY v.id "
            f"LIMIT ?", [last, batch]).fetchall()]:
        last = rows[-1][0]
        if executor is None:
            write(rows, shared_texts(share, rows))
            continue
        queue.append((rows, executor.submit(shared_texts, share, rows)))
        if len(queue) > ahead:
            first, texts = queue.popleft()
            write(first, texts.result())
    while queue:
        first, texts = queue.popleft()
        write(first, texts.result())
    return done


def fill_left(db: Database, *, executor: Executor | None = None) -> int:
    """fill_shared for what bulk writes through this connection left unredacted (see
    write_voices), from the first voice they left on; nothing to do is no query."""
    start: int | None = getattr(db.conn, "unshared_from", None)
    if start is None:
        return 0
    done = fill_shared(db, executor=executor, after=start - 1)
    db.conn.unshared_from = None  # type: ignore[attr-defined]
    return done


def shared_texts(share: ShareSafe, rows: Sequence[tuple[Any, ...]]) -> list[tuple[str, str]]:
    """What viewers read of (id, author, subject, text, meta) rows."""
    return [share(r[1], r[2], r[3], r[4]) for r in rows]

_TS_WORD = re.compile(r"[^\W_]+")


def tsquery(query: str) -> str:
    """What a user typed as a tsquery text for `to_tsquery('simple', chair_fold(...))`:
    every word must appear, the last from its third letter on as a prefix (search as you
    type, as the local store does); "" when there is nothing to search for."""
    words = _TS_WORD.findall(query.lower())
    if not words:
        return ""
    terms = [f"'{w}'" for w in words]
    if len(words[-1]) >= 3:
        terms[-1] += ":*"
    return " & ".join(terms)


def search_clause(query: str) -> tuple[str, str] | None:
    """The WHERE clause and parameter of a search of voices (aliased v); None when nothing
    was typed, ("", "") when what was typed can match nothing."""
    if not query.strip():
        return None
    text = tsquery(query)
    if not text:
        return ("", "")
    return ("v.search @@ to_tsquery('simple', chair_fold(?))", text)


def refuse_unless_writer(db: Database) -> None:
    """Raise NotAllowed unless this login may add voices (asked once per connection)."""
    conn: Any = db.conn
    if getattr(conn, "may_write_voices", None) is None:
        # A viewer's "voices" is a view without the columns a write reads and writes: say
        # why plainly.
        conn.may_write_voices = bool(db.execute(
            "SELECT has_table_privilege('public.voices', 'INSERT')").fetchone()[0])
    if not conn.may_write_voices:
        raise NotAllowed("The team database does not let you add voices in your role: "
                         "a leader imports them.")


def write_voices(db: Database, batch: PreparedBatch, repaired: int,
                 before: dict[int, int]) -> WriteResult:
    """chair.store.voices.write_prepared on a team store: the server indexes the text
    itself, and each row's new id comes back with it (other laptops write at the same
    time: the ids of one batch need not follow each other). `before`: the first voices of
    the batch's texts, as for chair.store.twins.group."""
    from collections import Counter

    from chair.store import twins
    from chair.store.voices import _COLUMNS, _COUNT_ADD, WriteResult, _counted_at

    rows = batch.rows
    if not rows:
        return WriteResult(0, batch.read, repaired)
    conn: Any = db.conn
    marks = ", ".join("?" * len(_COLUMNS))
    insert = (f"INSERT INTO voices ({', '.join(_COLUMNS)}) VALUES ({marks}) "
              "ON CONFLICT (source_key) DO NOTHING RETURNING id")
    cursor: Any = db.conn.executemany(insert, rows,  # type: ignore[call-arg]
                                      returning=True)
    added: list[int] = []
    ids: list[int] = []
    k = 0
    while True:  # one result per row: its id, or nothing for a key already stored
        found = cursor.fetchone()
        if found is not None:
            added.append(k)
            ids.append(int(found[0]))
        k += 1
        if not cursor.nextset():
            break
    share: ShareSafe | None = conn.share
    if share is not None and ids and len(ids) <= SHARE_AT_ONCE:
        # A few voices (a live mailbox, a window's import): what viewers read goes with
        # them. A bulk write leaves it to fill_shared, in worker processes.
        texts = shared_texts(share, [(vid, rows[k][5], rows[k][6], rows[k][7], rows[k][15])
                                     for vid, k in zip(ids, added, strict=True)])
        db.conn.executemany("INSERT INTO voice_shared (voice_id, subject, text) "
                            "VALUES (?, ?, ?)",
                            [(vid, *t) for vid, t in zip(ids, texts, strict=True)])
    elif share is not None and ids:
        left = conn.unshared_from
        conn.unshared_from = min(ids) if left is None else min(left, min(ids))
    counts = Counter(_counted_at(rows[k]) for k in added)
    db.conn.executemany(_COUNT_ADD, [(*key, n) for key, n in counts.items()])
    from chair.store import complaints as complaint_store

    complaint_store.count_written(db, [
        (int(rows[k][2]) // 86400, str(rows[k][19]), str(rows[k][10]), rows[k][18] is not None)  # type: ignore[call-overload]
        for k in added])
    twins.group(db, [(vid, rows[k][17], _counted_at(rows[k]))  # type: ignore[misc]
                     for vid, k in zip(ids, added, strict=True)], before)
    return WriteResult(len(added), batch.read - len(added), repaired)


class ChangeListener:
    """Tells this laptop when any laptop commits a change to the team store: LISTEN on a
    connection of its own, in a thread of its own.

    `version` counts the changes seen so far (read without a round trip: the window may ask
    on its GUI thread). `on_change(tables)` is called from the listener's thread with the
    tables one burst of commits touched; `on_state(online)` when the server goes away or
    comes back. Gone, it is asked again after 0.5 s, then twice as long each time up to 30 s;
    back, one change is counted (what happened meanwhile is not known)."""

    FIRST_RETRY_S = 0.5
    LAST_RETRY_S = 30.0

    def __init__(self, url: str, password: str | None,
                 on_change: Callable[[set[str]], None] | None = None,
                 on_state: Callable[[bool], None] | None = None) -> None:
        import threading

        self.url, self._password = url, password
        self.on_change, self.on_state = on_change, on_state
        self.version = 0
        self.online = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="chair-team-changes",
                                        daemon=True)
        self._conn: psycopg.Connection[Any] | None = None

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        import psycopg

        wait = self.FIRST_RETRY_S
        connected_before = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, password=self._password, autocommit=True,
                                     connect_timeout=10, application_name="chair") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if connected_before:
                        self._changed({"*"})  # back after a gap: anything may have changed
                    connected_before = True
                    self._state(True)
                    wait = self.FIRST_RETRY_S
                    self._listen(conn)
            except psycopg.Error:
                self._state(False)
                self._stop.wait(wait)
                wait = min(wait * 2, self.LAST_RETRY_S)

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            # What was committed in the last half second, told once (an import commits a
            # batch after another).
            tables = {note.payload for note in conn.notifies(timeout=0.5)}
            if tables:
                self._changed(tables)

    def _changed(self, tables: set[str]) -> None:
        self.version += 1
        if self.on_change is not None:
            self.on_change(tables)

    def _state(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            if self.on_state is not None:
                self.on_state(online)
