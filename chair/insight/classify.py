"""Pillar, area and language of a voice, in six languages, from a taxonomy that is data.

Cue words are matched on folded text ("dostawa", "dostawę" and "dostawe" alike), phrases
as word sequences, stems with a trailing *. An evaluative cue that is negated ("not
expensive at all") weighs less. Right-to-left and other non-Latin scripts get their language
and "other" rather than a guess.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from chair.domain.model import PILLARS, Pillar, Voice
from chair.domain.text import fold

_TOKEN = re.compile(r"[^\W_]+|[$€£]")
NEGATION_WINDOW = 2
CLASSIFY_CHARS = 4000
NEGATED_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class Classification:
    pillar: str
    pillars: tuple[str, ...]
    area: str
    language: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Cue:
    pillar: str
    weight: float
    evaluative: bool


_TokenInfo = tuple[tuple[_Cue, ...], tuple[str, ...], bool, bool]
_MISSING = object()


class Taxonomy:
    """Cue phrases per pillar and language, negations, stopwords and a gazetteer."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.words: dict[str, list[_Cue]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], _Cue]]] = {}
        self.stems: dict[str, list[tuple[str, _Cue]]] = {}
        self.negations: set[str] = set()
        self.stopwords: dict[str, set[str]] = {}
        self.letters: dict[str, set[str]] = {}
        self.areas: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.area_names: dict[str, str] = {}
        self.token_cache: dict[str, _TokenInfo | None] = {}
        self.hint_cache: dict[str, str] = {}
        self.extend(data)

    def extend(self, data: Mapping[str, Any]) -> None:
        """Add another taxonomy's entries (a user's file adds to the bundled one)."""
        self.token_cache = {}
        self.hint_cache = {}
        for pillar, languages in (data.get("pillars") or {}).items():
            for cues in languages.values():
                for raw in cues:
                    self._add_cue(pillar, raw)
        for words in (data.get("negations") or {}).values():
            self.negations.update(fold(w) for w in words)
        for lang, words in (data.get("stopwords") or {}).items():
            self.stopwords.setdefault(lang, set()).update(fold(w) for w in words)
        self.stopword_languages: dict[str, tuple[str, ...]] = {}
        for lang, words in self.stopwords.items():
            for word in words:
                self.stopword_languages[word] = (*self.stopword_languages.get(word, ()), lang)
        for lang, letters in (data.get("letters") or {}).items():
            self.letters.setdefault(lang, set()).update(letters)
        for area, aliases in (data.get("areas") or {}).items():
            for alias in [area, *aliases]:
                tokens = tuple(_TOKEN.findall(fold(alias)))
                if tokens:
                    self.areas.setdefault(tokens[0], []).append((tokens, area))
                    self.area_names[" ".join(tokens)] = area
        for entries in self.areas.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest alias first

    def _add_cue(self, pillar: str, raw: str) -> None:
        weight = 1.0
        evaluative = raw.startswith("!")
        text = raw.lstrip("!")
        if "=" in text:  # "word=2.5" sets a weight
            text, _, w = text.rpartition("=")
            weight = float(w)
        cue = _Cue(pillar, weight, evaluative)
        if text.endswith("*"):
            stem = fold(text[:-1])
            if len(stem) >= 3:
                self.stems.setdefault(stem[:3], []).append((stem, cue))
            return
        tokens = tuple(_TOKEN.findall(fold(text)))
        if len(tokens) == 1:
            self.words.setdefault(tokens[0], []).append(cue)
        elif tokens:
            self.phrases.setdefault(tokens[0], []).append((tokens, cue))

    def token_info(self, token: str) -> _TokenInfo | None:
        """(single-word cues, stopword languages, starts a phrase, starts a place name) of a
        token, or None when it is none of these; memoised in `token_cache`: a few thousand
        distinct words make up nearly all of every text."""
        cues = list(self.words.get(token, ()))
        stems = self.stems.get(token[:3], ())
        cues.extend(cue for stem, cue in stems if token.startswith(stem))
        langs = self.stopword_languages.get(token, ())
        phrase, place = token in self.phrases, token in self.areas
        info = (tuple(cues), langs, phrase, place) if cues or langs or phrase or place else None
        if len(self.token_cache) > 500_000:
            self.token_cache.clear()
        self.token_cache[token] = info
        return info

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
    from chair.config.paths import resource

    taxonomy = Taxonomy(json.loads(resource("taxonomy.json").read_text(encoding="utf-8")))
    if extra is not None:
        taxonomy.extend(json.loads(Path(extra).read_text(encoding="utf-8")))
    return taxonomy


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The bundled taxonomy plus the user's own file (setting taxonomy.file), if any."""
    from chair.config.settings import Settings

    extra = Settings().get("taxonomy.file")
    return load_taxonomy(Path(extra).expanduser() if extra else None)


_SCRIPTS = {
    "he": re.compile("[\u0590-\u05ff]"), "ar": re.compile("[\u0600-\u06ff]"),
    "ru": re.compile("[\u0400-\u04ff]"), "el": re.compile("[\u0370-\u03ff]"),
    "ko": re.compile("[\uac00-\ud7af]"), "ja": re.compile("[\u3040-\u30ff]"),
    "zh": re.compile("[\u4e00-\u9fff]"), "th": re.compile("[\u0e00-\u0e7f]"),
}  # fmt: skip
_NON_LATIN = re.compile("[\u0370-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")
RTL_LANGUAGES = {"he", "ar"}


def _script_language(text: str) -> str:
    """The language of a text mostly in a non-Latin script, else "" (all in C-level scans)."""
    if text.isascii():
        return ""
    sample = text[:2000]
    foreign = len(_NON_LATIN.findall(sample))
    if not foreign or foreign < len(_LETTER.findall(sample)) * 0.3:
        return ""
    counts = {lang: len(pattern.findall(sample)) for lang, pattern in _SCRIPTS.items()}
    lang = max(counts, key=counts.__getitem__)
    if lang == "zh" and counts["ja"]:
        lang = "ja"  # kanji with kana is Japanese
    return lang


def detect_language(text: str, stop_counts: Mapping[str, int], taxonomy: Taxonomy) -> str:
    """Script first (Hebrew, Arabic, CJK...), then stopwords and telling letters."""
    script = _script_language(text)
    if script:
        return script
    scores = dict(stop_counts)
    if not text.isascii():
        chars = set(text)
        for lang, letters in taxonomy.letters.items():
            common = len(chars & letters)
            if common:
                scores[lang] = scores.get(lang, 0) + 3 * common
    best, top, second = "", 0, 0
    for lang, score in scores.items():
        if score > top:
            best, top, second = lang, score, top
        elif score > second:
            second = score
    if top > second and (top >= 2 or second == 0) and top >= 1:
        return best
    return ""


def _area(tokens: list[str], taxonomy: Taxonomy, starts: list[int] | None = None) -> str:
    found: Counter[str] = Counter()
    for i in range(len(tokens)) if starts is None else starts:
        for alias, area in taxonomy.areas.get(tokens[i], ()):
            if tuple(tokens[i : i + len(alias)]) == alias:
                found[area] += 1
                break
    return found.most_common(1)[0][0] if found else ""


def classify(text: str, *, hints: Mapping[str, str] | None = None,
             taxonomy: Taxonomy | None = None) -> Classification:  # fmt: skip
    """Pillar (with the others it touches), area, language and a confidence for one voice.

    `hints` are metadata that outrank the text: an "area"/"city" column, the mailbox or
    folder a message came to ("mailbox"), a known "language".
    """
    tax = taxonomy or default_taxonomy()
    tokens = _TOKEN.findall(fold(text))
    hints = hints or {}
    scores: dict[str, float] = {}
    stop_counts: dict[str, int] = {}
    places: list[int] = []
    negations = tax.negations
    cache = tax.token_cache
    phrases = tax.phrases
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        found = cache.get(token, _MISSING)
        info: _TokenInfo | None = tax.token_info(token) if found is _MISSING else found  # type: ignore[assignment]
        if info is None:
            continue
        cues, langs, starts_phrase, starts_place = info
        for lang in langs:
            stop_counts[lang] = stop_counts.get(lang, 0) + 1
        if starts_place:
            places.append(i)
        if starts_phrase and i < last:
            # Common words ("in", "on", "out") start phrases: look at the next word first.
            following = tokens[i + 1]
            matched = [cue for phrase, cue in phrases[token] if phrase[1] == following
                       and tuple(tokens[i : i + len(phrase)]) == phrase]  # fmt: skip
            if matched:
                cues = cues + tuple(matched)
        for cue in cues:
            weight = cue.weight
            if cue.evaluative and not negations.isdisjoint(tokens[max(0, i - NEGATION_WINDOW) : i]):
                weight *= NEGATED_WEIGHT
            scores[cue.pillar] = scores.get(cue.pillar, 0.0) + weight
    language = hints.get("language") or detect_language(text, stop_counts, tax)
    if language in RTL_LANGUAGES:
        scores = {}  # cue words are Latin-script: a match here would be a wrong guess
    area = ""
    for key in ("area", "city", "location", "mailbox", "folder"):
        value = hints.get(key)
        if value:
            area = tax.area_of_hint(value)
            if area:
                break
    if not area:
        area = _area(tokens, tax, places) or (hints.get("area") or "")
    ranked = sorted(((s, p) for p, s in scores.items() if p in PILLARS or p == "other"),
                    reverse=True)  # fmt: skip
    if not ranked or ranked[0][0] < 0.75:  # one weak cue alone decides nothing
        return Classification(str(Pillar.OTHER), (), area, language, 0.3 if ranked else 0.5)
    top, pillar = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    # Another pillar counts when it has a real share of the cues, not one passing word.
    others = tuple(p for s, p in ranked[1:] if s >= 1.0 and s >= min(2.0, top * 0.5))
    confidence = round(min(1.0, top / (top + second + 0.5)) * min(1.0, 0.5 + top / 4), 3)
    return Classification(pillar, (pillar, *others), area, language, confidence)


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
    fill(voice, "area", result.area)
    fill(voice, "confidence", result.confidence)
    return voice


def new_voice(*, source: str, source_key: str, received_at: int, text: str, channel: str,
              language: str = "", author: str = "", subject: str = "", area: str = "",
              rating: float | None = None, flags: int = 0, meta: dict[str, object],
              taxonomy: Taxonomy | None = None) -> Voice:  # fmt: skip
    """A voice as a reader makes it, classified on the way: metadata (an area column, the
    mailbox, a language column) outranks the text; only the customer's new words count, not
    the quoted history or the signature kept after them."""
    end = min((int(meta[k]) for k in ("quote_at", "signature_at") if k in meta),  # type: ignore[call-overload]
              default=len(text))  # fmt: skip
    # What a customer says about the pillar is in the first paragraphs; the rest of a very
    # long message only costs time.
    words = (text[:end] if end > 0 else text)[:CLASSIFY_CHARS]
    request = (f"{subject}\n{words}" if subject else words,
               {"area": area, "language": language, "mailbox": source})  # fmt: skip
    voice = Voice(source=source, source_key=source_key, received_at=received_at, text=text,
                  channel=channel, language=language, author=author, subject=subject,
                  area=area, rating=rating, flags=flags, meta=meta)  # fmt: skip
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
             "mailbox": str(meta.get("folder") or voice.source)}  # fmt: skip
    result = classify(f"{voice.subject}\n{voice.text}" if voice.subject else voice.text,
                      hints=hints, taxonomy=taxonomy)  # fmt: skip
    if area_hint:
        meta["area_hint"] = area_hint
    manual_pillar = voice.flags & Voice.PILLAR_MANUAL
    manual_area = voice.flags & Voice.AREA_MANUAL
    return replace(
        voice,
        pillar=voice.pillar if manual_pillar else result.pillar,
        pillars=voice.pillars if manual_pillar else result.pillars,
        area=voice.area if manual_area else result.area,
        language=voice.language or result.language,
        confidence=voice.confidence if manual_pillar else result.confidence,
        meta=meta,
    )
