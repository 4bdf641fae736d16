"""Work a schema step leaves to chair itself, because it needs more than SQL (the gazetteer,
say): the step names it in pending_upkeep, and chair does it once the store is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair.store.db import Database


def pending(db: Database) -> set[str]:
    return {str(name) for (name,) in db.execute("SELECT name FROM pending_upkeep").fetchall()}


def may_do(db: Database) -> bool:
    """Whether this connection may write what upkeep rewrites (a team store's owners,
    facilitators and viewers leave it to a leader)."""
    if db.dialect != "postgresql":
        return True
    return bool(db.execute("SELECT has_table_privilege('public.metrics', 'UPDATE') AND "
                           "has_table_privilege('public.pending_upkeep', 'DELETE')").fetchone()[0])


def done(db: Database, name: str) -> None:
    db.execute("DELETE FROM pending_upkeep WHERE name = ?", [name])
