"""Taking data back out: one voice (a customer's deletion request, a voice imported by
mistake) or everything one source brought. What the voices were part of stays and says so:
an escalation keeps a line in its history where its voice was."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from chair.store import terms, twins
from chair.store.db import transaction
from chair.store.voices import count as voice_count

if TYPE_CHECKING:
    from chair.store.db import Database


def _tombstones(db: Database, where: str, params: list[object], note: str, who: str) -> None:
    """A history line on each escalation that loses a voice, before the voice goes."""
    now = int(time.time())
    db.conn.execute(
        "INSERT INTO escalation_history (escalation_id, at, who, from_status, to_status, note) "
        "SELECT e.id, ?, ?, e.status, e.status, ? || ev.voice_id FROM escalation_voices ev "
        f"JOIN escalations e ON e.id = ev.escalation_id JOIN voices v ON v.id = ev.voice_id "
        f"WHERE {where}", [now, who, note, *params])


def remove_voice(db: Database, voice_id: int, *, who: str = "",
                 note: str = "voice removed: #") -> bool:
    """Delete one voice (its words leave the search index and the counts with it); False when
    there is no such voice."""
    with transaction(db):
        _tombstones(db, "v.id = ?", [voice_id], note, who)
        gone = db.conn.execute("DELETE FROM voices WHERE id = ?", [voice_id]).rowcount
        twins.mend_orphans(db)
        db.conn.execute("DELETE FROM voice_counts WHERE n <= 0")
    return bool(gone)


def source_sizes(db: Database) -> dict[str, tuple[int, int]]:
    """Each source chair holds records of: (voices, rejected records), biggest first."""
    sizes: dict[str, list[int]] = {}
    for source, n in db.execute("SELECT source, sum(n) FROM voice_counts GROUP BY source "
                                "HAVING sum(n) > 0").fetchall():
        sizes.setdefault(source, [0, 0])[0] = int(n)
    for source, n in db.execute("SELECT source, count(*) FROM rejects GROUP BY source"):
        sizes.setdefault(source, [0, 0])[1] = int(n)
    return {s: (v, r) for s, (v, r) in sorted(sizes.items(), key=lambda kv: -sum(kv[1]))}


def remove_source(db: Database, source: str, *, who: str = "",
                  note: str = "voice removed with its source: #") -> tuple[int, int]:
    """Delete every voice and rejected record one source brought, in one transaction (a
    crash leaves all or nothing); returns (voices, rejected records) removed."""
    with transaction(db):
        _tombstones(db, "v.source = ?", [source], note, who)
        voices = db.conn.execute("DELETE FROM voices WHERE source = ?", [source]).rowcount
        rejects = db.conn.execute("DELETE FROM rejects WHERE source = ?", [source]).rowcount
        twins.mend_orphans(db)
        db.conn.execute("DELETE FROM voice_counts WHERE n <= 0")
        db.conn.execute("DELETE FROM source_state WHERE source = ?", [source])
    terms.after_removal(db, int(voices), voice_count(db))
    return int(voices), int(rejects)
