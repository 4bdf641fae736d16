"""Text folding shared by search and classification: case- and diacritics-insensitive."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Letters that carry their mark inside the code point and so survive NFKD decomposition.
_SPECIAL = {
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o",
    "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ŀ": "l", "Ŀ": "l",
}

_SPECIAL_RE = re.compile(f"[{''.join(_SPECIAL)}]")
_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]+")


def _special(match: re.Match[str]) -> str:
    return _SPECIAL[match.group()]


def fold(text: str) -> str:
    """Return `text` lower-cased without diacritics: "Łódź" -> "lodz", "Đà Nẵng" -> "da nang".

    The result is only for matching; what the user sees is always the original text.
    Runs inside every import, so each step is one C-level pass over the text.
    """
    if text.isascii():
        return text.lower()
    text = _SPECIAL_RE.sub(_special, text)
    return _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text)).lower()


# A letter beyond ASCII: a text without any was typed without diacritics.
NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


def lower_written(text: str) -> str:
    """`text` lower-cased as written (composed: "ệ" typed as e + marks is one letter): the
    normal form of languages read with their diacritics."""
    return (text if text.isascii() else unicodedata.normalize("NFC", text)).lower()


def fold_specials(text: str) -> str:
    """Replace only the letters that keep their mark under Unicode decomposition (Ł, Đ, ß...).

    SQLite's FTS5 tokenizer (unicode61, remove_diacritics 2) folds case and every other
    diacritic itself, in C; this is the part it leaves, done as cheaply as possible.
    """
    if text.isascii() or _SPECIAL_RE.search(text) is None:
        return text
    return _SPECIAL_RE.sub(_special, text)


# The sign-off a phone or a mail app appends after the words ("Sent from my iPhone",
# "Wysłane z iPhone'a", "Gửi từ điện thoại Samsung"): not the customer's words. Only after
# some text and naming a device or an app, so that "Gửi từ Hà Nội…" stays.
_DEVICE = (r"(?:i?Phone|iPad|Android|Samsung|Galaxy|Huawei|Xiaomi|Pixel|mobile|móvil|"
           r"celular|smartphone|telefonu|điện thoại|ứng dụng|aplikacji|Outlook|Gmail|Yahoo|"
           r"Mail|l'application|mon |mi |mojego )")
_TRAILING_SIGNOFF = re.compile(
    rf"(?<=\S)\s+(?:Sent from (?:my )?|Wysłane z |Envoyé (?:de|depuis) |Gửi từ |"
    rf"Enviado desde |Von meinem ){_DEVICE}[^\n]{{0,50}}$", re.IGNORECASE)
# French sets a space before ? ! : ; and inside « »: a line must never break there.
_BEFORE_PUNCTUATION = re.compile(r"(?<=\S) (?=[?!:;»])|(?<=«) ")


def without_device_signoff(text: str) -> str:
    return _TRAILING_SIGNOFF.sub("", text)


def unbreakable_punctuation(text: str) -> str:
    """Spaces before ? ! : ; » (and after «) made no-break: no lone "?" on a line of its own."""
    return _BEFORE_PUNCTUATION.sub("\u00a0", text)


_TWIN_DIGITS = re.compile(r"\d+")
_TWIN_WORDS = re.compile(r"\w+")
# Shorter texts ("Fast delivery, thanks!") are written alike by many customers on their
# own; from this many words on, the same words are one text passed on or sent again.
TWIN_MIN_WORDS = 8
# Two texts alike this far are one text: the rest of a very long one only costs time.
TWIN_CHARS = 2000


def twin_of(text: str) -> int | None:
    """What a customer-written text is without its numbers, addresses and case ("Order
    48213 never came" and "order 50017 never came" are one text), as a signed 64-bit
    number; None for a text too short to tell a repeat from a coincidence. Linear in the
    text (word by word: a pattern over a 5 MB run without spaces must not backtrack)."""
    folded = _TWIN_DIGITS.sub("0", fold(text[:TWIN_CHARS]))
    if "@" in folded or "http" in folded or "www." in folded:
        words: list[str] = []
        for token in folded.split():
            if "@" in token or token.startswith(("http:", "https:", "www.")):
                words.append("0")
            else:
                words += _TWIN_WORDS.findall(token)
    else:  # the common case, in two C-level passes
        words = _TWIN_WORDS.findall(folded)
    if len(words) < TWIN_MIN_WORDS:
        return None
    digest = hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)
