"""Anecdotes against data: the planted case is found first, nothing is flagged without one,
a handful of voices is not a spike, and missing metrics are not a disagreement."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from chair.domain.model import MetricObservation
from chair.ingest.demo import PLANTED_AREA, PLANTED_PILLAR, create_demo
from chair.insight.disagree import find_disagreements, poisson_tail
from chair.store import connect, metrics
from chair.store import voices as store

TODAY = dt.date(2026, 11, 22)


def _found(db_path: Path):  # type: ignore[no-untyped-def]
    db = connect(db_path)
    return find_disagreements(metrics.observations(db), store.counts_per_day(db, 0))


def test_the_planted_case_is_found_and_ranked_first(demo_db: Path) -> None:
    found = _found(demo_db)
    assert found, "the planted Łódź delivery case must be found"
    first = found[0]
    assert (first.pillar, first.area) == (PLANTED_PILLAR, PLANTED_AREA)
    assert first.value >= first.target
    assert first.voices_recent > 3 * first.voices_expected


def test_nothing_is_flagged_without_a_planted_case(tmp_path: Path) -> None:
    for seed in (1, 2, 3):
        path = tmp_path / f"calm{seed}.db"
        create_demo(connect(path), voices=3000, seed=seed, today=TODAY, plant=False)
        assert _found(path) == [], seed


def _observations(area: str, days: int = 63, value: float = 0.99) -> list[MetricObservation]:
    start = dt.date(2026, 1, 1)
    return [MetricObservation("delivery", "on_time", area, (start + dt.timedelta(d)).isoformat(),
                              value, 0.97, 1000) for d in range(days)]


def _day(offset: int) -> int:
    return (dt.date(2026, 1, 1) + dt.timedelta(offset)).toordinal() - dt.date(1970, 1, 1).toordinal()


def test_three_voices_are_not_a_spike() -> None:
    counts = [(_day(60), "delivery", "Lyon", 3)]
    assert find_disagreements(_observations("Lyon"), counts) == []


def test_a_real_spike_on_a_green_metric_is_flagged_but_not_on_a_red_one() -> None:
    baseline = [(_day(d), "delivery", "Lyon", 1) for d in range(0, 56, 2)]
    spike = [(_day(d), "delivery", "Lyon", 6) for d in range(56, 63)]
    assert [d.area for d in find_disagreements(_observations("Lyon"), baseline + spike)] == ["Lyon"]
    red = _observations("Lyon", value=0.90)
    assert find_disagreements(red, baseline + spike) == []


def test_missing_metrics_are_not_a_disagreement() -> None:
    spike = [(_day(d), "delivery", "Gdańsk", 20) for d in range(56, 63)]
    assert find_disagreements(_observations("Lyon"), spike) == []
    assert find_disagreements([], spike) == []


def test_poisson_tail() -> None:
    assert poisson_tail(0, 3.0) == 1.0
    assert abs(poisson_tail(1, 2.0) - (1 - 2.718281828 ** -2)) < 1e-9
    assert poisson_tail(40, 5.0) < 1e-15


def test_cli_lists_the_disagreement_with_verbatim_evidence(demo_db: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "chair", "disagreements", "--db", str(demo_db),
                          "--json"], capture_output=True, text=True, check=True).stdout
    items = json.loads(out)
    assert items[0]["area"] == PLANTED_AREA and items[0]["pillar"] == PLANTED_PILLAR
    assert items[0]["value"] >= items[0]["target"]
    assert len(items[0]["voices"]) == 3 and all(v["text"] for v in items[0]["voices"])


def test_the_poisson_tail_by_recurrence_matches_the_formula_term_by_term() -> None:
    import math

    from chair.insight.disagree import poisson_tail

    def term(i: int, mean: float) -> float:
        return math.exp(-mean + i * math.log(mean) - math.lgamma(i + 1))

    def direct(k: int, mean: float) -> float:
        """Each term from the formula: 1 - the lower part, or the upper tail summed."""
        if k <= mean:
            return max(0.0, 1.0 - math.fsum(term(i, mean) for i in range(k)))
        return math.fsum(term(i, mean) for i in range(k, k + 2000))

    for mean in (0.3, 1.0, 4.5, 20.0, 70.0, 333.3, 1000.0):
        for k in sorted({0, 1, 2, int(mean), int(mean) + 1, int(mean * 1.5) + 1,
                         int(mean * 3) + 2}):
            want = direct(k, mean)
            got = poisson_tail(k, mean)
            assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-13), (k, mean, got, want)
    assert 0 < poisson_tail(400, 70.0) < 1e-100  # far in the tail, and not a false zero
