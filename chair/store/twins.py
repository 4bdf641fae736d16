"""Voices that are one customer-written text: the same words, numbers aside (a template
complaint with each customer's order number, a message sent again). The first one stored
stands for them all, shown once with how many there are; the others are its copies,
hidden from the feed and not counted again in the pillar figures: copy_counts counts them,
and the figures take voice_counts less copy_counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair.store.db import Database

# (day, pillar, area, language, source): where a voice is counted in voice_counts.
CountKey = tuple[object, object, object, object, object]

_COUNT = ("INSERT INTO copy_counts (day, pillar, area, language, source, n) "
          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, pillar, area, language, source) "
          "DO UPDATE SET n = copy_counts.n + excluded.n")


def group(db: Database, new: Sequence[tuple[int, int | None, CountKey]]) -> int:
    """Voices just written (id, twin, where they were counted), in the caller's
    transaction: each whose text an earlier voice has becomes that voice's copy. Returns
    how many did."""
    twins = sorted({twin for _, twin, _ in new if twin is not None})
    if not twins:
        return 0
    first: dict[int, int] = {}
    for at in range(0, len(twins), 500):
        part = twins[at : at + 500]
        first.update(db.execute(
            f"SELECT twin, min(id) FROM voices WHERE twin IN ({', '.join('?' * len(part))}) "
            "AND copy_of IS NULL GROUP BY twin", part).fetchall())
    copies = [(first[twin], vid, where) for vid, twin, where in new
              if twin is not None and first.get(twin, vid) != vid]
    if not copies:
        return 0
    conn = db.conn
    conn.executemany("UPDATE voices SET copy_of = ? WHERE id = ?",
                     [(original, vid) for original, vid, _ in copies])
    more = Counter(original for original, _, _ in copies)
    conn.executemany("UPDATE voices SET copies = copies + ? WHERE id = ?",
                     [(n, original) for original, n in more.items()])
    counted = Counter(where for _, _, where in copies)
    conn.executemany(_COUNT, [(*where, n) for where, n in counted.items()])
    return len(copies)


def mend_orphans(db: Database) -> int:
    """After voices were deleted: copies whose first voice went are grouped again under
    the earliest of them, which is shown and counted as a text from now on. Returns how
    many groups got a new first voice."""
    conn = db.conn
    orphans = db.execute(
        "SELECT c.twin, c.id, c.received_at / 86400, c.pillar, c.area, c.language, c.source "
        "FROM voices c LEFT JOIN voices o ON o.id = c.copy_of "
        "WHERE c.copy_of IS NOT NULL AND o.id IS NULL ORDER BY c.id").fetchall()
    groups: dict[int, list[tuple[object, ...]]] = {}
    for row in orphans:
        groups.setdefault(int(row[0]), []).append(row)
    for rows in groups.values():
        head, *rest = rows
        conn.execute("UPDATE voices SET copy_of = NULL, copies = ? WHERE id = ?",
                     [len(rows), head[1]])
        if rest:
            conn.executemany("UPDATE voices SET copy_of = ? WHERE id = ?",
                             [(head[1], r[1]) for r in rest])
        conn.execute(_COUNT, [*head[2:], -1])
    # A copy deleted: its first voice stands for one customer fewer.
    conn.execute("UPDATE voices SET copies = 1 + (SELECT count(*) FROM voices c "
                 "WHERE c.copy_of = voices.id) WHERE copies > 1 AND copies != 1 + "
                 "(SELECT count(*) FROM voices c WHERE c.copy_of = voices.id)")
    conn.execute("DELETE FROM copy_counts WHERE n <= 0")
    return len(groups)


def stand_alone(db: Database, voice_ids: Sequence[int]) -> int:
    """Voices a "?" is about are shown on their own, in the caller's transaction: a copy
    among them leaves its group (its first voice stands for one fewer) and is counted as a
    text of its own. Returns how many left a group."""
    if not voice_ids:
        return 0
    rows = db.execute(
        "SELECT id, copy_of, received_at / 86400, pillar, area, language, source FROM voices "
        f"WHERE copy_of IS NOT NULL AND id IN ({', '.join('?' * len(voice_ids))})",
        list(voice_ids)).fetchall()
    conn = db.conn
    for vid, original, *where in rows:
        conn.execute("UPDATE voices SET copy_of = NULL, copies = 1 WHERE id = ?", [vid])
        conn.execute("UPDATE voices SET copies = copies - 1 WHERE id = ?", [original])
        conn.execute(_COUNT, [*where, -1])
    if rows:
        conn.execute("DELETE FROM copy_counts WHERE n <= 0")
    return len(rows)
