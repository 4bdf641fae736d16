"""Copying one store into another: a laptop's file into the team store (`chair team push`),
or a team store into a file for reading offline (`chair team export`).

Voices are matched by their source_key, so a voice both stores hold is one voice. Everything
else is matched by what was copied before: the target keeps, per origin store, which of its
rows each copied row became (transfer_map) and up to which voice the copy got
(transfer_progress). A copy run again adds nothing; one that was cut off goes on where it
stopped. Each escalation and each meeting is copied with everything that hangs from it in
one transaction; voices go in batches, each committed with the progress it made.

Onto a team store the voices go through COPY into a staging table, then into the voices
table in one statement that skips the keys already there; what the store's viewers read of
them is redacted afterwards (see chair.store.pg.fill_shared)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from chair.domain.model import Voice
from chair.store import twins
from chair.store import voices as voice_store
from chair.store.db import transaction

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from chair.store.db import Database

VOICE_COLUMNS = ("source", "source_key", "received_at", "channel", "language", "author",
                 "subject", "text", "pillar", "pillars", "area", "rating", "link", "confidence",
                 "flags", "meta", "imported_at", "twin", "complaints")
BATCH = 10_000
# Rows matched by a natural key rather than by what was copied before.
_BY_KEY = {"owners": "pillar, area", "metrics": "pillar, metric, area, period",
           "rejects": "source, location", "source_state": "source"}
_ESCALATION_PARTS = ("escalation_history", "escalation_messages", "escalation_forwards", "coe",
                     "coe_evidence", "actions")


@dataclass
class TransferResult:
    voices_added: int = 0
    voices_known: int = 0  # already in the target (by source_key)
    copied: dict[str, int] = field(default_factory=dict)  # table -> rows added

    def add(self, table: str, n: int = 1) -> None:
        if n > 0:
            self.copied[table] = self.copied.get(table, 0) + n


# (what: "voices" copied, then "redacted" for a team store's viewers; done; to do)
Progress = Callable[[str, int, int], None]


def identity(db: Database) -> str:
    return str(db.execute("SELECT id FROM store_identity").fetchone()[0])


def transfer(source: Database, target: Database, *, progress: Progress | None = None,
             executor: Executor | None = None, batch: int = BATCH,
             redact: bool = True) -> TransferResult:
    """Copy `source` into `target` (see the module's text). Onto a team store opened with a
    redactor, what its viewers read is written last (unless `redact` is false: see
    chair.store.pg.fill_shared), in `executor`'s processes when one is given."""
    origin = identity(source)
    if origin == identity(target):
        from chair.domain.errors import ChairError

        raise ChairError("The source and the target are the same store.")
    result = TransferResult()
    _voices(source, target, origin, result, progress, batch)
    if target.dialect == "postgresql" and redact:
        from chair.store import pg

        # What viewers read, made in the executor's processes once the voices are in.
        pg.fill_shared(target, executor=executor,
                       progress=(lambda d, t: progress("redacted", d, t)) if progress else None)
    for table in ("owners", "metrics", "rejects", "source_state"):
        _by_key(source, target, table, result)
    _mapped(source, target, origin, "imports", result)
    voices = _VoiceIds(source, target)
    metrics = _metric_ids(source, target)
    for (old,) in source.execute("SELECT id FROM escalations ORDER BY id").fetchall():
        _escalation(source, target, origin, int(old), voices, metrics, result)
    for (old,) in source.execute("SELECT id FROM meetings ORDER BY id").fetchall():
        _meeting(source, target, origin, int(old), voices, result)
    return result


# -- voices

def _voices(source: Database, target: Database, origin: str, result: TransferResult,
            progress: Progress | None, batch: int) -> None:
    row = target.execute("SELECT last_voice_id FROM transfer_progress WHERE origin = ?",
                         [origin]).fetchone()
    last = int(row[0]) if row else 0
    done = int(source.execute("SELECT count(*) FROM voices WHERE id <= ?", [last]).fetchone()[0])
    total = done + int(source.execute("SELECT count(*) FROM voices WHERE id > ?",
                                      [last]).fetchone()[0])
    if progress:
        progress("voices", done, total)
    team = target.dialect == "postgresql"
    if team:
        target.conn.execute("CREATE TEMP TABLE IF NOT EXISTS transfer_stage AS SELECT "
                            + ", ".join(VOICE_COLUMNS) + " FROM voices WITH NO DATA")
    for chunk in _chunks(source, last, batch):
        with transaction(target):
            added = _copy_voices(target, chunk) if team else _insert_voices(target, chunk)
            target.conn.execute(
                "INSERT INTO transfer_progress (origin, last_voice_id) VALUES (?, ?) "
                "ON CONFLICT (origin) DO UPDATE SET last_voice_id = excluded.last_voice_id",
                [origin, chunk[-1][0]])
        result.voices_added += added
        result.voices_known += len(chunk) - added
        done += len(chunk)
        if progress:
            progress("voices", done, total)


def _chunks(source: Database, after: int, batch: int) -> Iterator[list[tuple[Any, ...]]]:
    while True:
        rows = source.execute(
            f"SELECT id, {', '.join(VOICE_COLUMNS)} FROM voices WHERE id > ? ORDER BY id "
            f"LIMIT ?", [after, batch]).fetchall()
        if not rows:
            return
        yield [tuple(r) for r in rows]
        after = rows[-1][0]


def _copy_voices(target: Database, chunk: list[tuple[Any, ...]]) -> int:
    """COPY a batch into the staging table, then the voices not yet known into voices (and
    their counts into voice_counts), in the caller's transaction; returns how many."""
    raw: Any = target.conn.raw  # type: ignore[attr-defined]
    listed = ", ".join(VOICE_COLUMNS)
    cursor = raw.cursor()
    cursor.execute("TRUNCATE transfer_stage")
    with cursor.copy(f"COPY transfer_stage ({listed}) FROM STDIN") as copy:
        for row in chunk:
            copy.write_row(row[1:])
    cursor.execute(
        f"WITH added AS (INSERT INTO voices ({listed}) SELECT {listed} FROM transfer_stage "
        f"ORDER BY received_at ON CONFLICT (source_key) DO NOTHING "
        f"RETURNING id, twin, received_at, pillar, area, language, source, complaints), "
        f"counted AS (INSERT INTO voice_counts (day, pillar, area, language, source, n) "
        f"SELECT received_at / 86400, pillar, area, language, source, count(*) FROM added "
        f"GROUP BY 1, 2, 3, 4, 5 ON CONFLICT (day, pillar, area, language, source) "
        f"DO UPDATE SET n = voice_counts.n + excluded.n), "
        # (what each complains about, as store.complaints counts it; copies are taken off
        # as twins.group makes them, by the trigger)
        f"blamed AS (INSERT INTO complaint_counts (day, pillar, area, n) "
        f"SELECT a.received_at / 86400, p.pillar, a.area, count(*) FROM added a, "
        f"(VALUES ('price'), ('selection'), ('delivery')) AS p (pillar) "
        f"WHERE (a.complaints IS NULL AND p.pillar = a.pillar) "
        f"OR position(',' || p.pillar || ',' IN ',' || a.complaints || ',') > 0 "
        f"GROUP BY 1, 2, 3 ON CONFLICT (day, pillar, area) "
        f"DO UPDATE SET n = complaint_counts.n + excluded.n) "
        f"SELECT id, twin, received_at / 86400, pillar, area, language, source FROM added")
    added = cursor.fetchall()
    twins.group(target, [(r[0], r[1], tuple(r[2:])) for r in added])
    return len(added)


def _insert_voices(target: Database, chunk: list[tuple[Any, ...]]) -> int:
    voices = [Voice(source=r[1], source_key=r[2], received_at=r[3], channel=r[4],
                    language=r[5], author=r[6], subject=r[7], text=r[8], pillar=r[9],
                    pillars=tuple(p for p in r[10].split(",") if p), area=r[11], rating=r[12],
                    link=r[13], confidence=r[14], flags=r[15],
                    meta=json.loads(r[16]) if r[16] and r[16] != "{}" else {},
                    # (a voice stored before complaints were read: its pillar, as counted then)
                    complaints=tuple(c for c in r[19].split(",") if c) if r[19] is not None
                    else tuple(p for p in (r[9],) if p in ("price", "selection", "delivery")))
              for r in chunk]
    return voice_store.insert_voices(target, voices).inserted


# -- the rest

def _columns(db: Database, table: str) -> list[str]:
    if db.dialect == "postgresql":
        rows = db.execute("SELECT column_name FROM information_schema.columns WHERE "
                          "table_schema = 'public' AND table_name = ? AND is_generated = 'NEVER'"
                          " ORDER BY ordinal_position", [table]).fetchall()
    else:
        rows = [(r[1],) for r in db.execute(f"PRAGMA table_info({table})").fetchall()]
    return [name for (name,) in rows]


def _shared(source: Database, target: Database, table: str) -> list[str]:
    """The columns both stores have, but the row's own id and what the target stamps."""
    theirs = set(_columns(target, table))
    return [c for c in _columns(source, table) if c in theirs and c != "id"]


def _by_key(source: Database, target: Database, table: str, result: TransferResult) -> None:
    columns = _shared(source, target, table)
    rows = source.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    if not rows:
        return
    with transaction(target):
        for row in rows:
            cursor = target.conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' * len(columns))}) ON CONFLICT ({_BY_KEY[table]}) DO NOTHING",
                list(row))
            result.add(table, max(0, cursor.rowcount))


def _mapped(source: Database, target: Database, origin: str, table: str,
            result: TransferResult) -> None:
    """Rows without a natural key, each copied once per origin (imports' history)."""
    columns = _shared(source, target, table)
    done = {int(old) for (old,) in target.execute(
        "SELECT old_id FROM transfer_map WHERE origin = ? AND tbl = ?", [origin, table])}
    with transaction(target):
        for old, *row in source.execute(
                f"SELECT id, {', '.join(columns)} FROM {table} ORDER BY id").fetchall():
            if int(old) in done:
                continue
            new = _insert(target, table, columns, row)
            _remember(target, origin, table, int(old), new)
            result.add(table)


def _insert(target: Database, table: str, columns: Sequence[str], row: Sequence[Any],
            conflict: str = "") -> int | None:
    cursor = target.conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        f"{conflict} RETURNING id", list(row))
    found = cursor.fetchall()
    return int(found[0][0]) if found else None


def _remember(target: Database, origin: str, table: str, old: int, new: int | None) -> None:
    target.conn.execute("INSERT INTO transfer_map (origin, tbl, old_id, new_id) "
                        "VALUES (?, ?, ?, ?)", [origin, table, old, -1 if new is None else new])


def _copied(target: Database, origin: str, table: str, old: int) -> bool:
    return target.execute("SELECT 1 FROM transfer_map WHERE origin = ? AND tbl = ? AND "
                          "old_id = ?", [origin, table, old]).fetchone() is not None


class _VoiceIds:
    """A source voice's id in the target, through its source_key (looked up when asked)."""

    def __init__(self, source: Database, target: Database) -> None:
        self.source, self.target = source, target
        self.known: dict[int, int | None] = {}

    def __call__(self, old: int | None) -> int | None:
        if old is None:
            return None
        if old not in self.known:
            key = self.source.execute("SELECT source_key FROM voices WHERE id = ?",
                                      [old]).fetchone()
            row = self.target.execute("SELECT id FROM voices WHERE source_key = ?",
                                      [key[0]]).fetchone() if key else None
            self.known[old] = int(row[0]) if row else None
        return self.known[old]


def _metric_ids(source: Database, target: Database) -> dict[int, int]:
    key = _BY_KEY["metrics"]
    theirs = {tuple(r[1:]): int(r[0]) for r in target.execute(
        f"SELECT id, {key} FROM metrics").fetchall()}
    return {int(r[0]): theirs[tuple(r[1:])] for r in source.execute(
        f"SELECT id, {key} FROM metrics").fetchall() if tuple(r[1:]) in theirs}


def _escalation(source: Database, target: Database, origin: str, old: int,
                voices: _VoiceIds, metrics: dict[int, int], result: TransferResult) -> None:
    if _copied(target, origin, "escalations", old):
        return
    columns = _shared(source, target, "escalations")
    row = source.execute(f"SELECT {', '.join(columns)} FROM escalations WHERE id = ?",
                         [old]).fetchone()
    with transaction(target):
        new = _insert(target, "escalations", columns, row,
                      " ON CONFLICT (forward_message_id) DO NOTHING")
        _remember(target, origin, "escalations", old, new)
        if new is None:
            return  # the same forward, copied from another store before: that one stays
        result.add("escalations")
        for (vid,) in source.execute("SELECT voice_id FROM escalation_voices "
                                     "WHERE escalation_id = ?", [old]).fetchall():
            if (mine := voices(vid)) is not None:
                target.conn.execute("INSERT INTO escalation_voices (voice_id, escalation_id) "
                                    "VALUES (?, ?) ON CONFLICT DO NOTHING", [mine, new])
                twins.stand_alone(target, [mine])
        for table in _ESCALATION_PARTS:
            names = [c for c in _shared(source, target, table) if c != "escalation_id"]
            for part in source.execute(f"SELECT {', '.join(names)} FROM {table} "
                                       f"WHERE escalation_id = ?", [old]).fetchall():
                values = dict(zip(names, part, strict=True))
                if table == "coe_evidence":
                    ref = (voices(values["ref_id"]) if values["kind"] == "voice"
                           else metrics.get(values["ref_id"]))
                    if ref is None:
                        continue  # what it cited is not in the target
                    values["ref_id"] = ref
                values["escalation_id"] = new
                target.conn.execute(
                    f"INSERT INTO {table} ({', '.join(values)}) VALUES "
                    f"({', '.join('?' * len(values))}) ON CONFLICT DO NOTHING",
                    list(values.values()))


def _meeting(source: Database, target: Database, origin: str, old: int, voices: _VoiceIds,
             result: TransferResult) -> None:
    if _copied(target, origin, "meetings", old):
        return
    columns = _shared(source, target, "meetings")
    row = source.execute(f"SELECT {', '.join(columns)} FROM meetings WHERE id = ?",
                         [old]).fetchone()
    names = [c for c in _shared(source, target, "meeting_events") if c != "meeting_id"]
    with transaction(target):
        new = _insert(target, "meetings", columns, row)
        _remember(target, origin, "meetings", old, new)
        result.add("meetings")
        for event in source.execute(f"SELECT {', '.join(names)} FROM meeting_events "
                                    f"WHERE meeting_id = ? ORDER BY id", [old]).fetchall():
            values = dict(zip(names, event, strict=True))
            values["voice_id"] = voices(values.get("voice_id"))
            if values.get("escalation_id") is not None:
                mapped = target.execute(
                    "SELECT new_id FROM transfer_map WHERE origin = ? AND tbl = 'escalations' "
                    "AND old_id = ?", [origin, values["escalation_id"]]).fetchone()
                values["escalation_id"] = int(mapped[0]) if mapped and mapped[0] > 0 else None
            values["meeting_id"] = new
            target.conn.execute(f"INSERT INTO meeting_events ({', '.join(values)}) VALUES "
                                f"({', '.join('?' * len(values))})", list(values.values()))
