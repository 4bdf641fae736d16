"""The "?" escalations: creation (one per voice), status history, lists for the window."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chair.domain.model import Escalation, EscalationStatus
from chair.store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils

_FIELDS = (
    "id, (SELECT min(voice_id) FROM escalation_voices ev WHERE ev.escalation_id = e.id), "
    "owner_name, owner_email, status, opened_at, due_at, note, subject, pillar, area"
)


def _escalation(row: tuple) -> Escalation:
    eid, vid, name, email, status, opened, due, note, subject, pillar, area = row
    return Escalation(
        eid, vid, name, email, EscalationStatus(status), opened, due, note, subject, pillar, area
    )


def escalate(
    db: sqlite_utils.Database,
    voice_ids: Sequence[int],
    *,
    owner_name: str,
    owner_email: str = "",
    due_at: int,
    note: str = "?",
    subject: str = "",
    pillar: str = "",
    area: str = "",
    opened_by: str = "",
    opened_at: int | None = None,
    status: EscalationStatus = EscalationStatus.OPEN,
) -> int:
    """Open an escalation for voices; a voice already escalated keeps its escalation.

    Returns the id of the new escalation, or of the existing one when every voice had one.
    """
    now = int(time.time()) if opened_at is None else opened_at
    with transaction(db):
        existing = {
            vid: eid
            for vid, eid in db.execute(
                f"SELECT voice_id, escalation_id FROM escalation_voices "
                f"WHERE voice_id IN ({', '.join('?' * len(voice_ids))})",
                list(voice_ids),
            ).fetchall()
        }
        fresh = [v for v in voice_ids if v not in existing]
        if not fresh:
            return existing[voice_ids[0]]
        cursor = db.conn.execute(
            "INSERT INTO escalations (owner_name, owner_email, status, opened_at, due_at, "
            "opened_by, note, subject, pillar, area, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [owner_name, owner_email, str(status), now, due_at, opened_by, note, subject,
             pillar, area, now],
        )  # fmt: skip
        eid = int(cursor.lastrowid or 0)
        db.conn.executemany(
            "INSERT INTO escalation_voices (voice_id, escalation_id) VALUES (?, ?)",
            [(v, eid) for v in fresh],
        )
        db.conn.execute(
            "INSERT INTO escalation_history (escalation_id, at, who, from_status, to_status) "
            "VALUES (?, ?, ?, '', ?)",
            [eid, now, opened_by, str(status)],
        )
    return eid


def set_status(
    db: sqlite_utils.Database,
    escalation_id: int,
    status: EscalationStatus,
    *,
    who: str = "",
    note: str = "",
    at: int | None = None,
) -> None:
    now = int(time.time()) if at is None else at
    with transaction(db):
        (old,) = db.execute(
            "SELECT status FROM escalations WHERE id = ?", [escalation_id]
        ).fetchone()
        db.conn.execute(
            "UPDATE escalations SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?",
            [str(status), now, now if status is EscalationStatus.CLOSED else None, escalation_id],
        )
        db.conn.execute(
            "INSERT INTO escalation_history (escalation_id, at, who, from_status, to_status, "
            "note) VALUES (?, ?, ?, ?, ?, ?)",
            [escalation_id, now, who, old, str(status), note],
        )


def open_escalations(db: sqlite_utils.Database) -> list[Escalation]:
    """Open escalations, the ones due soonest (or most overdue) first."""
    return [
        _escalation(r)
        for r in db.execute(
            f"SELECT {_FIELDS} FROM escalations e WHERE status != 'closed' ORDER BY due_at, id"
        ).fetchall()
    ]


def all_escalations(db: sqlite_utils.Database) -> list[Escalation]:
    return [
        _escalation(r)
        for r in db.execute(
            f"SELECT {_FIELDS} FROM escalations e ORDER BY opened_at DESC, id DESC"
        ).fetchall()
    ]


def count_open(db: sqlite_utils.Database) -> int:
    return int(
        db.execute("SELECT count(*) FROM escalations WHERE status != 'closed'").fetchone()[0]
    )
