"""Where each source left off (IMAP UIDs, a watched folder's files, the demo's seed), and the
record of each import run."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database


def load_state(db: Database, source: str) -> dict[str, Any]:
    row = db.execute("SELECT state FROM source_state WHERE source = ?", [source]).fetchone()
    return json.loads(row[0]) if row else {}


def save_state(db: Database, source: str, state: dict[str, Any],
               at: int | None = None) -> None:
    with transaction(db):
        db.conn.execute(
            "INSERT INTO source_state (source, state, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (source) DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at",
            [source, json.dumps(state), int(time.time()) if at is None else at],
        )


def forget_state(db: Database, source: str) -> None:
    with transaction(db):
        db.conn.execute("DELETE FROM source_state WHERE source = ?", [source])


def record_import(db: Database, what: str, *, started: int, imported: int,
                  duplicates: int, rejected: int, cancelled: bool) -> None:
    """One import run, as the user named it (URLs without their passwords)."""
    with transaction(db):
        db.conn.execute(
            "INSERT INTO imports (source, started_at, finished_at, imported, duplicates, "
            "rejected, state) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [what[:1000], started, int(time.time()), imported, duplicates, rejected,
             "cancelled" if cancelled else "done"],
        )
