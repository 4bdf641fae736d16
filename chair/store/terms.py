"""The terms the full-text index holds for a text, exactly as SQLite's tokenizer makes them,
and the vocabulary of the index that prefix searches are answered from.

FTS5 answers a prefix ("deliv"*) by merging the posting lists of every term that starts with
it before the first row comes out, so its cost follows the number of matches, not the page:
65 ms for "the" at a million voices. The same search written as the terms themselves
("deliver" OR "delivered" OR "delivery") is walked newest first and stops at the page, at
about 0.1 ms a term. The terms come from `voice_terms`, kept in the same transaction as the
index by every write.

What a character becomes (its folded form, nothing for a mark inside a word, or a space for
a separator) is asked of SQLite's own unicode61 tokenizer, once per character, so the
vocabulary cannot drift from the index whatever the script or the SQLite version.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair.store.db import Database

# The tokenizer the index uses (see migrations._V1); the probe below must use the same.
TOKENIZER = "unicode61 remove_diacritics 2"
# A prefix with more terms than this is not expanded: OR-ing them costs more than the merge.
MAX_EXPANSION = 64

_ASCII_WORD = re.compile(r"[a-z0-9]+")


class _Folding(dict[int, str]):
    """Code point -> what the tokenizer makes of it, learnt on first sight (str.translate
    asks for each character; a dict answers the known ones at C speed)."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._probe: sqlite3.Connection | None = None

    def __missing__(self, code: int) -> str:
        with self._lock:
            if code not in self:
                self[code] = self._ask(code)
            return dict.__getitem__(self, code)

    def _ask(self, code: int) -> str:
        if 0xD800 <= code <= 0xDFFF or code == 0:
            return " "  # not text (a lone surrogate cannot even be stored)
        if self._probe is None:
            probe = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            probe.execute(f"CREATE VIRTUAL TABLE p USING fts5 (body, tokenize = '{TOKENIZER}')")
            probe.execute("CREATE VIRTUAL TABLE pv USING fts5vocab (p, row)")
            self._probe = probe
        probe = self._probe
        probe.execute("INSERT INTO p (rowid, body) VALUES (1, ?)", [f"q{chr(code)}q"])
        made = [str(term) for (term,) in probe.execute("SELECT term FROM pv")]
        probe.execute("DELETE FROM p")
        if len(made) == 1 and made[0] != "q":
            return made[0][1:-1]  # a word character, folded ("" for a dropped mark)
        return " "


_FOLDING = _Folding()


def index_terms(body: str) -> list[str]:
    """The terms FTS5 (unicode61, remove_diacritics 2) makes of `body`, in order."""
    if body.isascii():
        return _ASCII_WORD.findall(body.lower())
    return body.translate(_FOLDING).split()


def terms_json(body: str | None) -> str:
    """index_terms as a JSON list: what the update trigger records (SQL function
    chair_index_terms)."""
    return json.dumps(sorted(set(index_terms(body or ""))), ensure_ascii=False)


def batch_terms(bodies: Iterable[str]) -> list[str]:
    """The distinct terms of many texts, sorted (so that a batch writes the vocabulary's
    b-tree in order). Each distinct run between spaces is folded once: a batch repeats its
    words, and every space is a separator to the tokenizer as well."""
    runs: set[str] = set()
    for body in bodies:
        runs.update(body.split())
    seen: set[str] = set()
    for run in runs:
        seen.update(index_terms(run))
    return sorted(seen)


def add_terms(db: Database, terms: Iterable[str]) -> None:
    """Record terms written to the index (inside the writer's transaction)."""
    db.conn.executemany("INSERT OR IGNORE INTO voice_terms (term) VALUES (?)",
                        ((t,) for t in terms))


def rebuild(db: Database) -> None:
    """The vocabulary made again from the index itself, leaving out the words of voices
    since removed (a search expands a prefix to fewer terms); in one transaction. A full
    read of the index: about 2 s per million voices."""
    from chair.store.db import transaction

    with transaction(db):
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.voices_vocabulary "
                   "USING fts5vocab (main, voices_fts, row)")
        db.execute("DELETE FROM voice_terms")
        db.execute("INSERT INTO voice_terms (term) SELECT term FROM temp.voices_vocabulary")
        db.execute("DROP TABLE temp.voices_vocabulary")


def after_removal(db: Database, removed: int, left: int) -> None:
    """After many voices went (a source, the demo data): their words leave the vocabulary.
    (A team store has none: the server's index answers prefixes itself.)"""
    if db.dialect == "sqlite" and removed > 0 and removed >= 0.1 * (removed + left):
        rebuild(db)


def expand_prefix(db: Database, prefix: str) -> list[str] | None:
    """Every indexed term that starts with `prefix` (folded), or None when there are more
    than MAX_EXPANSION of them."""
    rows = db.execute(
        "SELECT term FROM voice_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
        [prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1],
    ).fetchall()
    if len(rows) > MAX_EXPANSION:
        return None
    return [term for (term,) in rows]
