"""The queries of the demo dataset: where its escalations and meeting find their voices and
metrics, and taking all of it out again while the user's own data stays."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chair.store import terms, twins
from chair.store.db import transaction
from chair.store.voices import count as voice_count

if TYPE_CHECKING:
    from chair.store.db import Database

PREFIX = "demo:"  # demo voices' sources: demo:support mailbox, demo:chat, ...


def latest_voice(db: Database, pillar: str, area: str,
                 before: int) -> tuple[int, str, str, str] | None:
    """(id, subject or start of text, pillar, area) of the newest demo voice of a pillar and
    area before `before`."""
    row = db.execute(
        "SELECT id, coalesce(nullif(subject, ''), substr(text, 1, 60)), pillar, area "
        "FROM voices WHERE source LIKE ? AND pillar = ? AND area = ? "
        "AND received_at < ? ORDER BY received_at DESC LIMIT 1",
        [PREFIX + "%", pillar, area, before],
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]), str(row[3]))


def latest_metric_ids(db: Database, pillar: str, area: str,
                      limit: int = 2) -> list[int]:
    return [int(mid) for (mid,) in db.execute(
        "SELECT id FROM metrics WHERE pillar = ? AND area = ? ORDER BY day DESC LIMIT ?",
        [pillar, area, limit]).fetchall()]


def latest_voice_ids(db: Database, before: int, limit: int) -> list[int]:
    """The newest demo voices about a pillar before `before` (what a meeting showed)."""
    return [int(vid) for (vid,) in db.execute(
        "SELECT id FROM voices WHERE source LIKE ? AND received_at < ? AND pillar != 'other' "
        "ORDER BY received_at DESC LIMIT ?", [PREFIX + "%", before, limit]).fetchall()]


def remove(db: Database, owner_emails: Sequence[str]) -> int:
    """Delete the demo voices, metrics, owners and what hangs off them; returns the number of
    voices removed."""
    with transaction(db):
        # Meetings that showed demo voices go first, while the voices still say "demo".
        db.conn.execute(
            "DELETE FROM meetings WHERE id IN (SELECT meeting_id FROM meeting_events me "
            "JOIN voices v ON v.id = me.voice_id WHERE v.source LIKE ?)", [PREFIX + "%"]
        )
        removed = db.conn.execute("DELETE FROM voices WHERE source LIKE ?",
                                  [PREFIX + "%"]).rowcount
        # An escalation left without any voice was about demo voices only.
        db.conn.execute(
            "DELETE FROM escalations WHERE id NOT IN (SELECT escalation_id FROM escalation_voices)"
        )
        db.conn.execute("DELETE FROM metrics WHERE source = 'demo'")
        db.conn.executemany("DELETE FROM owners WHERE email = ?", [(e,) for e in owner_emails])
        twins.mend_orphans(db)
        db.conn.execute("DELETE FROM voice_counts WHERE n <= 0")
        db.conn.execute("DELETE FROM source_state WHERE source = 'demo'")
    terms.after_removal(db, int(removed), voice_count(db))
    return int(removed)
