"""Meetings and what happened in them: voices shown, decisions, escalations raised."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from chair.domain.errors import ChairError
from chair.domain.meeting import Decision, MeetingEvent, MeetingMinutes
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
    owner: str = "",
    follow_up: int | None = None,
) -> int:
    """`owner` and `follow_up`: a decision's, who follows it up and by when."""
    now = int(time.time()) if at is None else at
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO meeting_events (meeting_id, at, kind, voice_id, escalation_id, text, "
            "payload, owner, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [meeting_id, now, kind, voice_id, escalation_id, text,
             json.dumps(payload or {}, ensure_ascii=False), owner.strip(), follow_up],
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
    for (at, kind, text, vid, eid, payload, vtext, area, author, channel, owner, follow_up,
         done_at) in db.execute(
        "SELECT e.at, e.kind, e.text, e.voice_id, e.escalation_id, e.payload, "
        "coalesce(v.text, ''), coalesce(v.area, ''), coalesce(v.author, ''), "
        "coalesce(v.channel, ''), e.owner, e.follow_up, e.done_at "
        "FROM meeting_events e LEFT JOIN voices v ON v.id = e.voice_id "
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
        events.append(MeetingEvent(at, kind, text, vid, eid, vtext, author, where, data,
                                   owner, follow_up, done_at))
    mid, title, attendees, started, ended = row
    return MeetingMinutes(mid, title, attendees, started, ended, tuple(events), redacted)


def ids(db: Database) -> list[int]:
    """Every meeting, the latest first."""
    return [int(mid) for (mid,) in db.execute(
        "SELECT id FROM meetings ORDER BY started_at DESC, id DESC").fetchall()]


def listed(db: Database) -> list[tuple[int, str, int, int | None]]:
    """Every meeting, the latest first: (id, title, started, ended)."""
    return [(int(mid), str(title), int(started), None if ended is None else int(ended))
            for mid, title, started, ended in db.execute(
                "SELECT id, title, started_at, ended_at FROM meetings "
                "ORDER BY started_at DESC, id DESC").fetchall()]


def latest(db: Database) -> int | None:
    row = db.execute("SELECT max(id) FROM meetings").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def recent_decisions(db: Database, limit: int = 3) -> list[tuple[int, str, str]]:
    """The latest decisions of any meeting, newest first: (when, the meeting's title, what
    was decided)."""
    return [(d.decided_at, d.meeting_title, d.text) for d in decisions(db, limit=limit)]


_DECISIONS = ("SELECT e.id, e.meeting_id, m.title, e.at, e.text, e.owner, e.follow_up, e.done_at "
              "FROM meeting_events e JOIN meetings m ON m.id = e.meeting_id "
              "WHERE e.kind = 'decision'")


def decisions(db: Database, *, meeting_id: int | None = None, due_by: int | None = None,
              limit: int | None = None, decision_id: int | None = None) -> list[Decision]:
    """Decisions, the latest first; of one meeting; or (`due_by`) those not followed up
    whose follow-up date is on or before it, the longest due first."""
    sql = _DECISIONS
    params: list[object] = []
    for column, value in (("meeting_id", meeting_id), ("id", decision_id)):
        if value is not None:
            sql += f" AND e.{column} = ?"
            params.append(value)
    if due_by is not None:
        sql += " AND e.done_at IS NULL AND e.follow_up <= ? ORDER BY e.follow_up, e.id"
        params.append(due_by)
    else:
        sql += " ORDER BY e.at DESC, e.id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [Decision(int(r[0]), int(r[1]), str(r[2]), int(r[3]), str(r[4]), str(r[5]),
                     None if r[6] is None else int(r[6]), None if r[7] is None else int(r[7]))
            for r in db.execute(sql, params).fetchall()]


def follow_up(db: Database, decision_id: int, *, done: bool = True,
              at: int | None = None) -> Decision:
    """Mark a decision followed up (or, `done=False`, not yet)."""
    now = int(time.time()) if at is None else at
    with transaction(db):
        changed = db.conn.execute(
            "UPDATE meeting_events SET done_at = ? WHERE id = ? AND kind = 'decision'",
            [now if done else None, decision_id]).rowcount
    if not changed:
        raise ChairError(f"There is no decision #{decision_id}: `chair decisions` lists them.")
    return decisions(db, decision_id=decision_id)[0]


def last_ended(db: Database) -> tuple[int, str, int] | None:
    """(id, title, end) of the meeting that ended last."""
    row = db.execute("SELECT id, title, ended_at FROM meetings WHERE ended_at IS NOT NULL "
                     "ORDER BY ended_at DESC, id DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]), int(row[2]))
