"""Records that could not become voices, kept with where they came from and why."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair.store.db import Database



@dataclass(frozen=True, slots=True)
class Reject:
    source: str
    location: str
    reason: str
    raw: str = ""


def insert_rejects(db: Database, rejects: Iterable[Reject]) -> int:
    """Record rejects inside the caller's transaction; the same location again replaces."""
    now = int(time.time())
    rows = [(r.source, r.location, r.reason, r.raw[:100_000], now) for r in rejects]
    db.conn.executemany(
        "INSERT INTO rejects (source, location, reason, raw, created_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (source, location) DO UPDATE SET reason = excluded.reason, "
        "raw = excluded.raw",
        rows,
    )
    return len(rows)


def all_rejects(db: Database) -> list[Reject]:
    return [
        Reject(*row)
        for row in db.execute(
            "SELECT source, location, reason, raw FROM rejects ORDER BY id"
        ).fetchall()
    ]


def newest(db: Database, limit: int = 2000) -> list[Reject]:
    """The most recently rejected records first (what an import just set aside)."""
    return [Reject(*row) for row in db.execute(
        "SELECT source, location, reason, substr(raw, 1, 2000) FROM rejects "
        "ORDER BY created_at DESC, id DESC LIMIT ?", [limit]).fetchall()]


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM rejects").fetchone()[0])
