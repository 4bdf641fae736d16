"""Classifying stored voices again, after the taxonomy changed; corrections are kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chair.domain.text import NON_ASCII_LETTER
from chair.insight.areas import canonical, known_areas
from chair.insight.classification import Taxonomy, classify_voice, default_taxonomy
from chair.store import areas as area_store
from chair.store import twins
from chair.store import voices as voice_store

if TYPE_CHECKING:
    from chair.store.db import Database

BATCH = 5000


def reclassify_all(db: Database, taxonomy: Taxonomy | None = None,
                   progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """(voices seen, voices changed). Demo voices keep their written-in classification."""
    tax = taxonomy or default_taxonomy()
    seen = changed = 0
    last = 0
    while batch := voice_store.by_id_from(db, last, BATCH):
        unread = voice_store.complaints_unread(db, [v.id for v in batch if v.id is not None])
        last = batch[-1].id or last
        updates = []
        for voice in batch:
            if voice.source.startswith("demo:"):
                continue
            new = classify_voice(voice, tax)
            if (new.pillar, new.pillars, new.area, new.language, new.complaints) != (
                voice.pillar, voice.pillars, voice.area, voice.language, voice.complaints
            ) or voice.id in unread:
                updates.append((voice.id or 0, str(new.pillar), new.pillars, new.area,
                                new.language, new.confidence, dict(new.meta), new.complaints))
        voice_store.update_classification(db, updates)
        seen += len(batch)
        changed += len(updates)
        if progress:
            progress(seen)
    # Voices stored before chair kept each text's twin join their groups (store.twins).
    twins.group_stored(db)
    # Metrics and owners stored as a file spelled their areas: named as the voices are.
    name_stored(db, tax)
    return seen, changed


def name_stored(db: Database, taxonomy: Taxonomy | None = None) -> tuple[int, int]:
    """Every stored area named as chair names it now: metrics and owners stored as a file
    spelled them (before chair canonicalised them, before an alias was added, or before
    the voices that name the place came), and voices of one place spelled two ways.
    Returns (metric observations, owners) moved."""
    tax = taxonomy or default_taxonomy()
    used = area_store.in_use(db)
    # Of the spellings of one place the voices use (the gazetteer's aside), the one most
    # voices use is its name, the one with diacritics where as many do: "Hai Phong" in one
    # source is the "Hải Phòng" of another.
    spelled = sorted((a for a, (voices, _, _) in used.items() if voices),
                     key=lambda a: (-used[a][0], not NON_ASCII_LETTER.search(a), a))
    known = known_areas(spelled)
    metrics = owners = 0
    for area in used:
        named = canonical(area, known, tax)
        if named != area:
            _, m, o = area_store.rename(db, area, named)
            metrics, owners = metrics + m, owners + o
    return metrics, owners

