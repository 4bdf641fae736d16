"""One notion of area: the gazetteer's name for an alias or a district, an area already in
use spelled alike but for case and diacritics, else the name as written."""

from __future__ import annotations

from chair.insight.areas import canonical, known_areas, matches


def test_a_warehouse_spelling_is_the_voices_area() -> None:
    assert canonical("Da Nang") == "Đà Nẵng"
    assert canonical("LODZ") == "Łódź" and canonical("  lodz ") == "Łódź"
    assert canonical("Hai Chau") == "Đà Nẵng"  # a district is its city
    known = known_areas(["Poznań", "Gdynia"])
    assert canonical("POZNAN", known) == "Poznań"  # not in the gazetteer, but in use
    assert canonical("Sopot", known) == "Sopot" and canonical("") == ""


def test_an_area_matches_when_a_voice_or_the_gazetteer_knows_it() -> None:
    known = known_areas(["Poznań"])
    assert matches("Poznań", known) and matches("Đà Nẵng", known)
    assert not matches("DN Central", known)
