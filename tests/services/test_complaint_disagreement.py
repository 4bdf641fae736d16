"""The anecdotes against the data counts complaints, not mentions: on generated weeks with
every metric on target, a planted spike of delivery complaints in one city is found and
ranked first with complaints as its evidence; as many extra voices praising the delivery
raise nothing; calm weeks raise nothing."""

from __future__ import annotations

import datetime as dt
import random

from chair.domain.model import MetricObservation
from chair.services import dashboard
from chair.store import metrics
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
