"""A pillar over the weeks per area: the voices (each text once) and the headline metric,
worked out from planted weeks and drawn on Agg."""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure

from chair.domain.model import MetricObservation
from chair.insight.charts import draw_area_lines
from chair.insight.trends import pillar_trends, week_of

MONDAY = (dt.date(2026, 11, 30) - dt.date(1970, 1, 1)).days  # the week shown last
TODAY = MONDAY + 3  # a Thursday


def _iso(day: int) -> str:
    return (dt.date(1970, 1, 1) + dt.timedelta(days=day)).isoformat()


def test_weeks_start_on_monday_and_the_busiest_areas_are_named() -> None:
    assert week_of(TODAY) == MONDAY and week_of(MONDAY) == MONDAY
    assert week_of(MONDAY - 1) == MONDAY - 7
    counts = []
    for w in range(12):
        start = MONDAY - 7 * (11 - w)
        # Kraków's delivery voices rise over the weeks; Warsaw's stay at 3 a week.
        counts += [(start, "delivery", "Kraków", w), (start + 2, "delivery", "Warsaw", 3)]
        counts += [(start, "delivery", f"Town {k}", 1) for k in range(6)]
        counts += [(start, "price", "Kraków", 50)]  # another pillar: not counted
    counts.append((MONDAY - 7 * 20, "delivery", "Kraków", 99))  # before the weeks shown
    t = pillar_trends("delivery", counts, [], TODAY, areas=2)
    assert t.weeks == tuple(MONDAY - 7 * k for k in range(11, -1, -1))
    assert [a for a, _ in t.volumes] == ["Kraków", "Warsaw", ""]
    assert dict(t.volumes)["Kraków"] == tuple(range(12))
    assert dict(t.volumes)[""] == (6,) * 12  # the six towns together
    assert t.series == () and t.target is None


def test_the_metric_per_week_is_weighted_by_volume_and_the_worst_areas_come_first() -> None:
    observations = []
    for d in range(MONDAY - 7 * 11, TODAY + 1):
        observations += [
            MetricObservation("delivery", "on_time", "Łódź", _iso(d), 0.90, 0.975, 100),
            MetricObservation("delivery", "on_time", "Paris", _iso(d),
                              0.99 if d % 2 else 0.97, 0.975, 300 if d % 2 else 100),
            MetricObservation("delivery", "on_time", "Hanoi", _iso(d), 0.985, 0.975, 100),
            MetricObservation("delivery", "air_in_box", "Łódź", _iso(d), 0.5, 0.3, 100),
        ]
    t = pillar_trends("delivery", [], observations, TODAY)
    assert t.metric == "on_time" and t.target is not None and abs(t.target - 0.975) < 1e-9
    assert [a for a, _ in t.series] == ["Łódź", "Paris", "Hanoi"]  # furthest below first
    # An area whose voices are drawn has its metric drawn too, on target or not.
    observations += [MetricObservation("delivery", "on_time", f"Town {k}", _iso(TODAY), 0.99,
                                       0.975, 100) for k in range(3)]
    voices = [(TODAY, "delivery", "Town 2", 9)]
    t = pillar_trends("delivery", voices, observations, TODAY)
    assert [a for a, _ in t.series] == ["Łódź", "Paris", "Hanoi", "Town 2"]
    paris = dict(t.series)["Paris"]
    assert all(v is not None and 0.97 < v < 0.99 for v in paris)
    # Weighted: the days at 99% hold three times the customers.
    week = [(0.99, 300) if d % 2 else (0.97, 100) for d in range(MONDAY - 7, MONDAY)]
    assert abs(paris[-2] - sum(v * n for v, n in week) / sum(n for _, n in week)) < 1e-9
    assert dict(t.series)["Łódź"][-1] == 0.90


def test_each_area_is_a_named_line_and_no_data_says_so() -> None:
    figure = Figure()
    weeks = [f"w{k}" for k in range(4)]
    draw_area_lines(figure, weeks, [("Kraków", [1.0, 2.0, None, 4.0]), ("", [3.0] * 4)],
                    title="Voices about Delivery per week", target=2.5)
    [axes] = figure.axes
    assert [line.get_label() for line in axes.get_lines()] == ["Kraków", "other areas",
                                                               "target"]
    assert {t.get_text() for t in axes.texts} == {"Kraków", "other areas"}
    assert axes.get_title(loc="left") == "Voices about Delivery per week"
    draw_area_lines(figure, weeks, [("Kraków", [None] * 4)], title="none")
    assert any("no data" in t.get_text() for t in figure.axes[0].texts)


def test_the_command_line_draws_the_demo_s_weeks_and_old_data_keeps_its_own(
        demo_db, db_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import subprocess
    import sys

    from chair.services import dashboard
    from chair.store import connect, metrics

    out = subprocess.run([sys.executable, "-m", "chair", "--db", str(demo_db), "trends",
                          "delivery", "--json"], capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)
    assert len(found["weeks"]) == 12
    assert all(dt.date.fromisoformat(w).weekday() == 0 for w in found["weeks"])
    assert found["voices"][0]["area"] == "Łódź"  # the demo's planted spike
    assert "Łódź" in [s["area"] for s in found["values"]] and found["metric"] == "on_time"
    # A store whose data all lies a year back shows the weeks of its data, not empty ones.
    db = connect(db_path)
    metrics.add_observations(db, [MetricObservation("delivery", "on_time", "Kraków",
                                                    _iso(MONDAY - 365 + d), 0.96, 0.975, 50)
                                  for d in range(14)])
    t = dashboard.trends(db, "delivery", now=(MONDAY + 3) * 86400)
    assert t.weeks[-1] == week_of(MONDAY - 365 + 13)
    assert dict(t.series)["Kraków"][-1] == 0.96
