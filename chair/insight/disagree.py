"""When the anecdotes and the data disagree: a pillar metric on target for an area while the
voices about that pillar from that area rise well above their own baseline.

The test is a one-sided Poisson test of the recent count against the count expected from the
area's baseline, scaled by the metric's volume (more orders, more voices), with a Bonferroni
correction over every pillar x area tried: a handful of voices is never a spike.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chair.domain.days import day_number
from chair.domain.model import PILLARS, MetricObservation
from chair.insight.pillars import HEADLINE

RECENT_DAYS = 7
BASELINE_DAYS = 56
ALPHA = 0.001  # family-wise, over every pillar x area tried
MIN_RATIO = 2.0  # and at least twice what was expected: significance alone is not enough


@dataclass(frozen=True)
class Disagreement:
    pillar: str
    area: str
    metric: str
    value: float
    target: float
    voices_recent: int
    voices_expected: float
    p_value: float
    first_day: int
    last_day: int
    voice_ids: tuple[int, ...] = field(default=())

    @property
    def surprise(self) -> float:
        """-log10 of the p-value: how surprising the spike is, for ranking."""
        return -math.log10(max(self.p_value, 1e-300))

    @property
    def ratio(self) -> float:
        return self.voices_recent / self.voices_expected if self.voices_expected else math.inf


def poisson_tail(k: int, mean: float) -> float:
    """P(X >= k) for X ~ Poisson(mean), accurate far into the tail. One term is computed in
    logs (no overflow, no underflow to a false zero); each next one from the last
    (P(i+1) = P(i) * mean / (i+1)): a handful of multiplications where every term cost an
    lgamma, an exp and a log."""
    if k <= 0:
        return 1.0
    if mean <= 0:
        return 0.0
    if k <= mean:  # not in the upper tail: 1 - lower part, summed down from the largest term
        term = math.exp(-mean + (k - 1) * math.log(mean) - math.lgamma(k))
        lower = 0.0
        for i in range(k - 1, -1, -1):
            lower += term
            if term < lower * 1e-17:
                break
            term *= i / mean
        return max(0.0, 1.0 - lower)
    term = math.exp(-mean + k * math.log(mean) - math.lgamma(k + 1))
    total = 0.0
    i = k
    while True:
        total += term
        if term < total * 1e-12 or i > k + 10_000:
            return min(1.0, total)
        i += 1
        term *= mean / i


def find_disagreements(
    observations: Iterable[MetricObservation],
    voice_counts: Iterable[tuple[int, str, str, int]],
    *,
    last_day: int | None = None,
    recent_days: int = RECENT_DAYS,
    baseline_days: int = BASELINE_DAYS,
    alpha: float = ALPHA,
) -> list[Disagreement]:
    """Disagreements, most surprising first. `voice_counts` are (day, pillar, area, voices)
    from the store's rollup; days are days since 1970-01-01."""
    metric_rows: dict[tuple[str, str], list[tuple[int, MetricObservation]]] = defaultdict(list)
    for o in observations:
        headline = HEADLINE.get(o.pillar, ("",))[0]
        if o.metric == headline:
            metric_rows[(o.pillar, o.area)].append((day_number(o.period), o))
    if not metric_rows:
        return []
    end = last_day if last_day is not None else max(d for rows in metric_rows.values()
                                                   for d, _ in rows)
    recent_start = end - recent_days + 1
    base_start = recent_start - baseline_days
    voices: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for day, pillar, area, n in voice_counts:
        if recent_start <= day <= end:
            voices[(pillar, area)][0] += n
        elif base_start <= day < recent_start:
            voices[(pillar, area)][1] += n
    # Per pillar, across all areas: voices and volume, recent and baseline. They give the
    # prior for an area with a thin history, and the trend every area shares (more voices
    # everywhere is a trend, not this area's problem).
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for (pillar, area), rows in metric_rows.items():
        now_voices, base_voices = voices.get((pillar, area), (0, 0))
        t = totals[pillar]
        t[0] += now_voices
        t[1] += sum(o.volume for d, o in rows if recent_start <= d <= end)
        t[2] += base_voices
        t[3] += sum(o.volume for d, o in rows if base_start <= d < recent_start)
    candidates = []
    for (pillar, area), rows in metric_rows.items():
        if pillar not in PILLARS:
            continue
        recent = [o for d, o in rows if recent_start <= d <= end]
        base = [o for d, o in rows if base_start <= d < recent_start]
        if not recent:
            continue
        volume = sum(o.volume for o in recent)
        value = sum(o.value * o.volume for o in recent) / volume if volume else \
            sum(o.value for o in recent) / len(recent)
        target = sum(o.target for o in recent) / len(recent)
        higher_is_better = recent[0].higher_is_better
        green = value >= target if higher_is_better else value <= target
        now, before = voices.get((pillar, area), (0, 0))
        base_volume = sum(o.volume for o in base)
        all_now, all_volume, all_before, all_base_volume = totals[pillar]
        if base_volume and volume:
            # Voices per unit of volume (more orders, more voices), the area's own history
            # shrunk toward the pillar's rate everywhere by a quarter of its own volume.
            prior_volume = base_volume / 4
            prior_rate = all_before / all_base_volume if all_base_volume else 0.0
            rate = (before + prior_rate * prior_volume) / (base_volume + prior_volume)
            expected = rate * volume
            # The trend of the other areas (leaving this one out, so a spike here does not
            # raise its own bar).
            others_now, others_volume = all_now - now, all_volume - volume
            others_before, others_base = all_before - before, all_base_volume - base_volume
            if others_now and others_volume and others_before and others_base:
                expected *= (others_now / others_volume) / (others_before / others_base)
        else:
            expected = before * recent_days / baseline_days
        # Never expect less than one voice a window: a couple of voices from a quiet area are
        # an anecdote, not yet a spike.
        expected = max(expected, 1.0)
        candidates.append((pillar, area, value, target, green, now, expected))
    tests = max(1, len(candidates))
    found = []
    for pillar, area, value, target, green, now, expected in candidates:
        if not green or now < expected * MIN_RATIO:
            continue
        p = poisson_tail(now, expected)
        if p * tests < alpha:
            found.append(Disagreement(pillar, area, HEADLINE[pillar][0], value, target, now,
                                      expected, p * tests, recent_start, end))
    return sorted(found, key=lambda d: (d.p_value, -d.voices_recent))


def with_evidence(items: Sequence[Disagreement], voice_ids: dict[tuple[str, str], tuple[int, ...]]
                  ) -> list[Disagreement]:
    """The same disagreements carrying the ids of representative voices."""
    from dataclasses import replace

    return [replace(d, voice_ids=voice_ids.get((d.pillar, d.area), ())) for d in items]
