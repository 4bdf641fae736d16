"""Which weeks' digest went out: the claim that makes one laptop of many send it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database


def claim(db: Database, week: str, now: int, recipients: str) -> bool:
    """Claim the digest of `week` ("2026-W49"); False when it was claimed already."""
    with transaction(db):
        return bool(db.conn.execute(
            "INSERT INTO digests (week, sent_at, recipients) VALUES (?, ?, ?) "
            "ON CONFLICT (week) DO NOTHING", [week, now, recipients]).rowcount)


def unclaim(db: Database, week: str) -> None:
    """The digest of `week` could not go: it is due again."""
    with transaction(db):
        db.conn.execute("DELETE FROM digests WHERE week = ?", [week])
