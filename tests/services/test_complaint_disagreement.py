"""The anecdotes against the data counts complaints, not mentions: on generated weeks with
every metric on target, a planted spike of delivery complaints in one city is found and
ranked first with complaints as its evidence; as many extra voices praising the delivery
raise nothing; calm weeks raise nothing."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path

from chair.domain.model import MetricObservation
from chair.services import dashboard
from chair.store import connect, metrics
from chair.store import metrics as metrics_store
from chair.store import voices as voice_store
from tests.services.test_detection import (
    CITIES,
    DAY,
    ITEMS,
    NOW,
    OPENINGS,
    WHEN,
    _calm_weeks,
    _voice,
)

# Put together at random, as customers write: no two alike (a copied text counts once).
COMPLAINTS = ("still waiting for my parcel, it is {n} days late",
              "the courier left the box damaged at the door, very disappointed",
              "delivery was slow again, {n} days later than promised",
              "my package never arrived and tracking has been stuck for {n} days",
              "the parcel came crushed and {n} days late, terrible")
PRAISE = ("fast delivery, the parcel arrived {n} hours early",
          "great courier, quick and friendly, the package came well packed",
          "delivery was on time and the box was intact, perfect",
          "arrived quickly, {n} hours after I ordered, thank you")


def _on_target(db) -> None:  # type: ignore[no-untyped-def]
    """On-time delivery at 98.5% against 97.5% in every city, every day of the weeks."""
    metrics.add_observations(db, [
        MetricObservation("delivery", "on_time", city,
                          dt.datetime.fromtimestamp(NOW - d * DAY, dt.UTC).date().isoformat(),
                          0.985, 0.975, 2000)
        for city in CITIES for d in range(63)])


def _planted(rng: random.Random, first: int, city: str, texts: tuple[str, ...], count: int):  # type: ignore[no-untyped-def]
    def text() -> str:
        said = rng.choice(texts).format(n=rng.randint(3, 12))
        return (f"{rng.choice(OPENINGS)} I ordered the {rng.choice(ITEMS)} {rng.choice(WHEN)} "
                f"and {said}.").strip()

    return [_voice(rng, first + k, "delivery", city, NOW - rng.randint(1, 6 * DAY),
                   text=text()) for k in range(count)]


def test_a_spike_of_complaints_is_found_first_and_shown_with_complaints(store_at) -> None:  # type: ignore[no-untyped-def]
    db = store_at()
    rng = random.Random(5)
    n = _calm_weeks(db, rng)
    _on_target(db)
    voice_store.add_voices(db, _planted(rng, n + 1, "Kraków", COMPLAINTS, 40)
                           + _planted(rng, n + 100, "Lyon", COMPLAINTS, 14))
    found = dashboard.disagreements(db)
    assert found and (found[0].pillar, found[0].area) == ("delivery", "Kraków")
    evidence = dashboard.evidence(db, found[0])
    assert len(evidence) == 3 and all("delivery" in v.complaints for v in evidence)
    # The tile counts the week's complaints and where most came from.
    [tile] = [s for s in dashboard.pillar_summaries(db) if s.pillar == "delivery"]
    assert tile.complaints >= 40 and tile.complaints_from[0][0] == "Kraków"


def test_as_many_voices_praising_the_delivery_raise_nothing(store_at) -> None:  # type: ignore[no-untyped-def]
    db = store_at()
    rng = random.Random(5)
    n = _calm_weeks(db, rng)
    _on_target(db)
    voice_store.add_voices(db, _planted(rng, n + 1, "Kraków", PRAISE, 40))
    assert [(d.pillar, d.area) for d in dashboard.disagreements(db)] == []


def test_calm_weeks_raise_nothing(store_at) -> None:  # type: ignore[no-untyped-def]
    db = store_at()
    _calm_weeks(db, random.Random(9))
    _on_target(db)
    assert dashboard.disagreements(db) == []


def _metrics_file(path, city: str) -> Path:  # type: ignore[no-untyped-def]
    """On-time delivery on target everywhere, as a data warehouse spells the cities."""
    rows = [f"{dt.datetime.fromtimestamp(NOW - d * DAY, dt.UTC).date().isoformat()},delivery,"
            f"on_time,{area},98.5%,97.5%,2000" for area in (*CITIES[:-1], city)
            for d in range(63)]
    path.write_text("date,pillar,metric,area,value,target,volume\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def test_metrics_spelled_without_diacritics_meet_their_voices(db_path: Path, tmp_path: Path) -> None:
    from chair.ingest.metrics_import import import_metrics

    db = connect(db_path)
    rng = random.Random(5)
    n = _calm_weeks(db, rng)
    # The metrics say "Da Nang" and "KRAKOW"; the voices say "Đà Nẵng" and "Kraków".
    spike = _planted(rng, n + 1, "Đà Nẵng", COMPLAINTS, 40)
    voice_store.add_voices(db, spike)
    result = import_metrics(db, _metrics_file(tmp_path / "dw.csv", "Da Nang"))
    assert result.imported == 63 * len(CITIES) and result.unmatched_areas == []
    assert set(metrics_store.areas(db)) == {*CITIES[:-1], "Đà Nẵng"}
    found = dashboard.disagreements(db)
    assert found and (found[0].pillar, found[0].area) == ("delivery", "Đà Nẵng")
    # A spelling nothing knows is reported, then mapped once and read so from then on.
    other = import_metrics(db, _metrics_file(tmp_path / "odd.csv", "DN Central"))
    assert other.unmatched_areas == ["DN Central"]
    out = subprocess.run([sys.executable, "-m", "chair", "--db", str(db_path), "areas", "map",
                          "DN Central", "Da Nang"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Đà Nẵng" in out.stdout and "63 metric observations" in out.stdout
    again = connect(db_path)
    assert "DN Central" not in metrics_store.areas(again)
    listed = json.loads(subprocess.run(
        [sys.executable, "-m", "chair", "--db", str(db_path), "areas", "--json"],
        capture_output=True, text=True, check=True).stdout)
    assert {a["area"] for a in listed if not a["known"]} == set()


def test_metrics_stored_before_areas_were_canonical_meet_their_voices_after_the_upgrade(
        request, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A store written by the chair before (metrics and owners kept as the file spelled
    them) is upgraded when opened, and from then on the disagreement is found."""
    from chair.domain.model import Owner
    from chair.services import team
    from chair.store import owners

    for backend in ("sqlite", "postgresql"):
        if backend == "sqlite":
            db = connect(db_path)
        else:
            url, password = request.getfixturevalue("team_store")
            db = team.connect(url, password)
        rng = random.Random(5)
        n = _calm_weeks(db, rng)
        voice_store.add_voices(db, _planted(rng, n + 1, "Đà Nẵng", COMPLAINTS, 40))
        # As the store held them: written as the warehouse spelled the cities.
        metrics.add_observations(db, [
            MetricObservation("delivery", "on_time", city,
                              dt.datetime.fromtimestamp(NOW - d * DAY, dt.UTC).date().isoformat(),
                              0.985, 0.975, 2000) for city in (*CITIES[:-1], "Da Nang")
            for d in range(63)])
        owners.replace_owners(db, [Owner("Mai Trần", "mai@example.com", "delivery", "DA NANG")])
        assert dashboard.disagreements(db) == []  # "Da Nang" meets no voice
        # Back to the schema before the upgrade that names them.
        if backend == "sqlite":
            db.execute("DROP TABLE pending_upkeep")
            db.execute("PRAGMA user_version = 11")
            db.close()
            db = connect(db_path)  # upgraded; what the step left is done by whoever opens it
            out = subprocess.run([sys.executable, "-m", "chair", "--db", str(db_path),
                                  "disagreements", "--json"],
                                 capture_output=True, text=True, timeout=120)
            assert out.returncode == 0, out.stderr
            assert [(d["pillar"], d["area"]) for d in json.loads(out.stdout)][:1] == [
                ("delivery", "Đà Nẵng")]
        else:
            db.execute("DROP TABLE pending_upkeep")
            db.execute("UPDATE chair_schema SET version = 10")
            db.close()
            db = team.connect(url, password)
        assert set(metrics_store.areas(db)) == {*CITIES[:-1], "Đà Nẵng"}
        assert [o.area for o in owners.all_owners(db)] == ["Đà Nẵng"]
        found = dashboard.disagreements(db)
        assert found and (found[0].pillar, found[0].area) == ("delivery", "Đà Nẵng"), backend
        db.close()


def test_metrics_imported_before_their_voices_take_the_voices_spelling(db_path: Path, tmp_path: Path) -> None:
    """A warehouse file first ("Hai Phong", a place the gazetteer does not know), the
    customers' own export after ("Hải Phòng"): the metrics follow the voices."""
    from chair.ingest.metrics_import import import_metrics
    from chair.ingest.run import run_import

    db = connect(db_path)
    result = import_metrics(db, _metrics_file(tmp_path / "dw.csv", "Hai Phong"))
    assert result.unmatched_areas == ["Hai Phong"]  # no voice names it yet
    rng = random.Random(7)
    rows = [(dt.datetime.fromtimestamp(v.received_at, dt.UTC).isoformat(), v.text)
            for v in _planted(rng, 1, "Hải Phòng", COMPLAINTS, 30)]
    voices = tmp_path / "reviews.csv"
    voices.write_text("date,text,city\n" + "".join(
        f'{when},"{text}",Hải Phòng\n' for when, text in rows), encoding="utf-8")
    assert run_import([str(voices)], db).imported == 30
    assert "Hai Phong" not in metrics_store.areas(db)
    assert "Hải Phòng" in metrics_store.areas(db)
    found = dashboard.disagreements(db)
    assert found and (found[0].pillar, found[0].area) == ("delivery", "Hải Phòng")
