"""Voices that are one customer-written text (the same words, each with its own order
number) are one voice in the feed with how many there are, and count once in the figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chair.domain.model import VoiceFilter
from chair.domain.text import twin_of
from chair.ingest.run import run_import
from chair.store import connect, escalations, removal
from chair.store import voices as store

TEMPLATE = ("Hello, my order {n} from last week still has not arrived and the tracking page "
            "has said out for delivery for five days now.")


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("date,city,message\n" + "".join(
        f'{day},Kraków,"{text}"\n' for day, text in rows), encoding="utf-8")
    return path


def test_the_same_words_with_other_numbers_are_one_text_and_short_ones_are_not() -> None:
    assert twin_of(TEMPLATE.format(n=48213)) == twin_of(TEMPLATE.format(n="#50017").upper())
    assert twin_of(TEMPLATE.format(n=1)) != twin_of(TEMPLATE.format(n=1).replace("five", "six"))
    # Many customers write "Fast delivery, thanks!" on their own: never one text.
    assert twin_of("Fast delivery, thanks!") is None


@pytest.fixture
def three_copies(store_at, tmp_path: Path):  # type: ignore[no-untyped-def]
    rows = [("2026-11-30", TEMPLATE.format(n=n)) for n in (48213, 50017, 51200)]
    rows += [("2026-12-01", "Fast delivery, thanks!")] * 2
    rows += [("2026-12-01", "Parcel came two days early and the courier was kind, great job "
                            "everyone involved.")]
    result = run_import([str(_write(tmp_path / "voices.csv", rows))], store_at())
    assert result.imported == 6
    return store_at


def test_near_identical_complaints_are_one_voice_shown_with_their_number(three_copies) -> None:
    db = three_copies()
    feed = store.page(db)
    assert sorted(v.copies for v in feed) == [1, 1, 1, 3]
    [grouped] = [v for v in feed if v.copies == 3]
    assert "48213" in grouped.text  # the first one stands for them
    assert store.count_matching(db, VoiceFilter()) == 4
    assert [v.copies for v in store.search(db, "tracking")] == [3]
    # Counted once in the figures; every voice is still stored and counted as stored.
    day = (dt.date(2026, 11, 30) - dt.date(1970, 1, 1)).days
    assert sum(n for d, *_, n in store.counts_per_day(db, 0) if d == day) == 1
    assert (store.count(db), store.copies(db)) == (6, 2)


def test_removing_the_first_voice_leaves_the_next_to_stand_for_the_rest(three_copies) -> None:
    db = three_copies()
    [grouped] = [v for v in store.page(db) if v.copies == 3]
    assert grouped.id is not None
    removal.remove_voice(db, grouped.id)
    [left] = [v for v in store.page(db) if "tracking" in v.text]
    assert left.copies == 2 and "50017" in left.text
    assert (store.count(db), store.copies(db)) == (5, 1)
    assert sum(n for *_, n in store.counts_per_day(db, 0)) == 4


def test_an_upgraded_store_groups_its_voices_when_reclassified(tmp_path: Path) -> None:
    from chair.ingest.reclassify import reclassify_all

    path = tmp_path / "chair.db"
    run_import([str(_write(tmp_path / "v.csv", [("2026-11-30", TEMPLATE.format(n=n))
                                                for n in (1, 2, 3)]))], connect(path))
    db = connect(path)
    # As an earlier chair left it: no twins, no copies, every voice counted as a text.
    db.execute("UPDATE voices SET twin = NULL, copy_of = NULL, copies = 1")
    db.execute("DELETE FROM copy_counts")
    assert [v.copies for v in store.page(db)] == [1, 1, 1]
    # A voice of the same text imported after the upgrade: grouped on its own at first.
    run_import([str(_write(tmp_path / "w.csv", [("2026-12-01", TEMPLATE.format(n=4))]))], db)
    reclassify_all(db)
    assert [v.copies for v in store.page(db)] == [4]
    # The voice that stood for the text since the upgrade still does (the feed row does not
    # jump back in time); the older ones are its copies.
    assert "my order 4 from" in store.page(db)[0].text
    assert sum(n for *_, n in store.counts_per_day(db, 0)) == 1
    assert (store.count(db), store.copies(db)) == (4, 3)


def test_a_voice_behind_a_question_mark_stands_on_its_own(three_copies) -> None:
    db = three_copies()
    copy_id = db.execute("SELECT id FROM voices WHERE copy_of IS NOT NULL ORDER BY id"
                         ).fetchone()[0]
    escalations.escalate(db, [copy_id], owner_name="Ola", due_at=2_000_000_000)
    shown = {v.id: v.copies for v in store.page(db) if "tracking" in v.text}
    assert sorted(shown.values()) == [1, 2] and shown[copy_id] == 1
    assert store.copies(db) == 1
    day = (dt.date(2026, 11, 30) - dt.date(1970, 1, 1)).days
    assert sum(n for d, *_, n in store.counts_per_day(db, 0) if d == day) == 2
