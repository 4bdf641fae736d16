"""Voices that are one customer-written text: the same words, numbers aside (a template
complaint with each customer's order number, a message sent again). The first one stored
stands for them all, shown once with how many there are; the others are its copies,
hidden from the feed and not counted again in the pillar figures: copy_counts counts them,
and the figures take voice_counts less copy_counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair.store.db import Database

# (day, pillar, area, language, source): where a voice is counted in voice_counts.
CountKey = tuple[object, object, object, object, object]

# Copies are counted per day x pillar x area: what the figures subtract.
_COUNT = ("INSERT INTO copy_counts (day, pillar, area, n) VALUES (?, ?, ?, ?) "
          "ON CONFLICT (day, pillar, area) DO UPDATE SET n = copy_counts.n + excluded.n")


def firsts(db: Database, twins: Iterable[int]) -> dict[int, int]:
    """The voice that stands for each of `twins` among the voices stored (through the
    voices_first index: first voices alone, however many copies there are)."""
    wanted = sorted(set(twins))
    found: dict[int, int] = {}
    for at in range(0, len(wanted), 500):
        part = wanted[at : at + 500]
        found.update(db.execute(
            f"SELECT twin, min(id) FROM voices WHERE twin IN ({', '.join('?' * len(part))}) "
            "AND twin IS NOT NULL AND copy_of IS NULL GROUP BY twin", part).fetchall())
    return found


def group(db: Database, new: Sequence[tuple[int, int | None, CountKey]],
          before: dict[int, int] | None = None) -> int:
    """Voices just written (id, twin, where they were counted), in the caller's
    transaction: each whose text an earlier voice has becomes that voice's copy. `before`:
    firsts() of their twins asked before they were written, the copies of those voices
    written with their copy_of already (one look-up, no second write); without it, asked
    now. Returns how many became copies."""
    if before is None:
        heads = firsts(db, (twin for _, twin, _ in new if twin is not None))
        written: dict[int, int] = {}
    else:
        heads, written = dict(before), before
        for vid, twin, _ in sorted(new, key=lambda n: n[0]):
            if twin is not None:
                heads.setdefault(twin, vid)  # a text new to the store: its earliest voice
    copies = [(heads[twin], vid, where, twin) for vid, twin, where in new
              if twin is not None and heads[twin] != vid]
    if not copies:
        return 0
    conn = db.conn
    conn.executemany("UPDATE voices SET copy_of = ? WHERE id = ?",
                     [(original, vid) for original, vid, _, twin in copies
                      if twin not in written])
    more = Counter(original for original, _, _, _ in copies)
    conn.executemany("UPDATE voices SET copies = copies + ? WHERE id = ?",
                     [(n, original) for original, n in more.items()])
    counted = Counter(where[:3] for _, _, where, _ in copies)
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
    # A copy deleted: its first voice stands for one customer fewer. (One pass over the
    # copies: no index on copy_of, which every import would pay for.)
    conn.executemany("UPDATE voices SET copies = ? WHERE id = ?", db.execute(
        "SELECT 1 + coalesce(n.k, 0), h.id FROM voices h LEFT JOIN (SELECT copy_of, "
        "count(*) AS k FROM voices WHERE copy_of IS NOT NULL GROUP BY copy_of) n "
        "ON n.copy_of = h.id WHERE h.copies > 1 AND h.copies != 1 + coalesce(n.k, 0)"
    ).fetchall())
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
    order, each batch in its own transaction, and join their text's group: a text already
    grouped keeps the voice that stands for it, a text new to the groups is stood for by
    its earliest voice. Returns how many became copies."""
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
            before = firsts(db, (twin for _, twin, _ in known))
            db.conn.executemany("UPDATE voices SET twin = ?, copy_of = ? WHERE id = ?",
                                [(twin, before.get(twin), vid) for vid, twin, _ in known])
            made += group(db, known, before)
            stand_alone(db, [int(vid) for (vid,) in db.execute(
                "SELECT ev.voice_id FROM escalation_voices ev JOIN voices v "
                "ON v.id = ev.voice_id WHERE v.copy_of IS NOT NULL").fetchall()])
        seen += len(rows)
        if progress:
            progress(seen)
    return made
