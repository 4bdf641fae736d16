"""Noticing on chair's own: spikes of voices per pillar and area, and new recurring phrases,
found over the store and logged with their evidence (chair.store.detections)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chair.domain.detection import Detection
from chair.domain.model import VoiceFilter
from chair.insight import detect
from chair.store import detections as detection_store
from chair.store import voices as voice_store

if TYPE_CHECKING:
    from chair.store.db import Database

DAY = 86400
PHRASE_VOICES_READ = 5000  # the newest texts of the recent days read for phrases
EVIDENCE = 3
BASELINE_SAMPLE = 20_000  # texts of the weeks before read for phrases, evenly spread


@dataclass(frozen=True, slots=True)
class Run:
    """What one look found: every detection it logged, and which of them are new."""

    found: tuple[Detection, ...]
    new: tuple[int, ...]


def run(db: Database, now: int | None = None) -> Run:
    """Look for spikes and new phrases as of `now` and log what is found."""
    now = int(time.time()) if now is None else now
    today = now // DAY
    logged: list[tuple[int, bool]] = []
    first = today - detect.RECENT_DAYS - detect.BASELINE_DAYS + 1
    for s in detect.spikes(voice_store.counts_per_day(db, first), today):
        evidence = voice_store.examples(db, s.pillar, s.area, s.first_day * DAY,
                                        (s.last_day + 1) * DAY, EVIDENCE)
        logged.append(detection_store.log(
            db, "spike", f"{s.pillar}|{s.area}", pillar=s.pillar, area=s.area,
            recent=s.recent, expected=s.expected,
            evidence=tuple(v.id for v in evidence if v.id is not None), now=now))
    since = now - detect.PHRASE_DAYS * DAY
    recent = voice_store.page(db, VoiceFilter(since=since, until=now + 1), None,
                              PHRASE_VOICES_READ)
    before, scale = voice_store.sample_texts(
        db, since - detect.PHRASE_BASELINE_DAYS * DAY, since, BASELINE_SAMPLE)
    texts = [(v.id, v.author, v.text, v.copies) for v in recent if v.id is not None]
    for p in detect.recurring_phrases(texts, before, scale):
        logged.append(detection_store.log(
            db, "phrase", p.key, words=p.words, recent=p.recent, expected=float(p.before),
            evidence=p.voice_ids[:EVIDENCE], now=now))
    found = tuple(d for d in (detection_store.get(db, i) for i, _ in logged) if d is not None)
    return Run(found, tuple(i for i, new in logged if new))
