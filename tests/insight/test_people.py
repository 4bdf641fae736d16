"""Percentages into people: every shortfall is also a count of customers."""

from __future__ import annotations

from chair.domain.model import MetricObservation
from chair.insight.pillars import people, summarize_pillars
from chair.ui.wording import people_sentence


def test_a_percentage_becomes_customers() -> None:
    # 99.3% on time for 120,000 orders: 840 late packages; none beyond a 99.0% target.
    assert people("on_time", 0.993, 0.99, 120_000) == (840, 0)
    # Against a 99.5% target, 240 of them are more than the target allows.
    assert people("on_time", 0.993, 0.995, 120_000) == (840, 240)
    # A lower-is-better metric counts the other way.
    assert people("returns", 0.03, 0.02, 1000, higher_is_better=False) == (30, 10)


def test_the_sentence_names_what_happened_where() -> None:
    affected, beyond = people("on_time", 0.99, 0.995, 84_000)
    sentence = people_sentence("on_time", affected, beyond, area="Warsaw")
    assert sentence == ("840 customers got a late package in Warsaw in the last 7 days "
                        "(420 more than the target allows)")


def test_pillar_summary_sums_people_over_the_last_week_and_areas_worst_first() -> None:
    obs = [MetricObservation("delivery", "on_time", area, f"2026-11-{d:02d}", value, 0.98, 1000)
           for d in range(1, 15) for area, value in (("Lyon", 0.99), ("Paris", 0.95))]
    [_, _, delivery] = summarize_pillars(obs)
    assert delivery.pillar == "delivery"
    assert delivery.affected == 7 * (10 + 50)
    assert delivery.beyond_target == 7 * 30
    assert [a.area for a in delivery.areas] == ["Paris", "Lyon"]
    assert "420 customers got a late package" in people_sentence(
        delivery.metric, delivery.affected, delivery.beyond_target)


def test_targets_from_settings_replace_the_imported_ones() -> None:
    obs = [MetricObservation("delivery", "on_time", "Lyon", f"2026-11-{d:02d}", 0.99, 0.98, 1000)
           for d in range(1, 8)]
    [_, _, delivery] = summarize_pillars(obs, targets={"on_time": 0.995})
    assert delivery.target == 0.995 and not delivery.on_target
