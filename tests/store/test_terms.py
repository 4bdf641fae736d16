"""Prefix search answered from the index's vocabulary: the same voices as FTS5's own prefix
query, on texts nobody here wrote."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from chair.domain.model import Voice, VoiceFilter
from chair.domain.text import fold
from chair.store import connect
from chair.store import terms as vocabulary
from chair.store import voices as store
from chair.store.db import search_text
from chair.store.migrations import ID_MASK
from tests.helpers import corpus_pieces


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return [search_text(None, None, t) for t in corpus_pieces()]


def test_the_terms_of_every_corpus_text_are_exactly_those_the_index_makes(corpus) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE f USING fts5 (body, tokenize = '{vocabulary.TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE fi USING fts5vocab (f, instance)")
    conn.executemany("INSERT INTO f (rowid, body) VALUES (?, ?)", enumerate(corpus, 1))
    made: dict[int, list[str]] = {}
    for term, doc in conn.execute("SELECT term, doc FROM fi ORDER BY doc, offset"):
        made.setdefault(doc, []).append(term)
    assert len(corpus) > 5000 and len({t for ts in made.values() for t in ts}) > 40_000
    wrong = [(doc, body[:80]) for doc, body in enumerate(corpus, 1)
             if vocabulary.index_terms(body) != made.get(doc, [])]
    assert wrong == []
    # A batch's vocabulary, made from its distinct runs between spaces, is the same.
    assert vocabulary.batch_terms(corpus) == sorted({t for ts in made.values() for t in ts})


def _prefixes(corpus: list[str]) -> list[str]:
    """Prefixes a person types on the way to words of the corpora: every 3 to 7 letters of
    every 41st distinct word of every third text, in every script."""
    words = sorted({w for body in corpus[::3] for w in re.findall(r"\w{3,}", fold(body))})
    return sorted({w[:n] for w in words[::41] for n in range(3, 8) if len(w) >= n})


def test_prefix_search_finds_what_fts5s_prefix_query_finds_on_the_corpora(
    tmp_path: Path, corpus
) -> None:
    db = connect(tmp_path / "chair.db")
    texts = corpus_pieces()
    store.add_voices(db, [Voice(source="corpora", source_key=f"c{i}", received_at=1_600_000_000
                                + 3600 * (i % 5000), text=t) for i, t in enumerate(texts)])
    prefixes = _prefixes(corpus)
    assert len(prefixes) > 1400
    newest = ("SELECT rowid FROM voices_fts WHERE voices_fts MATCH ? "
              "ORDER BY rowid DESC LIMIT 50")
    expanded = 0
    for prefix in prefixes:
        plain = store.match_expression(prefix)  # FTS5's own prefix query, merged first
        ours = store.match_expression(prefix, db)
        if len(prefix) == 3 and vocabulary.expand_prefix(db, prefix) is None:
            continue  # three letters of too many terms: a whole word (tested below)
        expanded += "*" not in ours
        want = db.execute(newest, [plain]).fetchall()
        assert want and db.execute(newest, [ours]).fetchall() == want, (prefix, ours)
    assert expanded > len(prefixes) // 2  # most prefixes were answered from the vocabulary
    # And through the store, with a word before the prefix, page by page.
    for prefix in [p for p in prefixes if len(p) > 3][::40]:
        flt = VoiceFilter(query=f"the {prefix}")
        assert store.count_matching(db, flt) == len(db.execute(
            "SELECT f.rowid FROM voices_fts f JOIN voices v ON v.id = (f.rowid & "
            f"{ID_MASK}) WHERE voices_fts MATCH ? AND v.copy_of IS NULL",
            [store.match_expression(flt.query)]).fetchall())


def test_an_edited_text_is_found_by_the_prefixes_of_its_new_words(tmp_path: Path) -> None:
    db = connect(tmp_path / "chair.db")
    store.add_voices(db, [Voice(source="s", source_key="k", received_at=1_700_000_000,
                                text="parcel late")])
    assert store.search(db, "zwro") == []
    db.execute("UPDATE voices SET text = 'Proszę o zwrot pieniędzy' WHERE source_key = 'k'")
    assert [v.source_key for v in store.search(db, "zwro")] == ["k"]
    assert [v.source_key for v in store.search(db, "pienie")] == ["k"]


def test_a_prefix_of_very_many_terms_is_still_answered_exactly(tmp_path: Path) -> None:
    db = connect(tmp_path / "chair.db")
    many = [f"order{n:03d}x" for n in range(vocabulary.MAX_EXPANSION + 5)]
    store.add_voices(db, [Voice(source="s", source_key=w, received_at=1_700_000_000 + i,
                                text=f"{w} arrived") for i, w in enumerate(many)]
                     + [Voice(source="s", source_key="ord", received_at=1_600_000_000,
                              text="ord the word"),
                        Voice(source="s", source_key="orders", received_at=1_600_000_001,
                              text="orders")])
    # Four letters and more: FTS5's own prefix query, every voice found.
    assert "*" in store.match_expression("orde", db)
    assert len(store.page(db, VoiceFilter(query="orde"), limit=500)) == len(many) + 1
    # Three letters of a vast vocabulary: a whole word until a fourth letter arrives.
    assert store.match_expression("ord", db) == '"ord"'
    assert [v.source_key for v in store.search(db, "ord")] == ["ord"]
    # A prefix of a few terms is written as those terms.
    assert store.match_expression("arri", db) == '"arrived"'


def test_a_removed_source_takes_its_words_out_of_the_vocabulary(tmp_path: Path) -> None:
    from chair.store import removal

    db = connect(tmp_path / "chair.db")
    store.add_voices(db, [Voice(source="zoo.csv", source_key=f"z{k}", received_at=1_700_000_000,
                                text=f"zebra{k} escaped") for k in range(30)])
    store.add_voices(db, [Voice(source="mail", source_key="m", received_at=1_700_000_100,
                                text="zebu parcel late")])
    assert "zebra7" in store.match_expression("zebr", db)
    removal.remove_source(db, "zoo.csv")
    assert store.match_expression("zeb", db) == '"zebu"'
    assert store.match_expression("zebr", db) == '"zebr"*'  # in no voice: found at once
    assert [v.source_key for v in store.search(db, "zeb")] == ["m"]
