"""Metric observations in: formats, ratios and percentages, counts with totals, validation
with reasons, and re-imports that replace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chair.domain.errors import SourceUnreadable
from chair.ingest.metrics_import import import_metrics
from chair.store import metrics
from chair.store import rejects as reject_store

ROOT = Path(__file__).resolve().parents[2]


def test_the_documented_example_imports(any_store) -> None:
    result = import_metrics(any_store, ROOT / "docs" / "metrics-example.csv")
    assert (result.imported, result.rejected) == (5, 0)
    obs = {(o.metric, o.area): o for o in metrics.observations(any_store)}
    assert obs[("on_time", "Warsaw")].value == pytest.approx(0.984)
    assert obs[("on_time", "Warsaw")].target == pytest.approx(0.975)
    assert obs[("priced_at_or_below_lowest", "Lyon")].value == pytest.approx(0.931)
    assert obs[("undamaged", "Seattle")].period == "2026-11-09"  # ISO week 46 starts Monday 9th


def test_counts_with_a_total_become_ratios(any_store, tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps([{"date": "2026-11-20", "pillar": "delivery", "metric": "on_time",
                                 "city": "Kraków", "count": 960, "total": 1000, "target": "97%"}]))
    result = import_metrics(any_store, path)
    assert result.imported == 1
    [o] = metrics.observations(any_store)
    assert (o.value, o.volume, o.target) == (pytest.approx(0.96), 1000, pytest.approx(0.97))


def test_invalid_rows_are_rejected_with_their_reason(any_store, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("date,pillar,metric,area,value,target,volume\n"
                    "2026-11-20,delivery,on_time,Lyon,0.97,0.98,100\n"
                    "2026-11-20,happiness,smiles,Lyon,0.97,0.98,100\n"
                    "2026-11-20,delivery,on_time,Paris,140%,0.98,100\n"
                    "2026-11-20,delivery,on_time,Nice,0.9,120%,100\n"
                    "2026-11-20,delivery,on_time,Metz,0.9,0.98,-5\n"
                    "someday,delivery,on_time,Metz,0.9,0.98,5\n")
    result = import_metrics(any_store, path)
    assert (result.imported, result.rejected) == (1, 5)
    reasons = {r.location: r.reason for r in reject_store.all_rejects(any_store)}
    assert "unknown pillar" in reasons["bad.csv:3"]
    assert "outside 0..100%" in reasons["bad.csv:4"]
    assert "target above 100%" in reasons["bad.csv:5"]
    assert "negative volume" in reasons["bad.csv:6"]
    assert "unreadable date" in reasons["bad.csv:7"]


def test_reimporting_a_period_replaces_it(any_store, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("period,pillar,metric,area,value,target,volume\n2026-11-20,price,match,Lyon,0.9,0.95,10\n")
    import_metrics(any_store, path)
    path.write_text("period,pillar,metric,area,value,target,volume\n2026-11-20,price,match,Lyon,0.93,0.95,12\n")
    import_metrics(any_store, path)
    [o] = metrics.observations(any_store)
    assert (o.value, o.volume) == (pytest.approx(0.93), 12)


def test_a_file_without_the_needed_columns_says_which(any_store, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("when,how much\n2026-01-01,3\n")
    with pytest.raises(SourceUnreadable, match="pillar"):
        import_metrics(any_store, path)


def test_the_districts_of_a_city_make_its_ratio_together(any_store, tmp_path: Path) -> None:
    """Mokotów and Wola are Warsaw: their on-time rates weighed by their parcels, not the
    last one written over the first."""
    path = tmp_path / "districts.csv"
    path.write_text("date,pillar,metric,area,value,target,volume,unit\n"
                    "2026-11-20,delivery,on_time,Mokotow,90%,97%,100,%\n"
                    "2026-11-20,delivery,on_time,Wola,98%,97%,300,%\n"
                    "2026-11-20,delivery,avg_days,Mokotow,3,2,100,days\n"
                    "2026-11-20,delivery,avg_days,Mokotow,4,2,100,days\n")
    result = import_metrics(any_store, path)
    assert result.imported == 4 and result.unmatched_areas == []
    rows = any_store.execute("SELECT metric, area, value, target, volume FROM metrics "
                             "ORDER BY metric").fetchall()
    assert [tuple(r) for r in rows] == [
        ("avg_days", "Warsaw", 4.0, 2.0, 100),  # the same place twice: the last row
        ("on_time", "Warsaw", 0.96, 0.97, 400)]
