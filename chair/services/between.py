"""The week between meetings: what changed since the last meeting ended. New voices per pillar
and area against the weeks before, the "?" raised, answered and overdue, the corrective
actions coming due, the metrics that moved and the disagreements that appeared or went."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chair.domain.days import day_number
from chair.domain.escalation import CorrectiveAction
from chair.domain.meeting import Decision
from chair.domain.model import PILLARS, Escalation, MetricObservation
from chair.insight.disagree import Disagreement, find_disagreements
from chair.insight.pillars import HEADLINE
from chair.store import coe as coe_store
from chair.store import complaints as complaint_store
from chair.store import escalations as escalation_store
from chair.store import meetings as meeting_store
from chair.store import metrics as metric_store
from chair.store import voices as voice_store

if TYPE_CHECKING:
    from chair.store.db import Database

DAY = 86400
BASELINE_WEEKS = 4  # what "the weeks before" means for the volume of voices
NO_MEETING_DAYS = 7  # the span looked at before there has been any meeting
ACTIONS_AHEAD_DAYS = 7  # actions and decisions due this soon are listed with the overdue ones
METRIC_MOVE = 0.1  # a headline metric moved when it changed by at least this many points


@dataclass(frozen=True, slots=True)
class VolumeChange:
    """New customer-written texts about a pillar in an area since the meeting, and how many
    the weeks before would have brought in as long."""

    pillar: str
    area: str
    new: int
    expected: float


@dataclass(frozen=True, slots=True)
class MetricChange:
    """A headline metric of a pillar and area, over the span since the meeting and over as
    long before it."""

    pillar: str
    metric: str
    area: str
    before: float
    after: float
    target: float
    higher_is_better: bool

    @property
    def better(self) -> bool:
        return (self.after > self.before) == self.higher_is_better


@dataclass(frozen=True, slots=True)
class SinceLastMeeting:
    since: int
    until: int
    meeting_id: int | None  # the meeting whose end it counts from (None: the last week)
    meeting_title: str
    voices: int  # new customer-written texts
    volumes: tuple[VolumeChange, ...]  # furthest above the weeks before first
    raised: tuple[Escalation, ...]
    answered: tuple[Escalation, ...]  # answered or sent back with a COE since
    overdue: tuple[Escalation, ...]
    actions_due: tuple[tuple[int, CorrectiveAction], ...]  # (escalation, action), soonest first
    decisions_due: tuple[Decision, ...]  # not followed up, to follow up within a week
    metrics: tuple[MetricChange, ...]  # the largest moves first
    appeared: tuple[Disagreement, ...]
    gone: tuple[Disagreement, ...]


def since_last_meeting(db: Database, now: int | None = None,
                       window: list[MetricObservation] | None = None) -> SinceLastMeeting:
    """`window`: the dashboard's window of metrics, when read already."""
    now = int(time.time()) if now is None else now
    met = meeting_store.last_ended(db)
    since = met[2] if met is not None and met[2] < now else now - NO_MEETING_DAYS * DAY
    volumes = _volumes(db, since, now)
    escalations = escalation_store.all_escalations(db)
    moved = escalation_store.moved_since(db, since, ("answered", "coe_submitted"))
    raised = tuple(e for e in escalations if e.opened_at >= since)
    answered = tuple(e for e in escalations if e.id in moved)
    overdue = tuple(sorted((e for e in escalations if e.is_overdue(now)),
                           key=lambda e: e.due_at))
    actions = tuple(coe_store.overdue_actions(db, now + ACTIONS_AHEAD_DAYS * DAY))
    decisions = tuple(meeting_store.decisions(db, due_by=now + ACTIONS_AHEAD_DAYS * DAY))
    if window is None:
        window = metric_store.dashboard_window(db)
    metrics, appeared, gone = _metrics_and_disagreements(db, window, since, now)
    return SinceLastMeeting(
        since, now, met[0] if met else None, met[1] if met else "",
        sum(v.new for v in volumes), volumes, raised, answered, overdue, actions, decisions,
        metrics, appeared, gone)


def _volumes(db: Database, since: int, now: int) -> tuple[VolumeChange, ...]:
    since_day = since // DAY
    span_days = max(1.0, (now - since) / DAY)
    base_days = BASELINE_WEEKS * 7
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for day, pillar, area, n in voice_store.counts_per_day(db, since_day - base_days):
        if pillar in PILLARS:
            counts[(pillar, area)][0 if day >= since_day else 1] += n
    changes = [VolumeChange(p, a, new, base / base_days * span_days)
               for (p, a), (new, base) in counts.items() if new]
    return tuple(sorted(changes, key=lambda c: (c.expected - c.new, c.pillar, c.area)))


def _mean(rows: list[tuple[float, float]]) -> float:
    """The volume-weighted mean of (value, volume) pairs (a plain mean without volumes)."""
    volume = sum(w for _, w in rows)
    return sum(v * w for v, w in rows) / volume if volume else sum(v for v, _ in rows) / len(rows)


def _metrics_and_disagreements(
    db: Database, window: list[MetricObservation], since: int, now: int,
) -> tuple[tuple[MetricChange, ...], tuple[Disagreement, ...], tuple[Disagreement, ...]]:
    if not window:
        return (), (), ()
    since_day, today = since // DAY, now // DAY
    span = max(1, today - since_day)
    series: dict[tuple[str, str, str], dict[str, list[tuple[float, float]]]] = defaultdict(
        lambda: {"before": [], "after": []})
    facts: dict[tuple[str, str, str], tuple[float, bool]] = {}
    for o in window:
        if o.metric != HEADLINE.get(o.pillar, ("",))[0]:
            continue
        day = day_number(o.period)
        key = (o.pillar, o.metric, o.area)
        if since_day <= day <= today:
            series[key]["after"].append((o.value, o.volume))
            facts[key] = (o.target, o.higher_is_better)
        elif since_day - span <= day < since_day:
            series[key]["before"].append((o.value, o.volume))
    moves = [MetricChange(p, m, a, _mean(s["before"]), _mean(s["after"]), *facts[(p, m, a)])
             for (p, m, a), s in series.items() if s["before"] and s["after"]]
    moves = [c for c in moves if abs(c.after - c.before) * 100 >= METRIC_MOVE]
    moves.sort(key=lambda c: (-abs(c.after - c.before), c.pillar, c.area))
    first = min(day_number(o.period) for o in window)
    counts = complaint_store.per_day(db, first)  # as the dashboard: complaints
    current = find_disagreements(window, counts)
    before = find_disagreements([o for o in window if day_number(o.period) < since_day],
                                counts, last_day=since_day - 1)
    now_keys = {(d.pillar, d.area) for d in current}
    then_keys = {(d.pillar, d.area) for d in before}
    return (tuple(moves), tuple(d for d in current if (d.pillar, d.area) not in then_keys),
            tuple(d for d in before if (d.pillar, d.area) not in now_keys))

