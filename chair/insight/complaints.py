"""Which pillars a customer complains about, as opposed to praising or merely mentioning
them: "fast delivery, but the price went up" complains about the price alone.

A voice is read clause by clause (sentences, commas, and a contrast such as "but", "nhưng",
"mais" or "ale" starts a new one). A clause's polarity is the sum of its evaluative words in
the voice's language (taxonomy.json, "polarity"): negative ones ("late", "chậm", "drogo",
"déçu") count -1, positive ones ("fast", "nhanh", "szybko", "rapide") +1, each flipped by a
negation just before it ("not fast", "không cẩn thận", "k bị móp" is not dented). A pillar is
complained about when a clause that speaks of it leans negative; a negative clause that names
no pillar speaks of the one before it ("Delivery took three weeks. Terrible."). Where the
customer gave stars, two or fewer make a pillar they mention without praise a complaint.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import compress

from chair.domain.text import NON_ASCII_LETTER, fold, lower_written

_TOKEN = re.compile(r"[^\W_]+|[$€£¥₫]")  # as the classifier reads words
# Where a clause ends: a sentence's end, a line, a comma or a dash between words, brackets.
_CLAUSE = re.compile(r"[.!?;:\n…()\[\]]+|,|\s[-–—]+\s|\s\+\s")
NEGATION_WINDOW = 3  # words before an evaluative word in which a negation flips it
LOW_RATING = 2.0  # stars out of five at or below which a mentioned pillar is a complaint


class _Starts(dict[str, bool]):
    def __init__(self, polarity: Polarity) -> None:
        super().__init__()
        self.polarity = polarity

    def __missing__(self, token: str) -> bool:
        if len(self) > 50_000:
            self.clear()
        found = self[token] = (token in self.polarity.words
                               or token[:3] in self.polarity.stems)
        return found


class Polarity:
    """One language's evaluative words, as written or folded like its cues."""

    def __init__(self, folds: bool) -> None:
        self.folds = folds
        # A language read as written reads a text typed without any diacritics folded.
        self.bare: Polarity | None = None if folds else Polarity(True)
        # First word -> (the phrase's words, its polarity, a trailing * on the last word).
        self.words: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
        self.stems: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
        self.contrast: set[tuple[str, ...]] = set()
        self.contrast_first: set[str] = set()  # the first word of each
        self.negations: set[str] = set()
        # Whether an evaluative phrase may start at a word, memoised: a few thousand distinct
        # words make up nearly all of every text.
        self._starts = _Starts(self)
        self._word_cache: dict[str, tuple[str, ...]] = {}

    def normal(self, text: str) -> str:
        return fold(text) if self.folds else lower_written(text)

    def add(self, kind: str, entries: Iterable[str]) -> None:
        entries = list(entries)
        if self.bare is not None:
            self.bare.add(kind, entries)
        for raw in entries:
            stem = raw.endswith("*")
            words = tuple(_TOKEN.findall(self.normal(raw.rstrip("*"))))
            if not words:
                continue
            if kind == "contrast":
                self.contrast.add(words)
                self.contrast_first.add(words[0])
                continue
            entry = (words, -1 if kind == "negative" else 1, stem)
            if stem and len(words) == 1:
                self.stems.setdefault(words[0][:3], []).append(entry)
            else:
                self.words.setdefault(words[0], []).append(entry)
        for found in (*self.words.values(), *self.stems.values()):
            found.sort(key=lambda e: -len(e[0]))  # the longest phrase first
        self._starts.clear()

    def add_negations(self, words: Iterable[str]) -> None:
        words = list(words)
        if self.bare is not None:
            self.bare.add_negations(words)
        self.negations.update(self.normal(w) for w in words)

    def _match(self, tokens: Sequence[str], i: int) -> tuple[int, int]:
        """(polarity, words) of the evaluative phrase starting at tokens[i], else (0, 1)."""
        token = tokens[i]
        for words, sign, stem in self.words.get(token, ()):
            n = len(words)
            got = tuple(tokens[i : i + n])
            if got == words or (stem and got[:-1] == words[:-1] and len(got) == n
                                and got[-1].startswith(words[-1])):
                return sign, n
        for words, sign, _ in self.stems.get(token[:3], ()):
            if token.startswith(words[0]):
                return sign, 1
        return 0, 1

    def _words(self, piece: str) -> list[str]:
        """The words of `piece` in this language's normal form, one whitespace-separated
        part at a time (memoised like the classifier's: exactly `_TOKEN.findall(normal)`,
        as no word spans whitespace)."""
        cache = self._word_cache
        out: list[str] = []
        for part in piece.split():
            found = cache.get(part)
            if found is None:
                if len(cache) > 50_000:
                    cache.clear()
                found = cache[part] = tuple(_TOKEN.findall(self.normal(part)))
            out.extend(found)
        return out

    def clauses(self, text: str) -> list[list[str]]:
        """The words of each clause of `text`, a contrast word starting a new one."""
        out: list[list[str]] = []
        contrast, first = self.contrast, self.contrast_first
        for piece in _CLAUSE.split(text):
            tokens = self._words(piece)
            start = 0
            if not first.isdisjoint(tokens):  # (most clauses hold no contrast word)
                for i in range(1, len(tokens)):
                    if tokens[i] in first and ((tokens[i],) in contrast
                                               or tuple(tokens[i : i + 2]) in contrast):
                        out.append(tokens[start:i])
                        start = i
            if tokens[start:]:
                out.append(tokens[start:])
        return out

    def lean(self, tokens: Sequence[str]) -> int:
        """The clause's polarity: each evaluative word's, flipped by a negation before it; a
        clause with as much blame as praise leans negative ("good product, slow delivery"
        written without a comma: the praise is seldom about the pillar blamed)."""
        good = bad = 0
        skip_to = 0
        # Only the words that may start an evaluative phrase are visited.
        for i in compress(range(len(tokens)), map(self._starts.__getitem__, tokens)):
            if i < skip_to:
                continue  # (inside the phrase matched before)
            sign, n = self._match(tokens, i)
            if sign:
                skip_to = i + n
                if not self.negations.isdisjoint(tokens[max(0, i - NEGATION_WINDOW) : i]):
                    sign = -sign
                if sign > 0:
                    good += 1
                else:
                    bad += 1
        return -1 if bad and bad >= good else (1 if good else 0)

    def complaints(self, text: str, pillars: Sequence[str],
                   pillars_in: Callable[[str], Iterable[str]],
                   rating: float | None = None) -> tuple[str, ...]:
        """Of `pillars` (the voice's), those a clause about them leans negative on, in that
        order. `pillars_in(clause)`: the pillars a clause's words name."""
        if not pillars:
            return ()
        if self.bare is not None and not NON_ASCII_LETTER.search(text):
            return self.bare.complaints(text, pillars, pillars_in, rating)
        low = rating is not None and rating <= LOW_RATING
        against: set[str] = set()
        praised: set[str] = set()
        open_: set[str] = set()  # pillars named just before, with nothing said of them yet
        clauses = self.clauses(text)
        leans = [self.lean(tokens) for tokens in clauses]
        if not low and min(leans, default=0) >= 0:
            return ()  # most voices: no clause leans to blame
        for k, tokens in enumerate(clauses):
            lean = leans[k]
            # What a clause names matters when it blames, when it praises with few stars,
            # and when it names the subject of a blaming clause after it.
            if not (lean < 0 or (lean > 0 and low)
                    or (not lean and k + 1 < len(leans) and leans[k + 1] < 0)):
                open_ = set()
                continue
            named = set(pillars_in(" ".join(tokens))) & set(pillars)
            about = named or open_  # a clause naming nothing speaks of the one before
            if lean < 0:
                against |= about
            elif lean > 0:
                praised |= about
            open_ = named if named and not lean else set()
        if low:
            against |= set(pillars) - praised
        return tuple(p for p in pillars if p in against)
