"""The dashboard's numbers, defined once: the pillar summaries, the disagreements between
metrics and voices, and the counts behind `chair stats`."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chair.domain.days import day_number
from chair.domain.model import MetricObservation, Voice
from chair.insight.disagree import Disagreement, find_disagreements
from chair.insight.pillars import PillarSummary, summarize_pillars
from chair.store import complaints as complaint_store
from chair.store import escalations as escalation_store
from chair.store import metrics as metric_store
from chair.store import rejects as reject_store
from chair.store import schema_version
from chair.store import voices as voice_store

if TYPE_CHECKING:
    from chair.insight.trends import PillarTrends
    from chair.store.db import Database

EVIDENCE = 3  # verbatim voices shown with a disagreement
COMPLAINT_DAYS = 7  # the complaints a tile shows: this many days up to today


Complaints = list[tuple[int, str, str, int]]  # (day, pillar, area, complaints)


def pillar_summaries(db: Database, targets: dict[str, float] | None = None,
                     observations: list[MetricObservation] | None = None,
                     complaints: Complaints | None = None) -> list[PillarSummary]:
    """Price, selection and delivery over the dashboard's window of metrics (`observations`,
    when read already). `targets` (metric -> target, from the settings) replace the
    imported ones. `complaints`: complaint_counts read already, from this week on at least."""
    if observations is None:
        observations = metric_store.dashboard_window(db)
    summaries = summarize_pillars(observations, targets=targets or None)
    # What customers complain about this week, beside what the metric says.
    today = int(time.time()) // 86400
    first = today - COMPLAINT_DAYS + 1
    if complaints is None:
        complaints = complaint_store.per_day(db, first)
    blamed: dict[str, Counter[str]] = {}
    for day, pillar, area, n in complaints:
        if first <= day <= today:
            blamed.setdefault(pillar, Counter())[area] += n
    return [replace(s, complaints=sum(blamed.get(s.pillar, {}).values()),
                    complaints_from=tuple(blamed.get(s.pillar, Counter()).most_common(3)))
            for s in summaries]


def disagreements(db: Database, observations: list[MetricObservation] | None = None,
                  complaints: Complaints | None = None) -> list[Disagreement]:
    """Where a metric is on target while the complaints about it spike, most surprising first:
    over the dashboard's window of metrics and the voices of the same days. `complaints`:
    complaint_counts read already, from the window's first day on at least."""
    if observations is None:
        observations = metric_store.dashboard_window(db)
    if not observations:
        return []
    first = min(day_number(o.period) for o in observations)
    if complaints is None:
        complaints = complaint_store.per_day(db, first)
    # Complaints, not mentions: praise agrees with a metric on target (store.complaints).
    return find_disagreements(observations, [c for c in complaints if c[0] >= first])


def both(db: Database, targets: dict[str, float] | None = None,
         observations: list[MetricObservation] | None = None,
         ) -> tuple[list[PillarSummary], list[Disagreement]]:
    """The pillar summaries and the disagreements from one read of the metrics window: what
    a refresh of the window shows, computed once for both. `observations`: that window, read
    earlier and still current (see MetricsWindow)."""
    if observations is None:
        observations = metric_store.dashboard_window(db)
    # The complaints both need, in one read: from the window's first day or this week's.
    week = int(time.time()) // 86400 - COMPLAINT_DAYS + 1
    first = min((day_number(o.period) for o in observations), default=week)
    complaints = complaint_store.per_day(db, min(first, week))
    return (pillar_summaries(db, targets, observations, complaints),
            disagreements(db, observations, complaints))


class MetricsWindow:
    """The dashboard's window of metrics, read again only when a metric was written: the
    voices streaming in during a meeting refresh the dashboard many times a minute, the
    metrics change once a day. Shared by the threads that refresh it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: tuple[int, list[MetricObservation]] | None = None

    def read(self, db: Database) -> list[MetricObservation]:
        version = metric_store.version(db)
        with self._lock:
            held = self._held
        if held is not None and held[0] == version:
            return held[1]
        observations = metric_store.dashboard_window(db)
        if metric_store.version(db) == version:  # not written to meanwhile
            with self._lock:
                self._held = (version, observations)
        return observations


def trends(db: Database, pillar: str, targets: dict[str, float] | None = None,
           now: float | None = None) -> PillarTrends:
    """A pillar over the last twelve weeks per area (chair.insight.trends), up to the newest
    data when all of it is older than today; `targets` as for pillar_summaries."""
    import time
    from dataclasses import replace

    from chair.insight.trends import WEEKS, pillar_trends

    today = int(time.time() if now is None else now) // 86400
    counts = voice_store.counts_per_day(db, 0)  # the rollup: small at any number of voices
    span = metric_store.day_range(db)
    newest = max([d for d, *_ in counts] + ([span[1]] if span else []), default=today)
    today = min(today, newest)
    observations = [replace(o, target=targets[o.metric]) if targets and o.metric in targets
                    else o for o in metric_store.observations(
                        db, since_day=today - 7 * WEEKS - 7, pillar=pillar)]
    return pillar_trends(pillar, counts, observations, today)


def evidence(db: Database, found: Disagreement, limit: int = EVIDENCE) -> list[Voice]:
    """Verbatim voices behind a disagreement: complaints about its pillar in its area, in its
    recent days."""
    return voice_store.examples(db, found.pillar, found.area, found.first_day * 86400,
                                (found.last_day + 1) * 86400, limit, complaints=True)


@dataclass(frozen=True, slots=True)
class Stats:
    voices: int
    copies: int  # of `voices`, those whose text is another's (counted once in the figures)
    languages: dict[str, int]
    pillars: dict[str, int]
    areas: dict[str, int]
    sources: dict[str, int]
    escalations_open: int
    rejects: int
    metric_observations: int
    metric_days: int
    schema_version: int


def stats(db: Database) -> Stats:
    span = metric_store.day_range(db)
    return Stats(
        voices=voice_store.count(db),
        copies=voice_store.copies(db),
        languages=voice_store.counts_by(db, "language"),
        pillars=voice_store.counts_by(db, "pillar"),
        areas=voice_store.counts_by(db, "area"),
        sources=voice_store.counts_by(db, "source"),
        escalations_open=escalation_store.count_open(db),
        rejects=reject_store.count(db),
        metric_observations=metric_store.count(db),
        metric_days=0 if span is None else span[1] - span[0] + 1,
        schema_version=schema_version(db),
    )
