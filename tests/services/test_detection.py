"""What chair notices on its own, on generated weeks of voices: a planted spike of delivery
complaints in one city is detected and logged with its evidence, once; a new complaint in the
words of several customers is a recurring phrase; a calm dataset raises nothing."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path

from chair.insight.classification import new_voice
from chair.services import detection
from chair.store import connect
from chair.store import detections as detection_store
from chair.store import voices as voice_store

DAY = 86400
NOW = int(dt.datetime(2026, 12, 6, 12, tzinfo=dt.UTC).timestamp())
CITIES = ("Kraków", "Warsaw", "Paris", "Lyon", "Hanoi", "Chicago")
# What customers write about each pillar, in pieces put together at random: no two voices
# alike, as in life.
OPENINGS = ("Hello,", "Hi team,", "Good morning.", "To whom it may concern,", "Hey,", "")
ITEMS = ("kettle", "stroller", "jacket", "blender", "lamp", "headphones", "vacuum cleaner",
         "desk chair", "coffee beans", "dog food", "printer ink", "baby formula", "sofa cover",
         "running shoes", "toaster", "phone case", "garden hose", "winter tyres", "bike lock",
         "wall clock")
WHEN = ("on Monday", "last week", "yesterday", "this morning", "on Saturday", "for my mother",
        "as a gift", "for the office", "again", "twice now")
PILLAR_WORDS = {
    "delivery": ("my parcel arrived {n} days late", "the courier never rang the bell",
                 "the package was left outside in the rain", "tracking has not moved since "
                 "Monday", "delivery was promised for Tuesday and came on Friday"),
    "price": ("the price went up by {n} percent overnight", "the same blender is cheaper at "
              "the shop next door", "shipping costs more than the item itself", "your price "
              "is {n} euros above the competitor"),
    "selection": ("the size I need has been out of stock for weeks", "you stopped selling "
                  "the brand I always buy", "search finds nothing for baby formula",
                  "only two colours are left of this jacket"),
}
ENDINGS = ("Please help.", "Thanks.", "Not happy.", "What is going on?", "Regards.", "")


def _voice(rng: random.Random, n: int, pillar: str, city: str, at: int, text: str = ""):  # type: ignore[no-untyped-def]
    body = text or " ".join(p for p in (
        rng.choice(OPENINGS), f"I ordered the {rng.choice(ITEMS)} {rng.choice(WHEN)} and",
        rng.choice(PILLAR_WORDS[pillar]).format(n=rng.randint(2, 40)) + ".",
        rng.choice(ENDINGS)) if p)
    return new_voice(source="tickets", source_key=f"t-{n}", received_at=at, text=body,
                     channel="ticket", area=city, author=f"Customer {n}", meta={})


def _calm_weeks(db, rng: random.Random, weeks: int = 9) -> int:  # type: ignore[no-untyped-def]
    """About two voices a day per pillar and city, at random: nothing stands out."""
    voices, n = [], 0
    for d in range(weeks * 7):
        day = NOW - (weeks * 7 - d) * DAY + 3600
        for pillar in PILLAR_WORDS:
            for city in CITIES:
                for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                    n += 1
                    voices.append(_voice(rng, n, pillar, city,
                                         day + rng.randint(0, DAY - 7200)))
    voice_store.add_voices(db, voices)
    return n


def test_a_calm_dataset_raises_nothing(store_at) -> None:
    db = store_at()
    _calm_weeks(db, random.Random(7))
    found = detection.run(db, now=NOW)
    assert found.found == () and detection_store.all_detections(db) == []


def test_a_spike_of_delivery_complaints_in_one_city_is_logged_once_with_evidence(
        store_at) -> None:
    db = store_at()
    rng = random.Random(11)
    n = _calm_weeks(db, rng)
    # Kraków's delivery voices four times their usual rate this week.
    planted = [_voice(rng, n + k, "delivery", "Kraków", NOW - rng.randint(1, 6 * DAY))
               for k in range(1, 40)]
    voice_store.add_voices(db, planted)
    found = detection.run(db, now=NOW)
    spikes = [d for d in found.found if d.kind == "spike"]
    assert [(d.pillar, d.area) for d in spikes] == [("delivery", "Kraków")]
    [spike] = spikes
    assert spike.recent > 2.5 * spike.expected and len(spike.evidence) == 3
    shown = [voice_store.get(db, vid) for vid in spike.evidence]
    assert all(v is not None and v.area == "Kraków" and v.pillar == "delivery" for v in shown)
    assert found.new == (spike.id,)
    # Looked at again a day later: the same episode, brought up to date, not logged twice.
    again = detection.run(db, now=NOW + DAY)
    assert again.new == () and len(detection_store.all_detections(db)) == 1
    detection_store.decide(db, spike.id, "dismissed", who="Ola")
    assert detection_store.all_detections(db, open_only=True) == []


def test_the_same_complaint_from_several_customers_is_a_new_phrase(store_at) -> None:
    db = store_at()
    rng = random.Random(5)
    n = _calm_weeks(db, rng)
    said = ["The parcel locker at the station is broken again, I could not collect it.",
            "Hi, the parcel locker at Central station is broken, my code does nothing.",
            "parcel locker broken at the station since Wednesday. Where do I get my order?",
            "Your parcel locker is broken. Third time this week.",
            "The parcel locker near me is broken and support does not answer."]
    voice_store.add_voices(db, [_voice(rng, n + k, "delivery", CITIES[k], NOW - k * 20000,
                                       text=t) for k, t in enumerate(said, 1)])
    # Polish customers writing in this week, each greeting as Poles do: a greeting is not a
    # complaint, however new it is.
    greeted = [_voice(rng, n + 10 + k, "price", "Kraków", NOW - k * 9000, text="Dzień dobry, "
                      + _voice(rng, n + 10 + k, "price", "Kraków", 0).text) for k in range(8)]
    voice_store.add_voices(db, greeted)
    found = detection.run(db, now=NOW)
    phrases = [d for d in found.found if d.kind == "phrase"]
    assert [p.words.lower() for p in phrases] == ["parcel locker"]
    assert phrases[0].recent == 5 and phrases[0].expected == 0


def test_chair_detect_logs_and_chair_detections_lists(db_path: Path) -> None:
    db = connect(db_path)
    rng = random.Random(3)
    n = _calm_weeks(db, rng)
    now = int(dt.datetime.now(dt.UTC).timestamp())
    voice_store.add_voices(db, [_voice(rng, n + k, "price", "Lyon", now - k * 3000)
                                for k in range(1, 40)])

    def chair(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "chair", *args, "--db", str(db_path)],
                              capture_output=True, text=True, check=True).stdout

    chair("detect")
    logged = json.loads(chair("detections", "--json"))
    assert any(d["kind"] == "spike" and d["area"] == "Lyon" for d in logged)
    spike = next(d for d in logged if d["area"] == "Lyon")
    assert set(spike) >= {"id", "kind", "pillar", "area", "words", "first_seen", "last_seen",
                          "recent", "expected", "evidence", "state"}
    chair("detections", "dismiss", str(spike["id"]))
    assert {d["id"]: d["state"] for d in json.loads(chair("detections", "--json"))}[
        spike["id"]] == "dismissed"
