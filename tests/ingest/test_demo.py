"""The demo dataset: realistic, multilingual, deterministic, removable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chair.ingest.demo import PLANTED_AREA, create_demo, remove_demo
from chair.store import coe as coe_store
from chair.store import connect, escalations, meetings, metrics, owners
from chair.store import voices as store
from tests.helpers import stored_rows

TODAY = dt.date(2026, 11, 22)


def test_demo_covers_languages_pillars_cities_and_90_days_of_metrics(demo_db: Path) -> None:
    db = connect(demo_db)
    assert stored_rows(db) >= 2000
    assert set(store.counts_by(db, "language")) >= {"en", "pl", "fr", "vi"}
    assert set(store.counts_by(db, "pillar")) >= {"price", "selection", "delivery"}
    areas = store.counts_by(db, "area")
    assert len(areas) >= 8 and {"Łódź", "Kraków", "Ho Chi Minh City", "Warsaw"} <= set(areas)
    first, last = metrics.day_range(db) or (0, 0)
    assert last - first + 1 == 90
    names = {o.metric for o in metrics.observations(db)}
    assert {"on_time", "in_stock", "searches_with_results", "priced_at_or_below_lowest"} <= names
    assert all(o.volume > 0 and 0 < o.target <= 1 for o in metrics.observations(db))


def test_every_pillar_and_area_has_an_owner(demo_db: Path) -> None:
    db = connect(demo_db)
    for area in store.counts_by(db, "area"):
        for pillar in ("price", "selection", "delivery"):
            owner = owners.owner_for(db, pillar, area)
            assert owner is not None and owner.area == area and "@" in owner.email


def test_open_escalations_of_different_ages_and_one_complete_coe(demo_db: Path) -> None:
    db = connect(demo_db)
    open_ = escalations.open_escalations(db)
    assert len(open_) >= 4
    assert len({e.opened_at // 86400 for e in open_}) >= 4
    complete = db.execute(
        "SELECT c.escalation_id FROM coe c WHERE c.root_cause != '' AND c.supporting_data != '' "
        "AND c.what_happened != '' AND c.impact != '' AND c.implications != '' "
        "AND c.lessons != '' AND EXISTS (SELECT 1 FROM actions a WHERE a.escalation_id = "
        "c.escalation_id AND a.owner != '' AND a.due_at IS NOT NULL)"
    ).fetchall()
    assert complete
    assert coe_store.overdue_actions(db, now=2**40)


def test_a_past_meeting_with_decisions(demo_db: Path) -> None:
    db = connect(demo_db)
    assert meetings.count(db) == 1
    decisions = db.execute(
        "SELECT text, voice_id FROM meeting_events WHERE kind = 'decision'"
    ).fetchall()
    assert len(decisions) >= 2 and all(text for text, _ in decisions)


def test_the_planted_disagreement_is_there(demo_db: Path) -> None:
    """Łódź delivery is on target while Łódź delivery voices spike in the last days."""
    db = connect(demo_db)
    last = (metrics.day_range(db) or (0, 0))[1]
    recent = [o for o in metrics.observations(db, since_day=last - 9)
              if o.area == PLANTED_AREA and o.metric == "on_time"]
    assert recent and all(o.value >= o.target for o in recent)
    per_day = store.counts_per_day(db, last - 89)
    lodz = [n for d, p, a, n in per_day if a == PLANTED_AREA and p == "delivery"]
    recent_days = sum(n for d, p, a, n in per_day
                      if a == PLANTED_AREA and p == "delivery" and d > last - 10)
    assert recent_days > 3 * (sum(lodz) - recent_days) / 80 * 10


def test_same_seed_same_data_and_running_it_again_adds_nothing(tmp_path: Path) -> None:
    a, b = connect(tmp_path / "a.db"), connect(tmp_path / "b.db")
    create_demo(a, voices=300, seed=3, today=TODAY)
    create_demo(b, voices=300, seed=3, today=TODAY)
    texts = "SELECT source_key, text, received_at, author FROM voices ORDER BY source_key"
    assert a.execute(texts).fetchall() == b.execute(texts).fetchall()
    again = create_demo(a, voices=300, seed=3, today=TODAY)
    assert (again.voices, again.duplicates) == (0, 300)
    assert len(escalations.all_escalations(a)) == len(escalations.all_escalations(b))


def test_removing_the_demo_leaves_the_users_own_voices(demo_db: Path) -> None:
    from chair.domain.model import Voice

    db = connect(demo_db)
    store.add_voices(db, [Voice("mine", "mine-1", 1_700_000_000, "my own customer")])
    remove_demo(db)
    assert store.count(db) == 1
    assert [v.source_key for v in store.page(db)] == ["mine-1"]
    for table in ("escalations", "metrics", "meetings", "owners", "coe", "actions"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_the_demo_meeting_decides_about_voices_of_its_pillar_and_kept_the_numbers(
    demo_db: Path,
) -> None:
    """Read by an executive, the demo holds together: each decision quotes a voice about what
    it decides (a delivery decision, a delivery voice from that city), and the minutes carry
    the pillars as they stood when the meeting began."""
    from chair.insight.minutes_report import to_markdown

    db = connect(demo_db)
    (mid,) = db.execute("SELECT id FROM meetings LIMIT 1").fetchone()
    minutes = meetings.minutes(db, mid)
    assert minutes is not None
    decisions = minutes.of_kind("decision")
    assert len(decisions) == 3
    for event, (pillar, area) in zip(decisions, [("delivery", "Łódź"), ("price", "Warsaw"),
                                                 ("selection", "Paris")], strict=True):
        voice = store.get(db, event.voice_id)
        assert voice is not None and (voice.pillar, voice.area) == (pillar, area), event.text
    text = to_markdown(minutes)
    snapshot = text.split("Pillar snapshot", 1)[1]
    assert "Price: " in snapshot and "(target 95.0%)" in snapshot and "No metrics" not in snapshot


def test_the_demo_reads_true_thank_yous_are_titled_so_and_sentences_end(demo_db: Path) -> None:
    """A 5-star review is not titled 'Package marked delivered but not received', and two
    templates never run into one another ('…nobody rang The printer ink…')."""
    import json
    import re

    from chair.config.paths import resource

    data = json.loads(resource("demo", "voices.json").read_text(encoding="utf-8"))
    thanks = {s for subjects in data["praise_subjects"].values() for s in subjects}
    tails = {t.rstrip()[-12:] for lang in data["templates"].values() for kinds in lang.values()
             for pool in kinds.values() for t in pool
             if not t.rstrip().endswith((".", "!", "?", "…")) and "}" not in t[-12:]}
    assert tails  # the templates that end without a stop are the ones this is about
    db = connect(demo_db)
    rows = db.execute("SELECT subject, text, rating, channel FROM voices").fetchall()
    for subject, text, rating, channel in rows:
        if channel == "review" and rating is not None and rating >= 4:
            assert subject in thanks, (subject, rating)
        for tail in tails:
            assert not re.search(re.escape(tail) + r" \w", text), text
