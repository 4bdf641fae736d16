"""What customers complain about, counted: complaint_counts holds, per day x pillar x area,
the customer-written texts (copies left out, see store.twins) that complain about the pillar
(chair.insight.complaints). The anecdote-vs-data check reads it: praise never raises one.

A voice stored before chair read complaints has none recorded (NULL): its pillar stands for
its complaint, as chair counted then, until `chair reclassify` reads it again. Imports count
their voices here in the same transaction (as voice_counts); triggers keep the counts right
when a voice is corrected, reclassified, grouped with its copies or deleted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair.store.db import Database

PILLARS = ("price", "selection", "delivery")

_ADD = ("INSERT INTO complaint_counts (day, pillar, area, n) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day, pillar, area) DO UPDATE SET n = complaint_counts.n + excluded.n")

# Whether a voice (`v` as old. or new.) complains about the pillar of complaint_counts `p`.
COMPLAINS = ("(({v}.complaints IS NULL AND {p} = {v}.pillar) OR "
             "(',' || {v}.complaints || ',') LIKE ('%,' || {p} || ',%'))")  # (both dialects)


def joined(complaints: Sequence[str]) -> str:
    return ",".join(complaints)


def count_written(db: Database, written: Sequence[tuple[int, str, str, bool]]) -> None:
    """Voices just written, in the caller's transaction: (day, complaints joined, area,
    whether it is a copy) each."""
    counted = Counter((day, pillar, area) for day, complaints, area, copy in written
                      if not copy and complaints for pillar in complaints.split(","))
    if counted:
        db.conn.executemany(_ADD, [(*key, n) for key, n in counted.items()])


def per_day(db: Database, since_day: int) -> list[tuple[int, str, str, int]]:
    """(day, pillar, area, complaints) from `since_day` on."""
    return [(int(d), p, a, int(n)) for d, p, a, n in db.execute(
        "SELECT day, pillar, area, n FROM complaint_counts WHERE day >= ? AND n > 0",
        [since_day]).fetchall()]


def about(pillar_param: str = "?") -> str:
    """A WHERE condition: the voice `v` complains about the pillar given as a parameter (a
    "?" stands in it twice: pass the pillar twice)."""
    return COMPLAINS.format(v="v", p=pillar_param)
