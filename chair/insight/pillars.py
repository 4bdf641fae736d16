"""Pillar summaries: the recent value against 100% and target, areas worst first, and the
shortfall turned into people ("840 customers got a late package")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from chair.domain.i18n import QT_TRANSLATE_NOOP
from chair.domain.model import PILLARS, MetricObservation

# The headline metric of each pillar and how its shortfall reads as people.
HEADLINE = {
    "delivery": ("on_time", "customers got a late package"),
    "selection": ("in_stock", "customers found their item out of stock"),
    "price": ("priced_at_or_below_lowest", "customers saw a lower price elsewhere"),
}


def people(metric: str, value: float, target: float, volume: int,
           higher_is_better: bool = True) -> tuple[int, int]:
    """(customers behind the shortfall from 100%, of them beyond what the target accepts).

    99.3% on time for 120,000 orders is 840 customers with a late package; with a 99.0%
    target, 360 of those are more than the target allows: (target - value) x volume.
    """
    miss = (1.0 - value) if higher_is_better else value
    beyond = (target - value) if higher_is_better else (value - target)
    return round(max(miss, 0.0) * volume), round(max(beyond, 0.0) * volume)


METRIC_LABELS = {
    "on_time": QT_TRANSLATE_NOOP("Metric", "On time"),
    "undamaged": QT_TRANSLATE_NOOP("Metric", "Arrived undamaged"),
    "right_sized_packaging": QT_TRANSLATE_NOOP("Metric", "Right-sized packaging"),
    "in_stock": QT_TRANSLATE_NOOP("Metric", "In stock"),
    "searches_with_results": QT_TRANSLATE_NOOP("Metric", "Searches with results"),
    "priced_at_or_below_lowest": QT_TRANSLATE_NOOP("Metric", "At or below lowest price"),
}


@dataclass(frozen=True, slots=True)
class AreaStatus:
    area: str
    value: float
    target: float
    affected: int
    beyond_target: int = 0

    @property
    def on_target(self) -> bool:
        return self.value >= self.target


@dataclass(frozen=True, slots=True)
class PillarSummary:
    pillar: str
    metric: str
    value: float | None
    target: float | None
    affected: int
    wording: str
    areas: tuple[AreaStatus, ...]
    trend: tuple[tuple[str, float], ...]
    beyond_target: int = 0
    volume: int = 0
    # Customer-written texts complaining about the pillar in the last 7 days, and the areas
    # most of them came from (area, complaints), most first.
    complaints: int = 0
    complaints_from: tuple[tuple[str, int], ...] = ()

    @property
    def on_target(self) -> bool:
        return self.value is not None and self.target is not None and self.value >= self.target


def _affected(o: MetricObservation) -> tuple[int, int]:
    return people(o.metric, o.value, o.target, o.volume, o.higher_is_better)


def summarize_pillars(
    observations: Iterable[MetricObservation], window_days: int = 7,
    targets: dict[str, float] | None = None,
) -> list[PillarSummary]:
    """Summaries for price, selection and delivery over the last `window_days` of data.
    `targets` (metric -> target, from settings) replace the imported targets."""
    by_metric: dict[str, list[MetricObservation]] = defaultdict(list)
    for o in observations:
        if targets and o.metric in targets:
            o = replace(o, target=targets[o.metric])
        by_metric[o.metric].append(o)
    summaries = []
    for pillar in PILLARS:
        metric, wording = HEADLINE[str(pillar)]
        rows = by_metric.get(metric, [])
        if not rows:
            summaries.append(PillarSummary(str(pillar), metric, None, None, 0, wording, (), ()))
            continue
        periods = sorted({o.period for o in rows})
        recent = set(periods[-window_days:])
        window = [o for o in rows if o.period in recent]
        volume = sum(o.volume for o in window) or 1
        value = sum(o.value * o.volume for o in window) / volume
        target = sum(o.target * o.volume for o in window) / volume
        counted = [_affected(o) for o in window]
        affected, beyond = sum(c[0] for c in counted), sum(c[1] for c in counted)
        per_area: dict[str, list[MetricObservation]] = defaultdict(list)
        for o in window:
            per_area[o.area].append(o)
        areas = []
        for area, obs in per_area.items():
            vol = sum(o.volume for o in obs) or 1
            area_counted = [_affected(o) for o in obs]
            areas.append(AreaStatus(
                area, sum(o.value * o.volume for o in obs) / vol,
                sum(o.target * o.volume for o in obs) / vol,
                sum(c[0] for c in area_counted), sum(c[1] for c in area_counted),
            ))
        areas.sort(key=lambda a: (a.value - a.target, a.area))
        daily: dict[str, list[MetricObservation]] = defaultdict(list)
        for o in rows:
            daily[o.period].append(o)
        trend = tuple(
            (p, sum(o.value * o.volume for o in daily[p]) / (sum(o.volume for o in daily[p]) or 1))
            for p in periods
        )
        summaries.append(
            PillarSummary(str(pillar), metric, value, target, affected, wording, tuple(areas),
                          trend, beyond, sum(o.volume for o in window))
        )
    return summaries
