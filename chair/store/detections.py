"""The log of what chair noticed on its own (chair.insight.detect): each spike and new
phrase once per episode, with its evidence, until someone dismisses it or makes it a "?"."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from chair.domain.detection import Detection
from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database

# A detection seen again within this long is the same episode: its entry is brought up to
# date rather than logged twice.
EPISODE_S = 7 * 86400
STATES = ("open", "dismissed", "escalated")


_FIELDS = ("id, kind, key, pillar, area, words, first_seen, last_seen, recent, expected, "
           "evidence, state, escalation_id, decided_by")


def _detection(row: tuple[object, ...]) -> Detection:
    values = list(row)
    values[10] = tuple(int(v) for v in json.loads(str(values[10]) or "[]"))
    return Detection(*values)  # type: ignore[arg-type]


def log(db: Database, kind: str, key: str, *, pillar: str = "", area: str = "",
        words: str = "", recent: int, expected: float, evidence: tuple[int, ...],
        now: int | None = None) -> tuple[int, bool]:
    """Log what was noticed: (its id, whether it is new). Seen again within the episode, its
    entry is brought up to date (a dismissed one stays dismissed)."""
    now = int(time.time()) if now is None else now
    with transaction(db):
        row = db.execute("SELECT id FROM detections WHERE kind = ? AND key = ? AND last_seen >= ? "
                         "ORDER BY last_seen DESC LIMIT 1", [kind, key, now - EPISODE_S]
                         ).fetchone()
        if row is not None:
            db.conn.execute("UPDATE detections SET last_seen = ?, recent = ?, expected = ?, "
                            "evidence = ? WHERE id = ?",
                            [now, recent, expected, json.dumps(list(evidence)), row[0]])
            return int(row[0]), False
        cursor = db.conn.execute(
            "INSERT INTO detections (kind, key, pillar, area, words, first_seen, last_seen, "
            "recent, expected, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [kind, key, pillar, area, words, now, now, recent, expected,
             json.dumps(list(evidence))])
        return int(cursor.fetchall()[0][0]), True


def all_detections(db: Database, *, open_only: bool = False, limit: int = 500
                   ) -> list[Detection]:
    """The log, newest first."""
    where = " WHERE state = 'open'" if open_only else ""
    return [_detection(r) for r in db.execute(
        f"SELECT {_FIELDS} FROM detections{where} ORDER BY last_seen DESC, id DESC LIMIT ?",
        [limit]).fetchall()]


def get(db: Database, detection_id: int) -> Detection | None:
    row = db.execute(f"SELECT {_FIELDS} FROM detections WHERE id = ?", [detection_id]
                     ).fetchone()
    return None if row is None else _detection(row)


def decide(db: Database, detection_id: int, state: str, *, who: str = "",
           escalation_id: int | None = None, now: int | None = None) -> bool:
    """Dismiss a detection, or note the "?" it became; False when there is no such one."""
    if state not in STATES:
        raise ValueError(state)
    now = int(time.time()) if now is None else now
    with transaction(db):
        return bool(db.conn.execute(
            "UPDATE detections SET state = ?, decided_at = ?, decided_by = ?, "
            "escalation_id = coalesce(?, escalation_id) WHERE id = ?",
            [state, now, who, escalation_id, detection_id]).rowcount)
