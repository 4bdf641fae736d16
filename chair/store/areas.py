"""Areas as the store holds them: which are in use where, and one spelling renamed to an
area everywhere (voices, metrics, owners) in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database


def in_use(db: Database) -> dict[str, tuple[int, int, int]]:
    """area -> (voices, metric observations, owners), for every area named anywhere."""
    found: dict[str, list[int]] = {}
    for k, sql in enumerate((
            "SELECT area, sum(n) FROM voice_counts GROUP BY area HAVING sum(n) > 0",
            "SELECT area, count(*) FROM metrics GROUP BY area",
            "SELECT area, count(*) FROM owners GROUP BY area")):
        for area, n in db.execute(sql).fetchall():
            if area:
                found.setdefault(str(area), [0, 0, 0])[k] = int(n)
    return {a: (v[0], v[1], v[2]) for a, v in sorted(found.items())}


def rename(db: Database, spelling: str, area: str) -> tuple[int, int, int]:
    """Every row whose area is `spelling` now names `area`: (voices, metrics, owners) moved.
    Where the area has a metric of the same period or an owner of the same pillar already,
    that one stays and the other spelling's goes (counted as moved: merged)."""
    if spelling == area:
        return (0, 0, 0)
    with transaction(db):
        conn = db.conn
        voices = conn.execute("UPDATE voices SET area = ? WHERE area = ?",
                              [area, spelling]).rowcount
        metrics = conn.execute(
            "DELETE FROM metrics WHERE area = ? AND EXISTS (SELECT 1 FROM metrics m "
            "WHERE m.pillar = metrics.pillar AND m.metric = metrics.metric AND "
            "m.period = metrics.period AND m.area = ?)", [spelling, area]).rowcount
        metrics += conn.execute("UPDATE metrics SET area = ? WHERE area = ?",
                                [area, spelling]).rowcount
        owners = conn.execute(
            "DELETE FROM owners WHERE area = ? AND EXISTS (SELECT 1 FROM owners o "
            "WHERE o.pillar = owners.pillar AND o.area = ?)", [spelling, area]).rowcount
        owners += conn.execute("UPDATE owners SET area = ? WHERE area = ?",
                               [area, spelling]).rowcount
    return voices, metrics, owners
