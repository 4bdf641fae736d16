"""The store's voices on both backends: the embedded SQLite file and a team store on a real
PostgreSQL server (tests/pgserver.py) give the same answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chair.domain.errors import ChairError
from chair.domain.model import Voice, VoiceFilter
from chair.store import connect, pg
from chair.store import voices as store
from chair.store.db import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path: Path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        database = connect(tmp_path / "chair.db")
    else:
        url, password = request.getfixturevalue("team_store")
        database = pg.connect(url, password)
    try:
        yield database
    finally:
        database.close()


def _voice(key: str, text: str, at: int, **fields: object) -> Voice:
    return Voice(source="reviews.csv", source_key=key, received_at=at, text=text,
                 **fields)  # type: ignore[arg-type]


VOICES = [
    _voice("r1", "Paczka do Łodzi szła tydzień, kurier nie dzwonił", 1_700_000_000,
           subject="Łódź", language="pl", pillar="delivery", area="Łódź"),
    _voice("r2", "Giao hàng chậm quá, đặt một tuần chưa thấy", 1_700_000_100, language="vi",
           pillar="delivery"),
    _voice("r3", "The delivery was late and the box was crushed", 1_700_000_200,
           language="en", pillar="delivery"),
    _voice("r4", "Too expensive: 30% more than last week for the same printer ink",
           1_700_000_300, language="en", pillar="price"),
    _voice("r5", "Delivered on time, thanks", 1_700_000_400, language="en", pillar="other"),
]


def _keys(voices: list[Voice]) -> list[str]:
    return [v.source_key for v in voices]


def test_voices_are_written_once_however_often_they_are_imported(db: Database) -> None:
    first = store.add_voices(db, VOICES)
    again = store.add_voices(db, [*VOICES[2:], _voice("r6", "New one", 1_700_000_500)])
    assert (first.inserted, first.duplicates) == (5, 0)
    assert (again.inserted, again.duplicates) == (1, 3)
    assert store.count(db) == 6
    assert store.counts_by(db, "pillar") == {"delivery": 3, "other": 2, "price": 1}


def test_pages_come_newest_first_and_go_on_where_they_stopped(db: Database) -> None:
    store.add_voices(db, VOICES)
    first = store.page(db, limit=2)
    assert _keys(first) == ["r5", "r4"]
    rest = store.page(db, after=(first[-1].received_at, first[-1].id or 0), limit=10)
    assert _keys(rest) == ["r3", "r2", "r1"]
    shown = store.page(db, VoiceFilter(pillars=("delivery",)), limit=10, preview=True)
    assert _keys(shown) == ["r3", "r2", "r1"] and shown[0].text.startswith("The delivery")


@pytest.mark.parametrize(("query", "found"), [
    ("lodz", ["r1"]),              # the subject "Łódź", typed without its marks
    ("łódź kurier", ["r1"]),       # every word must be there
    ("giao hang", ["r2"]),         # Vietnamese typed without tones
    ("deliv", ["r5", "r3"]),       # the last word as typed so far: a prefix
    ("delivery late", ["r3"]),
    ("30%", ["r4"]),
    ("zebra", []),
    ('"*', []),                    # only symbols: nothing can match
])
def test_search_finds_the_same_voices_on_both_stores(db: Database, query: str,
                                                     found: list[str]) -> None:
    store.add_voices(db, VOICES)
    flt = VoiceFilter(query=query)
    assert _keys(store.page(db, flt, limit=10)) == found
    assert store.count_matching(db, flt) == len(found)


def test_voices_added_since_a_point_are_found_under_a_search(db: Database) -> None:
    store.add_voices(db, VOICES[:3])
    mark = store.last_id(db)
    store.add_voices(db, VOICES[3:])
    assert _keys(store.added_since(db, mark)) == ["r4", "r5"]
    assert _keys(store.added_since(db, mark, VoiceFilter(query="deliv"))) == ["r5"]


def test_a_team_store_opens_again_without_redoing_its_schema(team_store) -> None:  # type: ignore[no-untyped-def]
    url, password = team_store
    pg.connect(url, password).close()
    again = pg.connect(url, password)
    assert pg.schema_version(again) == pg.SCHEMA_VERSION
    assert again.execute("SELECT count(*) FROM chair_schema").fetchone()[0] == 1
    again.close()


def test_a_team_store_address_never_carries_its_password(team_store) -> None:  # type: ignore[no-untyped-def]
    url, password = team_store
    with pytest.raises(ChairError, match="keyring"):
        pg.connect(url.replace("@", f":{password}@"), None)
    with pytest.raises(ChairError, match="does not name"):
        pg.connect("postgresql://someone@127.0.0.1:5432/", password)
    with pytest.raises(ChairError, match="Cannot reach"):
        pg.connect(url, "not the password")
