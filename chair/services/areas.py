"""One notion of area, as a user keeps it: the areas in use and whether each matches a
voice or a known place; a spelling mapped to an area once, kept in the user's taxonomy file
(so every later import reads it so) and applied to what is stored."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chair.domain.errors import ChairError
from chair.insight.areas import canonical, key, known_areas
from chair.insight.classification import default_taxonomy, use_taxonomy_file
from chair.store import areas as area_store

if TYPE_CHECKING:
    from chair.store.db import Database


@dataclass(frozen=True, slots=True)
class AreaUse:
    area: str
    voices: int
    metrics: int
    owners: int
    known: bool  # a voice's area or a place of the gazetteer


def areas(db: Database) -> list[AreaUse]:
    """Every area named anywhere; those matching nothing first."""
    used = area_store.in_use(db)
    voice_areas = known_areas(a for a, (v, _, _) in used.items() if v)
    tax = default_taxonomy()
    out = [AreaUse(a, v, m, o, key(a) in voice_areas or bool(tax.area_of_hint(a)))
           for a, (v, m, o) in used.items()]
    return sorted(out, key=lambda u: (u.known, u.area))


def map_spelling(db: Database, spelling: str, area: str, taxonomy_file: Path
                 ) -> tuple[str, tuple[int, int, int]]:
    """`spelling` is `area` from now on: an alias in the user's taxonomy file (created if
    there is none), and every stored row of that spelling moved. Returns the area as chair
    names it and (voices, metrics, owners) moved."""
    spelling, target = " ".join(spelling.split()), " ".join(area.split())
    if not spelling or not target:
        raise ChairError("`chair areas map` needs a spelling and the area it stands for.")
    target = canonical(target, known_areas(area_store.in_use(db)))
    try:
        data = json.loads(taxonomy_file.read_text(encoding="utf-8")) \
            if taxonomy_file.is_file() else {}
    except ValueError as exc:
        raise ChairError(f"{taxonomy_file} is not readable JSON: {exc}") from exc
    aliases = data.setdefault("areas", {}).setdefault(target, [])
    if spelling not in aliases:
        aliases.append(spelling)
    taxonomy_file.parent.mkdir(parents=True, exist_ok=True)
    taxonomy_file.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    use_taxonomy_file(taxonomy_file)
    default_taxonomy.cache_clear()  # read again, with the new alias
    moved = [0, 0, 0]
    for stored in area_store.in_use(db):  # "LODZ", "Lodz ": every way it is stored
        if key(stored) == key(spelling) and stored != target:
            for k, n in enumerate(area_store.rename(db, stored, target)):
                moved[k] += n
    return target, (moved[0], moved[1], moved[2])
