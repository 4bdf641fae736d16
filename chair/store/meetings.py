"""Meetings and what happened in them: voices shown, decisions, escalations raised."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from chair.store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils


def start_meeting(
    db: sqlite_utils.Database, title: str = "", attendees: str = "", at: int | None = None
) -> int:
    now = int(time.time()) if at is None else at
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO meetings (title, attendees, started_at) VALUES (?, ?, ?)",
            [title, attendees, now],
        )
    return int(cursor.lastrowid or 0)


def end_meeting(db: sqlite_utils.Database, meeting_id: int, at: int | None = None) -> None:
    now = int(time.time()) if at is None else at
    with transaction(db):
        db.conn.execute("UPDATE meetings SET ended_at = ? WHERE id = ?", [now, meeting_id])


def add_event(
    db: sqlite_utils.Database,
    meeting_id: int,
    kind: str,
    *,
    text: str = "",
    voice_id: int | None = None,
    escalation_id: int | None = None,
    payload: dict[str, object] | None = None,
    at: int | None = None,
) -> int:
    now = int(time.time()) if at is None else at
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO meeting_events (meeting_id, at, kind, voice_id, escalation_id, text, "
            "payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [meeting_id, now, kind, voice_id, escalation_id, text,
             json.dumps(payload or {}, ensure_ascii=False)],
        )  # fmt: skip
    return int(cursor.lastrowid or 0)


def count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM meetings").fetchone()[0])
