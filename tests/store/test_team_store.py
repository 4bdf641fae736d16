"""The store's voices on both backends: the embedded SQLite file and a team store on a real
PostgreSQL server (tests/pgserver.py) give the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair.domain.errors import ChairError, NewerSchema
from chair.domain.model import Voice, VoiceFilter
from chair.store import connect, pg
from chair.store import voices as store
from chair.store.db import Database


@pytest.fixture
def db(any_store: Database) -> Database:
    return any_store


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
    again.execute("UPDATE chair_schema SET version = ?", [pg.SCHEMA_VERSION + 1])
    again.close()
    with pytest.raises(NewerSchema, match="newer chair"):  # refused, never changed
        pg.connect(url, password)


def test_a_team_store_address_never_carries_its_password(team_store) -> None:  # type: ignore[no-untyped-def]
    url, password = team_store
    with pytest.raises(ChairError, match="keyring"):
        pg.connect(url.replace("@", f":{password}@"), None)
    with pytest.raises(ChairError, match="does not name"):
        pg.connect("postgresql://someone@127.0.0.1:5432/", password)
    with pytest.raises(ChairError, match="Cannot reach"):
        pg.connect(url, "not the password")


def test_the_demo_and_the_dashboard_give_the_same_answers_on_both_stores(
    team_store, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The whole demo (voices, metrics, owners, escalations, a meeting) written to each
    store reads back the same: counts, pillar summaries, disagreements, escalations, and
    what a search finds."""
    from chair.ingest.demo import create_demo
    from chair.services import dashboard
    from chair.store import escalations

    url, password = team_store
    stores = [connect(tmp_path / "chair.db"), pg.connect(url, password)]

    def answers(db: Database) -> tuple[object, ...]:
        stats = dashboard.stats(db)
        summaries = [(s.pillar, s.metric, round(s.value, 9), s.affected,
                      [(a.area, round(a.value, 9)) for a in s.areas])
                     for s in dashboard.pillar_summaries(db)]
        disagreements = [(d.pillar, d.area, d.metric, d.voices_recent)
                         for d in dashboard.disagreements(db)]
        opened = [(e.owner_name, str(e.status), e.subject, e.due_at, e.overdue_actions)
                  for e in escalations.open_escalations(db)]
        found = {q: [v.source_key for v in store.search(db, q, 20)]
                 for q in ("lodz", "giao hang", "deliv", "kurier", "colis")}
        return (stats.voices, stats.languages, stats.pillars, stats.areas,
                stats.escalations_open, stats.metric_observations, summaries, disagreements,
                opened, found)

    try:
        made = [create_demo(db, voices=1500) for db in stores]
        assert made[0] == made[1]
        local, team = (answers(db) for db in stores)
        assert team == local
        assert local[0] == 1500 and all(local[-1].values())  # type: ignore[union-attr]
    finally:
        for db in stores:
            db.close()


def test_the_command_line_signs_in_to_a_team_store_and_works_on_it(team_store) -> None:  # type: ignore[no-untyped-def]
    """`chair team login` checks the password and keeps it in the system keyring (the tests'
    own gnome-keyring); every command then opens the store with `--db postgresql://…`."""
    import json
    import subprocess
    import sys

    url, password = team_store

    def chair(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "chair", *args], input=stdin,
                              capture_output=True, text=True, timeout=120)

    refused = chair("--db", url, "stats")
    assert refused.returncode == 2 and "No password is stored" in refused.stderr
    wrong = chair("team", "login", url, "--password-stdin", stdin="not it\n")
    assert wrong.returncode == 2 and "Cannot reach the team database" in wrong.stderr
    signed = chair("team", "login", url, "--password-stdin", stdin=f"{password}\n")
    assert signed.returncode == 0, signed.stderr
    assert password not in signed.stdout + signed.stderr
    assert chair("--db", url, "demo", "--voices", "300").returncode == 0
    stats = json.loads(chair("--db", url, "stats", "--json").stdout)
    assert stats["voices"] == 300 and stats["escalations_open"] > 0
    found = json.loads(chair("--db", url, "search", "lodz", "--json").stdout)
    assert found and all("Łódź" in v["area"] + v["text"] + v["subject"] for v in found)
    removed = chair("--db", url, "demo", "--remove")
    assert removed.returncode == 0 and "300 voices" in removed.stdout
    assert json.loads(chair("--db", url, "stats", "--json").stdout)["voices"] == 0
    assert chair("team", "logout", url).returncode == 0
    assert "No password is stored" in chair("--db", url, "stats").stderr


def test_every_corpus_file_imports_the_same_into_a_team_store_and_only_once(
    team_store, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The shared corpora (exports and mail nobody here wrote) through `run_import` into each
    store: the same voices, rejects and counts; imported again, nothing new."""
    from chair.ingest.run import run_import
    from tests.helpers import corpus_files

    sources = [str(p) for p in corpus_files("voices") + corpus_files("email")]
    url, password = team_store
    local, team = connect(tmp_path / "chair.db"), pg.connect(url, password)

    def content(db: Database) -> tuple[object, ...]:
        voices = db.execute("SELECT source_key, received_at, pillar, area, language, text "
                            "FROM voices ORDER BY source_key").fetchall()
        rejects = db.execute("SELECT source, location, reason FROM rejects "
                             "ORDER BY source, location").fetchall()
        return [tuple(v) for v in voices], [tuple(r) for r in rejects], store.counts_by(
            db, "area")

    try:
        one, two = (run_import(sources, db, workers=0) for db in (local, team))
        assert (two.imported, two.duplicates, two.rejected) == (
            one.imported, one.duplicates, one.rejected)
        assert one.imported > 100
        assert content(team) == content(local)
        again = run_import(sources, team, workers=0)
        assert again.imported == 0 and again.duplicates == one.imported + one.duplicates
        assert store.count(team) == one.imported
    finally:
        local.close()
        team.close()


def test_searches_page_the_same_whether_the_newest_voices_hold_a_page_or_not(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A team store's search reads the newest voices first and asks the word index only
    when they do not hold a page: the pages are the same either way, on both stores."""
    monkeypatch.setattr(store, "PG_WINDOW", 5)
    store.add_voices(db, [_voice(f"p{k}", f"parcel number {k} late" + (" kurier" if k < 2 else ""),
                                 1_700_000_000 + k * 60) for k in range(20)])
    pages, after = [], None
    while chunk := store.page(db, VoiceFilter(query="parcel"), after=after, limit=3):
        pages.append(_keys(chunk))
        after = (chunk[-1].received_at, chunk[-1].id or 0)
    assert pages[0] == ["p19", "p18", "p17"] and sum(len(p) for p in pages) == 20
    assert [k for p in pages for k in p] == [f"p{k}" for k in range(19, -1, -1)]
    assert _keys(store.page(db, VoiceFilter(query="kurier"), limit=3)) == ["p1", "p0"]
    assert _keys(store.page(db, VoiceFilter(query="late kur"), limit=1)) == ["p1"]
