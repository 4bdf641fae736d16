"""What an upgrade of the schema left to chair itself (chair.store.upkeep), done once when a
store is opened: before the window or a command reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chair.store import upkeep

if TYPE_CHECKING:
    from chair.store.db import Database


def settle(db: Database) -> None:
    """The areas of the metrics and owners stored before chair named them as the voices'
    are named so. A login that may not write them leaves it to a leader's."""
    if "areas" in upkeep.pending(db) and upkeep.may_do(db):
        from chair.ingest.reclassify import name_stored

        name_stored(db)
        upkeep.done(db, "areas")
