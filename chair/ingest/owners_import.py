"""The owners directory from a CSV file: who answers for which pillar in which area."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from chair.domain.errors import SourceUnreadable
from chair.domain.model import Owner
from chair.domain.text import fold
from chair.ingest.delimited import sniff_dialect, sniff_encoding
from chair.ingest.metrics_import import PILLAR_NAMES
from chair.insight.areas import canonical, known_areas
from chair.store import owners
from chair.store import voices as voice_store

if TYPE_CHECKING:
    from chair.store.db import Database


def import_owners(db: Database, path: Path) -> int:
    """Columns name, email, pillar and area (empty area: every area of that pillar). The same
    pillar and area again replaces the owner."""
    data = path.read_bytes()
    text = data.decode(sniff_encoding(data[:65536]), errors="replace").lstrip("\ufeff")
    delimiter, _ = sniff_dialect(text[:65536])
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise SourceUnreadable(f"{path.name} is empty")
    header = [fold(h.strip()) for h in rows[0]]
    try:
        name, email, pillar = (header.index(k) for k in ("name", "email", "pillar"))
    except ValueError:
        raise SourceUnreadable(
            f"{path.name} needs the columns name, email, pillar (and area)") from None
    area = header.index("area") if "area" in header else None
    # The same notion of area as the voices' (chair.insight.areas): "Lodz" owns "Łódź".
    known = known_areas(voice_store.counts_by(db, "area"))
    found = []
    for row in rows[1:]:
        if len(row) <= max(name, email, pillar):
            continue
        key = PILLAR_NAMES.get(fold(row[pillar].strip()))
        if key is None or not row[name].strip():
            continue
        where = canonical(row[area], known) if area is not None and area < len(row) else ""
        found.append(Owner(row[name].strip(), row[email].strip(), key, where))
    return owners.set_owners(db, found)
