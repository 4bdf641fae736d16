"""Voices that are one customer-written text: the same words, numbers aside (a template
complaint with each customer's order number, a message sent again). The first one stored
stands for them all, shown once with how many there are; the others are its copies,
hidden from the feed and not counted again in the pillar figures: copy_counts counts them,
and the figures take voice_counts less copy_counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair.store.db import Database

# (day, pillar, area, language, source): where a voice is counted in voice_counts.
CountKey = tuple[object, object, object, object, object]

# Copies are counted per day x pillar x area: what the figures subtract.
_COUNT = ("INSERT INTO copy_counts (day, pillar, area, n) VALUES (?, ?, ?, ?) "
          "ON CONFLICT (day, pillar, area) DO UPDATE SET n = copy_counts.n + excluded.n")


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
    counted = Counter(where[:3] for _, _, where in copies)
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
        conn.execute(_COUNT, [*head[2:5], -1])
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
        conn.execute(_COUNT, [*where[:3], -1])
    if rows:
        conn.execute("DELETE FROM copy_counts WHERE n <= 0")
    return len(rows)


def group_stored(db: Database, batch: int = 5000,
                 progress: Callable[[int], None] | None = None) -> int:
    """Voices stored before chair kept their twin (an upgraded store) get it now, in id
    order, each batch in its own transaction, and join their text's group: the earliest
    voice of a text stands for it. Returns how many became copies."""
    from chair.domain.text import twin_of
    from chair.store.db import transaction

    made = seen = last = 0
    while rows := db.execute(
            "SELECT id, text, received_at / 86400, pillar, area, language, source FROM voices "
            "WHERE twin IS NULL AND id > ? ORDER BY id LIMIT ?", [last, batch]).fetchall():
        last = int(rows[-1][0])
        found = [(int(r[0]), twin_of(r[1]), tuple(r[2:])) for r in rows]
        known = [(vid, twin, where) for vid, twin, where in found if twin is not None]
        with transaction(db):
            db.conn.executemany("UPDATE voices SET twin = ? WHERE id = ?",
                                [(twin, vid) for vid, twin, _ in known])
            made += group(db, known) + _merge(db, sorted({twin for _, twin, _ in known}))
            stand_alone(db, [int(vid) for (vid,) in db.execute(
                "SELECT ev.voice_id FROM escalation_voices ev JOIN voices v "
                "ON v.id = ev.voice_id WHERE v.copy_of IS NOT NULL").fetchall()])
        seen += len(rows)
        if progress:
            progress(seen)
    return made


def _merge(db: Database, twins: list[int]) -> int:
    """Texts with two first voices (one stored before chair kept twins, one after): the
    later and its copies become copies of the earlier. Returns how many voices moved."""
    moved = 0
    conn = db.conn
    for at in range(0, len(twins), 500):
        part = twins[at : at + 500]
        heads: dict[int, list[tuple[int, object]]] = {}
        for twin, vid, *where in db.execute(
                "SELECT twin, id, received_at / 86400, pillar, area, language, source FROM "
                f"voices WHERE twin IN ({', '.join('?' * len(part))}) AND copy_of IS NULL "
                "ORDER BY id", part).fetchall():
            heads.setdefault(int(twin), []).append((int(vid), tuple(where)))
        for found in heads.values():
            (first, _), *later = found
            for vid, where in later:
                n = conn.execute("UPDATE voices SET copy_of = ? WHERE copy_of = ?",
                                 [first, vid]).rowcount
                conn.execute("UPDATE voices SET copy_of = ?, copies = 1 WHERE id = ?",
                             [first, vid])
                conn.execute("UPDATE voices SET copies = copies + ? WHERE id = ?",
                             [n + 1, first])
                conn.execute(_COUNT, [*where[:3], 1])  # type: ignore[index]
                moved += n + 1
    return moved
