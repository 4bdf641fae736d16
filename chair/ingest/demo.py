"""A realistic multilingual demo dataset: voices, 90 days of metrics, owners, escalations.

Deterministic for a seed and a day. It plants one case where the data and the anecdotes
disagree: delivery in Łódź is on target while Łódź voices about deliveries spike.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import logging
import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chair.config.paths import resource
from chair.domain.model import Channel, EscalationStatus, MetricObservation, Owner, Voice
from chair.insight.pillars import summarize_pillars
from chair.store import coe as coe_store
from chair.store import demo as demo_store
from chair.store import escalations, meetings, metrics, owners
from chair.store import sources as source_store
from chair.store import voices as voice_store
from chair.store.db import StoreError

if TYPE_CHECKING:
    from chair.store.db import Database

DEMO_SOURCE_PREFIX = "demo:"
log = logging.getLogger(__name__)
DAYS = 90
DAY = 86400
PLANTED_AREA = "Łódź"
PLANTED_PILLAR = "delivery"
PLANTED_DAYS = 10

_SOURCES = {
    Channel.EMAIL: "demo:support mailbox",
    Channel.REVIEW: "demo:app store reviews",
    Channel.TICKET: "demo:helpdesk tickets",
    Channel.CHAT: "demo:chat",
}
_PILLAR_WEIGHTS = {"delivery": 42, "price": 25, "selection": 23, "other": 10}
_KIND_WEIGHTS = {"complaint": 65, "question": 20, "praise": 15}
_CHANNEL_WEIGHTS = {Channel.EMAIL: 40, Channel.REVIEW: 25, Channel.TICKET: 20, Channel.CHAT: 15}
_STRIP = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻàâçéèêëîïôûùüÿœ", "acelnoszzACELNOSZZaaceeeeiiouuuyo")

# Metric name -> (pillar, target, base, spread, wording of the people behind a shortfall).
METRICS: dict[str, tuple[str, float, float, float]] = {
    "on_time": ("delivery", 0.975, 0.978, 0.012),
    "undamaged": ("delivery", 0.995, 0.9955, 0.003),
    "right_sized_packaging": ("delivery", 0.90, 0.88, 0.04),
    "in_stock": ("selection", 0.98, 0.975, 0.012),
    "searches_with_results": ("selection", 0.97, 0.962, 0.015),
    "priced_at_or_below_lowest": ("price", 0.95, 0.93, 0.03),
}


@dataclass(frozen=True, slots=True)
class DemoResult:
    voices: int
    duplicates: int
    metrics: int
    owners: int
    escalations: int
    meetings: int


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("demo", "voices.json").read_text(encoding="utf-8"))
    return data


def _anchor(today: dt.date | None) -> int:
    """Epoch seconds of the coming midnight (UTC): the demo's "now"."""
    day = today or dt.datetime.now(dt.UTC).date()
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()) + DAY


@functools.lru_cache(maxsize=1024)
def _slots(template: str) -> tuple[str, ...]:
    return tuple({name for _, name, _, _ in string.Formatter().parse(template) if name})



def _sentence(text: str) -> str:
    """A template's text ending as a sentence does."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…", ":", ")", "\"", "”", "»")) else text + "."

class _Writer:
    """Turns templates into voices the way customers write: slots, typos, signatures, PII."""

    def __init__(self, data: dict[str, Any], rng: random.Random) -> None:
        self.d = data
        self.rng = rng
        self.cities = data["cities"]

    def pick(self, items: list[Any]) -> Any:
        return items[int(self.rng.random() * len(items))]

    def chooser(self, weights: dict[Any, int] | list[tuple[Any, int]]) -> Callable[[], Any]:
        """A fast weighted choice (rng.choices rebuilds its tables on every call)."""
        pairs = list(weights.items()) if isinstance(weights, dict) else weights
        items = [item for item, _ in pairs]
        cumulative = list(itertools.accumulate(weight for _, weight in pairs))
        total = cumulative[-1]
        rng = self.rng
        return lambda: items[bisect.bisect_right(cumulative, rng.random() * total)]

    def number(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1))

    def order(self) -> str:
        kind = int(self.rng.random() * 3)
        n = self.number
        if kind == 0:
            return f"#{n(100, 999)}-{n(1000000, 9999999)}-{n(1000000, 9999999)}"
        if kind == 1:
            return f"#{n(40000000, 49999999)}"
        return f"ZAM/{n(10000, 99999)}/2026"

    def price(self, lang: str, low: bool = False) -> str:
        base = self.number(9, 89) if lang != "vi" else self.number(90, 990)
        if low:
            base = max(1, int(base * 0.8))
        return str(self.pick(self.d["currency"][lang]).replace("{p}", str(base)))

    def slot(self, name: str, lang: str, city: dict[str, Any]) -> str:
        if name == "order":
            return self.order()
        if name == "city":
            return str(self.pick(city["local"]) if city["lang"] == lang else city["area"])
        if name == "city_loc":
            return str(city.get("loc", city["area"]))
        if name == "city_gen":
            return str(city.get("gen", city["area"]))
        if name == "product":
            return str(self.pick(self.d["products"][lang]))
        if name == "days":
            return str(self.number(2, 9))
        if name == "price":
            return self.price(lang)
        if name == "competitor_price":
            return self.price(lang, low=True)
        if name == "competitor":
            return str(self.pick(self.d["competitors"][lang]))
        if name == "street":
            return str(self.pick(city["streets"]))
        raise KeyError(name)

    def fill(self, template: str, lang: str, city: dict[str, Any]) -> str:
        """The template with only its own slots filled (a million voices: no wasted draws)."""
        return template.format(**{name: self.slot(name, lang, city) for name in _slots(template)})

    def typos(self, text: str, lang: str) -> str:
        r = self.rng
        if lang != "en" and r.random() < 0.15:
            text = text.translate(_STRIP)
        if r.random() < 0.2:
            words = text.split(" ")
            i = int(r.random() * len(words))
            w = words[i]
            if len(w) > 4:
                j = 1 + int(r.random() * (len(w) - 3))
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
        return text

    def body(self, lang: str, pillar: str, kind: str, city: dict[str, Any], n: int) -> str:
        pool = self.d["templates"][lang][pillar][kind]
        chosen = self.rng.sample(pool, min(n, len(pool)))
        # Each template a whole sentence: "…nobody rang. The printer ink…", never "rang The".
        return " ".join(_sentence(self.fill(t, lang, city)) for t in chosen)

    def compose(
        self, channel: Channel, lang: str, pillar: str, kind: str, city: dict[str, Any],
        text: str,
    ) -> tuple[str, str, str, float | None]:
        """Dress a body for its channel: returns (author, subject, text, rating)."""
        r = self.rng
        name = self.pick(self.d["names"][lang])
        # A thank-you has a thank-you's subject (one draw either way: the rest stays as seeded).
        subject = self.pick(self.d["praise_subjects"][lang] if kind == "praise"
                            else self.d["subjects"][lang][pillar])
        rating: float | None = None
        if channel is Channel.EMAIL:
            greeting = self.pick(self.d["greetings"][lang])
            parts = [greeting] if greeting else []
            parts.append(text)
            if r.random() < 0.25:
                parts.append(self.pick(self.d["streets_line"][lang]).format(
                    street=self.pick(city["streets"]), city=city["area"]))
            signature = self.pick(self.d["signatures"][lang]).format(
                name=name, phone=self.pick(self.d["phones"][lang]))
            parts.append(f"{self.pick(self.d['closings'][lang])}\n{name}")
            if r.random() < 0.5:
                parts.append(signature)
            text = "\n\n".join(parts)
        elif channel is Channel.REVIEW:
            rating = {"complaint": r.choice((1.0, 1.0, 2.0)), "question": 3.0,
                      "praise": r.choice((4.0, 5.0, 5.0))}[kind]
            first, last = name.split(" ", 1)
            name = f"{first} {last[0]}." if lang != "vi" else name
        elif channel is Channel.CHAT:
            text = self.typos(text.lower() if r.random() < 0.5 else text, lang)
            subject = ""
        else:
            if r.random() < 0.3:
                text += f"\n\n{self.pick(self.d['phones'][lang])}"
        return name, subject, text, rating


def _voices(
    data: dict[str, Any], n: int, seed: int, anchor: int, plant: bool = True
) -> Iterator[Voice]:
    rng = random.Random(seed)
    w = _Writer(data, rng)
    cities = w.cities
    planted_city = next(c for c in cities if c["area"] == PLANTED_AREA)
    planted = int(n * 0.03) if plant else 0
    pick_channel = w.chooser(_CHANNEL_WEIGHTS)
    pick_city = w.chooser([(c, c["orders"]) for c in cities])
    pick_pillar = w.chooser(_PILLAR_WEIGHTS)
    pick_kind = w.chooser(_KIND_WEIGHTS)
    for i in range(n):
        if i % 33 == 0 and i // 33 < planted:
            city, pillar, kind, lang = planted_city, PLANTED_PILLAR, "complaint", "pl"
            age = rng.random() * PLANTED_DAYS * DAY
            channel = pick_channel()
            text = w.fill(w.pick(data["planted"]["pl"]), lang, city)
        else:
            city = pick_city()
            pillar = pick_pillar()
            kind = pick_kind()
            channel = pick_channel()
            roll = rng.random()
            lang = city["lang"] if roll < 0.9 or city["lang"] == "en" else "en"
            age = (rng.random() ** 1.15) * DAYS * DAY
            if roll > 0.97 and city["lang"] != "en":
                lang = city["lang"]
                text = w.fill(w.pick(data["mixed"][lang]), lang, city)
                pillar = "delivery"
            else:
                count = 1 if channel is Channel.CHAT else rng.choice((1, 1, 2, 2, 3))
                text = w.body(lang, pillar, kind, city, count)
        author, subject, text, rating = w.compose(channel, lang, pillar, kind, city, text)
        received = anchor - DAY - int(age) + rng.randint(0, 3600)
        yield Voice(
            source=_SOURCES[channel],
            source_key=f"demo-{seed}-{i}",
            received_at=received,
            text=text,
            channel=channel,
            language=lang,
            author=author,
            subject=subject,
            pillar=pillar,
            area=city["area"],
            rating=rating,
            confidence=1.0,
            complaints=(pillar,) if kind == "complaint" and pillar != "other" else (),
        )


def _metrics(data: dict[str, Any], seed: int, anchor: int) -> list[MetricObservation]:
    rng = random.Random(seed + 1)
    out: list[MetricObservation] = []
    first = dt.datetime.fromtimestamp(anchor, dt.UTC).date() - dt.timedelta(days=DAYS)
    for city in data["cities"]:
        # Each city has its own level per metric; a few sit below target for a stretch.
        levels = {m: base + rng.uniform(-spread, spread) / 2 for m, (_, _, base, spread) in
                  METRICS.items()}
        for d in range(DAYS):
            day = first + dt.timedelta(days=d)
            orders = int(city["orders"] * rng.uniform(0.85, 1.15) * (1.15 if day.weekday() < 5
                                                                       else 0.8))
            for metric, (pillar, target, _base, spread) in METRICS.items():
                value = levels[metric] + rng.gauss(0, spread / 4)
                if city["area"] == PLANTED_AREA and metric == "on_time":
                    # The planted case: the scan says "delivered", so on-time looks great.
                    value = target + 0.008 + rng.gauss(0, 0.002)
                if city["area"] == "Ho Chi Minh City" and metric == "on_time" and d > DAYS - 20:
                    value = target - 0.03 + rng.gauss(0, 0.004)
                value = min(max(value, 0.0), 1.0)
                volume = orders if pillar != "selection" else orders * 6
                out.append(MetricObservation(pillar, metric, city["area"], day.isoformat(),
                                             round(value, 5), target, volume))
    return out


def _owners(data: dict[str, Any]) -> list[Owner]:
    leads = data["owners"]
    result = [Owner(o["name"], o["email"], o["pillar"], "") for o in leads["pillar"]]
    names = leads["area"]
    for c, city in enumerate(data["cities"]):
        lang = city["lang"]
        for p, pillar in enumerate(("price", "selection", "delivery")):
            k = c * 3 + p  # a different person for every pillar of every city
            first = names["first"][lang][k % 6]
            last = names["last"][lang][(k // 6 + k) % 6]
            email = f"{_ascii(first)}.{_ascii(last)}.{pillar}@demo.example"
            result.append(Owner(f"{first} {last}", email, pillar, city["area"]))
    return result


def _ascii(name: str) -> str:
    from chair.domain.text import fold

    return "".join(ch for ch in fold(name) if ch.isalnum())


def _escalations(db: Database, data: dict[str, Any], seed: int, anchor: int) -> int:
    """Open escalations of different ages and states, one answered with a complete COE."""
    rng = random.Random(seed + 2)
    made = 0
    plan = data["escalations"]
    for spec in plan:
        row = demo_store.latest_voice(db, spec["pillar"], spec["area"],
                                      anchor - spec["age_days"] * DAY)
        if row is None:
            continue
        vid, subject, pillar, area = row
        owner = owners.owner_for(db, pillar, area)
        opened = anchor - spec["age_days"] * DAY - rng.randint(3600, 8 * 3600)
        eid = escalations.escalate(
            db, [vid], owner_name=owner.name if owner else "", owner_email=owner.email if owner
            else "", due_at=opened + 3 * DAY, note=spec.get("note", "?"), subject=subject,
            pillar=pillar, area=area, opened_by=spec["by"], opened_at=opened,
        )
        for step, status in enumerate(spec.get("path", [])):
            escalations.set_status(db, eid, EscalationStatus(status), who=owner.name if owner
                                   else "", at=opened + (step + 1) * DAY // 2)
        if "coe" in spec:
            c = spec["coe"]
            coe_store.save(db, coe_store.Coe(
                eid, c["what_happened"], c["impact"], c["root_cause"], tuple(c["whys"]),
                c["supporting_data"], c["implications"], c["lessons"],
                submitted_at=opened + 2 * DAY))
            coe_store.add_actions(db, eid, [
                coe_store.CorrectiveAction(
                    a["description"], a["owner"], anchor + a["due_days"] * DAY,
                    anchor - DAY if a.get("done") else None)
                for a in c["actions"]])
            evidence = [("voice", vid)] + [
                ("metric", mid) for mid in demo_store.latest_metric_ids(db, pillar, area)]
            coe_store.add_evidence(db, eid, evidence)
        made += 1
    return made


def _meeting(db: Database, data: dict[str, Any], anchor: int) -> int:
    spec = data["meeting"]
    start = anchor - 8 * DAY + 9 * 3600
    mid = meetings.start_meeting(db, spec["title"], spec["attendees"], at=start)
    # What the room faced as it began, as meeting mode records it (the people sentences are
    # the interface's to write, in its language: the demo has none).
    that_day = dt.datetime.fromtimestamp(start, dt.UTC).date().isoformat()
    summaries = summarize_pillars([o for o in metrics.observations(db) if o.period <= that_day])
    meetings.add_event(db, mid, "snapshot", at=start, payload={"redacted": True, "pillars": [
        {"pillar": s.pillar, "value": s.value, "target": s.target, "people": ""}
        for s in summaries], "overdue": []})
    shown = demo_store.latest_voice_ids(db, start, 6)
    for k, vid in enumerate(shown):
        meetings.add_event(db, mid, "voice_shown", voice_id=vid, at=start + 60 * (k + 1))
    for k, decision in enumerate(spec["decisions"]):
        # Each decision is about a voice the room read: the newest of its pillar and area.
        found = demo_store.latest_voice(db, decision["pillar"], decision["area"], start)
        at = start + 600 * (k + 1)
        if found is not None:
            meetings.add_event(db, mid, "voice_shown", voice_id=found[0], at=at - 60)
        # Followed up by an owner by a day after the meeting: one due now, one done, one
        # later, so that a demo shows each state.
        did = meetings.add_event(db, mid, "decision", text=decision["text"],
                                 voice_id=found[0] if found else None, at=at,
                                 owner=decision.get("owner", ""),
                                 follow_up=start + decision.get("follow_up_days", 7) * DAY)
        if decision.get("done"):
            meetings.follow_up(db, did, at=start + 4 * DAY)
    meetings.end_meeting(db, mid, at=start + 3600)
    return 1


def create_demo(
    db: Database,
    *,
    voices: int = 2000,
    seed: int = 7,
    today: dt.date | None = None,
    batch: int = 20_000,
    progress: Callable[[int, int], None] | None = None,
    plant: bool = True,
) -> DemoResult:
    """Write the demo dataset; running it again with the same seed adds nothing new."""
    data = _load()
    anchor = _anchor(today)
    inserted = duplicates = 0
    pending: list[Voice] = []
    for voice in _voices(data, voices, seed, anchor, plant):
        pending.append(voice)
        if len(pending) >= batch:
            result = voice_store.add_voices(db, pending)
            inserted, duplicates = inserted + result.inserted, duplicates + result.duplicates
            pending.clear()
            if progress:
                progress(inserted + duplicates, voices)
    result = voice_store.add_voices(db, pending)
    inserted, duplicates = inserted + result.inserted, duplicates + result.duplicates
    try:  # (search speed only: the voices are written already)
        voice_store.settle_index(db, inserted)
    except StoreError as exc:
        log.warning("The search index was left in parts after the demo data: %s", exc)
    observations = _metrics(data, seed, anchor)
    metrics.add_observations(db, observations, source="demo")
    owner_list = _owners(data)
    owners.set_owners(db, owner_list)
    made = met = 0
    if not escalations.all_escalations(db):
        made = _escalations(db, data, seed, anchor)
        met = _meeting(db, data, anchor)
    source_store.save_state(db, "demo", {"seed": seed, "owners": [o.email for o in owner_list]},
                            at=anchor)
    return DemoResult(inserted, duplicates, len(observations), len(owner_list), made, met)


def remove_demo(db: Database) -> int:
    """Delete the demo voices, metrics and what hangs off them; the user's own data stays."""
    return demo_store.remove(db, source_store.load_state(db, "demo").get("owners", []))
