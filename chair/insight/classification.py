"""Pillar, area and language of a voice, read in the voice's own language, from a taxonomy that
is data (resources/taxonomy.json, extended by a user's file).

The language is found first (chair.insight.language, or given by the source); then only that
language's cues and the language-neutral ones count, so a word of one language is never taken
for a cue of another ("rẻ" is not "re", "płacić" is not "place", Dutch "dat" is nothing).
Diacritics count as written where the language needs them (Vietnamese "tiền", money, is not
"tiện", handy) and are folded where its writers often leave them out, or when a whole text was
typed without any. Phrases under the pseudo-pillar "not" hold the other senses of cue words
("cheap plastic" is quality, "device drivers" are software): a cue inside one does not count. A
language without cues of its own gets "other", never a guess from another language's words.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import chain, compress
from pathlib import Path
from typing import Any, NamedTuple

from chair.domain.model import PILLARS, Pillar, Voice
from chair.domain.text import NON_ASCII_LETTER, fold, lower_written
from chair.insight.complaints import Polarity
from chair.insight.language import RTL_LANGUAGES, detect_language

_TOKEN = re.compile(r"[^\W_]+|[$€£¥₫]")
NEGATION_WINDOW = 3
CLASSIFY_CHARS = 4000
NEGATED_WEIGHT = 0.75  # "not expensive" still speaks of the price, below an outright "expensive"
THRESHOLD = 0.75  # what a pillar needs in all: one weak cue alone decides nothing
STRONG = 0.5  # ...and among its cues one at least this strong
GAP = 3  # words that may stand between the two sides of "a ~ b"
NOT = "not"


class Classification(NamedTuple):
    """What the classifier read in a voice. A named tuple: a large import brings a million
    of these back from its worker processes, and a tuple crosses a process boundary at a
    fraction of a dataclass's cost."""

    pillar: str
    pillars: tuple[str, ...]
    area: str
    language: str
    confidence: float
    complaints: tuple[str, ...] = ()  # of `pillars`, those the customer complains about


_EXACT, _STEM, _PATTERN = 0, 1, 2
# One word of a cue: its kind, the text, stem or pattern it matches, and how many other words
# may stand before it (0: right after the previous one).
_Part = tuple[int, Any, int]


@dataclass(frozen=True, slots=True, eq=False)  # one object per cue: hashed by identity
class _Cue:
    pillar: str
    weight: float
    evaluative: bool
    parts: tuple[_Part, ...]


def _parse(raw: str, pillar: str, normal: Any) -> _Cue | None:
    """A cue from the taxonomy's syntax ("!cheap", "dostaw*", "came ~ late", "/\\d+k/=0.5")."""
    weight = 1.0
    evaluative = raw.startswith("!")
    text = raw.lstrip("!").strip()
    head, sep, tail = text.rpartition("=")
    if sep and re.fullmatch(r"\d+(?:\.\d+)?", tail):
        text, weight = head.strip(), float(tail)
    parts: list[_Part] = []
    gap = 0
    for piece in text.split():
        if piece == "~":
            gap = GAP
            continue
        if len(piece) > 2 and piece.startswith("/") and piece.endswith("/"):
            parts.append((_PATTERN, re.compile(piece[1:-1], re.IGNORECASE), gap))
            gap = 0
            continue
        stem = piece.endswith("*")
        words = _TOKEN.findall(normal(piece.rstrip("*")))
        for k, word in enumerate(words):
            last = k == len(words) - 1
            parts.append((_STEM if stem and last else _EXACT, word, gap))
            gap = 0
    if not parts:
        return None
    return _Cue(pillar, weight, evaluative, tuple(parts))


# The cues that may start at one word, longest first, "not" first among equals: those that
# may follow any next word, and, by the next word, those whose second word must come right
# after (most phrases fail on their second word, and are never looked at for it).
_Starts = tuple[tuple[_Cue, ...], dict[str, tuple[_Cue, ...]]]


class _Candidates(dict[str, "_Starts | tuple[()]"]):
    """The cues that may start at each word (or an empty tuple), worked out the first time
    the word is asked for: `map(candidates.__getitem__, words)` looks up a whole text in one
    C-level pass."""

    def __init__(self, lexicon: _Lexicon) -> None:
        super().__init__()
        self.lexicon = lexicon

    def __missing__(self, token: str) -> _Starts | tuple[()]:
        if len(self) > 200_000:
            self.clear()
        cues = self.lexicon.candidates(token)
        result: _Starts | tuple[()] = ()
        if cues:
            anywhere = tuple(c for c in cues if not _adjacent(c))
            nexts = {c.parts[1][1] for c in cues if _adjacent(c)}
            result = (anywhere, {w: tuple(c for c in cues if not _adjacent(c)
                                          or c.parts[1][1] == w) for w in nexts})
        self[token] = result
        return result


def _adjacent(cue: _Cue) -> bool:
    """Whether the cue's second word is a given word right after its first."""
    return len(cue.parts) > 1 and cue.parts[1][0] == _EXACT and not cue.parts[1][2]


class _Lexicon:
    """One language's cues (and the neutral ones) in one normal form, indexed by first word."""

    def __init__(self) -> None:
        self.exact: dict[str, list[_Cue]] = {}
        self.stems: dict[str, list[_Cue]] = {}
        self.patterns: list[_Cue] = []
        self.negations: set[str] = set()
        self.cache = _Candidates(self)

    def add(self, cue: _Cue) -> None:
        self.cache.clear()
        kind, first, _ = cue.parts[0]
        if kind == _EXACT:
            self.exact.setdefault(first, []).append(cue)
        elif kind == _STEM:
            self.stems.setdefault(first[:2], []).append(cue)
        else:
            self.patterns.append(cue)

    def candidates(self, token: str) -> tuple[_Cue, ...]:
        """The cues that may start at `token`, longest first, "not" first among equals
        (memoised in `cache`: a few thousand distinct words make up nearly all of every text)."""
        found = list(self.exact.get(token, ()))
        found.extend(c for c in self.stems.get(token[:2], ()) if token.startswith(c.parts[0][1]))
        found.extend(c for c in self.patterns if c.parts[0][1].fullmatch(token))
        found.sort(key=lambda c: (-len(c.parts), c.pillar != NOT, -c.weight))
        return tuple(found)


class _Words(dict[str, tuple[str, ...]]):
    """The words of a text in one normal form (folded, or as written), exactly as
    `_TOKEN.findall(normal(text))` finds them, with the normal form worked out once per
    whitespace-separated piece: a few thousand distinct pieces make up nearly all of every
    text, and folding a whole text was a quarter of a classification. (Exact because no word
    spans whitespace, and neither folding, composing nor lower-casing reaches across it.)"""

    def __init__(self, normal: Any) -> None:
        super().__init__()
        self.normal = normal

    def __missing__(self, piece: str) -> tuple[str, ...]:
        if len(self) > 50_000:
            self.clear()
        words = self[piece] = tuple(_TOKEN.findall(self.normal(piece)))
        return words

    def of(self, text: str) -> list[str]:
        return list(chain.from_iterable(map(self.__getitem__, text.split())))


_folded_words = _Words(fold)
_written_words = _Words(lower_written)


class _Language:
    """How one language is read: its cues as written and folded, and whether its texts are
    folded (writers of Polish or Spanish often leave the diacritics out) or read as written."""

    def __init__(self, folds: bool) -> None:
        self.folds = folds
        self.written = _Lexicon()
        self.folded = _Lexicon()
        # Phrases of three words or more, folded: such a phrase survives a slipped tone mark
        # ("giáo hàng nhanh" for "giao hàng nhanh"), where a shorter one may turn into other
        # words ("sài hàng", use the goods, is not "sai hàng", the wrong goods).
        self.phrases = _Lexicon()
        self.polarity = Polarity(folds)
        self._named: dict[str, tuple[str, ...]] = {}

    def add(self, pillar: str, raw: str) -> None:
        self._named.clear()
        for lexicon, normal in ((self.written, lower_written), (self.folded, fold)):
            cue = _parse(raw, pillar, normal)
            if cue is not None:
                lexicon.add(cue)
                if lexicon is self.folded and (len(cue.parts) > 2 or pillar == NOT):
                    self.phrases.add(cue)

    def set_folds(self, folds: bool) -> None:
        self.folds = folds
        self._named.clear()

    def add_negations(self, words: Iterable[str]) -> None:
        self._named.clear()
        words = list(words)
        for word in words:
            self.written.negations.add(lower_written(word))
            self.folded.negations.add(fold(word))
            self.phrases.negations.add(fold(word))
        self.polarity.add_negations(words)

    def named(self, clause: str) -> tuple[str, ...]:
        """The pillars a clause names with one strong cue at least (the voice decided
        already which pillars it is about; "lasts long" is no delivery). Memoised: customers
        say "fast delivery" and "too expensive" in the same words again and again."""
        found = self._named.get(clause)
        if found is None:
            if len(self._named) > 50_000:
                self._named.clear()
            found = self._named[clause] = tuple(self.scores(clause, _folded_words.of(clause)))
        return found

    def scores(self, text: str, folded: list[str]) -> dict[str, float]:
        if self.folds or not NON_ASCII_LETTER.search(text):
            return _scores(folded, self.folded)
        scores = _scores(_written_words.of(text), self.written)
        for pillar, score in _scores(folded, self.phrases).items():
            if score > scores.get(pillar, 0.0):
                scores[pillar] = score
        return scores


class Taxonomy:
    """Cue phrases per pillar and language, negations and a gazetteer of areas."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.languages: dict[str, _Language] = {}
        self.neutral: list[tuple[str, str]] = []
        self.areas: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.area_names: dict[str, str] = {}
        self.hint_cache: dict[str, str] = {}
        self.extend(data)

    def extend(self, data: Mapping[str, Any]) -> None:
        """Add another taxonomy's entries (a user's file adds to the bundled one)."""
        self.hint_cache = {}
        for lang, options in (data.get("languages") or {}).items():
            self._language(lang, bool((options or {}).get("fold", True)))
        for pillar, languages in (data.get("pillars") or {}).items():
            for lang, cues in languages.items():
                if lang == "*":
                    self.neutral.extend((pillar, raw) for raw in cues)
                    for language in self.languages.values():
                        for raw in cues:
                            language.add(pillar, raw)
                    continue
                language = self._language(lang)
                for raw in cues:
                    language.add(pillar, raw)
        for lang, words in (data.get("negations") or {}).items():
            self._language(lang).add_negations(words)
        for lang, kinds in (data.get("polarity") or {}).items():
            polarity = self._language(lang).polarity
            for kind, words in kinds.items():
                polarity.add(kind, words)
        for area, aliases in (data.get("areas") or {}).items():
            for alias in [area, *aliases]:
                tokens = tuple(_TOKEN.findall(fold(alias)))
                if tokens:
                    self.areas.setdefault(tokens[0], []).append((tokens, area))
                    self.area_names[" ".join(tokens)] = area
        for entries in self.areas.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest alias first

    def _language(self, lang: str, folds: bool | None = None) -> _Language:
        language = self.languages.get(lang)
        if language is None:
            language = self.languages[lang] = _Language(True if folds is None else folds)
            for pillar, raw in self.neutral:
                language.add(pillar, raw)
        elif folds is not None:
            language.set_folds(folds)
        return language

    def area_of_hint(self, value: str) -> str:
        """The area named by a metadata value: the value itself ("Lodz") or a place inside it
        ("Reklamacje Łódź"); memoised, as a whole import shares a few such values."""
        area = self.hint_cache.get(value)
        if area is None:
            area = self.area_of(value) or _area(_TOKEN.findall(fold(value)), self)
            if len(self.hint_cache) > 10_000:
                self.hint_cache.clear()
            self.hint_cache[value] = area
        return area

    def area_of(self, value: str) -> str:
        """The canonical area for a place name or alias ("Lodz" -> "Łódź"), else ""."""
        return self.area_names.get(" ".join(_TOKEN.findall(fold(value))), "")


def load_taxonomy(extra: Path | None = None) -> Taxonomy:
    """The bundled taxonomy (package data), extended by the file `extra`."""
    bundled = resources.files("chair.resources") / "taxonomy.json"
    taxonomy = Taxonomy(json.loads(bundled.read_text(encoding="utf-8")))
    if extra is not None:
        taxonomy.extend(json.loads(Path(extra).read_text(encoding="utf-8")))
    return taxonomy


# The user's own taxonomy file (setting taxonomy.file), told by whoever read the settings:
# this module reads no settings itself.
_extra_file: Path | None = None


def use_taxonomy_file(path: str | Path | None) -> None:
    """Extend the default taxonomy with the file at `path` from now on ('' or None: none)."""
    global _extra_file
    wanted = Path(path).expanduser() if path else None
    if wanted != _extra_file:
        _extra_file = wanted
        default_taxonomy.cache_clear()


def taxonomy_file() -> Path | None:
    return _extra_file


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The bundled taxonomy plus the user's own file (see use_taxonomy_file), if any."""
    return load_taxonomy(_extra_file)


def _area(tokens: list[str], taxonomy: Taxonomy) -> str:
    areas = taxonomy.areas
    if areas.keys().isdisjoint(tokens):  # one C-level pass for the usual voice without a place
        return ""
    found: Counter[str] = Counter()
    for i, token in enumerate(tokens):
        for alias, area in areas.get(token, ()):
            if tuple(tokens[i : i + len(alias)]) == alias:
                found[area] += 1
                break
    return found.most_common(1)[0][0] if found else ""


def _follow(parts: tuple[_Part, ...], tokens: list[str], i: int, used: set[int]) -> list[int]:
    """Where the rest of a cue's words stand after its first at `i`, or [] if they do not."""
    found = [i]
    at = i
    end = len(tokens)
    for kind, want, gap in parts[1:]:
        hit = -1
        for k in range(at + 1, min(end, at + 2 + gap)):
            token = tokens[k]
            if k not in used and (token == want if kind == _EXACT else token.startswith(want)
                                  if kind == _STEM else want.fullmatch(token)):
                hit = k
                break
        if hit < 0:
            return []
        found.append(hit)
        at = hit
    return found


def _scores(tokens: list[str], lexicon: _Lexicon, strong: float = STRONG) -> dict[str, float]:
    """Each pillar's weight of cues in `tokens`: at each word the longest cue that starts there
    wins, and the words of a matched phrase are not read again. A pillar needs one cue at
    least `strong`."""
    scores: dict[str, float] = {}
    strongest: dict[str, float] = {}
    counted: set[_Cue] = set()
    used: set[int] = set()
    negations = lexicon.negations
    last = len(tokens) - 1
    # Most words start no cue: only those that do are visited, found in one C-level pass.
    found = list(map(lexicon.cache.__getitem__, tokens))
    for i in compress(range(len(tokens)), found):
        if i in used:
            continue
        # (compress passes only the words that start cues)
        starts: _Starts = found[i]  # type: ignore[assignment]
        anywhere, after = starts
        cues = after.get(tokens[i + 1], anywhere) if after and i < last else anywhere
        for cue in cues:
            parts = cue.parts
            if len(parts) > 1:
                where = _follow(parts, tokens, i, used)
                if not where:
                    continue
                # Another sense covers the words between its ends too ("pay $ 15 to return"
                # is the cost of a return, its "$" no price cue); a cue only its own words.
                used.update(range(where[0], where[-1] + 1) if cue.pillar == NOT else where)
            if cue.pillar != NOT and cue not in counted:  # "fast, fast and fast" is one cue
                counted.add(cue)
                weight = cue.weight
                before = tokens[max(0, i - NEGATION_WINDOW) : i]
                if cue.evaluative and not negations.isdisjoint(before):
                    weight *= NEGATED_WEIGHT
                pillar = cue.pillar
                scores[pillar] = scores.get(pillar, 0.0) + weight
                if weight > strongest.get(pillar, 0.0):
                    strongest[pillar] = weight
            break
    # Weak cues only add to a real one: "fast" and "box" together are not a delivery.
    return {p: s for p, s in scores.items() if strongest[p] >= strong}


def _hinted_language(value: str | None) -> str:
    if not value:
        return ""
    return re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]


def classify(text: str, *, hints: Mapping[str, str] | None = None,
             taxonomy: Taxonomy | None = None) -> Classification:
    """Pillar (with the others it touches), area, language and a confidence for one voice.

    `hints` are metadata that outrank the text: an "area"/"city" column, the mailbox or
    folder a message came to ("mailbox"), a known "language".
    """
    tax = taxonomy or default_taxonomy()
    hints = hints or {}
    language = _hinted_language(hints.get("language")) or detect_language(text, tax.languages)
    folded = _folded_words.of(text)
    reader = tax.languages.get(language)
    scores: dict[str, float] = {}
    if reader is not None and language not in RTL_LANGUAGES:
        scores = reader.scores(text, folded)
    area = ""
    for key in ("area", "city", "location", "mailbox", "folder"):
        value = hints.get(key)
        if value:
            area = tax.area_of_hint(value)
            if area:
                break
    if not area:
        area = _area(folded, tax) or (hints.get("area") or "")
    ranked = sorted(((s, p) for p, s in scores.items() if p in PILLARS and s >= THRESHOLD),
                    reverse=True)
    if not ranked:
        return Classification(str(Pillar.OTHER), (), area, language, 0.3 if scores else 0.5)
    top, pillar = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    confidence = round(min(1.0, top / (top + second + 0.5)) * min(1.0, 0.5 + top / 4), 3)
    pillars = tuple(p for _, p in ranked)
    assert reader is not None  # (a pillar was read in its language)
    complaints = reader.polarity.complaints(text, pillars, reader.named,
                                            _rating(hints.get("rating")))
    return Classification(pillar, pillars, area, language, confidence, complaints)


def _rating(value: str | None) -> float | None:
    """Stars out of five from a hint, if it holds a number."""
    try:
        return float(value) if value else None
    except ValueError:
        return None


# While set (see `deferred`), new_voice leaves the classification to the caller: the voice
# carries its request in meta[PENDING], so that a whole batch can be classified at once,
# in other processes (chair.ingest.run does this for large imports).
_DEFERRED: ContextVar[bool] = ContextVar("chair_defer_classification", default=False)
PENDING = "_classify"
ClassifyRequest = tuple[str, dict[str, str]]


@contextmanager
def deferred(on: bool = True) -> Iterator[None]:
    token = _DEFERRED.set(on)
    try:
        yield
    finally:
        _DEFERRED.reset(token)


def classify_requests(requests: Sequence[ClassifyRequest]) -> list[Classification]:
    """Classify a batch of (text, hints); runs in worker processes for large imports."""
    tax = default_taxonomy()
    return [classify(text, hints=hints, taxonomy=tax) for text, hints in requests]


def with_classification(voice: Voice, result: Classification) -> Voice:
    """A voice made by new_voice (classification pending), completed with its result.

    Completed in place: such a voice has not been handed to anyone yet, and a copy of a
    frozen dataclass per voice was a fifth of a large import's time."""
    meta = voice.meta
    request = meta.pop(PENDING, None)
    area = request[1].get("area", "") if request else voice.area  # type: ignore[index]
    if area and area != result.area:  # kept only when the classifier read it differently
        meta["area_hint"] = area
    fill = object.__setattr__
    fill(voice, "language", voice.language or result.language)
    fill(voice, "pillar", result.pillar)
    fill(voice, "pillars", result.pillars)
    fill(voice, "complaints", result.complaints)
    fill(voice, "area", result.area)
    fill(voice, "confidence", result.confidence)
    return voice


def new_voice(*, source: str, source_key: str, received_at: int, text: str, channel: str,
              language: str = "", author: str = "", subject: str = "", area: str = "",
              rating: float | None = None, flags: int = 0, meta: dict[str, object],
              taxonomy: Taxonomy | None = None, alias_key: str = "") -> Voice:
    """A voice as a reader makes it, classified on the way: metadata (an area column, the
    mailbox, a language column) outranks the text; only the customer's new words count, not
    the quoted history or the signature kept after them."""
    end = min((int(meta[k]) for k in ("quote_at", "signature_at") if k in meta),  # type: ignore[call-overload]
              default=len(text))
    # What a customer says about the pillar is in the first paragraphs; the rest of a very
    # long message only costs time.
    words = (text[:end] if end > 0 else text)[:CLASSIFY_CHARS]
    unreadable = text.count("\ufffd") + subject.count("\ufffd") + author.count("\ufffd")
    if unreadable:  # a bad byte cost these characters, not the voice: flagged, kept
        flags |= Voice.TEXT_DAMAGED
        meta["unreadable_characters"] = unreadable
    request = (f"{subject}\n{words}" if subject else words,
               {"area": area, "language": language, "mailbox": source,
                "rating": "" if rating is None else str(rating)})
    voice = Voice(source=source, source_key=source_key, received_at=received_at, text=text,
                  channel=channel, language=language, author=author, subject=subject,
                  area=area, rating=rating, flags=flags, meta=meta, alias_key=alias_key)
    meta[PENDING] = request
    if _DEFERRED.get():
        return voice
    return with_classification(voice, classify(request[0], hints=request[1], taxonomy=taxonomy))


def classify_voice(voice: Voice, taxonomy: Taxonomy | None = None) -> Voice:
    """The voice with pillar, area and language filled in; a user's corrections (flagged
    manual) are kept, and metadata (an area column, the mailbox) outranks the text."""
    meta = dict(voice.meta)
    area_hint = str(meta.get("area_hint") or voice.area or "")
    hints = {"area": area_hint, "language": voice.language,
             "mailbox": str(meta.get("folder") or voice.source),
             "rating": "" if voice.rating is None else str(voice.rating)}
    result = classify(f"{voice.subject}\n{voice.text}" if voice.subject else voice.text,
                      hints=hints, taxonomy=taxonomy)
    if area_hint:
        meta["area_hint"] = area_hint
    manual_pillar = voice.flags & Voice.PILLAR_MANUAL
    manual_area = voice.flags & Voice.AREA_MANUAL
    return replace(
        voice,
        pillar=voice.pillar if manual_pillar else result.pillar,
        pillars=voice.pillars if manual_pillar else result.pillars,
        # A voice moved to another pillar by hand: what the customer blames is that pillar.
        complaints=((voice.pillar,) if result.complaints else ()) if manual_pillar
        else result.complaints,
        area=voice.area if manual_area else result.area,
        language=voice.language or result.language,
        confidence=voice.confidence if manual_pillar else result.confidence,
        meta=meta,
    )
