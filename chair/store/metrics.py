"""Pillar metric observations: replace-on-reimport writes and reads by pillar, area and day."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chair.domain.days import day_number
from chair.domain.model import MetricObservation
from chair.store.db import transaction

if TYPE_CHECKING:
    from chair.store.db import Database

_UPSERT = (
    "INSERT INTO metrics (pillar, metric, area, period, day, value, target, volume, unit, "
    "higher_is_better, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (pillar, metric, area, period) DO UPDATE SET day = excluded.day, "
    "value = excluded.value, target = excluded.target, volume = excluded.volume, "
    "unit = excluded.unit, higher_is_better = excluded.higher_is_better, source = excluded.source"
)


def add_observations(
    db: Database, observations: Iterable[MetricObservation], source: str = ""
) -> int:
    """Write observations; the same pillar/metric/area/period again replaces the old value."""
    rows = [
        (o.pillar, o.metric, o.area, o.period, day_number(o.period), o.value, o.target,
         o.volume, o.unit, int(o.higher_is_better), source)
        for o in observations
    ]
    with transaction(db):
        db.conn.executemany(_UPSERT, rows)
    return len(rows)


def observations(
    db: Database, *, since_day: int | None = None, pillar: str | None = None
) -> list[MetricObservation]:
    clauses: list[str] = []
    params: list[object] = []
    if since_day is not None:
        clauses.append("day >= ?")
        params.append(since_day)
    if pillar is not None:
        clauses.append("pillar = ?")
        params.append(pillar)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.execute(
        "SELECT pillar, metric, area, period, value, target, volume, unit, higher_is_better "
        f"FROM metrics {where} ORDER BY day, pillar, metric, area",
        params,
    ).fetchall()
    return [
        MetricObservation(p, m, a, per, v, t, vol, u, bool(h))
        for p, m, a, per, v, t, vol, u, h in rows
    ]


def dashboard_window(db: Database, days: int = 63) -> list[MetricObservation]:
    """The observations a dashboard needs: the last `days` days of data (9 weeks: the trend,
    the recent week and the baseline before it)."""
    span = day_range(db)
    return [] if span is None else observations(db, since_day=span[1] - days + 1)


def version(db: Database) -> int:
    """Changes whenever any metric is written or deleted (see migrations._V5)."""
    return int(db.execute("SELECT n FROM metrics_version").fetchone()[0])


def day_range(db: Database) -> tuple[int, int] | None:
    # Two subqueries: SQLite reads min() or max() alone from the index's ends, both at once
    # only by scanning it.
    first, last = db.execute(
        "SELECT (SELECT min(day) FROM metrics), (SELECT max(day) FROM metrics)").fetchone()
    return None if first is None else (int(first), int(last))


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM metrics").fetchone()[0])


def areas(db: Database) -> list[str]:
    """Every area the metrics name."""
    return [str(a) for (a,) in db.execute("SELECT DISTINCT area FROM metrics").fetchall()]
