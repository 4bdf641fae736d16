"""Voices: idempotent batch writes, keyset pages newest-first, full-text search, counts."""

from __future__ import annotations

import functools
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from dataclasses import replace as dataclass_replace
from typing import TYPE_CHECKING, Any

from chair.domain.model import Voice, VoiceFilter
from chair.domain.text import fold, twin_of
from chair.store import complaints as complaint_store
from chair.store import twins
from chair.store.db import search_text, transaction
from chair.store.migrations import ID_MASK, SORT_KEY_SHIFT
from chair.store.repair import namespace_of, repair
from chair.store.terms import add_terms, batch_terms, expand_prefix

if TYPE_CHECKING:

    from chair.store.db import Database

# A page key: (received_at, id) of the last row shown; the next page starts strictly below it.
PageKey = tuple[int, int]

MAX_RECEIVED_AT = (1 << 32) - 1

_COLUMNS = (
    "source", "source_key", "received_at", "channel", "language", "author", "subject", "text",
    "pillar", "pillars", "area", "rating", "link", "confidence", "flags", "meta", "imported_at",
    "twin", "copy_of", "complaints",
)
_INSERT = (
    f"INSERT INTO voices ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
    "ON CONFLICT (source_key) DO NOTHING"
)
_COUNT_ADD = (
    "INSERT INTO voice_counts (day, pillar, area, language, source, n) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (day, pillar, area, language, source) "
    "DO UPDATE SET n = voice_counts.n + excluded.n"
)
_FIELDS = (
    "v.id, v.source, v.source_key, v.received_at, v.channel, v.language, v.author, v.subject, "
    "v.text, v.pillar, v.pillars, v.area, v.rating, v.link, v.confidence, v.flags, v.meta, "
    "ev.escalation_id, v.copies, v.complaints"
)
# The feed holds many thousands of voices but shows two lines of each: it reads the start of
# the text only (PREVIEW_CHARS, far more than a row shows, so redaction still sees whole
# phone numbers and names around what is shown) and no metadata.
PREVIEW_CHARS = 600
_PREVIEW_FIELDS = _FIELDS.replace("v.text,", f"substr(v.text, 1, {PREVIEW_CHARS}),").replace(
    "v.meta,", "'{}',")
_ESCALATION_JOIN = "LEFT JOIN escalation_voices ev ON ev.voice_id = v.id"
_SELECT = f"SELECT {_FIELDS} FROM voices v {_ESCALATION_JOIN}"


@dataclass(frozen=True, slots=True)
class WriteResult:
    inserted: int
    duplicates: int  # of which `repaired` mended a text stored damaged
    repaired: int = 0


def sort_key(received_at: int, voice_id: int) -> int:
    return (received_at << SORT_KEY_SHIFT) | voice_id


def _clamp(received_at: int) -> int:
    return min(max(int(received_at), 0), MAX_RECEIVED_AT)


def _row(voice: Voice, now: int) -> tuple[object, ...]:
    return (
        voice.source, voice.source_key, _clamp(voice.received_at), str(voice.channel),
        voice.language,
        voice.author, voice.subject, voice.text, str(voice.pillar), ",".join(voice.pillars),
        voice.area, voice.rating, voice.link, voice.confidence, voice.flags,
        json.dumps(voice.meta, ensure_ascii=False, default=str) if voice.meta else "{}", now,
        twin_of(voice.text), None,  # copy_of: decided as the batch is written
        ",".join(voice.complaints),
    )


def add_voices(db: Database, voices: Iterable[Voice]) -> WriteResult:
    """Write `voices` in one transaction; see insert_voices."""
    with transaction(db):
        return insert_voices(db, voices)


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    """Voices made ready to write: rows in time order (one per key) and their search texts.
    Plain tuples and strings, so a batch can be handed to a writer in another process."""

    rows: list[tuple[object, ...]]
    texts: list[str]
    read: int
    terms: list[str]  # the distinct terms of `texts`, for the vocabulary of prefix search
    # Beside each row, the key an earlier version of chair gave its record ("" for none;
    # an empty list when no row has one).
    aliases: list[str] = dataclass_field(default_factory=list)


def prepare_voices(voices: Iterable[Voice], terms: list[str] | None = None) -> PreparedBatch:
    """The pure-Python part of writing voices (no database). `terms`: the batch's index
    terms, made elsewhere (see voice_terms_of); any superset of them will do."""
    now = int(time.time())
    voices_list = list(voices)
    # A key twice in one batch is one voice: the first one wins, as it would across batches.
    batch: dict[str, Voice] = {}
    for v in voices_list:
        batch.setdefault(v.source_key, v)
    # In time order, so that ids follow time within a batch and the FTS rowids ascend:
    # FTS5 flushes its in-memory index whenever a rowid is lower than the one before.
    ordered = sorted(batch.values(), key=lambda v: _clamp(v.received_at))
    texts = [search_text(v.subject, v.author, v.text) for v in ordered]
    aliases = [v.alias_key for v in ordered]
    return PreparedBatch([_row(v, now) for v in ordered], texts, len(voices_list),
                         batch_terms(texts) if terms is None else terms,
                         aliases if any(aliases) else [])


def voice_terms_of(parts: Iterable[tuple[str, str, str]]) -> list[str]:
    """The index terms of voices given as (subject, author, text): a batch's vocabulary,
    worked out where there is a core to spare (a large import's worker processes)."""
    return batch_terms(search_text(subject, author, text) for subject, author, text in parts)


def insert_voices(db: Database, voices: Iterable[Voice], terms: list[str] | None = None
                  ) -> WriteResult:
    """Write `voices` inside the caller's transaction; a known source_key is skipped.
    `terms` as for prepare_voices.

    Skipping (rather than updating) keeps re-imports harmless and a user's corrections intact.
    """
    return write_prepared(db, prepare_voices(voices, terms))


def write_prepared(db: Database, batch: PreparedBatch) -> WriteResult:
    """The database part of insert_voices, inside the caller's transaction."""
    conn = db.conn
    if not conn.in_transaction:
        raise RuntimeError("writing voices needs the caller's transaction (see add_voices)")
    if db.dialect == "postgresql":
        from chair.store import pg

        pg.refuse_unless_writer(db)
    batch = _without_aliases_known(db, batch)
    rows = batch.rows
    # A clean reading of a voice stored damaged mends it (and is then a known key).
    repaired = repair(conn, rows)
    # Each text's first voice is looked up before the rows are written, so that a copy is
    # written as one (see store.twins): writing it, then marking it, halved import speed.
    heads = twins.firsts(db, {r[17] for r in rows if r[17] is not None})  # type: ignore[misc]
    if heads:
        rows = [r if r[17] not in heads else (*r[:18], heads[r[17]], *r[19:]) for r in rows]
        batch = dataclass_replace(batch, rows=rows)
    if db.dialect == "postgresql":
        return pg.write_voices(db, batch, repaired, heads)
    # Ids only grow, so the rows this batch added are exactly those above the old maximum.
    (before,) = conn.execute("SELECT coalesce(max(id), 0) FROM voices").fetchone()
    inserted = conn.executemany(_INSERT, rows).rowcount
    if inserted == len(rows):
        # Nothing was skipped: SQLite gave the rows max(id) + 1, + 2, ... in order.
        added = [(before + k, k - 1) for k in range(1, len(rows) + 1)]
    elif inserted:
        position = {row[1]: k for k, row in enumerate(rows)}
        new = conn.execute("SELECT id, source_key FROM voices WHERE id > ? ORDER BY id", [before])
        added = [(vid, position[key]) for vid, key in new.fetchall()]
    else:
        added = []
    if added:
        # The index and the rollup are written here, in the same transaction, rather than
        # by triggers: per-row trigger programs made bulk writes three times slower.
        texts = batch.texts
        conn.executemany(
            "INSERT INTO voices_fts (rowid, body) VALUES (?, ?)",
            [((rows[k][2] << SORT_KEY_SHIFT) | vid, texts[k]) for vid, k in added],  # type: ignore[operator]
        )
        counts = Counter(_counted_at(rows[k]) for _vid, k in added)
        conn.executemany(_COUNT_ADD, [(*key, n) for key, n in counts.items()])
        complaint_store.count_written(db, [
            (int(rows[k][2]) // 86400, str(rows[k][19]), str(rows[k][10]),  # type: ignore[call-overload]
             rows[k][18] is not None) for _vid, k in added])
        twins.group(db, [(vid, rows[k][17], _counted_at(rows[k]))  # type: ignore[misc]
                         for vid, k in added], heads)
        # (Terms of the skipped duplicates too: a superset of the vocabulary is harmless.)
        add_terms(db, batch.terms)
    return WriteResult(inserted, batch.read - inserted, repaired)


def _counted_at(row: tuple[object, ...]) -> twins.CountKey:
    """Where a written row is counted in voice_counts: (day, pillar, area, language, source)."""
    return (int(row[2]) // 86400, row[8], row[10], row[4], row[0])  # type: ignore[call-overload]


def _without_aliases_known(db: Database, batch: PreparedBatch) -> PreparedBatch:
    """The batch without the records that an earlier version of chair stored under another
    key (their alias): an export imported then, imported again now, adds nothing."""
    if not batch.aliases:
        return batch
    spaces = {namespace_of(a) for a in batch.aliases if a}
    # One look per namespace first: a store that never held keys of that form (nearly
    # every one) is not asked about each record.
    held = {ns for ns in spaces if db.execute(
        "SELECT 1 FROM voices WHERE source_key > ? AND source_key < ? LIMIT 1",
        [ns + "#", ns + "~g"]).fetchone()}
    wanted = [a for a in batch.aliases if a and namespace_of(a) in held]
    known: set[str] = set()
    for at in range(0, len(wanted), 500):
        part = wanted[at : at + 500]
        known.update(r[0] for r in db.execute(
            f"SELECT source_key FROM voices WHERE source_key IN ({', '.join('?' * len(part))})",
            part).fetchall())
    if not known:
        return batch
    keep = [k for k, alias in enumerate(batch.aliases) if alias not in known]
    return PreparedBatch([batch.rows[k] for k in keep], [batch.texts[k] for k in keep],
                         batch.read, batch.terms, [batch.aliases[k] for k in keep])


@functools.lru_cache(maxsize=64)
def _pillars(joined: str) -> tuple[str, ...]:
    return tuple(p for p in joined.split(",") if p)


def _search(db: Database, query: str, clauses: list[str], params: list[object]) -> str | None:
    """What a search adds to a query of voices: on a file, the FTS5 expression to join on
    ("" when nothing was typed); on a team store, a clause and its parameter appended to
    `clauses` and `params` (and ""). None when what was typed can match nothing (only
    symbols: '"', '*'), so nothing is shown."""
    if db.dialect == "postgresql":
        from chair.store import pg

        found = pg.search_clause(query)
        if found is not None:
            if not found[0]:
                return None
            clauses.append(found[0])
            params.append(found[1])
        return ""
    expression = match_expression(query, db)
    if query.strip() and not expression:
        return None
    return expression


def _voice(row: tuple[Any, ...]) -> Voice:
    (vid, source, source_key, received_at, channel, language, author, subject, text, pillar,
     pillars, area, rating, link, confidence, flags, meta, escalation_id, copies,
     complaints) = row
    # A list of many thousands of voices repeats the same few sources, channels, pillars and
    # areas: one string object each, not one per row.
    intern = sys.intern
    return Voice(
        id=vid, source=intern(source), source_key=source_key, received_at=received_at,
        channel=intern(channel), language=intern(language), author=author, subject=subject,
        text=text, pillar=intern(pillar),
        pillars=_pillars(pillars), area=intern(area), rating=rating, link=link,
        confidence=confidence, flags=flags, meta=json.loads(meta) if meta != "{}" else {},
        escalation_id=escalation_id, copies=copies,
        complaints=_pillars(complaints) if complaints else (),
    )


_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str, db: Database | None = None) -> str:
    """Turn what a user typed into a safe FTS5 expression: every word must appear, the last
    one as a prefix (search as you type). Returns "" when there is nothing to search for.

    With `db`, the prefix is written as the indexed terms it stands for ("deliver" OR
    "delivered" OR ...), which FTS5 walks newest first and stops at the page; without, or
    when a prefix stands for too many terms, as FTS5's own prefix query ("deliv"*), which
    finds the same voices by merging every matching term first."""
    words = _WORD.findall(fold(query))
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]]
    last = words[-1]
    # A one- or two-letter prefix expands to thousands of terms (slow, and useless as a
    # filter); it is matched as a whole word until a third letter arrives.
    if len(last) < 3:
        terms.append(f'"{last}"')
    else:
        expanded = expand_prefix(db, last) if db is not None else None
        if expanded is None and db is not None and len(last) == 3:
            # A three-letter prefix of a vast vocabulary ("con", "pro") is no filter either:
            # a whole word, like the shorter ones, until a fourth letter arrives.
            terms.append(f'"{last}"')
        elif not expanded:  # too many terms, or none (then FTS5 finds nothing, at once)
            terms.append(f'"{last}"*')
        elif len(expanded) == 1:
            terms.append(f'"{expanded[0]}"')
        else:
            terms.append("(" + " OR ".join(f'"{t}"' for t in expanded) + ")")
    return " AND ".join(terms)


def _filter_sql(flt: VoiceFilter) -> tuple[list[str], list[object]]:
    # A copy of another voice's text is shown through that voice (see store.twins).
    clauses: list[str] = ["v.copy_of IS NULL"]
    params: list[object] = []
    for column, values in (
        ("v.pillar", flt.pillars),
        ("v.area", flt.areas),
        ("v.source", flt.sources),
        ("v.language", flt.languages),
    ):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    if flt.since is not None:
        clauses.append("v.received_at >= ?")
        params.append(flt.since)
    if flt.until is not None:
        clauses.append("v.received_at < ?")
        params.append(flt.until)
    return clauses, params


def page(
    db: Database,
    flt: VoiceFilter = VoiceFilter(),
    after: PageKey | None = None,
    limit: int = 100,
    *,
    preview: bool = False,
) -> list[Voice]:
    """The next `limit` voices newest first, strictly older than `after` (keyset, no offset).
    With `preview`, only the start of each text and no metadata (what a list shows)."""
    clauses, params = _filter_sql(flt)
    fields = _PREVIEW_FIELDS if preview else _FIELDS
    expression = _search(db, flt.query, clauses, params)
    if expression is None:
        return []
    if expression:
        sql = (
            f"SELECT {fields} FROM voices_fts f JOIN voices v ON v.id = (f.rowid & {ID_MASK}) "
            f"{_ESCALATION_JOIN} WHERE voices_fts MATCH ?"
        )
        all_params: list[object] = [expression]
        if after is not None:
            sql += " AND f.rowid < ?"
            all_params.append(sort_key(*after))
        for clause in clauses:
            sql += f" AND {clause}"
        all_params.extend(params)
        sql += " ORDER BY f.rowid DESC LIMIT ?"
        all_params.append(limit)
        return [_voice(r) for r in db.execute(sql, all_params).fetchall()]
    if flt.query.strip() and db.dialect == "postgresql":
        # A search on a team store looks at the newest voices first: when they hold a page
        # of matches, those are the page (every older voice is older than all of them), and
        # a search for common words ends there instead of intersecting their long lists.
        window = ("(SELECT * FROM voices WHERE (received_at, id) < (?, ?) "
                  "ORDER BY received_at DESC, id DESC LIMIT ?)")
        start = list(after) if after is not None else [MAX_RECEIVED_AT + 1, 0]
        sql = (f"SELECT {fields} FROM {window} v {_ESCALATION_JOIN} WHERE "
               f"{' AND '.join(clauses)} ORDER BY v.received_at DESC, v.id DESC LIMIT ?")
        found = db.execute(sql, [*start, PG_WINDOW, *params, limit]).fetchall()
        if len(found) == limit:
            return [_voice(r) for r in found]
    if after is not None:
        clauses.insert(0, "(v.received_at, v.id) < (?, ?)")
        params = [after[0], after[1], *params]
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (f"SELECT {fields} FROM voices v {_ESCALATION_JOIN}{where} "
           f"ORDER BY v.received_at DESC, v.id DESC LIMIT ?")
    return [_voice(r) for r in db.execute(sql, [*params, limit]).fetchall()]


# How many of the newest voices a team store's search reads before it asks the word index.
PG_WINDOW = 4000


def added_since(db: Database, last_id: int, flt: VoiceFilter = VoiceFilter(),
                limit: int = 500, *, preview: bool = False) -> list[Voice]:
    """Voices written after the one with id `last_id` (ids only grow), matching `flt`.
    `preview` as for `page`."""
    clauses, params = _filter_sql(flt)
    clauses.insert(0, "v.id > ?")
    params = [last_id, *params]
    expression = _search(db, flt.query, clauses, params)
    if expression is None:
        return []
    if expression:
        # Only the part of the index from the oldest new voice on is walked: the cost
        # follows the new voices (recent ones, mostly), not every voice that matches.
        (lowest,) = db.execute(
            f"SELECT min((received_at << {SORT_KEY_SHIFT}) | id) FROM voices WHERE id > ?",
            [last_id]).fetchone()
        if lowest is None:
            return []  # nothing new
        clauses.append(
            f"((v.received_at << {SORT_KEY_SHIFT}) | v.id) IN "
            "(SELECT rowid FROM voices_fts WHERE voices_fts MATCH ? AND rowid >= ?)"
        )
        params += [expression, lowest]
    fields = _PREVIEW_FIELDS if preview else _FIELDS
    sql = (f"SELECT {fields} FROM voices v {_ESCALATION_JOIN} WHERE {' AND '.join(clauses)} "
           "ORDER BY v.id LIMIT ?")
    return [_voice(r) for r in db.execute(sql, [*params, limit]).fetchall()]


def last_id(db: Database) -> int:
    return int(db.execute("SELECT coalesce(max(id), 0) FROM voices").fetchone()[0])


def get(db: Database, voice_id: int) -> Voice | None:
    row = db.execute(f"{_SELECT} WHERE v.id = ?", [voice_id]).fetchone()
    return _voice(row) if row else None


def count_matching(db: Database, flt: VoiceFilter) -> int:
    """How many voices `flt` selects (what "50 of N" says)."""
    clauses, params = _filter_sql(flt)
    expression = _search(db, flt.query, clauses, params)
    if expression is None:
        return 0
    if expression:
        sql = (f"SELECT count(*) FROM voices_fts f JOIN voices v ON v.id = (f.rowid & {ID_MASK}) "
               "WHERE voices_fts MATCH ?" + "".join(f" AND {c}" for c in clauses))
        return int(db.execute(sql, [expression, *params]).fetchone()[0])
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return int(db.execute(f"SELECT count(*) FROM voices v{where}", params).fetchone()[0])


# After a write of at least this share of all voices, the index is merged into one
# segment. A bulk import leaves it in dozens (each batch writes one, and they merge only
# sixteen at a time); every search term is looked up in each, which made a search at 3M
# voices 1.5x the time at 1M. The merge goes in short steps, each a transaction of its own:
# readers go on meanwhile and another writer waits for one step at most (about 40 ms);
# about 4 s per million voices in all.
SETTLE_SHARE = 0.1
_MERGE_STEP_PAGES = 500


def settle_index(db: Database, added: int, stop: Callable[[], bool] = lambda: False) -> bool:
    """After a bulk write of `added` voices: merge the full-text index's segments into one,
    step by step, until done or `stop()` says so. True when it merged."""
    if db.dialect == "postgresql":
        return False  # the server keeps its index whole itself
    if added <= 0 or added < SETTLE_SHARE * count(db):
        return False
    conn = db.conn
    while not stop():
        before = conn.total_changes
        with transaction(db):
            conn.execute("INSERT INTO voices_fts (voices_fts, rank) VALUES ('merge', ?)",
                         [-_MERGE_STEP_PAGES])
        if conn.total_changes - before < 2:  # only the command's own row: nothing left
            break
    return True


def search(db: Database, query: str, limit: int = 50) -> list[Voice]:
    return page(db, VoiceFilter(query=query), limit=limit)


def iter_all(db: Database, batch: int = 1000) -> Iterator[Voice]:
    after: PageKey | None = None
    while rows := page(db, after=after, limit=batch):
        yield from rows
        after = (rows[-1].received_at, rows[-1].id or 0)


def count(db: Database) -> int:
    """Every voice stored, copies of one text included (see store.twins)."""
    return int(db.execute("SELECT coalesce(sum(n), 0) FROM voice_counts").fetchone()[0])


def copies(db: Database) -> int:
    """Of the voices stored, how many repeat another's text."""
    return int(db.execute("SELECT coalesce(sum(n), 0) FROM copy_counts").fetchone()[0])


def counts_by(db: Database, column: str) -> dict[str, int]:
    """Voices per language, pillar, area or source, from the maintained rollup."""
    if column not in {"language", "pillar", "area", "source"}:
        raise ValueError(column)
    rows = db.execute(
        f"SELECT {column}, sum(n) AS total FROM voice_counts GROUP BY {column} "
        f"HAVING sum(n) > 0 ORDER BY total DESC, {column}"
    ).fetchall()
    return {name: int(total) for name, total in rows}


def counts_per_day(db: Database, since_day: int) -> list[tuple[int, str, str, int]]:
    """(day, pillar, area, voices) from the rollup, for dashboards: each customer-written
    text once, its copies left out (see store.twins)."""
    # The subtraction in SQL: one look-up in copy_counts' key per row of the sums.
    return [(int(d), p, a, int(n)) for d, p, a, n in db.execute(
        "SELECT v.day, v.pillar, v.area, v.n - coalesce(c.n, 0) FROM (SELECT day, pillar, "
        "area, sum(n) AS n FROM voice_counts WHERE day >= ? GROUP BY day, pillar, area) v "
        "LEFT JOIN copy_counts c ON c.day = v.day AND c.pillar = v.pillar AND c.area = v.area "
        "WHERE v.n - coalesce(c.n, 0) > 0", [since_day]).fetchall()]


def update_classification(
    db: Database,
    changes: Iterable[tuple[int, str, tuple[str, ...], str, str, float, dict[str, object],
                            tuple[str, ...]]],
) -> int:
    """(id, pillar, pillars, area, language, confidence, meta, complaints) for voices whose
    classification changed; the rollups follow through their triggers."""
    rows = [(p, ",".join(ps), a, lang, c, json.dumps(m, ensure_ascii=False) if m else "{}",
             ",".join(cs), vid) for vid, p, ps, a, lang, c, m, cs in changes]
    with transaction(db):
        db.conn.executemany(
            "UPDATE voices SET pillar = ?, pillars = ?, area = ?, language = ?, confidence = ?, "
            "meta = ?, complaints = ? WHERE id = ?",
            rows,
        )
    return len(rows)


def complaints_unread(db: Database, ids: list[int]) -> set[int]:
    """Of `ids`, the voices stored before chair read complaints (see store.complaints)."""
    return {int(vid) for (vid,) in db.execute(
        f"SELECT id FROM voices WHERE complaints IS NULL AND id IN ({', '.join('?' * len(ids))})",
        ids).fetchall()} if ids else set()


def correct(db: Database, voice_id: int, *, pillar: str | None = None,
            area: str | None = None) -> None:
    """A user's correction: it is kept, and reclassifying never overrides it."""
    with transaction(db):
        if pillar is not None:
            # A complaint goes with the voice to the pillar the user says it is about.
            db.conn.execute(
                "UPDATE voices SET pillar = ?, pillars = ?, confidence = 1.0, flags = flags | ?, "
                "complaints = CASE WHEN complaints IS NULL OR complaints = '' THEN complaints "
                "ELSE ? END WHERE id = ?",
                [pillar, pillar, Voice.PILLAR_MANUAL, pillar, voice_id],
            )
        if area is not None:
            db.conn.execute("UPDATE voices SET area = ?, flags = flags | ? WHERE id = ?",
                            [area, Voice.AREA_MANUAL, voice_id])


def by_id_from(db: Database, after_id: int, limit: int) -> list[Voice]:
    """Voices in id order after `after_id`: for passes over everything (reclassify)."""
    sql = f"{_SELECT} WHERE v.id > ? ORDER BY v.id LIMIT ?"
    return [_voice(r) for r in db.execute(sql, [after_id, limit]).fetchall()]


def sample_texts(db: Database, since: int, until: int, at_most: int
                 ) -> tuple[list[tuple[str, int]], float]:
    """The texts of [since, until) (their first PREVIEW_CHARS) with how many voices each is
    (store.twins), or an even sample of at most `at_most` of them; and how many of the
    window's texts each of those stands for."""
    (total,) = db.execute("SELECT coalesce(sum(n), 0) FROM voice_counts WHERE day >= ? "
                          "AND day < ?", [since // 86400, until // 86400]).fetchone()
    step = max(1, -(-int(total) // at_most))  # every step-th voice by id
    rows = db.execute(
        f"SELECT substr(text, 1, {PREVIEW_CHARS}), copies FROM voices WHERE received_at >= ? "
        f"AND received_at < ? AND copy_of IS NULL AND id % ? = 0 LIMIT ?",
        [since, until, step, at_most]).fetchall()
    return [(r[0], int(r[1])) for r in rows], float(step)


def examples(db: Database, pillar: str, area: str, since: int, until: int,
             limit: int = 3, *, complaints: bool = False) -> list[Voice]:
    """The most recent voices of a pillar and area in [since, until): evidence to quote;
    with `complaints`, those that complain about it (store.complaints)."""
    blame = f"AND {complaint_store.about()} " if complaints else ""
    rows = db.execute(
        f"{_SELECT} WHERE v.pillar = ? AND v.area = ? AND v.received_at >= ? "
        f"AND v.received_at < ? AND v.copy_of IS NULL {blame}"
        f"ORDER BY v.received_at DESC, v.id DESC LIMIT ?",
        [pillar, area, since, until, *([pillar, pillar] if complaints else []), limit],
    ).fetchall()
    return [_voice(r) for r in rows]
