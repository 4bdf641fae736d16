"""A pillar over the weeks, per area: how many customer-written texts came about it, and its
headline metric. What people read on a chart rather than work out from a table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from chair.domain.days import day_number
from chair.domain.model import MetricObservation
from chair.insight.pillars import HEADLINE

WEEKS = 12
AREAS = 5  # areas whose voices are drawn by name; the rest of the voices are drawn together
WORST = 3  # areas furthest below target whose metric is drawn, beside those named for voices


@dataclass(frozen=True, slots=True)
class PillarTrends:
    pillar: str
    weeks: tuple[int, ...]  # the first day (days since 1970, a Monday) of each week shown
    # Voices per week: the areas with the most in the last four weeks, each with its counts,
    # then "" for all the other areas together (when there are any).
    volumes: tuple[tuple[str, tuple[int, ...]], ...]
    metric: str
    target: float | None  # the headline metric's target, weighted by volume
    # The headline metric per week for the areas furthest below target lately and those named
    # in `volumes`, furthest below first: a value per week (None for a week without data).
    series: tuple[tuple[str, tuple[float | None, ...]], ...]


def week_of(day: int) -> int:
    """The Monday that starts the week of `day` (days since 1970-01-01, a Thursday)."""
    return day - (day + 3) % 7


def pillar_trends(pillar: str, counts: Iterable[tuple[int, str, str, int]],
                  observations: Iterable[MetricObservation], today: int,
                  weeks: int = WEEKS, areas: int = AREAS) -> PillarTrends:
    """`counts`: (day, pillar, area, voices) as the store counts them (each text once);
    `observations`: the pillar's metrics. Both may hold more than the weeks shown."""
    last = week_of(today)
    shown = tuple(last - 7 * k for k in range(weeks - 1, -1, -1))
    index = {w: k for k, w in enumerate(shown)}
    per_area: dict[str, list[int]] = defaultdict(lambda: [0] * weeks)
    for day, p, area, n in counts:
        k = index.get(week_of(int(day)))
        if p == pillar and k is not None:
            per_area[area][k] += int(n)
    recent = sorted(per_area, key=lambda a: (-sum(per_area[a][-4:]), -sum(per_area[a]), a))
    named = [a for a in recent if a and sum(per_area[a][-4:])][:areas]
    volumes = [(a, tuple(per_area[a])) for a in named]
    rest = [sum(per_area[a][k] for a in per_area if a not in named) for k in range(weeks)]
    if any(rest):
        volumes.append(("", tuple(rest)))
    metric = HEADLINE[pillar][0]
    sums: dict[str, list[list[float]]] = defaultdict(lambda: [[0.0, 0.0] for _ in range(weeks)])
    weighted_target = [0.0, 0.0]
    for o in observations:
        if o.pillar != pillar or o.metric != metric:
            continue
        try:
            day = day_number(o.period)
        except ValueError:
            continue
        k = index.get(week_of(day))
        if k is None:
            continue
        volume = max(o.volume, 1)
        sums[o.area][k][0] += o.value * volume
        sums[o.area][k][1] += volume
        weighted_target[0] += o.target * volume
        weighted_target[1] += volume
    target = weighted_target[0] / weighted_target[1] if weighted_target[1] else None
    values = {a: tuple(s / v if v else None for s, v in weeks_of)
              for a, weeks_of in sums.items()}

    def shortfall(area: str) -> float:
        latest = [v for v in values[area][-4:] if v is not None]
        return (sum(latest) / len(latest) - (target or 0)) if latest else float("inf")

    # The areas furthest below target, and those whose voices the other chart names: where
    # the voices rise while the metric holds is what the room should see side by side.
    worst = sorted((a for a in values if a), key=lambda a: (shortfall(a), a))[:WORST]
    chosen = sorted({*worst, *(a for a in named if a in values)}, key=lambda a: (shortfall(a), a))
    return PillarTrends(pillar, shown, tuple(volumes), metric, target,
                        tuple((a, values[a]) for a in chosen))

