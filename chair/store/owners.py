"""The owners directory: who answers for a pillar in an area."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chair.domain.model import Owner
from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database


def set_owners(db: Database, owners: Iterable[Owner]) -> int:
    rows = [(o.name, o.email, o.pillar, o.area) for o in owners]
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO owners (name, email, pillar, area) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (pillar, area) DO UPDATE SET name = excluded.name, email = excluded.email",
            rows,
        )
    return len(rows)


def replace_owners(db: Database, owners: Iterable[Owner]) -> int:
    """The directory becomes exactly `owners` (as edited in Settings), in one transaction."""
    with transaction(db):
        db.conn.execute("DELETE FROM owners")
        return set_owners(db, owners)


def all_owners(db: Database) -> list[Owner]:
    return [
        Owner(name, email, pillar, area, oid)
        for oid, name, email, pillar, area in db.execute(
            "SELECT id, name, email, pillar, area FROM owners ORDER BY pillar, area"
        ).fetchall()
    ]


def owner_for(db: Database, pillar: str, area: str) -> Owner | None:
    """The owner of pillar x area, else the pillar's owner for every area ('')."""
    row = db.execute(
        "SELECT id, name, email, pillar, area FROM owners WHERE pillar = ? AND area IN (?, '') "
        "ORDER BY area = '' LIMIT 1",
        [pillar, area],
    ).fetchone()
    if row is None:
        return None
    oid, name, email, p, a = row
    return Owner(name, email, p, a, oid)
