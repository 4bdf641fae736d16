"""Numbered schema migrations; each runs in its own transaction and bumps PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from chair.domain.errors import NewerSchema

if TYPE_CHECKING:
    from chair.store.db import Database

# The FTS rowid of a voice is its sort key: (received_at << 31) | id. FTS5 walks rowids in
# order cheaply, so "newest matches first" needs no sort, and the voice id is rowid & (2**31-1).
SORT_KEY_SHIFT = 31
ID_MASK = (1 << SORT_KEY_SHIFT) - 1

_V1 = """
CREATE TABLE voices (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL UNIQUE,
    received_at INTEGER NOT NULL,
    channel TEXT NOT NULL DEFAULT 'email',
    language TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    pillar TEXT NOT NULL DEFAULT 'other',
    pillars TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    rating REAL,
    link TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0,
    meta TEXT NOT NULL DEFAULT '{}',
    imported_at INTEGER NOT NULL
);
CREATE INDEX voices_time ON voices (received_at, id);

CREATE VIRTUAL TABLE voices_fts USING fts5 (
    body, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2'
);

-- Counts of voices per day x pillar x area x language x source, kept current by triggers so
-- dashboards and `chair stats` read thousands of rows instead of millions.
CREATE TABLE voice_counts (
    day INTEGER NOT NULL,
    pillar TEXT NOT NULL,
    area TEXT NOT NULL,
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, pillar, area, language, source)
) WITHOUT ROWID;

-- New voices are indexed and counted by chair.store.voices.insert_voices in the same
-- transaction, one set-based statement per batch: a per-row trigger made imports 3x slower.
-- Deletes and corrections are rare and kept current by triggers.
CREATE TRIGGER voices_after_delete AFTER DELETE ON voices BEGIN
    INSERT INTO voices_fts (voices_fts, rowid, body) VALUES (
        'delete', (old.received_at << 31) | old.id,
        chair_search_text(old.subject, old.author, old.text));
    UPDATE voice_counts SET n = n - 1
    WHERE day = old.received_at / 86400 AND pillar = old.pillar AND area = old.area
      AND language = old.language AND source = old.source;
END;

CREATE TRIGGER voices_after_update_text AFTER UPDATE OF received_at, subject, author, text
ON voices BEGIN
    INSERT INTO voices_fts (voices_fts, rowid, body) VALUES (
        'delete', (old.received_at << 31) | old.id,
        chair_search_text(old.subject, old.author, old.text));
    INSERT INTO voices_fts (rowid, body) VALUES (
        (new.received_at << 31) | new.id,
        chair_search_text(new.subject, new.author, new.text));
END;

CREATE TRIGGER voices_after_update_counts
AFTER UPDATE OF received_at, pillar, area, language, source ON voices BEGIN
    UPDATE voice_counts SET n = n - 1
    WHERE day = old.received_at / 86400 AND pillar = old.pillar AND area = old.area
      AND language = old.language AND source = old.source;
    INSERT INTO voice_counts (day, pillar, area, language, source, n)
    VALUES (new.received_at / 86400, new.pillar, new.area, new.language, new.source, 1)
    ON CONFLICT (day, pillar, area, language, source) DO UPDATE SET n = n + 1;
END;

CREATE TABLE rejects (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    location TEXT NOT NULL,
    reason TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (source, location)
);

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    imported INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'running'
);

-- Where a live source (IMAP folder, watched folder) left off: UIDVALIDITY, last UID, seen files.
CREATE TABLE source_state (
    source TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT '{}',
    updated_at INTEGER NOT NULL
);

CREATE TABLE metrics (
    id INTEGER PRIMARY KEY,
    pillar TEXT NOT NULL,
    metric TEXT NOT NULL,
    area TEXT NOT NULL,
    period TEXT NOT NULL,
    day INTEGER NOT NULL,
    value REAL NOT NULL,
    target REAL NOT NULL,
    volume INTEGER NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT 'ratio',
    higher_is_better INTEGER NOT NULL DEFAULT 1,
    source TEXT NOT NULL DEFAULT '',
    UNIQUE (pillar, metric, area, period)
);
CREATE INDEX metrics_day ON metrics (day, pillar, area);

CREATE TABLE owners (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    pillar TEXT NOT NULL,
    area TEXT NOT NULL DEFAULT '',
    UNIQUE (pillar, area)
);

CREATE TABLE escalations (
    id INTEGER PRIMARY KEY,
    owner_name TEXT NOT NULL,
    owner_email TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    opened_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    closed_at INTEGER,
    opened_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '?',
    subject TEXT NOT NULL DEFAULT '',
    pillar TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    forward_message_id TEXT,
    forward_state TEXT NOT NULL DEFAULT '',
    forward_error TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);
CREATE INDEX escalations_status ON escalations (status, due_at);
CREATE UNIQUE INDEX escalations_forward ON escalations (forward_message_id);

-- A voice belongs to at most one escalation: escalating it again links to the existing one.
CREATE TABLE escalation_voices (
    voice_id INTEGER PRIMARY KEY REFERENCES voices (id) ON DELETE CASCADE,
    escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE
);
CREATE INDEX escalation_voices_escalation ON escalation_voices (escalation_id);

CREATE TABLE escalation_history (
    id INTEGER PRIMARY KEY,
    escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX escalation_history_escalation ON escalation_history (escalation_id, at);

-- Replies from the owner, threaded by In-Reply-To/References onto the forward.
CREATE TABLE escalation_messages (
    id INTEGER PRIMARY KEY,
    escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
    message_id TEXT NOT NULL UNIQUE,
    received_at INTEGER NOT NULL,
    sender TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE coe (
    escalation_id INTEGER PRIMARY KEY REFERENCES escalations (id) ON DELETE CASCADE,
    what_happened TEXT NOT NULL DEFAULT '',
    impact TEXT NOT NULL DEFAULT '',
    root_cause TEXT NOT NULL DEFAULT '',
    whys TEXT NOT NULL DEFAULT '[]',
    supporting_data TEXT NOT NULL DEFAULT '',
    implications TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    submitted_at INTEGER,
    updated_at INTEGER NOT NULL
);

CREATE TABLE coe_evidence (
    id INTEGER PRIMARY KEY,
    escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('voice', 'metric')),
    ref_id INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (escalation_id, kind, ref_id)
);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_at INTEGER,
    done_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX actions_open ON actions (done_at, due_at);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    ended_at INTEGER
);

CREATE TABLE meeting_events (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    voice_id INTEGER,
    escalation_id INTEGER,
    text TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX meeting_events_meeting ON meeting_events (meeting_id, at);
"""

# v2: let the full-text index merge its segments less eagerly while imports write (16 rather
# than 4 segments per level): bulk writes 1.2-1.6x faster, searches unchanged in practice.
_V2 = """
INSERT INTO voices_fts (voices_fts, rank) VALUES ('automerge', 16);
"""

# v3: a voice without a readable date was stored at its import time and so showed as new at
# the top of the feed; it now has the unknown time (0) and sorts after every dated voice. The
# update triggers move its full-text row and its daily count.
# Voices whose text lost characters to a bad byte (flag 8) are found at once when a corrected
# file is imported again (re-imports otherwise skip known keys).
_V3 = """
UPDATE voices SET received_at = 0 WHERE flags & 4 != 0 AND received_at != 0;
CREATE INDEX IF NOT EXISTS voices_damaged ON voices (source_key) WHERE flags & 8 != 0;
"""

# v4: the vocabulary of the full-text index, which prefix searches are answered from (see
# chair.store.terms): filled once from the index itself, then kept by every write; an edited
# text adds its terms through the update trigger. Terms no longer in any voice may stay: a
# prefix expanded to them finds nothing more.
_V4 = """
CREATE TABLE IF NOT EXISTS voice_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.voices_vocabulary USING fts5vocab (main, voices_fts, row);
INSERT OR IGNORE INTO voice_terms (term) SELECT term FROM temp.voices_vocabulary;
DROP TABLE temp.voices_vocabulary;
DROP TRIGGER IF EXISTS voices_after_update_text;
CREATE TRIGGER voices_after_update_text AFTER UPDATE OF received_at, subject, author, text
ON voices BEGIN
    INSERT INTO voices_fts (voices_fts, rowid, body) VALUES (
        'delete', (old.received_at << 31) | old.id,
        chair_search_text(old.subject, old.author, old.text));
    INSERT INTO voices_fts (rowid, body) VALUES (
        (new.received_at << 31) | new.id,
        chair_search_text(new.subject, new.author, new.text));
    INSERT OR IGNORE INTO voice_terms (term) SELECT value FROM json_each(
        chair_index_terms(chair_search_text(new.subject, new.author, new.text)));
END;
"""

# v5: the dashboard's nine weeks of metrics read from one covering index, in the order they
# are wanted (no table lookups, no sort): 12.6 ms became 5 ms for a year of 30 areas.
# A count of the writes to metrics, kept by triggers, tells a reader whether the window it
# read last is still what the table holds (a voice arriving changes no metric).
_V5 = """
CREATE INDEX IF NOT EXISTS metrics_window ON metrics (
    day, pillar, metric, area, period, value, target, volume, unit, higher_is_better);
DROP INDEX IF EXISTS metrics_day;
CREATE TABLE IF NOT EXISTS metrics_version (n INTEGER NOT NULL);
INSERT INTO metrics_version (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM metrics_version);
CREATE TRIGGER IF NOT EXISTS metrics_after_insert AFTER INSERT ON metrics BEGIN
    UPDATE metrics_version SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS metrics_after_update AFTER UPDATE ON metrics BEGIN
    UPDATE metrics_version SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS metrics_after_delete AFTER DELETE ON metrics BEGIN
    UPDATE metrics_version SET n = n + 1;
END;
"""

# v6: the chain of a "?": who forwarded it on to whom, and when; when its owner was last
# reminded that it is overdue. The store's own identity, and what was copied into it from
# other stores (see chair.store.transfer): a copy run again or resumed adds nothing twice.
_V6 = """
CREATE TABLE IF NOT EXISTS escalation_forwards (
    id INTEGER PRIMARY KEY,
    escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    from_name TEXT NOT NULL DEFAULT '',
    from_email TEXT NOT NULL DEFAULT '',
    to_name TEXT NOT NULL DEFAULT '',
    to_email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS escalation_forwards_escalation
    ON escalation_forwards (escalation_id, at);
ALTER TABLE escalations ADD COLUMN reminded_at INTEGER;
CREATE TABLE IF NOT EXISTS store_identity (id TEXT NOT NULL);
INSERT INTO store_identity (id) SELECT lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM store_identity);
CREATE TABLE IF NOT EXISTS transfer_map (
    origin TEXT NOT NULL,
    tbl TEXT NOT NULL,
    old_id INTEGER NOT NULL,
    new_id INTEGER NOT NULL,
    PRIMARY KEY (origin, tbl, old_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS transfer_progress (
    origin TEXT PRIMARY KEY,
    last_voice_id INTEGER NOT NULL
);
"""

# v7: voices that are one customer-written text (chair.store.twins): each voice's twin (its
# words without numbers, see chair.domain.text.twin_of), the first voice it is a copy of, and
# on a first voice how many there are. copy_counts counts the copies per day x pillar x area
# (all the figures subtract from voice_counts, to count each text once); triggers keep it
# current when a copy is deleted or corrected.
# Voices stored before it are grouped by `chair reclassify` (chair.store.twins.group_stored):
# computing every stored voice's twin here would hold the window's start for minutes at
# millions of voices.
_V7 = """
ALTER TABLE voices ADD COLUMN twin INTEGER;
ALTER TABLE voices ADD COLUMN copy_of INTEGER;
ALTER TABLE voices ADD COLUMN copies INTEGER NOT NULL DEFAULT 1;
CREATE INDEX IF NOT EXISTS voices_twin ON voices (twin) WHERE twin IS NOT NULL;
CREATE INDEX IF NOT EXISTS voices_copy_of ON voices (copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX IF NOT EXISTS voices_grouped ON voices (id) WHERE copies > 1;
CREATE TABLE IF NOT EXISTS copy_counts (
    day INTEGER NOT NULL,
    pillar TEXT NOT NULL,
    area TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, pillar, area)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS copies_after_delete AFTER DELETE ON voices
WHEN old.copy_of IS NOT NULL BEGIN
    UPDATE copy_counts SET n = n - 1
    WHERE day = old.received_at / 86400 AND pillar = old.pillar AND area = old.area;
END;
CREATE TRIGGER IF NOT EXISTS copies_after_update AFTER UPDATE OF received_at, pillar, area
ON voices WHEN old.copy_of IS NOT NULL BEGIN
    UPDATE copy_counts SET n = n - 1
    WHERE day = old.received_at / 86400 AND pillar = old.pillar AND area = old.area;
    INSERT INTO copy_counts (day, pillar, area, n)
    VALUES (new.received_at / 86400, new.pillar, new.area, 1)
    ON CONFLICT (day, pillar, area) DO UPDATE SET n = n + 1;
END;
"""

# v8: the log of what chair noticed on its own (chair.store.detections), and the weeks whose
# digest went out (chair.store.digests: one laptop sends it).
_V8 = """
CREATE TABLE IF NOT EXISTS detections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    pillar TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    words TEXT NOT NULL DEFAULT '',
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    recent INTEGER NOT NULL,
    expected REAL NOT NULL DEFAULT 0,
    evidence TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL DEFAULT 'open',
    escalation_id INTEGER REFERENCES escalations (id) ON DELETE SET NULL,
    decided_at INTEGER,
    decided_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS detections_key ON detections (kind, key, last_seen);
CREATE INDEX IF NOT EXISTS detections_seen ON detections (last_seen);
CREATE TABLE IF NOT EXISTS digests (
    week TEXT PRIMARY KEY,
    sent_at INTEGER NOT NULL,
    recipients TEXT NOT NULL DEFAULT ''
);
"""

# v9: one index for the copies of a text instead of three: a text's first voice is found
# among first voices alone (chair.store.twins.firsts), and a copy is written as one. Each
# index on every voice cost an import a third of its speed at a million voices.
_V9 = """
DROP INDEX IF EXISTS voices_twin;
DROP INDEX IF EXISTS voices_copy_of;
DROP INDEX IF EXISTS voices_grouped;
CREATE INDEX IF NOT EXISTS voices_first ON voices (twin) WHERE twin IS NOT NULL AND copy_of IS NULL;
"""

# v10: a meeting's decision has an owner and a date to follow it up by, and is followed up
# (chair.store.meetings.decisions): until then it comes back in every meeting after that date.
_V10 = """
ALTER TABLE meeting_events ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting_events ADD COLUMN follow_up INTEGER;
ALTER TABLE meeting_events ADD COLUMN done_at INTEGER;
CREATE INDEX IF NOT EXISTS decisions_open ON meeting_events (follow_up)
    WHERE kind = 'decision' AND done_at IS NULL;
"""

# v11: what customers complain about (chair.store.complaints). A voice stored before has
# none recorded (NULL): its pillar stands for its complaint, as chair counted then, until
# `chair reclassify` reads it again; the counts start from the texts counted so far.
_V11 = """
ALTER TABLE voices ADD COLUMN complaints TEXT;
CREATE TABLE IF NOT EXISTS complaint_counts (
    day INTEGER NOT NULL,
    pillar TEXT NOT NULL,
    area TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, pillar, area)
) WITHOUT ROWID;
INSERT INTO complaint_counts (day, pillar, area, n)
SELECT v.day, v.pillar, v.area, v.n - coalesce(c.n, 0) FROM (SELECT day, pillar, area,
    sum(n) AS n FROM voice_counts WHERE pillar IN ('price', 'selection', 'delivery')
    GROUP BY day, pillar, area) v
LEFT JOIN copy_counts c ON c.day = v.day AND c.pillar = v.pillar AND c.area = v.area
WHERE v.n - coalesce(c.n, 0) > 0
ON CONFLICT (day, pillar, area) DO NOTHING;
CREATE TRIGGER IF NOT EXISTS complaints_after_update
AFTER UPDATE OF complaints, pillar, received_at, area, copy_of ON voices BEGIN
    UPDATE complaint_counts SET n = n - 1
    WHERE old.copy_of IS NULL AND day = old.received_at / 86400 AND area = old.area
      AND ((old.complaints IS NULL AND pillar = old.pillar)
           OR instr(',' || old.complaints || ',', ',' || pillar || ',') > 0);
    INSERT INTO complaint_counts (day, pillar, area, n)
    SELECT new.received_at / 86400, p.pillar, new.area, 1 FROM (SELECT 'price' AS pillar
        UNION ALL SELECT 'selection' UNION ALL SELECT 'delivery') p
    WHERE new.copy_of IS NULL AND ((new.complaints IS NULL AND p.pillar = new.pillar)
           OR instr(',' || new.complaints || ',', ',' || p.pillar || ',') > 0)
    ON CONFLICT (day, pillar, area) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS complaints_after_delete AFTER DELETE ON voices
WHEN old.copy_of IS NULL BEGIN
    UPDATE complaint_counts SET n = n - 1
    WHERE day = old.received_at / 86400 AND area = old.area
      AND ((old.complaints IS NULL AND pillar = old.pillar)
           OR instr(',' || old.complaints || ',', ',' || pillar || ',') > 0);
END;
"""

# Version 12: work a step leaves to chair itself, done once the file is open (it needs the
# gazetteer): 'areas' names the metrics' and owners' areas as the voices' are
# (chair.services.upkeep.settle).
_V12 = """
CREATE TABLE IF NOT EXISTS pending_upkeep (name TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO pending_upkeep (name) SELECT 'areas'
    WHERE EXISTS (SELECT 1 FROM metrics) OR EXISTS (SELECT 1 FROM owners);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11,
                               _V12)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    if db.dialect == "postgresql":
        from chair.store import pg

        return pg.schema_version(db)
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _statements(script: str) -> list[str]:
    """Split a script into statements (trigger bodies included) so they share one transaction.

    Connection.executescript would commit the open transaction first.
    """
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"Incomplete SQL statement in migration: {buffer[:60]!r}")
    return statements


def migrate(db: Database) -> int:
    """Bring the database up to SCHEMA_VERSION; return the version it had before."""
    conn = db.conn
    start = schema_version(db)
    if start > SCHEMA_VERSION:
        raise NewerSchema(
            f"This database uses schema version {start}, written by a newer chair; this chair "
            f"understands up to version {SCHEMA_VERSION}. Update chair to open it."
        )
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            version = schema_version(db)
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return start
            for statement in _statements(MIGRATIONS[version]):
                try:
                    conn.execute(statement)
                except sqlite3.OperationalError as exc:
                    # A column a step adds that a file already has (SQLite has no ADD
                    # COLUMN IF NOT EXISTS): the step is idempotent like the others.
                    if not ("ADD COLUMN" in statement and "duplicate column" in str(exc)):
                        raise
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
