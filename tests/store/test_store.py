"""The store: migrations, idempotent writes, search folding, keyset paging, rollups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from chair.domain.errors import NewerSchema
from chair.domain.model import Voice, VoiceFilter
from chair.store import SCHEMA_VERSION, connect, data_version, schema_version
from chair.store import voices as store

TABLES = {
    "voices", "voices_fts", "voice_counts", "rejects", "metrics", "owners", "escalations",
    "escalation_voices", "escalation_history", "coe", "coe_evidence", "actions", "meetings",
    "meeting_events", "source_state", "imports",
}


def voice(key: str, text: str = "hello", at: int = 1_700_000_000, **kw: object) -> Voice:
    return Voice(source="test", source_key=key, received_at=at, text=text, **kw)  # type: ignore[arg-type]


def test_a_new_file_gets_every_table_and_reopens_at_the_same_version(db_path: Path) -> None:
    db = connect(db_path)
    assert set(db.table_names()) >= TABLES
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    again = connect(db_path)
    assert schema_version(again) == SCHEMA_VERSION
    assert set(again.table_names()) >= TABLES


def test_a_database_from_a_newer_chair_is_refused_clearly(db_path: Path) -> None:
    connect(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.close()
    with pytest.raises(NewerSchema, match="newer chair"):
        connect(db_path)


def test_a_failed_migration_leaves_the_old_version(db_path: Path, monkeypatch) -> None:
    from chair.store import migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", ("CREATE TABLE a (x);\nCREATE TABLE a (x);",))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    with pytest.raises(sqlite3.OperationalError):
        connect(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 0
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'a'").fetchone()[0] == 0


def test_writing_the_same_voices_twice_adds_nothing(db_path: Path) -> None:
    db = connect(db_path)
    batch = [voice(f"k{i}", f"text {i}") for i in range(10)]
    first = store.add_voices(db, batch)
    second = store.add_voices(db, [*batch, voice("k10", "new one")])
    assert (first.inserted, first.duplicates) == (10, 0)
    assert (second.inserted, second.duplicates) == (1, 10)
    assert store.count(db) == 11
    assert db.execute("SELECT count(*) FROM voices").fetchone()[0] == 11


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Paczka do Łodzi nie dotarła, Łódź", "lodz"),
        ("Giao hàng về Đà Nẵng quá chậm", "da nang"),
        ("Giao hàng chậm quá", "giao hang"),
        ("Kraków, ul. Długa", "KRAKOW"),
        ("livraison très en retard", "tres"),
    ],
)
def test_search_ignores_case_and_diacritics(db_path: Path, written: str, typed: str) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice("a", written), voice("b", "something else entirely")])
    found = store.search(db, typed)
    assert [v.text for v in found] == [written]


def test_search_finds_words_by_prefix_as_you_type_and_survives_syntax(db_path: Path) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice("a", "the delivery was late"), voice("b", "great prices")])
    assert [v.source_key for v in store.search(db, "deliv")] == ["a"]
    assert store.search(db, 'late" OR (') == []
    assert [v.source_key for v in store.search(db, 'delivery" late')] == ["a"]


@pytest.mark.parametrize("typed", ['"', "*", "(", " - ", "«»"])
def test_a_query_of_symbols_only_matches_nothing_rather_than_everything(
    db_path: Path, typed: str
) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice("a", "the delivery was late"), voice("b", "great prices")])
    assert store.search(db, typed) == []
    assert store.added_since(db, 0, VoiceFilter(query=typed)) == []
    assert len(store.page(db, VoiceFilter(query="  "))) == 2  # a blank box shows everything


def test_search_returns_newest_first(db_path: Path) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice(f"k{i}", "parcel late", at=1_700_000_000 + (i * 7919) % 1000)
                          for i in range(30)])
    found = store.search(db, "parcel", limit=30)
    times = [v.received_at for v in found]
    assert times == sorted(times, reverse=True) and len(found) == 30


@pytest.mark.parametrize("query", ["", "parcel"])
def test_keyset_pages_stay_stable_while_new_voices_arrive(db_path: Path, query: str) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice(f"old{i}", "parcel late", at=1_700_000_000 + i // 3)
                          for i in range(100)])
    flt = VoiceFilter(query=query)
    first = store.page(db, flt, limit=40)
    # Newer voices arrive between two pages, as they do while someone scrolls.
    store.add_voices(db, [voice(f"new{i}", "parcel late", at=1_800_000_000) for i in range(25)])
    after = (first[-1].received_at, first[-1].id or 0)
    rest: list[Voice] = []
    while chunk := store.page(db, flt, after=after, limit=40):
        rest.extend(chunk)
        after = (chunk[-1].received_at, chunk[-1].id or 0)
    keys = [v.source_key for v in first + rest]
    assert len(keys) == len(set(keys)) == 100
    assert all(k.startswith("old") for k in keys)


def test_filters_combine(db_path: Path) -> None:
    db = connect(db_path)
    store.add_voices(db, [
        voice("1", "late parcel", pillar="delivery", area="Łódź", language="pl"),
        voice("2", "late parcel", pillar="delivery", area="Paris", language="fr"),
        voice("3", "too expensive", pillar="price", area="Łódź", language="pl"),
    ])
    only = store.page(db, VoiceFilter(pillars=("delivery",), areas=("Łódź",)))
    assert [v.source_key for v in only] == ["1"]
    searched = store.page(db, VoiceFilter(query="late", languages=("fr",)))
    assert [v.source_key for v in searched] == ["2"]


def test_rollup_follows_inserts_corrections_and_deletes(db_path: Path) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice(f"k{i}", pillar="delivery", area="Lyon") for i in range(5)])
    assert store.counts_by(db, "pillar") == {"delivery": 5}
    db.execute("UPDATE voices SET pillar = 'price' WHERE source_key = 'k0'")
    db.execute("DELETE FROM voices WHERE source_key = 'k1'")
    assert store.counts_by(db, "pillar") == {"delivery": 3, "price": 1}
    assert store.counts_by(db, "area") == {"Lyon": 4}
    # The search index follows too: a deleted voice is no longer found.
    assert len(store.search(db, "hello", limit=10)) == 4


def test_data_version_tells_a_reader_that_another_connection_wrote(db_path: Path) -> None:
    reader = connect(db_path)
    writer = connect(db_path)
    before = data_version(reader)
    assert data_version(reader) == before
    store.add_voices(writer, [voice("x")])
    assert data_version(reader) != before


def test_added_since_brings_only_new_matching_voices(db_path: Path) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice("a", "parcel late")])
    mark = store.last_id(db)
    store.add_voices(db, [voice("b", "parcel lost"), voice("c", "price high")])
    assert [v.source_key for v in store.added_since(db, mark)] == ["b", "c"]
    assert [v.source_key for v in store.added_since(db, mark, VoiceFilter(query="parcel"))] == ["b"]
    # A new voice dated before every other one is new all the same; nothing new, nothing.
    mark = store.last_id(db)
    store.add_voices(db, [voice("old", "parcel from 2001", at=1_000_000_000)])
    assert [v.source_key for v in store.added_since(db, mark, VoiceFilter(query="parc"))] == [
        "old"]
    assert store.added_since(db, store.last_id(db), VoiceFilter(query="parcel")) == []


def test_a_database_of_an_older_schema_upgrades_in_place(db_path: Path, monkeypatch) -> None:
    from chair.store import migrations

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        patch.setattr(migrations, "SCHEMA_VERSION", 1)
        patch.setattr(store, "add_terms", lambda db, terms: None)  # no vocabulary then
        patch.setattr(store.twins, "firsts", lambda db, twins: {})  # nor copies of one text
        patch.setattr(store.twins, "group", lambda db, new, heads: 0)
        old = connect(db_path)
        # (The writer of today writes each voice's twin, copy_of and complaints; upgrading
        # keeps the columns it finds.)
        old.execute("ALTER TABLE voices ADD COLUMN twin INTEGER")
        old.execute("ALTER TABLE voices ADD COLUMN copy_of INTEGER")
        old.execute("ALTER TABLE voices ADD COLUMN complaints TEXT")
        store.add_voices(old, [voice("kept", "Paczka z Łodzi")])
        assert schema_version(old) == 1
        old.close()
    upgraded = connect(db_path)
    assert schema_version(upgraded) == SCHEMA_VERSION >= 2
    assert [v.source_key for v in store.search(upgraded, "lodzi")] == ["kept"]
    # The vocabulary of prefix search is made from the index the older chair wrote.
    assert store.match_expression("lodz", upgraded) == '"lodzi"'
    assert [v.source_key for v in store.search(upgraded, "pacz")] == ["kept"]
    setting = upgraded.execute("SELECT v FROM voices_fts_config WHERE k = 'automerge'").fetchone()
    assert setting == (16,)


def test_voices_stored_undated_at_their_import_time_move_to_unknown_on_upgrade(
    db_path: Path,
) -> None:
    db = connect(db_path)
    store.add_voices(db, [voice("dated", "parcel late", at=1_700_000_000),
                          voice("undated", "parcel lost", at=1_800_000_000,
                                flags=Voice.DATE_UNREADABLE)])
    db.execute("UPDATE voices SET received_at = 1800000000 WHERE source_key = 'undated'")
    db.execute("PRAGMA user_version = 2")  # as an earlier chair left it
    db.close()
    db = connect(db_path)
    assert [v.source_key for v in store.page(db)] == ["dated", "undated"]
    assert [v.source_key for v in store.search(db, "parcel")] == ["dated", "undated"]
    assert [v.source_key for v in store.search(db, "lost")] == ["undated"]
    assert db.execute("SELECT sum(n) FROM voice_counts WHERE day > 0").fetchone()[0] == 1


def test_a_bulk_write_settles_the_index_and_every_search_finds_the_same(db_path: Path) -> None:
    db = connect(db_path)
    for batch in range(12):  # an import's batches: a segment of the index each
        store.add_voices(db, [voice(f"b{batch}-{k}", f"parcel {k} late from Łódź batch{batch}",
                                    at=1_700_000_000 + 100 * batch + k) for k in range(40)])
    queries = ["parcel", "lodz", "late parc", "batch1", "batch"]
    before = [[v.source_key for v in store.page(db, VoiceFilter(query=q), limit=500)]
              for q in queries]
    assert store.settle_index(db, 480)
    after = [[v.source_key for v in store.page(db, VoiceFilter(query=q), limit=500)]
             for q in queries]
    assert after == before and len(after[0]) == 480
    # A small write into a large store leaves the index as it is.
    store.add_voices(db, [voice("one-more", "parcel lost", at=1_800_000_000)])
    assert not store.settle_index(db, 1)
    assert store.search(db, "parcel")[0].source_key == "one-more"
