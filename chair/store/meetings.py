"""Meetings and what happened in them: voices shown, decisions, escalations raised."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from chair.domain.meeting import MeetingEvent, MeetingMinutes
from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database


def start_meeting(
    db: Database, title: str = "", attendees: str = "", at: int | None = None
) -> int:
    now = int(time.time()) if at is None else at
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO meetings (title, attendees, started_at) VALUES (?, ?, ?) RETURNING id",
            [title, attendees, now],
        )
        meeting_id = int(cursor.fetchall()[0][0])
    return meeting_id


def end_meeting(db: Database, meeting_id: int, at: int | None = None) -> None:
    now = int(time.time()) if at is None else at
    with transaction(db):
        db.conn.execute("UPDATE meetings SET ended_at = ? WHERE id = ?", [now, meeting_id])


def add_event(
    db: Database,
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
            "payload) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [meeting_id, now, kind, voice_id, escalation_id, text,
             json.dumps(payload or {}, ensure_ascii=False)],
        )
        event_id = int(cursor.fetchall()[0][0])
    return event_id


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM meetings").fetchone()[0])


def minutes(db: Database, meeting_id: int) -> MeetingMinutes | None:
    """A meeting with its events, each voice with its verbatim words and place."""
    row = db.execute("SELECT id, title, attendees, started_at, ended_at FROM meetings "
                     "WHERE id = ?", [meeting_id]).fetchone()
    if row is None:
        return None
    events = []
    redacted = True
    for at, kind, text, vid, eid, payload, vtext, area, author, channel in db.execute(
        "SELECT e.at, e.kind, e.text, e.voice_id, e.escalation_id, e.payload, "
        "coalesce(v.text, ''), coalesce(v.area, ''), coalesce(v.author, ''), "
        "coalesce(v.channel, '') FROM meeting_events e LEFT JOIN voices v ON v.id = e.voice_id "
        "WHERE e.meeting_id = ? ORDER BY e.at, e.id",
        [meeting_id],
    ).fetchall():
        try:
            data = json.loads(payload or "{}")
        except ValueError:
            data = {}
        if kind == "snapshot" and "redacted" in data:
            redacted = bool(data["redacted"])
        where = " · ".join(x for x in (area, channel) if x)
        events.append(MeetingEvent(at, kind, text, vid, eid, vtext, author, where, data))
    mid, title, attendees, started, ended = row
    return MeetingMinutes(mid, title, attendees, started, ended, tuple(events), redacted)


def ids(db: Database) -> list[int]:
    """Every meeting, the latest first."""
    return [int(mid) for (mid,) in db.execute(
        "SELECT id FROM meetings ORDER BY started_at DESC, id DESC").fetchall()]


def latest(db: Database) -> int | None:
    row = db.execute("SELECT max(id) FROM meetings").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def recent_decisions(db: Database, limit: int = 3) -> list[tuple[int, str, str]]:
    """The latest decisions of any meeting, newest first: (when, the meeting's title, what
    was decided)."""
    return [(int(at), title, text) for at, title, text in db.execute(
        "SELECT e.at, m.title, e.text FROM meeting_events e JOIN meetings m "
        "ON m.id = e.meeting_id WHERE e.kind = 'decision' ORDER BY e.at DESC, e.id DESC "
        "LIMIT ?", [limit]).fetchall()]


def last_ended(db: Database) -> tuple[int, str, int] | None:
    """(id, title, end) of the meeting that ended last."""
    row = db.execute("SELECT id, title, ended_at FROM meetings WHERE ended_at IS NOT NULL "
                     "ORDER BY ended_at DESC, id DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]), int(row[2]))
