"""One notion of area for voices, metrics, owners and filters: a metrics file from a data
warehouse writes "Da Nang" or "LODZ" where the voices say "Đà Nẵng" and "Łódź". Every area
goes through the same canonicalisation: the gazetteer's name for an alias or a district
(taxonomy.json "areas", extended by the user's own file), else an area already known spelled
the same but for case and diacritics, else the name as written, trimmed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from chair.domain.text import fold
from chair.insight.classification import Taxonomy, default_taxonomy


def key(area: str) -> str:
    """What two spellings of one area share: its words folded ("Łódź " -> "lodz")."""
    return " ".join(fold(area).split())


def known_areas(areas: Iterable[str]) -> dict[str, str]:
    """key -> spelling, for areas already in use (the first spelling of each wins)."""
    out: dict[str, str] = {}
    for area in areas:
        if area and area.strip():
            out.setdefault(key(area), area.strip())
    return out


def canonical(area: str, known: Mapping[str, str] | None = None,
              taxonomy: Taxonomy | None = None) -> str:
    """The one name of `area` (see the module); "" stays ""."""
    value = " ".join(area.split())
    if not value:
        return ""
    tax = taxonomy or default_taxonomy()
    named = tax.area_of_hint(value)  # an alias, or a district or place inside the name
    if named:
        return named
    found = (known or {}).get(key(value))
    if found:
        return found
    return value


def matches(area: str, known: Mapping[str, str], taxonomy: Taxonomy | None = None) -> bool:
    """Whether a canonical area is a known one or a place of the gazetteer."""
    tax = taxonomy or default_taxonomy()
    return not area or key(area) in known or bool(tax.area_of_hint(area))
