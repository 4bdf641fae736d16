"""The language of a customer's text: its script when that decides it, else py3langid.

py3langid (a naive Bayes model over byte n-grams, trained on 97 languages; 4.5 MB, numpy) was
chosen over a stopword vote and over lingua by measurement on texts nobody here wrote
(../shared/corpora/labelled and pii, 7,950 texts in seven languages): 99.2% right at 29,000
texts/s, against 97.0% for the stopword vote (which could not tell French from German in short
texts and left 230 texts undecided) and 97.7% / 99.3% for lingua's fast / accurate modes at
13,000 / 3,800 texts/s (with a 96 MB wheel).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection
from functools import lru_cache
from typing import Any

# Languages a customer of a retailer plausibly writes in. Restricting the model to them keeps
# rare languages and dialects (Latin, Nigerian Pidgin, Kikuyu...) from winning a short text,
# while a text in any of them is still recognised as that language rather than forced into
# one chair reads.
CANDIDATES = (
    "en", "pl", "fr", "de", "es", "vi", "nl", "it", "pt",
    "ru", "uk", "be", "bg", "sr", "mk", "cs", "sk", "sl", "hr", "bs", "hu", "ro", "lt", "lv",
    "et", "fi", "sv", "da", "no", "is", "ga", "cy", "ca", "gl", "eu", "el", "tr", "az", "ka",
    "hy", "he", "ar", "fa", "ur", "hi", "bn", "ta", "te", "th", "lo", "km", "my", "zh", "ja",
    "ko", "id", "ms", "tl", "sw", "af",
)
# Scripts that name their language outright; cheaper than the model and never wrong about it.
_SCRIPTS = {
    "he": re.compile("[\u0590-\u05ff]"), "ar": re.compile("[\u0600-\u06ff]"),
    "el": re.compile("[\u0370-\u03ff]"), "ko": re.compile("[\uac00-\ud7af]"),
    "ja": re.compile("[\u3040-\u30ff]"), "zh": re.compile("[\u4e00-\u9fff]"),
    "th": re.compile("[\u0e00-\u0e7f]"),
}
_NON_LATIN = re.compile("[\u0370-\u03ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff"
                        "\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")
# Letters that only one language of CANDIDATES writes: a text full of them needs no model
# (the model costs 60 µs for a review, most of a classification).
_OWN_LETTERS = {
    "vi": re.compile("[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                     "ƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"),
    "pl": re.compile("[łąęśźżńŁĄĘŚŹŻŃ]"),
}
OWN_SHARE = 0.03  # of the letters, and at least three of them
RTL_LANGUAGES = frozenset({"he", "ar", "fa", "ur"})
# The first sentences say which language a message is in; the model walks its bytes in Python
# (about 40 ns a byte), so a longer sample only costs time.
SAMPLE_CHARS = 300
PREFERENCE = 3.0

_identifier: Any = None
_lock = threading.Lock()


def _model() -> Any:
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                import numpy
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                model.set_languages(list(CANDIDATES))
                # The candidates' table as single floats, rows contiguous: scoring a text
                # gathers a hundred rows, and converting them from half floats at every call
                # was a third of the model's time (12 MB more, once).
                model.nb_ptc = numpy.ascontiguousarray(model.nb_ptc, dtype=numpy.float32)
                _identifier = model
    return _identifier


def script_language(text: str) -> str:
    """The language of a text written mostly in a script of its own, else "" (C-level scans)."""
    if text.isascii():
        return ""
    sample = text[:2000]
    foreign = len(_NON_LATIN.findall(sample))
    if not foreign or foreign < len(_LETTER.findall(sample)) * 0.3:
        return ""
    counts = {lang: len(pattern.findall(sample)) for lang, pattern in _SCRIPTS.items()}
    lang = max(counts, key=counts.__getitem__)
    if not counts[lang]:
        return ""
    if lang == "zh" and counts["ja"]:
        lang = "ja"  # kanji with kana is Japanese
    return lang


def ranked(text: str) -> list[tuple[str, float]]:
    """Every candidate language with its probability, most likely first."""
    return [(lang, float(p)) for lang, p in _model().rank(text[:SAMPLE_CHARS])]


def detect_language(text: str, prefer: Collection[str] = ()) -> str:
    """The ISO 639-1 code of the language `text` is written in, or "" when it has no words.

    `prefer`: the languages the reader expects (those chair reads), each weighed PREFERENCE
    times as likely a priori as another, which decides only where the model is unsure:
    Vietnamese typed without diacritics looks like Tagalog or Indonesian to the model
    ("giao hang nhanh, dong goi dep"), a short English sentence like Dutch or Romanian.
    """
    script = script_language(text)
    if script:
        return script
    sample = text[:SAMPLE_CHARS]
    if not _LETTER.search(sample):
        return ""
    if not sample.isascii():
        letters = len(_LETTER.findall(sample))
        for lang, own in _OWN_LETTERS.items():
            count = len(own.findall(sample))
            if count >= 3 and count >= letters * OWN_SHARE:
                return lang
    model = _model()
    scores = model._decide(sample)  # the probabilities classify() and rank() are made of
    if prefer:
        scores = scores * _prior(frozenset(prefer))
    return str(model.nb_classes[int(scores.argmax())])


@lru_cache(maxsize=8)
def _prior(prefer: frozenset[str]) -> Any:
    import numpy

    return numpy.array([PREFERENCE if lang in prefer else 1.0 for lang in _model().nb_classes],
                       dtype=numpy.float32)
