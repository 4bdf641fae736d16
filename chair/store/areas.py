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
    """Every row whose area is `spelling` now names `area` (voices, metrics, owners, and the
    escalations raised there): (voices, metrics, owners) moved. Where the area holds a
    metric of the same period already, the one written last stays and the evidence of a
    Correction of Error that cited the other cites it (counted as moved: merged); where it
    has an owner of the same pillar, that owner stays."""
    if spelling == area:
        return (0, 0, 0)
    with transaction(db):
        conn = db.conn
        voices = conn.execute("UPDATE voices SET area = ? WHERE area = ?",
                              [area, spelling]).rowcount
        twins = conn.execute(
            "SELECT a.id, b.id FROM metrics a JOIN metrics b ON b.pillar = a.pillar AND "
            "b.metric = a.metric AND b.period = a.period WHERE a.area = ? AND b.area = ?",
            [spelling, area]).fetchall()
        merged = [(max(a, b), min(a, b)) for a, b in twins]  # (kept, dropped)
        gone = sum(a < b for a, b in twins)  # the spelling's row was the older: dropped
        if merged:
            # A COE that cited the dropped row cites the kept one (once).
            conn.executemany(
                "UPDATE coe_evidence SET ref_id = ? WHERE kind = 'metric' AND ref_id = ? AND "
                "NOT EXISTS (SELECT 1 FROM coe_evidence e WHERE e.kind = 'metric' AND "
                "e.ref_id = ? AND e.escalation_id = coe_evidence.escalation_id)",
                [(kept, dropped, kept) for kept, dropped in merged])
            conn.executemany("DELETE FROM coe_evidence WHERE kind = 'metric' AND ref_id = ?",
                             [(dropped,) for _, dropped in merged])
            conn.executemany("DELETE FROM metrics WHERE id = ?",
                             [(dropped,) for _, dropped in merged])
        metrics = gone + conn.execute("UPDATE metrics SET area = ? WHERE area = ?",
                                      [area, spelling]).rowcount
        owners = conn.execute(
            "DELETE FROM owners WHERE area = ? AND EXISTS (SELECT 1 FROM owners o "
            "WHERE o.pillar = owners.pillar AND o.area = ?)", [spelling, area]).rowcount
        owners += conn.execute("UPDATE owners SET area = ? WHERE area = ?",
                               [area, spelling]).rowcount
        conn.execute("UPDATE escalations SET area = ? WHERE area = ?", [area, spelling])
    return voices, metrics, owners
